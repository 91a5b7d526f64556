/***************************************************************************
  portgazetteer.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "portgazetteer.h"

#include "atlasschema.h"
#include "gdaldataset.h"
#include "gdalmessagecollector.h"
#include "portnames.h"
#include "textnormalizer.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace
{
  //! The keys a port's name is found under: the whole name, the part before and the part within parentheses.
  QStringList nameKeys( const QString &name )
  {
    QStringList keys = { TextNormalizer::foldForMatching( name ) };
    static const QRegularExpression parenthesis( QStringLiteral( "^(.*)\\((.*)\\)\\s*$" ) );
    const QRegularExpressionMatch match = parenthesis.match( name );
    if ( match.hasMatch() )
      keys << TextNormalizer::foldForMatching( match.captured( 1 ) )
           << TextNormalizer::foldForMatching( match.captured( 2 ) );
    keys.removeAll( QString() );
    keys.removeDuplicates();
    return keys;
  }
} // namespace

PortGazetteer::PortGazetteer( const QVector<Port> &ports ) : mPorts( ports )
{
  mNameKeys.reserve( mPorts.size() );
  for ( int i = 0; i < mPorts.size(); ++i )
  {
    mByLocode.insert( mPorts.at( i ).locode.toUpper(), i );
    mNameKeys.append( nameKeys( mPorts.at( i ).name ) );
    for ( const QString &key : mNameKeys.last() )
    {
      QVector<int> &indexes = mByName[key];
      if ( !indexes.contains( i ) )
        indexes.append( i );
    }
  }
  for ( const PortNames::Entry &other : PortNames::entries() )
  {
    const auto port = mByLocode.constFind( other.locode );
    const QString key = TextNormalizer::foldForMatching( other.name );
    // A name another port goes by already would make both ambiguous: it is left out.
    if ( port == mByLocode.constEnd() || key.isEmpty() ||
         ( mByName.contains( key ) && mByName.value( key ) != QVector<int>{ port.value() } ) )
      continue;
    mByName.insert( key, { port.value() } );
    if ( !mNameKeys.at( port.value() ).contains( key ) )
    {
      mNameKeys[port.value()].append( key );
      mOtherNameKinds.insert( key, other.kind == QLatin1String( "local" )
                                       ? QStringLiteral( "UN/LOCODE local name %1" ).arg( other.name )
                                       : QStringLiteral( "exonym (%1) %2" ).arg( other.language, other.name ) );
    }
  }
}

PortGazetteer PortGazetteer::fromGeoPackage( const QString &path, QString *error )
{
  GdalMessageCollector messages;
  const GdalDatasetPtr dataset = openGdalDataset( path, GDAL_OF_VECTOR | GDAL_OF_READONLY );
  OGRLayer *layer = dataset ? dataset->GetLayerByName( AtlasSchema::PORTS_TABLE.toUtf8().constData() ) : nullptr;
  if ( !layer )
  {
    *error =
        QStringLiteral( "cannot read the atlas ports from %1: %2" )
            .arg( path, messages.messages().isEmpty() ? QStringLiteral( "no table 'ports'" ) : messages.messages() );
    return PortGazetteer();
  }
  QVector<Port> ports;
  const OGRFeatureDefn *definition = layer->GetLayerDefn();
  const int nameIndex = definition->GetFieldIndex( AtlasSchema::Field::NAME );
  const int locodeIndex = definition->GetFieldIndex( AtlasSchema::Field::UNLOCODE );
  const int countryIndex = definition->GetFieldIndex( AtlasSchema::Field::COUNTRY_ISO2 );
  if ( nameIndex < 0 || locodeIndex < 0 || countryIndex < 0 )
  {
    *error =
        QStringLiteral( "the table 'ports' of %1 lacks one of the fields name, unlocode, country_iso2" ).arg( path );
    return PortGazetteer();
  }
  const double unknown = std::numeric_limits<double>::quiet_NaN();
  for ( auto &feature : *layer )
  {
    Port port;
    port.name = QString::fromUtf8( feature->GetFieldAsString( nameIndex ) );
    port.locode = QString::fromUtf8( feature->GetFieldAsString( locodeIndex ) );
    port.countryIso2 = QString::fromUtf8( feature->GetFieldAsString( countryIndex ) );
    const OGRGeometry *geometry = feature->GetGeometryRef();
    const bool located = geometry && !geometry->IsEmpty() && wkbFlatten( geometry->getGeometryType() ) == wkbPoint;
    port.latitude = located ? geometry->toPoint()->getY() : unknown;
    port.longitude = located ? geometry->toPoint()->getX() : unknown;
    ports.append( port );
  }
  PortGazetteer gazetteer( ports );
  gazetteer.mGeoPackagePath = path;
  return gazetteer;
}

QString PortGazetteer::locodeKey( const QString &text )
{
  static const QRegularExpression locode( QStringLiteral( "^([A-Za-z]{2})\\s?([A-Za-z0-9]{3})$" ) );
  const QRegularExpressionMatch match = locode.match( text.trimmed() );
  return match.hasMatch() ? ( match.captured( 1 ) + match.captured( 2 ) ).toUpper() : QString();
}

PortGazetteer::Match PortGazetteer::find( const QString &text ) const
{
  Match match;
  const QString locode = locodeKey( text );
  if ( !locode.isEmpty() && mByLocode.contains( locode ) )
  {
    match.port = &mPorts.at( mByLocode.value( locode ) );
    match.kind = QStringLiteral( "UN/LOCODE" );
    return match;
  }
  const QString key = TextNormalizer::foldForMatching( text );
  const QVector<int> indexes = mByName.value( key );
  if ( indexes.size() == 1 )
  {
    match.port = &mPorts.at( indexes.first() );
    match.kind = mOtherNameKinds.value( key, QStringLiteral( "name" ) );
  }
  if ( indexes.size() > 1 )
  {
    for ( int index : indexes )
      match.ambiguousLocodes << mPorts.at( index ).locode;
  }
  return match;
}

const PortGazetteer::Port *PortGazetteer::portByLocode( const QString &locode ) const
{
  const auto it = mByLocode.constFind( locode.toUpper() );
  return it == mByLocode.constEnd() ? nullptr : &mPorts.at( it.value() );
}

QStringList PortGazetteer::suggestions( const QString &text, int maximum ) const
{
  const QString key = TextNormalizer::foldForMatching( text );
  const QString locode = text.trimmed().toUpper();
  if ( key.isEmpty() )
    return {};
  // Close enough: a third of the letters may differ (at least two), e.g. Antwerpen → Antwerp.
  const int threshold = std::max( 2, static_cast<int>( key.size() ) / 3 );
  QVector<QPair<int, int>> candidates; // distance, port index
  for ( int i = 0; i < mPorts.size(); ++i )
  {
    int best = TextNormalizer::editDistance( locode, mPorts.at( i ).locode.toUpper() );
    for ( const QString &name : mNameKeys.at( i ) )
    {
      best = std::min( best, TextNormalizer::editDistance( key, name ) );
      // A prefix ("rotterdam maasvlakte" for Rotterdam) counts as close.
      if ( name.size() >= 4 && ( key.startsWith( name ) || name.startsWith( key ) ) && key.size() >= 4 )
        best = std::min( best, 1 );
    }
    if ( best <= threshold )
      candidates.append( { best, i } );
  }
  std::stable_sort( candidates.begin(), candidates.end(),
                    []( const QPair<int, int> &a, const QPair<int, int> &b ) { return a.first < b.first; } );
  QStringList result;
  for ( int i = 0; i < candidates.size() && result.size() < maximum; ++i )
  {
    const Port &port = mPorts.at( candidates.at( i ).second );
    result << QStringLiteral( "%1 (%2)" ).arg( port.name, port.locode );
  }
  return result;
}
