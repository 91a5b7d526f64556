/***************************************************************************
  testprintwritefailures.cpp
  Port Seizure Atlas: `port-seizure-atlas print` on a bad day: a damaged GeoPackage given as
  --data is refused, never drawn in part; an export to a full disk fails with exit 1 and leaves
  the older file as it was. The built program on real files; the full disk is a file size limit
  (RLIMIT_FSIZE) on the print's process.
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasseizuredata.h"
#include "damagedgeopackage.h"
#include "filecompleteness.h"
#include "importedlayerset.h"
#include "printtestutils.h"
#include "qgistestmain.h"
#include "syntheticevents.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <qgsproject.h>

class TestPrintWriteFailures : public QObject
{
    Q_OBJECT

  private slots:
    void damagedDataIsNotPrinted();
    void fullDiskKeepsTheOlderFile_data();
    void fullDiskKeepsTheOlderFile();

  private:
    static QByteArray readFile( const QString &path );
    static QStringList hiddenFiles( const QString &folder )
    {
      return QDir( folder ).entryList( { QStringLiteral( ".*" ) }, QDir::Files | QDir::Hidden );
    }
};

QByteArray TestPrintWriteFailures::readFile( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
}

void TestPrintWriteFailures::damagedDataIsNotPrinted()
{
  QTemporaryDir dir;
  const QString events = dir.filePath( QStringLiteral( "events.csv" ) );
  QVERIFY( writeSyntheticEventsCsv( events, 20000, 3 ) );
  const QString intact = dir.filePath( QStringLiteral( "intact.gpkg" ) );
  PrintTestUtils::Run run = PrintTestUtils::runProgram(
      { QStringLiteral( "import" ), QStringLiteral( "--in" ), events, QStringLiteral( "--out" ), intact } );
  QVERIFY2( run.status == 0, qPrintable( run.err ) );
  const QString damaged = dir.filePath( QStringLiteral( "damaged.gpkg" ) );
  QVERIFY( QFile::copy( intact, damaged ) );
  // The per-port table is what the map draws its circles from.
  QVERIFY( !DamagedGeoPackage::overwriteTablePages( damaged, QStringLiteral( "seizure_port_years" ), 2 ).isEmpty() );

  const QString out = dir.filePath( QStringLiteral( "out" ) );
  QVERIFY( QDir().mkpath( out ) );
  run = PrintTestUtils::runProgram( { QStringLiteral( "print" ), QStringLiteral( "--data" ), intact,
                                      QStringLiteral( "--dpi" ), QStringLiteral( "30" ), QStringLiteral( "--out" ),
                                      QDir( out ).filePath( QStringLiteral( "intact.png" ) ) } );
  QVERIFY2( run.status == 0, qPrintable( run.err ) );

  const QString map = QDir( out ).filePath( QStringLiteral( "map.png" ) );
  run = PrintTestUtils::runProgram( { QStringLiteral( "print" ), QStringLiteral( "--data" ), damaged,
                                      QStringLiteral( "--dpi" ), QStringLiteral( "30" ), QStringLiteral( "--out" ),
                                      map } );
  QVERIFY2( run.status == 1, qPrintable( run.out + run.err ) );
  QVERIFY2( run.err.contains(
                QRegularExpression( QStringLiteral( "--data %1: table 'seizure_port_years': reading stopped at feature "
                                                    "\\d+ of \\d+.*malformed.*; nothing was printed\\." )
                                        .arg( QRegularExpression::escape( damaged ) ) ) ),
            qPrintable( run.err ) );
  QVERIFY2( !run.out.contains( QStringLiteral( "wrote" ) ), qPrintable( run.out ) );
  QVERIFY( !QFileInfo::exists( map ) );
  QCOMPARE( hiddenFiles( out ), QStringList() );

  // The panel offers the years of the intact import, and none of the damaged one (not a part).
  QgsProject project;
  for ( const QString &store : { intact, damaged } )
  {
    const ImportedLayerSet::Result added = ImportedLayerSet::addGeoPackage( &project, store );
    QVERIFY2( added.errors.isEmpty(), qPrintable( added.errors.join( QLatin1Char( ' ' ) ) ) );
    const AtlasSeizureData data = AtlasSeizureData::loadImported( added.added, store );
    QCOMPARE( data.years().isEmpty(), store == damaged );
    project.clear();
  }
}

void TestPrintWriteFailures::fullDiskKeepsTheOlderFile_data()
{
  // QGIS does not see the failed writes of a PDF or an SVG (the check of the file does); Qt's PNG writer does.
  QTest::addColumn<QString>( "format" );
  QTest::addColumn<QString>( "cause" );
  QTest::newRow( "pdf" ) << "pdf"
                         << "the file came out incomplete: it has no PDF end-of-file trailer";
  QTest::newRow( "svg" ) << "svg"
                         << "the file came out incomplete: it does not end with the closing </svg> tag";
  QTest::newRow( "png" ) << "png"
                         << "writing the file failed (is the disk full?)";
}

void TestPrintWriteFailures::fullDiskKeepsTheOlderFile()
{
  QFETCH( QString, format );
  QFETCH( QString, cause );
  QTemporaryDir dir;
  const QString file = dir.filePath( QStringLiteral( "map." ) + format );
  const QStringList print = {
      QStringLiteral( "print" ),   QStringLiteral( "--data" ),    QStringLiteral( PSA_DATA_GPKG ),
      QStringLiteral( "--years" ), QStringLiteral( "2019-2021" ), QStringLiteral( "--dpi" ),
      QStringLiteral( "30" ),      QStringLiteral( "--out" ),     file };
  // The older export: whole.
  PrintTestUtils::Run run = PrintTestUtils::runProgram( print );
  QVERIFY2( run.status == 0, qPrintable( run.err ) );
  const QByteArray older = readFile( file );
  QVERIFY( older.size() > 4096 );
  QCOMPARE( FileCompleteness::problem( file, format ), QString() );

  // The disk is full half-way through the new one: no file may grow beyond half the older one.
  // (SIGXFSZ ignored: a write beyond the limit fails with EFBIG, as one on a full disk with ENOSPC.)
  const QString blocks = QString::number( older.size() / 2 / 512 );
  const QStringList limited = { QStringLiteral( "sh" ), QStringLiteral( "-c" ),
                                QStringLiteral( "trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"" ).arg( blocks ) };
  run = PrintTestUtils::runProgram( print, limited );
  QVERIFY2( run.status == 1, qPrintable( run.out + run.err ) );
  QVERIFY2( run.err.contains( QStringLiteral( "port-seizure-atlas print: " ) ) &&
                run.err.contains( QStringLiteral( "write %1: %2" ).arg( file, cause ) ),
            qPrintable( run.err ) );
  QVERIFY2( !run.err.contains( QStringLiteral( ".partial" ) ), qPrintable( run.err ) );
  QVERIFY2( !run.out.contains( QStringLiteral( "wrote" ) ), qPrintable( run.out ) );
  QVERIFY( readFile( file ) == older );
  QCOMPARE( hiddenFiles( dir.path() ), QStringList() );
}

PSA_QGIS_TEST_MAIN( TestPrintWriteFailures )
#include "testprintwritefailures.moc"
