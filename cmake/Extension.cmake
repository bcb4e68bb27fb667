# The UNO component library and the installable package, condtrack.oxt.

find_path(SPDLOG_INCLUDE_DIR spdlog/spdlog.h REQUIRED)
find_path(FMT_INCLUDE_DIR fmt/format.h REQUIRED)

file(GLOB_RECURSE CONDTRACK_COMPONENT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/uno/*.cxx)
add_library(condtrack_component SHARED ${CONDTRACK_COMPONENT_SOURCES})
set_target_properties(condtrack_component PROPERTIES
  OUTPUT_NAME condtrack
  CXX_VISIBILITY_PRESET hidden
  VISIBILITY_INLINES_HIDDEN ON)
target_include_directories(condtrack_component PRIVATE src/uno ${SPDLOG_INCLUDE_DIR} ${FMT_INCLUDE_DIR})
# Header-only spdlog and fmt: a user's LibreOffice does not ship them.
target_compile_definitions(condtrack_component PRIVATE SPDLOG_HEADER_ONLY FMT_HEADER_ONLY)
condtrack_warnings(condtrack_component)
target_link_libraries(condtrack_component PRIVATE condtrack_core libreoffice_sdk)
if(NOT MSVC)
  target_link_options(condtrack_component PRIVATE -Wl,--no-undefined -Wl,--as-needed)
endif()

set(OXT_STAGE ${CMAKE_BINARY_DIR}/oxt)
set(CONDTRACK_OXT ${CMAKE_BINARY_DIR}/condtrack.oxt)
configure_file(extension/description.xml.in ${CMAKE_BINARY_DIR}/description.xml @ONLY)
file(GLOB_RECURSE CONDTRACK_EXTENSION_FILES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/extension/icons/*
  ${CMAKE_SOURCE_DIR}/extension/description/*
  ${CMAKE_SOURCE_DIR}/extension/registration/*
  ${CMAKE_SOURCE_DIR}/extension/examples/*
  ${CMAKE_SOURCE_DIR}/extension/config/*)
# The manifest and the component list name the platform and the library
# (cmake/Platform.cmake); description.xml's platform as well.
set(CONDTRACK_MANIFEST_DIR ${CMAKE_BINARY_DIR}/manifests)
configure_file(manifests/META-INF/manifest.xml.in ${CONDTRACK_MANIFEST_DIR}/META-INF/manifest.xml @ONLY)
configure_file(manifests/condtrack.components.in ${CONDTRACK_MANIFEST_DIR}/condtrack.components @ONLY)
set(CONDTRACK_MANIFEST_FILES
  ${CONDTRACK_MANIFEST_DIR}/META-INF/manifest.xml
  ${CONDTRACK_MANIFEST_DIR}/condtrack.components)

set(_copy ${CMAKE_COMMAND} -E copy_directory)
# The sanitizer build keeps its line tables: they name file:line in reports.
# MSVC keeps its debug information in a .pdb beside the DLL: nothing to strip.
if(CONDTRACK_SANITIZE_COMPONENT OR MSVC)
  set(CONDTRACK_STRIP_COMPONENT)
else()
  set(CONDTRACK_STRIP_COMPONENT COMMAND ${CMAKE_STRIP} --strip-unneeded ${OXT_STAGE}/${CONDTRACK_COMPONENT_PATH})
endif()
add_custom_command(
  OUTPUT ${CONDTRACK_OXT}
  # A fresh stage each time, so that nothing removed from the sources lingers.
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${OXT_STAGE}/lib
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_BINARY_DIR}/description.xml ${OXT_STAGE}/
  COMMAND ${_copy} ${CMAKE_SOURCE_DIR}/extension/icons ${OXT_STAGE}/icons
  COMMAND ${_copy} ${CMAKE_SOURCE_DIR}/extension/description ${OXT_STAGE}/description
  COMMAND ${_copy} ${CMAKE_SOURCE_DIR}/extension/registration ${OXT_STAGE}/registration
  COMMAND ${_copy} ${CMAKE_SOURCE_DIR}/extension/examples ${OXT_STAGE}/examples
  COMMAND ${_copy} ${CMAKE_SOURCE_DIR}/extension/config ${OXT_STAGE}/config
  COMMAND ${_copy} ${CONDTRACK_MANIFEST_DIR}/META-INF ${OXT_STAGE}/META-INF
  COMMAND ${CMAKE_COMMAND} -E copy ${CONDTRACK_MANIFEST_DIR}/condtrack.components ${OXT_STAGE}/
  COMMAND ${CMAKE_COMMAND} -E copy ${CONDTRACK_RDB} ${OXT_STAGE}/condtrack.rdb
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:condtrack_component> ${OXT_STAGE}/${CONDTRACK_COMPONENT_PATH}
  ${CONDTRACK_STRIP_COMPONENT}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CONDTRACK_OXT}
  COMMAND ${CMAKE_COMMAND} -E chdir ${OXT_STAGE}
          ${CMAKE_COMMAND} -E tar cf ${CONDTRACK_OXT} --format=zip
          META-INF description.xml condtrack.components condtrack.rdb lib icons description
          registration examples config
  DEPENDS condtrack_component ${CONDTRACK_RDB} ${CONDTRACK_EXTENSION_FILES}
          ${CONDTRACK_MANIFEST_FILES} ${CMAKE_SOURCE_DIR}/extension/description.xml.in
  COMMENT "Packaging condtrack.oxt"
  VERBATIM)
add_custom_target(oxt ALL DEPENDS ${CONDTRACK_OXT})
