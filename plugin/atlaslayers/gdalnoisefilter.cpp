/***************************************************************************
  gdalnoisefilter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "gdalnoisefilter.h"
#include "readonlygeopackagesource.h"

#include <cpl_error.h>
#include <cstring>

namespace
{
  void CPL_STDCALL filterNoise( CPLErr level, CPLErrorNum errorNumber, const char *message )
  {
    if ( level != CE_Fatal && GdalNoiseFilter::isNoise( errorNumber, message ) )
      return;
    CPLDefaultErrorHandler( level, errorNumber, message );
  }
} // namespace

GdalNoiseFilter::GdalNoiseFilter()
{
  CPLPushErrorHandler( filterNoise );
}

GdalNoiseFilter::~GdalNoiseFilter()
{
  CPLPopErrorHandler();
}

bool GdalNoiseFilter::isNoise( int errorNumber, const char *message )
{
  if ( !message )
    return false;
  if ( errorNumber == CPLE_NotSupported && std::strstr( message, "does not support update access" ) )
    return true;
  if ( ReadOnlyGeoPackageSource::isRefusedUpdateMessage( errorNumber, message ) )
    return true;
  // QGIS's world map (world_map.gpkg) stores its update times in a form GDAL parses but calls non-conformant.
  return std::strstr( message, "Non-conformant content for record" ) && std::strstr( message, "column update_time" );
}
