/***************************************************************************
  atlasseizuredata.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasseizuredata.h"

#include "atlasschema.h"
#include "gdaldataset.h"

#include <QSet>
#include <algorithm>
#include <gdal_priv.h>
#include <ogr_api.h>

namespace
{
  //! Reads rows of one GeoPackage table with GDAL, read-only, apart from the layers of the project.
  class TableReader
  {
    public:
      TableReader( GDALDatasetH dataset, const QString &table, const QString &where )
      {
        mLayer = dataset ? GDALDatasetGetLayerByName( dataset, table.toUtf8().constData() ) : nullptr;
        if ( mLayer )
        {
          OGR_L_SetAttributeFilter( mLayer, where.isEmpty() ? nullptr : where.toUtf8().constData() );
          OGR_L_ResetReading( mLayer );
        }
      }
      ~TableReader()
      {
        if ( mFeature )
          OGR_F_Destroy( mFeature );
      }
      TableReader( const TableReader & ) = delete;
      TableReader &operator=( const TableReader & ) = delete;

      bool isValid() const { return mLayer; }

      bool next()
      {
        if ( mFeature )
          OGR_F_Destroy( mFeature );
        mFeature = mLayer ? OGR_L_GetNextFeature( mLayer ) : nullptr;
        return mFeature;
      }

      QVariant value( const char *field ) const
      {
        const int index = OGR_F_GetFieldIndex( mFeature, field );
        if ( index < 0 || !OGR_F_IsFieldSetAndNotNull( mFeature, index ) )
          return QVariant();
        switch ( OGR_Fld_GetType( OGR_F_GetFieldDefnRef( mFeature, index ) ) )
        {
        case OFTInteger:
        case OFTInteger64:
          return OGR_F_GetFieldAsInteger64( mFeature, index );
        case OFTReal:
          return OGR_F_GetFieldAsDouble( mFeature, index );
        default:
          return QString::fromUtf8( OGR_F_GetFieldAsString( mFeature, index ) );
        }
      }

      QString text( const char *field ) const { return value( field ).toString(); }

    private:
      OGRLayerH mLayer = nullptr;
      OGRFeatureH mFeature = nullptr;
  };

  QList<AtlasSeizureData::Country> sortedCountries( const QMap<QString, QString> &names )
  {
    QList<AtlasSeizureData::Country> countries;
    for ( auto it = names.constBegin(); it != names.constEnd(); ++it )
      countries.append( { it.key(), it.value() } );
    std::sort( countries.begin(), countries.end(),
               []( const AtlasSeizureData::Country &a, const AtlasSeizureData::Country &b ) {
                 return a.name.localeAwareCompare( b.name ) < 0;
               } );
    return countries;
  }
} // namespace

AtlasSeizureData::Choices AtlasSeizureData::unitedChoices( const QList<AtlasSeizureData> &data )
{
  QSet<int> years;
  QMap<QString, QString> destinations;
  QMap<QString, QString> origins;
  for ( const AtlasSeizureData &one : data )
  {
    for ( const int year : one.years() )
      years.insert( year );
    for ( const Country &country : one.destinationCountries() )
      destinations.insert( country.isoCode, country.name );
    for ( const Country &country : one.originCountries() )
      origins.insert( country.isoCode, country.name );
  }
  Choices choices{ QList<int>( years.cbegin(), years.cend() ), sortedCountries( destinations ),
                   sortedCountries( origins ) };
  std::sort( choices.years.begin(), choices.years.end() );
  return choices;
}

AtlasSeizureData AtlasSeizureData::load( const QString &geoPackagePath, QString *error )
{
  AtlasSeizureData data;
  data.mGeoPackagePath = geoPackagePath;
  // Read-only and not shared: the project's own layers keep their connections to the file.
  const GdalDatasetPtr opened = openGdalDataset( geoPackagePath, GDAL_OF_VECTOR | GDAL_OF_READONLY );
  GDALDatasetH dataset = GDALDataset::ToHandle( opened.get() );
  if ( !dataset )
  {
    if ( error )
      *error = QStringLiteral( "%1: cannot be opened as a GeoPackage" ).arg( geoPackagePath );
    return data;
  }
  for ( const QString &table :
        { AtlasSchema::PORTS_TABLE, AtlasSchema::SEIZURE_FIGURES_TABLE, AtlasSchema::INBOUND_ROUTES_TABLE } )
  {
    if ( !GDALDatasetGetLayerByName( dataset, table.toUtf8().constData() ) )
    {
      if ( error )
        *error = QStringLiteral( "%1: table \"%2\" cannot be read" ).arg( geoPackagePath, table );
      return data;
    }
  }

  QSet<int> years;
  QMap<QString, QString> destinations;
  QMap<QString, QString> origins;
  {
    TableReader ports( dataset, AtlasSchema::PORTS_TABLE, QString() );
    while ( ports.next() )
    {
      const QString iso = ports.text( AtlasSchema::Field::COUNTRY_ISO2 );
      const QString countryName = ports.text( AtlasSchema::Field::COUNTRY_NAME );
      data.mPorts.insert( ports.text( AtlasSchema::Field::UNLOCODE ),
                          { ports.text( AtlasSchema::Field::NAME ), countryName } );
      if ( iso.isEmpty() )
        continue;
      data.mCountryNames.insert( iso, countryName );
      if ( ports.text( AtlasSchema::Field::ROLE ) == QLatin1String( "europe_destination" ) )
        destinations.insert( iso, countryName );
      else
        origins.insert( iso, countryName );
    }
  }
  {
    TableReader figures( dataset, AtlasSchema::SEIZURE_FIGURES_TABLE, QString() );
    while ( figures.next() )
    {
      if ( figures.value( AtlasSchema::Field::YEAR ).isNull() )
        continue;
      const int year = figures.value( AtlasSchema::Field::YEAR ).toInt();
      years.insert( year );
      // Cocaine only: a "drugs (mostly cocaine)" or other-drug figure is never summed as cocaine.
      if ( figures.text( AtlasSchema::Field::SCOPE ) != QLatin1String( "port" ) ||
           figures.value( AtlasSchema::Field::PREFERRED ).toInt() != 1 ||
           figures.value( AtlasSchema::Field::QUANTITY_T ).isNull() ||
           figures.text( AtlasSchema::Field::DRUG ) != QLatin1String( "cocaine" ) )
        continue;
      Figure figure;
      figure.unlocode = figures.text( AtlasSchema::Field::UNLOCODES );
      figure.countryIso = figures.text( AtlasSchema::Field::COUNTRY_ISO2 );
      figure.year = year;
      figure.tonnes = figures.value( AtlasSchema::Field::QUANTITY_T ).toDouble();
      figure.sourceTitle = figures.text( AtlasSchema::Field::SOURCE_TITLE );
      data.mFigures.append( figure );
    }
  }
  {
    TableReader routes( dataset, AtlasSchema::INBOUND_ROUTES_TABLE, QString() );
    while ( routes.next() )
    {
      if ( !routes.value( AtlasSchema::Field::YEAR ).isNull() )
        years.insert( routes.value( AtlasSchema::Field::YEAR ).toInt() );
      const QString iso = routes.text( AtlasSchema::Field::ORIGIN_COUNTRY_ISO2 );
      const QVariant year = routes.value( AtlasSchema::Field::YEAR );
      data.mRoutes.append(
          { { routes.text( AtlasSchema::Field::ORIGIN_NAME ), routes.text( AtlasSchema::Field::ORIGIN_COUNTRY_NAME ),
              routes.text( AtlasSchema::Field::DEST_NAME ), year.isNull() ? 0 : year.toInt(),
              routes.value( AtlasSchema::Field::QUANTITY_T ) },
            iso,
            routes.text( AtlasSchema::Field::DEST_COUNTRY_ISO2 ) } );
      if ( !iso.isEmpty() )
      {
        origins.insert( iso, routes.text( AtlasSchema::Field::ORIGIN_COUNTRY_NAME ) );
        data.mCountryNames.insert( iso, routes.text( AtlasSchema::Field::ORIGIN_COUNTRY_NAME ) );
      }
    }
  }
  data.mYears = years.values();
  std::sort( data.mYears.begin(), data.mYears.end() );
  data.mDestinationCountries = sortedCountries( destinations );
  data.mOriginCountries = sortedCountries( origins );
  return data;
}

QString AtlasSeizureData::countryName( const QString &isoCode ) const
{
  return mCountryNames.value( isoCode, isoCode );
}

bool AtlasSeizureData::countryMatches( const AtlasFilter &filter, const QString &countryIso ) const
{
  return filter.destinationCountries().isEmpty() || filter.destinationCountries().contains( countryIso );
}

QMap<QString, double> AtlasSeizureData::portTonnes( const AtlasFilter &filter ) const
{
  QMap<QString, double> tonnes;
  for ( const Figure &figure : mFigures )
  {
    if ( filter.containsYear( figure.year ) && countryMatches( filter, figure.countryIso ) )
      tonnes[figure.unlocode] += figure.tonnes;
  }
  return tonnes;
}

QVariant AtlasSeizureData::totalTonnes( const AtlasFilter &filter ) const
{
  const QMap<QString, double> tonnes = portTonnes( filter );
  if ( tonnes.isEmpty() )
    return QVariant();
  double total = 0;
  for ( double value : tonnes )
    total += value;
  return total;
}

QMap<int, double> AtlasSeizureData::tonnesPerYear( const AtlasFilter &filter ) const
{
  QMap<int, double> tonnes;
  for ( const Figure &figure : mFigures )
  {
    if ( countryMatches( filter, figure.countryIso ) )
      tonnes[figure.year] += figure.tonnes;
  }
  return tonnes;
}

int AtlasSeizureData::yearsSpanned( const AtlasFilter &filter ) const
{
  if ( mYears.isEmpty() )
    return 0;
  const int first = filter.yearFrom() > 0 ? std::max( filter.yearFrom(), mYears.first() ) : mYears.first();
  const int last = filter.yearTo() > 0 ? std::min( filter.yearTo(), mYears.last() ) : mYears.last();
  return std::max( 0, last - first + 1 );
}

int AtlasSeizureData::lastYearWithData( const AtlasFilter &filter ) const
{
  int last = 0;
  for ( int year : mYears )
  {
    if ( filter.containsYear( year ) )
      last = year;
  }
  return last;
}

QList<AtlasSeizureData::PortSummary> AtlasSeizureData::topPorts( const AtlasFilter &filter, int limit ) const
{
  const QMap<QString, double> tonnes = portTonnes( filter );
  const int lastYear = lastYearWithData( filter );
  QList<PortSummary> summaries;
  for ( auto it = tonnes.constBegin(); it != tonnes.constEnd(); ++it )
  {
    PortSummary summary;
    summary.unlocode = it.key();
    summary.name = mPorts.value( it.key() ).name;
    summary.countryName = mPorts.value( it.key() ).countryName;
    summary.tonnes = it.value();
    QVariant last;
    QVariant previous;
    QStringList sources;
    for ( const Figure &figure : mFigures )
    {
      if ( figure.unlocode != it.key() )
        continue;
      if ( filter.containsYear( figure.year ) && countryMatches( filter, figure.countryIso ) &&
           !sources.contains( figure.sourceTitle ) )
        sources << figure.sourceTitle;
      if ( figure.year == lastYear )
        last = figure.tonnes;
      else if ( figure.year == lastYear - 1 )
        previous = figure.tonnes;
    }
    if ( !last.isNull() && !previous.isNull() )
      summary.changeVersusPreviousYear = last.toDouble() - previous.toDouble();
    summary.sources = sources.join( QLatin1Char( '\n' ) );
    summaries.append( summary );
  }
  std::sort( summaries.begin(), summaries.end(), []( const PortSummary &a, const PortSummary &b ) {
    return a.tonnes > b.tonnes || ( a.tonnes == b.tonnes && a.name < b.name );
  } );
  if ( limit >= 0 && summaries.size() > limit )
    summaries = summaries.mid( 0, limit );
  return summaries;
}

QList<AtlasSeizureData::DocumentedRoute> AtlasSeizureData::documentedRoutes( const AtlasFilter &filter ) const
{
  QList<DocumentedRoute> routes;
  for ( const Route &route : mRoutes )
  {
    const bool yearMatches = route.route.year > 0 ? filter.containsYear( route.route.year ) : !filter.hasYearLimit();
    const bool originMatches =
        filter.originCountries().isEmpty() || filter.originCountries().contains( route.originIso );
    if ( yearMatches && originMatches && countryMatches( filter, route.destinationIso ) )
      routes.append( route.route );
  }
  std::stable_sort( routes.begin(), routes.end(), []( const DocumentedRoute &a, const DocumentedRoute &b ) {
    return a.year != b.year ? a.year < b.year : a.originName.localeAwareCompare( b.originName ) < 0;
  } );
  return routes;
}
