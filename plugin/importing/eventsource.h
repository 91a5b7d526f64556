/***************************************************************************
  eventsource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef EVENTSOURCE_H
#define EVENTSOURCE_H

#include "importoptions.h"
#include "sourceerror.h"

#include <QString>
#include <QStringList>

#include <memory>

/**
 * \brief A table of seizure events read row by row, whatever its format: CSV (CsvEventSource)
 * or anything GDAL reads as a table: XLSX, ODS, a GeoPackage or PostGIS table (OgrEventSource).
 *
 * Rows are streamed, never all held at once, and the source is opened read-only: the
 * analyst's file is never changed.
 */
class EventSource
{
  public:
    //! \brief One row of the table, its values in header order.
    struct Row
    {
        //! The physical line (CSV) or sheet row (header = 1) the row starts on.
        int line = 0;
        //! Values in the order of header().
        QStringList values;
        //! TRUE when the row is broken (wrong field count, bad UTF-8); its errors were reported.
        bool broken = false;
    };

    virtual ~EventSource() = default;

    /**
     * \brief Opens \a input: a CSV file, an XLSX/ODS/GeoPackage file or a PostgreSQL connection
     * (`PG:...`), optionally followed by `|layername=NAME` to pick a sheet or table. Returns
     * nullptr and adds the reason to \a errors when it cannot be read.
     */
    static std::unique_ptr<EventSource> open( const QString &input, SourceErrors &errors );

    /**
     * \brief Opens \a input as open() does, a CSV file with the separator and encoding of
     * \a options where they are given (detected where not).
     */
    static std::unique_ptr<EventSource> open( const QString &input, const ImportOptions &options,
                                              SourceErrors &errors );

    //! \brief Returns the name errors are reported against (the file name as given).
    virtual QString fileName() const = 0;

    //! \brief Returns the column names of the header.
    virtual QStringList header() const = 0;

    //! \brief Returns the line of the header (1 unless blank lines come first).
    virtual int headerLine() const = 0;

    /**
     * \brief Reads the next row into \a row, adding the problems of a broken row to \a errors.
     * Returns FALSE at the end of the table.
     */
    virtual bool next( Row &row, SourceErrors &errors ) = 0;

    //! \brief Returns how much of the table was read, 0 to 1.
    virtual double progress() const = 0;

    //! \brief Returns how the table was read, for the report (e.g. the detected separator and encoding).
    virtual QStringList notices() const { return {}; }
};

#endif // EVENTSOURCE_H
