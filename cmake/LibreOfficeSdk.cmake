# Finds the LibreOffice SDK (on Linux Debian's libreoffice-dev; on Windows the
# SDK installed beside LibreOffice, docs/windows.md), compiles our IDL into a
# type library and generates the C++ headers of every UNO type we use. The
# platform's defines and library names come from cmake/Platform.cmake.

if(WIN32)
  set(_lo_root "C:/Program Files/LibreOffice")
  set(LO_PROGRAM_DIR "${_lo_root}/program" CACHE PATH "LibreOffice program folder")
  set(LO_SDK_DIR "${_lo_root}/sdk" CACHE PATH "LibreOffice SDK folder")
else()
  set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
  set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")
endif()
find_program(LO_UNOIDL_WRITE unoidl-write PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_program(LO_CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_path(LO_INCLUDE_DIR sal/types.h PATHS /usr/include/libreoffice ${LO_SDK_DIR}/include REQUIRED)
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
foreach(lib ${CONDTRACK_SDK_LIBRARY_NAMES})
  find_library(LO_LIB_${lib} ${lib} PATHS ${LO_SDK_DIR}/lib NO_DEFAULT_PATH REQUIRED)
  list(APPEND LO_LIBRARIES ${LO_LIB_${lib}})
endforeach()

# The SDK's tools link LibreOffice's own libraries, which on Windows are found
# only on PATH (the SDK's setsdkenv_windows.bat does the same).
if(WIN32)
  set(LO_TOOL_ENV ${CMAKE_COMMAND} -E env --modify PATH=path_list_prepend:${LO_PROGRAM_DIR} --)
else()
  set(LO_TOOL_ENV)
endif()

file(GLOB_RECURSE CONDTRACK_IDL_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/idl/*.idl)
set(CONDTRACK_RDB ${CMAKE_BINARY_DIR}/condtrack.rdb)
add_custom_command(
  OUTPUT ${CONDTRACK_RDB}
  COMMAND ${LO_TOOL_ENV} ${LO_UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${CMAKE_SOURCE_DIR}/idl ${CONDTRACK_RDB}
  DEPENDS ${CONDTRACK_IDL_FILES}
  COMMENT "Compiling idl/ into condtrack.rdb"
  VERBATIM)

# Headers for every UDK and office type and ours: cppumaker writes them all in
# about two seconds, and no list of used types has to be kept in step.
set(CONDTRACK_UNO_HEADERS ${CMAKE_BINARY_DIR}/uno-headers)
set(CONDTRACK_UNO_STAMP ${CONDTRACK_UNO_HEADERS}/.stamp)
add_custom_command(
  OUTPUT ${CONDTRACK_UNO_STAMP}
  COMMAND ${LO_TOOL_ENV} ${LO_CPPUMAKER} -Gc -O${CONDTRACK_UNO_HEADERS} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${CONDTRACK_RDB}
  COMMAND ${CMAKE_COMMAND} -E touch ${CONDTRACK_UNO_STAMP}
  DEPENDS ${CONDTRACK_RDB}
  COMMENT "Generating C++ headers for the UNO types"
  VERBATIM)
add_custom_target(condtrack_uno_headers DEPENDS ${CONDTRACK_UNO_STAMP})

add_library(libreoffice_sdk INTERFACE)
target_include_directories(libreoffice_sdk INTERFACE ${CONDTRACK_UNO_HEADERS} ${LO_INCLUDE_DIR})
target_compile_definitions(libreoffice_sdk INTERFACE ${CONDTRACK_SDK_DEFINES})
target_link_libraries(libreoffice_sdk INTERFACE ${LO_LIBRARIES})
if(NOT WIN32)
  # The SDK's libraries need others of the program folder at link time.
  target_link_options(libreoffice_sdk INTERFACE "-Wl,-rpath-link,${LO_PROGRAM_DIR}")
endif()
add_dependencies(libreoffice_sdk condtrack_uno_headers)
