/***************************************************************************
  testimportseizureeventswizard.cpp
  Port Seizure Atlas: the import wizard's column choices and its background check/import task
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "importseizureeventstask.h"
#include "importseizureeventswizard.h"
#include "qgistestmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgstaskmanager.h>

class TestImportSeizureEventsWizard : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void mappingFromChosenColumns();
    void checkTaskReportsProblems();
    void importTaskWrites();
    void cancelledImportWritesNothing();

  private:
    ImportReport runTask( ImportSeizureEventsTask *task, bool cancel = false );
    PortGazetteer mPorts;
};

void TestImportSeizureEventsWizard::initTestCase()
{
  QString error;
  mPorts = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  QVERIFY2( mPorts.size() > 0, qPrintable( error ) );
}

void TestImportSeizureEventsWizard::mappingFromChosenColumns()
{
  // date, port, origin_port, origin_country, drug, quantity, unit
  QCOMPARE( ImportSeizureEventsWizard::mappingText( { "Datum", "port", "", "", "", "Menge", "unit" } ), QStringLiteral( "Datum=date,Menge=quantity" ) );
  QCOMPARE( ImportSeizureEventsWizard::mappingText( EventColumnMapping::canonicalHeader() ), QString() );
  QString error;
  QVERIFY( EventColumnMapping::fromText( ImportSeizureEventsWizard::mappingText( { "Datum", "Hafen", "", "", "", "Menge", "Einheit" } ), &error ).has_value() );
}

ImportReport TestImportSeizureEventsWizard::runTask( ImportSeizureEventsTask *task, bool cancel )
{
  QSignalSpy ended( task, &ImportSeizureEventsTask::reportReady );
  // Cancel once the import is under way (a task cancelled while still queued never runs at all).
  if ( cancel )
    connect( task, &QgsTask::progressChanged, task, [task] { task->cancel(); } );
  QgsApplication::taskManager()->addTask( task );
  if ( ended.isEmpty() && !ended.wait( 60000 ) )
    return ImportReport();
  return ended.first().first().value<ImportReport>();
}

void TestImportSeizureEventsWizard::checkTaskReportsProblems()
{
  const ImportReport report = runTask( new ImportSeizureEventsTask( mPorts, QStringLiteral( PSA_TEST_DATA_DIR "/import/unknown_port.csv" ), EventColumnMapping(), QString(), false ) );
  QVERIFY( !report.succeeded );
  QVERIFY( report.checkOnly );
  QVERIFY2( report.toText().contains( QStringLiteral( "did you mean Antwerp (BEANR)?" ) ), qPrintable( report.toText() ) );
}

void TestImportSeizureEventsWizard::importTaskWrites()
{
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
  const ImportReport report = runTask( new ImportSeizureEventsTask( mPorts, QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ), EventColumnMapping(), target, false ) );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( report.eventsWritten, 2LL );
  QVERIFY( QFileInfo::exists( target ) );
}

void TestImportSeizureEventsWizard::cancelledImportWritesNothing()
{
  QTemporaryDir dir;
  const QString input = dir.filePath( QStringLiteral( "many.csv" ) );
  {
    QFile file( input );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n" );
    for ( int i = 0; i < 200000; ++i )
      file.write( "2021-03-12,BEANR,,,cocaine,10,kg\n" );
  }
  QDir( dir.path() ).mkdir( QStringLiteral( "out" ) );
  const ImportReport report = runTask( new ImportSeizureEventsTask( mPorts, input, EventColumnMapping(), dir.filePath( QStringLiteral( "out/events.gpkg" ) ), false ), true );
  QVERIFY( !report.succeeded );
  QVERIFY( report.cancelled );
  QVERIFY( QDir( dir.filePath( QStringLiteral( "out" ) ) ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
}

PSA_QGIS_TEST_MAIN( TestImportSeizureEventsWizard )
#include "testimportseizureeventswizard.moc"
