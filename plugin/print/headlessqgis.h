/***************************************************************************
  headlessqgis.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef HEADLESSQGIS_H
#define HEADLESSQGIS_H

#include "gdalnoisefilter.h"

#include <QTemporaryDir>
#include <memory>

class QgsApplication;

/**
 * \brief QGIS started without a display for programs that print outside QGIS (the command line,
 * the benchmark, the template generator): offscreen rendering, QGIS's own data found below the
 * prefix of the QGIS the plugin was built against (unless QGIS_PREFIX_PATH says otherwise), and
 * settings in a throw-away profile, never the user's, and GDAL's messages that mean nothing for a
 * print left off stderr (GdalNoiseFilter). Exits QGIS when destroyed.
 */
class HeadlessQgis
{
  public:
    /**
     * \brief Starts QGIS with the program's \a argc and \a argv, and the plugin's resources.
     */
    HeadlessQgis( int &argc, char *argv[] );
    ~HeadlessQgis();

    HeadlessQgis( const HeadlessQgis & ) = delete;
    HeadlessQgis &operator=( const HeadlessQgis & ) = delete;

  private:
    QTemporaryDir mProfile;
    std::unique_ptr<QgsApplication> mApplication;
    std::unique_ptr<GdalNoiseFilter> mGdalNoiseFilter;
};

#endif // HEADLESSQGIS_H
