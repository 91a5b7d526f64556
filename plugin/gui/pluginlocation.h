/***************************************************************************
  pluginlocation.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PLUGINLOCATION_H
#define PLUGINLOCATION_H

#include <QString>

/**
 * \brief Finds where the loaded plugin module lives, and its data folder beside it.
 *
 * Data paths resolve against the plugin's install location at run time, never against the
 * machine it was built on: the same code serves a build folder registered with QGIS, a
 * `cmake --install`, and the Debian package.
 */
class PluginLocation
{
  public:
    /**
     * \brief Returns the absolute path of the plugin library file that holds this code.
     */
    static QString libraryFilePath();

    /**
     * \brief Returns the plugin's data folder: `<folder of the library>/port-seizure-atlas`.
     */
    static QString dataDirectory();
};

#endif // PLUGINLOCATION_H
