/***************************************************************************
  shippedatlasdatasource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "shippedatlasdatasource.h"
#include "atlaslayerset.h"
#include "readonlygeopackagesource.h"

#include <qgsvectorlayer.h>

QString ShippedAtlasDataSource::id() const
{
  return QStringLiteral( "shipped" );
}

bool ShippedAtlasDataSource::owns( const QgsVectorLayer *layer ) const
{
  if ( !layer || layer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).isValid() )
    return false;
  const QString table = layer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString();
  // The basemap comes from QGIS's own world map and is never filtered.
  return !table.isEmpty() && table != AtlasLayerSet::BASEMAP_TABLE;
}

QString ShippedAtlasDataSource::storeOf( const QgsVectorLayer *layer ) const
{
  // The file is named before the first '|' ("file|layername=ports|subset=…"); no regular
  // expression (decoding a data source costs ~0.5 ms).
  return ReadOnlyGeoPackageSource::fileOfLayerSource( layer->source() );
}

AtlasSeizureData ShippedAtlasDataSource::load( const QString &store, const QList<QgsVectorLayer *> &layers ) const
{
  Q_UNUSED( layers )
  return AtlasSeizureData::load( store );
}
