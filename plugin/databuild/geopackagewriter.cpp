/***************************************************************************
  geopackagewriter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "geopackagewriter.h"

#include "gdalmessagecollector.h"
#include "gdalregistration.h"
#include "gdalsqlstatement.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QLocale>

#include <memory>

namespace
{
  const QString QGIS_METADATA_STANDARD = QStringLiteral( "http://mrcc.com/qgis.dtd" );
  const QString LAYER_CRS = QStringLiteral( "EPSG:4326" );

  OGRwkbGeometryType ogrGeometryType( GeoPackageWriter::GeometryType type )
  {
    switch ( type )
    {
    case GeoPackageWriter::GeometryType::None:
      return wkbNone;
    case GeoPackageWriter::GeometryType::Point:
      return wkbPoint;
    case GeoPackageWriter::GeometryType::LineString:
      return wkbLineString;
    case GeoPackageWriter::GeometryType::MultiLineString:
      return wkbMultiLineString;
    }
    return wkbUnknown;
  }

  std::unique_ptr<OGRFieldDefn> ogrField( const GeoPackageWriter::Field &field )
  {
    OGRFieldType type = OFTString;
    OGRFieldSubType subType = OFSTNone;
    switch ( field.type )
    {
    case GeoPackageWriter::FieldType::String:
      type = OFTString;
      break;
    case GeoPackageWriter::FieldType::Integer:
      type = OFTInteger;
      break;
    case GeoPackageWriter::FieldType::Real:
      type = OFTReal;
      break;
    case GeoPackageWriter::FieldType::Boolean:
      type = OFTInteger;
      subType = OFSTBoolean;
      break;
    }
    auto definition = std::make_unique<OGRFieldDefn>( field.name.toUtf8().constData(), type );
    definition->SetSubType( subType );
    if ( !field.alternativeName.isEmpty() )
      definition->SetAlternativeName( field.alternativeName.toUtf8().constData() );
    return definition;
  }

  bool isNull( const QVariant &value )
  {
    return !value.isValid() || value.isNull();
  }

  QString sqlLiteral( const QString &text )
  {
    QString escaped = text;
    escaped.replace( QLatin1Char( '\'' ), QLatin1String( "''" ) );
    return QStringLiteral( "'%1'" ).arg( escaped );
  }
} // namespace

GeoPackageWriter::GeoPackageWriter( const QString &path ) : mPath( path )
{
  registerGdalDrivers();
  GdalMessageCollector messages;
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  if ( !driver )
  {
    fail( QStringLiteral( "GDAL has no GeoPackage (GPKG) driver" ) );
    return;
  }
  mDataset = createGdalVectorDataset( *driver, path );
  if ( !mDataset )
  {
    fail( QStringLiteral( "cannot create the GeoPackage %1: %2" ).arg( path, messages.messages() ) );
    return;
  }
  // A dataset metadata item makes GDAL create gpkg_metadata and gpkg_metadata_reference
  // (and register the metadata extension), where the QGIS layer metadata then goes.
  mDataset->SetMetadataItem( "GENERATOR", "psa-build-data (Port Seizure Atlas)" );
  mDataset->FlushCache();
}

GeoPackageWriter::~GeoPackageWriter()
{
  close();
}

bool GeoPackageWriter::writeLayer( const LayerDefinition &definition, const QVector<Feature> &features )
{
  if ( !isValid() )
    return false;

  GdalMessageCollector messages;
  const bool spatial = definition.geometryType != GeometryType::None;
  OGRSpatialReference crs;
  crs.SetFromUserInput( LAYER_CRS.toUtf8().constData() );
  crs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );

  CPLStringList options;
  options.SetNameValue( "FID", "fid" );
  if ( spatial )
  {
    options.SetNameValue( "GEOMETRY_NAME", "geom" );
    options.SetNameValue( "SPATIAL_INDEX", "YES" );
  }
  if ( !definition.metadata.title.isEmpty() )
    options.SetNameValue( "IDENTIFIER", definition.metadata.title.toUtf8().constData() );
  if ( !definition.metadata.abstract.isEmpty() )
    options.SetNameValue( "DESCRIPTION", definition.metadata.abstract.toUtf8().constData() );

  OGRLayer *layer = mDataset->CreateLayer( definition.name.toUtf8().constData(), spatial ? &crs : nullptr,
                                           ogrGeometryType( definition.geometryType ), options.List() );
  if ( !layer )
    return fail( QStringLiteral( "cannot create the layer %1: %2" ).arg( definition.name, messages.messages() ) );

  for ( const Field &field : definition.fields )
  {
    const std::unique_ptr<OGRFieldDefn> fieldDefinition = ogrField( field );
    if ( layer->CreateField( fieldDefinition.get() ) != OGRERR_NONE )
      return fail( QStringLiteral( "cannot create the field %1.%2: %3" )
                       .arg( definition.name, field.name, messages.messages() ) );
  }

  if ( mDataset->StartTransaction() != OGRERR_NONE )
    return fail( QStringLiteral( "cannot start a transaction on %1: %2" ).arg( mPath, messages.messages() ) );
  for ( const Feature &feature : features )
  {
    OGRFeature ogrFeature( layer->GetLayerDefn() );
    for ( int i = 0; i < definition.fields.size(); ++i )
    {
      const QVariant value = feature.attributes.value( i );
      if ( isNull( value ) )
      {
        ogrFeature.SetFieldNull( i );
        continue;
      }
      switch ( definition.fields.at( i ).type )
      {
      case FieldType::String:
        ogrFeature.SetField( i, value.toString().toUtf8().constData() );
        break;
      case FieldType::Integer:
        ogrFeature.SetField( i, value.toInt() );
        break;
      case FieldType::Real:
        ogrFeature.SetField( i, value.toDouble() );
        break;
      case FieldType::Boolean:
        ogrFeature.SetField( i, value.toBool() ? 1 : 0 );
        break;
      }
    }
    if ( spatial && !feature.geometryWkt.isEmpty() )
    {
      OGRGeometry *geometry = nullptr;
      const QByteArray wkt = feature.geometryWkt.toUtf8();
      if ( OGRGeometryFactory::createFromWkt( wkt.constData(), &crs, &geometry ) != OGRERR_NONE || !geometry )
      {
        mDataset->RollbackTransaction();
        return fail(
            QStringLiteral( "invalid geometry for the layer %1: %2" ).arg( definition.name, feature.geometryWkt ) );
      }
      ogrFeature.SetGeometryDirectly( geometry );
    }
    if ( layer->CreateFeature( &ogrFeature ) != OGRERR_NONE )
    {
      mDataset->RollbackTransaction();
      return fail(
          QStringLiteral( "cannot write a feature of the layer %1: %2" ).arg( definition.name, messages.messages() ) );
    }
  }
  if ( mDataset->CommitTransaction() != OGRERR_NONE )
    return fail( QStringLiteral( "cannot commit the layer %1: %2" ).arg( definition.name, messages.messages() ) );

  GpkgLayerMetadata metadata = definition.metadata;
  if ( metadata.identifier.isEmpty() )
    metadata.identifier = definition.name;
  if ( spatial )
  {
    metadata.crsAuthId = LAYER_CRS;
    char *wkt = nullptr;
    const char *const wktOptions[] = { "FORMAT=WKT2_2019", nullptr };
    if ( crs.exportToWkt( &wkt, wktOptions ) == OGRERR_NONE && wkt )
      metadata.crsWkt = QString::fromUtf8( wkt );
    CPLFree( wkt );
    OGREnvelope envelope;
    if ( !features.isEmpty() && layer->GetExtent( &envelope, TRUE ) == OGRERR_NONE )
      metadata.spatialExtent =
          GpkgLayerMetadata::SpatialExtent{ LAYER_CRS, envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY };
  }
  return writeQgisMetadata( definition.name, metadata );
}

bool GeoPackageWriter::writeQgisMetadata( const QString &tableName, const GpkgLayerMetadata &metadata )
{
  GdalMessageCollector messages;
  int metadataId = 1;
  if ( OGRLayer *result =
           mDataset->ExecuteSQL( "SELECT COALESCE(MAX(id), 0) + 1 FROM gpkg_metadata", nullptr, nullptr ) )
  {
    std::unique_ptr<OGRFeature> row( result->GetNextFeature() );
    if ( row )
      metadataId = row->GetFieldAsInteger( 0 );
    mDataset->ReleaseResultSet( result );
  }
  else
  {
    return fail(
        QStringLiteral( "the GeoPackage %1 has no gpkg_metadata table: %2" ).arg( mPath, messages.messages() ) );
  }

  return executeSql( QStringLiteral( "INSERT INTO gpkg_metadata (id, md_scope, md_standard_uri, mime_type, metadata) "
                                     "VALUES (%1, 'dataset', %2, 'text/xml', %3)" )
                         .arg( metadataId )
                         .arg( sqlLiteral( QGIS_METADATA_STANDARD ), sqlLiteral( metadata.toQgisXml() ) ) ) &&
         executeSql( QStringLiteral( "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) "
                                     "VALUES ('table', %1, %2)" )
                         .arg( sqlLiteral( tableName ) )
                         .arg( metadataId ) );
}

bool GeoPackageWriter::executeSql( const QString &sql )
{
  const QString failure = runGdalSqlStatement( *mDataset, sql );
  return failure.isEmpty() || fail( QStringLiteral( "SQL on %1 failed: %2" ).arg( mPath, failure ) );
}

bool GeoPackageWriter::close()
{
  if ( !mDataset )
    return mErrorMessage.isEmpty();
  GdalMessageCollector messages;
  mDataset.reset();
  if ( messages.hasFailure() )
    return fail( QStringLiteral( "cannot close the GeoPackage %1: %2" ).arg( mPath, messages.messages() ) );
  return mErrorMessage.isEmpty();
}

QString GeoPackageWriter::pointWkt( double longitude, double latitude )
{
  return QStringLiteral( "POINT (%1 %2)" )
      .arg( QString::number( longitude, 'g', QLocale::FloatingPointShortest ),
            QString::number( latitude, 'g', QLocale::FloatingPointShortest ) );
}

QString GeoPackageWriter::lineStringWkt( const QVector<QPointF> &points )
{
  QStringList coordinates;
  coordinates.reserve( points.size() );
  for ( const QPointF &point : points )
    coordinates.append(
        QStringLiteral( "%1 %2" ).arg( QString::number( point.x(), 'g', QLocale::FloatingPointShortest ),
                                       QString::number( point.y(), 'g', QLocale::FloatingPointShortest ) ) );
  return QStringLiteral( "LINESTRING (%1)" ).arg( coordinates.join( QLatin1String( ", " ) ) );
}

bool GeoPackageWriter::fail( const QString &message )
{
  if ( mErrorMessage.isEmpty() )
    mErrorMessage = message;
  return false;
}
