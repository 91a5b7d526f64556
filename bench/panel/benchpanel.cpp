/***************************************************************************
  benchpanel.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// Filter change → every plugin layer updated, on the shipped GeoPackage: one step is
// AtlasFilterController::setFilter() (cycling through single years, with and without a country
// selection, so every filtered layer's subset string changes), then the legend count of every
// plugin layer (featureCount(), so each provider really re-queries) and the symbol size of every
// port as the ports style's renderer evaluates it. The baseline, timed in the same process right
// after each step, is one setSubsetString() plus a feature count on the ports layer alone.
// Prints medians and the ratio step / baseline. See README.md beside this file.
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "benchstatistics.h"

#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <qgsapplication.h>
#include <qgsexpressioncontextutils.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

namespace
{
  //! Processor time of this process so far (ms): unlike wall time, it does not count waiting for a core.
  double cpuMilliseconds()
  {
    return 1000.0 * static_cast<double>( std::clock() ) / CLOCKS_PER_SEC;
  }

  //! Evaluates the marker size of every port as the layer's renderer does; returns their sum (mm).
  double evaluatePortSizes( QgsVectorLayer *ports )
  {
    QgsRenderContext context;
    context.expressionContext().appendScopes( QgsExpressionContextUtils::globalProjectLayerScopes( ports ) );
    std::unique_ptr<QgsFeatureRenderer> renderer( ports->renderer()->clone() );
    renderer->startRender( context, ports->fields() );
    QgsFeatureRequest request;
    request.setSubsetOfAttributes( renderer->usedAttributes( context ), ports->fields() );
    double sum = 0;
    QgsFeature feature;
    QgsFeatureIterator it = ports->getFeatures( request );
    while ( it.nextFeature( feature ) )
    {
      context.expressionContext().setFeature( feature );
      for ( QgsSymbol *symbol : renderer->symbolsForFeature( feature, context ) )
      {
        if ( QgsMarkerSymbol *marker = dynamic_cast<QgsMarkerSymbol *>( symbol ) )
          sum += marker->dataDefinedSize().valueAsDouble( context.expressionContext(), marker->size() );
      }
    }
    renderer->stopRender( context );
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
    const QList<QgsVectorLayer *> layers = controller.pluginLayers();

    std::vector<AtlasFilter> filters;
    for ( int year = 2017; year <= 2024; ++year )
    {
      AtlasFilter filter;
      filter.setYears( year, year );
      filters.push_back( filter );
      filter.setDestinationCountries( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } );
      filters.push_back( filter );
    }
    std::vector<double> stepTimes;
    std::vector<double> stepCpuTimes;
    std::vector<double> setFilterTimes;
    std::vector<double> baselineTimes;
    double countChecksum = 0;
    double sizeChecksum = 0;
    QElapsedTimer timer;
    for ( int i = 0; i < runs; ++i )
    {
      const AtlasFilter &filter = filters[i % filters.size()];
      const double cpuStart = cpuMilliseconds();
      timer.start();
      controller.setFilter( filter );
      setFilterTimes.push_back( timer.nsecsElapsed() / 1e6 );
      for ( QgsVectorLayer *layer : layers )
        countChecksum += static_cast<double>( layer->featureCount() );
      sizeChecksum += evaluatePortSizes( ports );
      stepTimes.push_back( timer.nsecsElapsed() / 1e6 );
      stepCpuTimes.push_back( cpuMilliseconds() - cpuStart );

      // Baseline: the least a provider-side filter costs: the same rows under another subset
      // string (so the provider re-queries), counted. The next step sets the filter's own again.
      const QString ownSubset = filter.subsetString( QStringLiteral( "ports" ) );
      timer.start();
      ports->setSubsetString( ownSubset.isEmpty() ? QStringLiteral( "1" )
                                                  : QStringLiteral( "(%1) AND 1" ).arg( ownSubset ) );
      countChecksum += static_cast<double>( ports->featureCount() );
      baselineTimes.push_back( timer.nsecsElapsed() / 1e6 );
    }
    const double stepMedian = BenchStatistics::median( stepTimes );
    const double baselineMedian = BenchStatistics::median( baselineTimes );
    std::printf( "filter change, %d layers updated and counted, port sizes evaluated: median %.2f ms over %d runs\n",
                 static_cast<int>( layers.size() ), stepMedian, runs );
    std::printf( "  processor time of the same (not waiting for a core):          median %.2f ms\n",
                 BenchStatistics::median( stepCpuTimes ) );
    std::printf( "  of which setFilter() (subset strings, project variables):      median %.2f ms\n",
                 BenchStatistics::median( setFilterTimes ) );
    std::printf( "baseline (one setSubsetString + featureCount on ports):           median %.2f ms\n", baselineMedian );
    std::printf( "ratio: %.1f x   (target: median under 20 ms)\n",
                 baselineMedian > 0 ? stepMedian / baselineMedian : 0.0 );
    std::printf( "checksums: counts %.0f, port sizes %.1f mm\n", countChecksum, sizeChecksum );
  }
  QgsApplication::exitQgis();
  return 0;
}
