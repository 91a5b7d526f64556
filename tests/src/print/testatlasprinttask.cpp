/***************************************************************************
  testatlasprinttask.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfilter.h"
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasprintcontroller.h"
#include "atlasprintlayout.h"
#include "atlasprinttask.h"
#include "atlasresources.h"
#include "importedlayerset.h"
#include "printtestutils.h"
#include "qgistestmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <qgsapplication.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

/**
 * \brief "Print…" from the panel: the layout appears in the project, the export runs in the
 * background with progress, follows the project's layout and styles, and can be cancelled.
 */
class TestAtlasPrintTask : public QObject
{
    Q_OBJECT

  private slots:
    void init();
    void cleanup();
    void printRunsInTheBackgroundWithTheProjectsLayout();
    void changeMapComparesTheSelectionsYears();
    void cancelHalfWayLeavesNoFile();
    void problemsAreReportedBeforeAnythingStarts();
    void printsAnalystsImportedData();

  private:
    QString program() const
    {
      return QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/output/bin/port-seizure-atlas" );
    }

    QgsProject *mProject = nullptr;
    std::unique_ptr<AtlasFilterController> mFilter;
    std::unique_ptr<AtlasPrintController> mPrint;
    QTemporaryDir mOutput;
};

void TestAtlasPrintTask::init()
{
  initAtlasResources();
  // The project instance: layers evaluate the port sizes (expression field) in its scope.
  mProject = QgsProject::instance();
  QVERIFY( AtlasLayerSet::addToProject( mProject, QStringLiteral( PSA_DATA_GPKG ) ).errors.isEmpty() );
  mFilter = std::make_unique<AtlasFilterController>( mProject );
  mPrint = std::make_unique<AtlasPrintController>( mProject, mFilter.get(), program() );
}

void TestAtlasPrintTask::cleanup()
{
  mPrint.reset();
  mFilter.reset();
  mProject->clear();
}

void TestAtlasPrintTask::printRunsInTheBackgroundWithTheProjectsLayout()
{
  AtlasFilter filter;
  filter.setYears( 2022, 0 ); // open end: up to the last year with data
  filter.setDestinationCountries( { QStringLiteral( "NL" ) } );
  mFilter->setFilter( filter );
  const QString file = mOutput.filePath( QStringLiteral( "panel.pdf" ) );
  QSignalSpy finished( mPrint.get(), &AtlasPrintController::printFinished );
  QString error;
  AtlasPrintTask *task = mPrint->print( PrintOptions(), file, &error );
  QVERIFY2( task, qPrintable( error ) );
  // The layout is in the project at once, so the analyst can open it in the designer.
  auto *layout = dynamic_cast<QgsPrintLayout *>(
      mProject->layoutManager()->layoutByName( PrintOptions::layoutName( PrintOptions::Paper::A4 ) ) );
  QVERIFY( layout );
  // An analyst's edit made before printing reaches the print.
  qobject_cast<QgsLayoutItemLabel *>( layout->itemById( QStringLiteral( "psa-subtitle" ) ) )
      ->setText( QStringLiteral( "Prepared for the harbour police" ) );
  mPrint->cancelAll();
  QVERIFY( finished.wait( 5000 ) || !finished.isEmpty() );
  finished.clear();

  task = mPrint->print( PrintOptions(), file, &error );
  QVERIFY2( task, qPrintable( error ) );
  QVERIFY( mPrint->runningTasks().contains( task ) );
  QVERIFY( finished.wait( 120000 ) );
  QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 2 ).toString() ) );
  QCOMPARE( finished.first().at( 1 ).toString(), file );
  const QString text = PrintTestUtils::simplified( PrintTestUtils::pdfText( file ) );
  QVERIFY2( text.contains( QStringLiteral( "Prepared for the harbour police" ) ), qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "Netherlands" ) ) );
  QVERIFY( text.contains( QStringLiteral( "2022–" ) ) );
  // The same map as the command line's: a valid PDF, small, with its text kept as text.
  QVERIFY2( QFileInfo( file ).size() <= 3 * 1024 * 1024, qPrintable( QString::number( QFileInfo( file ).size() ) ) );
  const QString complaints = PrintTestUtils::popplerComplaints( file );
  QVERIFY2( complaints.isEmpty(), qPrintable( complaints.left( 2000 ) ) );
}

void TestAtlasPrintTask::changeMapComparesTheSelectionsYears()
{
  // The panel's Print… with "Change map": a single year shown is compared with the year before.
  AtlasFilter filter;
  filter.setYears( 2023, 2023 );
  filter.setDestinationCountries( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } );
  mFilter->setFilter( filter );
  const QString file = mOutput.filePath( QStringLiteral( "change.pdf" ) );
  QSignalSpy finished( mPrint.get(), &AtlasPrintController::printFinished );
  PrintOptions options;
  options.changeMap = true;
  QString error;
  AtlasPrintTask *task = mPrint->print( options, file, &error );
  QVERIFY2( task, qPrintable( error ) );
  QVERIFY( finished.wait( 120000 ) );
  QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 2 ).toString() ) );
  const QString text = PrintTestUtils::simplified( PrintTestUtils::pdfText( file, 1 ) );
  QVERIFY2( text.contains( QStringLiteral( "2022 → 2023" ) ), qPrintable( text ) );
  QVERIFY2( text.contains( QStringLiteral( "Belgium, Netherlands" ) ), qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "Antwerp" ) ) );
  QVERIFY2( !text.contains( QStringLiteral( "Hamburg" ) ), qPrintable( text ) );
}

void TestAtlasPrintTask::cancelHalfWayLeavesNoFile()
{
  const QString file = mOutput.filePath( QStringLiteral( "cancelled.pdf" ) );
  PrintOptions options;
  options.atlas = PrintOptions::Atlas::Port;
  options.paper = PrintOptions::Paper::A3;
  options.dpi = 600;
  QSignalSpy finished( mPrint.get(), &AtlasPrintController::printFinished );
  QString error;
  AtlasPrintTask *task = mPrint->print( options, file, &error );
  QVERIFY2( task, qPrintable( error ) );
  QSignalSpy progress( task, &QgsTask::progressChanged );
  QVERIFY( progress.wait( 60000 ) ); // the export is under way
  task->cancel();
  QVERIFY( finished.wait( 30000 ) );
  QCOMPARE( finished.first().at( 0 ).toBool(), false );
  QVERIFY( finished.first().at( 2 ).toString().contains( QStringLiteral( "cancelled" ) ) );
  QVERIFY( !QFileInfo::exists( file ) );
  QCOMPARE( QDir( mOutput.path() ).entryList( { QStringLiteral( "*partial*" ) }, QDir::Files | QDir::Hidden ),
            QStringList() );
}

void TestAtlasPrintTask::problemsAreReportedBeforeAnythingStarts()
{
  QString error;
  QVERIFY( !mPrint->print( PrintOptions(), mOutput.filePath( QStringLiteral( "map.tiff" ) ), &error ) );
  QVERIFY( error.contains( QStringLiteral( ".pdf, .png or .svg" ) ) );
  AtlasPrintController noProgram( mProject, mFilter.get(), mOutput.filePath( QStringLiteral( "no-such-program" ) ) );
  QVERIFY( !noProgram.print( PrintOptions(), mOutput.filePath( QStringLiteral( "map.pdf" ) ), &error ) );
  QVERIFY( error.contains( QStringLiteral( "port-seizure-atlas" ) ) );
  QgsProject empty;
  AtlasFilterController emptyFilter( &empty );
  AtlasPrintController emptyPrint( &empty, &emptyFilter, program() );
  QVERIFY( !emptyPrint.print( PrintOptions(), mOutput.filePath( QStringLiteral( "map.pdf" ) ), &error ) );
  QVERIFY( error.contains( QStringLiteral( "no Port Seizure Atlas layers" ) ) );
  QVERIFY( mPrint->runningTasks().isEmpty() );
}

void TestAtlasPrintTask::printsAnalystsImportedData()
{
  const QString imported = mOutput.filePath( QStringLiteral( "mine.gpkg" ) );
  const PrintTestUtils::Run import = PrintTestUtils::runProgram(
      { QStringLiteral( "import" ), QStringLiteral( "--in" ),
        QStringLiteral( PSA_SOURCE_DIR "/tests/data/import/valid.csv" ), QStringLiteral( "--out" ), imported } );
  QVERIFY2( import.status == 0, qPrintable( import.err ) );
  QVERIFY( ImportedLayerSet::addGeoPackage( mProject, imported ).errors.isEmpty() );
  AtlasFilter filter;
  filter.setYears( 2022, 2022 );
  mFilter->setFilter( filter );
  QSignalSpy finished( mPrint.get(), &AtlasPrintController::printFinished );
  QString error;

  // Beside the published data: both are printed, the analyst's file named first among the sources.
  const QString both = mOutput.filePath( QStringLiteral( "both.pdf" ) );
  QVERIFY2( mPrint->print( PrintOptions(), both, &error ), qPrintable( error ) );
  QVERIFY( finished.wait( 120000 ) );
  QVERIFY2( finished.last().at( 0 ).toBool(), qPrintable( finished.last().at( 2 ).toString() ) );
  QString text = PrintTestUtils::simplified( PrintTestUtils::pdfText( both ) );
  QVERIFY2( text.contains( QStringLiteral( "Cocaine seized in European ports, 2022" ) ), qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "1. Own data: seizure events imported from valid.csv" ) ) );

  // Alone, once the published layers are removed: a title that says whose data it is.
  for ( const QString &table : { QStringLiteral( "ports" ), QStringLiteral( "inbound_routes" ),
                                 QStringLiteral( "national_totals" ), QStringLiteral( "seizure_figures" ) } )
    mProject->removeMapLayer( AtlasLayerSet::findLayer( mProject, table ) );
  const QString mine = mOutput.filePath( QStringLiteral( "mine.pdf" ) );
  QVERIFY2( mPrint->print( PrintOptions(), mine, &error ), qPrintable( error ) );
  QVERIFY( finished.wait( 120000 ) );
  QVERIFY2( finished.last().at( 0 ).toBool(), qPrintable( finished.last().at( 2 ).toString() ) );
  text = PrintTestUtils::simplified( PrintTestUtils::pdfText( mine ) );
  QVERIFY2( text.contains( QStringLiteral( "Drug seizures in my data, European ports, 2022 — all countries" ) ),
            qPrintable( text ) );
  QVERIFY( !text.contains( QStringLiteral( "Cocaine seized" ) ) );
}

PSA_QGIS_TEST_MAIN( TestAtlasPrintTask )
#include "testatlasprinttask.moc"
