/***************************************************************************
  benchpanel.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// Filter change → every plugin layer updated: AtlasFilterController::setFilter() on the shipped
// GeoPackage, cycling through year and country filters, then counting the ports (so the provider
// really re-queried) and evaluating every port's symbol size. The baseline, timed in the same
// process, is one setSubsetString() plus a feature count on the ports layer alone.
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasresources.h"

#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <qgsapplication.h>
#include <qgsexpressioncontextutils.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  double median( std::vector<double> values )
  {
    std::sort( values.begin(), values.end() );
    return values.empty() ? 0 : values[values.size() / 2];
  }

  //! Reads every port with its selected tonnes, as a renderer would.
  double touchPorts( QgsVectorLayer *ports )
  {
    double sum = 0;
    QgsFeature feature;
    QgsFeatureIterator it = ports->getFeatures();
    while ( it.nextFeature( feature ) )
      sum += feature.attribute( AtlasLayerSet::SELECTED_TONNES_FIELD ).toDouble();
    return sum;
  }
} // namespace

int main( int argc, char *argv[] )
{
  const QString profile = QDir::tempPath() + QStringLiteral( "/psa-bench-panel" );
  QDir().mkpath( profile );
  QgsApplication app( argc, argv, false, profile );
  QgsApplication::init( profile );
  QgsApplication::initQgis();
  initAtlasResources();
  const int runs = argc > 1 ? std::max( 1, atoi( argv[1] ) ) : 200;
  {
    QgsProject *project = QgsProject::instance();
    AtlasLayerSet::addToProject( project, QStringLiteral( PSA_DATA_GPKG ) );
    QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) );
    AtlasFilterController controller( project );

    std::vector<AtlasFilter> filters;
    for ( int year = 2017; year <= 2024; ++year )
    {
      AtlasFilter filter;
      filter.setYears( year, year );
      filters.push_back( filter );
      filter.setDestinationCountries( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } );
      filters.push_back( filter );
    }
    std::vector<double> filterTimes;
    std::vector<double> baselineTimes;
    std::vector<double> applyTimes;
    double checksum = 0;
    QElapsedTimer timer;
    for ( int i = 0; i < runs; ++i )
    {
      const AtlasFilter &filter = filters[i % filters.size()];
      timer.start();
      controller.setFilter( filter );
      applyTimes.push_back( timer.nsecsElapsed() / 1e6 );
      checksum += touchPorts( ports );
      filterTimes.push_back( timer.nsecsElapsed() / 1e6 );

      timer.start();
      ports->setSubsetString( filter.subsetString( QStringLiteral( "ports" ) ) + ( i % 2 ? QStringLiteral( " OR 0" ) : QString() ) );
      checksum += static_cast<double>( ports->featureCount() );
      baselineTimes.push_back( timer.nsecsElapsed() / 1e6 );
    }
    const double filterMedian = median( filterTimes );
    const double baselineMedian = median( baselineTimes );
    std::printf( "filter change, all layers updated + port sizes read: median %.2f ms over %d runs\n", filterMedian, runs );
    std::printf( "  of which setFilter() (subset strings, variables):  median %.2f ms\n", median( applyTimes ) );
    std::printf( "baseline (one setSubsetString + count on ports):     median %.2f ms\n", baselineMedian );
    std::printf( "ratio: %.1f x   (target: median under 20 ms)   checksum %.1f\n", baselineMedian > 0 ? filterMedian / baselineMedian : 0.0, checksum );
  }
  QgsApplication::exitQgis();
  return 0;
}
