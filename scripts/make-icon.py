#!/usr/bin/env python3
"""Draws the extension's icons into extension/icons/: condtrack.png (the
Extension Manager icon: three tranche bars, the last one cut, on EU blue),
deck.png (the sidebar tab) and the status squares the panels show beside
indicators and milestones. Pure standard library."""
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


STATUS_COLOURS = {
    "met": (46, 125, 50, 255),
    "partial": (249, 168, 37, 255),
    "notmet": (198, 40, 40, 255),
    "pending": (158, 158, 158, 255),
    "waived": (21, 101, 192, 255),
}


def square(colour, size=12):
    def paint(x, y):
        edge = x in (0, size - 1) or y in (0, size - 1)
        return tuple(max(0, c - 60) for c in colour[:3]) + (255,) if edge else colour
    return paint


def scaled(size):
    return lambda x, y: pixel(x * SIZE // size, y * SIZE // size)


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else "extension/icons"
    with open(f"{folder}/condtrack.png", "wb") as f:
        f.write(png(SIZE, SIZE, pixel))
    with open(f"{folder}/deck.png", "wb") as f:
        f.write(png(24, 24, scaled(24)))
    for name, colour in STATUS_COLOURS.items():
        with open(f"{folder}/status-{name}.png", "wb") as f:
            f.write(png(12, 12, square(colour)))
