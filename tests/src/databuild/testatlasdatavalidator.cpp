/***************************************************************************
  testatlasdatavalidator.cpp
  Port Seizure Atlas: every data rule against a broken-input fixture, and the valid fixture
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasdatabuilder.h"
#include "atlasdatavalidator.h"
#include "databuildrule.h"
#include "databuildtestutils.h"
#include "sourcerule.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DataBuildTestUtils;

class TestAtlasDataValidator : public QObject
{
    Q_OBJECT

  private slots:
    void validFixture();
    void routes();
    void brokenInput_data();
    void brokenInput();
    void everyErrorIsReported();
    void consistencyMessagesNameTheFigures_data();
    void consistencyMessagesNameTheFigures();
    void consistencyExceptions();
    void routeBoundAndPeriod();
    void missingTable();
};

void TestAtlasDataValidator::validFixture()
{
  QTemporaryDir directory;
  const QString layers = makeLayers( directory.path() );
  AtlasDataValidator validator( layers );
  QVERIFY2( validator.validate(), qPrintable( validator.errors().value( 0 ).toString() ) );

  const AtlasDataSet &data = validator.dataSet();
  QCOMPARE( data.countries.size(), 4 );
  QCOMPARE( data.ports.size(), 5 );
  QCOMPARE( data.seizureFigures.size(), 8 );
  QCOMPARE( data.countryName( QStringLiteral( "NL" ) ), QStringLiteral( "Netherlands" ) );

  const AtlasDataSet::Port *antwerp = data.port( QStringLiteral( "BEANR" ) );
  QVERIFY( antwerp );
  QVERIFY( antwerp->position );
  QCOMPARE( antwerp->position->y(), 51.21667 );
  QCOMPARE( antwerp->position->x(), 4.4 );
  QCOMPARE( antwerp->line, 2 );
  // Both coordinates empty: a port whose position no source gives.
  QVERIFY( !data.port( QStringLiteral( "NLMOE" ) )->position );

  const AtlasDataSet::SeizureFigure &first = data.seizureFigures.at( 0 );
  QCOMPARE( first.sourceTitle, QStringLiteral( "HLN: Recordhoeveelheid drugs, 110 ton" ) );
  QCOMPARE( first.quote, QStringLiteral( "In 2022 werd \"110 ton\" onderschept, een record." ) );
  const AtlasDataSet::SeizureFigure &multiLine = data.seizureFigures.at( 1 );
  QCOMPARE( multiLine.line, 3 );
  QCOMPARE( multiLine.quote, QStringLiteral( "116 Tonnen Kokain\nwurden 2023 beschlagnahmt." ) );
  QCOMPARE( data.seizureFigures.at( 2 ).line, 5 );

  const AtlasDataSet::SeizureFigure &group = data.seizureFigures.at( 4 );
  QCOMPARE( group.scope, QStringLiteral( "port_group" ) );
  QCOMPARE( group.unlocodes, QStringList( { QStringLiteral( "BEANR" ), QStringLiteral( "NLRTM" ) } ) );
  QCOMPARE( group.countryIso2, QStringList( { QStringLiteral( "BE" ), QStringLiteral( "NL" ) } ) );
  QCOMPARE( group.year, 2022 );
  QCOMPARE( group.quantityTonnes, 160.0 );
  QVERIFY( group.lowerBound );
  QVERIFY( !group.approximate );
  QVERIFY( group.preferred );

  const AtlasDataSet::SeizureFigure &national = data.seizureFigures.at( 5 );
  QCOMPARE( national.scope, QStringLiteral( "national" ) );
  QVERIFY( national.unlocodes.isEmpty() );
  QCOMPARE( national.quantityTonnes, 59.1 );
  QCOMPARE( national.sourceUrl, QStringLiteral( "layers/sources/press-release.txt" ) );
}

void TestAtlasDataValidator::routes()
{
  QTemporaryDir directory;
  AtlasDataValidator validator( makeLayers( directory.path() ) );
  QVERIFY( validator.validate() );
  const QVector<AtlasDataSet::Route> routes = validator.routes();
  QCOMPARE( routes.size(), 2 );

  const AtlasDataSet::Route &seizure = routes.at( 0 );
  QCOMPARE( seizure.routeId, QStringLiteral( "R001" ) );
  QCOMPARE( seizure.originUnlocode, QStringLiteral( "ECGYE" ) );
  QCOMPARE( seizure.destinationUnlocode, QStringLiteral( "BEANR" ) );
  QCOMPARE( seizure.year, std::optional<int>( 2023 ) );
  QCOMPARE( seizure.quantityTonnes, std::optional<double>( 8.2 ) );
  QCOMPARE( seizure.evidenceKind, QStringLiteral( "seized_at_destination" ) );
  QCOMPARE( seizure.evidence, QStringLiteral( "Seized at Antwerp, banana container" ) );
  QCOMPARE( seizure.line, 2 );

  // A country-level share: no UN/LOCODEs, no destination country, unknown year and quantity.
  const AtlasDataSet::Route &share = routes.at( 1 );
  QVERIFY( share.originUnlocode.isEmpty() );
  QCOMPARE( share.originCountryIso2, QStringLiteral( "EC" ) );
  QVERIFY( share.destinationCountryIso2.isEmpty() );
  QVERIFY( !share.year );
  QVERIFY( !share.quantityTonnes );
}

void TestAtlasDataValidator::brokenInput_data()
{
  QTest::addColumn<QString>( "fixture" );
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<int>( "line" );
  QTest::addColumn<QString>( "column" );
  QTest::addColumn<QString>( "rule" );

  const QString countries = QStringLiteral( "countries.csv" );
  const QString ports = QStringLiteral( "ports.csv" );
  const QString figures = QStringLiteral( "seizure_figures.csv" );
  const QString routes = QStringLiteral( "routes.csv" );
  auto row = []( const char *fixture, const QString &file, int line, const char *column, const char *rule ) {
    QTest::newRow( fixture ) << QString( fixture ) << file << line << QString( column ) << QString( rule );
  };

  // File structure
  row( "csv-invalid-utf8", ports, 3, "name", SourceRule::InvalidUtf8 );
  row( "csv-missing-column", ports, 1, "coordinate_source", SourceRule::MissingColumn );
  row( "csv-unknown-column", routes, 1, "comment", SourceRule::UnknownColumn );
  row( "csv-duplicate-column", countries, 1, "name_en", SourceRule::DuplicateColumn );
  row( "csv-field-count", figures, 3, "", SourceRule::FieldCount );
  row( "csv-quoting", routes, 2, "", SourceRule::Quoting );
  row( "csv-empty-file", countries, 0, "", SourceRule::EmptyFile );
  // countries.csv
  row( "countries-code-format", countries, 6, "country_iso2", DataBuildRule::CountryFormat );
  row( "countries-code-duplicate", countries, 6, "country_iso2", DataBuildRule::DuplicateId );
  row( "countries-name-empty", countries, 6, "name_en", DataBuildRule::RequiredField );
  // ports.csv
  row( "ports-name-empty", ports, 7, "name", DataBuildRule::RequiredField );
  row( "ports-unlocode-empty", ports, 7, "unlocode", DataBuildRule::RequiredField );
  row( "ports-unlocode-format", ports, 7, "unlocode", DataBuildRule::UnlocodeFormat );
  row( "ports-unlocode-duplicate", ports, 7, "unlocode", DataBuildRule::UnlocodeDuplicate );
  row( "ports-country-format", ports, 7, "country_iso2", DataBuildRule::CountryFormat );
  row( "ports-country-unknown", ports, 7, "country_iso2", DataBuildRule::CountryUnknown );
  row( "ports-unlocode-country-mismatch", ports, 7, "country_iso2", DataBuildRule::UnlocodeCountryMismatch );
  row( "ports-lat-not-numeric", ports, 7, "lat", DataBuildRule::CoordinateNotNumeric );
  row( "ports-lon-out-of-range", ports, 7, "lon", DataBuildRule::CoordinateOutOfRange );
  row( "ports-lat-swapped", ports, 7, "lat", DataBuildRule::CoordinateSwapped );
  row( "ports-outside-europe", ports, 7, "lat", DataBuildRule::CoordinateOutsideEurope );
  row( "ports-lon-missing", ports, 7, "lon", DataBuildRule::RequiredField );
  row( "ports-role-unknown", ports, 7, "role", DataBuildRule::RoleUnknown );
  row( "ports-coordinate-source-empty", ports, 7, "coordinate_source", DataBuildRule::RequiredField );
  // seizure_figures.csv
  row( "figures-id-empty", figures, 2, "figure_id", DataBuildRule::RequiredField );
  row( "figures-id-duplicate", figures, 3, "figure_id", DataBuildRule::DuplicateId );
  row( "figures-scope-unknown", figures, 2, "scope", DataBuildRule::ScopeUnknown );
  row( "figures-unlocode-format", figures, 2, "unlocodes", DataBuildRule::UnlocodeFormat );
  row( "figures-unlocode-unknown", figures, 2, "unlocodes", DataBuildRule::UnlocodeUnknown );
  row( "figures-port-two-codes", figures, 2, "unlocodes", DataBuildRule::ScopePortCodes );
  row( "figures-port-no-code", figures, 2, "unlocodes", DataBuildRule::ScopePortCodes );
  row( "figures-national-with-code", figures, 2, "unlocodes", DataBuildRule::ScopeNationalCodes );
  row( "figures-national-two-countries", figures, 2, "country_iso2", DataBuildRule::ScopeCountries );
  row( "figures-group-unknown-code", figures, 2, "unlocodes", DataBuildRule::UnlocodeUnknown );
  row( "figures-group-country-mismatch", figures, 2, "country_iso2", DataBuildRule::UnlocodeCountryMismatch );
  row( "figures-port-country-mismatch", figures, 2, "country_iso2", DataBuildRule::UnlocodeCountryMismatch );
  row( "figures-country-empty", figures, 2, "country_iso2", DataBuildRule::RequiredField );
  row( "figures-country-unknown", figures, 2, "country_iso2", DataBuildRule::CountryUnknown );
  row( "figures-year-not-integer", figures, 2, "year", DataBuildRule::YearNotInteger );
  row( "figures-year-too-early", figures, 2, "year", DataBuildRule::YearOutOfRange );
  row( "figures-year-future", figures, 2, "year", DataBuildRule::YearOutOfRange );
  row( "figures-drug-empty", figures, 2, "drug", DataBuildRule::RequiredField );
  row( "figures-quantity-empty", figures, 2, "quantity_t", DataBuildRule::RequiredField );
  row( "figures-quantity-not-numeric", figures, 2, "quantity_t", DataBuildRule::QuantityNotNumeric );
  row( "figures-quantity-negative", figures, 2, "quantity_t", DataBuildRule::QuantityNegative );
  row( "figures-flag-invalid", figures, 2, "lower_bound", DataBuildRule::FlagInvalid );
  row( "figures-preferred-invalid", figures, 2, "preferred", DataBuildRule::FlagInvalid );
  row( "figures-source-title-missing", figures, 2, "source_title", DataBuildRule::RequiredField );
  row( "figures-source-url-missing", figures, 2, "source_url", DataBuildRule::RequiredField );
  row( "figures-source-url-invalid", figures, 2, "source_url", DataBuildRule::SourceUrlInvalid );
  row( "figures-source-file-missing", figures, 2, "source_url", DataBuildRule::SourceFileMissing );
  row( "figures-source-date-format", figures, 2, "source_date", DataBuildRule::SourceDateFormat );
  row( "figures-source-date-invalid", figures, 2, "source_date", DataBuildRule::SourceDateFormat );
  row( "figures-preferred-duplicate", figures, 3, "preferred", DataBuildRule::PreferredDuplicate );
  row( "figures-preferred-missing", figures, 2, "preferred", DataBuildRule::PreferredMissing );
  row( "figures-group-preferred-duplicate", figures, 3, "preferred", DataBuildRule::PreferredDuplicate );
  row( "figures-drug-unknown", figures, 2, "drug", DataBuildRule::DrugUnknown );
  // consistency between figures
  row( "consistency-nested-scope-duplicate", figures, 8, "preferred", DataBuildRule::NestedScopeDuplicate );
  row( "consistency-port-sum-above-national", figures, 8, "lower_bound", DataBuildRule::PortSumAboveNational );
  row( "consistency-quote-drug-word", figures, 2, "quote", DataBuildRule::QuoteDrugWord );
  // country_main_ports.csv, quote_drug_words_reviewed.csv
  row( "main-ports-unlocode-unknown", QStringLiteral( "country_main_ports.csv" ), 2, "unlocode",
       DataBuildRule::UnlocodeUnknown );
  row( "throughput-unlocode-unknown", QStringLiteral( "port_throughput.csv" ), 2, "unlocode",
       DataBuildRule::UnlocodeUnknown );
  row( "throughput-year-out-of-range", QStringLiteral( "port_throughput.csv" ), 2, "year",
       DataBuildRule::YearOutOfRange );
  row( "seizures-date-invalid", QStringLiteral( "documented_seizures.csv" ), 2, "seizure_date",
       DataBuildRule::SeizureDateFormat );
  row( "seizures-port-unknown", QStringLiteral( "documented_seizures.csv" ), 2, "port_unlocode",
       DataBuildRule::UnlocodeUnknown );
  row( "quote-reviews-figure-unknown", QStringLiteral( "quote_drug_words_reviewed.csv" ), 2, "figure_id",
       DataBuildRule::ReviewFigureUnknown );
  // routes.csv
  row( "routes-id-empty", routes, 2, "route_id", DataBuildRule::RequiredField );
  row( "routes-id-duplicate", routes, 3, "route_id", DataBuildRule::DuplicateId );
  row( "routes-origin-unlocode-unknown", routes, 2, "origin_unlocode", DataBuildRule::UnlocodeUnknown );
  row( "routes-dest-unlocode-unknown", routes, 2, "dest_unlocode", DataBuildRule::UnlocodeUnknown );
  row( "routes-unlocode-format", routes, 2, "dest_unlocode", DataBuildRule::UnlocodeFormat );
  row( "routes-country-unknown", routes, 2, "origin_country_iso2", DataBuildRule::CountryUnknown );
  row( "routes-unlocode-country-mismatch", routes, 2, "origin_country_iso2", DataBuildRule::UnlocodeCountryMismatch );
  row( "routes-evidence-kind-unknown", routes, 2, "evidence_kind", DataBuildRule::EvidenceKindUnknown );
  row( "routes-year-not-integer", routes, 2, "year", DataBuildRule::YearNotInteger );
  row( "routes-year-out-of-range", routes, 2, "year", DataBuildRule::YearOutOfRange );
  row( "routes-quantity-not-numeric", routes, 2, "quantity_t", DataBuildRule::QuantityNotNumeric );
  row( "routes-quantity-negative", routes, 2, "quantity_t", DataBuildRule::QuantityNegative );
  row( "routes-source-title-missing", routes, 2, "source_title", DataBuildRule::RequiredField );
  row( "routes-source-url-invalid", routes, 2, "source_url", DataBuildRule::SourceUrlInvalid );
  row( "routes-lower-bound-invalid", routes, 2, "lower_bound", DataBuildRule::FlagInvalid );
}

void TestAtlasDataValidator::brokenInput()
{
  QFETCH( QString, fixture );
  QFETCH( QString, file );
  QFETCH( int, line );
  QFETCH( QString, column );
  QFETCH( QString, rule );

  QTemporaryDir directory;
  QVERIFY( QFileInfo( fixturePath( QStringLiteral( "broken/" ) + fixture ) ).isDir() );
  const QString layers = makeLayers( directory.path(), QStringLiteral( "broken/" ) + fixture );
  QVERIFY( !layers.isEmpty() );

  // The fixture breaks exactly this rule, in exactly this place.
  AtlasDataValidator validator( layers );
  QVERIFY( !validator.validate() );
  const SourceErrors errors = validator.errors();
  QStringList texts;
  for ( const SourceError &error : errors )
    texts.append( error.toString() );
  QVERIFY2( errors.size() == 1, qPrintable( texts.join( QLatin1Char( '\n' ) ) ) );
  const SourceError error = errors.at( 0 );
  QCOMPARE( error.file(), QDir( layers ).filePath( file ) );
  QCOMPARE( error.line(), line );
  QCOMPARE( error.column(), column );
  QCOMPARE( error.ruleId(), rule );
  QVERIFY( !error.message().isEmpty() );

  // The build writes nothing: no output, no temporary file left behind.
  const QString outputDirectory = directory.filePath( QStringLiteral( "output" ) );
  const QString output = QDir( outputDirectory ).filePath( QStringLiteral( "port_seizure_atlas.gpkg" ) );
  AtlasDataBuilder builder( layers, output );
  QVERIFY( !builder.build() );
  QCOMPARE( builder.errors(), errors );
  QVERIFY( !QFileInfo::exists( output ) );
  QVERIFY( QDir( outputDirectory ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );

  // An existing (good) output stays byte for byte as it was.
  QVERIFY( QDir().mkpath( outputDirectory ) );
  const QByteArray previous = "previous good build";
  {
    QFile existing( output );
    QVERIFY( existing.open( QIODevice::WriteOnly ) );
    existing.write( previous );
  }
  QVERIFY( !builder.build() );
  QCOMPARE( fileContent( output ), previous );
  QCOMPARE( QDir( outputDirectory ).entryList( QDir::Files | QDir::Hidden ),
            QStringList( { QStringLiteral( "port_seizure_atlas.gpkg" ) } ) );
}

void TestAtlasDataValidator::everyErrorIsReported()
{
  QTemporaryDir directory;
  const QString layers = makeLayers( directory.path(), QStringLiteral( "broken-many" ) );
  AtlasDataValidator validator( layers );
  QVERIFY( !validator.validate() );

  QStringList found;
  for ( const SourceError &error : validator.errors() )
    found.append( QStringLiteral( "%1:%2:%3:%4" )
                      .arg( QFileInfo( error.file() ).fileName() )
                      .arg( error.line() )
                      .arg( error.column(), error.ruleId() ) );
  const QStringList expected = {
      QStringLiteral( "ports.csv:7:lat:coordinate.swapped" ),
      QStringLiteral( "ports.csv:8:unlocode:unlocode.duplicate" ),
      QStringLiteral( "ports.csv:8:role:role.unknown" ),
      QStringLiteral( "seizure_figures.csv:2:year:year.out-of-range" ),
      QStringLiteral( "seizure_figures.csv:3:quantity_t:quantity.negative" ),
      QStringLiteral( "routes.csv:2:evidence_kind:evidence-kind.unknown" ),
  };
  QCOMPARE( found, expected );
}

void TestAtlasDataValidator::consistencyMessagesNameTheFigures_data()
{
  QTest::addColumn<QString>( "fixture" );
  QTest::addColumn<QStringList>( "expectedWords" );
  QTest::newRow( "nested scopes" ) << QStringLiteral( "consistency-nested-scope-duplicate" )
                                   << QStringList( { QStringLiteral( "NL-2023-1" ), QStringLiteral( "NLRTM-2023-1" ),
                                                     QStringLiteral( "46.2 t" ), QStringLiteral( "counted twice" ) } );
  QTest::newRow( "port sum" ) << QStringLiteral( "consistency-port-sum-above-national" )
                              << QStringList( { QStringLiteral( "NLRTM-2023-1 (46.2 t)" ),
                                                QStringLiteral( "NL-2023-1 (40 t)" ),
                                                QStringLiteral( "lower_bound=1" ) } );
  QTest::newRow( "quote word" ) << QStringLiteral( "consistency-quote-drug-word" )
                                << QStringList( { QStringLiteral( "BEANR-2022-1" ), QStringLiteral( "\"drugs\"" ),
                                                  QStringLiteral( "quote_drug_words_reviewed.csv" ) } );
}

void TestAtlasDataValidator::consistencyMessagesNameTheFigures()
{
  QFETCH( QString, fixture );
  QFETCH( QStringList, expectedWords );
  QTemporaryDir directory;
  AtlasDataValidator validator( makeLayers( directory.path(), QStringLiteral( "broken/" ) + fixture ) );
  QVERIFY( !validator.validate() );
  QCOMPARE( validator.errors().size(), 1 );
  const QString message = validator.errors().at( 0 ).message();
  for ( const QString &word : expectedWords )
    QVERIFY2( message.contains( word ), qPrintable( message ) );
}

void TestAtlasDataValidator::consistencyExceptions()
{
  auto writeFile = []( const QString &path, const QByteArray &content ) {
    QFile file( path );
    return file.open( QIODevice::WriteOnly | QIODevice::Truncate ) && file.write( content ) == content.size();
  };
  auto replaceIn = []( const QString &path, const QByteArray &before, const QByteArray &after ) {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return false;
    QByteArray content = file.readAll();
    file.close();
    if ( !content.contains( before ) || !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
      return false;
    return file.write( content.replace( before, after ) ) > 0;
  };

  // A reviewed word passes; the same quote with another drug word still fails.
  {
    QTemporaryDir directory;
    const QString layers = makeLayers( directory.path(), QStringLiteral( "broken/consistency-quote-drug-word" ) );
    QVERIFY( writeFile( QDir( layers ).filePath( QStringLiteral( "quote_drug_words_reviewed.csv" ) ),
                        "figure_id,word,reason\nBEANR-2022-1,drugs,the figure is stated for cocaine elsewhere\n" ) );
    AtlasDataValidator validator( layers );
    QVERIFY2( validator.validate(), qPrintable( validator.errors().value( 0 ).toString() ) );
    QCOMPARE( validator.dataSet().quoteWordReviews.size(), 1 );
    QVERIFY( replaceIn( QDir( layers ).filePath( QStringLiteral( "seizure_figures.csv" ) ), "drugs onderschept",
                        "drugs en heroïne onderschept" ) );
    QVERIFY( !validator.validate() );
    QCOMPARE( validator.errors().size(), 1 );
    QVERIFY( validator.errors().at( 0 ).message().contains( QStringLiteral( "heroïne" ) ) );
  }
  // A national figure below its ports passes once it is marked as a lower bound.
  {
    QTemporaryDir directory;
    const QString layers =
        makeLayers( directory.path(), QStringLiteral( "broken/consistency-port-sum-above-national" ) );
    QVERIFY( replaceIn( QDir( layers ).filePath( QStringLiteral( "seizure_figures.csv" ) ), "NL,2023,cocaine,40,0,0,1",
                        "NL,2023,cocaine,40,1,0,1" ) );
    AtlasDataValidator validator( layers );
    QVERIFY2( validator.validate(), qPrintable( validator.errors().value( 0 ).toString() ) );
  }
  // A figure that repeats another place's preferred figure may stay unpreferred, alone in its cell,
  // when its reason names that figure; without the name the cell lacks a preferred figure.
  {
    QTemporaryDir directory;
    const QString layers = makeLayers( directory.path() );
    const QString figures = QDir( layers ).filePath( QStringLiteral( "seizure_figures.csv" ) );
    const QByteArray row =
        "NLRTM_DEHAM-2023-1,port_group,NLRTM;DEHAM,Rotterdam + Hamburg,NL;DE,2023,cocaine,46.2,0,0,0,"
        "repeats Rotterdam's NLRTM-2023-1,AFP,https://example.org/afp,AFP,2024,,\n";
    QVERIFY( writeFile( figures, fileContent( figures ) + row ) );
    AtlasDataValidator validator( layers );
    QVERIFY2( validator.validate(), qPrintable( validator.errors().value( 0 ).toString() ) );
    QVERIFY( replaceIn( figures, "repeats Rotterdam's NLRTM-2023-1", "repeats Rotterdam's figure" ) );
    QVERIFY( !validator.validate() );
    QCOMPARE( validator.errors().size(), 1 );
    QCOMPARE( validator.errors().at( 0 ).ruleId(), QString( DataBuildRule::PreferredMissing ) );
  }
}

void TestAtlasDataValidator::routeBoundAndPeriod()
{
  QTemporaryDir directory;
  const QString layers = makeLayers( directory.path() );
  const QString routes = QDir( layers ).filePath( QStringLiteral( "routes.csv" ) );
  QFile file( routes );
  QVERIFY( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
  file.write( "route_id,origin_name,origin_unlocode,origin_country_iso2,dest_name,dest_unlocode,dest_country_iso2,year,"
              "quantity_t,lower_bound,period,"
              "evidence_kind,evidence,quote,source_title,source_url\n"
              "R001,Guayaquil,ECGYE,EC,Antwerp,BEANR,BE,2023,8.2,1,first half of 2023 only,seized_at_destination,more "
              "than 8.2 t,,El Universo,https://example.org/r1\n" );
  file.close();
  AtlasDataValidator validator( layers );
  QVERIFY2( validator.validate(), qPrintable( validator.errors().value( 0 ).toString() ) );
  QCOMPARE( validator.routes().size(), 1 );
  QVERIFY( validator.routes().at( 0 ).lowerBound );
  QCOMPARE( validator.routes().at( 0 ).period, QStringLiteral( "first half of 2023 only" ) );
  // The fixture's routes.csv has neither column: both are optional, read as "not a bound, whole year".
  QTemporaryDir other;
  AtlasDataValidator withoutColumns( makeLayers( other.path() ) );
  QVERIFY( withoutColumns.validate() );
  QVERIFY( !withoutColumns.routes().at( 0 ).lowerBound );
  QVERIFY( withoutColumns.routes().at( 0 ).period.isEmpty() );
}

void TestAtlasDataValidator::missingTable()
{
  QTemporaryDir directory;
  const QString layers = makeLayers( directory.path() );
  QVERIFY( QFile::remove( QDir( layers ).filePath( QStringLiteral( "routes.csv" ) ) ) );
  AtlasDataValidator validator( layers );
  QVERIFY( !validator.validate() );
  QCOMPARE( validator.errors().size(), 1 );
  QCOMPARE( validator.errors().at( 0 ).file(), QDir( layers ).filePath( QStringLiteral( "routes.csv" ) ) );
  QCOMPARE( validator.errors().at( 0 ).ruleId(), QString( SourceRule::FileUnreadable ) );
}

QTEST_GUILESS_MAIN( TestAtlasDataValidator )
#include "testatlasdatavalidator.moc"
