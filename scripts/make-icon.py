#!/usr/bin/env python3
"""Draws extension/icons/condtrack.png (the Extension Manager icon): three
tranche bars, the last one cut, on EU blue. Pure standard library."""
import struct
import sys
import zlib

SIZE = 42
BLUE = (0, 51, 153, 255)
GOLD = (255, 204, 0, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y):
    r = 6  # rounded corners
    for cx, cy in ((r, r), (SIZE - 1 - r, r), (r, SIZE - 1 - r), (SIZE - 1 - r, SIZE - 1 - r)):
        if (x < r or x > SIZE - 1 - r) and (y < r or y > SIZE - 1 - r):
            if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
                return CLEAR
    bars = ((8, 16, 14), (18, 26, 20), (28, 36, 26))
    for left, right, height in bars:
        top = SIZE - 7 - height
        if left <= x < right and top <= y < SIZE - 7:
            return GOLD if (left, right, height) != bars[-1] or y >= top + 10 else WHITE
    return BLUE


def png(width, height, rgba):
    raw = b"".join(b"\0" + bytes(c for x in range(width) for c in rgba(x, y)) for y in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "extension/icons/condtrack.png"
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, pixel))
