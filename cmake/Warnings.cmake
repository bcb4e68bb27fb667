# One warning set for every target we compile: the core, the UNO component,
# docgen, the unit tests and the fuzz bodies and replay.
#
# CONDTRACK_WERROR turns warnings into errors. It is off for a developer's
# plain build (a newer compiler's new warning must not stop someone trying a
# change) and on in the presets that scripts/test uses, so that CI keeps the
# build at zero warnings.

option(CONDTRACK_WERROR "Treat compiler warnings as errors" OFF)

if(MSVC)
  set(CONDTRACK_WARNING_FLAGS /W4 /permissive-)
  set(CONDTRACK_WERROR_FLAG /WX)
else()
  set(CONDTRACK_WARNING_FLAGS -Wall -Wextra -Wpedantic)
  set(CONDTRACK_WERROR_FLAG -Werror)
endif()

function(condtrack_warnings target)
  target_compile_options(${target} PRIVATE ${CONDTRACK_WARNING_FLAGS})
  if(CONDTRACK_WERROR)
    target_compile_options(${target} PRIVATE ${CONDTRACK_WERROR_FLAG})
  endif()
endfunction()
