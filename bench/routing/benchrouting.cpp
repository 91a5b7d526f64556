/***************************************************************************
  benchrouting.cpp
  Port Seizure Atlas: sea-lane router benchmark (graph load time, routes per second on one core)

  bench_routing [--ports layers/ports.csv] [--reference tests/data/routing/route_reference.csv]
                [--loads 9] [--repeats 7] [--write-pairs pairs.csv] [--baseline searoute-js.json]

  --write-pairs writes the benchmark's pairs as a lon/lat CSV (for bench/routing/searoute_baseline.js) and exits;
  --baseline reads that script's JSON and adds the searoute-js numbers and ratios to the table. run.sh does both.
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "benchstatistics.h"
#include "geodesicdensifier.h"
#include "sealanenetwork.h"
#include "searoute.h"
#include "searouteendpoint.h"
#include "searouter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace
{
  //! A port from ports.csv, as the router will see it.
  struct BenchPort
  {
      QString code;
      QString name;
      QString role;
      SeaRouteEndpoint endpoint;
      QPointF position;
  };

  //! A named list of (origin, destination) indices into the port list.
  struct PairSet
  {
      QString name;
      QString description;
      std::vector<std::pair<int, int>> pairs;
  };

  //! The median of one measurement repeated.
  struct Measurement
  {
      double median = 0;
      double minimum = 0;
      double maximum = 0;
  };

  Measurement summarize( std::vector<double> values )
  {
    Measurement measurement;
    if ( values.empty() )
      return measurement;
    measurement.median = BenchStatistics::median( values );
    measurement.minimum = BenchStatistics::minimum( values );
    measurement.maximum = BenchStatistics::maximum( values );
    return measurement;
  }

  double secondsOf( const std::function<void()> &work )
  {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>( std::chrono::steady_clock::now() - start ).count();
  }

  void fail( const QString &message )
  {
    std::fprintf( stderr, "bench_routing: %s\n", message.toLocal8Bit().constData() );
    std::exit( 1 );
  }

  void print( const QString &line )
  {
    std::printf( "%s\n", line.toLocal8Bit().constData() );
  }

  /**
   * Reads ports.csv (name,unlocode,country_iso2,lat,lon,role,...). A port the connectors know leaves through them;
   * one they do not know, but that has a position, is a free point snapped to the network; one without a position
   * is skipped (and reported).
   */
  std::vector<BenchPort> readPorts( const QString &path, const SeaLaneNetwork &network, QStringList &skipped,
                                    int &freePoints )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
      fail( QStringLiteral( "%1: cannot read the port list" ).arg( path ) );
    QTextStream stream( &file );
    const QStringList header = stream.readLine().trimmed().split( QLatin1Char( ',' ) );
    const int nameColumn = header.indexOf( QStringLiteral( "name" ) );
    const int codeColumn = header.indexOf( QStringLiteral( "unlocode" ) );
    const int latColumn = header.indexOf( QStringLiteral( "lat" ) );
    const int lonColumn = header.indexOf( QStringLiteral( "lon" ) );
    const int roleColumn = header.indexOf( QStringLiteral( "role" ) );
    if ( nameColumn < 0 || codeColumn < 0 || latColumn < 0 || lonColumn < 0 || roleColumn < 0 )
      fail( QStringLiteral( "%1 line 1: expected columns name, unlocode, lat, lon, role" ).arg( path ) );

    std::vector<BenchPort> ports;
    int lineNumber = 1;
    while ( !stream.atEnd() )
    {
      ++lineNumber;
      const QString line = stream.readLine().trimmed();
      if ( line.isEmpty() )
        continue;
      const QStringList fields = line.split( QLatin1Char( ',' ) );
      if ( fields.size() < header.size() )
        fail( QStringLiteral( "%1 line %2: %3 fields, expected %4" )
                  .arg( path )
                  .arg( lineNumber )
                  .arg( fields.size() )
                  .arg( header.size() ) );
      BenchPort port;
      port.code = fields[codeColumn];
      port.name = fields[nameColumn];
      port.role = fields[roleColumn];
      bool latOk = false;
      bool lonOk = false;
      port.position = QPointF( fields[lonColumn].toDouble( &lonOk ), fields[latColumn].toDouble( &latOk ) );
      if ( network.hasPort( port.code ) )
      {
        port.endpoint = SeaRouteEndpoint::port( port.code );
        port.position = network.portPosition( port.code );
      }
      else if ( latOk && lonOk )
      {
        port.endpoint = SeaRouteEndpoint::point( port.position.x(), port.position.y(), port.name );
        ++freePoints;
      }
      else
      {
        skipped << port.code;
        continue;
      }
      ports.push_back( port );
    }
    return ports;
  }

  std::vector<std::pair<QString, QString>> readReferencePairs( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
      fail( QStringLiteral( "%1: cannot read the reference routes" ).arg( path ) );
    QTextStream stream( &file );
    stream.readLine();
    std::vector<std::pair<QString, QString>> pairs;
    while ( !stream.atEnd() )
    {
      const QStringList fields = stream.readLine().trimmed().split( QLatin1Char( ',' ) );
      if ( fields.size() >= 2 )
        pairs.emplace_back( fields[0], fields[1] );
    }
    return pairs;
  }

  std::vector<PairSet> makePairSets( const std::vector<BenchPort> &ports,
                                     const std::vector<std::pair<QString, QString>> &reference )
  {
    QMap<QString, int> byCode;
    std::vector<int> starts;
    std::vector<int> europe;
    std::vector<int> origins;
    for ( int i = 0; i < static_cast<int>( ports.size() ); ++i )
    {
      byCode.insert( ports[i].code, i );
      if ( ports[i].role == QLatin1String( "europe_destination" ) )
        europe.push_back( i );
      else
        starts.push_back( i );
      if ( ports[i].role == QLatin1String( "origin" ) )
        origins.push_back( i );
    }

    std::vector<PairSet> sets;
    PairSet referenceSet{ QStringLiteral( "reference" ), QStringLiteral( "route_reference.csv" ), {} };
    for ( const auto &pair : reference )
    {
      if ( !byCode.contains( pair.first ) || !byCode.contains( pair.second ) )
        fail( QStringLiteral( "reference pair %1->%2: port not in the port list" ).arg( pair.first, pair.second ) );
      referenceSet.pairs.emplace_back( byCode.value( pair.first ), byCode.value( pair.second ) );
    }
    sets.push_back( referenceSet );

    PairSet all{ QStringLiteral( "all" ), QStringLiteral( "origin/transit x europe" ), {} };
    for ( const int from : starts )
    {
      for ( const int to : europe )
        all.pairs.emplace_back( from, to );
    }
    sets.push_back( all );

    PairSet matrix{ QStringLiteral( "matrix" ), QStringLiteral( "10 origins x 50 europe" ), {} };
    for ( std::size_t o = 0; o < std::min<std::size_t>( 10, origins.size() ); ++o )
    {
      for ( std::size_t d = 0; d < std::min<std::size_t>( 50, europe.size() ); ++d )
        matrix.pairs.emplace_back( origins[o], europe[d] );
    }
    sets.push_back( matrix );
    return sets;
  }

  //! Groups the pairs of \a set by origin, keeping the order of first appearance.
  std::vector<std::pair<int, QVector<SeaRouteEndpoint>>> groupByOrigin( const PairSet &set,
                                                                        const std::vector<BenchPort> &ports )
  {
    std::vector<std::pair<int, QVector<SeaRouteEndpoint>>> groups;
    QMap<int, std::size_t> index;
    for ( const auto &pair : set.pairs )
    {
      if ( !index.contains( pair.first ) )
      {
        index.insert( pair.first, groups.size() );
        groups.emplace_back( pair.first, QVector<SeaRouteEndpoint>() );
      }
      groups[index.value( pair.first )].second.append( ports[static_cast<std::size_t>( pair.second )].endpoint );
    }
    return groups;
  }

  void writePairs( const QString &path, const std::vector<PairSet> &sets, const std::vector<BenchPort> &ports,
                   SeaRouter &router )
  {
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text ) )
      fail( QStringLiteral( "%1: cannot write" ).arg( path ) );
    QTextStream stream( &file );
    stream << "set,from,to,from_lon,from_lat,to_lon,to_lat,km\n";
    for ( const PairSet &set : sets )
    {
      for ( const auto &pair : set.pairs )
      {
        const BenchPort &from = ports[static_cast<std::size_t>( pair.first )];
        const BenchPort &to = ports[static_cast<std::size_t>( pair.second )];
        const SeaRoute route = router.route( from.endpoint, to.endpoint );
        stream << set.name << ',' << from.code << ',' << to.code << ',' << QString::number( from.position.x(), 'g', 17 )
               << ',' << QString::number( from.position.y(), 'g', 17 ) << ','
               << QString::number( to.position.x(), 'g', 17 ) << ',' << QString::number( to.position.y(), 'g', 17 )
               << ',' << ( route.isValid() ? QString::number( route.lengthKm(), 'f', 3 ) : QString() ) << '\n';
      }
    }
  }
} // namespace

int main( int argc, char *argv[] )
{
  QCoreApplication app( argc, argv );
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral( "Sea-lane router benchmark: graph load time and routes per second on one core." ) );
  parser.addHelpOption();
  const QString source = QStringLiteral( PSA_SOURCE_DIR );
  const QCommandLineOption networkOption( QStringLiteral( "network" ), QStringLiteral( "Network GeoPackage." ),
                                          QStringLiteral( "path" ),
                                          source + QStringLiteral( "/layers/sealanes/marnet_plus_20km_seafix.gpkg" ) );
  const QCommandLineOption connectorsOption(
      QStringLiteral( "connectors" ), QStringLiteral( "Port connectors GeoJSON." ), QStringLiteral( "path" ),
      source + QStringLiteral( "/layers/sealanes/port_connectors_20km.geojson" ) );
  const QCommandLineOption portsOption(
      QStringLiteral( "ports" ),
      QStringLiteral( "ports.csv with name,unlocode,lat,lon,role (default layers/ports.csv)." ),
      QStringLiteral( "path" ), source + QStringLiteral( "/layers/ports.csv" ) );
  const QCommandLineOption referenceOption( QStringLiteral( "reference" ), QStringLiteral( "route_reference.csv." ),
                                            QStringLiteral( "path" ),
                                            source + QStringLiteral( "/tests/data/routing/route_reference.csv" ) );
  const QCommandLineOption loadsOption( QStringLiteral( "loads" ), QStringLiteral( "Graph loads to time." ),
                                        QStringLiteral( "n" ), QStringLiteral( "9" ) );
  const QCommandLineOption repeatsOption( QStringLiteral( "repeats" ), QStringLiteral( "Passes over each pair set." ),
                                          QStringLiteral( "n" ), QStringLiteral( "7" ) );
  const QCommandLineOption writePairsOption( QStringLiteral( "write-pairs" ),
                                             QStringLiteral( "Write the pairs as a lon/lat CSV and exit." ),
                                             QStringLiteral( "path" ) );
  const QCommandLineOption baselineOption( QStringLiteral( "baseline" ),
                                           QStringLiteral( "searoute-js results (JSON from searoute_baseline.js)." ),
                                           QStringLiteral( "path" ) );
  parser.addOptions( { networkOption, connectorsOption, portsOption, referenceOption, loadsOption, repeatsOption,
                       writePairsOption, baselineOption } );
  parser.process( app );

  const QString portsPath = parser.value( portsOption );
  if ( !QFileInfo::exists( portsPath ) )
    fail( QStringLiteral( "%1 not found: pass the port list with --ports (e.g. the data build's ports.csv)" )
              .arg( portsPath ) );
  // writing the pairs needs the network once, not the timing
  const int loads = parser.isSet( writePairsOption ) ? 1 : std::max( 1, parser.value( loadsOption ).toInt() );
  const int repeats = std::max( 1, parser.value( repeatsOption ).toInt() );

  // graph load, and the contraction hierarchies of the two default cost models (built on first use)
  std::vector<double> loadMs;
  std::vector<double> hierarchyMs;
  SeaLaneNetwork network;
  for ( int i = 0; i < loads; ++i )
  {
    loadMs.push_back( 1000.0 * secondsOf( [&] {
                        network =
                            SeaLaneNetwork::load( parser.value( networkOption ), parser.value( connectorsOption ) );
                      } ) );
    if ( !network.isValid() )
      fail( network.error() );
    SeaRouter first( network );
    first.setSearchMethod( SeaRouter::SearchMethod::Hierarchy );
    hierarchyMs.push_back( 1000.0 * secondsOf( [&] {
                             for ( const bool weighLanes : { true, false } )
                             {
                               first.setLaneWeighting( weighLanes );
                               first.route( network.portCodes().first(), network.portCodes().last() );
                             }
                           } ) );
  }

  QStringList skipped;
  int freePoints = 0;
  const std::vector<BenchPort> ports = readPorts( portsPath, network, skipped, freePoints );
  const std::vector<PairSet> sets = makePairSets( ports, readReferencePairs( parser.value( referenceOption ) ) );
  SeaRouter router( network );
  router.setSearchMethod( SeaRouter::SearchMethod::Hierarchy );
  // the baseline in the same process: the search before the contraction hierarchy (A*, Dijkstra one-to-many)
  SeaRouter baselineRouter( network );
  baselineRouter.setSearchMethod( SeaRouter::SearchMethod::AStar );

  if ( parser.isSet( writePairsOption ) )
  {
    writePairs( parser.value( writePairsOption ), sets, ports, router );
    return 0;
  }

  QJsonObject baseline;
  if ( parser.isSet( baselineOption ) )
  {
    QFile file( parser.value( baselineOption ) );
    if ( !file.open( QIODevice::ReadOnly ) )
      fail( QStringLiteral( "%1: cannot read the baseline" ).arg( file.fileName() ) );
    baseline = QJsonDocument::fromJson( file.readAll() ).object();
  }
  const QJsonObject baselineSets = baseline.value( QStringLiteral( "sets" ) ).toObject();

  const Measurement load = summarize( loadMs );
  print( QStringLiteral( "Sea-lane routing benchmark (single thread)" ) );
  print( QStringLiteral( "network    %1: %2 nodes, %3 edges, %4 connectors, %5 ports" )
             .arg( QFileInfo( network.networkPath() ).fileName() )
             .arg( network.nodeCount() )
             .arg( network.networkEdgeCount() )
             .arg( network.connectorCount() )
             .arg( network.portCodes().size() ) );
  print( QStringLiteral( "ports      %1: %2 usable, %3 without a connector routed as snapped points%4" )
             .arg( portsPath )
             .arg( ports.size() )
             .arg( freePoints )
             .arg( skipped.isEmpty() ? QString()
                                     : QStringLiteral( ", %1 skipped (no position: %2)" )
                                           .arg( skipped.size() )
                                           .arg( skipped.join( QLatin1Char( ' ' ) ) ) ) );
  print( QStringLiteral( "graph load median %1 ms of %2 loads (min %3, max %4)   target < 200 ms: %5" )
             .arg( load.median, 0, 'f', 1 )
             .arg( loads )
             .arg( load.minimum, 0, 'f', 1 )
             .arg( load.maximum, 0, 'f', 1 )
             .arg( load.median < 200 ? QStringLiteral( "met" ) : QStringLiteral( "MISSED" ) ) );
  const Measurement hierarchyBuild = summarize( hierarchyMs );
  print( QStringLiteral( "contraction hierarchies (lanes weighed, shortest distance) built on first use: median %1 ms "
                         "for both (min %2, max %3)" )
             .arg( hierarchyBuild.median, 0, 'f', 1 )
             .arg( hierarchyBuild.minimum, 0, 'f', 1 )
             .arg( hierarchyBuild.maximum, 0, 'f', 1 ) );
  if ( baseline.contains( QStringLiteral( "load_ms" ) ) )
    print( QStringLiteral( "searoute-js 0.1.0 load (require, builds its graph): %1 ms  ratio %2x" )
               .arg( baseline.value( QStringLiteral( "load_ms" ) ).toDouble(), 0, 'f', 1 )
               .arg( baseline.value( QStringLiteral( "load_ms" ) ).toDouble() / load.median, 0, 'f', 1 ) );
  print( QString() );
  print( QStringLiteral( "%1 %2 %3 %4 %5 %6 %7" )
             .arg( QStringLiteral( "pair set" ), -31 )
             .arg( QStringLiteral( "pairs" ), 6 )
             .arg( QStringLiteral( "mode" ), -26 )
             .arg( QStringLiteral( "routes/s" ), 10 )
             .arg( QStringLiteral( "us/route" ), 9 )
             .arg( QStringLiteral( "searoute-js/s" ), 14 )
             .arg( QStringLiteral( "ratio" ), 8 ) );

  const GeodesicDensifier densifier( 50 );
  double checksum = 0;
  int invalid = 0;
  int approximate = 0;
  double bestRate = 0;
  for ( const PairSet &set : sets )
  {
    const auto groups = groupByOrigin( set, ports );
    const QJsonObject js = baselineSets.value( set.name ).toObject();
    const double jsRate = js.value( QStringLiteral( "routes_per_s" ) ).toDouble();

    const auto routePairs = [&]( SeaRouter &searcher ) {
      for ( const auto &pair : set.pairs )
      {
        const SeaRoute route = searcher.route( ports[static_cast<std::size_t>( pair.first )].endpoint,
                                               ports[static_cast<std::size_t>( pair.second )].endpoint );
        checksum += route.lengthKm();
      }
    };
    const auto routeGroups = [&]( SeaRouter &searcher ) {
      for ( const auto &group : groups )
      {
        for ( const SeaRoute &route :
              searcher.routes( ports[static_cast<std::size_t>( group.first )].endpoint, group.second ) )
          checksum += route.lengthKm();
      }
    };
    struct Mode
    {
        QString name;
        std::function<void()> run;
    };
    const std::vector<Mode> modes{
        { QStringLiteral( "route() A* (baseline)" ), [&] { routePairs( baselineRouter ); } },
        { QStringLiteral( "route() hierarchy" ), [&] { routePairs( router ); } },
        { QStringLiteral( "routes() Dijkstra (baseline)" ), [&] { routeGroups( baselineRouter ); } },
        { QStringLiteral( "routes() hierarchy" ), [&] { routeGroups( router ); } },
        { QStringLiteral( "route() + densify + geod km" ),
          [&] {
            for ( const auto &pair : set.pairs )
            {
              const SeaRoute route = router.route( ports[static_cast<std::size_t>( pair.first )].endpoint,
                                                   ports[static_cast<std::size_t>( pair.second )].endpoint );
              // the densified points lie on the geodesics, so the route line has the same geodesic length
              checksum +=
                  densifier.densify( route.polyline() ).size() + GeodesicDensifier::lengthKm( route.polyline() );
            }
          } },
    };

    // correctness of the set, outside the timing
    for ( const auto &pair : set.pairs )
    {
      const SeaRoute route = router.route( ports[static_cast<std::size_t>( pair.first )].endpoint,
                                           ports[static_cast<std::size_t>( pair.second )].endpoint );
      invalid += route.isValid() ? 0 : 1;
      approximate += route.isApproximate() ? 1 : 0;
    }

    bool first = true;
    double baselineRate = 0;
    for ( const Mode &mode : modes )
    {
      mode.run(); // warm-up
      std::vector<double> rates;
      for ( int r = 0; r < repeats; ++r )
        rates.push_back( static_cast<double>( set.pairs.size() ) / secondsOf( mode.run ) );
      const double rate = summarize( rates ).median;
      if ( !mode.name.contains( QLatin1String( "densify" ) ) )
        bestRate = std::max( bestRate, rate );
      const bool compare = jsRate > 0 && !mode.name.contains( QLatin1String( "densify" ) );
      print( QStringLiteral( "%1 %2 %3 %4 %5 %6 %7" )
                 .arg( first ? QStringLiteral( "%1 (%2)" ).arg( set.name, set.description ) : QString(), -31 )
                 .arg( first ? QString::number( set.pairs.size() ) : QString(), 6 )
                 .arg( mode.name, -29 )
                 .arg( rate, 10, 'f', 0 )
                 .arg( 1e6 / rate, 9, 'f', 1 )
                 .arg( compare && first ? QString::number( jsRate, 'f', 1 ) : QString(), 14 )
                 .arg( compare ? QStringLiteral( "%1x" ).arg( rate / jsRate, 0, 'f', 0 ) : QString(), 8 ) +
             ( mode.name.contains( QLatin1String( "hierarchy" ) ) && baselineRate > 0
                   ? QStringLiteral( "   %1x the baseline" ).arg( rate / baselineRate, 0, 'f', 1 )
                   : QString() ) );
      if ( mode.name.contains( QLatin1String( "baseline" ) ) )
        baselineRate = rate;
      first = false;
    }
    if ( jsRate > 0 )
      print( QStringLiteral( "%1 searoute-js: median %2 ms/route, %3 failed, its length / ours: median %4" )
                 .arg( QString(), 31 )
                 .arg( js.value( QStringLiteral( "median_ms" ) ).toDouble(), 0, 'f', 2 )
                 .arg( js.value( QStringLiteral( "failed" ) ).toInt() )
                 .arg( js.value( QStringLiteral( "median_length_ratio" ) ).toDouble(), 0, 'f', 3 ) );
  }
  print( QString() );
  print( QStringLiteral( "best routes/s %1   target >= 10,000 routes/s: %2" )
             .arg( bestRate, 0, 'f', 0 )
             .arg( bestRate >= 10000 ? QStringLiteral( "met" ) : QStringLiteral( "MISSED" ) ) );
  print( QStringLiteral( "routes/s is the median over %1 passes of each pair set after one warm-up pass; every route "
                         "builds its polyline." )
             .arg( repeats ) );
  if ( invalid > 0 || approximate > 0 )
    print( QStringLiteral( "%1 pairs gave no route; %2 routes are approximate (a port without connector)." )
               .arg( invalid )
               .arg( approximate ) );
  print( QStringLiteral( "(checksum %1)" ).arg( checksum, 0, 'f', 0 ) );
  return invalid > 0 ? 2 : 0;
}
