/***************************************************************************
  atlasprintcontroller.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASPRINTCONTROLLER_H
#define ATLASPRINTCONTROLLER_H

#include "printoptions.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AtlasFilterController;
class AtlasPrintTask;
class QgsProject;

/**
 * \brief "Print…" from the panel: creates or refreshes the project's print layout for the filter in
 * force, then exports it in the background (AtlasPrintTask) with the layout and the layer styles as
 * they are in the project.
 */
class AtlasPrintController : public QObject
{
    Q_OBJECT

  public:
    /**
     * \brief Creates a controller printing \a project with the filter of \a filterController, running
     * the command-line program \a program for the export.
     */
    AtlasPrintController( QgsProject *project, AtlasFilterController *filterController, const QString &program,
                          QObject *parent = nullptr );

    /**
     * \brief Cancels every export still running and waits for it to stop.
     */
    ~AtlasPrintController() override;

    /**
     * \brief Creates or refreshes the layout for \a options in the project's layout manager and starts
     * exporting it to \a outputFile. Returns the task, or nullptr with \a error set when nothing could
     * be started (no plugin layers, an unwritable file, no export program).
     */
    AtlasPrintTask *print( const PrintOptions &options, const QString &outputFile, QString *error );

    /**
     * \brief Returns the exports still running.
     */
    QList<AtlasPrintTask *> runningTasks() const;

    /**
     * \brief Cancels every export still running and waits until each has stopped (used on unload).
     */
    void cancelAll();

  signals:
    /**
     * \brief An export ended; \a ok when \a outputFile was written; \a message says what happened.
     */
    void printFinished( bool ok, const QString &outputFile, const QString &message );

  private:
    QStringList commandArguments( const PrintOptions &options, const QString &outputFile,
                                  const QStringList &dataSources, const QString &workFolder ) const;

    QPointer<QgsProject> mProject;
    QPointer<AtlasFilterController> mFilterController;
    QString mProgram;
    QList<QPointer<AtlasPrintTask>> mTasks;
};

#endif // ATLASPRINTCONTROLLER_H
