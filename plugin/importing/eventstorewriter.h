/***************************************************************************
  eventstorewriter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef EVENTSTOREWRITER_H
#define EVENTSTOREWRITER_H

#include "eventtally.h"
#include "gdaldataset.h"
#include "portgazetteer.h"
#include "seizureevent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class GeoPackageEventRows;
class OGRFeature;
class OGRLayer;
class WorkingFile;

/**
 * \brief Writes imported seizure events, all or nothing, into a GeoPackage or a PostGIS
 * database, with what the layers need to filter and aggregate in the database.
 *
 * Tables written (the same in both stores):
 * - `seizure_events`: one row per event (event_date, year, port_locode, port_name_raw,
 *   dest_country_iso2, origin_locode, origin_country_iso2, drug, tonnes, source_file,
 *   source_line); in PostGIS indexed on (year, dest_country_iso2) and (year, origin_country_iso2)
 *   for other tools querying a shared database (a GeoPackage's events have no index: nothing
 *   the map or the panel draws reads them, and the index sort would double the import time);
 * - `seizure_port_years` (Point, EPSG:4326): per port, destination country and year the number of
 *   events, the number with a known quantity and the sum of their tonnes, from the EventTally
 *   counted while the events were written (no second pass over the events);
 * - `seizure_routes` (LineString, EPSG:4326): per year, origin port and port, along the sea lanes
 *   of setSeaLanesFolder() (see ImportedRouteWriter).
 *
 * A GeoPackage is written to a hidden working file of its own beside the target (WorkingFile: a
 * unique name carrying the process id; imports to the same target at once do not disturb each
 * other) and renamed over the target only when everything was written and checked; a new target
 * is created only if no other import created it meanwhile. begin() removes what killed imports
 * left in the folder (see warnings()). A database is written in one transaction. abort() leaves nothing.
 */
class EventStoreWriter
{
  public:
    //! \brief Returns TRUE when \a target is a PostgreSQL connection (`PG:...` or `postgresql://...`).
    static bool isDatabaseTarget( const QString &target );

    /**
     * \brief Prepares writing to \a target (a GeoPackage path or a PostgreSQL connection);
     * \a replace allows replacing an existing GeoPackage or existing tables.
     */
    EventStoreWriter( const QString &target, bool replace );

    //! Aborts a write that was not finished.
    ~EventStoreWriter();

    EventStoreWriter( const EventStoreWriter & ) = delete;
    EventStoreWriter &operator=( const EventStoreWriter & ) = delete;

    //! \brief Creates the tables. Returns FALSE and sets errorMessage() when it cannot.
    bool begin();

    //! \brief Writes \a event, read from the file named \a sourceFile. Returns FALSE on failure.
    bool write( const SeizureEvent &event, const QString &sourceFile );

    /**
     * \brief Writes the per-port aggregate and the routes of the events written (positions from
     * \a ports), indexes a database's events, then commits: renames the GeoPackage into place or
     * commits the transaction.
     */
    bool finish( const PortGazetteer &ports );

    //! \brief Sets the folder of the sea-lane network the routes are drawn on to \a folder.
    void setSeaLanesFolder( const QString &folder ) { mSeaLanesFolder = folder; }

    /**
     * \brief Returns what the analyst should know about the import: working files of killed
     * imports removed from the folder, routes without lines.
     */
    QStringList warnings() const { return mWarnings; }

    //! \brief Drops everything written so far: the temporary file, or the transaction.
    void abort();

    //! \brief Returns a description of the first failure, or an empty string.
    QString errorMessage() const { return mErrorMessage; }

  private:
    bool fail( const QString &message );
    bool executeSql( const QString &sql );
    bool createEventsTable();
    bool createDatabaseEventIndexes();
    bool writePortYears( const PortGazetteer &ports );
    QString workingPath() const;

    QString mTarget;
    bool mReplace = false;
    bool mDatabase = false;
    std::unique_ptr<WorkingFile> mWorkingFile;
    GdalDatasetPtr mDataset;
    OGRLayer *mEvents = nullptr;
    std::unique_ptr<OGRFeature> mFeature;
    std::unique_ptr<GeoPackageEventRows> mRows;
    QString mSourceFile;
    QByteArray mSourceFileUtf8;
    bool mInTransaction = false;
    bool mFinished = false;
    QString mErrorMessage;
    QString mSeaLanesFolder;
    QStringList mWarnings;
    //! The events written, counted per route (written by the thread that writes the events).
    EventTally mTally;
};

#endif // EVENTSTOREWRITER_H
