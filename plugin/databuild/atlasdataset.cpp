/***************************************************************************
  atlasdataset.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdataset.h"

QString AtlasDataSet::countryName( const QString &iso2 ) const
{
  for ( const Country &country : countries )
  {
    if ( country.iso2 == iso2 )
      return country.name;
  }
  return QString();
}

QString AtlasDataSet::countryNames( const QStringList &iso2 ) const
{
  QStringList names;
  for ( const QString &code : iso2 )
    names.append( countryName( code ) );
  return names.join( QLatin1String( "; " ) );
}

const AtlasDataSet::Port *AtlasDataSet::port( const QString &unlocode ) const
{
  for ( const Port &candidate : ports )
  {
    if ( candidate.unlocode == unlocode )
      return &candidate;
  }
  return nullptr;
}

QVector<AtlasDataSet::CountryMainPort> AtlasDataSet::mainPorts( const QString &iso2 ) const
{
  QVector<CountryMainPort> found;
  for ( const CountryMainPort &mainPort : countryMainPorts )
  {
    if ( mainPort.countryIso2 == iso2 )
      found.append( mainPort );
  }
  return found;
}
