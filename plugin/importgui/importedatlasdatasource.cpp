/***************************************************************************
  importedatlasdatasource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importedatlasdatasource.h"
#include "atlaslayerset.h"
#include "importedportyearsstyle.h"

#include <qgsvectorlayer.h>

QString ImportedAtlasDataSource::id() const
{
  return QStringLiteral( "imported" );
}

bool ImportedAtlasDataSource::owns( const QgsVectorLayer *layer ) const
{
  return layer && layer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).isValid() &&
         !layer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString().isEmpty();
}

QString ImportedAtlasDataSource::storeOf( const QgsVectorLayer *layer ) const
{
  return layer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).toString();
}

AtlasSeizureData ImportedAtlasDataSource::load( const QString &store, const QList<QgsVectorLayer *> &layers ) const
{
  return AtlasSeizureData::loadImported( layers, store );
}

void ImportedAtlasDataSource::filterApplied( QgsVectorLayer *layer ) const
{
  ImportedPortYearsStyle::updateTotals( layer );
}

void ImportedAtlasDataSource::registerWithPanel()
{
  static const bool registered = [] {
    AtlasDataSource::registerSource( std::make_unique<ImportedAtlasDataSource>() );
    return true;
  }();
  Q_UNUSED( registered )
}
