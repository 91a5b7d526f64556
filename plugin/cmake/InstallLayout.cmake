# Install layout: where `cmake --install` puts the plugin.
#
# `cmake --install` puts the module where QGIS loads C++ plugins from: QGIS's own plugin
# folder (QgsApplication::pluginPath()), relative to the install prefix, which defaults to the
# prefix of the QGIS found. The plugin's data folder goes beside the module.

if(NOT PSA_WITH_QGIS)
  return()
endif()

if(CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
  set(CMAKE_INSTALL_PREFIX "${QGIS_PREFIX}" CACHE PATH "Install prefix (defaults to QGIS's prefix)" FORCE)
endif()
file(RELATIVE_PATH _psa_plugin_rel "${QGIS_PREFIX}" "${QGIS_PLUGIN_DIR}")
set(PSA_PLUGIN_INSTALL_DIR "${_psa_plugin_rel}" CACHE STRING "Plugin folder, relative to the install prefix")

# Fail early and clearly when the destination is not writable, instead of half an install.
install(CODE "
  set(_dest \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${PSA_PLUGIN_INSTALL_DIR}\")
  set(_probe_dir \"\${_dest}\")
  while(NOT EXISTS \"\${_probe_dir}\")
    get_filename_component(_probe_dir \"\${_probe_dir}\" DIRECTORY)
  endwhile()
  set(_probe \"\${_probe_dir}/.port-seizure-atlas-write-test\")
  execute_process(COMMAND \"\${CMAKE_COMMAND}\" -E touch \"\${_probe}\" RESULT_VARIABLE _not_writable ERROR_QUIET)
  if(_not_writable)
    message(FATAL_ERROR \"Cannot write to \${_probe_dir}: permission denied. Install as root (sudo cmake --install ...), \"
                        \"or into your home (cmake --install BUILD --prefix ~/.local) and then register that folder \"
                        \"with your QGIS profile: ~/.local/bin/port-seizure-atlas register --plugin-dir ~/.local/${PSA_PLUGIN_INSTALL_DIR}\")
  endif()
  file(REMOVE \"\${_probe}\")
" COMPONENT plugin)

