/***************************************************************************
  makeprinttemplates.cpp — writes resources/print/a4-landscape.qpt and a3-landscape.qpt
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// The print templates are ordinary QGIS layouts committed as .qpt files, so they open and can be
// edited in QGIS's layout designer. This program draws them with the QGIS API, at one set of
// proportions scaled to each paper. Run it after changing the design:
//   build/output/bin/psa-make-print-templates resources/print
#include "headlessqgis.h"
#include "printlayoutitems.h"

#include <QDir>
#include <QTextStream>
#include <qgsapplication.h>
#include <qgscoordinatereferencesystem.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemmapoverview.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgstextformat.h>
#include <qgsunittypes.h>

namespace
{
  //! Positions are designed for A4 landscape (297 × 210 mm) and scaled by this factor.
  struct Sheet
  {
      QString name;
      double width;
      double height;
      double scale() const { return width / 297.0; }
      QgsLayoutPoint at( double x, double y ) const { return QgsLayoutPoint( x * scale(), y * scale(), QgsUnitTypes::LayoutMillimeters ); }
      QgsLayoutSize size( double w, double h ) const { return QgsLayoutSize( w * scale(), h * scale(), QgsUnitTypes::LayoutMillimeters ); }
  };

  QFont font( const Sheet &sheet, double points, bool bold = false )
  {
    QFont f( QStringLiteral( "DejaVu Sans" ) );
    f.setPointSizeF( points * sheet.scale() );
    f.setBold( bold );
    return f;
  }

  QgsLayoutItemLabel *addLabel( QgsPrintLayout &layout, const Sheet &sheet, const QString &id, const QString &text, QRectF box, double points, bool bold = false )
  {
    auto *label = new QgsLayoutItemLabel( &layout );
    label->setId( id );
    label->setText( text );
    label->setFont( font( sheet, points, bold ) );
    label->setFontColor( QColor( 30, 30, 30 ) );
    label->setHAlign( Qt::AlignLeft );
    label->setVAlign( Qt::AlignTop );
    label->setMarginX( 0 );
    label->setMarginY( 0 );
    layout.addLayoutItem( label );
    label->attemptMove( sheet.at( box.x(), box.y() ) );
    label->attemptResize( sheet.size( box.width(), box.height() ) );
    return label;
  }

  bool writeTemplate( const Sheet &sheet, const QString &folder, QString *error )
  {
    QgsProject project;
    QgsPrintLayout layout( &project );
    layout.initializeDefaults();
    layout.setName( QStringLiteral( "Port Seizure Atlas (%1)" ).arg( sheet.name ) );
    layout.pageCollection()->page( 0 )->setPageSize( QgsLayoutSize( sheet.width, sheet.height, QgsUnitTypes::LayoutMillimeters ) );

    addLabel( layout, sheet, PrintLayoutItems::TITLE,
              PrintLayoutItems::FILTER_TITLE_TEXT,
              QRectF( 10, 7, 277, 10 ), 17, true );
    addLabel( layout, sheet, PrintLayoutItems::SUBTITLE,
              PrintLayoutItems::PUBLISHED_SUBTITLE_TEXT,
              QRectF( 10, 18, 277, 6 ), 8 );

    auto *map = new QgsLayoutItemMap( &layout );
    map->setId( PrintLayoutItems::MAIN_MAP );
    map->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "ESRI:54030" ) ) );
    map->setFrameEnabled( true );
    map->setBackgroundColor( QColor( 214, 230, 242 ) );
    layout.addLayoutItem( map );
    map->attemptMove( sheet.at( 10, 26 ) );
    map->attemptResize( sheet.size( 200, 160 ) );
    map->setExtent( QgsRectangle( -8500000, -1000000, 3500000, 8600000 ) );

    auto *overview = new QgsLayoutItemMap( &layout );
    overview->setId( PrintLayoutItems::OVERVIEW_MAP );
    overview->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "ESRI:54030" ) ) );
    overview->setFrameEnabled( true );
    overview->setBackgroundColor( QColor( 214, 230, 242 ) );
    layout.addLayoutItem( overview );
    overview->attemptMove( sheet.at( 12, 150 ) );
    overview->attemptResize( sheet.size( 56, 34 ) );
    overview->setExtent( QgsRectangle( -16000000, -6000000, 16000000, 8500000 ) );
    overview->overview()->setLinkedMap( map );
    overview->overview()->setEnabled( true );

    auto *arrow = new QgsLayoutItemPicture( &layout );
    arrow->setId( PrintLayoutItems::NORTH_ARROW );
    arrow->setPicturePath( QStringLiteral( "arrows/NorthArrow_02.svg" ), QgsLayoutItemPicture::FormatSVG );
    arrow->setLinkedMap( map );
    layout.addLayoutItem( arrow );
    arrow->attemptMove( sheet.at( 199, 28 ) );
    arrow->attemptResize( sheet.size( 9, 12 ) );

    auto *scaleBar = new QgsLayoutItemScaleBar( &layout );
    scaleBar->setId( PrintLayoutItems::SCALE_BAR );
    scaleBar->setStyle( QStringLiteral( "Single Box" ) );
    scaleBar->setLinkedMap( map );
    scaleBar->setUnits( QgsUnitTypes::DistanceKilometers );
    scaleBar->setUnitLabel( QStringLiteral( "km" ) );
    scaleBar->setNumberOfSegments( 2 );
    scaleBar->setNumberOfSegmentsLeft( 0 );
    // The map zooms to each selection: segments fit a width range instead of a fixed distance.
    scaleBar->setSegmentSizeMode( QgsScaleBarSettings::SegmentSizeFitWidth );
    scaleBar->setMinimumBarWidth( 15 * sheet.scale() );
    scaleBar->setMaximumBarWidth( 30 * sheet.scale() );
    scaleBar->setHeight( 2 * sheet.scale() );
    QgsTextFormat scaleFormat;
    scaleFormat.setFont( font( sheet, 7 ) );
    scaleFormat.setSize( 7 * sheet.scale() );
    scaleBar->setTextFormat( scaleFormat );
    layout.addLayoutItem( scaleBar );
    scaleBar->attemptMove( sheet.at( 10, 188 ) );

    auto *legend = new QgsLayoutItemLegend( &layout );
    legend->setId( PrintLayoutItems::LEGEND );
    legend->setTitle( QStringLiteral( "Legend" ) );
    legend->setLinkedMap( map );
    legend->setLegendFilterByMapEnabled( true );
    legend->setStyleFont( QgsLegendStyle::Title, font( sheet, 9, true ) );
    legend->setStyleFont( QgsLegendStyle::Group, font( sheet, 8, true ) );
    legend->setStyleFont( QgsLegendStyle::Subgroup, font( sheet, 7.5, true ) );
    legend->setStyleFont( QgsLegendStyle::SymbolLabel, font( sheet, 7 ) );
    legend->setSymbolWidth( 6 * sheet.scale() );
    legend->setSymbolHeight( 3.5 * sheet.scale() );
    legend->setResizeToContents( false );
    layout.addLayoutItem( legend );
    legend->attemptMove( sheet.at( 215, 26 ) );
    legend->attemptResize( sheet.size( 72, 78 ) );

    addLabel( layout, sheet, PrintLayoutItems::SOURCES, QStringLiteral( "Sources" ), QRectF( 215, 106, 72, 76 ), 5.5 );
    addLabel( layout, sheet, PrintLayoutItems::DATA_DATE, QStringLiteral( "Data" ), QRectF( 215, 183, 72, 6 ), 6.5 );
    addLabel( layout, sheet, PrintLayoutItems::CREDITS,
              QStringLiteral( "Basemap: Natural Earth (public domain), from QGIS's world map. Sea lanes: Eurostat SeaRoute "
                              "network, EUPL-1.2. Figures: the sources listed. Made with QGIS and Port Seizure Atlas." ),
              QRectF( 10, 199, 277, 5 ), 6.5 );

    const QString path = QDir( folder ).filePath( QStringLiteral( "%1-landscape.qpt" ).arg( sheet.name.toLower() ) );
    if ( !layout.saveAsTemplate( path, QgsReadWriteContext() ) )
    {
      *error = QStringLiteral( "cannot write %1" ).arg( path );
      return false;
    }
    QTextStream( stdout ) << "wrote " << path << Qt::endl;
    return true;
  }
} // namespace

int main( int argc, char *argv[] )
{
  HeadlessQgis qgis( argc, argv );
  if ( argc != 2 )
  {
    QTextStream( stderr ) << "Usage: psa-make-print-templates OUTPUT_FOLDER" << Qt::endl;
    return 2;
  }
  QString error;
  for ( const Sheet &sheet : { Sheet{ QStringLiteral( "A4" ), 297, 210 }, Sheet{ QStringLiteral( "A3" ), 420, 297 } } )
  {
    if ( !writeTemplate( sheet, QString::fromLocal8Bit( argv[1] ), &error ) )
    {
      QTextStream( stderr ) << "psa-make-print-templates: " << error << Qt::endl;
      return 1;
    }
  }
  return 0;
}
