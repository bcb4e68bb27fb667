#pragma once

// SHA-256 (FIPS 180-4), self-contained: the extension's library may depend on
// nothing but LibreOffice's libraries and the C runtime, so no OpenSSL.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace condtrack {

class Sha256 {
  public:
    using Digest = std::array<std::uint8_t, 32>;

    Sha256();
    // Feeds bytes; may be called any number of times before digest().
    Sha256& update(const void* data, std::size_t size);
    Sha256& update(std::string_view bytes) { return update(bytes.data(), bytes.size()); }
    // Pads and finishes; the object is then reset for a new message.
    Digest digest();

    // The digest of bytes in lower-case hexadecimal (64 characters).
    static std::string hex(std::string_view bytes);
    static std::string toHex(const Digest& digest);

  private:
    void compress(const std::uint8_t* block);
    void reset();

    std::array<std::uint32_t, 8> state_{};
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0; // bytes fed so far
};

} // namespace condtrack
