/***************************************************************************
  qgisversioncompatibility.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "qgisversioncompatibility.h"

#include <QCoreApplication>

bool QgisVersionCompatibility::isCompatible( int builtAgainst, int running )
{
  return builtAgainst > 0 && running > 0 && builtAgainst / 100 == running / 100;
}

QString QgisVersionCompatibility::versionString( int versionInt )
{
  return QStringLiteral( "%1.%2.%3" ).arg( versionInt / 10000 ).arg( versionInt / 100 % 100 ).arg( versionInt % 100 );
}

QString QgisVersionCompatibility::incompatibilityMessage( const QString &pluginName, int builtAgainst, int running )
{
  return QCoreApplication::translate( "QgisVersionCompatibility",
                                      "%1 was built for QGIS %2 but this is QGIS %3. A C++ plugin only runs in the "
                                      "QGIS major.minor version it was built for, so the plugin stays inactive. "
                                      "Rebuild it against this QGIS (see the plugin's README)." )
      .arg( pluginName, versionString( builtAgainst ), versionString( running ) );
}
