/***************************************************************************
  importedlayerset.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importedlayerset.h"

#include "atlaslayerset.h"
#include "importedportyearsstyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <memory>

const QString ImportedLayerSet::GROUP_NAME = QCoreApplication::translate( "ImportedLayerSet", "My seizure data" );

namespace
{
  QString tr( const char *text )
  {
    return QCoreApplication::translate( "ImportedLayerSet", text );
  }

  struct ImportedTable
  {
      //! Table in the store.
      QString table;
      //! Shipped table whose panel filter fits (same field names).
      QString filteredAs;
      //! Layer name.
      QString displayName;
      //! Geometry column (empty for a table).
      QString geometryColumn;
  };

  QList<ImportedTable> importedTables()
  {
    return {
        { QStringLiteral( "seizure_port_years" ), QStringLiteral( "seizure_figures" ), tr( "My seizures per port and year" ), QStringLiteral( "geom" ) },
        { QStringLiteral( "seizure_events" ), QStringLiteral( "inbound_routes" ), tr( "My seizure events" ), QString() },
    };
  }
} // namespace

ImportedLayerSet::Result ImportedLayerSet::addGeoPackage( QgsProject *project, const QString &path )
{
  if ( !QFileInfo::exists( path ) )
  {
    Result result;
    result.errors << tr( "%1 does not exist." ).arg( path );
    return result;
  }
  QList<LayerSource> sources;
  for ( const ImportedTable &table : importedTables() )
    sources << LayerSource{ table.table, QStringLiteral( "%1|layername=%2" ).arg( path, table.table ), QStringLiteral( "ogr" ) };
  return add( project, path, sources );
}

QString ImportedLayerSet::storedCredentialsError( const QgsDataSourceUri &connection )
{
  if ( connection.username().isEmpty() && connection.password().isEmpty() )
    return QString();
  return tr( "The PostGIS connection holds a user name or password; use a QGIS authentication configuration instead, so no "
             "credentials are written into the project." );
}

ImportedLayerSet::Result ImportedLayerSet::addPostgres( QgsProject *project, const QgsDataSourceUri &connection )
{
  const QString refused = storedCredentialsError( connection );
  if ( !refused.isEmpty() )
  {
    Result result;
    result.errors << refused;
    return result;
  }
  QList<LayerSource> sources;
  for ( const ImportedTable &table : importedTables() )
  {
    QgsDataSourceUri uri( connection );
    uri.setDataSource( connection.schema().isEmpty() ? QStringLiteral( "public" ) : connection.schema(), table.table, table.geometryColumn, QString(), QStringLiteral( "fid" ) );
    sources << LayerSource{ table.table, uri.uri( false ), QStringLiteral( "postgres" ) };
  }
  QgsDataSourceUri store( connection );
  return add( project, store.connectionInfo( false ), sources );
}

ImportedLayerSet::Result ImportedLayerSet::add( QgsProject *project, const QString &store, const QList<LayerSource> &sources )
{
  Result result;
  if ( !project )
    return result;
  const QList<ImportedTable> tables = importedTables();
  std::vector<std::unique_ptr<QgsVectorLayer>> opened;
  for ( int i = 0; i < sources.size(); ++i )
  {
    QgsVectorLayer::LayerOptions options( project->transformContext() );
    auto layer = std::make_unique<QgsVectorLayer>( sources.at( i ).source, tables.at( i ).displayName, sources.at( i ).provider, options );
    if ( !layer->isValid() )
    {
      result.errors << tr( "%1: table \"%2\" cannot be read; is it an import of seizure events?" ).arg( store, sources.at( i ).table );
      continue;
    }
    layer->setCustomProperty( AtlasLayerSet::TABLE_PROPERTY, tables.at( i ).filteredAs );
    layer->setCustomProperty( AtlasLayerSet::IMPORTED_PROPERTY, store );
    if ( sources.at( i ).table == QLatin1String( "seizure_port_years" ) )
      ImportedPortYearsStyle::apply( layer.get() );
    opened.push_back( std::move( layer ) );
  }
  if ( !result.errors.isEmpty() )
    return result; // all or nothing: half a set of layers would mislead

  QgsLayerTreeGroup *group = project->layerTreeRoot()->insertGroup( 0, GROUP_NAME );
  for ( auto &layer : opened )
  {
    QgsVectorLayer *added = layer.release();
    project->addMapLayer( added, false );
    group->addLayer( added );
    result.added << added;
  }
  return result;
}
