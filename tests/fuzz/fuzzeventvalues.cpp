/***************************************************************************
  fuzzeventvalues.cpp — libFuzzer harness: the number, date, unit and drug parsers of the import
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "drugvocabulary.h"
#include "eventvalueparser.h"
#include "fuzzcheck.h"

#include <cmath>

namespace
{
  using Mark = ImportOptions::DecimalMark;
  using Order = ImportOptions::DateOrder;
  using Doubt = EventValueParser::Doubt;

  void checkQuantity( const QString &text )
  {
    QString problem;
    Doubt doubt = Doubt::None;
    const std::optional<double> detected = EventValueParser::parseQuantity( text, Mark::Detect, &problem, &doubt );
    const std::optional<double> comma = EventValueParser::parseQuantity( text, Mark::Comma, &problem );
    const std::optional<double> point = EventValueParser::parseQuantity( text, Mark::Point, &problem );
    PSA_FUZZ_CHECK( detected || !problem.isEmpty(), "a refused quantity says why" );
    PSA_FUZZ_CHECK( !detected || !std::isnan( *detected ), "a quantity is never NaN" );
    if ( detected )
      PSA_FUZZ_CHECK( ( comma && *comma == *detected ) || ( point && *point == *detected ),
                      "what is read without a mark is one of the two readings" );
    if ( doubt == Doubt::Ambiguous )
      PSA_FUZZ_CHECK( comma && point && *comma != *point, "an ambiguous quantity has two different readings" );
    const Mark evidence = EventValueParser::decimalMarkEvidence( text );
    if ( evidence == Mark::Comma )
      PSA_FUZZ_CHECK( comma && !point, "comma evidence reads only with a comma" );
    if ( evidence == Mark::Point )
      PSA_FUZZ_CHECK( point && !comma, "point evidence reads only with a point" );
  }

  void checkDate( const QString &text )
  {
    QString problem;
    Doubt doubt = Doubt::None;
    const auto detected = EventValueParser::parseDate( text, Order::Detect, &problem, &doubt );
    const auto dayFirst = EventValueParser::parseDate( text, Order::DayFirst, &problem );
    const auto monthFirst = EventValueParser::parseDate( text, Order::MonthFirst, &problem );
    PSA_FUZZ_CHECK( detected || !problem.isEmpty(), "a refused date says why" );
    if ( detected )
    {
      PSA_FUZZ_CHECK( !detected->date.isValid() || detected->date.year() == detected->year,
                      "the year is the date's year" );
      PSA_FUZZ_CHECK( ( dayFirst && dayFirst->date == detected->date ) ||
                          ( monthFirst && monthFirst->date == detected->date ),
                      "what is read without an order is one of the two readings" );
    }
    if ( doubt == Doubt::Ambiguous )
      PSA_FUZZ_CHECK( dayFirst && monthFirst && dayFirst->date != monthFirst->date,
                      "an ambiguous date has two different readings" );
  }
} // namespace

/**
 * Each line is tried as a quantity, a date, a unit and a drug. Checks the parsers' promises:
 * a refusal says why; what is read without a convention is one of the readings with one; an
 * ambiguous value really reads two ways; evidence of a decimal mark reads only with that mark.
 */
extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QStringList lines = QString::fromUtf8( fuzzBytes( data, size ) ).split( QLatin1Char( '\n' ) );
  for ( const QString &line : lines )
  {
    checkQuantity( line );
    checkDate( line );
    QString problem;
    const std::optional<double> tonnes = EventValueParser::tonnesPerUnit( line, &problem );
    PSA_FUZZ_CHECK( tonnes || !problem.isEmpty(), "a refused unit says why" );
    const std::optional<QString> drug = DrugVocabulary::storedName( line, &problem );
    PSA_FUZZ_CHECK( ( drug && DrugVocabulary::storedNames().contains( *drug ) ) || ( !drug && !problem.isEmpty() ),
                    "a drug is stored under a known name or refused with a reason" );
  }
  return 0;
}
