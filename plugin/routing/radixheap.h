/***************************************************************************
  radixheap.h
  Port Seizure Atlas: monotone priority queue for the sea-lane searches
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef RADIXHEAP_H
#define RADIXHEAP_H

#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

/**
 * \brief A radix heap: a priority queue of (key, node) for non-negative double keys that never go below the last key
 * popped, as in Dijkstra's algorithm and A* with a consistent heuristic.
 *
 * Keys are ordered by their IEEE 754 bit patterns, which sort like the values for non-negative doubles. A key pushed
 * below the last popped one (only possible through rounding) is raised to it. Buckets keep their memory between
 * searches, so a heap reused for many searches stops allocating.
 */
class RadixHeap
{
  public:
    //! Empties the heap and resets its lower bound to 0 (keeps the memory).
    void clear()
    {
      for ( std::vector<Entry> &bucket : mBuckets )
        bucket.clear();
      mLast = 0;
      mSize = 0;
    }

    //! Returns TRUE if the heap holds no entry.
    bool isEmpty() const { return mSize == 0; }

    //! Adds \a node with priority \a key (>= 0).
    void push( double key, int node )
    {
      std::uint64_t bits = 0;
      std::memcpy( &bits, &key, sizeof( bits ) );
      if ( bits < mLast )
        bits = mLast;
      mBuckets[bucketOf( bits )].push_back( Entry{ bits, node } );
      ++mSize;
    }

    //! Removes the entry with the smallest key and returns it as (key, node). The heap must not be empty.
    std::pair<double, int> pop()
    {
      if ( mBuckets[0].empty() )
      {
        std::size_t index = 1;
        while ( mBuckets[index].empty() )
          ++index;
        std::vector<Entry> &bucket = mBuckets[index];
        std::uint64_t smallest = bucket.front().key;
        for ( const Entry &entry : bucket )
          smallest = entry.key < smallest ? entry.key : smallest;
        mLast = smallest;
        for ( const Entry &entry : bucket )
          mBuckets[bucketOf( entry.key )].push_back( entry );
        bucket.clear();
      }
      const Entry entry = mBuckets[0].back();
      mBuckets[0].pop_back();
      --mSize;
      double key = 0;
      std::memcpy( &key, &entry.key, sizeof( key ) );
      return { key, entry.node };
    }

  private:
    struct Entry
    {
        std::uint64_t key;
        int node;
    };

    std::size_t bucketOf( std::uint64_t key ) const
    {
      return key == mLast ? 0 : 64 - static_cast<std::size_t>( __builtin_clzll( key ^ mLast ) );
    }

    std::vector<Entry> mBuckets[65];
    std::uint64_t mLast = 0;
    std::size_t mSize = 0;
};

#endif // RADIXHEAP_H
