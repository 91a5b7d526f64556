/***************************************************************************
  importoptions.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTOPTIONS_H
#define IMPORTOPTIONS_H

#include <QString>

/**
 * \brief How an analyst's table is to be read when its own content does not settle it: the
 * separator and encoding of a CSV file, the decimal mark and the order of day and month, and
 * whether seizures above ImportOptions::LARGE_TONNES are accepted.
 *
 * Every setting left at its default is detected from the file (see CsvDialect and
 * FileConventions); a setting given here always wins over what is detected.
 */
struct ImportOptions
{
    //! \brief The decimal mark of the quantities.
    enum class DecimalMark
    {
      Detect, //!< decided once per file from its quantities
      Comma,  //!< 1.500,5: comma decimal, dot (or space) thousands
      Point,  //!< 1,500.5: point decimal, comma (or space) thousands
    };

    //! \brief The order of day and month in numeric dates such as 03/04/2021.
    enum class DateOrder
    {
      Detect,     //!< decided once per file from its dates (a day above 12)
      DayFirst,   //!< 03/04/2021 is 3 April 2021
      MonthFirst, //!< 03/04/2021 is 4 March 2021
    };

    //! The CSV field separator; 0: detected from the header and the first rows.
    char delimiter = 0;
    //! The CSV encoding (any name iconv knows, e.g. windows-1252); empty: detected.
    QString encoding;
    //! The decimal mark of the quantities.
    DecimalMark decimalMark = DecimalMark::Detect;
    //! The order of day and month in numeric dates.
    DateOrder dateOrder = DateOrder::Detect;
    //! Accept single seizures above LARGE_TONNES (never above MAX_TONNES).
    bool allowLarge = false;

    //! \brief The largest single seizure accepted without allowLarge, in tonnes.
    static constexpr double LARGE_TONNES = 100.0;
    //! \brief The largest single seizure accepted at all, in tonnes (keeps every total finite).
    static constexpr double MAX_TONNES = 10000.0;

    /**
     * \brief Sets the delimiter from \a text: `,` `;` `|` `tab` (or a tab character), also
     * `comma`, `semicolon`, `pipe`. Returns FALSE and sets \a error otherwise.
     */
    bool setDelimiter( const QString &text, QString *error );

    //! \brief Sets the decimal mark from `comma` or `point`; returns FALSE and sets \a error otherwise.
    bool setDecimalMark( const QString &text, QString *error );

    //! \brief Sets the date order from `dmy` or `mdy`; returns FALSE and sets \a error otherwise.
    bool setDateOrder( const QString &text, QString *error );

    //! \brief Returns a name for \a delimiter as the options take it ("semicolon", "tab", ...).
    static QString delimiterName( char delimiter );
};

#endif // IMPORTOPTIONS_H
