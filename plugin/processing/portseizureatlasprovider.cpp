/***************************************************************************
  portseizureatlasprovider.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portseizureatlasprovider.h"
#include "importseizureeventsalgorithm.h"
#include "sealaneroutesalgorithm.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <qgsapplication.h>

const QString PortSeizureAtlasProvider::PROVIDER_ID = QStringLiteral( "portseizureatlas" );
const QString PortSeizureAtlasProvider::ICON_PATH =
    QStringLiteral( ":/port-seizure-atlas/icons/port-seizure-atlas.svg" );

namespace
{
  //! QGIS's generic Processing algorithm icon, for when the plugin's resources are not registered.
  const QString FALLBACK_ICON = QStringLiteral( "processingAlgorithm.svg" );
} // namespace

PortSeizureAtlasProvider::PortSeizureAtlasProvider( const QString &seaLanesFolder, QObject *parent )
    : QgsProcessingProvider( parent ), mSeaLanesFolder( seaLanesFolder )
{
}

QString PortSeizureAtlasProvider::id() const
{
  return PROVIDER_ID;
}

QString PortSeizureAtlasProvider::name() const
{
  return tr( "Port Seizure Atlas" );
}

QString PortSeizureAtlasProvider::longName() const
{
  return tr( "Port Seizure Atlas (sea-lane routes)" );
}

QIcon PortSeizureAtlasProvider::icon() const
{
  return QFile::exists( ICON_PATH ) ? QIcon( ICON_PATH )
                                    : QgsApplication::getThemeIcon( QLatin1Char( '/' ) + FALLBACK_ICON );
}

QString PortSeizureAtlasProvider::svgIconPath() const
{
  return QFile::exists( ICON_PATH ) ? ICON_PATH : QgsApplication::iconPath( FALLBACK_ICON );
}

void PortSeizureAtlasProvider::loadAlgorithms()
{
  // addAlgorithm() takes ownership
  addAlgorithm( new SeaLaneRoutesAlgorithm( mSeaLanesFolder ) );
  addAlgorithm( new ImportSeizureEventsAlgorithm(
      QDir( mSeaLanesFolder ).filePath( QStringLiteral( "../port_seizure_atlas.gpkg" ) ) ) );
}
