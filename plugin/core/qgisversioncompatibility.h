/***************************************************************************
  qgisversioncompatibility.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef QGISVERSIONCOMPATIBILITY_H
#define QGISVERSIONCOMPATIBILITY_H

#include <QString>

/**
 * \brief Decides whether a C++ plugin built against one QGIS version may run in another.
 *
 * A C++ plugin binds to QGIS's C++ ABI, which changes between minor releases, so the
 * plugin only runs in a QGIS of the major.minor it was built against. Versions are
 * QGIS's integer form: 32216 is 3.22.16 (see Qgis::versionInt()).
 */
class QgisVersionCompatibility
{
  public:
    /**
     * \brief Returns TRUE when a plugin built against \a builtAgainst may run in QGIS \a running,
     * i.e. both have the same major and minor version.
     */
    static bool isCompatible( int builtAgainst, int running );

    /**
     * \brief Returns "3.22.16" for 32216.
     */
    static QString versionString( int versionInt );

    /**
     * \brief Returns the message shown to the user when the versions of a plugin called
     * \a pluginName do not match: which QGIS it was built for, which one runs, and what to do.
     */
    static QString incompatibilityMessage( const QString &pluginName, int builtAgainst, int running );
};

#endif // QGISVERSIONCOMPATIBILITY_H
