/***************************************************************************
  testprintarguments.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printarguments.h"

#include <QtTest>

/**
 * \brief What `port-seizure-atlas print` accepts and how it explains what it refuses.
 */
class TestPrintArguments : public QObject
{
    Q_OBJECT

  private slots:
    void yearsAndCountriesAreRead_data();
    void yearsAndCountriesAreRead();
    void badArgumentsAreNamed_data();
    void badArgumentsAreNamed();
    void optionsHaveDefaults();
    void inlineValuesAndChoices();
};

void TestPrintArguments::yearsAndCountriesAreRead_data()
{
  QTest::addColumn<QStringList>( "arguments" );
  QTest::addColumn<int>( "from" );
  QTest::addColumn<int>( "to" );
  QTest::addColumn<QStringList>( "countries" );
  QTest::newRow( "one year" ) << QStringList{ "--years", "2023", "--countries", "BE,NL", "--out", "m.pdf" } << 2023
                              << 2023 << QStringList{ "BE", "NL" };
  QTest::newRow( "range" ) << QStringList{ "--years", "2019-2023", "--out", "m.pdf" } << 2019 << 2023 << QStringList();
  QTest::newRow( "range with en dash and spaces" )
      << QStringList{ "--years", "2019 – 2021", "--out", "m.pdf" } << 2019 << 2021 << QStringList();
  QTest::newRow( "lower case, spaces, repeated" )
      << QStringList{ "--countries", " be, nl ,BE", "--out", "m.pdf" } << 0 << 0 << QStringList{ "BE", "NL" };
}

void TestPrintArguments::yearsAndCountriesAreRead()
{
  QFETCH( QStringList, arguments );
  PrintArguments result;
  QString error;
  QVERIFY2( PrintArguments::parse( arguments, &result, &error ), qPrintable( error ) );
  QTEST( result.yearFrom, "from" );
  QTEST( result.yearTo, "to" );
  QTEST( result.countries, "countries" );
  QCOMPARE( result.out, QStringLiteral( "m.pdf" ) );
}

void TestPrintArguments::badArgumentsAreNamed_data()
{
  QTest::addColumn<QStringList>( "arguments" );
  QTest::addColumn<QString>( "mentioned" );
  QTest::newRow( "no output" ) << QStringList{ "--years", "2023" } << "--out";
  QTest::newRow( "unknown option" ) << QStringList{ "--colour", "red", "--out", "m.pdf" } << "--colour";
  QTest::newRow( "missing value" ) << QStringList{ "--out", "m.pdf", "--years" } << "--years needs a value";
  QTest::newRow( "year is text" ) << QStringList{ "--years", "last", "--out", "m.pdf" } << "--years last";
  QTest::newRow( "reversed range" ) << QStringList{ "--years", "2023-2019", "--out", "m.pdf" }
                                    << "first year is after the last";
  QTest::newRow( "year out of range" ) << QStringList{ "--years", "1066", "--out", "m.pdf" } << "between 1900 and 2100";
  QTest::newRow( "three-letter country" )
      << QStringList{ "--countries", "BEL", "--out", "m.pdf" } << "'BEL' is not a two-letter country code";
  QTest::newRow( "empty country in list" )
      << QStringList{ "--countries", "BE,,NL", "--out", "m.pdf" } << "'' is not a two-letter";
  QTest::newRow( "unknown template" ) << QStringList{ "--template", "letter", "--out", "m.pdf" }
                                      << "--template letter: choose a4 or a3";
  QTest::newRow( "unknown atlas" ) << QStringList{ "--atlas", "city", "--out", "m.pdf" } << "--atlas city";
  QTest::newRow( "dpi not a number" ) << QStringList{ "--dpi", "high", "--out", "m.pdf" } << "--dpi high";
  QTest::newRow( "dpi too large" ) << QStringList{ "--dpi", "100000", "--out", "m.pdf" } << "--dpi 100000";
  QTest::newRow( "empty output" ) << QStringList{ "--out", "" } << "--out needs a non-empty value";
}

void TestPrintArguments::badArgumentsAreNamed()
{
  QFETCH( QStringList, arguments );
  QFETCH( QString, mentioned );
  PrintArguments result;
  QString error;
  QVERIFY( !PrintArguments::parse( arguments, &result, &error ) );
  QVERIFY2( error.contains( mentioned ),
            qPrintable( QStringLiteral( "'%1' does not mention '%2'" ).arg( error, mentioned ) ) );
}

void TestPrintArguments::optionsHaveDefaults()
{
  PrintArguments result;
  QString error;
  QVERIFY( PrintArguments::parse( { "--out", "map.png" }, &result, &error ) );
  QCOMPARE( result.options.paper, PrintOptions::Paper::A4 );
  QCOMPARE( result.options.atlas, PrintOptions::Atlas::None );
  QCOMPARE( result.options.dpi, 300 );
  QCOMPARE( result.yearFrom, 0 );
  QVERIFY( result.countries.isEmpty() );
  QVERIFY( result.data.isEmpty() );
  QVERIFY( PrintArguments::parse( { "--help" }, &result, &error ) );
  QVERIFY( result.help );
  QVERIFY( PrintArguments::usage().contains( QStringLiteral( "--atlas port|country" ) ) );
}

void TestPrintArguments::inlineValuesAndChoices()
{
  PrintArguments result;
  QString error;
  QVERIFY2( PrintArguments::parse( { "--out=atlas.pdf", "--template=A3", "--atlas", "country", "--dpi=150",
                                     "--origin-countries", "co,ec", "--progress" },
                                   &result, &error ),
            qPrintable( error ) );
  QCOMPARE( result.out, QStringLiteral( "atlas.pdf" ) );
  QCOMPARE( result.options.paper, PrintOptions::Paper::A3 );
  QCOMPARE( result.options.atlas, PrintOptions::Atlas::Country );
  QCOMPARE( result.options.dpi, 150 );
  QCOMPARE( result.originCountries, ( QStringList{ "CO", "EC" } ) );
  QVERIFY( result.progress );
  QCOMPARE( PrintOptions::formatFromFileName( QStringLiteral( "x/MAP.SVG" ) ), PrintOptions::Format::Svg );
  QCOMPARE( PrintOptions::formatFromFileName( QStringLiteral( "map.jpeg" ) ), PrintOptions::Format::Unknown );
}

QTEST_GUILESS_MAIN( TestPrintArguments )
#include "testprintarguments.moc"
