/***************************************************************************
  testimportdialects.cpp
  Port Seizure Atlas: importing the files European offices export (separators, encodings,
  decimal commas, day-first dates, headers, drugs and ports in seven languages), the
  refusals of what reads two ways, and the limits on bad input
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "csveventsource.h"
#include "importrule.h"
#include "seizureeventimporter.h"
#include "testports.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestImportDialects : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void roundTrip_data();
    void roundTrip();
    void refused_data();
    void refused();
    void bothReadings_data();
    void bothReadings();
    void detectedDialect_data();
    void detectedDialect();
    void delimiterGivenWrongly();
    void overlongLine();
    void unclosedQuote();
    void largeSeizureAllowed();

  private:
    static QString fixture( const QString &name )
    {
      return QStringLiteral( PSA_TEST_DATA_DIR "/import-dialects/" ) + name;
    }
    QString target() const { return mDir->filePath( QStringLiteral( "events.gpkg" ) ); }
    //! The stored events, one "date|locode|drug|tonnes" per event in file order (tonnes to the gram).
    QStringList storedEvents() const;
    ImportReport import( const QString &input, const ImportOptions &options = ImportOptions() ) const;

    PortGazetteer mPorts;
    std::unique_ptr<QTemporaryDir> mDir;
};

void TestImportDialects::initTestCase()
{
  GDALAllRegister();
  mPorts = testPorts();
}

void TestImportDialects::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  QVERIFY( mDir->isValid() );
}

ImportReport TestImportDialects::import( const QString &input, const ImportOptions &options ) const
{
  SeizureEventImporter importer( mPorts );
  importer.setOptions( options );
  return importer.run( input, EventColumnMapping(), target(), false );
}

QStringList TestImportDialects::storedEvents() const
{
  std::unique_ptr<GDALDataset> gpkg(
      GDALDataset::Open( target().toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY ) );
  if ( !gpkg )
    return { QStringLiteral( "no GeoPackage" ) };
  QStringList events;
  OGRLayer *rows = gpkg->ExecuteSQL(
      "SELECT event_date, year, port_locode, drug, tonnes FROM seizure_events ORDER BY source_line", nullptr, nullptr );
  for ( auto &row : *rows )
  {
    const QString date = row->IsFieldSetAndNotNull( 0 ) ? QString::fromUtf8( row->GetFieldAsString( 0 ) )
                                                        : QString::number( row->GetFieldAsInteger( 1 ) );
    // Tonnes to the gram: 6 decimals.
    events << QStringLiteral( "%1|%2|%3|%4" )
                  .arg( date, QString::fromUtf8( row->GetFieldAsString( 2 ) ),
                        QString::fromUtf8( row->GetFieldAsString( 3 ) ) )
                  .arg( row->GetFieldAsDouble( 4 ), 0, 'f', 6 );
  }
  gpkg->ReleaseResultSet( rows );
  return events;
}

void TestImportDialects::roundTrip_data()
{
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<QStringList>( "events" );
  QTest::addColumn<QStringList>( "notices" );
  QTest::newRow( "German, semicolons, 1.500 = 1500 kg" )
      << "semicolon_de.csv"
      << QStringList{ "2021/03/12|BEANR|cocaine|1.500000", "2021/04/15|DEHAM|cocaine|2.350500",
                      "2022|NLRTM|cannabis resin|0.800000" }
      << QStringList{ "as semicolon-separated (detected", "decimal comma (line 3: '2.350,5')", "Datum → date",
                      "Herkunftsland → origin_country",
                      "'Antwerpen' → Antwerp (BEANR), UN/LOCODE local name Antwerpen" };
  QTest::newRow( "French, Windows-1252" )
      << "windows1252_fr.csv"
      << QStringList{ "2021/03/12|FRLEH|cocaine|1.250500", "2021/03/25|BEANR|cocaine|2.000000",
                      "2021|FRLEH|heroin|0.000750" }
      << QStringList{ "encoding windows-1252 (detected", "not valid UTF-8 (byte 0xe9 at line 1, column 40)",
                      "read day first (line 3: '25/03/2021')", QStringLiteral( "Quantité → quantity" ),
                      "exonym (fr) Anvers" };
  QTest::newRow( "Spanish, UTF-16, tabs" )
      << "utf16_es.csv" << QStringList{ "2021/03/12|ESALG|cocaine|1.234500", "2022|BEANR|cocaine|3.000000" }
      << QStringList{ "as tab-separated (detected", "encoding UTF-16LE (detected", "Fecha → date",
                      QStringLiteral( "País de origen → origin_country" ) };
  QTest::newRow( "Italian, pipes, BOM, quotes" )
      << "pipe_it.csv" << QStringList{ "2021/10/03|ITLIV|cocaine|0.012500", "2021/10/15|ITLIV|heroin|1.000000" }
      << QStringList{ "as pipe-separated (detected", "encoding UTF-8 (detected", "exonym (en) Leghorn" };
  QTest::newRow( "Portuguese, decimal point with thousands commas" )
      << "comma_pt.csv" << QStringList{ "2021/10/05|DEHAM|cocaine|1.234500", "2021/11/02|BEANR|cocaine|1.500000" }
      << QStringList{ "decimal point (line 2: '1,234.5')" };
  QTest::newRow( "Dutch, both conventions from later rows" )
      << "semicolon_nl.csv"
      << QStringList{ "2021/04/03|NLRTM|cocaine|1.500000", "2021/03/25|BEANR|herbal cannabis|0.500000" }
      << QStringList{ "decimal comma (line 3: '0,5')", "day first (line 3: '25-03-2021')" };
  QTest::newRow( "thousands dots and a decimal comma" )
      << "../import/thousands_separators.csv"
      << QStringList{ "2021/03/12|BEANR|cocaine|1.000000", "2021/03/14|BEANR|cocaine|1.234500" }
      << QStringList{ "decimal comma" };
}

void TestImportDialects::roundTrip()
{
  QFETCH( QString, file );
  QFETCH( QStringList, events );
  QFETCH( QStringList, notices );
  const ImportReport report = import( fixture( file ) );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( storedEvents(), events );
  // The report says how the file was read.
  const QString text = report.toText();
  for ( const QString &notice : notices )
    QVERIFY2( text.contains( notice ), qPrintable( QStringLiteral( "'%1' missing from:\n%2" ).arg( notice, text ) ) );
}

void TestImportDialects::refused_data()
{
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<int>( "line" );
  QTest::addColumn<QString>( "column" );
  QTest::addColumn<QString>( "rule" );
  QTest::addColumn<QStringList>( "messageParts" );
  QTest::newRow( "1.500 alone" ) << "ambiguous_quantity.csv" << 2 << "quantity" << ImportRule::QuantityAmbiguous
                                 << QStringList{ "'1.500' could be 1.5 (decimal point) or 1500 (decimal comma)",
                                                 "--decimal comma or --decimal point" };
  QTest::newRow( "1,500 alone" ) << "ambiguous_comma_quantity.csv" << 2 << "quantity" << ImportRule::QuantityAmbiguous
                                 << QStringList{ "'1,500' could be 1500 (decimal point) or 1.5 (decimal comma)",
                                                 "--decimal" };
  QTest::newRow( "03/04/2021 with no day above 12" )
      << "ambiguous_date.csv" << 2 << "date" << ImportRule::DateAmbiguous
      << QStringList{ "2021-04-03 (day first) or 2021-03-04 (month first)", "--date-order dmy or --date-order mdy" };
  QTest::newRow( "2.5 after 0,8" ) << "decimal_conflict.csv" << 3 << "quantity" << ImportRule::DecimalMarkConflict
                                   << QStringList{ "'2.5' does not read with a decimal comma",
                                                   "mark from line 2: '0,8'", "--decimal" };
  QTest::newRow( "NUL byte" ) << "nul_byte.csv" << 2 << "" << ImportRule::ControlCharacter
                              << QStringList{ "line 2, column 21", "U+0000 (NUL)" };
  QTest::newRow( "escape character" ) << "control_character.csv" << 3 << "" << ImportRule::ControlCharacter
                                      << QStringList{ "line 3, column 22", "U+001b" };
  QTest::newRow( "150 t" ) << "large_quantity.csv" << 2 << "quantity" << ImportRule::QuantityImplausible
                           << QStringList{ "150.000 t", "100 t", "--allow-large" };
  QTest::newRow( "309 digits" ) << "huge_quantity.csv" << 2 << "quantity" << ImportRule::QuantityImplausible
                                << QStringList{ "more than 10000 t", "even with --allow-large" };
  QTest::newRow( "misspelt drug" ) << "unknown_drug.csv" << 2 << "drug" << ImportRule::DrugUnknown
                                   << QStringList{ "'Kokainn' is not known", "kokain (cocaine)" };
  QTest::newRow( "cannabis: which?" ) << "unknown_drug.csv" << 3 << "drug" << ImportRule::DrugUnknown
                                      << QStringList{ "cannabis resin or herbal cannabis" };
  QTest::newRow( "no character in Windows-1252" )
      << "undefined_windows1252.csv" << 2 << ""
      << "csv.invalid-utf8" << QStringList{ "0x81", "windows-1252", "--encoding" };
  QTest::newRow( "mixed UTF-8 and Latin-1" )
      << "../import/mixed_encodings.csv" << 3 << ""
      << "csv.invalid-utf8" << QStringList{ "mixes encodings", "line 2 is UTF-8", "--encoding" };
}

void TestImportDialects::refused()
{
  QFETCH( QString, file );
  QFETCH( int, line );
  QFETCH( QString, column );
  QFETCH( QString, rule );
  QFETCH( QStringList, messageParts );
  const ImportReport report = import( fixture( file ) );
  QVERIFY( !report.succeeded );
  QCOMPARE( report.eventsWritten, 0LL );
  QVERIFY( !QFileInfo::exists( target() ) );
  bool found = false;
  for ( const SourceError &error : report.errors )
  {
    if ( error.line() != line || error.column() != column || error.ruleId() != rule )
      continue;
    found = true;
    QCOMPARE( error.file(), fixture( file ) );
    for ( const QString &part : messageParts )
      QVERIFY2( error.message().contains( part ), qPrintable( error.toString() ) );
  }
  QVERIFY2( found, qPrintable( report.toText() ) );
}

void TestImportDialects::bothReadings_data()
{
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<QString>( "option" );
  QTest::addColumn<QString>( "value" );
  QTest::addColumn<QString>( "firstEvent" );
  QTest::newRow( "1.500 kg, decimal comma" ) << "ambiguous_quantity.csv"
                                             << "decimal"
                                             << "comma"
                                             << "2021/03/12|BEANR|cocaine|1.500000";
  QTest::newRow( "1.500 kg, decimal point" ) << "ambiguous_quantity.csv"
                                             << "decimal"
                                             << "point"
                                             << "2021/03/12|BEANR|cocaine|0.001500";
  QTest::newRow( "1,500 kg, decimal comma" ) << "ambiguous_comma_quantity.csv"
                                             << "decimal"
                                             << "comma"
                                             << "2021/03/12|BEANR||0.001500";
  QTest::newRow( "1,500 kg, decimal point" ) << "ambiguous_comma_quantity.csv"
                                             << "decimal"
                                             << "point"
                                             << "2021/03/12|BEANR||1.500000";
  QTest::newRow( "03/04/2021 day first" ) << "ambiguous_date.csv"
                                          << "date-order"
                                          << "dmy"
                                          << "2021/04/03|BEANR|cocaine|1.000000";
  QTest::newRow( "03/04/2021 month first" ) << "ambiguous_date.csv"
                                            << "date-order"
                                            << "mdy"
                                            << "2021/03/04|BEANR|cocaine|1.000000";
}

void TestImportDialects::bothReadings()
{
  QFETCH( QString, file );
  QFETCH( QString, option );
  QFETCH( QString, value );
  QFETCH( QString, firstEvent );
  ImportOptions options;
  QString error;
  QVERIFY( option == QLatin1String( "decimal" ) ? options.setDecimalMark( value, &error )
                                                : options.setDateOrder( value, &error ) );
  const ImportReport report = import( fixture( file ), options );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( storedEvents().value( 0 ), firstEvent );
  QVERIFY2( report.toText().contains( QStringLiteral( "--%1 %2" ).arg( option, value ) ),
            qPrintable( report.toText() ) );
}

void TestImportDialects::detectedDialect_data()
{
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<QString>( "delimiter" );
  QTest::addColumn<QString>( "encoding" );
  QTest::newRow( "semicolon" ) << "semicolon_de.csv"
                               << ";"
                               << "UTF-8";
  QTest::newRow( "Windows-1252" ) << "windows1252_fr.csv"
                                  << ";"
                                  << "windows-1252";
  QTest::newRow( "UTF-16 tab" ) << "utf16_es.csv"
                                << "\t"
                                << "UTF-16LE";
  QTest::newRow( "pipe" ) << "pipe_it.csv"
                          << "|"
                          << "UTF-8";
  QTest::newRow( "comma" ) << "comma_pt.csv"
                           << ","
                           << "UTF-8";
}

void TestImportDialects::detectedDialect()
{
  QFETCH( QString, file );
  QFETCH( QString, delimiter );
  QFETCH( QString, encoding );
  SourceErrors errors;
  const std::unique_ptr<CsvEventSource> source = CsvEventSource::open( fixture( file ), ImportOptions(), errors );
  QVERIFY( source );
  QCOMPARE( QString( QLatin1Char( source->delimiter() ) ), delimiter );
  QCOMPARE( source->encoding(), encoding );
  QVERIFY( source->delimiterDetected() && source->encodingDetected() );
  QVERIFY( source->header().size() >= 6 );

  // A separator or encoding given wins over the detected one.
  ImportOptions given;
  QString error;
  QVERIFY( given.setDelimiter( QStringLiteral( "pipe" ), &error ) );
  given.encoding = QStringLiteral( "ISO-8859-1" );
  const std::unique_ptr<CsvEventSource> forced =
      CsvEventSource::open( fixture( QStringLiteral( "semicolon_de.csv" ) ), given, errors );
  QVERIFY( forced );
  QCOMPARE( forced->delimiter(), '|' );
  QCOMPARE( forced->header().size(), 1 );
  QVERIFY( !forced->delimiterDetected() && !forced->encodingDetected() );

  given.encoding = QStringLiteral( "NO-SUCH-ENCODING" );
  QVERIFY( !CsvEventSource::open( fixture( QStringLiteral( "semicolon_de.csv" ) ), given, errors ) );
  QCOMPARE( errors.last().ruleId(), QString::fromLatin1( ImportRule::EncodingUnknown ) );
}

void TestImportDialects::delimiterGivenWrongly()
{
  // A semicolon file read with --delimiter , : the refusal names the separator as the cause.
  ImportOptions options;
  QString error;
  QVERIFY( options.setDelimiter( QStringLiteral( "," ), &error ) );
  const ImportReport report = import( fixture( QStringLiteral( "ambiguous_comma_quantity.csv" ) ), options );
  QVERIFY( !report.succeeded );
  QVERIFY( !report.errors.isEmpty() );
  QVERIFY2( report.errors.first().message().contains(
                QStringLiteral( "the file looks semicolon-separated: give --delimiter semicolon" ) ),
            qPrintable( report.toText() ) );
}

void TestImportDialects::overlongLine()
{
  // A 3 MB line without a newline (a binary file given by mistake): refused at that line, the limit named.
  const QString input = mDir->filePath( QStringLiteral( "long.csv" ) );
  QFile file( input );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "date,port,drug,quantity,unit\n2021-03-12,BEANR,cocaine,1,t\n" );
  file.write( QByteArray( 3 * 1024 * 1024, 'x' ) );
  file.close();
  const ImportReport report = import( input );
  QVERIFY( !report.succeeded );
  QCOMPARE( report.errors.size(), 1 );
  QCOMPARE( report.errors.first().line(), 3 );
  QCOMPARE( report.errors.first().ruleId(), QString::fromLatin1( ImportRule::LineTooLong ) );
  QVERIFY2( report.errors.first().message().contains( QStringLiteral( "1048576 bytes (1 MiB)" ) ),
            qPrintable( report.toText() ) );
  QVERIFY( !QFileInfo::exists( target() ) );
}

void TestImportDialects::unclosedQuote()
{
  // A quote never closed runs over many short lines: the record is cut at 1 MiB, reading stops.
  const QString input = mDir->filePath( QStringLiteral( "quote.csv" ) );
  QFile file( input );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "date,port,drug,quantity,unit\n2021-03-12,BEANR,\"cocaine,1,t\n" );
  for ( int i = 0; i < 200000; ++i )
    file.write( "2021-03-12,BEANR,cocaine,1,t\n" );
  file.close();
  const ImportReport report = import( input );
  QVERIFY( !report.succeeded );
  QCOMPARE( report.errors.size(), 1 );
  QCOMPARE( report.errors.first().line(), 2 );
  QCOMPARE( report.errors.first().ruleId(), QString::fromLatin1( ImportRule::LineTooLong ) );
  QVERIFY2( report.errors.first().message().contains( QStringLiteral( "a quote never closed?" ) ),
            qPrintable( report.toText() ) );

  // In a short file the quote left open at the end is named as such.
  QVERIFY( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
  file.write( "date,port,drug,quantity,unit\n2021-03-12,BEANR,cocaine,1,t\n2021-03-13,BEANR,\"cocaine,1,t\n" );
  file.close();
  const ImportReport shortFile = import( input );
  QVERIFY( !shortFile.succeeded );
  QVERIFY2( shortFile.errors.size() >= 1 && shortFile.errors.first().line() == 3 &&
                shortFile.errors.first().ruleId() == QLatin1String( "csv.quoting" ) &&
                shortFile.errors.first().message().contains( QStringLiteral( "never closed" ) ),
            qPrintable( shortFile.toText() ) );
}

void TestImportDialects::largeSeizureAllowed()
{
  ImportOptions options;
  options.allowLarge = true;
  const ImportReport report = import( fixture( QStringLiteral( "large_quantity.csv" ) ), options );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( storedEvents(),
            QStringList( { "2021/03/12|BEANR|cocaine|150.000000", "2021/03/13|BEANR|cocaine|99.000000" } ) );
  // Beyond 10,000 t nothing is allowed: totals stay finite.
  QVERIFY( QFile::remove( target() ) );
  const ImportReport huge = import( fixture( QStringLiteral( "huge_quantity.csv" ) ), options );
  QVERIFY( !huge.succeeded );
  QVERIFY2( huge.errors.size() == 1, qPrintable( huge.toText() ) );
  QCOMPARE( huge.errors.first().ruleId(), QString::fromLatin1( ImportRule::QuantityImplausible ) );
}

QTEST_GUILESS_MAIN( TestImportDialects )
#include "testimportdialects.moc"
