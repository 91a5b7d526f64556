/***************************************************************************
  testcsvreader.cpp
  Port Seizure Atlas: RFC 4180 reading, strict UTF-8 and header checks of CsvReader
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "csvreader.h"
#include "sourcerule.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

  private slots:
    void quotedCommasQuotesAndNewlines();
    void lineEndingsAndByteOrderMark();
    void columnsInAnyOrder();
    void invalidUtf8();
    void invalidUtf8Sequences_data();
    void invalidUtf8Sequences();
    void missingColumn();
    void unknownColumn();
    void duplicateColumn();
    void raggedRow();
    void misplacedQuotes();
    void unterminatedQuote();
    void emptyFile();
    void headerOnly();
    void unreadableFile();
    void errorText();

  private:
    static const QStringList COLUMNS;
    static const QString FILE;
};

const QStringList TestCsvReader::COLUMNS = { QStringLiteral( "name" ), QStringLiteral( "code" ),
                                             QStringLiteral( "note" ) };
const QString TestCsvReader::FILE = QStringLiteral( "layers/test.csv" );

void TestCsvReader::quotedCommasQuotesAndNewlines()
{
  CsvReader reader( COLUMNS );
  const QByteArray data = "name,code,note\n"
                          "\"Antwerp, Bruges\",BEANR,plain\n"
                          "Rotterdam,NLRTM,\"two\nlines, and \"\"quotes\"\"\"\n"
                          "Hamburg,DEHAM,\n";
  QVERIFY2( reader.readData( data, FILE ), qPrintable( reader.errors().value( 0 ).toString() ) );
  const QVector<CsvReader::Record> records = reader.records();
  QCOMPARE( records.size(), 3 );
  QCOMPARE( records.at( 0 ).value( QStringLiteral( "name" ) ), QStringLiteral( "Antwerp, Bruges" ) );
  QCOMPARE( records.at( 0 ).line(), 2 );
  QCOMPARE( records.at( 1 ).value( QStringLiteral( "note" ) ), QStringLiteral( "two\nlines, and \"quotes\"" ) );
  QCOMPARE( records.at( 1 ).line(), 3 );
  // The record after a quoted line break starts on the next physical line.
  QCOMPARE( records.at( 2 ).line(), 5 );
  QCOMPARE( records.at( 2 ).value( QStringLiteral( "note" ) ), QString() );
  QCOMPARE( records.at( 2 ).value( QStringLiteral( "no such column" ) ), QString() );
}

void TestCsvReader::lineEndingsAndByteOrderMark()
{
  CsvReader reader( COLUMNS );
  const QByteArray data = "\xEF\xBB\xBFname,code,note\r\n"
                          "Antwerp,BEANR,x\r\n"
                          "\r\n"
                          "M\xC3\xA1laga,ESAGP,\"a\r\nb\"\r\n";
  QVERIFY( reader.readData( data, FILE ) );
  QCOMPARE( reader.records().size(), 2 );
  QCOMPARE( reader.records().at( 0 ).value( QStringLiteral( "name" ) ), QStringLiteral( "Antwerp" ) );
  QCOMPARE( reader.records().at( 1 ).value( QStringLiteral( "name" ) ), QStringLiteral( "M\u00e1laga" ) );
  QCOMPARE( reader.records().at( 1 ).line(), 4 );
  QCOMPARE( reader.records().at( 1 ).value( QStringLiteral( "note" ) ), QStringLiteral( "a\r\nb" ) );
}

void TestCsvReader::columnsInAnyOrder()
{
  CsvReader reader( COLUMNS );
  QVERIFY( reader.readData( "note,name,code\nn,Antwerp,BEANR\n", FILE ) );
  QCOMPARE( reader.records().at( 0 ).value( QStringLiteral( "code" ) ), QStringLiteral( "BEANR" ) );
  QCOMPARE( reader.records().at( 0 ).values(),
            QStringList( { QStringLiteral( "Antwerp" ), QStringLiteral( "BEANR" ), QStringLiteral( "n" ) } ) );
}

void TestCsvReader::invalidUtf8()
{
  CsvReader reader( COLUMNS );
  // Latin-1 é (0xE9) in the name on line 3, byte 5 of that line; the other records are kept.
  const QByteArray data = "name,code,note\n"
                          "Antwerp,BEANR,\"a\nb\"\n"
                          "Sete\xE9,FRSET,x\n"
                          "Hamburg,DEHAM,x\n";
  QVERIFY( !reader.readData( data, FILE ) );
  QCOMPARE( reader.errors().size(), 1 );
  const SourceError error = reader.errors().at( 0 );
  QCOMPARE( error.file(), FILE );
  QCOMPARE( error.line(), 4 );
  QCOMPARE( error.column(), QStringLiteral( "name" ) );
  QCOMPARE( error.ruleId(), QString( SourceRule::InvalidUtf8 ) );
  QVERIFY2( error.message().contains( QLatin1String( "0xe9" ) ) &&
                error.message().contains( QLatin1String( "byte column 5" ) ),
            qPrintable( error.message() ) );
  QCOMPARE( reader.records().size(), 2 );
  QCOMPARE( reader.records().at( 1 ).value( QStringLiteral( "name" ) ), QStringLiteral( "Hamburg" ) );
}

void TestCsvReader::invalidUtf8Sequences_data()
{
  QTest::addColumn<QByteArray>( "bytes" );
  QTest::addColumn<int>( "offset" );
  QTest::newRow( "ascii" ) << QByteArray( "Antwerp" ) << -1;
  QTest::newRow( "two, three and four bytes" ) << QByteArray( "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\xA2" ) << -1;
  QTest::newRow( "lone continuation byte" ) << QByteArray( "ab\x80" ) << 2;
  QTest::newRow( "truncated sequence" ) << QByteArray( "a\xE2\x82" ) << 1;
  QTest::newRow( "overlong slash" ) << QByteArray( "\xC0\xAF" ) << 0;
  QTest::newRow( "UTF-16 surrogate" ) << QByteArray( "x\xED\xA0\x80" ) << 1;
  QTest::newRow( "above U+10FFFF" ) << QByteArray( "\xF4\x90\x80\x80" ) << 0;
  QTest::newRow( "invalid lead byte" ) << QByteArray( "\xFF" ) << 0;
}

void TestCsvReader::invalidUtf8Sequences()
{
  QFETCH( QByteArray, bytes );
  QFETCH( int, offset );
  QCOMPARE( CsvReader::firstInvalidUtf8( bytes ), offset );
}

void TestCsvReader::missingColumn()
{
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readData( "name,note\nAntwerp,x\n", FILE ) );
  QCOMPARE( reader.errors().size(), 1 );
  QCOMPARE( reader.errors().at( 0 ), SourceError( FILE, 1, QStringLiteral( "code" ), SourceRule::MissingColumn,
                                                  QStringLiteral( "missing from the header" ) ) );
  QVERIFY( !reader.headerValid() );
  QVERIFY( reader.records().isEmpty() );
}

void TestCsvReader::unknownColumn()
{
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readData( "name,code,note,comment\nAntwerp,BEANR,x,y\n", FILE ) );
  QCOMPARE( reader.errors().size(), 1 );
  const SourceError error = reader.errors().at( 0 );
  QCOMPARE( error.line(), 1 );
  QCOMPARE( error.column(), QStringLiteral( "comment" ) );
  QCOMPARE( error.ruleId(), QString( SourceRule::UnknownColumn ) );
}

void TestCsvReader::duplicateColumn()
{
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readData( "name,code,note,code\n", FILE ) );
  QCOMPARE( reader.errors().size(), 1 );
  QCOMPARE( reader.errors().at( 0 ).column(), QStringLiteral( "code" ) );
  QCOMPARE( reader.errors().at( 0 ).ruleId(), QString( SourceRule::DuplicateColumn ) );
}

void TestCsvReader::raggedRow()
{
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readData(
      "name,code,note\nAntwerp,BEANR,x\nRotterdam,NLRTM\nHamburg,DEHAM,x,extra\nBremen,DEBRE,x\n", FILE ) );
  QCOMPARE( reader.errors().size(), 2 );
  QCOMPARE( reader.errors().at( 0 ), SourceError( FILE, 3, QString(), SourceRule::FieldCount,
                                                  QStringLiteral( "expected 3 fields as in the header, found 2" ) ) );
  QCOMPARE( reader.errors().at( 1 ).line(), 4 );
  QCOMPARE( reader.errors().at( 1 ).ruleId(), QString( SourceRule::FieldCount ) );
  // The good records around them are still read.
  QCOMPARE( reader.records().size(), 2 );
  QCOMPARE( reader.records().at( 1 ).line(), 5 );
}

void TestCsvReader::misplacedQuotes()
{
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readData( "name,code,note\nAnt\"werp,BEANR,x\n\"Rotterdam\"x,NLRTM,x\nHamburg,DEHAM,x\n", FILE ) );
  QCOMPARE( reader.errors().size(), 2 );
  QCOMPARE( reader.errors().at( 0 ).line(), 2 );
  QCOMPARE( reader.errors().at( 0 ).ruleId(), QString( SourceRule::Quoting ) );
  QCOMPARE( reader.errors().at( 1 ).line(), 3 );
  QCOMPARE( reader.errors().at( 1 ).ruleId(), QString( SourceRule::Quoting ) );
  QCOMPARE( reader.records().size(), 1 );
}

void TestCsvReader::unterminatedQuote()
{
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readData( "name,code,note\nAntwerp,BEANR,x\nRotterdam,NLRTM,\"open\nHamburg,DEHAM,x\n", FILE ) );
  QCOMPARE( reader.errors().size(), 1 );
  QCOMPARE( reader.errors().at( 0 ).line(), 3 );
  QCOMPARE( reader.errors().at( 0 ).ruleId(), QString( SourceRule::Quoting ) );
  QCOMPARE( reader.records().size(), 1 );
}

void TestCsvReader::emptyFile()
{
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readData( QByteArray(), FILE ) );
  QCOMPARE( reader.errors().size(), 1 );
  QCOMPARE( reader.errors().at( 0 ).line(), 0 );
  QCOMPARE( reader.errors().at( 0 ).ruleId(), QString( SourceRule::EmptyFile ) );

  QVERIFY( !reader.readData( "\n\n", FILE ) );
  QCOMPARE( reader.errors().at( 0 ).ruleId(), QString( SourceRule::EmptyFile ) );
}

void TestCsvReader::headerOnly()
{
  CsvReader reader( COLUMNS );
  QVERIFY( reader.readData( "name,code,note\n", FILE ) );
  QVERIFY( reader.headerValid() );
  QVERIFY( reader.records().isEmpty() );
  QVERIFY( reader.readData( "name,code,note", FILE ) );
  QVERIFY( reader.records().isEmpty() );
}

void TestCsvReader::unreadableFile()
{
  QTemporaryDir directory;
  const QString path = directory.filePath( QStringLiteral( "absent.csv" ) );
  CsvReader reader( COLUMNS );
  QVERIFY( !reader.readFile( path ) );
  QCOMPARE( reader.errors().size(), 1 );
  QCOMPARE( reader.errors().at( 0 ).file(), path );
  QCOMPARE( reader.errors().at( 0 ).ruleId(), QString( SourceRule::FileUnreadable ) );

  QFile file( directory.filePath( QStringLiteral( "present.csv" ) ) );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "name,code,note\nAntwerp,BEANR,\n" );
  file.close();
  QVERIFY( reader.readFile( file.fileName() ) );
  QCOMPARE( reader.records().size(), 1 );
}

void TestCsvReader::errorText()
{
  QCOMPARE( SourceError( QStringLiteral( "layers/ports.csv" ), 7, QStringLiteral( "lat" ),
                         QStringLiteral( "coordinate.swapped" ), QStringLiteral( "looks swapped" ) )
                .toString(),
            QStringLiteral( "layers/ports.csv:7: column 'lat': looks swapped [coordinate.swapped]" ) );
  QCOMPARE( SourceError( QStringLiteral( "layers/ports.csv" ), 3, QString(), QStringLiteral( "csv.field-count" ),
                         QStringLiteral( "expected 7 fields" ) )
                .toString(),
            QStringLiteral( "layers/ports.csv:3: expected 7 fields [csv.field-count]" ) );
  QCOMPARE( SourceError( QStringLiteral( "layers/ports.csv" ), 0, QString(), QStringLiteral( "csv.empty-file" ),
                         QStringLiteral( "the file is empty" ) )
                .toString(),
            QStringLiteral( "layers/ports.csv: the file is empty [csv.empty-file]" ) );
}

QTEST_GUILESS_MAIN( TestCsvReader )
#include "testcsvreader.moc"
