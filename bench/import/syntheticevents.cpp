/***************************************************************************
  syntheticevents.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "syntheticevents.h"

#include <QFile>
#include <QRandomGenerator>

bool writeSyntheticEventsCsv( const QString &path, long long count, quint32 seed )
{
  static const char *const destinations[] = { "BEANR", "NLRTM", "DEHAM", "DEBRV", "FRLEH", "FRDKK", "ESALG",
                                              "ESVLC", "ESBCN", "ITGIT", "ITLIV", "ITGOA", "PTSIE", "PTLIS",
                                              "GRPIR", "GBFXT", "GBSOU", "GBLGP", "PLGDN", "SEGOT", "ROCND",
                                              "BEZEE", "NLAMS", "NLVLI", "FRMRS", "PTLEI", "SIKOP" };
  static const char *const origins[] = { "ECGYE", "ECPBO", "BRSSZ", "BRPNG", "COCTG", "COBAQ",
                                         "COSMR", "COBUN", "CRMOB", "PECLL", "UYMVD", "PAMIT" };
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) )
    return false;
  QRandomGenerator random( seed );
  QByteArray buffer = "date,port,origin_port,origin_country,drug,quantity,unit\n";
  for ( long long i = 0; i < count; ++i )
  {
    const int year = 2015 + random.bounded( 10 );
    const int month = 1 + random.bounded( 12 );
    const int day = 1 + random.bounded( 28 );
    const char *destination =
        destinations[random.bounded( static_cast<int>( sizeof( destinations ) / sizeof( *destinations ) ) )];
    const bool knownOrigin = random.bounded( 4 ) != 0;
    const char *origin = origins[random.bounded( static_cast<int>( sizeof( origins ) / sizeof( *origins ) ) )];
    QByteArray quantity;
    QByteArray unit;
    if ( random.bounded( 20 ) != 0 )
    {
      const bool tonnes = random.bounded( 5 ) == 0;
      unit = tonnes ? "t" : "kg";
      quantity = tonnes ? QByteArray::number( ( 1 + random.bounded( 200 ) ) / 10.0, 'f', 1 )
                        : QByteArray::number( 1 + random.bounded( 5000 ) );
      // One decimal mark per file (decimal point), as an office exports it; some values quoted.
      if ( tonnes && random.bounded( 10 ) == 0 )
        quantity = '"' + quantity + '"';
    }
    buffer += QByteArray::number( year ) + '-' + QByteArray::number( month ).rightJustified( 2, '0' ) + '-' +
              QByteArray::number( day ).rightJustified( 2, '0' ) + ',' + destination + ',' +
              ( knownOrigin ? QByteArray( origin ) : QByteArray() ) + ',' +
              ( knownOrigin ? QByteArray( origin, 2 ) : QByteArray() ) + ",cocaine," + quantity + ',' + unit + '\n';
    if ( buffer.size() > ( 1 << 20 ) )
    {
      if ( file.write( buffer ) != buffer.size() )
        return false;
      buffer.clear();
    }
  }
  return file.write( buffer ) == buffer.size() && file.flush();
}
