/***************************************************************************
  atlaslayersubset.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlaslayersubset.h"

#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace
{
  //! Dynamic property marking a provider this class has put in update mode (a new provider starts without it).
  const char *const UPDATE_MODE_HELD = "psaUpdateModeHeld";

  void keepInUpdateMode( QgsVectorDataProvider *provider )
  {
    // Read-only providers (the plugin's own data) are never reopened: nothing to keep.
    if ( !provider || !( provider->capabilities() & QgsVectorDataProvider::EditingCapabilities ) ||
         provider->property( UPDATE_MODE_HELD ).toBool() )
      return;
    provider->setProperty( UPDATE_MODE_HELD, true );
    // Not balanced by leaveUpdateMode() on purpose: the update mode ends with the provider.
    provider->enterUpdateMode();
  }
} // namespace

bool AtlasLayerSubset::apply( QgsVectorLayer *layer, const QString &subset )
{
  if ( !layer )
    return false;
  // Every writable layer of an imported file, changed now or not: one left read-only next to
  // others in update mode cannot count its features any more ("unable to open database file").
  keepInUpdateMode( layer->dataProvider() );
  if ( layer->subsetString() == subset )
    return false;
  layer->setSubsetString( subset );
  return true;
}
