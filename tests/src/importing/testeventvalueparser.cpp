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
    void unitSpellings_data();
    void unitSpellings();
    void quantityWithMark_data();
    void quantityWithMark();
    void evidence();
    void dateOrders_data();
    void dateOrders();
    void monthOnly_data();
    void monthOnly();
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
  QTest::newRow( "US order, month 13, read day first" ) << "03/13/2021"
                                                        << "month first it would be 2021-03-13";
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
  QVERIFY2( problem.contains( text.trimmed() ) || problem.contains( QStringLiteral( "Marchember" ) ),
            qPrintable( problem ) );
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
  QTest::newRow( "groups of two" ) << "12.34.567"
                                   << "not a number";
  QTest::newRow( "group starting with 0" ) << "0.500.000"
                                           << "not a number";
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
  QVERIFY2( problem.contains( QStringLiteral( "expected g, kg or t" ) ), qPrintable( problem ) );
}

void TestEventValueParser::unitSpellings_data()
{
  QTest::addColumn<QString>( "unit" );
  QTest::addColumn<double>( "tonnes" );
  for ( const char *kilogram : { "kilo", "Kilogramm", "kilogramos", "kg.", "chilogrammi", "quilos" } )
    QTest::newRow( kilogram ) << QString::fromUtf8( kilogram ) << 0.001;
  for ( const char *tonne : { "tonnes", "Tonnen", "ton", "toneladas", "tonnellate", "T" } )
    QTest::newRow( tonne ) << QString::fromUtf8( tonne ) << 1.0;
  for ( const char *gram : { "g", "Gramm", "gramos", "grammi" } )
    QTest::newRow( gram ) << QString::fromUtf8( gram ) << 0.000001;
}

void TestEventValueParser::unitSpellings()
{
  QFETCH( QString, unit );
  QFETCH( double, tonnes );
  QString problem;
  QCOMPARE( EventValueParser::tonnesPerUnit( unit, &problem ).value_or( -1 ), tonnes );
}

void TestEventValueParser::quantityWithMark_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QString>( "mark" );
  QTest::addColumn<double>( "value" );
  QTest::addColumn<int>( "doubt" );
  const int none = static_cast<int>( EventValueParser::Doubt::None );
  const int ambiguous = static_cast<int>( EventValueParser::Doubt::Ambiguous );
  const int conflict = static_cast<int>( EventValueParser::Doubt::Conflict );
  QTest::newRow( "1.500 comma file" ) << "1.500"
                                      << "comma" << 1500.0 << none;
  QTest::newRow( "1.500 point file" ) << "1.500"
                                      << "point" << 1.5 << none;
  QTest::newRow( "1.500 unknown" ) << "1.500"
                                   << "detect" << -1.0 << ambiguous;
  QTest::newRow( "1,500 comma file" ) << "1,500"
                                      << "comma" << 1.5 << none;
  QTest::newRow( "1,500 point file" ) << "1,500"
                                      << "point" << 1500.0 << none;
  QTest::newRow( "1,500 unknown" ) << "1,500"
                                   << "detect" << -1.0 << ambiguous;
  QTest::newRow( "2.350,5 unknown" ) << "2.350,5"
                                     << "detect" << 2350.5 << none;
  QTest::newRow( "1,234.5 unknown" ) << "1,234.5"
                                     << "detect" << 1234.5 << none;
  QTest::newRow( "1.234.567 unknown" ) << "1.234.567"
                                       << "detect" << 1234567.0 << none;
  QTest::newRow( "space groups" ) << "1 500,25"
                                  << "detect" << 1500.25 << none;
  QTest::newRow( "no-break space groups" ) << QStringLiteral( "12\u00A0000" ) << "detect" << 12000.0 << none;
  QTest::newRow( "apostrophe groups" ) << "1'500.5"
                                       << "detect" << 1500.5 << none;
  QTest::newRow( "0,8 unknown" ) << "0,8"
                                 << "detect" << 0.8 << none;
  QTest::newRow( "1,5 in a point file" ) << "1,5"
                                         << "point" << -1.0 << conflict;
  QTest::newRow( "2.5 in a comma file" ) << "2.5"
                                         << "comma" << -1.0 << conflict;
  QTest::newRow( "-1.500 comma file" ) << "-1.500"
                                       << "comma" << -1500.0 << none;
}

void TestEventValueParser::quantityWithMark()
{
  QFETCH( QString, text );
  QFETCH( QString, mark );
  QFETCH( double, value );
  QFETCH( int, doubt );
  ImportOptions options;
  QString error;
  if ( mark != QLatin1String( "detect" ) )
    QVERIFY( options.setDecimalMark( mark, &error ) );
  QString problem;
  EventValueParser::Doubt found = EventValueParser::Doubt::None;
  const std::optional<double> quantity = EventValueParser::parseQuantity( text, options.decimalMark, &problem, &found );
  QCOMPARE( static_cast<int>( found ), doubt );
  if ( value >= 0 || text.startsWith( QLatin1Char( '-' ) ) )
  {
    QVERIFY2( quantity.has_value(), qPrintable( problem ) );
    QCOMPARE( *quantity, value );
  }
  else
  {
    QVERIFY( !quantity );
    // Both readings are named.
    if ( doubt == static_cast<int>( EventValueParser::Doubt::Ambiguous ) )
      QVERIFY2( problem.contains( QStringLiteral( " 1.5 " ) ) && problem.contains( QStringLiteral( "1500" ) ),
                qPrintable( problem ) );
  }
}

void TestEventValueParser::evidence()
{
  using Mark = ImportOptions::DecimalMark;
  QCOMPARE( EventValueParser::decimalMarkEvidence( QStringLiteral( "0,8" ) ), Mark::Comma );
  QCOMPARE( EventValueParser::decimalMarkEvidence( QStringLiteral( "2.350,5" ) ), Mark::Comma );
  QCOMPARE( EventValueParser::decimalMarkEvidence( QStringLiteral( "1,234.5" ) ), Mark::Point );
  QCOMPARE( EventValueParser::decimalMarkEvidence( QStringLiteral( "1.25" ) ), Mark::Point );
  QCOMPARE( EventValueParser::decimalMarkEvidence( QStringLiteral( "1.500" ) ), Mark::Detect );
  QCOMPARE( EventValueParser::decimalMarkEvidence( QStringLiteral( "1500" ) ), Mark::Detect );
  using Order = ImportOptions::DateOrder;
  QCOMPARE( EventValueParser::dateOrderEvidence( QStringLiteral( "25/12/2021" ) ), Order::DayFirst );
  QCOMPARE( EventValueParser::dateOrderEvidence( QStringLiteral( "12/25/2021" ) ), Order::MonthFirst );
  QCOMPARE( EventValueParser::dateOrderEvidence( QStringLiteral( "03/04/2021" ) ), Order::Detect );
  QCOMPARE( EventValueParser::dateOrderEvidence( QStringLiteral( "12.03.2021" ) ), Order::Detect );
}

void TestEventValueParser::dateOrders_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<QString>( "order" );
  QTest::addColumn<QDate>( "date" );
  QTest::newRow( "03/04/2021 dmy" ) << "03/04/2021"
                                    << "dmy" << QDate( 2021, 4, 3 );
  QTest::newRow( "03/04/2021 mdy" ) << "03/04/2021"
                                    << "mdy" << QDate( 2021, 3, 4 );
  QTest::newRow( "03/04/2021 unknown" ) << "03/04/2021"
                                        << "detect" << QDate();
  QTest::newRow( "03-04-2021 unknown" ) << "03-04-2021"
                                        << "detect" << QDate();
  QTest::newRow( "05/05/2021 unknown (one reading)" ) << "05/05/2021"
                                                      << "detect" << QDate( 2021, 5, 5 );
  QTest::newRow( "25/03/2021 unknown (day above 12)" ) << "25/03/2021"
                                                       << "detect" << QDate( 2021, 3, 25 );
  QTest::newRow( "03/25/2021 unknown (day above 12)" ) << "03/25/2021"
                                                       << "detect" << QDate( 2021, 3, 25 );
  QTest::newRow( "12.03.2021 unknown (dots: day first)" ) << "12.03.2021"
                                                          << "detect" << QDate( 2021, 3, 12 );
  QTest::newRow( "2021/03/12" ) << "2021/03/12"
                                << "detect" << QDate( 2021, 3, 12 );
  QTest::newRow( "12 de marzo de 2021" ) << "12 de marzo de 2021"
                                         << "detect" << QDate( 2021, 3, 12 );
  QTest::newRow( "12. März 2021" ) << QStringLiteral( "12. März 2021" ) << "detect" << QDate( 2021, 3, 12 );
  QTest::newRow( "12 mrt 2021" ) << "12 mrt 2021"
                                 << "detect" << QDate( 2021, 3, 12 );
  QTest::newRow( "12 févr. 2021" ) << QStringLiteral( "12 févr. 2021" ) << "detect" << QDate( 2021, 2, 12 );
  QTest::newRow( "3 ott 2021" ) << "3 ott 2021"
                                << "detect" << QDate( 2021, 10, 3 );
  QTest::newRow( "5 de outubro de 2021" ) << "5 de outubro de 2021"
                                          << "detect" << QDate( 2021, 10, 5 );
}

void TestEventValueParser::dateOrders()
{
  QFETCH( QString, text );
  QFETCH( QString, order );
  QFETCH( QDate, date );
  ImportOptions options;
  QString error;
  if ( order != QLatin1String( "detect" ) )
    QVERIFY( options.setDateOrder( order, &error ) );
  QString problem;
  EventValueParser::Doubt doubt = EventValueParser::Doubt::None;
  const auto value = EventValueParser::parseDate( text, options.dateOrder, &problem, &doubt );
  if ( !date.isValid() )
  {
    QVERIFY( !value );
    QCOMPARE( doubt, EventValueParser::Doubt::Ambiguous );
    QVERIFY2( problem.contains( QStringLiteral( "2021-04-03" ) ) && problem.contains( QStringLiteral( "2021-03-04" ) ),
              qPrintable( problem ) );
    return;
  }
  QVERIFY2( value.has_value(), qPrintable( problem ) );
  QCOMPARE( value->date, date );
}

void TestEventValueParser::monthOnly_data()
{
  QTest::addColumn<QString>( "text" );
  QTest::addColumn<int>( "year" );
  QTest::newRow( "Mai 2022" ) << "Mai 2022" << 2022;
  QTest::newRow( "mars 2021" ) << "mars 2021" << 2021;
  QTest::newRow( "marzo de 2021" ) << "marzo de 2021" << 2021;
  QTest::newRow( "Okt. 2020" ) << "Okt. 2020" << 2020;
}

void TestEventValueParser::monthOnly()
{
  QFETCH( QString, text );
  QFETCH( int, year );
  QString problem;
  const auto value = EventValueParser::parseDate( text, ImportOptions::DateOrder::Detect, &problem );
  QVERIFY2( value.has_value(), qPrintable( problem ) );
  QVERIFY( !value->date.isValid() );
  QCOMPARE( value->year, year );
}

QTEST_GUILESS_MAIN( TestEventValueParser )
#include "testeventvalueparser.moc"
