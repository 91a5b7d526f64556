/***************************************************************************
  benchstatistics.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef BENCHSTATISTICS_H
#define BENCHSTATISTICS_H

#include <QElapsedTimer>

#include <algorithm>
#include <type_traits>
#include <vector>

/**
 * \brief The statistics every benchmark reports: the median of repeated measurements (and their
 * range), so that one slow run on a shared machine does not move the result.
 */
namespace BenchStatistics
{
  //! \brief The median of \a values (the mean of the two middle ones for an even count); 0 when empty.
  inline double median( std::vector<double> values )
  {
    if ( values.empty() )
      return 0;
    std::sort( values.begin(), values.end() );
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : ( values[middle - 1] + values[middle] ) / 2.0;
  }

  //! \brief The smallest of \a values; 0 when empty.
  inline double minimum( const std::vector<double> &values )
  {
    return values.empty() ? 0 : *std::min_element( values.begin(), values.end() );
  }

  //! \brief The largest of \a values; 0 when empty.
  inline double maximum( const std::vector<double> &values )
  {
    return values.empty() ? 0 : *std::max_element( values.begin(), values.end() );
  }

  /**
   * \brief Times \a work \a runs times and returns the median in milliseconds. \a work is called
   * with the run's index (0, 1, …) when it takes an int, else without argument.
   */
  template <class Work> double medianMs( int runs, Work work )
  {
    std::vector<double> times;
    QElapsedTimer timer;
    for ( int i = 0; i < runs; ++i )
    {
      timer.start();
      if constexpr ( std::is_invocable_v<Work, int> )
        work( i );
      else
        work();
      times.push_back( timer.nsecsElapsed() / 1e6 );
    }
    return median( times );
  }
} // namespace BenchStatistics

#endif // BENCHSTATISTICS_H
