/***************************************************************************
  portnames.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portnames.h"

#include "csvreader.h"

const QVector<PortNames::Entry> &PortNames::entries()
{
  static const QVector<Entry> names = [] {
    CsvReader reader( { QStringLiteral( "unlocode" ), QStringLiteral( "name" ), QStringLiteral( "kind" ),
                        QStringLiteral( "language" ), QStringLiteral( "source_title" ),
                        QStringLiteral( "source_url" ) } );
    // The table is checked by the importing tests; a broken row is left out, never guessed.
    reader.readData( QByteArray( csvText() ), QStringLiteral( "port_names.csv" ) );
    QVector<Entry> result;
    for ( const CsvReader::Record &record : reader.records() )
      result.append( { record.value( QStringLiteral( "unlocode" ) ), record.value( QStringLiteral( "name" ) ),
                       record.value( QStringLiteral( "kind" ) ), record.value( QStringLiteral( "language" ) ) } );
    return result;
  }();
  return names;
}
