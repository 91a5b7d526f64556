# The plugin's translations (Qt Linguist, as QGIS does): resources/i18n/port_seizure_atlas_<lang>.ts,
# kept in the repository and updated with
#
#   lupdate plugin -locations none -no-obsolete -ts resources/i18n/port_seizure_atlas_*.ts
#
# are compiled by lrelease into <plugin data folder>/i18n/port_seizure_atlas_<lang>.qm, which
# `cmake --install` and the Debian package install with the rest of the data folder.
find_package(${PSA_QT} REQUIRED COMPONENTS LinguistTools)
file(GLOB PSA_TS_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/resources/i18n/port_seizure_atlas_*.ts")
set(PSA_QM_DIR "${PSA_PLUGIN_OUTPUT_DIR}/${PSA_PLUGIN_DATA_SUBDIR}/i18n" CACHE INTERNAL "Compiled translations")
set_source_files_properties(${PSA_TS_FILES} PROPERTIES OUTPUT_LOCATION "${PSA_QM_DIR}")
if(PSA_QT_MAJOR EQUAL 5)
  qt5_add_translation(PSA_QM_FILES ${PSA_TS_FILES})
else()
  qt6_add_translation(PSA_QM_FILES ${PSA_TS_FILES})
endif()
add_custom_target(psa_translations ALL DEPENDS ${PSA_QM_FILES})
# The tests check the .ts files against the sources with the same lupdate.
get_target_property(PSA_LUPDATE_EXECUTABLE ${PSA_QT}::lupdate IMPORTED_LOCATION)
set(PSA_LUPDATE_EXECUTABLE "${PSA_LUPDATE_EXECUTABLE}" CACHE INTERNAL "lupdate of the Qt found")
