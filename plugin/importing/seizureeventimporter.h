/***************************************************************************
  seizureeventimporter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SEIZUREEVENTIMPORTER_H
#define SEIZUREEVENTIMPORTER_H

#include "eventcolumnmapping.h"
#include "importoptions.h"
#include "importreport.h"
#include "portgazetteer.h"

#include <QString>

#include <functional>

/**
 * \brief Imports an analyst's table of seizure events into a GeoPackage or PostGIS: reads
 * (EventSource), checks (SeizureEventValidator) and writes (EventStoreWriter) in one pass.
 *
 * All or nothing: the events are written while they are read, into a temporary file or an
 * open transaction, and that is thrown away as soon as the import ends with any error or is
 * cancelled. Reading goes on after the first error so the report lists every problem. The
 * database writes on a thread of its own (BackgroundEventWriter) while the next rows are read.
 */
class SeizureEventImporter
{
  public:
    /**
     * \brief Called now and then with the share read (0 to 1); returning FALSE cancels.
     */
    using ProgressCallback = std::function<bool( double )>;

    //! \brief Creates an importer matching ports against \a ports.
    explicit SeizureEventImporter( const PortGazetteer &ports );

    //! \brief Sets the function told about progress and asked whether to go on.
    void setProgressCallback( const ProgressCallback &callback ) { mProgress = callback; }

    /**
     * \brief Sets the folder of the sea-lane network the routes are drawn on to \a folder; by
     * default the one beside the atlas GeoPackage the ports were read from.
     */
    void setSeaLanesFolder( const QString &folder ) { mSeaLanesFolder = folder; }

    //! \brief Sets how the input is read: separator, encoding, decimal mark, date order, large seizures.
    void setOptions( const ImportOptions &options ) { mOptions = options; }

    /**
     * \brief Imports \a input (see EventSource::open) with the columns mapped by \a mapping
     * into \a target (see EventStoreWriter); \a replace allows replacing an existing target.
     */
    ImportReport run( const QString &input, const EventColumnMapping &mapping, const QString &target,
                      bool replace ) const;

    /**
     * \brief Checks \a input as run() does, without writing anything.
     */
    ImportReport check( const QString &input, const EventColumnMapping &mapping ) const;

  private:
    void scanConventions( const QString &input, const QVector<int> &columnOfField,
                          class FileConventions &conventions ) const;
    ImportReport process( const QString &input, const EventColumnMapping &mapping,
                          class EventStoreWriter *writer ) const;

    const PortGazetteer &mPorts;
    ProgressCallback mProgress;
    QString mSeaLanesFolder;
    ImportOptions mOptions;
};

#endif // SEIZUREEVENTIMPORTER_H
