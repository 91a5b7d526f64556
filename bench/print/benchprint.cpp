/***************************************************************************
  benchprint.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// Map prints on the shipped data, as the panel's Print… and `port-seizure-atlas print` make them:
// the A4 template refreshed for a filter and exported at 300 dpi to PDF and to PNG, and the
// atlas of all ports with figures (every year) to one PDF. The baseline, timed in the same
// process, is plain QGIS: a layout holding only one map of the same layers at the same size,
// exported with QgsLayoutExporter to PDF, so the ratio shows what the template (legend, labels,
// overview, source list) and the plugin's safe write add.
#include "atlasfilter.h"
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasprintexporter.h"
#include "atlasprintlayout.h"
#include "benchstatistics.h"
#include "headlessqgis.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <qgsapplication.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

int main( int argc, char *argv[] )
{
  HeadlessQgis qgis( argc, argv );
  const int runs = argc > 1 ? std::max( 1, atoi( argv[1] ) ) : 5;
  QTemporaryDir output;
  {
    QgsProject &project = *QgsProject::instance();
    AtlasLayerSet::addToProject( &project, QStringLiteral( PSA_DATA_GPKG ) );
    AtlasFilterController controller( &project );
    AtlasFilter filter;
    filter.setYears( 2023, 2023 );
    controller.setFilter( filter );
    QString error;
    PrintOptions options;
    QgsPrintLayout *layout = AtlasPrintLayout::createOrRefresh( &project, options, &error );
    if ( !layout )
    {
      std::fprintf( stderr, "%s\n", qPrintable( error ) );
      return 1;
    }
    auto exportTo = [&]( QgsPrintLayout *print, const QString &name, const PrintOptions &printOptions ) {
      if ( !AtlasPrintExporter::exportLayout( print, output.filePath( name ), printOptions, nullptr, &error ) )
        std::fprintf( stderr, "%s\n", qPrintable( error ) );
    };

    const double pdf = BenchStatistics::medianMs( runs, [&] {
      AtlasPrintLayout::refresh( layout, &project, options );
      exportTo( layout, QStringLiteral( "a4.pdf" ), options );
    } );
    const double png = BenchStatistics::medianMs( runs, [&] {
      AtlasPrintLayout::refresh( layout, &project, options );
      exportTo( layout, QStringLiteral( "a4.png" ), options );
    } );

    QgsPrintLayout plain( &project );
    plain.initializeDefaults();
    plain.pageCollection()->page( 0 )->setPageSize( QgsLayoutSize( 297, 210 ) );
    auto *map = new QgsLayoutItemMap( &plain );
    plain.addLayoutItem( map );
    map->attemptMove( QgsLayoutPoint( 10, 26 ) );
    map->attemptResize( QgsLayoutSize( 200, 160 ) );
    map->setCrs( project.crs() );
    map->setExtent(
        qobject_cast<QgsLayoutItemMap *>( layout->itemById( QStringLiteral( "psa-main-map" ) ) )->extent() );
    const double baseline = BenchStatistics::medianMs( runs, [&] {
      QgsLayoutExporter exporter( &plain );
      QgsLayoutExporter::PdfExportSettings settings;
      settings.dpi = 300;
      exporter.exportToPdf( output.filePath( QStringLiteral( "plain.pdf" ) ), settings );
    } );

    filter.setYears( 0, 0 );
    controller.setFilter( filter );
    PrintOptions atlasOptions;
    atlasOptions.atlas = PrintOptions::Atlas::Port;
    const double atlas = BenchStatistics::medianMs( std::max( 1, runs / 2 ), [&] {
      AtlasPrintLayout::refresh( layout, &project, atlasOptions );
      exportTo( layout, QStringLiteral( "atlas.pdf" ), atlasOptions );
    } );
    const int pages = AtlasPrintLayout::atlasPageCount( layout );

    std::printf( "A4 landscape, 2023, all countries, 300 dpi (median of %d runs)\n", runs );
    std::printf( "  PDF (vector), template refreshed + safe write: %8.0f ms   (target: under 2000 ms)\n", pdf );
    std::printf( "  PNG, template refreshed + safe write:          %8.0f ms\n", png );
    std::printf( "  baseline: plain QGIS layout, one map, to PDF:  %8.0f ms\n", baseline );
    std::printf( "  ratio PDF / baseline: %.2f x\n", baseline > 0 ? pdf / baseline : 0.0 );
    std::printf( "Atlas of all ports with figures (all years), %d pages, 300 dpi PDF: %.0f ms (%.0f ms per page)\n",
                 pages, atlas, pages ? atlas / pages : 0.0 );
    project.clear();
  }
  return 0;
}
