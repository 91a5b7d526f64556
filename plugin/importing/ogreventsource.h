/***************************************************************************
  ogreventsource.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef OGREVENTSOURCE_H
#define OGREVENTSOURCE_H

#include "eventsource.h"
#include "gdaldataset.h"

#include <memory>

class CheckedFeatureReader;
class OGRLayer;

/**
 * \brief Streams a table GDAL reads: a sheet of an XLSX or ODS workbook (first row = header,
 * every cell read as text so nothing is converted behind the analyst's back), or a table of a
 * GeoPackage or a PostGIS database. Rows are numbered as in a sheet: the header is row 1.
 *
 * A read that stops before the end of the table (a damaged GeoPackage) ends the rows with an
 * error naming the table and the feature (CheckedFeatureReader), never as a shorter table.
 */
class OgrEventSource : public EventSource
{
  public:
    /**
     * \brief Opens \a path read-only (a file or `PG:...`) and the table \a layerName (empty:
     * the first). Returns nullptr and adds the reason to \a errors when it cannot.
     */
    static std::unique_ptr<OgrEventSource> open( const QString &path, const QString &layerName, SourceErrors &errors );

    ~OgrEventSource() override;

    QString fileName() const override { return mFileName; }
    QStringList header() const override { return mHeader; }
    int headerLine() const override { return 1; }
    bool next( Row &row, SourceErrors &errors ) override;
    double progress() const override;

  private:
    OgrEventSource() = default;

    QString mFileName;
    GdalDatasetPtr mDataset;
    OGRLayer *mLayer = nullptr;
    std::unique_ptr<CheckedFeatureReader> mReader;
    QStringList mHeader;
};

#endif // OGREVENTSOURCE_H
