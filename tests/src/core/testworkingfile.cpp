/***************************************************************************
  testworkingfile.cpp
  Port Seizure Atlas: a file is written in full under a hidden name, checked, flushed, then
  renamed over its target; a new target is created by exactly one of two writers; what a killed
  process left is removed by the next one. On real files, with real processes.
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "filecompleteness.h"
#include "readonlyfolder.h"
#include "workingfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

class TestWorkingFile : public QObject
{
    Q_OBJECT

  private slots:
    void wholeFilesReplaceTheTarget_data();
    void wholeFilesReplaceTheTarget();
    void truncatedFilesLeaveTheOlderFile_data();
    void truncatedFilesLeaveTheOlderFile();
    void fullDiskLeavesTheOlderFile();
    void newTargetHasExactlyOneCreator();
    void abandonedFilesOfGoneProcessesAreRemoved();
    void unwritableFolderIsNamedWithTheCause();

  private:
    static QByteArray sample( const QString &format );
    static void writeFile( const QString &path, const QByteArray &bytes );
    static QByteArray readFile( const QString &path );
    static QStringList hiddenFiles( const QString &folder );
    //! Runs \a work in a child process; returns its exit code (-1 when it did not exit).
    template <class Work> static int inChild( Work work );
};

QByteArray TestWorkingFile::sample( const QString &format )
{
  if ( format == QLatin1String( "pdf" ) )
  {
    QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    pdf += QByteArray( 3000, ' ' );
    const int xref = pdf.size();
    pdf += "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n" + QByteArray::number( xref ) +
           "\n%%EOF\n";
    return pdf;
  }
  if ( format == QLatin1String( "svg" ) )
    return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">" + QByteArray( 3000, ' ' ) +
           "<rect/></svg>\n";
  if ( format == QLatin1String( "png" ) )
  {
    // Signature, IHDR (13 bytes of data), IDAT (3000), IEND: length, type, data, CRC (unchecked here).
    QByteArray png( "\x89PNG\r\n\x1a\n", 8 );
    for ( const auto &[type, length] : { qMakePair( QByteArray( "IHDR" ), 13 ), qMakePair( QByteArray( "IDAT" ), 3000 ),
                                         qMakePair( QByteArray( "IEND" ), 0 ) } )
    {
      png += QByteArray( 1, static_cast<char>( length >> 24 ) ) +
             QByteArray( 1, static_cast<char>( ( length >> 16 ) & 0xff ) ) +
             QByteArray( 1, static_cast<char>( ( length >> 8 ) & 0xff ) ) +
             QByteArray( 1, static_cast<char>( length & 0xff ) );
      png += type + QByteArray( length, 'x' ) + QByteArray( 4, 'c' );
    }
    return png;
  }
  // An SQLite file of two 2048-byte pages: page size at 16, change counter at 24 = version valid for at 92.
  QByteArray database( 4096, '\0' );
  database.replace( 0, 16, QByteArray( "SQLite format 3\0", 16 ) );
  database[16] = 0x08;
  database[27] = 0x05;
  database[31] = 0x02;
  database[95] = 0x05;
  return database;
}

void TestWorkingFile::writeFile( const QString &path, const QByteArray &bytes )
{
  QFile file( path );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  QCOMPARE( file.write( bytes ), bytes.size() );
}

QByteArray TestWorkingFile::readFile( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
}

QStringList TestWorkingFile::hiddenFiles( const QString &folder )
{
  return QDir( folder ).entryList( { QStringLiteral( ".*" ) }, QDir::Files | QDir::Hidden );
}

template <class Work> int TestWorkingFile::inChild( Work work )
{
  const pid_t child = fork();
  if ( child == 0 )
    _exit( work() );
  int status = 0;
  if ( child < 0 || waitpid( child, &status, 0 ) != child || !WIFEXITED( status ) )
    return -1;
  return WEXITSTATUS( status );
}

void TestWorkingFile::wholeFilesReplaceTheTarget_data()
{
  QTest::addColumn<QString>( "format" );
  for ( const char *format : { "pdf", "svg", "png", "gpkg" } )
    QTest::newRow( format ) << format;
}

void TestWorkingFile::wholeFilesReplaceTheTarget()
{
  QFETCH( QString, format );
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "map." ) + format );
  writeFile( target, "older" );
  WorkingFile working( target, QStringLiteral( "partial." ) + format );
  QVERIFY2( QFileInfo( working.path() )
                .fileName()
                .startsWith( QStringLiteral( ".map.%1.%2." ).arg( format, WorkingFile::processTag( getpid() ) ) ),
            qPrintable( working.path() ) );
  QVERIFY( !QFileInfo::exists( working.path() ) );
  writeFile( working.path(), sample( format ) );
  QCOMPARE( readFile( target ), QByteArray( "older" ) );
  const QString error = working.commit( WorkingFile::Existing::Replace );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( readFile( target ), sample( format ) );
  QCOMPARE( hiddenFiles( dir.path() ), QStringList() );
}

void TestWorkingFile::truncatedFilesLeaveTheOlderFile_data()
{
  QTest::addColumn<QString>( "format" );
  QTest::addColumn<QString>( "problem" );
  QTest::newRow( "pdf" ) << "pdf"
                         << "no PDF end-of-file trailer";
  QTest::newRow( "svg" ) << "svg"
                         << "</svg>";
  QTest::newRow( "png" ) << "png"
                         << "end chunk (IEND)";
  QTest::newRow( "gpkg" ) << "gpkg"
                          << "holds 2048 bytes where its header announces 4096";
}

void TestWorkingFile::truncatedFilesLeaveTheOlderFile()
{
  QFETCH( QString, format );
  QFETCH( QString, problem );
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "map." ) + format );
  writeFile( target, "older" );
  WorkingFile working( target, QStringLiteral( "partial." ) + format );
  writeFile( working.path(), sample( format ).left( 2048 ) );
  QCOMPARE( FileCompleteness::problem( working.path(), format ).contains( problem ), true );
  const QString error = working.commit( WorkingFile::Existing::Replace );
  QVERIFY2( error.startsWith( QStringLiteral( "cannot write %1: the file came out incomplete" ).arg( target ) ),
            qPrintable( error ) );
  QVERIFY2( error.contains( problem ), qPrintable( error ) );
  QVERIFY2( !error.contains( QStringLiteral( "partial" ) ), qPrintable( error ) );
  QCOMPARE( readFile( target ), QByteArray( "older" ) );
  QCOMPARE( hiddenFiles( dir.path() ), QStringList() );
}

void TestWorkingFile::fullDiskLeavesTheOlderFile()
{
  // A child process may write 4 kB per file (RLIMIT_FSIZE, as on a full disk: writes beyond
  // fail); it writes a 3 kB-plus PDF through Qt, which does not notice, then commits.
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "map.pdf" ) );
  writeFile( target, "older" );
  const QByteArray pdf =
      sample( QStringLiteral( "pdf" ) ) + QByteArray( 8192, 'x' ) + sample( QStringLiteral( "pdf" ) );
  const int status = inChild( [&]() {
    signal( SIGXFSZ, SIG_IGN );
    const rlimit limit{ 4096, 4096 };
    setrlimit( RLIMIT_FSIZE, &limit );
    WorkingFile working( target, QStringLiteral( "partial.pdf" ) );
    {
      QFile file( working.path() );
      if ( !file.open( QIODevice::WriteOnly ) )
        return 3;
      file.write( pdf );
    }
    const QString error = working.commit( WorkingFile::Existing::Replace );
    if ( error.isEmpty() )
      return 0;
    return error.contains( QStringLiteral( "incomplete" ) ) && error.contains( target ) ? 1 : 2;
  } );
  QCOMPARE( status, 1 );
  QCOMPARE( readFile( target ), QByteArray( "older" ) );
  QCOMPARE( hiddenFiles( dir.path() ), QStringList() );
  // Without the limit the same write succeeds: the limit, not the test, made it fail.
  QCOMPARE( inChild( [&]() {
              WorkingFile working( target, QStringLiteral( "partial.pdf" ) );
              QFile file( working.path() );
              if ( !file.open( QIODevice::WriteOnly ) || file.write( pdf ) != pdf.size() )
                return 3;
              file.close();
              return working.commit( WorkingFile::Existing::Replace ).isEmpty() ? 0 : 1;
            } ),
            0 );
  QCOMPARE( readFile( target ), pdf );
}

void TestWorkingFile::newTargetHasExactlyOneCreator()
{
  // Eight processes finish a new target at the same moment: one creates it, seven are refused.
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
  const QString start = dir.filePath( QStringLiteral( "start" ) );
  QList<pid_t> children;
  for ( int i = 0; i < 8; ++i )
  {
    const pid_t child = fork();
    if ( child == 0 )
    {
      WorkingFile working( target, QStringLiteral( "importing.gpkg" ) );
      {
        QFile file( working.path() );
        if ( !file.open( QIODevice::WriteOnly ) ||
             file.write( sample( QStringLiteral( "gpkg" ) ).replace( 200, 1, QByteArray::number( i ) ) ) <= 0 )
          _exit( 3 );
      }
      while ( !QFileInfo::exists( start ) )
        usleep( 100 );
      const QString error = working.commit( WorkingFile::Existing::Refuse );
      _exit( error.isEmpty()                                                                           ? 0
             : working.targetExisted() && error == QStringLiteral( "%1 exists already" ).arg( target ) ? 1
                                                                                                       : 2 );
    }
    children << child;
  }
  QTest::qWait( 300 );
  writeFile( start, "go" );
  QList<int> statuses;
  for ( const pid_t child : children )
  {
    int status = 0;
    QCOMPARE( waitpid( child, &status, 0 ), child );
    QVERIFY( WIFEXITED( status ) );
    statuses << WEXITSTATUS( status );
  }
  QCOMPARE( statuses.count( 0 ), 1 );
  QCOMPARE( statuses.count( 1 ), 7 );
  const int winner = statuses.indexOf( 0 );
  QCOMPARE( readFile( target ).at( 200 ), QByteArray::number( winner ).at( 0 ) );
  QCOMPARE( hiddenFiles( dir.path() ), QStringList() );
}

void TestWorkingFile::abandonedFilesOfGoneProcessesAreRemoved()
{
  QTemporaryDir dir;
  // A process that has ended: its id is free (until reused, which takes a while).
  const pid_t gone = fork();
  if ( gone == 0 )
    _exit( 0 );
  QCOMPARE( waitpid( gone, nullptr, 0 ), gone );
  const QString abandoned = dir.filePath(
      QStringLiteral( ".events.gpkg.%1.0badc0de.importing.gpkg" ).arg( WorkingFile::processTag( gone ) ) );
  writeFile( abandoned, QByteArray( 1500000, 'x' ) );
  writeFile( abandoned + QStringLiteral( "-journal" ), QByteArray( 500000, 'x' ) );
  // A running process (this one), a process of another machine (a shared folder) and a file of
  // the user's that merely looks alike stay.
  const QString running = dir.filePath(
      QStringLiteral( ".events.gpkg.%1.0badc0de.importing.gpkg" ).arg( WorkingFile::processTag( getpid() ) ) );
  writeFile( running, "x" );
  const QString otherMachine =
      dir.filePath( QStringLiteral( ".events.gpkg.other-machine-%1.0badc0de.importing.gpkg" ).arg( gone ) );
  writeFile( otherMachine, "x" );
  writeFile( dir.filePath( QStringLiteral( ".events.gpkg.notes" ) ), "x" );
  writeFile( dir.filePath( QStringLiteral( "events.gpkg" ) ), "x" );

  const QStringList said = WorkingFile::removeAbandoned( dir.path() );
  QCOMPARE( said.size(), 1 );
  QCOMPARE( said.first(),
            QStringLiteral(
                "Removed 2.0 MB of working files that an import into %1 left when it stopped (process %2 is gone)." )
                .arg( dir.filePath( QStringLiteral( "events.gpkg" ) ) )
                .arg( gone ) );
  QVERIFY( !QFileInfo::exists( abandoned ) );
  QVERIFY( !QFileInfo::exists( abandoned + QStringLiteral( "-journal" ) ) );
  QVERIFY( QFileInfo::exists( running ) );
  QVERIFY( QFileInfo::exists( otherMachine ) );
  QCOMPARE( QDir( dir.path() ).entryList( QDir::Files | QDir::Hidden ).size(), 4 );
  QCOMPARE( WorkingFile::removeAbandoned( dir.path() ), QStringList() );
}

void TestWorkingFile::unwritableFolderIsNamedWithTheCause()
{
  QTemporaryDir dir;
  const QString folder = makeReadOnlyFolder( dir );
  QVERIFY( !folder.isEmpty() );
  const QString expected = QStringLiteral( "cannot write to %1: permission denied" ).arg( folder );
  // root writes anywhere: the check runs as the unprivileged user "nobody" then.
  const int status = inChild( [&]() {
    if ( geteuid() == 0 && ( setgid( 65534 ) != 0 || setuid( 65534 ) != 0 ) )
      return 3;
    const QString error =
        WorkingFile( QDir( folder ).filePath( QStringLiteral( "events.gpkg" ) ), QStringLiteral( "importing.gpkg" ) )
            .checkFolderWritable();
    return error == expected ? 0 : 1;
  } );
  QCOMPARE( status, 0 );
  // A writable folder passes and keeps nothing.
  const QString writable =
      WorkingFile( dir.filePath( QStringLiteral( "events.gpkg" ) ), QStringLiteral( "importing.gpkg" ) )
          .checkFolderWritable();
  QVERIFY2( writable.isEmpty(), qPrintable( writable ) );
  QCOMPARE( hiddenFiles( dir.path() ), QStringList() );
  chmod( QFile::encodeName( folder ).constData(), 0755 );
}

QTEST_GUILESS_MAIN( TestWorkingFile )
#include "testworkingfile.moc"
