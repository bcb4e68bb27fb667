# Boost (header-only parts: date_time's gregorian calendar) and GoogleTest.
#
# A native build takes both from the system. The MinGW cross build
# (cmake/toolchains/mingw-w64.cmake) has no Windows Boost or GoogleTest
# packages to find: it uses the host's Boost headers, which need no compiled
# library for what the core includes, and builds GoogleTest from Debian's
# sources (package googletest).

set(CONDTRACK_GTEST_SOURCE_DIR "/usr/src/googletest" CACHE PATH
    "GoogleTest sources, built in the tree when cross-compiling for Windows")

if(CMAKE_CROSSCOMPILING AND MINGW)
  # Only the boost/ folder, never the host's /usr/include itself, on the
  # include path: the host's C library headers must not shadow MinGW's.
  find_path(CONDTRACK_HOST_BOOST_INCLUDE_DIR boost/version.hpp
            PATHS /usr/include NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
  set(_boost_only ${CMAKE_BINARY_DIR}/host-boost)
  file(MAKE_DIRECTORY ${_boost_only})
  file(CREATE_LINK ${CONDTRACK_HOST_BOOST_INCLUDE_DIR}/boost ${_boost_only}/boost SYMBOLIC)
  add_library(condtrack_host_boost INTERFACE)
  target_include_directories(condtrack_host_boost SYSTEM INTERFACE ${_boost_only})
  add_library(Boost::headers ALIAS condtrack_host_boost)
else()
  find_package(Boost 1.74 REQUIRED)
endif()

if(CONDTRACK_BUILD_TESTS)
  if(CMAKE_CROSSCOMPILING)
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    add_subdirectory(${CONDTRACK_GTEST_SOURCE_DIR} ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
    # GoogleTest 1.11 and later name these itself.
    if(NOT TARGET GTest::gtest)
      add_library(GTest::gtest ALIAS gtest)
      add_library(GTest::gtest_main ALIAS gtest_main)
    endif()
  else()
    find_package(GTest REQUIRED)
  endif()
  include(GoogleTest)
endif()

# Registers a GoogleTest executable with ctest, label "unit". Natively each
# test is its own ctest entry. Cross-compiled, under the emulator (Wine), the
# executable runs once as a whole: a Wine start takes seconds, once per test
# would take many minutes, and discovery would run it at build time as well.
# EMULATED_EXCLUDE: gtest patterns left out there (tests of host tools).
function(condtrack_add_gtest target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "EMULATED_EXCLUDE")
  if(CMAKE_CROSSCOMPILING)
    set(filter)
    if(arg_EMULATED_EXCLUDE)
      list(JOIN arg_EMULATED_EXCLUDE ":" excluded)
      set(filter "--gtest_filter=-${excluded}")
    endif()
    add_test(NAME ${target} COMMAND ${target} --gtest_brief=1 ${filter})
    set_tests_properties(${target} PROPERTIES LABELS unit TIMEOUT 600)
  else()
    gtest_discover_tests(${target} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)
  endif()
endfunction()
