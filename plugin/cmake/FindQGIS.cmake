# Finds the QGIS libraries the plugin builds against.
#
# Defines the imported targets QGIS::Core, QGIS::Gui and QGIS::Analysis, and
#   QGIS_VERSION      major.minor.patch from qgsconfig.h
#   QGIS_VERSION_INT  e.g. 32216
#   QGIS_PLUGIN_DIR   the folder QGIS loads C++ plugins from (QgsApplication::pluginPath())
#   QGIS_PREFIX       the install prefix of that QGIS
#   QGIS_QT_MAJOR     5 or 6: the Qt major version that QGIS was built with
# Hints: QGIS_PREFIX_PATH (cache or environment) for a QGIS outside the default prefixes.

set(_qgis_hints ${QGIS_PREFIX_PATH} $ENV{QGIS_PREFIX_PATH})
find_path(QGIS_INCLUDE_DIR NAMES qgsapplication.h PATH_SUFFIXES qgis include/qgis HINTS ${_qgis_hints})
find_library(QGIS_CORE_LIBRARY NAMES qgis_core HINTS ${_qgis_hints} PATH_SUFFIXES lib)
find_library(QGIS_GUI_LIBRARY NAMES qgis_gui HINTS ${_qgis_hints} PATH_SUFFIXES lib)
find_library(QGIS_ANALYSIS_LIBRARY NAMES qgis_analysis HINTS ${_qgis_hints} PATH_SUFFIXES lib)

if(QGIS_INCLUDE_DIR AND EXISTS "${QGIS_INCLUDE_DIR}/qgsconfig.h")
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_version_line REGEX "^#define _QGIS_VERSION_INT ")
  string(REGEX REPLACE "^#define _QGIS_VERSION_INT ([0-9]+).*" "\\1" QGIS_VERSION_INT "${_qgis_version_line}")
  math(EXPR _qgis_major "${QGIS_VERSION_INT} / 10000")
  math(EXPR _qgis_minor "(${QGIS_VERSION_INT} / 100) % 100")
  math(EXPR _qgis_patch "${QGIS_VERSION_INT} % 100")
  set(QGIS_VERSION "${_qgis_major}.${_qgis_minor}.${_qgis_patch}")
endif()

if(QGIS_CORE_LIBRARY)
  get_filename_component(_qgis_libdir "${QGIS_CORE_LIBRARY}" DIRECTORY)
  get_filename_component(QGIS_PREFIX "${_qgis_libdir}/.." ABSOLUTE)
  find_path(QGIS_PLUGIN_DIR
    NAMES libofflineeditingplugin.so libtopolplugin.so libgeometrycheckerplugin.so libprovider_wms.so
    PATHS "${_qgis_libdir}/qgis/plugins" "${QGIS_PREFIX}/lib/qgis/plugins"
    NO_DEFAULT_PATH)
  # The Qt a QGIS was built with is the one its core library links: read its dependency names.
  if(NOT QGIS_QT_MAJOR)
    get_filename_component(_qgis_core_real "${QGIS_CORE_LIBRARY}" REALPATH)
    file(STRINGS "${_qgis_core_real}" _qgis_qt_needed REGEX "^libQt[56]Core\\.so" LIMIT_COUNT 1)
    if(_qgis_qt_needed MATCHES "^libQt([56])Core")
      set(QGIS_QT_MAJOR "${CMAKE_MATCH_1}" CACHE STRING "Qt major version QGIS was built with")
    elseif(_qgis_major GREATER_EQUAL 4)
      set(QGIS_QT_MAJOR 6 CACHE STRING "Qt major version QGIS was built with")
    else()
      set(QGIS_QT_MAJOR 5 CACHE STRING "Qt major version QGIS was built with")
    endif()
  endif()
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS
  REQUIRED_VARS QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_ANALYSIS_LIBRARY QGIS_INCLUDE_DIR QGIS_PLUGIN_DIR
  VERSION_VAR QGIS_VERSION)

if(QGIS_FOUND)
  foreach(_part Core Gui Analysis)
    string(TOUPPER ${_part} _upper)
    if(NOT TARGET QGIS::${_part})
      add_library(QGIS::${_part} UNKNOWN IMPORTED)
      set_target_properties(QGIS::${_part} PROPERTIES
        IMPORTED_LOCATION "${QGIS_${_upper}_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}")
    endif()
  endforeach()
endif()
