# Sanitizer builds: PSA_SANITIZE=address,undefined adds -fsanitize=... to every target of the
# project (QGIS, Qt, GDAL and PROJ stay as installed, uninstrumented). Every undefined-behaviour
# report aborts (-fno-sanitize-recover=all), so a sanitizer report fails the test that caused it.
# .ci/sanitizers builds with it in build-asan and runs the whole test suite.
set(PSA_SANITIZE "" CACHE STRING "Comma-separated sanitizers to build with, e.g. address,undefined (empty: none)")

if(PSA_SANITIZE)
  set(PSA_SANITIZE_FLAGS -fsanitize=${PSA_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_compile_options(${PSA_SANITIZE_FLAGS})
  add_link_options(${PSA_SANITIZE_FLAGS})
  message(STATUS "Sanitizers: ${PSA_SANITIZE}")
endif()
