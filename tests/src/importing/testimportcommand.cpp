/***************************************************************************
  testimportcommand.cpp
  Port Seizure Atlas: `port-seizure-atlas import`: its argument parser and the program itself
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "importcommand.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestImportCommand : public QObject
{
    Q_OBJECT

  private slots:
    void parsesOptions();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void garbageNeverCrashes();
    void programImports();
    void programRefuses();

  private:
    static QStringList command( const QStringList &options )
    {
      return QStringList( { QStringLiteral( "port-seizure-atlas" ), QStringLiteral( "import" ) } ) + options;
    }
    static int runProgram( const QStringList &options, QString *output );
};

void TestImportCommand::parsesOptions()
{
  const ImportArguments arguments =
      parseImportArguments( command( { "--in", "a.csv", "--out=b.gpkg", "--map", "Datum=date", "--replace" } ) );
  QVERIFY2( arguments.error.isEmpty(), qPrintable( arguments.error ) );
  QCOMPARE( arguments.input, QStringLiteral( "a.csv" ) );
  QCOMPARE( arguments.target, QStringLiteral( "b.gpkg" ) );
  QCOMPARE( arguments.mapping, QStringLiteral( "Datum=date" ) );
  QVERIFY( arguments.replace );
  QVERIFY( !arguments.checkOnly );

  const ImportArguments check =
      parseImportArguments( command( { "--check", "--in", "PG:dbname=x|layername=events" } ) );
  QVERIFY2( check.error.isEmpty(), qPrintable( check.error ) );
  QVERIFY( check.checkOnly );
  QCOMPARE( check.input, QStringLiteral( "PG:dbname=x|layername=events" ) );

  QVERIFY( parseImportArguments( command( { "--help" } ) ).help );

  const ImportArguments reading = parseImportArguments(
      command( { "--in", "a.csv", "--check", "--delimiter", "semicolon", "--encoding=windows-1252", "--decimal",
                 "comma", "--date-order=mdy", "--allow-large" } ) );
  QVERIFY2( reading.error.isEmpty(), qPrintable( reading.error ) );
  QCOMPARE( reading.options.delimiter, ';' );
  QCOMPARE( reading.options.encoding, QStringLiteral( "windows-1252" ) );
  QCOMPARE( reading.options.decimalMark, ImportOptions::DecimalMark::Comma );
  QCOMPARE( reading.options.dateOrder, ImportOptions::DateOrder::MonthFirst );
  QVERIFY( reading.options.allowLarge );
  QCOMPARE( parseImportArguments( command( { "--in", "a.csv", "--check", "--delimiter", "tab" } ) ).options.delimiter,
            '\t' );
  QCOMPARE( parseImportArguments( command( { "--in", "a.csv", "--check" } ) ).options.delimiter, '\0' );
}

void TestImportCommand::refusesBadArguments_data()
{
  QTest::addColumn<QStringList>( "options" );
  QTest::addColumn<QString>( "errorPart" );
  QTest::newRow( "nothing" ) << QStringList() << "--in FILE is missing";
  QTest::newRow( "no target" ) << QStringList( { "--in", "a.csv" } ) << "--out TARGET is missing";
  QTest::newRow( "value missing" ) << QStringList( { "--in", "a.csv", "--out" } ) << "--out needs a value";
  QTest::newRow( "unknown option" ) << QStringList( { "--in", "a.csv", "--out", "b.gpkg", "--fast" } )
                                    << "unknown option '--fast'";
  QTest::newRow( "twice" ) << QStringList( { "--in", "a.csv", "--in", "c.csv", "--out", "b.gpkg" } )
                           << "--in is given twice";
  QTest::newRow( "check with target" ) << QStringList( { "--in", "a.csv", "--check", "--out", "b.gpkg" } )
                                       << "leave out --out";
  QTest::newRow( "flag with value" ) << QStringList( { "--in", "a.csv", "--out", "b.gpkg", "--replace=yes" } )
                                     << "--replace takes no value";
  QTest::newRow( "unknown delimiter" ) << QStringList( { "--in", "a.csv", "--check", "--delimiter", ":" } )
                                       << "--delimiter ':' is none of , ; | tab";
  QTest::newRow( "unknown decimal" ) << QStringList( { "--in", "a.csv", "--check", "--decimal", "dot" } )
                                     << "--decimal 'dot' is neither comma nor point";
  QTest::newRow( "unknown date order" ) << QStringList( { "--in", "a.csv", "--check", "--date-order", "ymd" } )
                                        << "--date-order 'ymd' is neither dmy nor mdy";
  QTest::newRow( "empty encoding" ) << QStringList( { "--in", "a.csv", "--check", "--encoding=" } )
                                    << "--encoding needs an encoding name";
  QTest::newRow( "decimal twice" ) << QStringList(
                                          { "--in", "a.csv", "--check", "--decimal", "comma", "--decimal", "point" } )
                                   << "--decimal is given twice";
  QTest::newRow( "allow-large with value" )
      << QStringList( { "--in", "a.csv", "--check", "--allow-large=1" } ) << "--allow-large takes no value";
}

void TestImportCommand::refusesBadArguments()
{
  QFETCH( QStringList, options );
  QFETCH( QString, errorPart );
  const ImportArguments arguments = parseImportArguments( command( options ) );
  QVERIFY2( arguments.error.contains( errorPart ), qPrintable( arguments.error ) );
}

void TestImportCommand::garbageNeverCrashes()
{
  // A poor man's fuzzer: random option soups must end in a value or an error, never a crash.
  const QStringList pieces = { "--in",
                               "--out",
                               "--map",
                               "--ports",
                               "--replace",
                               "--check",
                               "--help",
                               "=",
                               "--in=",
                               "--=x",
                               "",
                               "-",
                               "x",
                               "a=b,c",
                               "--out=PG:",
                               "--delimiter",
                               "--encoding",
                               "--decimal",
                               "--date-order",
                               "--allow-large",
                               ";",
                               "comma",
                               "dmy" };
  QRandomGenerator generator( 7 );
  for ( int round = 0; round < 5000; ++round )
  {
    QStringList options;
    const int count = generator.bounded( 7 );
    for ( int i = 0; i < count; ++i )
      options << pieces.at( generator.bounded( pieces.size() ) );
    const ImportArguments arguments = parseImportArguments( command( options ) );
    QVERIFY( arguments.help || !arguments.error.isEmpty() || !arguments.input.isEmpty() );
  }
}

int TestImportCommand::runProgram( const QStringList &options, QString *output )
{
  QProcess process;
  process.setProcessChannelMode( QProcess::MergedChannels );
  process.start( QStringLiteral( PSA_PROGRAM ),
                 QStringList( QStringLiteral( "import" ) ) + options +
                     QStringList( { QStringLiteral( "--ports" ), QStringLiteral( PSA_ATLAS_GPKG ) } ) );
  if ( !process.waitForFinished( 60000 ) )
    return -1;
  *output = QString::fromUtf8( process.readAll() );
  return process.exitCode();
}

void TestImportCommand::programImports()
{
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
  QString output;
  QCOMPARE( runProgram( { "--in", PSA_TEST_DATA_DIR "/import/valid.csv", "--out", target }, &output ), 0 );
  QVERIFY2( output.contains( QStringLiteral( "Imported 2 events." ) ), qPrintable( output ) );
  QVERIFY( QFileInfo::exists( target ) );
  QCOMPARE( runProgram( { "--in", PSA_TEST_DATA_DIR "/import/valid.csv", "--check" }, &output ), 0 );
  QVERIFY2( output.contains( QStringLiteral( "Checked 2 events: no problem found" ) ), qPrintable( output ) );
  // A second import into the same file needs --replace.
  QCOMPARE( runProgram( { "--in", PSA_TEST_DATA_DIR "/import/valid.csv", "--out", target }, &output ), 1 );
  QVERIFY2( output.contains( QStringLiteral( "--replace" ) ), qPrintable( output ) );
}

void TestImportCommand::programRefuses()
{
  QTemporaryDir dir;
  const QString target = dir.filePath( QStringLiteral( "events.gpkg" ) );
  QString output;
  QCOMPARE( runProgram( { "--in", PSA_TEST_DATA_DIR "/import/unknown_port.csv", "--out", target }, &output ), 1 );
  QVERIFY2(
      output.contains( QStringLiteral( "unknown_port.csv:2: column 'port': 'Antwerpe' is no port of the atlas" ) ),
      qPrintable( output ) );
  QVERIFY2( output.contains( QStringLiteral( "did you mean Antwerp (BEANR)?" ) ), qPrintable( output ) );
  QVERIFY( !QFileInfo::exists( target ) );
  QVERIFY( QDir( dir.path() ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
  // A value that reads two ways: refused with both readings and the option that settles it; the option imports it.
  QCOMPARE(
      runProgram( { "--in", PSA_TEST_DATA_DIR "/import-dialects/ambiguous_quantity.csv", "--out", target }, &output ),
      1 );
  QVERIFY2( output.contains( QStringLiteral( "ambiguous_quantity.csv:2: column 'quantity': '1.500' could be 1.5 "
                                             "(decimal point) or 1500 (decimal comma)" ) ) &&
                output.contains( QStringLiteral( "--decimal comma or --decimal point" ) ),
            qPrintable( output ) );
  QVERIFY( !QFileInfo::exists( target ) );
  QCOMPARE( runProgram( { "--in", PSA_TEST_DATA_DIR "/import-dialects/ambiguous_quantity.csv", "--check", "--decimal",
                          "comma" },
                        &output ),
            0 );
  QVERIFY2( output.contains( QStringLiteral( "Quantities read with a decimal comma (--decimal comma)." ) ),
            qPrintable( output ) );
  QCOMPARE( runProgram( { "--in", PSA_TEST_DATA_DIR "/import-dialects/large_quantity.csv", "--check" }, &output ), 1 );
  QVERIFY2( output.contains( QStringLiteral( "--allow-large" ) ), qPrintable( output ) );
  QCOMPARE( runProgram( { "--in", PSA_TEST_DATA_DIR "/import-dialects/large_quantity.csv", "--check", "--allow-large" },
                        &output ),
            0 );
  QCOMPARE( runProgram( { "--in", "x.csv" }, &output ), 2 );
  QVERIFY2( output.contains( QStringLiteral( "Usage: port-seizure-atlas import" ) ), qPrintable( output ) );
}

QTEST_GUILESS_MAIN( TestImportCommand )
#include "testimportcommand.moc"
