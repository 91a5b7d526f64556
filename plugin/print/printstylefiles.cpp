/***************************************************************************
  printstylefiles.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printstylefiles.h"

#include "atlaslayerset.h"

#include <qgsdatasourceuri.h>
#include <qgsmaplayer.h>
#include <qgsproviderregistry.h>

QString PrintStyleFiles::fileName( const QgsMapLayer *layer )
{
  if ( !layer )
    return QString();
  const QString table = layer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString();
  if ( table.isEmpty() )
    return QString();
  if ( !layer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).isValid() )
    return table + QStringLiteral( ".qml" );
  // The table in the store: the same in a GeoPackage and in PostGIS.
  const QString storeTable = layer->providerType() == QLatin1String( "postgres" )
                                 ? QgsDataSourceUri( layer->source() ).table()
                                 : QgsProviderRegistry::instance()
                                       ->decodeUri( layer->providerType(), layer->source() )
                                       .value( QStringLiteral( "layerName" ) )
                                       .toString();
  return storeTable.isEmpty() ? QString() : QStringLiteral( "imported-%1.qml" ).arg( storeTable );
}
