/***************************************************************************
  benchprocessingroutes.cpp
  Port Seizure Atlas: the "Sea-lane routes" Processing algorithm as processing.run() calls it, one pair and 80 pairs,
  with the network cached for the session against a network read for every call (as before the cache), same process
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "benchstatistics.h"
#include "sealanenetworkcache.h"
#include "sealaneroutesalgorithm.h"

#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <qgsapplication.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace
{
  //! An OD table of \a origins x \a destinations UN/LOCODEs, owned by \a project.
  QgsVectorLayer *odTable( QgsProject &project, const QStringList &origins, const QStringList &destinations )
  {
    auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "None?field=from:string&field=to:string" ),
                                                   QStringLiteral( "od" ), QStringLiteral( "memory" ) );
    QgsFeatureList features;
    for ( const QString &origin : origins )
    {
      for ( const QString &destination : destinations )
      {
        QgsFeature feature( layer->fields() );
        feature.setAttributes( QgsAttributes( { origin, destination } ) );
        features << feature;
      }
    }
    layer->dataProvider()->addFeatures( features );
    return qobject_cast<QgsVectorLayer *>( project.addMapLayer( layer.release() ) );
  }

  //! Median ms of \a runs runs of \a algorithm on \a table; \a cold forgets the cached network before each run.
  double medianRunMs( SeaLaneRoutesAlgorithm &algorithm, QgsProject &project, QgsVectorLayer *table, int runs,
                      bool cold )
  {
    std::vector<double> times;
    for ( int i = 0; i < runs; ++i )
    {
      if ( cold )
        SeaLaneNetworkCache::clear();
      QgsProcessingContext context;
      context.setProject( &project );
      QgsProcessingFeedback feedback;
      bool ok = false;
      QElapsedTimer timer;
      timer.start();
      algorithm.run( { { QStringLiteral( "OD_TABLE" ), table->id() },
                       { QStringLiteral( "ORIGIN_CODE_FIELD" ), QStringLiteral( "from" ) },
                       { QStringLiteral( "DESTINATION_CODE_FIELD" ), QStringLiteral( "to" ) },
                       { QStringLiteral( "OUTPUT" ), QStringLiteral( "memory:" ) } },
                     context, &feedback, &ok );
      times.push_back( timer.nsecsElapsed() / 1e6 );
      if ( !ok )
      {
        fprintf( stderr, "bench_processing_routes: the algorithm failed\n" );
        exit( 1 );
      }
    }
    return BenchStatistics::median( times );
  }
} // namespace

int main( int argc, char *argv[] )
{
  if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    qputenv( "QGIS_PREFIX_PATH", PSA_QGIS_PREFIX );
  const QString profile = QDir::tempPath() + QStringLiteral( "/psa-bench-processing-routes" );
  QDir().mkpath( profile );
  QgsApplication app( argc, argv, false, profile );
  QgsApplication::init( profile );
  QgsApplication::initQgis();
  const int runs = argc > 1 ? std::max( 3, atoi( argv[1] ) ) : 21;

  SeaLaneRoutesAlgorithm algorithm( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes" ) );
  algorithm.initAlgorithm();
  QgsProject project;
  // 8 Latin American and Caribbean origins to 10 European ports, taken from the network's ports
  const QStringList codes = SeaLaneNetworkCache::network( algorithm.seaLanesFolder() )->portCodes();
  const auto firstOf = [&codes]( const QStringList &countries, int count ) {
    QStringList chosen;
    for ( const QString &code : codes )
    {
      if ( chosen.size() < count && countries.contains( code.left( 2 ) ) )
        chosen << code;
    }
    return chosen;
  };
  const QStringList origins = firstOf( { QStringLiteral( "BR" ), QStringLiteral( "CO" ), QStringLiteral( "EC" ),
                                         QStringLiteral( "JM" ), QStringLiteral( "DO" ), QStringLiteral( "VE" ) },
                                       8 );
  const QStringList destinations = firstOf( { QStringLiteral( "BE" ), QStringLiteral( "NL" ), QStringLiteral( "DE" ),
                                              QStringLiteral( "ES" ), QStringLiteral( "PL" ), QStringLiteral( "SE" ) },
                                            10 );
  if ( origins.size() * destinations.size() != 80 )
  {
    fprintf( stderr, "bench_processing_routes: the network has too few ports\n" );
    return 1;
  }
  QgsVectorLayer *onePair = odTable( project, origins.mid( 0, 1 ), destinations.mid( 0, 1 ) );
  QgsVectorLayer *eightyPairs = odTable( project, origins, destinations );

  medianRunMs( algorithm, project, onePair, 1, false ); // the session's first call reads the network
  const double oneWarm = medianRunMs( algorithm, project, onePair, runs, false );
  const double eightyWarm = medianRunMs( algorithm, project, eightyPairs, runs, false );
  const int coldRuns = std::max( 3, runs / 4 );
  const double oneCold = medianRunMs( algorithm, project, onePair, coldRuns, true );
  const double eightyCold = medianRunMs( algorithm, project, eightyPairs, coldRuns, true );
  printf( "Sea-lane routes in Processing (algorithm run, OD table by UN/LOCODE), median ms\n" );
  printf( "                 network cached   network read each call   ratio   target\n" );
  printf( "1 pair           %10.1f       %10.1f               %5.1fx   <= 10 ms: %s\n", oneWarm, oneCold,
          oneCold / oneWarm, oneWarm <= 10 ? "met" : "MISSED" );
  printf( "80 pairs         %10.1f       %10.1f               %5.1fx   <= 30 ms: %s\n", eightyWarm, eightyCold,
          eightyCold / eightyWarm, eightyWarm <= 30 ? "met" : "MISSED" );
  printf( "(%d runs cached, %d read each call; the read includes QGIS's world map as land)\n", runs, coldRuns );
  QgsApplication::exitQgis();
  return 0;
}
