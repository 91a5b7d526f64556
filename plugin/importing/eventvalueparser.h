/***************************************************************************
  eventvalueparser.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef EVENTVALUEPARSER_H
#define EVENTVALUEPARSER_H

#include <QDate>
#include <QString>

#include <optional>

#include "importoptions.h"

/**
 * \brief Reads the dates, quantities and units analysts write in their tables.
 *
 * Every function returns either a value or, in \a problem, a sentence saying what was found
 * and what is accepted. Nothing is guessed: a value that reads two ways (1.500; 03/04/2021) is
 * read only with the convention given (per file: FileConventions), and refused without one.
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

  //! \brief Why a value could not be read, when it is not simply malformed.
  enum class Doubt
  {
    None,      //!< read, or malformed (see the problem)
    Ambiguous, //!< reads two ways and the convention is not known
    Conflict,  //!< malformed under the convention given, well-formed under the other one
  };

  /**
   * \brief Reads \a text as a date: ISO (2021-03-12, 2021/03/12, an optional time of day),
   * numeric day and month (12/03/2021, 12-03-2021 in \a order; 12.03.2021 always day first),
   * with a month name or abbreviation in English, German, Dutch, French, Spanish, Italian or
   * Portuguese (12 March 2021, March 12, 2021, 12-Mar-2021, Mai 2022, 12 de marzo de 2021) or
   * a year alone (2021). Returns no value and sets \a problem when \a text is none of these,
   * no real day, or (setting \a doubt) reads two ways while \a order is Detect.
   */
  std::optional<DateValue> parseDate( const QString &text, ImportOptions::DateOrder order, QString *problem,
                                      Doubt *doubt = nullptr );

  //! \brief Reads \a text as parseDate() does with the day first (the European order).
  std::optional<DateValue> parseDate( const QString &text, QString *problem );

  /**
   * \brief Returns the order of day and month \a text proves (12/25/2021: month first;
   * 25/12/2021: day first), or Detect when it proves none.
   */
  ImportOptions::DateOrder dateOrderEvidence( const QString &text );

  /**
   * \brief Reads \a text as a decimal number with the decimal \a mark: thousands grouped by
   * the other mark, a space or an apostrophe in threes (1.500,5 or 1,500.5 or 1 500). With
   * Detect, only a value that reads one way is accepted (1500, 1,5, 2.350,5, 1.25); 1.500 and
   * 1,500 set \a doubt to Ambiguous. Signs other than a leading minus, units and exponents are
   * refused with a \a problem.
   */
  std::optional<double> parseQuantity( const QString &text, ImportOptions::DecimalMark mark, QString *problem,
                                       Doubt *doubt = nullptr );

  //! \brief Reads \a text as parseQuantity() does with Detect.
  std::optional<double> parseQuantity( const QString &text, QString *problem );

  /**
   * \brief Returns the decimal mark \a text proves (0,8 or 2.350,5: Comma; 1.25 or 1,234.5:
   * Point), or Detect when it proves none (1500, 1.500, 1 500).
   */
  ImportOptions::DecimalMark decimalMarkEvidence( const QString &text );

  /**
   * \brief Returns how many tonnes one \a unit is: 0.000001 for g, 0.001 for kg, 1 for t, in
   * their spellings in the seven languages (kg, kilo, Kilogramm, kilogramos, g, Gramm, t, ton,
   * tonnes, Tonnen, toneladas, ...); case and accents are ignored. Returns no value and sets
   * \a problem otherwise.
   */
  std::optional<double> tonnesPerUnit( const QString &unit, QString *problem );
} // namespace EventValueParser

#endif // EVENTVALUEPARSER_H
