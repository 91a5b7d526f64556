/***************************************************************************
  importseizureeventstask.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTSEIZUREEVENTSTASK_H
#define IMPORTSEIZUREEVENTSTASK_H

#include "eventcolumnmapping.h"
#include "importoptions.h"
#include "importreport.h"
#include "portgazetteer.h"

#include <qgstaskmanager.h>

/**
 * \brief Checks, or imports, an analyst's seizure events in the background (QGIS task manager),
 * with progress and cancel: cancelling an import leaves nothing written.
 */
class ImportSeizureEventsTask : public QgsTask
{
    Q_OBJECT

  public:
    /**
     * \brief Creates a task importing \a input with \a mapping into the GeoPackage \a target
     * (\a replace allows replacing it), matching ports in \a ports. An empty \a target only
     * checks the input.
     */
    ImportSeizureEventsTask( const PortGazetteer &ports, const QString &input, const EventColumnMapping &mapping,
                             const QString &target, bool replace );

    //! \brief Sets how the input is read (separator, encoding, decimal mark, date order, large seizures).
    void setOptions( const ImportOptions &options ) { mOptions = options; }

    //! \brief Returns the report, complete once the task has ended.
    ImportReport report() const { return mReport; }

  signals:
    //! \brief Emitted in the main thread when the task has ended, whatever the outcome.
    void reportReady( const ImportReport &report );

  protected:
    //! Runs the check or the import (background thread).
    bool run() override;
    //! Emits reportReady() (main thread).
    void finished( bool result ) override;

  private:
    PortGazetteer mPorts;
    QString mInput;
    EventColumnMapping mMapping;
    QString mTarget;
    bool mReplace = false;
    ImportOptions mOptions;
    ImportReport mReport;
};

Q_DECLARE_METATYPE( ImportReport )

#endif // IMPORTSEIZUREEVENTSTASK_H
