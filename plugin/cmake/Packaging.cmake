# The Debian package (cpack -G DEB): installs the module and its data into QGIS's plugin folder.

if(NOT PSA_WITH_QGIS)
  return()
endif()

# The data folder beside the module: the built GeoPackage and the sea-lane network.
if(EXISTS "${PSA_PLUGIN_OUTPUT_DIR}/${PSA_PLUGIN_DATA_SUBDIR}" OR TARGET psa_data)
  install(DIRECTORY "${PSA_PLUGIN_OUTPUT_DIR}/${PSA_PLUGIN_DATA_SUBDIR}" DESTINATION "${PSA_PLUGIN_INSTALL_DIR}" COMPONENT plugin)
endif()

set(CPACK_PACKAGE_NAME "qgis-plugin-port-seizure-atlas")
set(CPACK_PACKAGE_VERSION "${PSA_META_VERSION}")
set(CPACK_PACKAGE_VENDOR "${PSA_META_AUTHOR}")
set(CPACK_PACKAGE_CONTACT "${PSA_META_AUTHOR} <${PSA_META_EMAIL}>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PSA_META_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "${PSA_META_ABOUT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PSA_META_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "${QGIS_PREFIX}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The module binds to QGIS's C++ ABI: it needs exactly the QGIS major.minor it was built for.
math(EXPR _psa_next_minor "${QGIS_VERSION_INT} / 100 % 100 + 1")
math(EXPR _psa_major "${QGIS_VERSION_INT} / 10000")
math(EXPR _psa_minor "${QGIS_VERSION_INT} / 100 % 100")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qgis (>= ${_psa_major}.${_psa_minor}), qgis (<< ${_psa_major}.${_psa_next_minor})")
set(CPACK_GENERATOR "DEB")
include(CPack)
