/***************************************************************************
  testeventvalueparser.cpp
  Port Seizure Atlas: the dates, quantities and units analysts write (EventValueParser)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "eventvalueparser.h"

#include <QtTest>

class TestEventValueParser : public QObject
{
    Q_OBJECT

  private slots:
    void acceptedDates_data();
    void acceptedDates();
    void refusedDates_data();
    void refusedDates();
    void quantities_data();
    void quantities();
    void refusedQuantities_data();
    void refusedQuantities();
    void units();
};

void TestEventValueParser::acceptedDates_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QDate>( "date" );
  QTest::addColumn<int>( "year" );
  QTest::newRow( "ISO" ) << "2021-03-12" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "ISO with slashes (GDAL dates)" ) << "2021/03/12" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "ISO with midnight (spreadsheets)" ) << "2021-03-12 00:00:00" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "day/month/year" ) << "12/03/2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "day.month.year" ) << "1.3.2021" << QDate( 2021, 3, 1 ) << 2021;
  QTest::newRow( "day-month-year" ) << "12-03-2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "English day month" ) << "12 March 2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "English month day" ) << "March 12, 2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "abbreviated with dashes" ) << "12-Mar-2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "abbreviated with dot" ) << "5 Sept. 2020" << QDate( 2020, 9, 5 ) << 2020;
  QTest::newRow( "French" ) << "12 février 2021" << QDate( 2021, 2, 12 ) << 2021;
  QTest::newRow( "German" ) << "12. März 2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "Spanish" ) << "12 de marzo de 2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "Dutch upper case" ) << "12 MAART 2021" << QDate( 2021, 3, 12 ) << 2021;
  QTest::newRow( "month only: no day invented" ) << "March 2021" << QDate() << 2021;
  QTest::newRow( "year only: no day invented" ) << "2019" << QDate() << 2019;
  QTest::newRow( "surrounding spaces" ) << "  2021-03-12 " << QDate( 2021, 3, 12 ) << 2021;
}

void TestEventValueParser::acceptedDates()
{
  QFETCH( QString, text );
  QFETCH( QDate, date );
  QFETCH( int, year );
  QString problem;
  const auto value = EventValueParser::parseDate( text, &problem );
  QVERIFY2( value.has_value(), qPrintable( problem ) );
  QCOMPARE( value->date, date );
  QCOMPARE( value->year, year );
}

void TestEventValueParser::refusedDates_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QString>( "problemPart" );
  QTest::newRow( "US order, month 13" ) << "03/13/2021"
                                        << "no real day";
  QTest::newRow( "31 February" ) << "31/02/2021"
                                 << "no real day";
  QTest::newRow( "ISO month 13" ) << "2021-13-01"
                                  << "no real day";
  QTest::newRow( "unknown month" ) << "12 Marchember 2021"
                                   << "not a month name";
  QTest::newRow( "two-digit year" ) << "12/03/21"
                                    << "not a date";
  QTest::newRow( "words" ) << "last spring"
                           << "not a date";
  QTest::newRow( "Excel serial number" ) << "44267"
                                         << "not a date";
}

void TestEventValueParser::refusedDates()
{
  QFETCH( QString, text );
  QFETCH( QString, problemPart );
  QString problem;
  QVERIFY( !EventValueParser::parseDate( text, &problem ).has_value() );
  QVERIFY2( problem.contains( problemPart ), qPrintable( problem ) );
  QVERIFY2( problem.contains( text.trimmed() ) || problem.contains( QStringLiteral( "Marchember" ) ), qPrintable( problem ) );
}

void TestEventValueParser::quantities_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<double>( "value" );
  QTest::newRow( "integer" ) << "1500" << 1500.0;
  QTest::newRow( "decimal point" ) << "1.5" << 1.5;
  QTest::newRow( "decimal comma" ) << "1,5" << 1.5;
  QTest::newRow( "long decimal comma" ) << "2500,25" << 2500.25;
  QTest::newRow( "zero" ) << "0" << 0.0;
  QTest::newRow( "negative (refused later by the rule)" ) << "-3" << -3.0;
}

void TestEventValueParser::quantities()
{
  QFETCH( QString, text );
  QFETCH( double, value );
  QString problem;
  const std::optional<double> quantity = EventValueParser::parseQuantity( text, &problem );
  QVERIFY2( quantity.has_value(), qPrintable( problem ) );
  QCOMPARE( *quantity, value );
}

void TestEventValueParser::refusedQuantities_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QString>( "problemPart" );
  QTest::newRow( "words" ) << "about 2"
                           << "not a number";
  QTest::newRow( "unit inside" ) << "12 kg"
                                 << "unit goes in the unit column";
  QTest::newRow( "European grouping" ) << "1.234,5"
                                       << "thousands separators";
  QTest::newRow( "English grouping" ) << "1,234.5"
                                      << "thousands separators";
  QTest::newRow( "exponent" ) << "1e3"
                              << "not a number";
  QTest::newRow( "two decimal marks" ) << "1.2.3"
                                       << "not a number";
}

void TestEventValueParser::refusedQuantities()
{
  QFETCH( QString, text );
  QFETCH( QString, problemPart );
  QString problem;
  QVERIFY( !EventValueParser::parseQuantity( text, &problem ).has_value() );
  QVERIFY2( problem.contains( problemPart ), qPrintable( problem ) );
}

void TestEventValueParser::units()
{
  QString problem;
  QCOMPARE( EventValueParser::tonnesPerUnit( QStringLiteral( "kg" ), &problem ).value_or( -1 ), 0.001 );
  QCOMPARE( EventValueParser::tonnesPerUnit( QStringLiteral( " KG " ), &problem ).value_or( -1 ), 0.001 );
  QCOMPARE( EventValueParser::tonnesPerUnit( QStringLiteral( "t" ), &problem ).value_or( -1 ), 1.0 );
  QCOMPARE( EventValueParser::tonnesPerUnit( QStringLiteral( "tonnes" ), &problem ).value_or( -1 ), 1.0 );
  QVERIFY( !EventValueParser::tonnesPerUnit( QStringLiteral( "lb" ), &problem ).has_value() );
  QVERIFY2( problem.contains( QStringLiteral( "expected kg or t" ) ), qPrintable( problem ) );
}

QTEST_GUILESS_MAIN( TestEventValueParser )
#include "testeventvalueparser.moc"
