/***************************************************************************
  testimportseizureeventsalgorithm.cpp
  Port Seizure Atlas: the Processing algorithm "Import seizure events", run headless as Processing runs it
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "importseizureeventsalgorithm.h"
#include "qgistestmain.h"

#include <QTemporaryDir>
#include <qgsexception.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>

#include <memory>

class TestImportSeizureEventsAlgorithm : public QObject
{
    Q_OBJECT

  private slots:
    void imports();
    void refusesAndReportsEveryProblem();

  private:
    //! Collects what the algorithm reports, as the Processing dialog's log would show it.
    class RecordingFeedback : public QgsProcessingFeedback
    {
      public:
        void reportError( const QString &error, bool fatalError = false ) override
        {
          errors << error;
          QgsProcessingFeedback::reportError( error, fatalError );
        }
        QStringList errors;
    };

    static QVariantMap run( const QVariantMap &parameters, RecordingFeedback &feedback, bool *ok, QString *failure );
};

QVariantMap TestImportSeizureEventsAlgorithm::run( const QVariantMap &parameters, RecordingFeedback &feedback, bool *ok, QString *failure )
{
  ImportSeizureEventsAlgorithm prototype( QStringLiteral( PSA_DATA_GPKG ) );
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype.create() );
  QgsProcessingContext context;
  *ok = false;
  try
  {
    const QVariantMap results = algorithm->run( parameters, context, &feedback, ok );
    return results;
  }
  catch ( const QgsProcessingException &exception )
  {
    *failure = exception.what();
  }
  return QVariantMap();
}

void TestImportSeizureEventsAlgorithm::imports()
{
  QTemporaryDir dir;
  const QString output = dir.filePath( QStringLiteral( "events.gpkg" ) );
  RecordingFeedback feedback;
  bool ok = false;
  QString failure;
  const QVariantMap results = run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/mapped_columns.csv" ) },
                                     { QStringLiteral( "MAPPING" ), QStringLiteral( "Datum=date,Hafen=port,Menge=quantity,Einheit=unit" ) },
                                     { QStringLiteral( "OUTPUT" ), output } },
                                   feedback, &ok, &failure );
  QVERIFY2( ok, qPrintable( failure + feedback.errors.join( '\n' ) ) );
  QCOMPARE( results.value( QStringLiteral( "EVENTS" ) ).toLongLong(), 1LL );
  QCOMPARE( results.value( QStringLiteral( "OUTPUT" ) ).toString(), output );
  QVERIFY( QFileInfo::exists( output ) );
}

void TestImportSeizureEventsAlgorithm::refusesAndReportsEveryProblem()
{
  QTemporaryDir dir;
  const QString output = dir.filePath( QStringLiteral( "events.gpkg" ) );
  RecordingFeedback feedback;
  bool ok = true;
  QString failure;
  run( { { QStringLiteral( "INPUT" ), QStringLiteral( PSA_TEST_DATA_DIR "/import/unknown_port.csv" ) }, { QStringLiteral( "OUTPUT" ), output } }, feedback, &ok, &failure );
  QVERIFY( !ok );
  const QString log = feedback.errors.join( '\n' );
  QVERIFY2( log.contains( QStringLiteral( "unknown_port.csv:2: column 'port': 'Antwerpen' is no port of the atlas" ) ), qPrintable( log ) );
  QVERIFY2( log.contains( QStringLiteral( "unknown_port.csv:4: column 'port': 'XXQQQ'" ) ), qPrintable( log ) );
  QVERIFY2( log.contains( QStringLiteral( "Antwerp (BEANR)" ) ), qPrintable( log ) );
  QVERIFY( !QFileInfo::exists( output ) );
  QVERIFY( QDir( dir.path() ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
}

PSA_QGIS_TEST_MAIN( TestImportSeizureEventsAlgorithm )
#include "testimportseizureeventsalgorithm.moc"
