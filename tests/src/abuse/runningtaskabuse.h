/***************************************************************************
  runningtaskabuse.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef RUNNINGTASKABUSE_H
#define RUNNINGTASKABUSE_H

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <qgsapplication.h>
#include <qgstaskmanager.h>

/**
 * \brief How a background task ended after something was done to it, or around it, half-way.
 */
struct AbusedTaskOutcome
{
    //! TRUE when the abuse ran while the task was still running (past the progress asked for).
    bool abusedWhileRunning = false;
    //! TRUE when the task ended (completed or terminated) before the time limit.
    bool ended = false;
    //! TRUE when it completed, FALSE when it was terminated (canceled or failed).
    bool completed = false;
    //! The progress (0–100) the task had reported when the abuse ran.
    double progressAtAbuse = 0;
};

/**
 * \brief Starts \a task in QGIS's task manager, waits until it reports at least \a progress percent,
 * runs \a abuse in the main thread (where an analyst's click or QGIS's own project handling runs)
 * and waits up to \a timeoutMs for the task to end. The task manager owns the task.
 *
 * Used for "cancel every task half-way", "close or replace the project while it runs" and
 * "unload the plugin while it runs": any QgsTask (a Processing run, an export, an import) fits.
 */
inline AbusedTaskOutcome abuseRunningTask( QgsTask *task, const std::function<void()> &abuse, double progress = 1.0,
                                           int timeoutMs = 120000 )
{
  AbusedTaskOutcome outcome;
  QEventLoop loop;
  QObject receiver; // lives in the main thread: the task's signals arrive here queued
  QObject::connect( task, &QgsTask::progressChanged, &receiver, [&]( double reported ) {
    if ( outcome.abusedWhileRunning || reported < progress )
      return;
    outcome.abusedWhileRunning = true;
    outcome.progressAtAbuse = reported;
    abuse();
  } );
  QObject::connect( task, &QgsTask::taskCompleted, &receiver, [&] {
    outcome.ended = true;
    outcome.completed = true;
    loop.quit();
  } );
  QObject::connect( task, &QgsTask::taskTerminated, &receiver, [&] {
    outcome.ended = true;
    loop.quit();
  } );
  QTimer::singleShot( timeoutMs, &loop, &QEventLoop::quit );
  QgsApplication::taskManager()->addTask( task );
  loop.exec();
  return outcome;
}

#endif // RUNNINGTASKABUSE_H
