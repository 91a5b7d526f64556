/***************************************************************************
  fuzzcheck.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef FUZZCHECK_H
#define FUZZCHECK_H

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/**
 * \brief Stops the fuzzer with \a what when \a condition does not hold: libFuzzer then saves the
 * input as a crash. The harnesses use it for promises the parsers make to their callers.
 */
#define PSA_FUZZ_CHECK( condition, what )                                                                              \
  do                                                                                                                   \
  {                                                                                                                    \
    if ( !( condition ) )                                                                                              \
    {                                                                                                                  \
      std::fprintf( stderr, "%s:%d: broken promise: %s (%s)\n", __FILE__, __LINE__, what, #condition );                \
      std::abort();                                                                                                    \
    }                                                                                                                  \
  } while ( false )

/**
 * \brief Returns the \a size bytes at \a data as a QByteArray (a copy: the parsers may keep it).
 */
inline QByteArray fuzzBytes( const uint8_t *data, size_t size )
{
  return QByteArray( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
}

#endif // FUZZCHECK_H
