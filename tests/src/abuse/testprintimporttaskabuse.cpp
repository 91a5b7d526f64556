/***************************************************************************
  testprintimporttaskabuse.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfilter.h"
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasprintcontroller.h"
#include "atlasprinttask.h"
#include "atlasresources.h"
#include "eventcolumnmapping.h"
#include "importseizureeventstask.h"
#include "portgazetteer.h"
#include "qgistestmain.h"
#include "runningtaskabuse.h"
#include "syntheticevents.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <qgsproject.h>

/**
 * \brief The print export and the import of seizure events while the analyst closes or replaces
 * the project, cancels, or the plugin goes away (its print controller deleted) half-way: each
 * ends with a clear outcome, no crash and no half-written file.
 */
class TestPrintImportTaskAbuse : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void printSurvivesTheProjectBeingClosed();
    void printStopsWhenThePluginGoesAway();
    void importSurvivesTheProjectBeingReplaced();
    void importCancelledHalfWayWritesNothing();

  private:
    PrintOptions bigAtlas() const;
    std::unique_ptr<AtlasFilterController> mFilter;
    std::unique_ptr<AtlasPrintController> mPrint;
    QTemporaryDir mOutput;
};

void TestPrintImportTaskAbuse::init()
{
  initAtlasResources();
  QgsProject *project = QgsProject::instance();
  QVERIFY( AtlasLayerSet::addToProject( project, QStringLiteral( PSA_DATA_GPKG ) ).errors.isEmpty() );
  mFilter = std::make_unique<AtlasFilterController>( project );
  mPrint = std::make_unique<AtlasPrintController>(
      project, mFilter.get(), QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/output/bin/port-seizure-atlas" ) );
}

void TestPrintImportTaskAbuse::cleanup()
{
  mPrint.reset();
  mFilter.reset();
  QgsProject::instance()->clear();
}

PrintOptions TestPrintImportTaskAbuse::bigAtlas() const
{
  PrintOptions options;
  options.atlas = PrintOptions::Atlas::Port;
  options.paper = PrintOptions::Paper::A3;
  options.dpi = 300;
  return options;
}

void TestPrintImportTaskAbuse::printSurvivesTheProjectBeingClosed()
{
  PrintOptions options;
  options.atlas = PrintOptions::Atlas::Port;
  options.dpi = 72;
  const QString file = mOutput.filePath( QStringLiteral( "closed-project.pdf" ) );
  QSignalSpy finished( mPrint.get(), &AtlasPrintController::printFinished );
  QString error;
  AtlasPrintTask *task = mPrint->print( options, file, &error );
  QVERIFY2( task, qPrintable( error ) );
  QSignalSpy progress( task, &QgsTask::progressChanged );
  QVERIFY( progress.wait( 60000 ) );
  QgsProject::instance()->clear(); // the analyst closes the project while the export runs
  QVERIFY( finished.wait( 120000 ) );
  // The export works on its own copy of the layout and data: the print is still complete.
  QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 2 ).toString() ) );
  QVERIFY( QFileInfo( file ).size() > 10000 );
  QVERIFY( mPrint->runningTasks().isEmpty() );
}

void TestPrintImportTaskAbuse::printStopsWhenThePluginGoesAway()
{
  const QString file = mOutput.filePath( QStringLiteral( "unloaded.pdf" ) );
  QString error;
  AtlasPrintTask *task = mPrint->print( bigAtlas(), file, &error );
  QVERIFY2( task, qPrintable( error ) );
  QSignalSpy progress( task, &QgsTask::progressChanged );
  QVERIFY( progress.wait( 60000 ) );
  mPrint.reset(); // what unload() does: cancels the export and waits for it
  QVERIFY( !QFileInfo::exists( file ) );
  QCOMPARE( QDir( mOutput.path() ).entryList( { QStringLiteral( "*partial*" ) }, QDir::Files | QDir::Hidden ),
            QStringList() );
}

void TestPrintImportTaskAbuse::importSurvivesTheProjectBeingReplaced()
{
  const QString input = mOutput.filePath( QStringLiteral( "events.csv" ) );
  QVERIFY( writeSyntheticEventsCsv( input, 200000, 7 ) );
  const QByteArray before = [&] {
    QFile f( input );
    f.open( QIODevice::ReadOnly );
    return f.readAll();
  }();
  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  const QString target = mOutput.filePath( QStringLiteral( "replaced-project.gpkg" ) );
  auto *task =
      new ImportSeizureEventsTask( ports, input, *EventColumnMapping::fromText( QString(), &error ), target, false );
  const AbusedTaskOutcome outcome = abuseRunningTask( task, [] {
    QgsProject::instance()->clear();
    QgsProject::instance()->setTitle( QStringLiteral( "another project" ) );
  } );
  QVERIFY( outcome.abusedWhileRunning );
  QVERIFY( outcome.ended );
  QVERIFY( outcome.completed );
  QVERIFY( QFileInfo( target ).size() > 0 );
  const QByteArray after = [&] {
    QFile f( input );
    f.open( QIODevice::ReadOnly );
    return f.readAll();
  }();
  QCOMPARE( after, before ); // the analyst's file is never touched
}

void TestPrintImportTaskAbuse::importCancelledHalfWayWritesNothing()
{
  QTemporaryDir folder; // only this import's files
  const QString input = folder.filePath( QStringLiteral( "many-events.csv" ) );
  QVERIFY( writeSyntheticEventsCsv( input, 300000, 11 ) );
  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  const QString target = folder.filePath( QStringLiteral( "cancelled.gpkg" ) );
  auto *task =
      new ImportSeizureEventsTask( ports, input, *EventColumnMapping::fromText( QString(), &error ), target, false );
  QPointer<QgsTask> guard( task );
  const AbusedTaskOutcome outcome = abuseRunningTask( task, [guard] {
    if ( guard )
      guard->cancel();
  } );
  QVERIFY( outcome.abusedWhileRunning );
  QVERIFY( outcome.ended );
  QVERIFY( !outcome.completed );
  QVERIFY( !QFileInfo::exists( target ) );
  const QStringList left = QDir( folder.path() ).entryList( QDir::Files | QDir::Hidden );
  QCOMPARE( left, QStringList{ QStringLiteral( "many-events.csv" ) } );
}

PSA_QGIS_TEST_MAIN( TestPrintImportTaskAbuse )
#include "testprintimporttaskabuse.moc"
