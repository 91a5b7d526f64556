/***************************************************************************
  gdalregistration.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GDALREGISTRATION_H
#define GDALREGISTRATION_H

#include <gdal_priv.h>

#include <mutex>

/**
 * \brief Registers GDAL's drivers once per process, whichever reader or writer needs them first.
 */
inline void registerGdalDrivers()
{
  static std::once_flag once;
  std::call_once( once, [] { GDALAllRegister(); } );
}

#endif // GDALREGISTRATION_H
