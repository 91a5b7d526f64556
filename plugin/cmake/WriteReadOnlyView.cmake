# cmake -DGEOPACKAGE=<file.gpkg> -DVIEW=<file.readonly.gpkg> -P WriteReadOnlyView.cmake
#
# Writes GDAL's read-only view of the atlas GeoPackage: a /vsisparse/ description (XML) of one
# region, the whole GeoPackage beside it (named relative to the view, so both can move together).
# QGIS opens layers through "/vsisparse/<view>|layername=…": GDAL refuses to open such a file for
# writing, so QGIS reads the shipped data read-only whoever runs it, and never reopens it for
# update on a filter change. The view is named .gpkg because GDAL warns about any other name.
file(SIZE "${GEOPACKAGE}" size)
get_filename_component(name "${GEOPACKAGE}" NAME)
file(WRITE "${VIEW}.part"
  "<VSISparseFile><Length>${size}</Length><SubfileRegion>"
  "<Filename relative=\"1\">${name}</Filename><DestinationOffset>0</DestinationOffset>"
  "<SourceOffset>0</SourceOffset><RegionLength>${size}</RegionLength></SubfileRegion></VSISparseFile>\n")
file(RENAME "${VIEW}.part" "${VIEW}")
