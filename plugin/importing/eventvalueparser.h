/***************************************************************************
  eventvalueparser.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef EVENTVALUEPARSER_H
#define EVENTVALUEPARSER_H

#include <QDate>
#include <QString>

#include <optional>

/**
 * \brief Reads the dates, quantities and units analysts write in their tables.
 *
 * Every function returns either a value or, in \a problem, a sentence saying what was found
 * and what is accepted. Nothing is guessed: a day/month order that cannot be told apart is
 * always read as day/month/year (the European order), a value with thousands separators is
 * refused rather than read in one of its two possible ways.
 */
namespace EventValueParser
{
  //! \brief A date as precise as the source gives it.
  struct DateValue
  {
      //! The day; invalid when the source gives only a month or a year.
      QDate date;
      //! The year.
      int year = 0;
  };

  /**
   * \brief Reads \a text as a date: ISO (2021-03-12, 2021/03/12, an optional time of day),
   * day/month/year (12/03/2021, 12.03.2021, 12-03-2021), with a month name in English,
   * French, Spanish, German, Dutch, Portuguese or Italian (12 March 2021, March 12, 2021,
   * 12-Mar-2021, März 2021) or a year alone (2021). Returns no value and sets \a problem when
   * \a text is none of these or no real day.
   */
  std::optional<DateValue> parseDate( const QString &text, QString *problem );

  /**
   * \brief Reads \a text as a plain decimal number with a decimal point or a decimal comma
   * (1500, 1.5, 1,5). Thousands separators, signs other than a leading minus, units and
   * exponents are refused with a \a problem.
   */
  std::optional<double> parseQuantity( const QString &text, QString *problem );

  /**
   * \brief Returns how many tonnes one \a unit is: 0.001 for kg (kg, kgs, kilogram(s)), 1 for
   * t (t, ton(s), tonne(s)); case is ignored. Returns no value and sets \a problem otherwise.
   */
  std::optional<double> tonnesPerUnit( const QString &unit, QString *problem );
} // namespace EventValueParser

#endif // EVENTVALUEPARSER_H
