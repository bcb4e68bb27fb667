# Sanitizer and fuzzing builds of the UNO-free core (and of the component).
#
# CONDTRACK_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer over
#   condtrack_core and everything that links it (unit tests, docgen, the fuzz
#   replay test), with the compiler the build uses (GCC in scripts/test).
# CONDTRACK_FUZZ: libFuzzer targets in fuzz/ (clang only), with the core
#   instrumented for coverage, ASan and UBSan.
# CONDTRACK_SANITIZE_COMPONENT: the same ASan + UBSan instrumentation as
#   CONDTRACK_SANITIZE, over the core and the UNO component as well (GCC,
#   shared runtimes libasan.so.8 and libubsan.so.1), packed in an instrumented
#   condtrack.oxt. It loads only into a soffice started with the ASan runtime
#   preloaded (LD_PRELOAD): scripts/test-asan-office builds it (preset
#   asan-oxt, build-asan-oxt/) and runs integration suites that way.
#
# CONDTRACK_SANITIZE and CONDTRACK_FUZZ instrument the core, which the UNO
# component links statically, and a component needing the ASan runtime does
# not load into an uninstrumented soffice: configure them in their own build
# directory with -DCONDTRACK_BUILD_COMPONENT=OFF, as the presets asan
# (build-asan/, scripts/test) and fuzz (build-fuzz/, scripts/fuzz) do.

option(CONDTRACK_SANITIZE
       "Build the core and the unit tests with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)
option(CONDTRACK_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)
option(CONDTRACK_SANITIZE_COMPONENT
       "Build the core, the UNO component and condtrack.oxt with ASan + UBSan, for a soffice run with the ASan runtime preloaded" OFF)

if(CONDTRACK_SANITIZE OR CONDTRACK_FUZZ)
  if(CONDTRACK_BUILD_COMPONENT)
    message(FATAL_ERROR
      "CONDTRACK_SANITIZE and CONDTRACK_FUZZ instrument the core, which the UNO component links; "
      "configure them in a separate build directory with -DCONDTRACK_BUILD_COMPONENT=OFF: "
      "cmake --preset asan, or cmake --preset fuzz "
      "(for an instrumented component, cmake --preset asan-oxt)")
  endif()
endif()

if(CONDTRACK_SANITIZE_COMPONENT)
  if(CONDTRACK_SANITIZE OR CONDTRACK_FUZZ)
    message(FATAL_ERROR
      "CONDTRACK_SANITIZE_COMPONENT goes alone, in its own build directory: "
      "cmake --preset asan-oxt")
  endif()
  if(NOT CONDTRACK_BUILD_COMPONENT)
    message(FATAL_ERROR "CONDTRACK_SANITIZE_COMPONENT instruments the component: keep CONDTRACK_BUILD_COMPONENT ON")
  endif()
  # The component is a shared library dlopen()ed by an uninstrumented
  # soffice: it must link the shared runtimes (GCC's default; clang's is the
  # static runtime of executables), which LD_PRELOAD then puts first.
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "CONDTRACK_SANITIZE_COMPONENT needs GCC (shared libasan and libubsan)")
  endif()
endif()

# Flags shared by all: abort on the first report, keep frames for the stack
# traces, -O1 (fast enough, still readable traces), line tables only (-g1:
# all a report's file:line needs, and a third faster to compile than -g), and
# libstdc++'s cheap precondition checks (operator[] bounds, front() of an
# empty vector...).
# GCC's "undefined" leaves out float-cast-overflow (a double too large for the
# int it is cast to), the likeliest undefined behaviour in code that turns
# spreadsheet numbers into days and counts: ask for it explicitly.
set(CONDTRACK_SANITIZER_CHECKS address,undefined,float-cast-overflow)
set(CONDTRACK_SANITIZER_COMMON_FLAGS
  -fno-omit-frame-pointer
  -fno-sanitize-recover=undefined,float-cast-overflow
  -O1
  -g1
  -D_GLIBCXX_ASSERTIONS)

if(CONDTRACK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR
      "CONDTRACK_FUZZ needs clang (libFuzzer): cmake --preset fuzz "
      "(-DCMAKE_CXX_COMPILER=clang++ in a fresh build directory; scripts/fuzz does this)")
  endif()
  # The core and the target bodies get coverage instrumentation; only the
  # fuzz executables link libFuzzer's main (fuzz/CMakeLists.txt).
  set(CONDTRACK_SANITIZER_COMPILE_FLAGS
    -fsanitize=fuzzer-no-link,${CONDTRACK_SANITIZER_CHECKS} ${CONDTRACK_SANITIZER_COMMON_FLAGS})
  set(CONDTRACK_SANITIZER_LINK_FLAGS -fsanitize=${CONDTRACK_SANITIZER_CHECKS})
elseif(CONDTRACK_SANITIZE OR CONDTRACK_SANITIZE_COMPONENT)
  set(CONDTRACK_SANITIZER_COMPILE_FLAGS
    -fsanitize=${CONDTRACK_SANITIZER_CHECKS} ${CONDTRACK_SANITIZER_COMMON_FLAGS})
  set(CONDTRACK_SANITIZER_LINK_FLAGS -fsanitize=${CONDTRACK_SANITIZER_CHECKS})
  if(CONDTRACK_SANITIZE_COMPONENT)
    # UBSan's vptr check (part of "undefined") cannot be used on UNO
    # references: an object from another UNO environment (a listener passed
    # in over the URP bridge, from Python, Basic, Java) is a bridge proxy
    # whose vtable the bridge builds at run time, without RTTI, so every call
    # through it reports "object has invalid vptr". It is kept in the unit
    # test build (CONDTRACK_SANITIZE), which has no UNO.
    list(APPEND CONDTRACK_SANITIZER_COMPILE_FLAGS -fno-sanitize=vptr)
  endif()
endif()

# Instruments `target` and, through PUBLIC usage requirements, every target
# that links it; a no-op in the normal build.
function(condtrack_sanitize target)
  if(CONDTRACK_SANITIZER_COMPILE_FLAGS)
    target_compile_options(${target} PUBLIC ${CONDTRACK_SANITIZER_COMPILE_FLAGS})
    target_link_options(${target} PUBLIC ${CONDTRACK_SANITIZER_LINK_FLAGS})
  endif()
endfunction()
