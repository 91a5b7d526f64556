/***************************************************************************
  atlasprinttask.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASPRINTTASK_H
#define ATLASPRINTTASK_H

#include <QStringList>
#include <qgstaskmanager.h>

/**
 * \brief Background task that exports a print by running `port-seizure-atlas print` in its own
 * process, with progress and cancel.
 *
 * QGIS layouts can only be exported on the main thread, which would freeze the window for the whole
 * export; in a separate process the window stays responsive, and even a failure deep in rendering
 * cannot take QGIS (and the analyst's unsaved work) down. Cancelling stops the process and removes
 * its partial file; an older file of the same name is kept.
 */
class AtlasPrintTask : public QgsTask
{
    Q_OBJECT

  public:
    /**
     * \brief Creates a task that runs \a program with \a arguments (which include --out \a outputFile
     * and --progress). \a workFolder (may be empty) is removed when the task ends.
     */
    AtlasPrintTask( const QString &program, const QStringList &arguments, const QString &outputFile,
                    const QString &workFolder );
    ~AtlasPrintTask() override;

    /**
     * \brief Returns the file the task writes.
     */
    QString outputFile() const { return mOutputFile; }

    /**
     * \brief Returns what went wrong (the program's message), empty after a success.
     */
    QString errorMessage() const { return mError; }

    /**
     * \brief Returns the program's report after a success (e.g. "wrote map.pdf (12 pages)").
     */
    QString report() const { return mReport; }

    /**
     * \brief Returns the path of the `port-seizure-atlas` program that belongs to the plugin at
     * \a pluginLibraryPath (build tree or install), else the one on PATH; empty when none is found.
     */
    static QString findProgram( const QString &pluginLibraryPath );

  signals:
    /**
     * \brief The export ended: \a ok is true when \a outputFile was written; \a message says what
     * happened (the report or the error).
     */
    void exportFinished( bool ok, const QString &outputFile, const QString &message );

  protected:
    bool run() override;
    void finished( bool result ) override;

  private:
    void removePartialFiles() const;

    QString mProgram;
    QStringList mArguments;
    QString mOutputFile;
    QString mWorkFolder;
    QString mError;
    QString mReport;
};

#endif // ATLASPRINTTASK_H
