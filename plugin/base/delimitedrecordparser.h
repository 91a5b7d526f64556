/***************************************************************************
  delimitedrecordparser.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef DELIMITEDRECORDPARSER_H
#define DELIMITEDRECORDPARSER_H

#include <QByteArray>
#include <QString>
#include <QVector>

/**
 * \brief The one record parser of the plugin: splits delimiter-separated text (comma, semicolon,
 * tab or pipe) into records, with the quoting rules of RFC 4180, and guesses the delimiter of a
 * file from its first records.
 *
 * The data build's CsvReader reads its tables with it (comma, no length limit); the import reads
 * the analyst's tables with the delimiter it found and records of at most MAX_RECORD_BYTES, so
 * memory stays bounded whatever the input (a binary file given by mistake, a quote never closed).
 */
namespace DelimitedRecordParser
{
  //! \brief One field as found in the file: its unquoted bytes and where its raw text lies.
  struct RawField
  {
      /**
       * The field's value, quotes removed and doubled quotes undone (not yet checked as UTF-8).
       * An unquoted field's bytes are not copied: they stay valid while the parsed data lives.
       */
      QByteArray bytes;
      //! Byte offset of the field's first raw byte (an opening quote included).
      int rawStart = 0;
      //! Byte offset just past the field's last raw byte.
      int rawEnd = 0;
  };

  //! \brief One record as found in the file, before any check of its content.
  struct RawRecord
  {
      //! The fields, in file order.
      QVector<RawField> fields;
      //! Byte offset where the record starts.
      int start = 0;
      //! TRUE for an empty line.
      bool blank = false;
      //! The first quoting problem of the record, or empty.
      QString quotingProblem;
      //! Byte offset of that quoting problem.
      int quotingOffset = 0;
  };

  //! \brief The longest record (one line, or several inside quotes) read, in bytes: 1 MiB.
  inline constexpr int MAX_RECORD_BYTES = 1024 * 1024;

  /**
   * \brief Splits the record of \a data starting at \a position into \a record, fields
   * separated by \a delimiter; moves \a position past it. Returns FALSE at the end of \a data.
   * A record longer than \a maxRecordBytes sets \a tooLong and ends there.
   */
  bool parse( const QByteArray &data, int &position, char delimiter, RawRecord &record, bool &tooLong,
              int maxRecordBytes = MAX_RECORD_BYTES );

  /**
   * \brief Returns the delimiter (`,` `;` `\t` or `|`) that splits the header and the first
   * rows of \a data (from \a position) into the same number of fields, more than one, the most
   * fields winning; 0 when none does.
   */
  char sniffDelimiter( const QByteArray &data, int position );
} // namespace DelimitedRecordParser

#endif // DELIMITEDRECORDPARSER_H
