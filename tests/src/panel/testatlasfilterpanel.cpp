/***************************************************************************
  testatlasfilterpanel.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfiltercontroller.h"
#include "atlasfilterpanel.h"
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "atlasyearchart.h"
#include "gpkgreference.h"
#include "imagecomparison.h"
#include "qgistestmain.h"
#include "readonlygeopackagesource.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <memory>
#include <qgscollapsiblegroupbox.h>
#include <qgsexpressioncontextutils.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

/**
 * \brief The filter panel driven like an analyst does: keyboard and mouse on the real widgets,
 * checked against the layers' filters and the GeoPackage read directly.
 */
class TestAtlasFilterPanel : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offersOnlyYearsWithData();
    void typingAYearAndACountryFiltersEveryLayer();
    void summaryMatchesTheGeoPackage();
    void originFilterSaysPortsAreAllOriginsAndListsRoutes();
    void clickingABarSelectsItsYear();
    void playStepsThroughTheYears();
    void resetShowsEverything();
    void openedProjectShowsItsFilter();
    void removingLayersDisablesThePanel();
    void mapAfterFilterRendersAsReference();
    void chartIsReadableInADarkTheme();
    void tabReachesEveryControlInOrder();

  private:
    template <class T> T *child( const QString &name ) const
    {
      T *widget = mPanel->findChild<T *>( name );
      if ( !widget )
        qWarning( "no widget %s", qPrintable( name ) );
      return widget;
    }
    static QgsVectorLayer *layer( const QString &table )
    {
      return AtlasLayerSet::findLayer( QgsProject::instance(), table );
    }
    void checkCountry( const QString &prefix, const QString &search );

    std::unique_ptr<AtlasFilterController> mController;
    std::unique_ptr<AtlasFilterPanel> mPanel;
};

void TestAtlasFilterPanel::initTestCase()
{
  initAtlasResources();
  QVERIFY( QFileInfo::exists( QStringLiteral( PSA_DATA_GPKG ) ) );
}

void TestAtlasFilterPanel::init()
{
  QgsProject::instance()->clear();
  AtlasLayerSet::addToProject( QgsProject::instance(), QStringLiteral( PSA_DATA_GPKG ) );
  mController = std::make_unique<AtlasFilterController>( QgsProject::instance() );
  mPanel = std::make_unique<AtlasFilterPanel>( mController.get() );
  mPanel->resize( 360, 900 );
  mPanel->show();
  QVERIFY( QTest::qWaitForWindowExposed( mPanel.get() ) );
  mPanel->activateWindow();
  QVERIFY( QTest::qWaitForWindowActive( mPanel.get() ) );
}

void TestAtlasFilterPanel::cleanup()
{
  mPanel.reset();
  mController.reset();
}

void TestAtlasFilterPanel::checkCountry( const QString &prefix, const QString &search )
{
  child<QgsCollapsibleGroupBox>( prefix + QStringLiteral( "Box" ) )
      ->setCollapsed( false ); // as a click on its fold button
  QLineEdit *searchBox = child<QLineEdit>( prefix + QStringLiteral( "Search" ) );
  QListWidget *list = child<QListWidget>( prefix + QStringLiteral( "List" ) );
  searchBox->clear();
  QTest::keyClicks( searchBox, search );
  QListWidgetItem *visible = nullptr;
  for ( int row = 0; row < list->count(); ++row )
  {
    if ( !list->item( row )->isHidden() )
    {
      QVERIFY2( !visible, qPrintable( QStringLiteral( "more than one country matches %1" ).arg( search ) ) );
      visible = list->item( row );
    }
  }
  QVERIFY2( visible, qPrintable( search ) );
  QTest::mouseClick( list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect( visible ).center() );
  QCOMPARE( list->currentItem(), visible );
  QTest::keyClick( list, Qt::Key_Space );
  QCOMPARE( visible->checkState(), Qt::Checked );
  searchBox->clear();
}

void TestAtlasFilterPanel::offersOnlyYearsWithData()
{
  QComboBox *from = child<QComboBox>( QStringLiteral( "yearFromCombo" ) );
  QStringList offered;
  for ( int i = 1; i < from->count(); ++i )
    offered << from->itemText( i );
  QStringList expected;
  for ( int year = 1990; year <= 2030; ++year )
  {
    if ( GpkgReference::count( QStringLiteral( "seizure_figures" ), QStringLiteral( "year = %1" ).arg( year ) ) +
             GpkgReference::count( QStringLiteral( "inbound_routes" ), QStringLiteral( "year = %1" ).arg( year ) ) >
         0 )
      expected << QString::number( year );
  }
  QCOMPARE( offered, expected );
  QCOMPARE( from->itemData( 0 ).toInt(), 0 ); // "Any"
}

void TestAtlasFilterPanel::typingAYearAndACountryFiltersEveryLayer()
{
  QComboBox *from = child<QComboBox>( QStringLiteral( "yearFromCombo" ) );
  QComboBox *to = child<QComboBox>( QStringLiteral( "yearToCombo" ) );
  from->setFocus();
  QTest::keyClicks( from, QStringLiteral( "2022" ) );
  QCOMPARE( from->currentText(), QStringLiteral( "2022" ) );
  QTest::keyClicks( to, QStringLiteral( "2022" ) );
  QCOMPARE( to->currentText(), QStringLiteral( "2022" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "Belg" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "(NL)" ) );
  // Debounced: nothing applied yet, then all layers at once.
  QCOMPARE( layer( QStringLiteral( "seizure_figures" ) )->subsetString(), QString() );
  AtlasFilter expected;
  expected.setYears( 2022, 2022 );
  expected.setDestinationCountries( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } );
  QTRY_COMPARE( mController->filter(), expected );
  for ( const QString &table : QStringList{ "ports", "inbound_routes", "national_totals", "seizure_figures" } )
    QCOMPARE( layer( table )->subsetString(), expected.subsetString( table ) );
  QCOMPARE( GpkgReference::countFeatures( layer( QStringLiteral( "national_totals" ) ) ),
            GpkgReference::count( QStringLiteral( "national_totals" ),
                                  QStringLiteral( "year = 2022 AND country_iso2 IN ('BE','NL')" ) ) );

  checkCountry( QStringLiteral( "origin" ), QStringLiteral( "Ecuador" ) );
  QTRY_VERIFY( layer( QStringLiteral( "inbound_routes" ) )
                   ->subsetString()
                   .contains( QLatin1String( "\"origin_country_iso2\" IN ('EC')" ) ) );
}

void TestAtlasFilterPanel::summaryMatchesTheGeoPackage()
{
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearFromCombo" ) ), QStringLiteral( "2022" ) );
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearToCombo" ) ), QStringLiteral( "2022" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "Belg" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "(NL)" ) );
  QTRY_COMPARE( mController->filter().yearFrom(), 2022 );
  QTRY_COMPARE( mController->filter().destinationCountries().size(), 2 );

  const QLocale locale;
  const double total =
      GpkgReference::portTonnes( QStringLiteral( "year = 2022 AND country_iso2 IN ('BE','NL')" ) ).toDouble();
  QVERIFY( total > 0 );
  QLabel *totalLabel = child<QLabel>( QStringLiteral( "totalLabel" ) );
  QVERIFY2( totalLabel->text().contains( locale.toString( total, 'f', 1 ) + QStringLiteral( " t" ) ),
            qPrintable( totalLabel->text() ) );

  QTableWidget *table = child<QTableWidget>( QStringLiteral( "topPortsTable" ) );
  QVERIFY( table->rowCount() >= 2 );
  QCOMPARE( table->item( 0, 0 )->text(), QStringLiteral( "Antwerp" ) );
  QCOMPARE(
      table->item( 0, 2 )->text(),
      locale.toString( GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'BEANR' AND year = 2022" ) ).toDouble(),
                       'f', 1 ) );
  const double change =
      GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'BEANR' AND year = 2022" ) ).toDouble() -
      GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'BEANR' AND year = 2021" ) ).toDouble();
  // Signed, with its unit: "+20.4 t", "−23.8 t".
  const QString sign = change > 0 ? QStringLiteral( "+" ) : QStringLiteral( "\u2212" );
  QCOMPARE( table->item( 0, 3 )->text(),
            sign + locale.toString( std::abs( change ), 'f', 1 ) + QStringLiteral( " t" ) );
  // The summary names what it covers.
  const QString selection = child<QLabel>( QStringLiteral( "selectionLabel" ) )->text();
  QVERIFY2( selection.contains( QLatin1String( "2022" ) ) && selection.contains( QLatin1String( "Belgium" ) ) &&
                selection.contains( QLatin1String( "Netherlands" ) ) &&
                selection.contains( QLatin1String( "all origins" ) ),
            qPrintable( selection ) );
  QgsVectorLayer figures(
      ReadOnlyGeoPackageSource::layerSource( QStringLiteral( PSA_DATA_GPKG ), QStringLiteral( "seizure_figures" ) ),
      QStringLiteral( "f" ), QStringLiteral( "ogr" ) );
  QgsFeature figure;
  QVERIFY( figures
               .getFeatures( QgsFeatureRequest().setFilterExpression(
                   QStringLiteral( "unlocodes = 'BEANR' AND year = 2022 AND scope = 'port' AND preferred" ) ) )
               .nextFeature( figure ) );
  QVERIFY2( table->item( 0, 2 )->toolTip().contains( figure.attribute( QStringLiteral( "source_title" ) ).toString() ),
            qPrintable( table->item( 0, 2 )->toolTip() ) );
  // Rotterdam second: ports sorted by tonnes.
  QCOMPARE( table->item( 1, 0 )->text(), QStringLiteral( "Rotterdam" ) );
}

void TestAtlasFilterPanel::originFilterSaysPortsAreAllOriginsAndListsRoutes()
{
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearFromCombo" ) ), QStringLiteral( "2021" ) );
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearToCombo" ) ), QStringLiteral( "2023" ) );
  checkCountry( QStringLiteral( "origin" ), QStringLiteral( "Ecuador" ) );
  QTRY_COMPARE( mController->filter().originCountries(), QStringList{ QStringLiteral( "EC" ) } );

  // Port totals are not split by origin: the panel says so, and the project variable the labels read is set.
  const QString total = child<QLabel>( QStringLiteral( "totalLabel" ) )->text();
  QVERIFY2( total.contains( QLatin1String( "all origins" ) ) &&
                total.contains( QLatin1String( "not split by origin" ) ),
            qPrintable( total ) );
  QCOMPARE(
      std::unique_ptr<QgsExpressionContextScope>( QgsExpressionContextUtils::projectScope( QgsProject::instance() ) )
          ->variable( QStringLiteral( "psa_origin_filter" ) )
          .toString(),
      QStringLiteral( "EC" ) );
  const QString selection = child<QLabel>( QStringLiteral( "selectionLabel" ) )->text();
  QVERIFY2( selection.contains( QStringLiteral( "2021–2023" ) ) && selection.contains( QLatin1String( "Ecuador" ) ),
            qPrintable( selection ) );

  // What is known per origin: the documented routes from Ecuador in 2021–2023, each with year and tonnes.
  QLabel *routes = child<QLabel>( QStringLiteral( "documentedRoutesLabel" ) );
  QVERIFY( routes->isVisible() );
  const int expected = static_cast<int>(
      GpkgReference::count( QStringLiteral( "inbound_routes" ),
                            QStringLiteral( "origin_country_iso2 = 'EC' AND year >= 2021 AND year <= 2023" ) ) );
  QVERIFY( expected > 0 );
  QCOMPARE( routes->text().count( QLatin1String( "<br>" ) ), expected );
  QVERIFY2( routes->text().contains( QLatin1String( "Documented routes from Ecuador" ) ) &&
                routes->text().contains( QLatin1String( "2021: " ) ),
            qPrintable( routes->text() ) );

  // Without an origin the routes list goes and the labels' variable is empty again.
  child<QPushButton>( QStringLiteral( "originNone" ) )->click();
  QTRY_VERIFY( mController->filter().originCountries().isEmpty() );
  QVERIFY( !routes->isVisible() );
  QCOMPARE(
      std::unique_ptr<QgsExpressionContextScope>( QgsExpressionContextUtils::projectScope( QgsProject::instance() ) )
          ->variable( QStringLiteral( "psa_origin_filter" ) )
          .toString(),
      QString() );
}

void TestAtlasFilterPanel::clickingABarSelectsItsYear()
{
  AtlasYearChart *chart = child<AtlasYearChart>( QStringLiteral( "yearChart" ) );
  const QRect bar = chart->barRect( 2019 );
  QVERIFY( bar.isValid() );
  QTest::mouseClick( chart, Qt::LeftButton, Qt::NoModifier, bar.center() );
  QCOMPARE( child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->currentText(), QStringLiteral( "2019" ) );
  QCOMPARE( child<QComboBox>( QStringLiteral( "yearToCombo" ) )->currentText(), QStringLiteral( "2019" ) );
  QTRY_COMPARE( layer( QStringLiteral( "seizure_figures" ) )->subsetString(), QStringLiteral( "\"year\" = 2019" ) );
  // Keyboard: focus the chart, move right, Enter.
  chart->setFocus();
  QTest::keyClick( chart, Qt::Key_Right );
  QTest::keyClick( chart, Qt::Key_Return );
  QTRY_COMPARE( layer( QStringLiteral( "seizure_figures" ) )->subsetString(), QStringLiteral( "\"year\" = 2020" ) );
}

void TestAtlasFilterPanel::playStepsThroughTheYears()
{
  mPanel->setPlayInterval( 20 );
  QToolButton *play = child<QToolButton>( QStringLiteral( "playButton" ) );
  QList<int> seen;
  connect( mController.get(), &AtlasFilterController::filterChanged, this,
           [&seen]( const AtlasFilter &filter ) { seen << filter.yearFrom(); } );
  QTest::mouseClick( play, Qt::LeftButton );
  QVERIFY( play->isChecked() );
  QTRY_VERIFY_WITH_TIMEOUT( !play->isChecked(), 5000 );
  const QList<int> years = mController->data().years();
  QCOMPARE( seen, years );
  QCOMPARE( layer( QStringLiteral( "seizure_figures" ) )->subsetString(),
            QStringLiteral( "\"year\" = %1" ).arg( years.last() ) );
}

void TestAtlasFilterPanel::resetShowsEverything()
{
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearFromCombo" ) ), QStringLiteral( "2020" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "Spain" ) );
  QTRY_VERIFY( !mController->filter().isEmpty() );
  // Alt+R is the reset button's shortcut (its mnemonic); the button is reached by mouse here.
  QToolButton *reset = child<QToolButton>( QStringLiteral( "resetButton" ) );
  QCOMPARE( QKeySequence::mnemonic( reset->text() ), QKeySequence( Qt::ALT | Qt::Key_R ) );
  QCOMPARE( QKeySequence::mnemonic( child<QToolButton>( QStringLiteral( "playButton" ) )->text() ),
            QKeySequence( Qt::ALT | Qt::Key_P ) );
  QTest::mouseClick( reset, Qt::LeftButton );
  QCOMPARE( mController->filter(), AtlasFilter() );
  for ( QgsVectorLayer *pluginLayer : mController->pluginLayers() )
    QCOMPARE( pluginLayer->subsetString(), QString() );
  QCOMPARE( child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->currentIndex(), 0 );
}

void TestAtlasFilterPanel::openedProjectShowsItsFilter()
{
  AtlasFilter saved;
  saved.setYears( 2018, 2021 );
  saved.setDestinationCountries( { QStringLiteral( "ES" ) } );
  mController->setFilter( saved );
  QTemporaryDir dir;
  const QString projectFile = dir.filePath( QStringLiteral( "spain.qgz" ) );
  QVERIFY( QgsProject::instance()->write( projectFile ) );
  QgsProject::instance()->clear();
  QVERIFY( !child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->isEnabled() );
  QVERIFY( QgsProject::instance()->read( projectFile ) );
  QTRY_VERIFY( child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->isEnabled() );
  QCOMPARE( child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->currentText(), QStringLiteral( "2018" ) );
  QCOMPARE( child<QComboBox>( QStringLiteral( "yearToCombo" ) )->currentText(), QStringLiteral( "2021" ) );
  QListWidget *list = child<QListWidget>( QStringLiteral( "destinationList" ) );
  QStringList checked;
  for ( int row = 0; row < list->count(); ++row )
  {
    if ( list->item( row )->checkState() == Qt::Checked )
      checked << list->item( row )->text();
  }
  QCOMPARE( checked, QStringList{ QStringLiteral( "Spain (ES)" ) } );
  QCOMPARE( mPanel->filterFromControls(), saved );
}

void TestAtlasFilterPanel::removingLayersDisablesThePanel()
{
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearFromCombo" ) ), QStringLiteral( "2021" ) );
  // Layers disappear while the debounce timer runs and while playing.
  for ( const AtlasLayerDefinition &definition : AtlasLayerSet::definitions() )
  {
    QgsProject::instance()->removeMapLayer( layer( definition.table ) );
    QTest::qWait( 20 );
  }
  QTest::qWait( AtlasFilterPanel::DEBOUNCE_MS * 2 );
  QVERIFY( !child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->isEnabled() );
  QVERIFY( child<QLabel>( QStringLiteral( "filterHintLabel" ) )->isVisible() );
  QTest::mouseClick( child<QToolButton>( QStringLiteral( "playButton" ) ), Qt::LeftButton );
  QVERIFY( !child<QToolButton>( QStringLiteral( "playButton" ) )->isChecked() );
  // Adding the layers again brings the controls back.
  AtlasLayerSet::addToProject( QgsProject::instance(), QStringLiteral( PSA_DATA_GPKG ) );
  QTRY_VERIFY( child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->isEnabled() );
}

void TestAtlasFilterPanel::mapAfterFilterRendersAsReference()
{
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearFromCombo" ) ), QStringLiteral( "2020" ) );
  QTest::keyClicks( child<QComboBox>( QStringLiteral( "yearToCombo" ) ), QStringLiteral( "2021" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "Belg" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "(NL)" ) );
  checkCountry( QStringLiteral( "destination" ), QStringLiteral( "Spain" ) );
  QTRY_COMPARE( mController->filter().destinationCountries().size(), 3 );

  QgsMapSettings settings;
  settings.setLayers( { layer( QStringLiteral( "ports" ) ), layer( QStringLiteral( "inbound_routes" ) ) } );
  settings.setDestinationCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3035" ) ) );
  settings.setOutputSize( QSize( 800, 640 ) );
  settings.setOutputDpi( 96 );
  settings.setBackgroundColor( Qt::white );
  settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
  settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
  QgsExpressionContext context;
  context << QgsExpressionContextUtils::globalScope()
          << QgsExpressionContextUtils::projectScope( QgsProject::instance() );
  settings.setExpressionContext( context );
  const QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                          settings.destinationCrs(), QgsProject::instance() );
  settings.setExtent( transform.transformBoundingBox( QgsRectangle( -12, 34, 12, 56 ) ) );
  QgsMapRendererSequentialJob job( settings );
  job.start();
  job.waitForFinished();
  const QString problem =
      ImageComparison::compare( job.renderedImage(), QStringLiteral( "panel_filter_2020_2021_be_nl_es" ), 12, 400,
                                QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/tests/render-artifacts" ) );
  QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
}

void TestAtlasFilterPanel::chartIsReadableInADarkTheme()
{
  // QGIS's "Night Mapping" theme: dark base, light text. The chart draws with palette roles only.
  QPalette dark = mPanel->palette();
  dark.setColor( QPalette::Base, QColor( 25, 25, 25 ) );
  dark.setColor( QPalette::Window, QColor( 40, 40, 40 ) );
  dark.setColor( QPalette::Text, QColor( 230, 230, 230 ) );
  dark.setColor( QPalette::WindowText, QColor( 230, 230, 230 ) );
  dark.setColor( QPalette::Highlight, QColor( 255, 170, 0 ) );
  mPanel->setPalette( dark );
  AtlasYearChart *chart = child<AtlasYearChart>( QStringLiteral( "yearChart" ) );
  chart->setFocus();
  QTest::keyClick( chart, Qt::Key_Return ); // first year: the others turn to the Mid colour
  const QImage image = chart->grab().toImage();
  QCOMPARE( image.pixelColor( 1, 1 ), dark.color( QPalette::Base ) );
  // The tallest bar (the year with most tonnes) reaches up to the plot's top; sample its middle.
  const QList<int> years = mController->data().years();
  const QRect first = chart->barRect( years.first() );
  bool highlightFound = false;
  for ( int y = first.top(); y < first.bottom() && !highlightFound; ++y )
    highlightFound = image.pixelColor( first.center().x(), y ) == dark.color( QPalette::Highlight );
  QVERIFY( highlightFound );
  bool lightText = false;
  for ( int x = 0; x < image.width() && !lightText; ++x )
  {
    for ( int y = image.height() - 12; y < image.height() && !lightText; ++y )
      lightText = image.pixelColor( x, y ).lightness() > 180;
  }
  QVERIFY2( lightText, "year labels must be drawn in the palette's light text colour" );
  mPanel->grab().save( QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/tests/render-artifacts/panel_dark.png" ) );
}

void TestAtlasFilterPanel::tabReachesEveryControlInOrder()
{
  // The origin section starts folded (its fold button is in the chain); open, its controls follow.
  QgsCollapsibleGroupBox *originBox = child<QgsCollapsibleGroupBox>( QStringLiteral( "originBox" ) );
  QVERIFY( originBox->isCollapsed() );
  originBox->setCollapsed( false );
  child<QComboBox>( QStringLiteral( "yearFromCombo" ) )->setFocus();
  QStringList visited{ QApplication::focusWidget()->objectName() };
  for ( int i = 0; i < 15; ++i )
  {
    QTest::keyClick( QApplication::focusWidget(), Qt::Key_Tab );
    visited << QApplication::focusWidget()->objectName();
  }
  // "collapseButton": the fold button of each country section.
  const QStringList expected{ "yearFromCombo",   "yearToCombo",       "playButton",      "resetButton",
                              "collapseButton",  "destinationSearch", "destinationList", "destinationAll",
                              "destinationNone", "collapseButton",    "originSearch",    "originList",
                              "originAll",       "originNone",        "yearChart",       "topPortsTable" };
  QCOMPARE( visited, expected );
}

PSA_QGIS_TEST_MAIN( TestAtlasFilterPanel )
#include "testatlasfilterpanel.moc"
