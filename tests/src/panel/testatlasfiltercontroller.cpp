/***************************************************************************
  testatlasfiltercontroller.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "gpkgreference.h"
#include "qgistestmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>
#include <qgsexpressioncontextutils.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>

/**
 * \brief AtlasFilterController: one filter applied to every plugin layer of a project, port sizes
 * for the selected years, project variables, saving and restoring, and layers that disappear.
 */
class TestAtlasFilterController : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void filterReachesEveryLayerAtTheProvider();
    void legendCountsFollowEveryFilterChange();
    void portTonnesFollowTheSelectedYears();
    void severalYearsKeepCirclesOnTheScaleOfOneYear();
    void mapTipDescribesTheYearsShown();
    void projectVariablesDescribeTheFilter();
    void countriesWithoutYearsAreNamed();
    void projectRoundTripRestoresTheFilter();
    void brokenSavedFilterFallsBackToNoFilter();
    void removingEachLayerWhileFilteringIsSafe();
    void renamedAndDuplicatedLayersFollow();
    void clearingTheProjectResetsTheFilter();
    void temporalControllerSeesCalendarYears();

  private:
    static AtlasFilter belgiumNetherlands2022();
    static QgsVectorLayer *layer( const QString &table )
    {
      return AtlasLayerSet::findLayer( QgsProject::instance(), table );
    }
    static QVariant selectedTonnes( const QString &unlocode );
    static QgsFeature port( const QString &unlocode );
    static double circleSize( const QString &unlocode );
    static QString mapTip( const QString &unlocode );
};

void TestAtlasFilterController::initTestCase()
{
  initAtlasResources();
  QVERIFY( QFileInfo::exists( QStringLiteral( PSA_DATA_GPKG ) ) );
}

void TestAtlasFilterController::init()
{
  QgsProject::instance()->clear();
  AtlasLayerSet::addToProject( QgsProject::instance(), QStringLiteral( PSA_DATA_GPKG ) );
}

AtlasFilter TestAtlasFilterController::belgiumNetherlands2022()
{
  AtlasFilter filter;
  filter.setYears( 2022, 2022 );
  filter.setDestinationCountries( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } );
  return filter;
}

QVariant TestAtlasFilterController::selectedTonnes( const QString &unlocode )
{
  QgsVectorLayer *ports = layer( QStringLiteral( "ports" ) );
  QgsFeature feature;
  if ( !ports
            ->getFeatures(
                QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"unlocode\" = '%1'" ).arg( unlocode ) ) )
            .nextFeature( feature ) )
    return QStringLiteral( "port %1 not shown" ).arg( unlocode );
  return feature.attribute( AtlasLayerSet::SELECTED_TONNES_FIELD );
}

QgsFeature TestAtlasFilterController::port( const QString &unlocode )
{
  QgsFeature feature;
  layer( QStringLiteral( "ports" ) )
      ->getFeatures(
          QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"unlocode\" = '%1'" ).arg( unlocode ) ) )
      .nextFeature( feature );
  return feature;
}

double TestAtlasFilterController::circleSize( const QString &unlocode )
{
  // The marker size the ports style draws the port with (mm), as the map renderer evaluates it.
  QgsVectorLayer *ports = layer( QStringLiteral( "ports" ) );
  const QgsFeature feature = port( unlocode );
  QgsRenderContext context;
  context.expressionContext().appendScopes( QgsExpressionContextUtils::globalProjectLayerScopes( ports ) );
  context.expressionContext().setFeature( feature );
  std::unique_ptr<QgsFeatureRenderer> renderer( ports->renderer()->clone() );
  renderer->startRender( context, ports->fields() );
  double size = -1;
  for ( QgsSymbol *symbol : renderer->symbolsForFeature( feature, context ) )
  {
    if ( QgsMarkerSymbol *marker = dynamic_cast<QgsMarkerSymbol *>( symbol ) )
      size = marker->dataDefinedSize().valueAsDouble( context.expressionContext(), marker->size() );
  }
  renderer->stopRender( context );
  return size;
}

QString TestAtlasFilterController::mapTip( const QString &unlocode )
{
  QgsVectorLayer *ports = layer( QStringLiteral( "ports" ) );
  QgsExpressionContext context( QgsExpressionContextUtils::globalProjectLayerScopes( ports ) );
  context.setFeature( port( unlocode ) );
  return QgsExpression::replaceExpressionText( ports->mapTipTemplate(), &context );
}

void TestAtlasFilterController::filterReachesEveryLayerAtTheProvider()
{
  AtlasFilterController controller( QgsProject::instance() );
  const AtlasFilter filter = belgiumNetherlands2022();
  controller.setFilter( filter );

  const QMap<QString, QString> expected = {
      { "ports", "(role = 'europe_destination' AND country_iso2 IN ('BE','NL')) OR role <> 'europe_destination'" },
      { "inbound_routes", "year = 2022 AND dest_country_iso2 IN ('BE','NL')" },
      { "national_totals", "year = 2022 AND country_iso2 IN ('BE','NL')" },
      { "seizure_figures", "year = 2022 AND country_iso2 IN ('BE','NL')" },
  };
  for ( auto it = expected.constBegin(); it != expected.constEnd(); ++it )
  {
    QgsVectorLayer *vectorLayer = layer( it.key() );
    QCOMPARE( vectorLayer->subsetString(), filter.subsetString( it.key() ) );
    // The provider itself returns fewer rows: attribute table, legend counts and prints agree.
    const long long reference = GpkgReference::count( it.key(), it.value() );
    QVERIFY2( reference > 0, qPrintable( it.key() ) );
    QCOMPARE( GpkgReference::countFeatures( vectorLayer ), reference );
  }
  QVERIFY( layer( QStringLiteral( "countries" ) ) );
  QCOMPARE( layer( QStringLiteral( "countries" ) )->subsetString(), QString() );

  controller.setFilter( AtlasFilter() );
  for ( auto it = expected.constBegin(); it != expected.constEnd(); ++it )
    QCOMPARE( GpkgReference::countFeatures( layer( it.key() ) ),
              GpkgReference::count( it.key(), QStringLiteral( "TRUE" ) ) );
}

void TestAtlasFilterController::legendCountsFollowEveryFilterChange()
{
  // Stepping through the years (as the Play button does) while the countries change too: after
  // every step the legend count (featureCount()) and the attribute table (the features returned)
  // of every filtered layer are those of the rows matching the step, never those of an earlier one.
  AtlasFilterController controller( QgsProject::instance() );
  const QString beNl = QStringLiteral( "country_iso2 IN ('BE','NL')" );
  for ( int year = 2018; year <= 2023; ++year )
  {
    for ( const bool onlyBelgiumNetherlands : { false, true } )
    {
      AtlasFilter filter;
      filter.setYears( year, year );
      if ( onlyBelgiumNetherlands )
        filter.setDestinationCountries( { QStringLiteral( "NL" ), QStringLiteral( "BE" ) } );
      controller.setFilter( filter );

      const QString inYear = QStringLiteral( "year = %1" ).arg( year );
      const QMap<QString, QString> expected = {
          { "ports",
            onlyBelgiumNetherlands
                ? QStringLiteral( "(role = 'europe_destination' AND %1) OR role <> 'europe_destination'" ).arg( beNl )
                : QStringLiteral( "TRUE" ) },
          { "inbound_routes",
            onlyBelgiumNetherlands ? QStringLiteral( "%1 AND dest_%2" ).arg( inYear, beNl ) : inYear },
          { "national_totals", onlyBelgiumNetherlands ? QStringLiteral( "%1 AND %2" ).arg( inYear, beNl ) : inYear },
          { "seizure_figures", onlyBelgiumNetherlands ? QStringLiteral( "%1 AND %2" ).arg( inYear, beNl ) : inYear },
      };
      for ( auto it = expected.constBegin(); it != expected.constEnd(); ++it )
      {
        const QString step = QStringLiteral( "%1, %2%3" )
                                 .arg( it.key() )
                                 .arg( year )
                                 .arg( onlyBelgiumNetherlands ? QStringLiteral( ", BE+NL" ) : QString() );
        const long long reference = GpkgReference::count( it.key(), it.value() );
        QgsVectorLayer *vectorLayer = layer( it.key() );
        QVERIFY2( vectorLayer->featureCount() == reference,
                  qPrintable( QStringLiteral( "%1: legend count %2, expected %3" )
                                  .arg( step )
                                  .arg( vectorLayer->featureCount() )
                                  .arg( reference ) ) );
        QVERIFY2( GpkgReference::countFeatures( vectorLayer ) == reference, qPrintable( step ) );
      }
    }
  }
}

void TestAtlasFilterController::portTonnesFollowTheSelectedYears()
{
  AtlasFilterController controller( QgsProject::instance() );
  // No year selected: the latest figure, as without the panel.
  QgsFeature antwerp;
  QVERIFY( layer( QStringLiteral( "ports" ) )
               ->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "unlocode = 'BEANR'" ) ) )
               .nextFeature( antwerp ) );
  QCOMPARE( antwerp.attribute( AtlasLayerSet::SELECTED_TONNES_FIELD ),
            antwerp.attribute( QStringLiteral( "latest_tonnes" ) ) );

  AtlasFilter filter;
  filter.setYears( 2020, 2021 );
  controller.setFilter( filter );
  QCOMPARE( selectedTonnes( QStringLiteral( "BEANR" ) ).toDouble(),
            GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'BEANR' AND year >= 2020 AND year <= 2021" ) )
                .toDouble() );
  QCOMPARE( selectedTonnes( QStringLiteral( "NLRTM" ) ).toDouble(),
            GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'NLRTM' AND year >= 2020 AND year <= 2021" ) )
                .toDouble() );
  // Barcelona has no cocaine port figure before 2023 and Felixstowe none at all: unknown, not 0.
  QVERIFY(
      GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'ESBCN' AND year >= 2020 AND year <= 2021" ) ).isNull() );
  QVERIFY( selectedTonnes( QStringLiteral( "ESBCN" ) ).isNull() );
  QVERIFY( selectedTonnes( QStringLiteral( "GBFXT" ) ).isNull() );

  filter.setYears( 2023, 2023 );
  controller.setFilter( filter );
  QCOMPARE( selectedTonnes( QStringLiteral( "ESBCN" ) ).toDouble(),
            GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'ESBCN' AND year = 2023" ) ).toDouble() );
}

void TestAtlasFilterController::severalYearsKeepCirclesOnTheScaleOfOneYear()
{
  // Antwerp and Rotterdam have a port figure in each of 2019, 2020 and 2021. Summed over the three
  // years their circles would be far larger than in any one year; drawn by tonnes per year shown,
  // each circle lies between its smallest and its largest single-year circle.
  for ( const QString &unlocode : { QStringLiteral( "BEANR" ), QStringLiteral( "NLRTM" ) } )
  {
    for ( int year = 2019; year <= 2021; ++year )
      QVERIFY2(
          !GpkgReference::portTonnes( QStringLiteral( "unlocodes = '%1' AND year = %2" ).arg( unlocode ).arg( year ) )
               .isNull(),
          qPrintable( unlocode ) );
  }
  AtlasFilterController controller( QgsProject::instance() );
  for ( const QString &unlocode : { QStringLiteral( "BEANR" ), QStringLiteral( "NLRTM" ) } )
  {
    QList<double> singleYears;
    for ( int year = 2019; year <= 2021; ++year )
    {
      AtlasFilter filter;
      filter.setYears( year, year );
      controller.setFilter( filter );
      singleYears << circleSize( unlocode );
    }
    AtlasFilter range;
    range.setYears( 2019, 2021 );
    controller.setFilter( range );
    const double severalYears = circleSize( unlocode );
    const QString sizes = QStringLiteral( "%1: single years %2, %3, %4 mm; 2019–2021 %5 mm" )
                              .arg( unlocode )
                              .arg( singleYears[0] )
                              .arg( singleYears[1] )
                              .arg( singleYears[2] )
                              .arg( severalYears );
    QVERIFY2( severalYears >= *std::min_element( singleYears.begin(), singleYears.end() ) - 1e-9, qPrintable( sizes ) );
    QVERIFY2( severalYears <= *std::max_element( singleYears.begin(), singleYears.end() ) + 1e-9, qPrintable( sizes ) );
    // The label still gives the sum over the years, with the years.
    QCOMPARE( selectedTonnes( unlocode ).toDouble(),
              GpkgReference::portTonnes(
                  QStringLiteral( "unlocodes = '%1' AND year >= 2019 AND year <= 2021" ).arg( unlocode ) )
                  .toDouble() );
  }
}

void TestAtlasFilterController::mapTipDescribesTheYearsShown()
{
  AtlasFilterController controller( QgsProject::instance() );
  QString tip = mapTip( QStringLiteral( "BEANR" ) );
  QVERIFY2( tip.contains(
                QStringLiteral( "in %1, the latest year with a figure" )
                    .arg( port( QStringLiteral( "BEANR" ) ).attribute( QStringLiteral( "latest_year" ) ).toInt() ) ),
            qPrintable( tip ) );

  AtlasFilter filter;
  filter.setYears( 2020, 2021 );
  controller.setFilter( filter );
  tip = mapTip( QStringLiteral( "BEANR" ) );
  const double sum =
      GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'BEANR' AND year >= 2020 AND year <= 2021" ) ).toDouble();
  QVERIFY2(
      tip.contains( QStringLiteral( "%1 t of cocaine seized in 2020–2021" ).arg( QLocale().toString( sum, 'f', 3 ) ) ),
      qPrintable( tip ) );
  // Every figure of these years stays listed with its source link, alternatives included.
  const long long figures = GpkgReference::count(
      QStringLiteral( "seizure_figures" ), QStringLiteral( "unlocodes = 'BEANR' AND year >= 2020 AND year <= 2021" ) );
  QVERIFY( figures >= 2 );
  QVERIFY2( tip.count( QLatin1String( "href=\"http" ) ) == figures, qPrintable( tip ) );

  // Barcelona has no port figure in 2020–2021: unknown, not 0.
  tip = mapTip( QStringLiteral( "ESBCN" ) );
  QVERIFY2( tip.contains( QStringLiteral( "No published port figure in 2020–2021." ) ), qPrintable( tip ) );
}

void TestAtlasFilterController::projectVariablesDescribeTheFilter()
{
  AtlasFilterController controller( QgsProject::instance() );
  controller.setFilter( belgiumNetherlands2022() );
  QgsExpressionContext context;
  context << QgsExpressionContextUtils::projectScope( QgsProject::instance() );
  QCOMPARE( context.variable( QStringLiteral( "psa_years_text" ) ).toString(), QStringLiteral( "2022" ) );
  QCOMPARE( context.variable( QStringLiteral( "psa_year_from" ) ).toInt(), 2022 );
  QCOMPARE( context.variable( QStringLiteral( "psa_year_to" ) ).toInt(), 2022 );
  QCOMPARE( context.variable( QStringLiteral( "psa_countries_text" ) ).toString(),
            QStringLiteral( "Belgium, Netherlands" ) );
  QCOMPARE( context.variable( QStringLiteral( "psa_years_summed" ) ).toInt(), 1 );
  AtlasFilter range;
  range.setYears( 2018, 2020 );
  controller.setFilter( range );
  context = QgsExpressionContext();
  context << QgsExpressionContextUtils::projectScope( QgsProject::instance() );
  QCOMPARE( context.variable( QStringLiteral( "psa_years_text" ) ).toString(), QStringLiteral( "2018–2020" ) );
  QCOMPARE( context.variable( QStringLiteral( "psa_countries_text" ) ).toString(), QStringLiteral( "all countries" ) );
  QCOMPARE( context.variable( QStringLiteral( "psa_years_summed" ) ).toInt(), 3 );
}

void TestAtlasFilterController::projectRoundTripRestoresTheFilter()
{
  QTemporaryDir dir;
  const QString projectFile = dir.filePath( QStringLiteral( "filtered.qgz" ) );
  const AtlasFilter filter = belgiumNetherlands2022();
  {
    AtlasFilterController controller( QgsProject::instance() );
    controller.setFilter( filter );
    QVERIFY( QgsProject::instance()->write( projectFile ) );
  }
  const QVariant antwerp2022 = GpkgReference::portTonnes( QStringLiteral( "unlocodes = 'BEANR' AND year = 2022" ) );

  // Opened without the plugin: the saved subset strings, variables and virtual field draw the same map.
  QgsProject::instance()->clear();
  QVERIFY( QgsProject::instance()->read( projectFile ) );
  QCOMPARE( layer( QStringLiteral( "seizure_figures" ) )->subsetString(),
            filter.subsetString( QStringLiteral( "seizure_figures" ) ) );
  QCOMPARE( selectedTonnes( QStringLiteral( "BEANR" ) ).toDouble(), antwerp2022.toDouble() );

  // Opened with the plugin running: the controller takes the saved filter back.
  AtlasFilterController controller( QgsProject::instance() );
  QSignalSpy changed( &controller, &AtlasFilterController::filterChanged );
  QgsProject::instance()->clear();
  QCOMPARE( controller.filter(), AtlasFilter() );
  QVERIFY( QgsProject::instance()->read( projectFile ) );
  QCOMPARE( controller.filter(), filter );
  QVERIFY( changed.size() >= 2 );
  QCOMPARE( changed.last().at( 0 ).value<AtlasFilter>(), filter );
  for ( const QString &table : QStringList{ "ports", "inbound_routes", "national_totals", "seizure_figures" } )
    QCOMPARE( layer( table )->subsetString(), filter.subsetString( table ) );
  QCOMPARE( selectedTonnes( QStringLiteral( "BEANR" ) ).toDouble(), antwerp2022.toDouble() );
  QVERIFY( !QgsProject::instance()->isDirty() );

  // A plugin started after the project was opened picks the filter up too.
  AtlasFilterController late( QgsProject::instance() );
  QCOMPARE( late.filter(), filter );
}

void TestAtlasFilterController::brokenSavedFilterFallsBackToNoFilter()
{
  QTemporaryDir dir;
  const QString projectFile = dir.filePath( QStringLiteral( "broken.qgz" ) );
  layer( QStringLiteral( "seizure_figures" ) )->setSubsetString( QStringLiteral( "\"year\" = 2017" ) );
  QgsProject::instance()->writeEntry( AtlasFilterController::PROJECT_SCOPE, AtlasFilterController::PROJECT_KEY,
                                      QStringLiteral( "psa-filter-1;years=soon" ) );
  QVERIFY( QgsProject::instance()->write( projectFile ) );
  QgsProject::instance()->clear();

  AtlasFilterController controller( QgsProject::instance() );
  QSignalSpy failed( &controller, &AtlasFilterController::restoreFailed );
  QVERIFY( QgsProject::instance()->read( projectFile ) );
  QCOMPARE( failed.size(), 1 );
  QVERIFY2( failed.first().at( 0 ).toString().contains( QLatin1String( "years=soon" ) ),
            qPrintable( failed.first().at( 0 ).toString() ) );
  QCOMPARE( controller.filter(), AtlasFilter() );
  QCOMPARE( layer( QStringLiteral( "seizure_figures" ) )->subsetString(), QString() );
}

void TestAtlasFilterController::removingEachLayerWhileFilteringIsSafe()
{
  for ( const AtlasLayerDefinition &definition : AtlasLayerSet::definitions() )
  {
    init();
    AtlasFilterController controller( QgsProject::instance() );
    controller.setFilter( belgiumNetherlands2022() );
    QSignalSpy layersChanged( &controller, &AtlasFilterController::layersChanged );
    QgsProject::instance()->removeMapLayer( layer( definition.table ) ); // deletes it
    QVERIFY( !layer( definition.table ) );
    QCOMPARE( layersChanged.size(), 1 );
    AtlasFilter other;
    other.setYears( 2019, 2021 );
    other.setOriginCountries( { QStringLiteral( "CO" ) } );
    controller.setFilter( other );
    for ( QgsVectorLayer *remaining : controller.pluginLayers() )
    {
      const QString table = remaining->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString();
      QCOMPARE( remaining->subsetString(), other.subsetString( table ) );
    }
    QCOMPARE( controller.pluginLayers().size(), AtlasLayerSet::definitions().size() - 1 );
  }
  // Every layer gone: the filter still changes, nothing to apply it to.
  QgsProject::instance()->removeAllMapLayers();
  AtlasFilterController controller( QgsProject::instance() );
  controller.setFilter( belgiumNetherlands2022() );
  QVERIFY( controller.data().years().isEmpty() );
}

void TestAtlasFilterController::renamedAndDuplicatedLayersFollow()
{
  AtlasFilterController controller( QgsProject::instance() );
  QgsVectorLayer *routes = layer( QStringLiteral( "inbound_routes" ) );
  routes->setName( QStringLiteral( "My routes" ) );
  QgsVectorLayer *copy = routes->clone();
  QgsProject::instance()->addMapLayer( copy );
  const AtlasFilter filter = belgiumNetherlands2022();
  controller.setFilter( filter );
  QCOMPARE( routes->subsetString(), filter.subsetString( QStringLiteral( "inbound_routes" ) ) );
  QCOMPARE( copy->subsetString(), filter.subsetString( QStringLiteral( "inbound_routes" ) ) );

  // A duplicate added while a filter is in force follows it at once.
  QgsVectorLayer *later = layer( QStringLiteral( "national_totals" ) )->clone();
  later->setSubsetString( QString() );
  QgsProject::instance()->addMapLayer( later );
  QTRY_COMPARE( later->subsetString(), filter.subsetString( QStringLiteral( "national_totals" ) ) );
}

void TestAtlasFilterController::clearingTheProjectResetsTheFilter()
{
  AtlasFilterController controller( QgsProject::instance() );
  controller.setFilter( belgiumNetherlands2022() );
  QgsProject::instance()->clear();
  QCOMPARE( controller.filter(), AtlasFilter() );
  QVERIFY( controller.pluginLayers().isEmpty() );
  QVERIFY( controller.data().years().isEmpty() );
  // Adding the layers to the new project: no filter, all rows.
  AtlasLayerSet::addToProject( QgsProject::instance(), QStringLiteral( PSA_DATA_GPKG ) );
  QCOMPARE( layer( QStringLiteral( "seizure_figures" ) )->subsetString(), QString() );
  QVERIFY( !controller.data().years().isEmpty() );
}

void TestAtlasFilterController::temporalControllerSeesCalendarYears()
{
  for ( const QString &table : QStringList{ "inbound_routes", "national_totals", "seizure_figures" } )
  {
    QgsVectorLayer *vectorLayer = layer( table );
    QVERIFY2( vectorLayer->temporalProperties()->isActive(), qPrintable( table ) );
    QgsVectorLayerTemporalContext context;
    context.setLayer( vectorLayer );
    const QgsDateTimeRange year2021( QDateTime( QDate( 2021, 1, 1 ), QTime( 0, 0 ) ),
                                     QDateTime( QDate( 2022, 1, 1 ), QTime( 0, 0 ) ), true, false );
    const QString temporalFilter = qobject_cast<QgsVectorLayerTemporalProperties *>( vectorLayer->temporalProperties() )
                                       ->createFilterString( context, year2021 );
    long long shown = 0;
    QgsFeature feature;
    QgsFeatureIterator it = vectorLayer->getFeatures( QgsFeatureRequest().setFilterExpression( temporalFilter ) );
    while ( it.nextFeature( feature ) )
      ++shown;
    QCOMPARE( shown, GpkgReference::count( table, QStringLiteral( "year = 2021" ) ) );
  }
  // The ports (one row a port) are redrawn with each frame, never filtered away by it.
  const auto *ports =
      qobject_cast<QgsVectorLayerTemporalProperties *>( layer( QStringLiteral( "ports" ) )->temporalProperties() );
  QVERIFY( ports->isActive() );
  QCOMPARE( ports->mode(), Qgis::VectorTemporalMode::RedrawLayerOnly );
}

void TestAtlasFilterController::countriesWithoutYearsAreNamed()
{
  // A print title for countries over all years says their names, not their codes.
  AtlasFilterController controller( QgsProject::instance() );
  AtlasFilter filter;
  filter.setDestinationCountries( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } );
  controller.setFilter( filter );
  const QVariantMap variables = QgsProject::instance()->customVariables();
  QCOMPARE( variables.value( QStringLiteral( "psa_countries_text" ) ).toString(),
            QStringLiteral( "Belgium, Netherlands" ) );
  QCOMPARE( variables.value( QStringLiteral( "psa_years_text" ) ).toString(), QStringLiteral( "all years" ) );
}

PSA_QGIS_TEST_MAIN( TestAtlasFilterController )
#include "testatlasfiltercontroller.moc"
