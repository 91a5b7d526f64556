/***************************************************************************
  printdatasources.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printdatasources.h"

#include "atlaslayerset.h"
#include "atlasschema.h"
#include "checkedfeaturereader.h"
#include "eventstorewriter.h"
#include "gdaldataset.h"
#include "importedlayerset.h"

#include <QFileInfo>
#include <algorithm>
#include <gdal_priv.h>
#include <qgsdatasourceuri.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

bool PrintDataSources::isImportedGeoPackage( const QString &path )
{
  const GdalDatasetPtr dataset = openGdalDataset( path, GDAL_OF_VECTOR | GDAL_OF_READONLY );
  return dataset && dataset->GetLayerByName( AtlasSchema::SEIZURE_EVENTS_TABLE.toUtf8().constData() );
}

PrintDataSources::Result PrintDataSources::addToProject( QgsProject *project, const QStringList &sources,
                                                         const QString &embeddedData )
{
  Result result;
  // Each source is opened once to tell what it is.
  enum class Kind
  {
    Postgres,
    ImportedGeoPackage,
    PublishedGeoPackage,
    Missing
  };
  QList<QPair<QString, Kind>> kinds;
  for ( const QString &source : sources.isEmpty() ? QStringList{ embeddedData } : sources )
  {
    Kind kind = Kind::PublishedGeoPackage;
    if ( EventStoreWriter::isDatabaseTarget( source ) )
      kind = Kind::Postgres;
    else if ( !QFileInfo( source ).isFile() )
      kind = Kind::Missing;
    else if ( isImportedGeoPackage( source ) )
      kind = Kind::ImportedGeoPackage;
    // QGIS leaves off the map what it cannot read, silently: a damaged GeoPackage is refused
    // before anything is drawn, naming the table and the feature where reading stopped.
    const QString unreadable = kind == Kind::ImportedGeoPackage || kind == Kind::PublishedGeoPackage
                                   ? CheckedFeatureReader::readEveryTable( source )
                                   : QString();
    if ( !unreadable.isEmpty() )
    {
      result.error = QStringLiteral( "--data %1; nothing was printed." ).arg( unreadable );
      return result;
    }
    kinds << qMakePair( source, kind );
  }
  const bool publishedData = std::any_of( kinds.begin(), kinds.end(), []( const QPair<QString, Kind> &source ) {
    return source.second == Kind::PublishedGeoPackage || source.second == Kind::Missing;
  } );
  // Imported data alone is drawn on the world map; added first, it stays below the imported layers.
  if ( !publishedData )
    result.warnings << AtlasLayerSet::addBasemap( project ).errors;
  for ( const auto &[source, kind] : kinds )
  {
    ImportedLayerSet::Result imported;
    if ( kind == Kind::Postgres )
    {
      // Nothing is saved from this project: a user and password in the connection are the user's own.
      imported = ImportedLayerSet::addPostgres( project, ImportedLayerSet::postgresConnection( source ),
                                                ImportedLayerSet::Credentials::AllowedInUnsavedProject );
    }
    else if ( kind == Kind::Missing )
    {
      result.error = QStringLiteral( "--data %1: no such GeoPackage." ).arg( source );
      return result;
    }
    else if ( kind == Kind::ImportedGeoPackage )
      imported = ImportedLayerSet::addGeoPackage( project, source );
    else
    {
      QString error;
      const AtlasSeizureData data = AtlasSeizureData::load( source, &error );
      if ( !error.isEmpty() )
      {
        result.error = error;
        return result;
      }
      result.data << data;
      result.warnings << AtlasLayerSet::addToProject( project, source ).errors;
      continue;
    }
    if ( !imported.errors.isEmpty() )
    {
      result.error = QStringLiteral( "--data %1: %2" ).arg( source, imported.errors.join( QLatin1Char( ' ' ) ) );
      return result;
    }
    const QString importedStore =
        imported.added.isEmpty()
            ? source
            : imported.added.first()->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).toString();
    result.data << AtlasSeizureData::loadImported( imported.added, importedStore );
  }
  return result;
}
