// Runs every file of fuzz/corpus/<target>/ and fuzz/regressions/<target>/
// through the target's body, as libFuzzer would: the crashes the fuzzers
// found stay fixed, in the normal build (no clang needed) and under the
// sanitizers (build-asan).

#include "targets.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

namespace condtrack::fuzz {
// Names the target in test output instead of dumping its bytes.
inline void PrintTo(const Target& target, std::ostream* os) {
    *os << target.name;
}
} // namespace condtrack::fuzz

namespace {

namespace fs = std::filesystem;
using condtrack::fuzz::Target;

std::vector<fs::path> filesUnder(const fs::path& dir) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) return files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::uint8_t> bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class FuzzReplay : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzReplay, CorpusAndRegressions) {
    const Target target = GetParam();
    const fs::path root = fs::path(CONDTRACK_SOURCE_DIR) / "fuzz";
    const auto corpus = filesUnder(root / "corpus" / target.name);
    EXPECT_FALSE(corpus.empty()) << "no seed inputs in fuzz/corpus/" << target.name;
    auto files = corpus;
    const auto regressions = filesUnder(root / "regressions" / target.name);
    files.insert(files.end(), regressions.begin(), regressions.end());
    for (const auto& file : files) {
        const auto bytes = bytesOf(file);
        try {
            target.body(bytes.data(), bytes.size());
        } catch (const std::exception& e) {
            ADD_FAILURE() << file.lexically_relative(root).string() << ": " << e.what();
        } catch (...) {
            ADD_FAILURE() << file.lexically_relative(root).string() << ": unknown exception";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzReplay, ::testing::ValuesIn(condtrack::fuzz::kTargets),
                         [](const ::testing::TestParamInfo<Target>& info) {
                             return std::string(info.param.name);
                         });

} // namespace
