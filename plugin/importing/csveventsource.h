/***************************************************************************
  csveventsource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef CSVEVENTSOURCE_H
#define CSVEVENTSOURCE_H

#include "csvreader.h"
#include "eventsource.h"

#include <QByteArray>
#include <QFile>

/**
 * \brief Streams an RFC 4180 CSV file in strict UTF-8, record by record.
 *
 * The file is mapped read-only, not copied; records are split by CsvReader::parseRecord, so
 * quoting and line breaks follow the same rules as the shipped tables. A byte that is not
 * valid UTF-8 (a file saved partly in Latin-1, say) is reported with its line and column; a
 * UTF-16 or UTF-32 file is refused as a whole.
 */
class CsvEventSource : public EventSource
{
  public:
    /**
     * \brief Opens the CSV file at \a path and reads its header. Returns nullptr and adds the
     * reason to \a errors when the file is unreadable, empty or has a broken header.
     */
    static std::unique_ptr<CsvEventSource> open( const QString &path, DataBuildErrors &errors );

    QString fileName() const override { return mFileName; }
    QStringList header() const override { return mHeader; }
    int headerLine() const override { return mHeaderLine; }
    bool next( Row &row, DataBuildErrors &errors ) override;
    double progress() const override;

  private:
    explicit CsvEventSource( const QString &path );
    bool readHeader( DataBuildErrors &errors );
    bool checkUtf8( const CsvReader::RawField &field, const QString &column, DataBuildErrors &errors );
    int lineOfOffset( int offset );
    void addError( DataBuildErrors &errors, int line, const QString &column, const char *ruleId, const QString &message ) const;

    QString mFileName;
    QFile mFile;
    QByteArray mData;
    int mPosition = 0;
    QStringList mHeader;
    int mHeaderLine = 1;
    // Line counting moves forward with the reading: the line that starts at mLineOffset.
    int mLine = 1;
    int mLineOffset = 0;
    //! The record being read, reused from row to row.
    CsvReader::RawRecord mRecord;
};

#endif // CSVEVENTSOURCE_H
