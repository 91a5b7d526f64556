/***************************************************************************
  testimportseizureeventswizard.cpp
  Port Seizure Atlas: the import wizard driven page by page as a user does, its column choices and its
  background check/import task
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasfiltercontroller.h"
#include "importedlayerset.h"
#include "importseizureeventstask.h"
#include "importseizureeventswizard.h"
#include "iteratedfeaturecount.h"
#include "qgistestmain.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgsproject.h>
#include <qgstaskmanager.h>
#include <qgsvectorlayer.h>

class TestImportSeizureEventsWizard : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void mappingFromChosenColumns();
    void checkTaskReportsProblems();
    void importTaskWrites();
    void cancelledImportWritesNothing();
    void wizardImportsIntoGeoPackage();
    void wizardRefusesBadFile();
    void wizardShowsHowTheFileIsRead();

  private:
    //! Clicks the wizard's \a which button as a user would.
    static void click( QWizard &wizard, QWizard::WizardButton which );
    //! Waits for the check page's report to replace "Checking…"; returns it.
    static QString checkReport( QWizard &wizard );
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
  QCOMPARE( ImportSeizureEventsWizard::mappingText( { "Datum", "port", "", "", "", "Menge", "unit" } ),
            QStringLiteral( "Datum=date,Menge=quantity" ) );
  QCOMPARE( ImportSeizureEventsWizard::mappingText( EventColumnMapping::canonicalHeader() ), QString() );
  QString error;
  QVERIFY( EventColumnMapping::fromText(
               ImportSeizureEventsWizard::mappingText( { "Datum", "Hafen", "", "", "", "Menge", "Einheit" } ), &error )
               .has_value() );
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
  const ImportReport report =
      runTask( new ImportSeizureEventsTask( mPorts, QStringLiteral( PSA_TEST_DATA_DIR "/import/unknown_port.csv" ),
                                            EventColumnMapping(), QString(), false ) );
  QVERIFY( !report.succeeded );
  QVERIFY( report.checkOnly );
  QVERIFY2( report.toText().contains( QStringLiteral( "did you mean Antwerp (BEANR)?" ) ),
            qPrintable( report.toText() ) );
}

void TestImportSeizureEventsWizard::importTaskWrites()
{
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
  const ImportReport report = runTask( new ImportSeizureEventsTask(
      mPorts, QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ), EventColumnMapping(), target, false ) );
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
  const ImportReport report =
      runTask( new ImportSeizureEventsTask( mPorts, input, EventColumnMapping(),
                                            dir.filePath( QStringLiteral( "out/events.gpkg" ) ), false ),
               true );
  QVERIFY( !report.succeeded );
  QVERIFY( report.cancelled );
  QVERIFY( QDir( dir.filePath( QStringLiteral( "out" ) ) ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
}

void TestImportSeizureEventsWizard::click( QWizard &wizard, QWizard::WizardButton which )
{
  QAbstractButton *button = wizard.button( which );
  QVERIFY( button && button->isVisible() && button->isEnabled() );
  QTest::mouseClick( button, Qt::LeftButton );
}

QString TestImportSeizureEventsWizard::checkReport( QWizard &wizard )
{
  QPlainTextEdit *report = wizard.findChild<QPlainTextEdit *>( QStringLiteral( "checkReport" ) );
  if ( !report )
    return QString();
  const bool done = QTest::qWaitFor(
      [report] { return report->isVisible() && !report->toPlainText().startsWith( QStringLiteral( "Checking" ) ); },
      30000 );
  return done ? report->toPlainText() : QStringLiteral( "(no report after 30 s) " ) + report->toPlainText();
}

void TestImportSeizureEventsWizard::wizardImportsIntoGeoPackage()
{
  QTemporaryDir dir;
  ImportSeizureEventsWizard wizard( mPorts );
  wizard.show();
  QLineEdit *input = wizard.findChild<QLineEdit *>( QStringLiteral( "inputFile" ) );
  QVERIFY( input );

  // A table with an unknown port: the check shows it with the nearest port, and stops there.
  QVERIFY( !wizard.button( QWizard::NextButton )->isEnabled() ); // no file chosen yet
  QTest::keyClicks( input, QStringLiteral( PSA_TEST_DATA_DIR "/import/unknown_port.csv" ) );
  click( wizard, QWizard::NextButton );
  QComboBox *date = wizard.findChild<QComboBox *>( QStringLiteral( "column_date" ) );
  QVERIFY( date && date->isVisible() );
  QCOMPARE( date->currentText(), QStringLiteral( "date" ) ); // the mapping: columns named like fields are chosen
  click( wizard, QWizard::NextButton );
  const QString refused = checkReport( wizard );
  QVERIFY2( refused.contains( QStringLiteral( "unknown_port.csv:2: column 'port': 'Antwerpe'" ) ) &&
                refused.contains( QStringLiteral( "did you mean Antwerp (BEANR)?" ) ),
            qPrintable( refused ) );
  QVERIFY( !wizard.button( QWizard::NextButton )->isEnabled() );

  // Back to the file page, the corrected table: the check passes, then the GeoPackage is chosen.
  click( wizard, QWizard::BackButton );
  click( wizard, QWizard::BackButton );
  input->clear();
  QTest::keyClicks( input, QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ) );
  click( wizard, QWizard::NextButton );
  click( wizard, QWizard::NextButton );
  const QString passed = checkReport( wizard );
  QTRY_VERIFY_WITH_TIMEOUT( wizard.button( QWizard::NextButton )->isEnabled(), 10000 );
  click( wizard, QWizard::NextButton );
  QComboBox *destination = wizard.findChild<QComboBox *>( QStringLiteral( "destination" ) );
  QVERIFY( destination && destination->isVisible() );
  QCOMPARE( destination->currentIndex(), 0 );                      // GeoPackage file
  QVERIFY( !wizard.button( QWizard::FinishButton )->isEnabled() ); // no file yet
  const QString geoPackage = dir.filePath( QStringLiteral( "mine.gpkg" ) );
  QTest::keyClicks( wizard.findChild<QLineEdit *>( QStringLiteral( "targetFile" ) ), geoPackage );

  // Run; the layers are added as the plugin's menu action adds them (ImportedDataActions).
  QgsProject project;
  QStringList errors;
  connect( &wizard, &ImportSeizureEventsWizard::importEnded, this,
           [&]( bool succeeded, const QString &path, const QString &, const QString &reportText ) {
             errors = succeeded ? ImportedLayerSet::addGeoPackage( &project, path ).errors : QStringList( reportText );
           } );
  QSignalSpy ended( &wizard, &ImportSeizureEventsWizard::importEnded );
  click( wizard, QWizard::FinishButton );
  QVERIFY( ended.wait( 30000 ) );
  QVERIFY2( errors.isEmpty(), qPrintable( errors.join( '\n' ) + passed ) );
  QCOMPARE( project.count(), 3 );

  // The panel's filter applies to them: 2021 keeps Antwerp's event only.
  QgsVectorLayer *events =
      qobject_cast<QgsVectorLayer *>( project.mapLayersByName( QStringLiteral( "My seizure events" ) ).value( 0 ) );
  QVERIFY( events );
  QCOMPARE( iteratedFeatureCount( events ), 2LL );
  AtlasFilterController controller( &project );
  AtlasFilter filter;
  filter.setYears( 2021, 2021 );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( events ), 1LL );
}

void TestImportSeizureEventsWizard::wizardRefusesBadFile()
{
  ImportSeizureEventsWizard wizard( mPorts );
  wizard.show();
  QTest::keyClicks( wizard.findChild<QLineEdit *>( QStringLiteral( "inputFile" ) ),
                    QStringLiteral( PSA_TEST_DATA_DIR "/import/bad_dates.csv" ) );
  click( wizard, QWizard::NextButton );
  click( wizard, QWizard::NextButton );
  const QString report = checkReport( wizard );
  // Each problem names the file, the line and the column; there is no way on to the target page,
  // so nothing can be written.
  QVERIFY2( report.contains( QStringLiteral( "bad_dates.csv:3: column 'date'" ) ) &&
                report.contains( QStringLiteral( "bad_dates.csv:4: column 'date'" ) ),
            qPrintable( report ) );
  QVERIFY( !wizard.button( QWizard::NextButton )->isEnabled() );
  QVERIFY( !wizard.button( QWizard::FinishButton )->isVisible() ||
           !wizard.button( QWizard::FinishButton )->isEnabled() );
}

void TestImportSeizureEventsWizard::wizardShowsHowTheFileIsRead()
{
  ImportSeizureEventsWizard wizard( mPorts );
  wizard.show();
  QLabel *detected = wizard.findChild<QLabel *>( QStringLiteral( "detectedDialect" ) );
  QTableWidget *preview = wizard.findChild<QTableWidget *>( QStringLiteral( "preview" ) );
  QComboBox *delimiter = wizard.findChild<QComboBox *>( QStringLiteral( "delimiter" ) );
  QComboBox *encoding = wizard.findChild<QComboBox *>( QStringLiteral( "encoding" ) );
  QVERIFY( detected && preview && delimiter && encoding );

  // A French Windows-1252 file with semicolons: what was detected is shown, with the first rows as read.
  QTest::keyClicks( wizard.findChild<QLineEdit *>( QStringLiteral( "inputFile" ) ),
                    QStringLiteral( PSA_TEST_DATA_DIR "/import-dialects/windows1252_fr.csv" ) );
  QVERIFY2( detected->text().contains( QStringLiteral( "semicolon-separated (detected" ) ) &&
                detected->text().contains( QStringLiteral( "windows-1252 (detected" ) ),
            qPrintable( detected->text() ) );
  QCOMPARE( preview->columnCount(), 6 );
  QCOMPARE( preview->horizontalHeaderItem( 4 )->text(), QStringLiteral( "Quantité" ) );
  QCOMPARE( preview->rowCount(), 3 );
  QCOMPARE( preview->item( 0, 3 )->text(), QStringLiteral( "cocaïne" ) );
  QCOMPARE( preview->item( 0, 4 )->text(), QStringLiteral( "1 250,5" ) );

  // The analyst changes the separator: the preview follows at once.
  delimiter->setCurrentIndex( delimiter->findData( QStringLiteral( "comma" ) ) );
  QCOMPARE( preview->columnCount(), 1 );
  QVERIFY2( detected->text().contains( QStringLiteral( "comma-separated (as given)" ) ),
            qPrintable( detected->text() ) );
  delimiter->setCurrentIndex( 0 );
  QCOMPARE( preview->columnCount(), 6 );

  // ... or the encoding: read as UTF-8 the file is refused, with the line and the byte; Latin-1 reads it again.
  encoding->setCurrentIndex( encoding->findData( QStringLiteral( "UTF-8" ) ) );
  QCOMPARE( preview->columnCount(), 0 );
  QVERIFY2( detected->text().contains( QStringLiteral( "not UTF-8 as --encoding says" ) ),
            qPrintable( detected->text() ) );
  encoding->setEditText( QStringLiteral( "ISO-8859-1" ) );
  QCOMPARE( preview->item( 0, 3 )->text(), QStringLiteral( "cocaïne" ) );
  QVERIFY2( detected->text().contains( QStringLiteral( "encoding ISO-8859-1 (as given)" ) ),
            qPrintable( detected->text() ) );

  // The French headers are chosen on the columns page; the check reads the file as chosen.
  click( wizard, QWizard::NextButton );
  QCOMPARE( wizard.findChild<QComboBox *>( QStringLiteral( "column_quantity" ) )->currentText(),
            QStringLiteral( "Quantité" ) );
  QCOMPARE( wizard.findChild<QComboBox *>( QStringLiteral( "column_origin_country" ) )->currentText(),
            QStringLiteral( "Pays d'origine" ) );
  click( wizard, QWizard::NextButton );
  const QString report = checkReport( wizard );
  QVERIFY2( report.contains( QStringLiteral( "Checked 3 events: no problem found" ) ) &&
                report.contains( QStringLiteral( "encoding ISO-8859-1 (as given)" ) ),
            qPrintable( report ) );
}

PSA_QGIS_TEST_MAIN( TestImportSeizureEventsWizard )
#include "testimportseizureeventswizard.moc"
