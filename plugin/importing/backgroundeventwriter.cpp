/***************************************************************************
  backgroundeventwriter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "backgroundeventwriter.h"

#include "eventstorewriter.h"

namespace
{
  //! Events per batch: few lock round trips per second, little memory held.
  constexpr std::size_t BATCH_SIZE = 2048;
  //! Full batches waiting at most: the reader runs ahead of the writer by this much, no more.
  constexpr std::size_t QUEUED_BATCHES = 4;
} // namespace

BackgroundEventWriter::BackgroundEventWriter( EventStoreWriter &writer, const QString &sourceFile )
    : mWriter( writer ), mSourceFile( sourceFile )
{
  mFilling.reserve( BATCH_SIZE );
  mThread = std::thread( [this] { run(); } );
}

BackgroundEventWriter::~BackgroundEventWriter()
{
  discard();
}

bool BackgroundEventWriter::write( SeizureEvent &&event )
{
  mFilling.push_back( std::move( event ) );
  if ( mFilling.size() < BATCH_SIZE )
    return true;
  std::unique_lock<std::mutex> lock( mMutex );
  mQueueChanged.wait( lock, [this] { return mQueue.size() < QUEUED_BATCHES || mFailed; } );
  if ( mFailed )
    return false;
  mQueue.push_back( std::move( mFilling ) );
  mFilling = Batch();
  mFilling.reserve( BATCH_SIZE );
  mQueueChanged.notify_all();
  return true;
}

bool BackgroundEventWriter::finishWriting()
{
  stop( true );
  return !mFailed;
}

void BackgroundEventWriter::discard()
{
  stop( false );
}

void BackgroundEventWriter::stop( bool writeQueued )
{
  if ( !mThread.joinable() )
    return;
  {
    const std::lock_guard<std::mutex> lock( mMutex );
    if ( writeQueued && !mFilling.empty() )
      mQueue.push_back( std::move( mFilling ) );
    mFilling = Batch();
    mNoMoreEvents = true;
    mDiscarded = !writeQueued;
    mQueueChanged.notify_all();
  }
  mThread.join();
}

void BackgroundEventWriter::run()
{
  for ( ;; )
  {
    Batch batch;
    {
      std::unique_lock<std::mutex> lock( mMutex );
      mQueueChanged.wait( lock, [this] { return !mQueue.empty() || mNoMoreEvents; } );
      if ( mDiscarded || mQueue.empty() )
        return;
      batch = std::move( mQueue.front() );
      mQueue.pop_front();
      mQueueChanged.notify_all();
    }
    for ( const SeizureEvent &event : batch )
    {
      if ( !mWriter.write( event, mSourceFile ) )
      {
        const std::lock_guard<std::mutex> lock( mMutex );
        mFailed = true;
        mQueue.clear();
        mQueueChanged.notify_all();
        return;
      }
    }
  }
}
