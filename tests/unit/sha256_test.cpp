// SHA-256 against the FIPS 180-4 / NIST example vectors and around the
// padding boundaries (expected values from Python's hashlib).

#include "audit/sha256.hpp"

#include <gtest/gtest.h>

#include <string>

using condtrack::Sha256;

TEST(Sha256, EmptyMessage) {
    EXPECT_EQ(Sha256::hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, Abc) {
    EXPECT_EQ(Sha256::hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, The448BitMessage) {
    EXPECT_EQ(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, The896BitMessage) {
    EXPECT_EQ(Sha256::hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnop"
                          "jklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256, OneMillionA) {
    EXPECT_EQ(Sha256::hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, OneMillionAFedInPieces) {
    Sha256 sha;
    const std::string piece(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        sha.update(piece);
    EXPECT_EQ(Sha256::toHex(sha.digest()),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

namespace {

std::string pattern(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i)
        s += static_cast<char>(i % 251);
    return s;
}

} // namespace

TEST(Sha256, LengthsAroundTheBlockAndPaddingBoundaries) {
    const std::pair<std::size_t, const char*> cases[] = {
        {55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"},
        {56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"},
        {63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"},
        {64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"},
        {65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"},
        {119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"},
        {120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"},
        {128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"},
    };
    for (const auto& [length, expected] : cases)
        EXPECT_EQ(Sha256::hex(pattern(length)), expected) << length << " bytes";
}

TEST(Sha256, ChunkingDoesNotChangeTheDigest) {
    const std::string message = pattern(300);
    const std::string whole = Sha256::hex(message);
    for (std::size_t chunk : {1u, 3u, 7u, 63u, 64u, 65u, 129u}) {
        Sha256 sha;
        for (std::size_t at = 0; at < message.size(); at += chunk)
            sha.update(message.substr(at, chunk));
        EXPECT_EQ(Sha256::toHex(sha.digest()), whole) << "chunks of " << chunk;
    }
}

TEST(Sha256, DigestResetsForTheNextMessage) {
    Sha256 sha;
    sha.update("first message");
    sha.digest();
    sha.update("abc");
    EXPECT_EQ(Sha256::toHex(sha.digest()),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, HashesBytes) {
    // UTF-8 "é" (two bytes), and a NUL inside the message.
    EXPECT_EQ(Sha256::hex("\xc3\xa9"),
              "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    EXPECT_NE(Sha256::hex(std::string("a\0b", 3)), Sha256::hex("ab"));
}
