/***************************************************************************
  ogrfields.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef OGRFIELDS_H
#define OGRFIELDS_H

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QString>

#include <initializer_list>

/**
 * \brief A field of a table the import writes: its name and OGR type.
 */
struct OgrFieldDefinition
{
    //! Field name.
    const char *name;
    //! OGR field type.
    OGRFieldType type;
};

/**
 * \brief Creates \a fields, in order, in \a layer. Returns the name of the first field that could
 * not be created (the caller names the table and GDAL's message), NULLPTR when all were created.
 */
inline const char *createOgrFields( OGRLayer *layer, std::initializer_list<OgrFieldDefinition> fields )
{
  for ( const OgrFieldDefinition &field : fields )
  {
    OGRFieldDefn definition( field.name, field.type );
    if ( layer->CreateField( &definition ) != OGRERR_NONE )
      return field.name;
  }
  return nullptr;
}

/**
 * \brief Creates the layer \a name of \a geometryType in EPSG:4326 (longitude, latitude) in
 * \a dataset, with the fid and geom columns an import's layers have and \a description.
 * Returns NULLPTR when GDAL cannot (its message says why).
 */
inline OGRLayer *createWgs84Layer( GDALDataset &dataset, const QString &name, OGRwkbGeometryType geometryType,
                                   const char *description )
{
  OGRSpatialReference crs;
  crs.SetFromUserInput( "EPSG:4326" );
  crs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  CPLStringList options;
  options.SetNameValue( "FID", "fid" );
  options.SetNameValue( "GEOMETRY_NAME", "geom" );
  options.SetNameValue( "DESCRIPTION", description );
  return dataset.CreateLayer( name.toUtf8().constData(), &crs, geometryType, options.List() );
}

#endif // OGRFIELDS_H
