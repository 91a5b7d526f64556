/***************************************************************************
  csvreader.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef CSVREADER_H
#define CSVREADER_H

#include "delimitedrecordparser.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/**
 * \brief Reads one RFC 4180 CSV table in strict UTF-8 and checks its header against the
 * columns the table must have.
 *
 * Records are split by DelimitedRecordParser (comma, no length limit): quoted fields may hold
 * commas, doubled quotes and line breaks; lines end in LF or CRLF. A UTF-8 byte order mark is
 * skipped; blank lines are ignored. Each record remembers the physical line it starts on. The header must hold every
 * expected column exactly once and nothing else, in any order. Problems are collected as SourceError values (see
 * SourceRule for the ids): a broken header stops the reading of the file, a broken
 * record (bad UTF-8, misplaced quote, wrong number of fields) is left out and the reading
 * goes on, so one run reports every broken record.
 */
class CsvReader
{
  public:
    /**
     * \brief One record of the table: its values, in the order of the expected columns.
     */
    class Record
    {
      public:
        //! \brief Returns the physical line (1-based, the header is line 1) the record starts on.
        int line() const { return mLine; }

        /**
         * \brief Returns the value of the column named \a column, or a null string when the
         * table has no such column.
         */
        QString value( const QString &column ) const;

        //! \brief Returns the values in the order of the expected columns.
        QStringList values() const { return mValues; }

      private:
        friend class CsvReader;
        int mLine = 0;
        QStringList mValues;
        std::shared_ptr<const QHash<QString, int>> mColumnIndex;
    };

    /**
     * \brief Creates a reader for a table that must have exactly the columns \a columns.
     */
    explicit CsvReader( const QStringList &columns );

    /**
     * \brief Reads the file at \a path. Returns TRUE when the file was read without error.
     * Errors name the file as \a path is written.
     */
    bool readFile( const QString &path );

    /**
     * \brief Reads the CSV text \a data, reporting errors against the file name \a fileName.
     * Returns TRUE when there was no error.
     */
    bool readData( const QByteArray &data, const QString &fileName );

    //! \brief Returns the expected columns.
    QStringList columns() const { return mColumns; }

    /**
     * \brief Lets the header leave out the expected columns \a columns (added to a table after
     * files without them were written); a column left out reads as empty in every record.
     */
    void setOptionalColumns( const QStringList &columns ) { mOptionalColumns = columns; }

    /**
     * \brief Returns TRUE when the last read found a header holding exactly the expected
     * columns (the records may still be broken).
     */
    bool headerValid() const { return mHeaderValid; }

    //! \brief Returns the records read without error, in file order.
    QVector<Record> records() const { return mRecords; }

    //! \brief Returns every problem found by the last read.
    SourceErrors errors() const { return mErrors; }

    /**
     * \brief Returns the byte offset of the first byte of \a data that does not belong to a
     * valid UTF-8 sequence (overlong forms, surrogates and code points above U+10FFFF are
     * invalid), or -1 when all of \a data is valid.
     */
    static int firstInvalidUtf8( const QByteArray &data );

    //! \brief One field as found in the file (see DelimitedRecordParser).
    using RawField = DelimitedRecordParser::RawField;

    //! \brief One record as found in the file (see DelimitedRecordParser).
    using RawRecord = DelimitedRecordParser::RawRecord;

  private:
    bool checkHeader( const QStringList &header, int headerLine );
    bool reportInvalidUtf8( const QByteArray &data, const RawField &field, const QString &column );
    void addError( int line, const QString &column, const char *ruleId, const QString &message );
    int lineOfOffset( int offset ) const;
    int byteColumnOfOffset( int offset ) const;

    QStringList mColumns;
    QStringList mOptionalColumns;
    QString mFileName;
    QVector<int> mLineStarts;
    QVector<int> mHeaderToColumn;
    bool mHeaderValid = false;
    QVector<Record> mRecords;
    SourceErrors mErrors;
};

#endif // CSVREADER_H
