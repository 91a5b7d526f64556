/***************************************************************************
  csveventsource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef CSVEVENTSOURCE_H
#define CSVEVENTSOURCE_H

#include "delimitedrecordparser.h"
#include "eventsource.h"
#include "importoptions.h"

#include <QByteArray>
#include <QFile>

/**
 * \brief Streams a delimited text file (CSV with comma, semicolon, tab or pipe) record by record.
 *
 * The file is mapped read-only, not copied, when it is UTF-8; another encoding is converted to
 * UTF-8 once (CsvTextDecoder: UTF-16/32 by their mark, Windows-1252 when the file is not UTF-8,
 * or the encoding given). The separator is detected from the header and the first rows
 * (DelimitedRecordParser::sniffDelimiter) unless given; quoting and line breaks follow RFC 4180.
 * NUL and other control characters, and lines over 1 MiB, are refused with their line.
 */
class CsvEventSource : public EventSource
{
  public:
    /**
     * \brief Opens the CSV file at \a path, read with \a options, and reads its header. Returns
     * nullptr and adds the reason to \a errors when the file is unreadable, empty or has a
     * broken header.
     */
    static std::unique_ptr<CsvEventSource> open( const QString &path, const ImportOptions &options,
                                                 SourceErrors &errors );

    QString fileName() const override { return mFileName; }
    QStringList header() const override { return mHeader; }
    int headerLine() const override { return mHeaderLine; }
    bool next( Row &row, SourceErrors &errors ) override;
    double progress() const override;
    QStringList notices() const override;

    //! \brief Returns the separator the file is read with.
    char delimiter() const { return mDelimiter; }

    //! \brief Returns TRUE when the separator was detected, FALSE when it was given.
    bool delimiterDetected() const { return mDelimiterDetected; }

    //! \brief Returns the encoding the file is read in, e.g. "UTF-8" or "windows-1252".
    QString encoding() const { return mEncoding; }

    //! \brief Returns TRUE when the encoding was detected, FALSE when it was given.
    bool encodingDetected() const { return mEncodingDetected; }

  private:
    explicit CsvEventSource( const QString &path );
    bool readHeader( SourceErrors &errors );
    int lineOfOffset( int offset );
    void addError( SourceErrors &errors, int line, const QString &column, const char *ruleId,
                   const QString &message ) const;

    QString mFileName;
    QFile mFile;
    QByteArray mData;
    int mPosition = 0;
    char mDelimiter = ',';
    bool mDelimiterDetected = true;
    QString mEncoding;
    bool mEncodingDetected = true;
    QString mEncodingNotice;
    //! TRUE after a record over the length limit: reading stops there.
    bool mStopped = false;
    QStringList mHeader;
    int mHeaderLine = 1;
    // Line counting moves forward with the reading: the line that starts at mLineOffset.
    int mLine = 1;
    int mLineOffset = 0;
    //! The record being read, reused from row to row.
    DelimitedRecordParser::RawRecord mRecord;
};

#endif // CSVEVENTSOURCE_H
