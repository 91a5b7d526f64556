/***************************************************************************
  eventsource.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventsource.h"

#include "csveventsource.h"
#include "ogreventsource.h"

#include <QFileInfo>

std::unique_ptr<EventSource> EventSource::open( const QString &input, SourceErrors &errors )
{
  return open( input, ImportOptions(), errors );
}

std::unique_ptr<EventSource> EventSource::open( const QString &input, const ImportOptions &options,
                                                SourceErrors &errors )
{
  const int bar = input.indexOf( QLatin1String( "|layername=" ) );
  const QString path = bar < 0 ? input : input.left( bar );
  const QString layerName = bar < 0 ? QString() : input.mid( bar + static_cast<int>( qstrlen( "|layername=" ) ) );
  const bool database = path.startsWith( QLatin1String( "PG:" ) );
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( !database &&
       ( suffix == QLatin1String( "csv" ) || suffix == QLatin1String( "tsv" ) || suffix == QLatin1String( "txt" ) ) )
    return CsvEventSource::open( path, options, errors );
  return OgrEventSource::open( path, layerName, errors );
}
