# The message catalogues (po/*.po) compiled into the core: a host Python
# script turns them, with the message list in src/core/text/strings.hpp, into
# one generated source, so the core reads no file at run time and still
# cross-compiles.
find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(CONDTRACK_PO_FILES ${CMAKE_SOURCE_DIR}/po/fr.po ${CMAKE_SOURCE_DIR}/po/pt.po)
set(CONDTRACK_CATALOGUE_CPP ${CMAKE_BINARY_DIR}/generated/catalogue_tables.cpp)
add_custom_command(
  OUTPUT ${CONDTRACK_CATALOGUE_CPP}
  COMMAND Python3::Interpreter ${CMAKE_SOURCE_DIR}/po/catalogue.py cpp
          ${CMAKE_SOURCE_DIR}/src/core/text/strings.hpp ${CONDTRACK_CATALOGUE_CPP}
          ${CONDTRACK_PO_FILES}
  DEPENDS ${CMAKE_SOURCE_DIR}/po/catalogue.py ${CMAKE_SOURCE_DIR}/src/core/text/strings.hpp
          ${CONDTRACK_PO_FILES}
  COMMENT "Compiling the message catalogues"
  VERBATIM)
target_sources(condtrack_core PRIVATE ${CONDTRACK_CATALOGUE_CPP})

if(CONDTRACK_BUILD_TESTS)
  # po/condtrack.pot lists exactly what strings.hpp declares.
  add_test(NAME catalogue_pot_is_current
    COMMAND Python3::Interpreter ${CMAKE_SOURCE_DIR}/scripts/update-pot --check)
  set_tests_properties(catalogue_pot_is_current PROPERTIES LABELS unit)
endif()
