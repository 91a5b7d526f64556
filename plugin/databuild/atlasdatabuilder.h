/***************************************************************************
  atlasdatabuilder.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASDATABUILDER_H
#define ATLASDATABUILDER_H

#include "atlasdataset.h"
#include "sourceerror.h"

#include <QDateTime>
#include <QString>

/**
 * \brief Builds the atlas GeoPackage from the source tables of a layers/ folder: checks every
 * table, then writes the layers ports, seizure_figures and national_totals.
 *
 * Nothing is written unless every check passes. The GeoPackage is written to a WorkingFile in
 * the destination folder and renamed over the target only when it is complete (checked, flushed
 * to the disk), so a failed build leaves an existing good file untouched.
 */
class AtlasDataBuilder
{
  public:
    //! Rule id of an error writing the output (the file is then left as it was).
    static const QString OUTPUT_WRITE_RULE;
    //! Rule id of a sea-lane network that cannot be read.
    static const QString SEA_LANES_RULE;
    //! Rule id of a route whose assumed origin port (a main export port of its origin country)
    //! cannot reach its destination by sea.
    static const QString ASSUMED_ORIGIN_RULE;

    /**
     * \brief Creates a builder reading the tables in \a layersDirectory and writing the
     * GeoPackage \a outputPath.
     */
    AtlasDataBuilder( const QString &layersDirectory, const QString &outputPath );

    /**
     * \brief Sets the date written into the layer metadata as the creation date. Defaults to the
     * time of the build, or to SOURCE_DATE_EPOCH when that environment variable is set.
     */
    void setBuildDateTime( const QDateTime &dateTime ) { mBuildDateTime = dateTime; }

    /**
     * \brief Sets the latest year a figure may have to \a year (default: the current year).
     */
    void setLatestAllowedYear( int year ) { mLatestAllowedYear = year; }

    /**
     * \brief Draws the inbound_routes layer on the sea-lane network in \a directory
     * (marnet_plus_20km_seafix.gpkg and port_connectors_20km.geojson). Without it the
     * GeoPackage has no route layer.
     */
    void setSeaLanesDirectory( const QString &directory ) { mSeaLanesDirectory = directory; }

    /**
     * \brief Returns the route rows of the last build() that have no line, and why.
     */
    QStringList routesNotDrawn() const { return mRoutesNotDrawn; }

    /**
     * \brief Checks the tables and, when they pass, writes the GeoPackage. Returns TRUE on
     * success; otherwise errors() says why and the output file is unchanged.
     */
    bool build();

    //! \brief Returns the errors of the last build(): broken data rules or a failed write.
    SourceErrors errors() const { return mErrors; }

    //! \brief Returns the data read by the last build().
    const AtlasDataSet &dataSet() const { return mDataSet; }

    /**
     * \brief Returns the default build date: SOURCE_DATE_EPOCH (reproducible builds) when set,
     * otherwise the current time, in UTC.
     */
    static QDateTime defaultBuildDateTime();

  private:
    bool writeGeoPackage( const QString &path );
    void addWriteError( const QString &message );

    QString mLayersDirectory;
    QString mOutputPath;
    QString mSeaLanesDirectory;
    QStringList mRoutesNotDrawn;
    QDateTime mBuildDateTime;
    int mLatestAllowedYear = 0;
    AtlasDataSet mDataSet;
    SourceErrors mErrors;
};

#endif // ATLASDATABUILDER_H
