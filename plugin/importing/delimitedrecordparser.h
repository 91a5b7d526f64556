/***************************************************************************
  delimitedrecordparser.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef DELIMITEDRECORDPARSER_H
#define DELIMITEDRECORDPARSER_H

#include "csvreader.h"

#include <QByteArray>

/**
 * \brief Splits delimiter-separated text (comma, semicolon, tab or pipe) into records, with the
 * quoting rules of RFC 4180, and guesses the delimiter of a file from its first records.
 *
 * Records are CsvReader::RawRecord values, as the data build's reader makes them, but the
 * separator is a parameter and a record may not grow past MAX_RECORD_BYTES: memory stays
 * bounded whatever the input (a binary file given by mistake, a quote never closed).
 */
namespace DelimitedRecordParser
{
  //! \brief The longest record (one line, or several inside quotes) read, in bytes: 1 MiB.
  inline constexpr int MAX_RECORD_BYTES = 1024 * 1024;

  /**
   * \brief Splits the record of \a data starting at \a position into \a record, fields
   * separated by \a delimiter; moves \a position past it. Returns FALSE at the end of \a data.
   * A record longer than MAX_RECORD_BYTES sets \a tooLong and ends there.
   */
  bool parse( const QByteArray &data, int &position, char delimiter, CsvReader::RawRecord &record, bool &tooLong );

  /**
   * \brief Returns the delimiter (`,` `;` `\t` or `|`) that splits the header and the first
   * rows of \a data (from \a position) into the same number of fields, more than one, the most
   * fields winning; 0 when none does.
   */
  char sniffDelimiter( const QByteArray &data, int position );
} // namespace DelimitedRecordParser

#endif // DELIMITEDRECORDPARSER_H
