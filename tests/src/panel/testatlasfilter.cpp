/***************************************************************************
  testatlasfilter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfilter.h"

#include <QtTest>

/**
 * \brief AtlasFilter: the subset strings per table and the saved text, broken text included.
 */
class TestAtlasFilter : public QObject
{
    Q_OBJECT

  private slots:
    void emptyFilterFiltersNothing();
    void singleYearAndRange();
    void reversedRangeIsOrdered();
    void countriesAreCleanedAndQuoted();
    void portsKeepOriginPortsUnlessOriginCountriesChosen();
    void routesWithUnknownYearHiddenOnlyWhenYearsLimited();
    void roundTripThroughText();
    void brokenTextFallsBackToNoFilter_data();
    void brokenTextFallsBackToNoFilter();
};

void TestAtlasFilter::emptyFilterFiltersNothing()
{
  const AtlasFilter filter;
  QVERIFY( filter.isEmpty() );
  for ( const char *table : { "ports", "inbound_routes", "national_totals", "seizure_figures", "countries" } )
    QCOMPARE( filter.subsetString( QString::fromLatin1( table ) ), QString() );
}

void TestAtlasFilter::singleYearAndRange()
{
  AtlasFilter filter;
  filter.setYears( 2021, 2021 );
  QCOMPARE( filter.subsetString( QStringLiteral( "national_totals" ) ), QStringLiteral( "\"year\" = 2021" ) );
  filter.setYears( 2019, 2022 );
  QCOMPARE( filter.subsetString( QStringLiteral( "seizure_figures" ) ),
            QStringLiteral( "\"year\" BETWEEN 2019 AND 2022" ) );
  QVERIFY( filter.containsYear( 2019 ) && filter.containsYear( 2022 ) && !filter.containsYear( 2023 ) );
  filter.setYears( 2020, 0 );
  QCOMPARE( filter.subsetString( QStringLiteral( "seizure_figures" ) ), QStringLiteral( "\"year\" >= 2020" ) );
  filter.setYears( 0, 2020 );
  QCOMPARE( filter.subsetString( QStringLiteral( "seizure_figures" ) ), QStringLiteral( "\"year\" <= 2020" ) );
  // Ports are not filtered by year: a port without a figure shows as "no published figure".
  QCOMPARE( filter.subsetString( QStringLiteral( "ports" ) ), QString() );
  QCOMPARE( filter.subsetString( QStringLiteral( "countries" ) ), QString() );
}

void TestAtlasFilter::reversedRangeIsOrdered()
{
  AtlasFilter filter;
  filter.setYears( 2023, 2018 );
  QCOMPARE( filter.yearFrom(), 2018 );
  QCOMPARE( filter.yearTo(), 2023 );
  filter.setYears( -5, -1 );
  QVERIFY( !filter.hasYearLimit() );
}

void TestAtlasFilter::countriesAreCleanedAndQuoted()
{
  AtlasFilter filter;
  filter.setDestinationCountries( { "nl", " BE ", "NL", "B'); DROP TABLE ports;--", "DEU", "" } );
  QCOMPARE( filter.destinationCountries(), QStringList( { "BE", "NL" } ) );
  QCOMPARE( filter.subsetString( QStringLiteral( "national_totals" ) ),
            QStringLiteral( "\"country_iso2\" IN ('BE','NL')" ) );
  filter.setYears( 2022, 2022 );
  filter.setOriginCountries( { "CO" } );
  QCOMPARE( filter.subsetString( QStringLiteral( "inbound_routes" ) ),
            QStringLiteral(
                "\"year\" = 2022 AND \"origin_country_iso2\" IN ('CO') AND \"dest_country_iso2\" IN ('BE','NL')" ) );
}

void TestAtlasFilter::portsKeepOriginPortsUnlessOriginCountriesChosen()
{
  AtlasFilter filter;
  filter.setDestinationCountries( { "ES" } );
  QCOMPARE(
      filter.subsetString( QStringLiteral( "ports" ) ),
      QStringLiteral(
          "(\"role\" = 'europe_destination' AND \"country_iso2\" IN ('ES')) OR \"role\" <> 'europe_destination'" ) );
  filter.setOriginCountries( { "EC", "CO" } );
  QCOMPARE( filter.subsetString( QStringLiteral( "ports" ) ),
            QStringLiteral( "(\"role\" = 'europe_destination' AND \"country_iso2\" IN ('ES')) OR (\"role\" <> "
                            "'europe_destination' AND \"country_iso2\" IN ('CO','EC'))" ) );
}

void TestAtlasFilter::routesWithUnknownYearHiddenOnlyWhenYearsLimited()
{
  AtlasFilter filter;
  filter.setOriginCountries( { "CO" } );
  QVERIFY( !filter.subsetString( QStringLiteral( "inbound_routes" ) ).contains( QLatin1String( "year" ) ) );
  filter.setYears( 2020, 0 );
  // "year" >= 2020 is false for NULL in SQL: a route of unknown year cannot be placed in a year range.
  QVERIFY(
      filter.subsetString( QStringLiteral( "inbound_routes" ) ).startsWith( QLatin1String( "\"year\" >= 2020" ) ) );
}

void TestAtlasFilter::roundTripThroughText()
{
  AtlasFilter filter;
  filter.setYears( 2018, 2021 );
  filter.setDestinationCountries( { "BE", "NL" } );
  filter.setOriginCountries( { "EC" } );
  QString error;
  const AtlasFilter read = AtlasFilter::fromString( filter.toString(), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QCOMPARE( read, filter );
  QCOMPARE( AtlasFilter::fromString( AtlasFilter().toString() ), AtlasFilter() );
  QCOMPARE( AtlasFilter::fromString( QString(), &error ), AtlasFilter() );
}

void TestAtlasFilter::brokenTextFallsBackToNoFilter_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::newRow( "foreign" ) << QStringLiteral( "<filter years=\"2020\"/>" );
  QTest::newRow( "future version" ) << QStringLiteral( "psa-filter-2;years=2020-2021" );
  QTest::newRow( "bad years" ) << QStringLiteral( "psa-filter-1;years=twenty-2021;destination=BE" );
  QTest::newRow( "one year end" ) << QStringLiteral( "psa-filter-1;years=2020;destination=BE" );
  QTest::newRow( "bad country" ) << QStringLiteral( "psa-filter-1;years=0-0;destination=BE,Belgium" );
  QTest::newRow( "unknown part" ) << QStringLiteral( "psa-filter-1;years=0-0;colour=red" );
  QTest::newRow( "binary" ) << QString::fromLatin1( "psa-filter-1;\x01\x02\xff" );
}

void TestAtlasFilter::brokenTextFallsBackToNoFilter()
{
  QFETCH( QString, text );
  QString error;
  const AtlasFilter filter = AtlasFilter::fromString( text, &error );
  QVERIFY( filter.isEmpty() );
  QVERIFY( !error.isEmpty() );
  QVERIFY2( error.contains( QLatin1String( "no filter applied" ) ), qPrintable( error ) );
}

QTEST_APPLESS_MAIN( TestAtlasFilter )
#include "testatlasfilter.moc"
