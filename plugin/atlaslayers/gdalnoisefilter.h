/***************************************************************************
  gdalnoisefilter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GDALNOISEFILTER_H
#define GDALNOISEFILTER_H

/**
 * \brief While it lives, drops the GDAL messages that opening the plugin's layers or a normal
 * print cause without anything being wrong, and passes every other GDAL message on to stderr:
 * - "PNG driver does not support update access": QGIS tries to add a georeference to every
 *   exported image, which the PNG format cannot hold (the PNG itself is written by Qt);
 * - QGIS's attempt to open the plugin's read-only data for update, which GDAL refuses
 *   (ReadOnlyGeoPackageSource::isRefusedUpdateMessage());
 * - "Non-conformant content … in column update_time": QGIS's own world map stores its update
 *   times in a form GDAL parses but reports.
 */
class GdalNoiseFilter
{
  public:
    //! Installs the filter on this thread.
    GdalNoiseFilter();
    //! Removes the filter.
    ~GdalNoiseFilter();
    GdalNoiseFilter( const GdalNoiseFilter & ) = delete;
    GdalNoiseFilter &operator=( const GdalNoiseFilter & ) = delete;

    /**
     * \brief Returns TRUE when the GDAL message \a message (number \a errorNumber) is one the
     * layers or the print cause without anything being wrong.
     */
    static bool isNoise( int errorNumber, const char *message );
};

#endif // GDALNOISEFILTER_H
