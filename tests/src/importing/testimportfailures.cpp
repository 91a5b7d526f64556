/***************************************************************************
  testimportfailures.cpp
  Port Seizure Atlas: `port-seizure-atlas import` on an analyst's bad day: a damaged GeoPackage,
  two imports into one new file at once, an import killed half-way, a read-only folder. Every
  failure is reported as one (exit 1, the cause, the user's own paths) and leaves nothing behind.
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "damagedgeopackage.h"
#include "readonlyfolder.h"
#include "syntheticevents.h"
#include "workingfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sys/stat.h>
#include <unistd.h>

class TestImportFailures : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void damagedGeoPackageIsRefused();
    void twoImportsIntoOneNewFile();
    void killedImportIsClearedByTheNext_data();
    void killedImportIsClearedByTheNext();
    void readOnlyFolderSaysPermissionDenied();
    void fullDiskRefusesTheImport();

  private:
    struct Run
    {
        int status = -1;
        QString output;
    };
    static QStringList importArguments( const QString &input, const QString &target );
    static Run finish( QProcess &process );
    static Run runImport( const QString &input, const QString &target, const QStringList &prefix = QStringList() );
    static QStringList filesIn( const QString &folder )
    {
      return QDir( folder ).entryList( QDir::Files | QDir::Hidden );
    }
    static long long eventCount( const QString &geoPackage );
    static void writeSourceGeoPackage( const QString &path, int events );

    QTemporaryDir mInputs;
    QString mLargeCsv;
    QString mMediumCsv;
};

void TestImportFailures::initTestCase()
{
  GDALAllRegister();
  mLargeCsv = mInputs.filePath( QStringLiteral( "large.csv" ) );
  mMediumCsv = mInputs.filePath( QStringLiteral( "medium.csv" ) );
  QVERIFY( writeSyntheticEventsCsv( mLargeCsv, 200000, 21 ) );
  QVERIFY( writeSyntheticEventsCsv( mMediumCsv, 40000, 4 ) );
}

QStringList TestImportFailures::importArguments( const QString &input, const QString &target )
{
  return { QStringLiteral( "import" ),  QStringLiteral( "--in" ),        input, QStringLiteral( "--out" ), target,
           QStringLiteral( "--ports" ), QStringLiteral( PSA_ATLAS_GPKG ) };
}

TestImportFailures::Run TestImportFailures::finish( QProcess &process )
{
  Run run;
  if ( !process.waitForFinished( 120000 ) )
    return run;
  run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.output = QString::fromUtf8( process.readAll() );
  return run;
}

TestImportFailures::Run TestImportFailures::runImport( const QString &input, const QString &target,
                                                       const QStringList &prefix )
{
  QProcess process;
  process.setProcessChannelMode( QProcess::MergedChannels );
  const QStringList command = prefix + QStringList( QStringLiteral( PSA_PROGRAM ) ) + importArguments( input, target );
  process.start( command.first(), command.mid( 1 ) );
  return finish( process );
}

long long TestImportFailures::eventCount( const QString &geoPackage )
{
  std::unique_ptr<GDALDataset> dataset(
      GDALDataset::Open( geoPackage.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY ) );
  OGRLayer *events = dataset ? dataset->GetLayerByName( "seizure_events" ) : nullptr;
  return events ? events->GetFeatureCount( TRUE ) : -1;
}

void TestImportFailures::writeSourceGeoPackage( const QString &path, int events )
{
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  std::unique_ptr<GDALDataset> dataset( driver->Create( path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
  QVERIFY( dataset );
  OGRLayer *layer = dataset->CreateLayer( "events", nullptr, wkbNone, nullptr );
  QVERIFY( layer );
  for ( const char *name : { "date", "port", "origin_country", "drug", "quantity", "unit" } )
  {
    OGRFieldDefn field( name, OFTString );
    QCOMPARE( layer->CreateField( &field ), OGRERR_NONE );
  }
  QCOMPARE( dataset->StartTransaction(), OGRERR_NONE );
  for ( int i = 0; i < events; ++i )
  {
    OGRFeature feature( layer->GetLayerDefn() );
    feature.SetField(
        0, QStringLiteral( "20%1-0%2-1%3" ).arg( 15 + i % 9 ).arg( 1 + i % 9 ).arg( i % 10 ).toUtf8().constData() );
    feature.SetField( 1, i % 2 ? "BEANR" : "NLRTM" );
    feature.SetField( 2, i % 3 ? "EC" : "CO" );
    feature.SetField( 3, "cocaine" );
    feature.SetField( 4, QByteArray::number( 10 + i % 900 ).constData() );
    feature.SetField( 5, "kg" );
    QCOMPARE( layer->CreateFeature( &feature ), OGRERR_NONE );
  }
  QCOMPARE( dataset->CommitTransaction(), OGRERR_NONE );
}

void TestImportFailures::damagedGeoPackageIsRefused()
{
  QTemporaryDir dir;
  const QString intact = dir.filePath( QStringLiteral( "intact.gpkg" ) );
  writeSourceGeoPackage( intact, 20000 );
  const QString damaged = dir.filePath( QStringLiteral( "damaged.gpkg" ) );
  QVERIFY( QFile::copy( intact, damaged ) );
  QCOMPARE( DamagedGeoPackage::overwriteTablePages( damaged, QStringLiteral( "events" ), 3 ).size(), 3 );

  // The intact file imports whole: what follows is the damage, not the data.
  const QString out = dir.filePath( QStringLiteral( "out" ) );
  QVERIFY( QDir().mkpath( out ) );
  Run run = runImport( intact + QStringLiteral( "|layername=events" ),
                       QDir( out ).filePath( QStringLiteral( "intact_events.gpkg" ) ) );
  QCOMPARE( run.status, 0 );
  QVERIFY2( run.output.contains( QStringLiteral( "Imported 20000 events." ) ), qPrintable( run.output ) );

  const QString target = QDir( out ).filePath( QStringLiteral( "events.gpkg" ) );
  run = runImport( damaged + QStringLiteral( "|layername=events" ), target );
  QVERIFY2( run.status == 1, qPrintable( run.output ) );
  // Which file, which table, which feature, why.
  const QRegularExpression where(
      QStringLiteral( "^%1:(\\d+): table 'events': reading stopped at feature (\\d+) of 20000 \\(after fid (\\d+)\\): "
                      ".*malformed.*\\[import.source-read-failed\\]$" )
          .arg( QRegularExpression::escape( damaged ) ),
      QRegularExpression::MultilineOption );
  const QRegularExpressionMatch match = where.match( run.output );
  QVERIFY2( match.hasMatch(), qPrintable( run.output ) );
  QVERIFY( match.captured( 2 ).toInt() > 1 && match.captured( 2 ).toInt() < 20000 );
  QCOMPARE( match.captured( 1 ).toInt(), match.captured( 2 ).toInt() + 1 );
  QVERIFY2( !run.output.contains( QStringLiteral( "Imported" ) ), qPrintable( run.output ) );
  QVERIFY( !QFileInfo::exists( target ) );
  QCOMPARE( filesIn( out ), QStringList( QStringLiteral( "intact_events.gpkg" ) ) );
}

void TestImportFailures::twoImportsIntoOneNewFile()
{
  for ( int round = 0; round < 3; ++round )
  {
    QTemporaryDir dir;
    const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
    QProcess first;
    QProcess second;
    for ( QProcess *process : { &first, &second } )
    {
      process->setProcessChannelMode( QProcess::MergedChannels );
      process->start( QStringLiteral( PSA_PROGRAM ), importArguments( mMediumCsv, target ) );
    }
    const Run runs[] = { finish( first ), finish( second ) };
    const int winners = ( runs[0].status == 0 ) + ( runs[1].status == 0 );
    QVERIFY2( winners == 1, qPrintable( runs[0].output + QStringLiteral( "\n--\n" ) + runs[1].output ) );
    const Run &loser = runs[0].status == 0 ? runs[1] : runs[0];
    QCOMPARE( loser.status, 1 );
    QVERIFY2( loser.output.contains( QStringLiteral( "%1 exists already" ).arg( target ) ),
              qPrintable( loser.output ) );
    QVERIFY2( loser.output.contains( QStringLiteral( "nothing was written" ) ), qPrintable( loser.output ) );
    QCOMPARE( eventCount( target ), 40000LL );
    QCOMPARE( filesIn( dir.path() ), QStringList( QStringLiteral( "events.gpkg" ) ) );
  }
}

void TestImportFailures::killedImportIsClearedByTheNext_data()
{
  // When the import is killed, told by its working files: as the working file is set up (GDAL
  // creates the tables), while the events go in (the file grows), while the per-port and route
  // tables are written at the end (GDAL's journal beside a file of several MB).
  QTest::addColumn<qint64>( "minimumSize" );
  QTest::addColumn<bool>( "journal" );
  QTest::newRow( "working file just created" ) << 1LL << false;
  QTest::newRow( "events going in" ) << 4000000LL << false;
  QTest::newRow( "tables of the map written" ) << 4000000LL << true;
}

void TestImportFailures::killedImportIsClearedByTheNext()
{
  QFETCH( qint64, minimumSize );
  QFETCH( bool, journal );
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
  QProcess import;
  import.setProcessChannelMode( QProcess::MergedChannels );
  import.start( QStringLiteral( PSA_PROGRAM ), importArguments( mLargeCsv, target ) );
  QVERIFY( import.waitForStarted() );
  const qint64 pid = import.processId();
  const QString working = QStringLiteral( ".events.gpkg.%1.*.importing.gpkg" ).arg( WorkingFile::processTag( pid ) );
  const auto reached = [&]() {
    const QFileInfoList files = QDir( dir.path() ).entryInfoList( { working }, QDir::Files | QDir::Hidden );
    return !files.isEmpty() && files.first().size() >= minimumSize &&
           ( !journal || QFileInfo::exists( files.first().absoluteFilePath() + QStringLiteral( "-journal" ) ) );
  };
  QElapsedTimer waited;
  waited.start();
  while ( !reached() && waited.elapsed() < 60000 )
    QThread::usleep( 200 );
  QVERIFY2( reached(), "the import never reached the point to kill it at" );
  import.kill(); // SIGKILL: no handler, no clean-up
  QVERIFY( import.waitForFinished() );

  // It left its working files, named after it, and no target.
  const QStringList left = filesIn( dir.path() );
  QVERIFY2( !left.isEmpty(), "the import was killed before it wrote anything: the kill point is too early" );
  for ( const QString &name : left )
    QVERIFY2( name.startsWith( QStringLiteral( ".events.gpkg.%1." ).arg( WorkingFile::processTag( pid ) ) ),
              qPrintable( name ) );
  QVERIFY( !QFileInfo::exists( target ) );

  // The next import into the folder removes them and says so; the user's files stay.
  const QString other = dir.filePath( QStringLiteral( "other.gpkg" ) );
  const Run next = runImport( QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ), other );
  QVERIFY2( next.status == 0, qPrintable( next.output ) );
  QVERIFY2( next.output.contains(
                QRegularExpression( QStringLiteral( "Removed [0-9.]+ [kM]B of working files that an import into %1 "
                                                    "left when it stopped \\(process %2 is gone\\)\\." )
                                        .arg( QRegularExpression::escape( target ) )
                                        .arg( pid ) ) ),
            qPrintable( next.output ) );
  QCOMPARE( filesIn( dir.path() ), QStringList( QStringLiteral( "other.gpkg" ) ) );
  QCOMPARE( eventCount( other ), 2LL );
}

void TestImportFailures::readOnlyFolderSaysPermissionDenied()
{
  QTemporaryDir dir;
  const QString folder = makeReadOnlyFolder( dir );
  QVERIFY( !folder.isEmpty() );
  // root may write anywhere: the analyst's import runs as an unprivileged user then.
  const QStringList asUser =
      geteuid() == 0 ? QStringList( { QStringLiteral( "setpriv" ), QStringLiteral( "--reuid=65534" ),
                                      QStringLiteral( "--regid=65534" ), QStringLiteral( "--clear-groups" ) } )
                     : QStringList();
  const Run run = runImport( QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ),
                             QDir( folder ).filePath( QStringLiteral( "events.gpkg" ) ), asUser );
  QVERIFY2( run.status == 1, qPrintable( run.output ) );
  QVERIFY2( run.output.contains( QStringLiteral( "cannot write to %1: permission denied" ).arg( folder ) ),
            qPrintable( run.output ) );
  QVERIFY2( !run.output.contains( QStringLiteral( ".importing" ) ) &&
                !run.output.contains( QStringLiteral( "extension" ) ),
            qPrintable( run.output ) );
  QCOMPARE( filesIn( folder ), QStringList() );
  chmod( QFile::encodeName( folder ).constData(), 0755 );
}

void TestImportFailures::fullDiskRefusesTheImport()
{
  // No file may grow beyond 1 MB (RLIMIT_FSIZE; SIGXFSZ ignored, so a write beyond fails as on a
  // full disk); the import of 200,000 events needs more.
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
  const QStringList limited = { QStringLiteral( "sh" ), QStringLiteral( "-c" ),
                                QStringLiteral( "trap '' XFSZ; ulimit -f 2000; exec \"$0\" \"$@\"" ) };
  const Run run = runImport( mLargeCsv, target, limited );
  QVERIFY2( run.status == 1, qPrintable( run.output ) );
  QVERIFY2( run.output.contains( QStringLiteral( "cannot write %1: " ).arg( target ) ), qPrintable( run.output ) );
  QVERIFY2( run.output.contains( QStringLiteral( "nothing was written" ) ), qPrintable( run.output ) );
  QVERIFY2( !run.output.contains( QStringLiteral( ".importing" ) ), qPrintable( run.output ) );
  QCOMPARE( filesIn( dir.path() ), QStringList() );
}

QTEST_GUILESS_MAIN( TestImportFailures )
#include "testimportfailures.moc"
