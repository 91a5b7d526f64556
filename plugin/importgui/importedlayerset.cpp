/***************************************************************************
  importedlayerset.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importedlayerset.h"
#include "importedatlasdatasource.h"

#include "atlaslayerset.h"
#include "atlasschema.h"
#include "importedportyearsstyle.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgslinesymbol.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

#include <memory>

const QString ImportedLayerSet::GROUP_NAME = QCoreApplication::translate( "ImportedLayerSet", "My seizure data" );

namespace
{
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
      //! Missing from imports by earlier versions: those still open, without this layer.
      bool optional = false;
  };

  QList<ImportedTable> importedTables()
  {
    return {
        { AtlasSchema::SEIZURE_PORT_YEARS_TABLE, AtlasSchema::SEIZURE_FIGURES_TABLE,
          ImportedLayerSet::tr( "My seizures per port and year" ), QStringLiteral( "geom" ) },
        { AtlasSchema::SEIZURE_EVENTS_TABLE, AtlasSchema::INBOUND_ROUTES_TABLE,
          ImportedLayerSet::tr( "My seizure events" ), QString() },
        { AtlasSchema::SEIZURE_ROUTES_TABLE, AtlasSchema::INBOUND_ROUTES_TABLE,
          ImportedLayerSet::tr( "My seizure routes" ), QStringLiteral( "geom" ), true },
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
    sources << LayerSource{ table.table, QStringLiteral( "%1|layername=%2" ).arg( path, table.table ),
                            QStringLiteral( "ogr" ) };
  return add( project, path, sources );
}

QgsDataSourceUri ImportedLayerSet::postgresConnection( const QString &target )
{
  QgsDataSourceUri uri;
  if ( target.startsWith( QLatin1String( "postgresql://" ) ) || target.startsWith( QLatin1String( "postgres://" ) ) )
  {
    const QUrl url( target );
    const QUrlQuery query( url );
    uri.setConnection( url.host(), url.port() > 0 ? QString::number( url.port() ) : QString(), url.path().mid( 1 ),
                       url.userName(), url.password() );
    uri.setSchema( query.queryItemValue( QStringLiteral( "schema" ) ) );
    return uri;
  }
  QString connection = target.startsWith( QLatin1String( "PG:" ) ) ? target.mid( 3 ) : target;
  static const QRegularExpression schemaOption( QStringLiteral( "(?:^|\\s)active_schema\\s*=\\s*(\\S+)" ) );
  const QRegularExpressionMatch match = schemaOption.match( connection );
  if ( match.hasMatch() )
    connection.remove( match.capturedStart(), match.capturedLength() );
  uri = QgsDataSourceUri( connection.trimmed() );
  if ( match.hasMatch() )
    uri.setSchema( match.captured( 1 ) );
  return uri;
}

QString ImportedLayerSet::storedCredentialsError( const QgsDataSourceUri &connection )
{
  if ( connection.username().isEmpty() && connection.password().isEmpty() )
    return QString();
  return tr(
      "The PostGIS connection holds a user name or password; use a QGIS authentication configuration instead, so no "
      "credentials are written into the project." );
}

ImportedLayerSet::Result ImportedLayerSet::addPostgres( QgsProject *project, const QgsDataSourceUri &connection,
                                                        Credentials credentials )
{
  const QString refused = credentials == Credentials::Refused ? storedCredentialsError( connection ) : QString();
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
    uri.setDataSource( connection.schema().isEmpty() ? QStringLiteral( "public" ) : connection.schema(), table.table,
                       table.geometryColumn, QString(), QStringLiteral( "fid" ) );
    sources << LayerSource{ table.table, uri.uri( false ), QStringLiteral( "postgres" ) };
  }
  // The store names where the data is (it is shown in prints): never a password.
  QgsDataSourceUri store( connection );
  store.setPassword( QString() );
  return add( project, store.connectionInfo( false ), sources );
}

ImportedLayerSet::Result ImportedLayerSet::add( QgsProject *project, const QString &store,
                                                const QList<LayerSource> &sources )
{
  ImportedAtlasDataSource::registerWithPanel(); // the panel filters what is added here
  Result result;
  if ( !project )
    return result;
  const QList<ImportedTable> tables = importedTables();
  std::vector<std::unique_ptr<QgsVectorLayer>> opened;
  for ( int i = 0; i < sources.size(); ++i )
  {
    QgsVectorLayer::LayerOptions options( project->transformContext() );
    auto layer = std::make_unique<QgsVectorLayer>( sources.at( i ).source, tables.at( i ).displayName,
                                                   sources.at( i ).provider, options );
    if ( !layer->isValid() && tables.at( i ).optional )
    {
      result.notes << tr( "%1: no table \"%2\" (an import by an earlier version of the plugin): its layer is left out; "
                          "import the file again to "
                          "add it." )
                          .arg( store, sources.at( i ).table );
      continue;
    }
    if ( !layer->isValid() )
    {
      result.errors << tr( "%1: table \"%2\" cannot be read; is it an import of seizure events?" )
                           .arg( store, sources.at( i ).table );
      continue;
    }
    layer->setCustomProperty( AtlasLayerSet::TABLE_PROPERTY, tables.at( i ).filteredAs );
    layer->setCustomProperty( AtlasLayerSet::IMPORTED_PROPERTY, store );
    if ( sources.at( i ).table == AtlasSchema::SEIZURE_PORT_YEARS_TABLE )
      ImportedPortYearsStyle::apply( layer.get() );
    else if ( layer->geometryType() == QgsWkbTypes::LineGeometry )
      styleRoutesByTonnes( layer.get() );
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

void ImportedLayerSet::styleRoutesByTonnes( QgsVectorLayer *layer )
{
  // As the shipped inbound routes: width follows sqrt(tonnes); dashed where no quantity is known.
  std::unique_ptr<QgsLineSymbol> symbol( QgsLineSymbol::createSimple( {
      { QStringLiteral( "line_color" ), QStringLiteral( "230,25,75,255" ) },
  } ) );
  symbol->symbolLayer( 0 )->setDataDefinedProperty(
      QgsSymbolLayer::PropertyStrokeWidth,
      QgsProperty::fromExpression(
          QStringLiteral( "CASE WHEN \"tonnes\" IS NULL THEN 0.3 ELSE 0.45 + 0.85 * sqrt(\"tonnes\") END" ) ) );
  symbol->symbolLayer( 0 )->setDataDefinedProperty(
      QgsSymbolLayer::PropertyStrokeStyle,
      QgsProperty::fromExpression( QStringLiteral( "CASE WHEN \"tonnes\" IS NULL THEN 'dash' ELSE 'solid' END" ) ) );
  layer->setRenderer( new QgsSingleSymbolRenderer( symbol.release() ) );
}
