# Finds Debian's LibreOffice SDK (package libreoffice-dev), compiles our IDL into
# a type library and generates the C++ headers of every UNO type we use.

set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")
find_program(LO_UNOIDL_WRITE unoidl-write PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_program(LO_CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH REQUIRED)
find_path(LO_INCLUDE_DIR sal/types.h PATHS /usr/include/libreoffice ${LO_SDK_DIR}/include REQUIRED)
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
foreach(lib uno_cppuhelpergcc3 uno_cppu uno_sal)
  find_library(LO_LIB_${lib} ${lib} PATHS ${LO_SDK_DIR}/lib NO_DEFAULT_PATH REQUIRED)
  list(APPEND LO_LIBRARIES ${LO_LIB_${lib}})
endforeach()

file(GLOB_RECURSE CONDTRACK_IDL_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/idl/*.idl)
set(CONDTRACK_RDB ${CMAKE_BINARY_DIR}/condtrack.rdb)
add_custom_command(
  OUTPUT ${CONDTRACK_RDB}
  COMMAND ${LO_UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${CMAKE_SOURCE_DIR}/idl ${CONDTRACK_RDB}
  DEPENDS ${CONDTRACK_IDL_FILES}
  COMMENT "Compiling idl/ into condtrack.rdb"
  VERBATIM)

# Headers for every UDK and office type and ours: cppumaker writes them all in
# about two seconds, and no list of used types has to be kept in step.
set(CONDTRACK_UNO_HEADERS ${CMAKE_BINARY_DIR}/uno-headers)
set(CONDTRACK_UNO_STAMP ${CONDTRACK_UNO_HEADERS}/.stamp)
add_custom_command(
  OUTPUT ${CONDTRACK_UNO_STAMP}
  COMMAND ${LO_CPPUMAKER} -Gc -O${CONDTRACK_UNO_HEADERS} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${CONDTRACK_RDB}
  COMMAND ${CMAKE_COMMAND} -E touch ${CONDTRACK_UNO_STAMP}
  DEPENDS ${CONDTRACK_RDB}
  COMMENT "Generating C++ headers for the UNO types"
  VERBATIM)
add_custom_target(condtrack_uno_headers DEPENDS ${CONDTRACK_UNO_STAMP})

add_library(libreoffice_sdk INTERFACE)
target_include_directories(libreoffice_sdk INTERFACE ${CONDTRACK_UNO_HEADERS} ${LO_INCLUDE_DIR})
target_compile_definitions(libreoffice_sdk INTERFACE LINUX UNX GCC CPPU_ENV=gcc3)
target_link_libraries(libreoffice_sdk INTERFACE ${LO_LIBRARIES})
target_link_options(libreoffice_sdk INTERFACE "-Wl,-rpath-link,${LO_PROGRAM_DIR}")
add_dependencies(libreoffice_sdk condtrack_uno_headers)
