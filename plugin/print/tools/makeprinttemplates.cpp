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
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemmapoverview.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitempolyline.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemtexttable.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
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
      QgsLayoutPoint at( double x, double y ) const
      {
        return QgsLayoutPoint( x * scale(), y * scale(), QgsUnitTypes::LayoutMillimeters );
      }
      QgsLayoutSize size( double w, double h ) const
      {
        return QgsLayoutSize( w * scale(), h * scale(), QgsUnitTypes::LayoutMillimeters );
      }
  };

  QFont font( const Sheet &sheet, double points, bool bold = false )
  {
    QFont f( QStringLiteral( "DejaVu Sans" ) );
    f.setPointSizeF( points * sheet.scale() );
    f.setBold( bold );
    return f;
  }

  QgsLayoutItemLabel *addLabel( QgsPrintLayout &layout, const Sheet &sheet, const QString &id, const QString &text,
                                QRectF box, double points, bool bold = false )
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

  //! A map frame in the plugin's Robinson projection, on a sea-blue background.
  QgsLayoutItemMap *addMap( QgsPrintLayout &layout, const Sheet &sheet, const QString &id, QRectF box,
                            const QgsRectangle &extent )
  {
    auto *map = new QgsLayoutItemMap( &layout );
    map->setId( id );
    map->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "ESRI:54030" ) ) );
    map->setFrameEnabled( true );
    map->setBackgroundColor( QColor( 214, 230, 242 ) );
    layout.addLayoutItem( map );
    map->attemptMove( sheet.at( box.x(), box.y() ) );
    map->attemptResize( sheet.size( box.width(), box.height() ) );
    // setExtent() gives the frame the extent's shape: widen the extent to the frame's shape first.
    const double aspect = box.width() / box.height();
    const double width = std::max( extent.width(), extent.height() * aspect );
    const QgsPointXY centre = extent.center();
    map->setExtent( QgsRectangle( centre.x() - width / 2, centre.y() - width / aspect / 2, centre.x() + width / 2,
                                  centre.y() + width / aspect / 2 ) );
    return map;
  }

  //! A short grey line showing a route line style in the legend's key; hidden until the style is drawn.
  void addKeyLine( QgsPrintLayout &layout, const Sheet &sheet, const QString &id, const QString &labelId,
                   Qt::PenStyle style, const QString &text, double y )
  {
    QPolygonF points;
    points << QPointF( 0, 0 ) << QPointF( 8 * sheet.scale(), 0 );
    auto *line = new QgsLayoutItemPolyline( points, &layout );
    line->setId( id );
    auto *simple = new QgsSimpleLineSymbolLayer( QColor( 90, 90, 90 ), 0.45 * sheet.scale() );
    simple->setPenStyle( style );
    QgsLineSymbol symbol( QgsSymbolLayerList{ simple } );
    line->setSymbol( &symbol ); // copied
    layout.addLayoutItem( line );
    line->attemptMove( sheet.at( 184, y + 1.5 ) );
    line->setVisibility( false );
    QgsLayoutItemLabel *label = addLabel( layout, sheet, labelId, text, QRectF( 194, y, 93, 3.5 ), 6.5 );
    label->setVisibility( false );
  }

  bool writeTemplate( const Sheet &sheet, const QString &folder, QString *error )
  {
    QgsProject project;
    QgsPrintLayout layout( &project );
    layout.initializeDefaults();
    layout.setName( QStringLiteral( "Port Seizure Atlas (%1)" ).arg( sheet.name ) );
    layout.pageCollection()->page( 0 )->setPageSize(
        QgsLayoutSize( sheet.width, sheet.height, QgsUnitTypes::LayoutMillimeters ) );

    addLabel( layout, sheet, PrintLayoutItems::TITLE, PrintLayoutItems::FILTER_TITLE_TEXT, QRectF( 10, 7, 277, 9 ), 16,
              true );
    addLabel( layout, sheet, PrintLayoutItems::SUBTITLE, PrintLayoutItems::PUBLISHED_SUBTITLE_TEXT,
              QRectF( 10, 16.5, 277, 4.5 ), 7.5 );

    // Left: Europe's ports, large enough for neighbouring ports' labels. Right: the routes across
    // the Atlantic in a frame of their own (never over the main map's data), the legend, its
    // notes and, when they fit, the sources.
    QgsLayoutItemMap *map = addMap( layout, sheet, PrintLayoutItems::MAIN_MAP, QRectF( 10, 23, 170, 163 ),
                                    QgsRectangle( -1200000, 3900000, 2800000, 7000000 ) );
    addLabel( layout, sheet, PrintLayoutItems::OVERVIEW_CAPTION,
              QStringLiteral( "Inbound routes across the Atlantic (frame: the main map)" ), QRectF( 184, 23, 103, 4 ),
              7, true );
    QgsLayoutItemMap *overview = addMap( layout, sheet, PrintLayoutItems::OVERVIEW_MAP, QRectF( 184, 27.5, 103, 62 ),
                                         QgsRectangle( -9500000, -3500000, 3500000, 7000000 ) );
    overview->overview()->setLinkedMap( map );
    overview->overview()->setEnabled( true );
    // The main map's extent as an outline only: a fill would cover the routes' European ends.
    auto *outline = new QgsSimpleFillSymbolLayer( QColor( 0, 0, 0, 0 ), Qt::NoBrush, QColor( 200, 30, 50 ),
                                                  Qt::SolidLine, 0.4 * sheet.scale() );
    overview->overview()->setFrameSymbol( new QgsFillSymbol( QgsSymbolLayerList{ outline } ) );

    auto *legend = new QgsLayoutItemLegend( &layout );
    legend->setId( PrintLayoutItems::LEGEND );
    legend->setTitle( QString() );
    legend->setLinkedMap( map );
    legend->setLegendFilterByMapEnabled( true );
    legend->setStyleFont( QgsLegendStyle::Title, font( sheet, 8, true ) );
    legend->setStyleFont( QgsLegendStyle::Group, font( sheet, 7.5, true ) );
    legend->setStyleFont( QgsLegendStyle::Subgroup, font( sheet, 7, true ) );
    legend->setStyleFont( QgsLegendStyle::SymbolLabel, font( sheet, 6.5 ) );
    legend->setSymbolWidth( 6 * sheet.scale() );
    legend->setSymbolHeight( 3 * sheet.scale() );
    legend->setColumnCount( 2 );
    legend->setSplitLayer( true );
    legend->setBoxSpace( 1 * sheet.scale() );
    legend->setColumnSpace( 3 * sheet.scale() );
    legend->setResizeToContents( true );
    layout.addLayoutItem( legend );
    legend->attemptMove( sheet.at( 184, 92 ) );

    addLabel( layout, sheet, PrintLayoutItems::LEGEND_NOTE,
              QStringLiteral( "Circle area in proportion to tonnes a year." ), QRectF( 184, 150, 103, 7 ), 6.5 );
    addKeyLine( layout, sheet, PrintLayoutItems::KEY_DASHED, PrintLayoutItems::KEY_DASHED_LABEL, Qt::DashLine,
                QStringLiteral( "dashed route: tonnage unknown" ), 158 );
    addKeyLine( layout, sheet, PrintLayoutItems::KEY_DOTTED, PrintLayoutItems::KEY_DOTTED_LABEL, Qt::DotLine,
                QStringLiteral( "dotted route: origin port not published (assumed)" ), 162 );
    addLabel( layout, sheet, PrintLayoutItems::SOURCES, QStringLiteral( "Sources" ), QRectF( 184, 167, 103, 19 ), 6 );

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

    auto *arrow = new QgsLayoutItemPicture( &layout );
    arrow->setId( PrintLayoutItems::NORTH_ARROW );
    arrow->setPicturePath( QStringLiteral( "arrows/NorthArrow_02.svg" ), QgsLayoutItemPicture::FormatSVG );
    arrow->setLinkedMap( map );
    layout.addLayoutItem( arrow );
    arrow->attemptMove( sheet.at( 174, 187.5 ) );
    arrow->attemptResize( sheet.size( 6, 8 ) );

    addLabel( layout, sheet, PrintLayoutItems::DATA_DATE, QStringLiteral( "Data" ), QRectF( 184, 188, 103, 7.5 ), 6 );
    addLabel(
        layout, sheet, PrintLayoutItems::CREDITS,
        QStringLiteral( "Basemap: Natural Earth (public domain), from QGIS's world map. Sea lanes: Eurostat SeaRoute "
                        "network, EUPL-1.2. Figures: the sources listed. Made with QGIS and Port Seizure Atlas." ),
        QRectF( 10, 199, 277, 4 ), 6.5 );

    // A following page for the sources that do not fit on the map page; the table grows onto
    // more pages as needed, and the page is left out of the export while the table is empty.
    auto *page = new QgsLayoutItemPage( &layout );
    page->setPageSize( QgsLayoutSize( sheet.width, sheet.height, QgsUnitTypes::LayoutMillimeters ) );
    layout.pageCollection()->addPage( page );
    QgsLayoutItemLabel *heading =
        addLabel( layout, sheet, PrintLayoutItems::SOURCES_PAGE_TITLE,
                  QStringLiteral( "Sources of the figures and routes shown" ), QRectF( 10, 8, 277, 8 ), 12, true );
    heading->attemptMove( sheet.at( 10, 8 ), true, false, 1 );
    auto *table = new QgsLayoutItemTextTable( &layout );
    table->setHeaderMode( QgsLayoutTable::NoHeaders );
    table->setWrapBehavior( QgsLayoutTable::WrapText );
    table->setShowGrid( false );
    table->setCellMargin( 0.6 * sheet.scale() );
    QgsTextFormat cellFormat;
    cellFormat.setFont( font( sheet, 7 ) );
    cellFormat.setSize( 7 * sheet.scale() );
    cellFormat.setColor( QColor( 30, 30, 30 ) );
    table->setContentTextFormat( cellFormat );
    QgsLayoutTableColumn number;
    number.setWidth( 8 * sheet.scale() );
    number.setHAlignment( Qt::AlignRight );
    QgsLayoutTableColumn source;
    source.setWidth( 265 * sheet.scale() );
    table->setColumns( { number, source } );
    // Each further page repeats the frame where it stands on the first sources page (below its heading,
    // inside the margins); ExtendToNextPage would start it at the very top edge of the page.
    table->setResizeMode( QgsLayoutMultiFrame::RepeatUntilFinished );
    layout.addMultiFrame( table );
    auto *frame = new QgsLayoutFrame( &layout, table );
    frame->setId( PrintLayoutItems::SOURCES_TABLE );
    frame->setHidePageIfEmpty( true );
    frame->attemptResize( sheet.size( 277, 182 ) );
    frame->attemptMove( sheet.at( 10, 19 ), true, false, 1 );
    table->addFrame( frame );

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
