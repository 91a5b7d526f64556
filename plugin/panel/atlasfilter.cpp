/***************************************************************************
  atlasfilter.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfilter.h"

#include "atlasschema.h"

#include <QRegularExpression>
#include <algorithm>

const QString AtlasFilter::FORMAT_TAG = QStringLiteral( "psa-filter-1" );

void AtlasFilter::setYears( int from, int to )
{
  mYearFrom = std::max( 0, from );
  mYearTo = std::max( 0, to );
  if ( mYearFrom > 0 && mYearTo > 0 && mYearFrom > mYearTo )
    std::swap( mYearFrom, mYearTo );
}

bool AtlasFilter::containsYear( int year ) const
{
  return ( mYearFrom <= 0 || year >= mYearFrom ) && ( mYearTo <= 0 || year <= mYearTo );
}

QStringList AtlasFilter::cleanIsoCodes( const QStringList &isoCodes )
{
  // Only two ASCII letters go into SQL: nothing else can end up in a subset string.
  static const QRegularExpression isoCode( QStringLiteral( "^[A-Z]{2}$" ) );
  QStringList clean;
  for ( const QString &code : isoCodes )
  {
    const QString upper = code.trimmed().toUpper();
    if ( isoCode.match( upper ).hasMatch() && !clean.contains( upper ) )
      clean << upper;
  }
  clean.sort();
  return clean;
}

void AtlasFilter::setDestinationCountries( const QStringList &isoCodes )
{
  mDestinationCountries = cleanIsoCodes( isoCodes );
}

void AtlasFilter::setOriginCountries( const QStringList &isoCodes )
{
  mOriginCountries = cleanIsoCodes( isoCodes );
}

QString AtlasFilter::inClause( const QString &field, const QStringList &isoCodes )
{
  return QStringLiteral( "\"%1\" IN ('%2')" ).arg( field, isoCodes.join( QLatin1String( "','" ) ) );
}

QString AtlasFilter::yearClause() const
{
  if ( mYearFrom > 0 && mYearFrom == mYearTo )
    return QStringLiteral( "\"year\" = %1" ).arg( mYearFrom );
  if ( mYearFrom > 0 && mYearTo > 0 )
    return QStringLiteral( "\"year\" BETWEEN %1 AND %2" ).arg( mYearFrom ).arg( mYearTo );
  if ( mYearFrom > 0 )
    return QStringLiteral( "\"year\" >= %1" ).arg( mYearFrom );
  if ( mYearTo > 0 )
    return QStringLiteral( "\"year\" <= %1" ).arg( mYearTo );
  return QString();
}

QString AtlasFilter::subsetString( const QString &table ) const
{
  QStringList clauses;
  if ( table == AtlasSchema::PORTS_TABLE )
  {
    if ( mDestinationCountries.isEmpty() && mOriginCountries.isEmpty() )
      return QString();
    const QString destination = mDestinationCountries.isEmpty()
                                    ? QStringLiteral( "\"role\" = 'europe_destination'" )
                                    : QStringLiteral( "(\"role\" = 'europe_destination' AND %1)" )
                                          .arg( inClause( QStringLiteral( "country_iso2" ), mDestinationCountries ) );
    const QString origin = mOriginCountries.isEmpty()
                               ? QStringLiteral( "\"role\" <> 'europe_destination'" )
                               : QStringLiteral( "(\"role\" <> 'europe_destination' AND %1)" )
                                     .arg( inClause( QStringLiteral( "country_iso2" ), mOriginCountries ) );
    return QStringLiteral( "%1 OR %2" ).arg( destination, origin );
  }
  // Documented single seizures carry the route columns (year, origin and destination country).
  if ( table == AtlasSchema::INBOUND_ROUTES_TABLE || table == AtlasSchema::DOCUMENTED_SEIZURES_TABLE )
  {
    clauses << yearClause();
    if ( !mOriginCountries.isEmpty() )
      clauses << inClause( QStringLiteral( "origin_country_iso2" ), mOriginCountries );
    if ( !mDestinationCountries.isEmpty() )
      clauses << inClause( QStringLiteral( "dest_country_iso2" ), mDestinationCountries );
  }
  else if ( table == AtlasSchema::NATIONAL_TOTALS_TABLE || table == AtlasSchema::SEIZURE_FIGURES_TABLE )
  {
    clauses << yearClause();
    if ( !mDestinationCountries.isEmpty() )
      clauses << inClause( QStringLiteral( "country_iso2" ), mDestinationCountries );
  }
  clauses.removeAll( QString() );
  return clauses.join( QLatin1String( " AND " ) );
}

QString AtlasFilter::toString() const
{
  return QStringLiteral( "%1;years=%2-%3;destination=%4;origin=%5" )
      .arg( FORMAT_TAG )
      .arg( mYearFrom )
      .arg( mYearTo )
      .arg( mDestinationCountries.join( QLatin1Char( ',' ) ), mOriginCountries.join( QLatin1Char( ',' ) ) );
}

AtlasFilter AtlasFilter::fromString( const QString &text, QString *error )
{
  AtlasFilter filter;
  if ( text.trimmed().isEmpty() )
    return filter;
  auto fail = [error]( const QString &message ) {
    if ( error )
      *error = message;
    return AtlasFilter();
  };

  const QStringList parts = text.trimmed().split( QLatin1Char( ';' ) );
  if ( parts.first() != FORMAT_TAG )
    return fail(
        QStringLiteral( "saved filter \"%1\" does not start with %2; no filter applied" ).arg( text, FORMAT_TAG ) );
  for ( int i = 1; i < parts.size(); ++i )
  {
    const int equals = parts.at( i ).indexOf( QLatin1Char( '=' ) );
    const QString key = parts.at( i ).left( equals );
    const QString value = equals < 0 ? QString() : parts.at( i ).mid( equals + 1 );
    const QStringList list = value.split( QLatin1Char( ',' ), Qt::SkipEmptyParts );
    if ( key == QLatin1String( "years" ) )
    {
      const QStringList ends = value.split( QLatin1Char( '-' ) );
      bool fromOk = false;
      bool toOk = false;
      const int from = ends.value( 0 ).toInt( &fromOk );
      const int to = ends.value( 1 ).toInt( &toOk );
      if ( ends.size() != 2 || !fromOk || !toOk || from < 0 || to < 0 )
        return fail( QStringLiteral( "saved filter \"%1\": years \"%2\" is not FROM-TO; no filter applied" )
                         .arg( text, value ) );
      filter.setYears( from, to );
    }
    else if ( key == QLatin1String( "destination" ) || key == QLatin1String( "origin" ) )
    {
      const QStringList clean = cleanIsoCodes( list );
      if ( clean.size() != list.size() )
        return fail( QStringLiteral( "saved filter \"%1\": %2 countries \"%3\" are not ISO codes; no filter applied" )
                         .arg( text, key, value ) );
      if ( key == QLatin1String( "destination" ) )
        filter.mDestinationCountries = clean;
      else
        filter.mOriginCountries = clean;
    }
    else
    {
      return fail(
          QStringLiteral( "saved filter \"%1\": unknown part \"%2\"; no filter applied" ).arg( text, parts.at( i ) ) );
    }
  }
  return filter;
}

bool AtlasFilter::operator==( const AtlasFilter &other ) const
{
  return mYearFrom == other.mYearFrom && mYearTo == other.mYearTo &&
         mDestinationCountries == other.mDestinationCountries && mOriginCountries == other.mOriginCountries;
}
