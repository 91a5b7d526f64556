/***************************************************************************
  testatlastemporalsync.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "atlastemporalsync.h"
#include "qgistestmain.h"

#include <QtTest>
#include <memory>
#include <qgsexpressioncontextutils.h>
#include <qgsinterval.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgstemporalnavigationobject.h>

/**
 * \brief The Temporal Controller and the panel's years as one filter: a frame is one calendar
 * year, shown by every layer (the ports' sizes and labels included), and the panel's years move
 * the frame.
 */
class TestAtlasTemporalSync : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void configureGivesOneFramePerYearOfData();
    void aFrameBecomesThePanelsYear();
    void thePanelsYearMovesTheFrame();

  private:
    static QString projectVariable( const QString &name )
    {
      // projectScope() hands over a new scope: owned here, so the headless leak check stays clean.
      const std::unique_ptr<QgsExpressionContextScope> scope(
          QgsExpressionContextUtils::projectScope( QgsProject::instance() ) );
      return scope->variable( name ).toString();
    }

    std::unique_ptr<AtlasFilterController> mController;
    std::unique_ptr<QgsTemporalNavigationObject> mNavigation;
    std::unique_ptr<AtlasTemporalSync> mSync;
    QList<int> mYears;
};

void TestAtlasTemporalSync::initTestCase()
{
  initAtlasResources();
}

void TestAtlasTemporalSync::init()
{
  QgsProject::instance()->clear();
  AtlasLayerSet::addToProject( QgsProject::instance(), QStringLiteral( PSA_DATA_GPKG ) );
  mController = std::make_unique<AtlasFilterController>( QgsProject::instance() );
  mNavigation = std::make_unique<QgsTemporalNavigationObject>();
  mSync = std::make_unique<AtlasTemporalSync>( mNavigation.get(), mController.get() );
  mYears = mController->choices().years;
  QVERIFY( mYears.size() >= 3 );
  AtlasTemporalSync::configure( mNavigation.get(), QgsProject::instance(), mYears );
}

void TestAtlasTemporalSync::cleanup()
{
  mSync.reset();
  mNavigation.reset();
  mController.reset();
}

void TestAtlasTemporalSync::configureGivesOneFramePerYearOfData()
{
  // Not QGIS's default of one hour (17,520 frames over two years): one frame a year.
  QCOMPARE( mNavigation->frameDuration(), QgsInterval( 1, QgsUnitTypes::TemporalYears ) );
  QCOMPARE( mNavigation->totalFrameCount(), static_cast<long long>( mYears.last() - mYears.first() + 1 ) );
  QCOMPARE( AtlasTemporalSync::yearsOf( mNavigation->dateTimeRangeForFrameNumber( 0 ) ),
            qMakePair( mYears.first(), mYears.first() ) );
  QCOMPARE(
      AtlasTemporalSync::yearsOf( mNavigation->dateTimeRangeForFrameNumber( mNavigation->totalFrameCount() - 1 ) ),
      qMakePair( mYears.last(), mYears.last() ) );
  // Saved with the project, so the Temporal Controller shows the same after reopening.
  QCOMPARE( QgsProject::instance()->timeSettings()->timeStepUnit(), QgsUnitTypes::TemporalYears );
  QCOMPARE( QgsProject::instance()->timeSettings()->timeStep(), 1.0 );
  QCOMPARE( QgsProject::instance()->timeSettings()->temporalRange().begin().date(), QDate( mYears.first(), 1, 1 ) );
}

void TestAtlasTemporalSync::aFrameBecomesThePanelsYear()
{
  // Navigation off: a frame change does not touch the panel's filter.
  mNavigation->setCurrentFrameNumber( 1 );
  QCOMPARE( mController->filter(), AtlasFilter() );

  mNavigation->setNavigationMode( QgsTemporalNavigationObject::Animated );
  mNavigation->setCurrentFrameNumber( 2 );
  const int year = mYears.first() + 2;
  QCOMPARE( mController->filter().yearFrom(), year );
  QCOMPARE( mController->filter().yearTo(), year );
  // The ports follow: their sizes and labels read the frame's year, not their latest figure.
  QCOMPARE( projectVariable( QStringLiteral( "psa_years_text" ) ), QString::number( year ) );
  QVERIFY( !projectVariable( AtlasFilterController::PORT_TONNES_VARIABLE ).isEmpty() );
  const QString subset =
      AtlasLayerSet::findLayer( QgsProject::instance(), QStringLiteral( "inbound_routes" ) )->subsetString();
  QVERIFY2( subset.contains( QString::number( year ) ), qPrintable( subset ) );
  mNavigation->next();
  QCOMPARE( mController->filter().yearFrom(), year + 1 );
}

void TestAtlasTemporalSync::thePanelsYearMovesTheFrame()
{
  mNavigation->setNavigationMode( QgsTemporalNavigationObject::Animated );
  AtlasFilter filter;
  filter.setYears( mYears.last(), mYears.last() );
  mController->setFilter( filter ); // as the panel's Play or a click on a bar does
  QCOMPARE( mNavigation->currentFrameNumber(), mNavigation->totalFrameCount() - 1 );
  QCOMPARE( mController->filter(), filter );

  // A range is not one frame: the animation stops and the map shows the range.
  filter.setYears( mYears.first(), mYears.last() );
  mController->setFilter( filter );
  QCOMPARE( mNavigation->navigationMode(), QgsTemporalNavigationObject::NavigationOff );
  QCOMPARE( mController->filter(), filter );
}

PSA_QGIS_TEST_MAIN( TestAtlasTemporalSync )
#include "testatlastemporalsync.moc"
