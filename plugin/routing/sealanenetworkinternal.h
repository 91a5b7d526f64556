/***************************************************************************
  sealanenetworkinternal.h
  Port Seizure Atlas: small helpers shared by the sea-lane network's source files (not installed, not public)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef SEALANENETWORKINTERNAL_H
#define SEALANENETWORKINTERNAL_H

#include "sealanenetwork.h"

#include <QString>

#include <algorithm>
#include <cmath>

//! Helpers of the SeaLaneNetwork implementation files.
namespace SeaLaneNetworkInternal
{
  //! Degrees to radians.
  constexpr double DEG_TO_RAD = 3.14159265358979323846 / 180.0;

  //! Returns \a code in upper case without spaces (the form ports are keyed by).
  inline QString normalizedPortCode( const QString &code )
  {
    QString normalized = code.trimmed().toUpper();
    normalized.remove( QLatin1Char( ' ' ) );
    return normalized;
  }

  //! Returns the great-circle distance in km of a chord of length \a chord on the unit sphere.
  inline double chordToKm( double chord )
  {
    return 2.0 * SeaLaneNetwork::EARTH_RADIUS_KM * std::asin( std::min( 1.0, chord / 2.0 ) );
  }
} // namespace SeaLaneNetworkInternal

#endif // SEALANENETWORKINTERNAL_H
