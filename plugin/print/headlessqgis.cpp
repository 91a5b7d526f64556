/***************************************************************************
  headlessqgis.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "headlessqgis.h"

#include "atlasresources.h"

#include <QFile>
#include <qgsapplication.h>

namespace
{
  //! Sets the environment before QgsApplication reads it; \a privateFolder is the run's own folder (mode 0700).
  int &prepareEnvironment( int &argc, const QString &privateFolder )
  {
    // Without it Qt warns on stderr on every run (as root, or outside a desktop session).
    if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
      qputenv( "XDG_RUNTIME_DIR", QFile::encodeName( privateFolder ) );
    if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
      qputenv( "QT_QPA_PLATFORM", "offscreen" );
    if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
      qputenv( "QGIS_PREFIX_PATH", PSA_QGIS_PREFIX );
    return argc;
  }
} // namespace

HeadlessQgis::HeadlessQgis( int &argc, char *argv[] )
    : mApplication( std::make_unique<QgsApplication>( prepareEnvironment( argc, mProfile.path() ), argv, false,
                                                      mProfile.path() ) )
{
  QgsApplication::init( mProfile.path() );
  QgsApplication::initQgis();
  initAtlasResources();
  mGdalNoiseFilter = std::make_unique<GdalNoiseFilter>();
}

HeadlessQgis::~HeadlessQgis()
{
  mGdalNoiseFilter.reset();
  QgsApplication::exitQgis();
}
