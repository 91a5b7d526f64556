/***************************************************************************
  testbuilddatatool.cpp
  Port Seizure Atlas: the psa-build-data program (exit codes, error lines, no output on error)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "databuildtestutils.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace DataBuildTestUtils;

class TestBuildDataTool : public QObject
{
    Q_OBJECT

  private slots:
    void buildsValidTables();
    void reportsEveryErrorAndWritesNothing();
    void usage();

  private:
    static int run( const QStringList &arguments, QString &out, QString &err );
};

int TestBuildDataTool::run( const QStringList &arguments, QString &out, QString &err )
{
  QProcess process;
  process.start( QStringLiteral( PSA_BUILD_DATA_TOOL ), arguments );
  if ( !process.waitForFinished( 60000 ) || process.exitStatus() != QProcess::NormalExit )
    return -1;
  out = QString::fromUtf8( process.readAllStandardOutput() );
  err = QString::fromUtf8( process.readAllStandardError() );
  return process.exitCode();
}

void TestBuildDataTool::buildsValidTables()
{
  QTemporaryDir directory;
  const QString layers = makeLayers( directory.path() );
  const QString output = directory.filePath( QStringLiteral( "out/port_seizure_atlas.gpkg" ) );
  QString out;
  QString err;
  QCOMPARE( run( { QStringLiteral( "--layers" ), layers, QStringLiteral( "--output" ), output }, out, err ), 0 );
  QVERIFY2( err.isEmpty(), qPrintable( err ) );
  QVERIFY( out.contains( QLatin1String( "5 ports" ) ) );
  QVERIFY( openGeoPackage( output ) );
}

void TestBuildDataTool::reportsEveryErrorAndWritesNothing()
{
  QTemporaryDir directory;
  const QString layers = makeLayers( directory.path(), QStringLiteral( "broken-many" ) );
  const QString output = directory.filePath( QStringLiteral( "port_seizure_atlas.gpkg" ) );
  QString out;
  QString err;
  QCOMPARE( run( { QStringLiteral( "--layers" ), layers, QStringLiteral( "--output" ), output }, out, err ), 1 );
  const QStringList lines = err.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  QCOMPARE( lines.size(), 7 );
  QVERIFY2( lines.at( 0 ).startsWith( QDir( layers ).filePath( QStringLiteral( "ports.csv" ) ) +
                                      QStringLiteral( ":7: column 'lat': lat 4, lon 51 looks swapped" ) ),
            qPrintable( lines.at( 0 ) ) );
  QVERIFY( lines.at( 0 ).endsWith( QLatin1String( "[coordinate.swapped]" ) ) );
  QVERIFY( lines.at( 5 ).endsWith( QLatin1String( "[evidence-kind.unknown]" ) ) );
  QVERIFY( lines.at( 6 ).contains( QLatin1String( "6 errors" ) ) );
  QVERIFY( !QFileInfo::exists( output ) );
  QVERIFY( QDir( directory.path() ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
}

void TestBuildDataTool::usage()
{
  QString out;
  QString err;
  QCOMPARE( run( {}, out, err ), 2 );
  QVERIFY( err.contains( QLatin1String( "Usage: psa-build-data" ) ) );
  QCOMPARE( run( { QStringLiteral( "--help" ) }, out, err ), 0 );
  QVERIFY( out.contains( QLatin1String( "Usage: psa-build-data" ) ) );
}

QTEST_GUILESS_MAIN( TestBuildDataTool )
#include "testbuilddatatool.moc"
