/***************************************************************************
  layertables.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef LAYERTABLES_H
#define LAYERTABLES_H

#include <QFile>
#include <QString>

/**
 * \brief Returns the number of data rows of the CSV table \a fileName in layers/ (records, not
 * lines: quoted fields may hold line breaks), or -1 when it cannot be read.
 */
inline int layerTableRowCount( const QString &fileName )
{
  QFile file( QStringLiteral( PSA_SOURCE_DIR ) + QStringLiteral( "/layers/" ) + fileName );
  if ( !file.open( QIODevice::ReadOnly ) )
    return -1;
  int records = 0;
  bool quoted = false;
  for ( const char c : file.readAll() )
  {
    if ( c == '"' )
      quoted = !quoted;
    else if ( c == '\n' && !quoted )
      ++records;
  }
  return records - 1; // the header
}

#endif // LAYERTABLES_H
