/***************************************************************************
  geopackageeventrows.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GEOPACKAGEEVENTROWS_H
#define GEOPACKAGEEVENTROWS_H

#include "seizureevent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

/**
 * \brief Appends events to the attribute table seizure_events of a GeoPackage through SQLite
 * directly, in one transaction.
 *
 * The table (and everything the GeoPackage standard asks for around it) is created by GDAL
 * beforehand; rows of an attribute table are plain SQLite rows, so a prepared INSERT writes
 * them several times faster than a feature-by-feature OGR write, which the 200,000 events per
 * second target needs. Rows go in 64 to a statement (one statement's fixed cost, such as the
 * AUTOINCREMENT bookkeeping, per 64 rows); commit() writes the rest and brings GDAL's cached
 * feature count up to date.
 */
class GeoPackageEventRows
{
  public:
    //! \brief Prepares appending to \a table of the GeoPackage at \a path; check errorMessage().
    GeoPackageEventRows( const QString &path, const QString &table );

    //! Rolls back and closes the file if commit() was not called.
    ~GeoPackageEventRows();

    GeoPackageEventRows( const GeoPackageEventRows & ) = delete;
    GeoPackageEventRows &operator=( const GeoPackageEventRows & ) = delete;

    /**
     * \brief Appends \a event read from \a sourceFile (UTF-8); it may wait for the next rows
     * or commit(). Returns FALSE on failure.
     */
    bool append( const SeizureEvent &event, const QByteArray &sourceFile );

    //! \brief Commits and closes the file. Returns FALSE on failure.
    bool commit();

    //! \brief Returns a description of the first failure, or an empty string.
    QString errorMessage() const { return mErrorMessage; }

  private:
    //! The text bound last to one parameter of the insert, and its UTF-8 bytes.
    struct BoundText
    {
        QString text;
        QByteArray utf8;
    };

    //! An event waiting for its statement.
    struct PendingRow
    {
        SeizureEvent event;
        QByteArray sourceFile;
    };

    bool fail( const QString &what );
    //! Runs \a sql inside the transaction. Returns FALSE on failure.
    bool execute( const QString &sql );
    void bindText( sqlite3_stmt *statement, int index, const QString &text );
    void bindRow( sqlite3_stmt *statement, int firstIndex, const PendingRow &row );
    bool insert( sqlite3_stmt *statement, const PendingRow *rows, int count );
    sqlite3_stmt *prepareInsert( int rows );
    void close();

    QString mTable;
    sqlite3 *mDatabase = nullptr;
    //! The insert of one row, and of a full batch of rows.
    sqlite3_stmt *mInsertOne = nullptr;
    sqlite3_stmt *mInsertBatch = nullptr;
    std::vector<PendingRow> mPending;
    //! Per parameter number of the batch insert (1 to 64 × 11).
    QVector<BoundText> mBoundText;
    QString mErrorMessage;
    QStringList mTriggerNames;
    QStringList mTriggerDefinitions;
};

#endif // GEOPACKAGEEVENTROWS_H
