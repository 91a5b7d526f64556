/***************************************************************************
  backgroundeventwriter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef BACKGROUNDEVENTWRITER_H
#define BACKGROUNDEVENTWRITER_H

#include "seizureevent.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

class EventStoreWriter;

/**
 * \brief Hands checked events to an EventStoreWriter running on a thread of its own, so that
 * reading and checking the next rows goes on while the database inserts the previous ones.
 *
 * Events travel in batches through a short queue: at most a few thousand events wait at any
 * time, whatever the size of the import. The EventStoreWriter is used only by the writing thread
 * between construction and finishWriting() / discard(); before and after, its owner uses it
 * (begin(), finish(), abort(), errorMessage()) as usual.
 */
class BackgroundEventWriter
{
  public:
    //! \brief Starts writing events read from \a sourceFile into \a writer (already begun).
    BackgroundEventWriter( EventStoreWriter &writer, const QString &sourceFile );

    //! Discards what was not written yet and stops the thread.
    ~BackgroundEventWriter();

    BackgroundEventWriter( const BackgroundEventWriter & ) = delete;
    BackgroundEventWriter &operator=( const BackgroundEventWriter & ) = delete;

    /**
     * \brief Queues \a event for writing; waits while the queue is full. Returns FALSE once a
     * write has failed (see EventStoreWriter::errorMessage() after finishWriting()).
     */
    bool write( SeizureEvent &&event );

    //! \brief Waits until every queued event is written. Returns FALSE when a write failed.
    bool finishWriting();

    //! \brief Drops the queued events and stops the thread; nothing more is written.
    void discard();

  private:
    using Batch = std::vector<SeizureEvent>;

    void run();
    void stop( bool writeQueued );

    EventStoreWriter &mWriter;
    const QString mSourceFile;
    Batch mFilling;
    std::mutex mMutex;
    std::condition_variable mQueueChanged;
    std::deque<Batch> mQueue;
    bool mNoMoreEvents = false;
    bool mDiscarded = false;
    bool mFailed = false;
    std::thread mThread;
};

#endif // BACKGROUNDEVENTWRITER_H
