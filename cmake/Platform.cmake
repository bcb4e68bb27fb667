# Everything that differs between the platforms the extension is built for,
# in one place: the UNO C++ bridge (CPPU_ENV) and the SDK's platform defines,
# the component library's file name, and the platform strings LibreOffice
# matches in description.xml, META-INF/manifest.xml and condtrack.components
# (generated from manifests/*.in with these values).
#
# The C++ UNO ABI is the compiler's: LibreOffice on Linux is built with GCC
# (bridge gcc3), on Windows with MSVC (bridge mscx). A MinGW build can compile
# the UNO-free core and its tests, never a loadable component.

if(WIN32 AND MSVC)
  set(CONDTRACK_CPPU_ENV mscx)
  set(CONDTRACK_SDK_DEFINES WIN32 WNT CPPU_ENV=mscx)
  # The platform value of description.xml and of the manifest entry.
  set(CONDTRACK_OXT_PLATFORM windows_x86_64)
  set(CONDTRACK_MANIFEST_PLATFORM Windows_x86_64)
  set(CONDTRACK_COMPONENT_LIBRARY condtrack.dll)
  # The SDK's import libraries carry no gcc3/msvc suffix on Windows.
  set(CONDTRACK_SDK_LIBRARY_NAMES icppuhelper icppu isal)
elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  set(CONDTRACK_CPPU_ENV gcc3)
  set(CONDTRACK_SDK_DEFINES LINUX UNX GCC CPPU_ENV=gcc3)
  set(CONDTRACK_OXT_PLATFORM linux_x86_64)
  set(CONDTRACK_MANIFEST_PLATFORM Linux_x86_64)
  set(CONDTRACK_COMPONENT_LIBRARY libcondtrack.so)
  set(CONDTRACK_SDK_LIBRARY_NAMES uno_cppuhelpergcc3 uno_cppu uno_sal)
elseif(CONDTRACK_BUILD_COMPONENT)
  message(FATAL_ERROR
    "No UNO component for ${CMAKE_SYSTEM_NAME} with ${CMAKE_CXX_COMPILER_ID}: the component "
    "needs LibreOffice's C++ ABI (GCC on Linux, MSVC on Windows). Configure with "
    "-DCONDTRACK_BUILD_COMPONENT=OFF for the core and its unit tests (the mingw preset does).")
endif()

# Where the library sits inside the .oxt, as condtrack.components names it.
set(CONDTRACK_COMPONENT_PATH lib/${CONDTRACK_COMPONENT_LIBRARY})

if(MSVC)
  # The sources hold UTF-8 text (French messages): MSVC otherwise reads them
  # in the machine's code page.
  add_compile_options(/utf-8)
endif()
