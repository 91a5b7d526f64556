/***************************************************************************
  benchimport.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// Imported seizure events at scale, all measured in one process on N deterministic synthetic events:
//  1. import throughput: `SeizureEventImporter` CSV → GeoPackage (median of 3), events per second;
//  2. filter change → imported layers updated: AtlasFilterController::setFilter() on the two imported
//     layers (ports per year: drawn as the map renderer draws them, one circle per port with the
//     sums of the years shown; events: the filtered rows counted), cycling through year and country
//     filters; median in ms;
//  3. baselines for the same question ("tonnes per port for the selected years and countries"):
//     a QGIS virtual layer with the GROUP BY, setSubsetString() on the events layer plus iterating
//     every feature (what a PyQGIS script does), and plain SQLite (GDAL's GPKG SQL) with a covering
//     index; medians and their ratio to (2);
//  4. resident memory growth of the process from before the layers are added to after all filters;
//  5. the time the sea-lane routes (seizure_routes) add to an import: the routes step alone.
//  With PSA_TEST_POSTGIS set, (1) and (2) also run against that PostGIS (schema psa_bench).
// Usage: bench_import [N events, default 1000000] [filter runs, default 60]
#include "atlasfiltercontroller.h"
#include "atlasschema.h"
#include "benchstatistics.h"
#include "importedlayerset.h"
#include "importedroutewriter.h"
#include "iteratedfeaturecount.h"
#include "sealanenetwork.h"
#include "seizureeventimporter.h"
#include "syntheticevents.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsapplication.h>
#include <qgsdatasourceuri.h>
#include <qgsexpressioncontextutils.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvirtuallayerdefinition.h>

namespace
{
  //! Resident memory of this process in MB (Linux /proc).
  double residentMegabytes( const QByteArray &field = QByteArrayLiteral( "VmRSS:" ) )
  {
    QFile status( QStringLiteral( "/proc/self/status" ) );
    if ( !status.open( QIODevice::ReadOnly ) )
      return 0;
    for ( const QByteArray &line : status.readAll().split( '\n' ) )
    {
      if ( line.startsWith( field ) )
        return line.mid( field.size() ).trimmed().split( ' ' ).value( 0 ).toDouble() / 1024.0;
    }
    return 0;
  }

  //! `ogr2ogr -f GPKG` of \a csv into \a gpkg, median of 3 runs in seconds; -1 when ogr2ogr is missing or fails.
  double ogr2ogrSeconds( const QString &csv, const QString &gpkg )
  {
    const QString program = QStandardPaths::findExecutable( QStringLiteral( "ogr2ogr" ) );
    if ( program.isEmpty() )
      return -1;
    std::vector<double> seconds;
    for ( int i = 0; i < 3; ++i )
    {
      QFile::remove( gpkg );
      QElapsedTimer timer;
      timer.start();
      QProcess process;
      process.start( program, { QStringLiteral( "-f" ), QStringLiteral( "GPKG" ), gpkg, csv, QStringLiteral( "-nln" ),
                                QStringLiteral( "seizure_events" ) } );
      if ( !process.waitForFinished( 600000 ) || process.exitCode() != 0 )
        return -1;
      seconds.push_back( timer.nsecsElapsed() / 1e9 );
    }
    return BenchStatistics::median( seconds );
  }

  //! Draws the layer as the map renderer does (its rules, virtual fields and order); returns the tonnes of the circles
  //! drawn.
  double drawAsTheMapDoes( QgsVectorLayer *layer )
  {
    QgsRenderContext context;
    context.setExpressionContext(
        QgsExpressionContext( QgsExpressionContextUtils::globalProjectLayerScopes( layer ) ) );
    std::unique_ptr<QgsFeatureRenderer> renderer( layer->renderer()->clone() );
    renderer->startRender( context, layer->fields() );
    QgsFeatureRequest request;
    request.setSubsetOfAttributes( renderer->usedAttributes( context ), layer->fields() );
    if ( renderer->orderByEnabled() )
      request.setOrderBy( renderer->orderBy() );
    request.setExpressionContext( context.expressionContext() );
    double sum = 0;
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures( request );
    const int tonnes = layer->fields().indexOf( QStringLiteral( "selected_tonnes" ) );
    while ( it.nextFeature( feature ) )
    {
      context.expressionContext().setFeature( feature );
      if ( renderer->willRenderFeature( feature, context ) &&
           !renderer->symbolsForFeature( feature, context ).isEmpty() )
        sum += feature.attribute( tonnes ).toDouble();
    }
    renderer->stopRender( context );
    return sum;
  }

  //! Reads every feature with its attributes, as an attribute table does; returns the tonnes sum.
  double readAll( QgsVectorLayer *layer )
  {
    double sum = 0;
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures();
    const int tonnes = layer->fields().indexOf( QStringLiteral( "tonnes" ) );
    while ( it.nextFeature( feature ) )
      sum += feature.attribute( tonnes ).toDouble();
    return sum;
  }

  std::vector<AtlasFilter> benchmarkFilters()
  {
    std::vector<AtlasFilter> filters;
    for ( int year = 2015; year <= 2024; ++year )
    {
      AtlasFilter filter;
      filter.setYears( year, year );
      filters.push_back( filter );
      filter.setDestinationCountries( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } );
      filters.push_back( filter );
      filter.setYears( year, std::min( 2024, year + 2 ) );
      filter.setDestinationCountries( {} );
      filter.setOriginCountries( { QStringLiteral( "EC" ) } );
      filters.push_back( filter );
    }
    return filters;
  }

  //! Filter change → both imported layers updated; median ms over \a runs filter changes.
  double filterChangeMs( QgsProject *project, const QList<QgsVectorLayer *> &layers, int runs, double *checksum )
  {
    AtlasFilterController controller( project );
    const std::vector<AtlasFilter> filters = benchmarkFilters();
    std::vector<double> apply, ports, eventRows;
    QElapsedTimer timer;
    const double total = BenchStatistics::medianMs( runs, [&]( int i ) {
      timer.start();
      controller.setFilter( filters[i % filters.size()] );
      apply.push_back( timer.nsecsElapsed() / 1e6 );
      timer.start();
      *checksum += drawAsTheMapDoes( layers.at( 0 ) );
      ports.push_back( timer.nsecsElapsed() / 1e6 );
    } );
    // Not part of the update: the events layer has no geometry, so the map never reads it; an open
    // attribute table would, and that cost grows with the number of events selected.
    for ( int i = 0; i < std::min( runs, 9 ); ++i )
    {
      controller.setFilter( filters[i % filters.size()] );
      timer.start();
      *checksum += static_cast<double>( iteratedFeatureCount( layers.at( 1 ) ) );
      eventRows.push_back( timer.nsecsElapsed() / 1e6 );
    }
    printf( "  of which (medians): subset strings applied %.1f ms, port/year points read as the map does %.1f ms; "
            "not included: reading every selected event as an attribute table does %.1f ms\n",
            BenchStatistics::median( apply ), BenchStatistics::median( ports ), BenchStatistics::median( eventRows ) );
    return total;
  }

  //! The route groups of the import \a gpkg, as its EventTally counted them (grouped here by SQL; not timed).
  QVector<EventGroup> routeGroupsOf( const QString &gpkg )
  {
    QVector<EventGroup> groups;
    std::unique_ptr<GDALDataset> dataset( GDALDataset::Open( gpkg.toUtf8().constData(), GDAL_OF_VECTOR ) );
    OGRLayer *result = dataset ? dataset->ExecuteSQL( "SELECT year, origin_locode, origin_country_iso2, port_locode, "
                                                      "dest_country_iso2, COUNT(*), COUNT(tonnes), SUM(tonnes) "
                                                      "FROM seizure_events GROUP BY 1, 2, 3, 4, 5",
                                                      nullptr, nullptr )
                               : nullptr;
    if ( !result )
    {
      fprintf( stderr, "bench_import: cannot group the events of %s\n", qPrintable( gpkg ) );
      std::exit( 1 );
    }
    for ( auto &row : *result )
    {
      EventGroup group;
      if ( row->IsFieldSetAndNotNull( 0 ) )
        group.year = row->GetFieldAsInteger( 0 );
      group.originLocode = QString::fromUtf8( row->GetFieldAsString( 1 ) );
      group.originCountry = QString::fromUtf8( row->GetFieldAsString( 2 ) );
      group.portLocode = QString::fromUtf8( row->GetFieldAsString( 3 ) );
      group.destCountry = QString::fromUtf8( row->GetFieldAsString( 4 ) );
      group.events = row->GetFieldAsInteger( 5 );
      group.eventsWithQuantity = row->GetFieldAsInteger( 6 );
      if ( row->IsFieldSetAndNotNull( 7 ) )
        group.tonnes = row->GetFieldAsDouble( 7 );
      groups.append( group );
    }
    dataset->ReleaseResultSet( result );
    return groups;
  }

  /**
   * The routes step of an import alone (ImportedRouteWriter: sea-lane network load, routing,
   * writing, index, commit of the route groups), \a runs times on a fresh copy of the import
   * \a gpkg without its routes table; median ms. \a loadMs gets the median of the network load alone.
   */
  double routesStepMs( const QString &gpkg, const QString &copy, const PortGazetteer &ports, int runs, double *loadMs )
  {
    const QString seaLanes = ImportedRouteWriter::seaLanesFolderBeside( QStringLiteral( PSA_DATA_GPKG ) );
    *loadMs = BenchStatistics::medianMs( runs, [&]( int ) {
      if ( !SeaLaneNetwork::loadFolder( seaLanes ).isValid() )
      {
        fprintf( stderr, "bench_import: cannot load the sea-lane network in %s\n", qPrintable( seaLanes ) );
        std::exit( 1 );
      }
    } );
    const QVector<EventGroup> groups = routeGroupsOf( gpkg );
    std::vector<double> times;
    for ( int run = 0; run < runs; ++run )
    {
      QFile::remove( copy );
      QFile::copy( gpkg, copy );
      std::unique_ptr<GDALDataset> dataset(
          GDALDataset::Open( copy.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
      for ( int i = 0; dataset && i < dataset->GetLayerCount(); ++i )
      {
        if ( AtlasSchema::SEIZURE_ROUTES_TABLE == QString::fromUtf8( dataset->GetLayer( i )->GetName() ) )
          dataset->DeleteLayer( i );
      }
      QElapsedTimer timer;
      timer.start();
      ImportedRouteWriter writer( seaLanes );
      if ( !dataset || dataset->StartTransaction() != OGRERR_NONE || !writer.write( *dataset, groups, ports ) ||
           dataset->CommitTransaction() != OGRERR_NONE )
      {
        fprintf( stderr, "bench_import: the routes step failed: %s\n", qPrintable( writer.errorMessage() ) );
        std::exit( 1 );
      }
      times.push_back( timer.nsecsElapsed() / 1e6 );
    }
    return BenchStatistics::median( times );
  }

  QString yearClause( int i )
  {
    return QStringLiteral( "year = %1" ).arg( 2015 + i % 10 );
  }
} // namespace

int main( int argc, char *argv[] )
{
  // QGIS finds its provider plugins (virtual, postgres) below its prefix: the QGIS built against.
  if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    qputenv( "QGIS_PREFIX_PATH", PSA_QGIS_PREFIX );
  const QString profile = QDir::tempPath() + QStringLiteral( "/psa-bench-import" );
  QDir().mkpath( profile );
  QgsApplication app( argc, argv, false, profile );
  QgsApplication::init( profile );
  QgsApplication::initQgis();
  const long long events = argc > 1 ? std::max( 1LL, atoll( argv[1] ) ) : 1000000;
  const int runs = argc > 2 ? std::max( 3, atoi( argv[2] ) ) : 60;
  QTemporaryDir dir;
  const QString csv = dir.filePath( QStringLiteral( "events.csv" ) );
  const QString gpkg = dir.filePath( QStringLiteral( "events.gpkg" ) );

  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  if ( ports.size() == 0 || !writeSyntheticEventsCsv( csv, events, 20261126 ) )
  {
    fprintf( stderr, "bench_import: cannot prepare: %s\n", qPrintable( error ) );
    return 1;
  }
  printf( "events: %lld (CSV %.1f MB)\n", events, QFileInfo( csv ).size() / 1e6 );

  // 1. Import throughput.
  const SeizureEventImporter importer( ports );
  std::vector<double> importSeconds;
  std::vector<double> importCpuSeconds;
  for ( int i = 0; i < 3; ++i )
  {
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const ImportReport report = importer.run( csv, EventColumnMapping(), gpkg, true );
    importSeconds.push_back( timer.nsecsElapsed() / 1e9 );
    importCpuSeconds.push_back( static_cast<double>( std::clock() - cpuStart ) / CLOCKS_PER_SEC );
    if ( !report.succeeded )
    {
      fprintf( stderr, "bench_import: import refused:\n%s\n", qPrintable( report.toText() ) );
      return 1;
    }
  }
  // The share of reading and checking: the same rows through check(), nothing written.
  std::vector<double> checkSeconds;
  for ( int i = 0; i < 3; ++i )
  {
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.check( csv, EventColumnMapping() );
    checkSeconds.push_back( timer.nsecsElapsed() / 1e9 );
    if ( !report.succeeded )
    {
      fprintf( stderr, "bench_import: check refused:\n%s\n", qPrintable( report.toText() ) );
      return 1;
    }
  }
  const double importMedian = BenchStatistics::median( importSeconds );
  const double importCpuMedian = BenchStatistics::median( importCpuSeconds );
  printf( "import CSV -> GeoPackage: median %.2f s, %.0f events/s (target >= 200000); CPU time median %.2f s, %.0f "
          "events per CPU second\n",
          importMedian, events / importMedian, importCpuMedian, events / importCpuMedian );
  printf( "  of which reading and checking alone (check(), nothing written): median %.2f s, %.0f events/s\n",
          BenchStatistics::median( checkSeconds ), events / BenchStatistics::median( checkSeconds ) );
  // Peak resident memory of the whole process so far (QGIS started, three imports and three checks).
  printf( "peak resident memory after the imports: %.0f MB (limit 250 MB for a 1,000,000-row import)\n",
          residentMegabytes( QByteArrayLiteral( "VmHWM:" ) ) );
  // The same synthetic file through GDAL's own CSV -> GeoPackage (no checks, no routes, no aggregates).
  const double ogrSeconds = ogr2ogrSeconds( csv, dir.filePath( QStringLiteral( "ogr2ogr.gpkg" ) ) );
  if ( ogrSeconds < 0 )
    printf( "ogr2ogr CSV -> GeoPackage: not measured (ogr2ogr missing or failed)\n" );
  else
    printf( "ogr2ogr CSV -> GeoPackage, same file: median %.2f s, %.0f events/s; import / ogr2ogr speed ratio %.2f "
            "(goal > 1)\n",
            ogrSeconds, events / ogrSeconds, ogrSeconds / importMedian );

  // 2. Filter change at N events, and 4. memory.
  double checksum = 0;
  const double rssBefore = residentMegabytes();
  QgsProject *project = QgsProject::instance();
  const ImportedLayerSet::Result added = ImportedLayerSet::addGeoPackage( project, gpkg );
  if ( !added.errors.isEmpty() )
  {
    fprintf( stderr, "bench_import: %s\n", qPrintable( added.errors.join( '\n' ) ) );
    return 1;
  }
  const double filterMs = filterChangeMs( project, added.added, runs, &checksum );
  const double rssAfter = residentMegabytes();
  printf( "filter change -> imported layers updated (GeoPackage): median %.1f ms over %d changes (target <= 50 ms)\n",
          filterMs, runs );
  printf( "resident memory: %.0f MB before the layers, %.0f MB after %d filter changes: +%.0f MB (target < 200 MB)\n",
          rssBefore, rssAfter, runs, rssAfter - rssBefore );

  // 3. Baselines, same question, same process.
  const QString eventsSource = QStringLiteral( "%1|layername=seizure_events" ).arg( gpkg );
  const int slowRuns = 3;
  const double virtualMs = BenchStatistics::medianMs( slowRuns, [&]( int i ) {
    const QString query =
        QStringLiteral( "SELECT port_locode, SUM(tonnes) AS tonnes FROM ev WHERE %1 GROUP BY port_locode" )
            .arg( yearClause( i ) );
    QgsVirtualLayerDefinition definition;
    definition.addSource( QStringLiteral( "ev" ), eventsSource, QStringLiteral( "ogr" ) );
    definition.setQuery( query );
    QgsVectorLayer layer( definition.toString(), QStringLiteral( "virtual" ), QStringLiteral( "virtual" ) );
    if ( !layer.isValid() )
    {
      fprintf( stderr, "bench_import: the virtual layer baseline is invalid: %s\n",
               qPrintable( definition.toString() ) );
      std::exit( 1 );
    }
    checksum += readAll( &layer );
  } );
  QgsVectorLayer eventsLayer( eventsSource, QStringLiteral( "events" ), QStringLiteral( "ogr" ) );
  const double subsetMs = BenchStatistics::medianMs( 5, [&]( int i ) {
    eventsLayer.setSubsetString( yearClause( i ) );
    QMap<QString, double> perPort;
    QgsFeature feature;
    QgsFeatureIterator it = eventsLayer.getFeatures();
    while ( it.nextFeature( feature ) )
      perPort[feature.attribute( QStringLiteral( "port_locode" ) ).toString()] +=
          feature.attribute( QStringLiteral( "tonnes" ) ).toDouble();
    checksum += perPort.size();
  } );
  GDALAllRegister();
  const QString copy = dir.filePath( QStringLiteral( "covering.gpkg" ) );
  QFile::copy( gpkg, copy );
  std::unique_ptr<GDALDataset> sqlite(
      GDALDataset::Open( copy.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
  sqlite->ReleaseResultSet(
      sqlite->ExecuteSQL( "CREATE INDEX covering ON seizure_events (year, port_locode, tonnes)", nullptr, nullptr ) );
  const double sqliteMs = BenchStatistics::medianMs( 11, [&]( int i ) {
    const QString query =
        QStringLiteral( "SELECT port_locode, SUM(tonnes) FROM seizure_events WHERE %1 GROUP BY port_locode" )
            .arg( yearClause( i ) );
    OGRLayer *result = sqlite->ExecuteSQL( query.toUtf8().constData(), nullptr, nullptr );
    for ( auto &row : *result )
      checksum += row->GetFieldAsDouble( 1 );
    sqlite->ReleaseResultSet( result );
  } );
  printf( "baseline QGIS virtual layer GROUP BY: median %.1f ms (%d runs): %.1fx the filter change\n", virtualMs,
          slowRuns, virtualMs / filterMs );
  printf( "baseline setSubsetString + iterate every event: median %.1f ms (5 runs): %.1fx the filter change\n",
          subsetMs, subsetMs / filterMs );
  printf( "baseline SQLite with a covering index (GDAL GPKG SQL): median %.1f ms (11 runs): %.1fx the filter change\n",
          sqliteMs, sqliteMs / filterMs );

  // 5. What the sea-lane routes (seizure_routes) add to each import above.
  double networkLoadMs = 0;
  const double routesMs =
      routesStepMs( gpkg, dir.filePath( QStringLiteral( "routes.gpkg" ) ), ports, 3, &networkLoadMs );
  printf( "routes step of the import (load network, route, write seizure_routes): median %.0f ms (3 runs); of which "
          "loading the sea-lane network %.0f ms; "
          "%.1f %% of the import median\n",
          routesMs, networkLoadMs, 100.0 * routesMs / ( 1000.0 * importMedian ) );

  // PostGIS, when a server is given.
  const QString postgis = qEnvironmentVariable( "PSA_TEST_POSTGIS" );
  if ( !postgis.isEmpty() )
  {
    std::unique_ptr<GDALDataset> admin( GDALDataset::Open( ( QStringLiteral( "PG:" ) + postgis ).toUtf8().constData(),
                                                           GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
    if ( !admin )
    {
      fprintf( stderr, "bench_import: PSA_TEST_POSTGIS is set but the server cannot be reached\n" );
      return 1;
    }
    admin->ReleaseResultSet(
        admin->ExecuteSQL( "DROP SCHEMA IF EXISTS psa_bench CASCADE; CREATE SCHEMA psa_bench", nullptr, nullptr ) );
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = importer.run( csv, EventColumnMapping(),
                                              QStringLiteral( "PG:%1 active_schema=psa_bench" ).arg( postgis ), true );
    const double seconds = timer.nsecsElapsed() / 1e9;
    if ( !report.succeeded )
    {
      fprintf( stderr, "bench_import: PostGIS import refused:\n%s\n", qPrintable( report.toText() ) );
      return 1;
    }
    printf( "import CSV -> PostGIS: %.2f s, %.0f events/s\n", seconds, events / seconds );
    // No credentials in the layers' URI (a team's would carry an authcfg id): the bench's
    // throw-away server trusts local connections, and libpq takes the user from PGUSER.
    QgsDataSourceUri uri( postgis );
    qputenv( "PGUSER", uri.username().toUtf8() );
    uri.setUsername( QString() );
    uri.setPassword( QString() );
    uri.setSchema( QStringLiteral( "psa_bench" ) );
    QgsProject postgisProject;
    const ImportedLayerSet::Result postgisLayers = ImportedLayerSet::addPostgres( &postgisProject, uri );
    if ( !postgisLayers.errors.isEmpty() )
    {
      fprintf( stderr, "bench_import: %s\n", qPrintable( postgisLayers.errors.join( '\n' ) ) );
      return 1;
    }
    const double postgisMs = filterChangeMs( &postgisProject, postgisLayers.added, runs, &checksum );
    printf( "filter change -> imported layers updated (PostGIS): median %.1f ms over %d changes (target <= 100 ms)\n",
            postgisMs, runs );
    admin->ReleaseResultSet( admin->ExecuteSQL( "DROP SCHEMA psa_bench CASCADE", nullptr, nullptr ) );
  }
  printf( "(checksum %.0f)\n", checksum );
  QgsProject::instance()->clear();
  return 0;
}
