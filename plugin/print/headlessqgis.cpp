/***************************************************************************
  headlessqgis.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "headlessqgis.h"

#include "atlasresources.h"

#include <qgsapplication.h>

namespace
{
  //! Sets the environment before QgsApplication reads it.
  int &prepareEnvironment( int &argc )
  {
    if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
      qputenv( "QT_QPA_PLATFORM", "offscreen" );
    if ( qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
      qputenv( "QGIS_PREFIX_PATH", PSA_QGIS_PREFIX );
    return argc;
  }
} // namespace

HeadlessQgis::HeadlessQgis( int &argc, char *argv[] )
    : mApplication( std::make_unique<QgsApplication>( prepareEnvironment( argc ), argv, false, mProfile.path() ) )
{
  QgsApplication::init( mProfile.path() );
  QgsApplication::initQgis();
  initAtlasResources();
}

HeadlessQgis::~HeadlessQgis()
{
  QgsApplication::exitQgis();
}
