/***************************************************************************
  atlasseizuredataimported.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasseizuredata.h"

#include "atlaslayerset.h"

#include <QSet>
#include <algorithm>
#include <memory>
#include <qgsdatasourceuri.h>
#include <qgsfeatureiterator.h>
#include <qgsmessagelog.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

namespace
{
  //! Returns a copy of \a layer reading all its rows: without the subset string the panel set.
  std::unique_ptr<QgsVectorLayer> unfilteredCopy( const QgsVectorLayer *layer )
  {
    if ( !layer || !layer->isValid() )
      return nullptr;
    QString source = layer->source();
    if ( layer->providerType() == QLatin1String( "postgres" ) )
    {
      QgsDataSourceUri uri( source );
      uri.setSql( QString() );
      source = uri.uri( false );
    }
    else
    {
      QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( layer->providerType(), source );
      parts.remove( QStringLiteral( "subset" ) );
      source = QgsProviderRegistry::instance()->encodeUri( layer->providerType(), parts );
    }
    QgsVectorLayer::LayerOptions options;
    options.loadDefaultStyle = false;
    auto copy = std::make_unique<QgsVectorLayer>( source, layer->name(), layer->providerType(), options );
    return copy->isValid() ? std::move( copy ) : nullptr;
  }

  //! Returns the English country names of QGIS's own world map, by ISO 3166-1 alpha-2 code.
  QMap<QString, QString> worldCountryNames()
  {
    QMap<QString, QString> names;
    for ( const AtlasLayerDefinition &definition : AtlasLayerSet::definitions() )
    {
      if ( definition.table != AtlasLayerSet::BASEMAP_TABLE )
        continue;
      QgsVectorLayer::LayerOptions options;
      options.loadDefaultStyle = false;
      QgsVectorLayer countries( QStringLiteral( "%1|layername=%2" ).arg( definition.otherGeoPackage, definition.table ),
                                definition.table, QStringLiteral( "ogr" ), options );
      QgsFeature feature;
      QgsFeatureIterator it = countries.getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
      while ( it.nextFeature( feature ) )
        names.insert( feature.attribute( QStringLiteral( "iso_a2" ) ).toString(),
                      feature.attribute( QStringLiteral( "NAME" ) ).toString() );
    }
    return names;
  }

  QList<AtlasSeizureData::Country> namedCountries( const QSet<QString> &codes, const QMap<QString, QString> &names )
  {
    QList<AtlasSeizureData::Country> countries;
    for ( const QString &code : codes )
      countries.append( { code, names.value( code, code ) } );
    std::sort( countries.begin(), countries.end(),
               []( const AtlasSeizureData::Country &a, const AtlasSeizureData::Country &b ) {
                 return a.name.localeAwareCompare( b.name ) < 0;
               } );
    return countries;
  }
} // namespace

AtlasSeizureData AtlasSeizureData::loadImported( const QList<QgsVectorLayer *> &layers, const QString &store )
{
  const QgsVectorLayer *portYears = nullptr;
  const QgsVectorLayer *events = nullptr;
  for ( const QgsVectorLayer *layer : layers )
  {
    const QgsFields fields = layer->fields();
    if ( !portYears && fields.indexOf( QStringLiteral( "port_locode" ) ) >= 0 &&
         fields.indexOf( QStringLiteral( "country_iso2" ) ) >= 0 && fields.indexOf( QStringLiteral( "tonnes" ) ) >= 0 )
      portYears = layer;
    else if ( !events && fields.indexOf( QStringLiteral( "origin_country_iso2" ) ) >= 0 &&
              fields.indexOf( QStringLiteral( "source_file" ) ) >= 0 )
      events = layer;
  }
  AtlasSeizureData data;
  data.mGeoPackagePath = store;
  const std::unique_ptr<QgsVectorLayer> rows = unfilteredCopy( portYears );
  if ( !rows )
    return data;
  data.mCountryNames = worldCountryNames();
  const QString sourceTitle = QObject::tr( "Own data (%1)" ).arg( store );
  QSet<int> years;
  QSet<QString> destinations;
  QgsFeature feature;
  QgsFeatureIterator it = rows->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
  long long rowsRead = 0;
  while ( it.nextFeature( feature ) )
  {
    ++rowsRead;
    const QString locode = feature.attribute( QStringLiteral( "port_locode" ) ).toString();
    const QString country = feature.attribute( QStringLiteral( "country_iso2" ) ).toString();
    const QVariant year = feature.attribute( QStringLiteral( "year" ) );
    if ( !country.isEmpty() )
      destinations.insert( country );
    if ( !locode.isEmpty() )
      data.mPorts.insert( locode,
                          { feature.attribute( QStringLiteral( "name" ) ).toString(), data.countryName( country ) } );
    if ( year.isNull() )
      continue; // an event without a date counts in no year
    years.insert( year.toInt() );
    const QVariant tonnes = feature.attribute( QStringLiteral( "tonnes" ) );
    if ( tonnes.isNull() || locode.isEmpty() )
      continue; // unknown quantities stay unknown: never summed as 0
    data.mFigures.append( { locode, country, year.toInt(), tonnes.toDouble(), sourceTitle } );
  }
  // A read that stops early (a damaged file) offers no choices rather than some.
  if ( rows->featureCount() >= 0 && rowsRead != rows->featureCount() )
  {
    QgsMessageLog::logMessage(
        QObject::tr( "%1: table %2: reading stopped at feature %3 of %4; the import is left out of the choices." )
            .arg( store, rows->name() )
            .arg( rowsRead + 1 )
            .arg( rows->featureCount() ),
        QObject::tr( "Port Seizure Atlas" ), Qgis::MessageLevel::Critical );
    AtlasSeizureData unreadable;
    unreadable.mGeoPackagePath = store;
    return unreadable;
  }
  QSet<QString> origins;
  if ( const std::unique_ptr<QgsVectorLayer> eventRows = unfilteredCopy( events ) )
  {
    // DISTINCT in the database: the events are never fetched one by one.
    for ( const QVariant &code :
          eventRows->uniqueValues( eventRows->fields().indexOf( QStringLiteral( "origin_country_iso2" ) ) ) )
    {
      if ( !code.isNull() && !code.toString().isEmpty() )
        origins.insert( code.toString() );
    }
  }
  data.mYears = years.values();
  std::sort( data.mYears.begin(), data.mYears.end() );
  data.mDestinationCountries = namedCountries( destinations, data.mCountryNames );
  data.mOriginCountries = namedCountries( origins, data.mCountryNames );
  return data;
}
