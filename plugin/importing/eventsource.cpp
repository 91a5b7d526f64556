/***************************************************************************
  eventsource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventsource.h"

#include "csveventsource.h"
#include "ogreventsource.h"

#include <QFileInfo>

std::unique_ptr<EventSource> EventSource::open( const QString &input, DataBuildErrors &errors )
{
  const int bar = input.indexOf( QLatin1String( "|layername=" ) );
  const QString path = bar < 0 ? input : input.left( bar );
  const QString layerName = bar < 0 ? QString() : input.mid( bar + static_cast<int>( qstrlen( "|layername=" ) ) );
  const bool database = path.startsWith( QLatin1String( "PG:" ) );
  if ( !database && QFileInfo( path ).suffix().compare( QLatin1String( "csv" ), Qt::CaseInsensitive ) == 0 )
    return CsvEventSource::open( path, errors );
  return OgrEventSource::open( path, layerName, errors );
}
