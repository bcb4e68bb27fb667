// The libFuzzer entry point of one target: CONDTRACK_FUZZ_BODY names its body
// (fuzz/CMakeLists.txt builds this file once per target).

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    CONDTRACK_FUZZ_BODY(data, size);
    return 0;
}
