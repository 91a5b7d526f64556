/***************************************************************************
  atlasdatavalidator.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdatavalidator.h"

#include "atlasconsistencychecks.h"
#include "atlasschema.h"
#include "databuildrule.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QPointF>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <utility>

const QString AtlasDataValidator::COUNTRIES_FILE = QStringLiteral( "countries.csv" );
const QString AtlasDataValidator::PORTS_FILE = QStringLiteral( "ports.csv" );
const QString AtlasDataValidator::SEIZURE_FIGURES_FILE = QStringLiteral( "seizure_figures.csv" );
const QString AtlasDataValidator::ROUTES_FILE = QStringLiteral( "routes.csv" );
const QString AtlasDataValidator::DOCUMENTED_SEIZURES_FILE = QStringLiteral( "documented_seizures.csv" );
const QString AtlasDataValidator::THROUGHPUT_FILE = QStringLiteral( "port_throughput.csv" );
const QString AtlasDataValidator::COUNTRY_MAIN_PORTS_FILE = QStringLiteral( "country_main_ports.csv" );
const QString AtlasDataValidator::QUOTE_WORD_REVIEWS_FILE = QStringLiteral( "quote_drug_words_reviewed.csv" );

namespace
{
  const QString ROLE_EUROPE_DESTINATION = QStringLiteral( "europe_destination" );

  // A European destination must lie in this box; outside it the coordinates are wrong, most
  // often swapped.
  constexpr double EUROPE_MIN_LATITUDE = 27;
  constexpr double EUROPE_MAX_LATITUDE = 72;
  constexpr double EUROPE_MIN_LONGITUDE = -32;
  constexpr double EUROPE_MAX_LONGITUDE = 45;

  constexpr int EARLIEST_YEAR = 1990;

  bool insideEurope( double latitude, double longitude )
  {
    return latitude >= EUROPE_MIN_LATITUDE && latitude <= EUROPE_MAX_LATITUDE && longitude >= EUROPE_MIN_LONGITUDE &&
           longitude <= EUROPE_MAX_LONGITUDE;
  }

  //! Splits a ';'-separated list; an empty text is an empty list (no empty item).
  QStringList splitList( const QString &text )
  {
    if ( text.isEmpty() )
      return QStringList();
    return text.split( QLatin1Char( ';' ) );
  }

  QString quoted( const QString &value )
  {
    return QStringLiteral( "'%1'" ).arg( value );
  }

  const QRegularExpression &decimalNumberPattern()
  {
    static const QRegularExpression pattern( QStringLiteral( "^-?[0-9]+(\\.[0-9]+)?$" ) );
    return pattern;
  }
} // namespace

QStringList AtlasDataValidator::countryColumns()
{
  return { QStringLiteral( "country_iso2" ), QStringLiteral( "name_en" ) };
}

QStringList AtlasDataValidator::portColumns()
{
  return { QStringLiteral( "name" ),
           QStringLiteral( "unlocode" ),
           QStringLiteral( "country_iso2" ),
           QStringLiteral( "lat" ),
           QStringLiteral( "lon" ),
           QStringLiteral( "role" ),
           QStringLiteral( "coordinate_source" ) };
}

QStringList AtlasDataValidator::seizureFigureColumns()
{
  return { QStringLiteral( "figure_id" ),    QStringLiteral( "scope" ),        QStringLiteral( "unlocodes" ),
           QStringLiteral( "area_name" ),    QStringLiteral( "country_iso2" ), QStringLiteral( "year" ),
           QStringLiteral( "drug" ),         QStringLiteral( "quantity_t" ),   QStringLiteral( "lower_bound" ),
           QStringLiteral( "approximate" ),  QStringLiteral( "preferred" ),    QStringLiteral( "preference_reason" ),
           QStringLiteral( "source_title" ), QStringLiteral( "source_url" ),   QStringLiteral( "source_publisher" ),
           QStringLiteral( "source_date" ),  QStringLiteral( "quote" ),        QStringLiteral( "note" ) };
}

QStringList AtlasDataValidator::routeColumns()
{
  return { QStringLiteral( "route_id" ),
           QStringLiteral( "origin_name" ),
           QStringLiteral( "origin_unlocode" ),
           QStringLiteral( "origin_country_iso2" ),
           QStringLiteral( "dest_name" ),
           QStringLiteral( "dest_unlocode" ),
           QStringLiteral( "dest_country_iso2" ),
           QStringLiteral( "year" ),
           QStringLiteral( "quantity_t" ),
           QStringLiteral( "lower_bound" ),
           QStringLiteral( "period" ),
           QStringLiteral( "evidence_kind" ),
           QStringLiteral( "evidence" ),
           QStringLiteral( "quote" ),
           QStringLiteral( "source_title" ),
           QStringLiteral( "source_url" ) };
}

QStringList AtlasDataValidator::evidenceKinds()
{
  return { QStringLiteral( "seized_at_destination" ), QStringLiteral( "seized_at_origin" ),
           QStringLiteral( "seized_in_transit" ),     QStringLiteral( "share" ),
           QStringLiteral( "qualitative" ),           QStringLiteral( "aggregate" ) };
}

QStringList AtlasDataValidator::quoteWordReviewColumns()
{
  return { QStringLiteral( "figure_id" ), QStringLiteral( "word" ), QStringLiteral( "reason" ) };
}

QStringList AtlasDataValidator::documentedSeizureColumns()
{
  return { QStringLiteral( "seizure_id" ),
           QStringLiteral( "seizure_date" ),
           QStringLiteral( "date_precision" ),
           QStringLiteral( "port_unlocode" ),
           QStringLiteral( "port_name" ),
           QStringLiteral( "origin_unlocode" ),
           QStringLiteral( "origin_country_iso2" ),
           QStringLiteral( "drug" ),
           QStringLiteral( "tonnes" ),
           QStringLiteral( "approximate" ),
           QStringLiteral( "source_title" ),
           QStringLiteral( "source_url" ),
           QStringLiteral( "source_publisher" ),
           QStringLiteral( "source_date" ),
           QStringLiteral( "quote" ),
           QStringLiteral( "note" ) };
}

QStringList AtlasDataValidator::throughputColumns()
{
  return { QStringLiteral( "unlocode" ),     QStringLiteral( "year" ),       QStringLiteral( "teu" ),
           QStringLiteral( "source_title" ), QStringLiteral( "source_url" ), QStringLiteral( "quote" ) };
}

QStringList AtlasDataValidator::countryMainPortColumns()
{
  return { QStringLiteral( "country_iso2" ), QStringLiteral( "unlocode" ), QStringLiteral( "source_title" ),
           QStringLiteral( "source_url" ), QStringLiteral( "quote" ) };
}

QStringList AtlasDataValidator::drugs()
{
  return { QStringLiteral( "cocaine" ),        QStringLiteral( "drugs (mostly cocaine)" ),
           QStringLiteral( "cannabis resin" ), QStringLiteral( "herbal cannabis" ),
           QStringLiteral( "heroin" ),         QStringLiteral( "other" ) };
}

QStringList AtlasDataValidator::portRoles()
{
  return { ROLE_EUROPE_DESTINATION, QStringLiteral( "origin" ), QStringLiteral( "transit" ) };
}

AtlasDataValidator::AtlasDataValidator( const QString &layersDirectory )
    : mLayersDirectory( layersDirectory ), mLatestAllowedYear( QDate::currentDate().year() )
{
}

bool AtlasDataValidator::validate()
{
  mDataSet = AtlasDataSet();
  mErrors.clear();
  mCountriesKnown = false;
  mPortsKnown = false;

  readCountries();
  readPorts();
  readSeizureFigures();
  readRoutes();
  readQuoteWordReviews();
  readCountryMainPorts();
  readThroughput();
  readDocumentedSeizures();
  // The figures are compared with each other only once each of them reads cleanly.
  if ( mErrors.isEmpty() )
    mErrors.append(
        AtlasConsistencyChecks::check( mDataSet, QDir( mLayersDirectory ).filePath( SEIZURE_FIGURES_FILE ) ) );
  return mErrors.isEmpty();
}

void AtlasDataValidator::forEachOptionalRecord( const QString &fileName, const QStringList &columns,
                                                const std::function<void( const CsvReader::Record & )> &read )
{
  if ( !QFileInfo::exists( QDir( mLayersDirectory ).filePath( fileName ) ) )
    return;
  QVector<CsvReader::Record> records;
  readTable( fileName, columns, records );
  for ( const CsvReader::Record &record : std::as_const( records ) )
    read( record );
}

bool AtlasDataValidator::readTable( const QString &fileName, const QStringList &columns,
                                    QVector<CsvReader::Record> &records, const QStringList &optionalColumns )
{
  mCurrentFile = QDir( mLayersDirectory ).filePath( fileName );
  CsvReader reader( columns );
  reader.setOptionalColumns( optionalColumns );
  reader.readFile( mCurrentFile );
  mErrors.append( reader.errors() );
  records = reader.records();
  // Broken records are reported and left out. A table that lost records cannot tell which
  // codes are unknown, so the cross checks against it wait until it reads cleanly.
  return reader.errors().isEmpty();
}

void AtlasDataValidator::readCountries()
{
  QVector<CsvReader::Record> records;
  mCountriesKnown = readTable( COUNTRIES_FILE, countryColumns(), records );
  QHash<QString, int> seen;
  for ( const CsvReader::Record &record : std::as_const( records ) )
  {
    AtlasDataSet::Country country;
    country.iso2 = record.value( QStringLiteral( "country_iso2" ) );
    country.name = record.value( QStringLiteral( "name_en" ) );
    country.line = record.line();
    // This table defines which countries are known, so only the format is checked here.
    if ( checkRequired( record, QStringLiteral( "country_iso2" ) ) &&
         checkCountryCode( record, QStringLiteral( "country_iso2" ), country.iso2, false ) )
      checkUniqueId( record, QStringLiteral( "country_iso2" ), seen );
    checkRequired( record, QStringLiteral( "name_en" ) );
    mDataSet.countries.append( country );
  }
}

void AtlasDataValidator::readPorts()
{
  QVector<CsvReader::Record> records;
  mPortsKnown = readTable( PORTS_FILE, portColumns(), records );
  QHash<QString, int> seenUnlocodes;
  for ( const CsvReader::Record &record : std::as_const( records ) )
  {
    AtlasDataSet::Port port;
    port.name = record.value( QStringLiteral( "name" ) );
    port.unlocode = record.value( QStringLiteral( "unlocode" ) );
    port.countryIso2 = record.value( QStringLiteral( "country_iso2" ) );
    port.role = record.value( QStringLiteral( "role" ) );
    port.coordinateSource = record.value( QStringLiteral( "coordinate_source" ) );
    port.line = record.line();

    checkRequired( record, QStringLiteral( "name" ) );
    if ( checkRequired( record, QStringLiteral( "unlocode" ) ) &&
         checkUnlocode( record, QStringLiteral( "unlocode" ), port.unlocode, false ) )
    {
      const auto previous = seenUnlocodes.constFind( port.unlocode );
      if ( previous != seenUnlocodes.constEnd() )
        addError( record.line(), QStringLiteral( "unlocode" ), DataBuildRule::UnlocodeDuplicate,
                  QStringLiteral( "UN/LOCODE %1 is already listed on line %2" )
                      .arg( port.unlocode )
                      .arg( previous.value() ) );
      else
        seenUnlocodes.insert( port.unlocode, record.line() );
    }
    if ( checkRequired( record, QStringLiteral( "country_iso2" ) ) &&
         checkCountryCode( record, QStringLiteral( "country_iso2" ), port.countryIso2 ) && !port.unlocode.isEmpty() &&
         port.unlocode.left( 2 ) != port.countryIso2 )
      addError( record.line(), QStringLiteral( "country_iso2" ), DataBuildRule::UnlocodeCountryMismatch,
                QStringLiteral( "country %1 differs from the country prefix %2 of UN/LOCODE %3" )
                    .arg( port.countryIso2, port.unlocode.left( 2 ), port.unlocode ) );

    // Both coordinates empty is a port whose position no source gives yet (it stays on the
    // tables, off the map); one of them empty is a mistake.
    const bool positionKnown =
        !record.value( QStringLiteral( "lat" ) ).isEmpty() || !record.value( QStringLiteral( "lon" ) ).isEmpty();
    bool coordinatesInRange = false;
    if ( positionKnown )
    {
      for ( const QString &column : { QStringLiteral( "lat" ), QStringLiteral( "lon" ) } )
      {
        if ( record.value( column ).isEmpty() )
          addError( record.line(), column, DataBuildRule::RequiredField,
                    QStringLiteral( "empty while the other coordinate is given; give both, or neither when no source "
                                    "gives the position" ) );
      }
      const bool bothGiven =
          !record.value( QStringLiteral( "lat" ) ).isEmpty() && !record.value( QStringLiteral( "lon" ) ).isEmpty();
      const std::optional<double> latitude =
          bothGiven ? checkNumber( record, QStringLiteral( "lat" ), DataBuildRule::CoordinateNotNumeric )
                    : std::nullopt;
      const std::optional<double> longitude =
          bothGiven ? checkNumber( record, QStringLiteral( "lon" ), DataBuildRule::CoordinateNotNumeric )
                    : std::nullopt;
      coordinatesInRange = latitude && longitude;
      if ( latitude && std::fabs( *latitude ) > 90 )
      {
        addError( record.line(), QStringLiteral( "lat" ), DataBuildRule::CoordinateOutOfRange,
                  QStringLiteral( "latitude %1 is outside -90..90" ).arg( *latitude ) );
        coordinatesInRange = false;
      }
      if ( longitude && std::fabs( *longitude ) > 180 )
      {
        addError( record.line(), QStringLiteral( "lon" ), DataBuildRule::CoordinateOutOfRange,
                  QStringLiteral( "longitude %1 is outside -180..180" ).arg( *longitude ) );
        coordinatesInRange = false;
      }
      if ( latitude && longitude )
        port.position = QPointF( *longitude, *latitude );
    }

    if ( !portRoles().contains( port.role ) )
      addError( record.line(), QStringLiteral( "role" ), DataBuildRule::RoleUnknown,
                QStringLiteral( "unknown role %1; expected one of %2" )
                    .arg( quoted( port.role ), portRoles().join( QLatin1String( ", " ) ) ) );
    else if ( port.role == ROLE_EUROPE_DESTINATION && coordinatesInRange &&
              !insideEurope( port.position->y(), port.position->x() ) )
    {
      if ( insideEurope( port.position->x(), port.position->y() ) )
        addError( record.line(), QStringLiteral( "lat" ), DataBuildRule::CoordinateSwapped,
                  QStringLiteral( "lat %1, lon %2 looks swapped: a European destination lies within lat %3..%4, lon "
                                  "%5..%6, and lat %2, lon %1 would" )
                      .arg( record.value( QStringLiteral( "lat" ) ), record.value( QStringLiteral( "lon" ) ) )
                      .arg( EUROPE_MIN_LATITUDE )
                      .arg( EUROPE_MAX_LATITUDE )
                      .arg( EUROPE_MIN_LONGITUDE )
                      .arg( EUROPE_MAX_LONGITUDE ) );
      else
        addError( record.line(), QStringLiteral( "lat" ), DataBuildRule::CoordinateOutsideEurope,
                  QStringLiteral(
                      "lat %1, lon %2 lies outside Europe: a European destination lies within lat %3..%4, lon %5..%6" )
                      .arg( record.value( QStringLiteral( "lat" ) ), record.value( QStringLiteral( "lon" ) ) )
                      .arg( EUROPE_MIN_LATITUDE )
                      .arg( EUROPE_MAX_LATITUDE )
                      .arg( EUROPE_MIN_LONGITUDE )
                      .arg( EUROPE_MAX_LONGITUDE ) );
    }

    checkRequired( record, QStringLiteral( "coordinate_source" ) );
    mDataSet.ports.append( port );
  }
}

void AtlasDataValidator::readSeizureFigures()
{
  QVector<CsvReader::Record> records;
  readTable( SEIZURE_FIGURES_FILE, seizureFigureColumns(), records );
  QHash<QString, int> seenIds;

  // A cell is one (scope, place, year, drug); it must have exactly one preferred figure.
  struct CellMember
  {
      int figureIndex = 0;
      bool preferredKnown = false;
  };
  QMap<QString, QVector<CellMember>> cells;
  QMap<QString, QString> cellDescriptions;

  for ( const CsvReader::Record &record : std::as_const( records ) )
  {
    AtlasDataSet::SeizureFigure figure;
    figure.figureId = record.value( QStringLiteral( "figure_id" ) );
    figure.scope = record.value( QStringLiteral( "scope" ) );
    figure.unlocodes = splitList( record.value( QStringLiteral( "unlocodes" ) ) );
    figure.areaName = record.value( QStringLiteral( "area_name" ) );
    figure.countryIso2 = splitList( record.value( QStringLiteral( "country_iso2" ) ) );
    figure.drug = record.value( QStringLiteral( "drug" ) );
    figure.preferenceReason = record.value( QStringLiteral( "preference_reason" ) );
    figure.sourceTitle = record.value( QStringLiteral( "source_title" ) );
    figure.sourceUrl = record.value( QStringLiteral( "source_url" ) );
    figure.sourcePublisher = record.value( QStringLiteral( "source_publisher" ) );
    figure.sourceDate = record.value( QStringLiteral( "source_date" ) );
    figure.quote = record.value( QStringLiteral( "quote" ) );
    figure.note = record.value( QStringLiteral( "note" ) );
    figure.line = record.line();

    bool keyValid = true;
    if ( checkRequired( record, QStringLiteral( "figure_id" ) ) )
      checkUniqueId( record, QStringLiteral( "figure_id" ), seenIds );

    const bool scopeKnown = figure.scope == AtlasSchema::Scope::PORT ||
                            figure.scope == AtlasSchema::Scope::PORT_GROUP ||
                            figure.scope == AtlasSchema::Scope::NATIONAL;
    if ( !scopeKnown )
    {
      addError(
          record.line(), QStringLiteral( "scope" ), DataBuildRule::ScopeUnknown,
          QStringLiteral( "unknown scope %1; expected port, port_group or national" ).arg( quoted( figure.scope ) ) );
      keyValid = false;
    }

    bool codesValid = true;
    for ( const QString &code : std::as_const( figure.unlocodes ) )
      codesValid = checkUnlocode( record, QStringLiteral( "unlocodes" ), code, true ) && codesValid;
    if ( figure.scope == AtlasSchema::Scope::PORT && figure.unlocodes.size() != 1 )
    {
      addError( record.line(), QStringLiteral( "unlocodes" ), DataBuildRule::ScopePortCodes,
                QStringLiteral( "a port figure names exactly one UN/LOCODE, found %1" )
                    .arg( quoted( record.value( QStringLiteral( "unlocodes" ) ) ) ) );
      codesValid = false;
    }
    if ( figure.scope == AtlasSchema::Scope::NATIONAL && !figure.unlocodes.isEmpty() )
    {
      addError( record.line(), QStringLiteral( "unlocodes" ), DataBuildRule::ScopeNationalCodes,
                QStringLiteral( "a national figure names no UN/LOCODE, found %1" )
                    .arg( quoted( record.value( QStringLiteral( "unlocodes" ) ) ) ) );
      codesValid = false;
    }
    keyValid = keyValid && codesValid;

    bool countriesValid = checkRequired( record, QStringLiteral( "country_iso2" ) );
    for ( const QString &code : std::as_const( figure.countryIso2 ) )
      countriesValid = checkCountryCode( record, QStringLiteral( "country_iso2" ), code ) && countriesValid;
    if ( countriesValid &&
         ( figure.scope == AtlasSchema::Scope::PORT || figure.scope == AtlasSchema::Scope::NATIONAL ) &&
         figure.countryIso2.size() != 1 )
    {
      addError( record.line(), QStringLiteral( "country_iso2" ), DataBuildRule::ScopeCountries,
                QStringLiteral( "a %1 figure names exactly one country, found %2" )
                    .arg( figure.scope, quoted( record.value( QStringLiteral( "country_iso2" ) ) ) ) );
      countriesValid = false;
    }
    if ( countriesValid && codesValid )
    {
      for ( const QString &code : std::as_const( figure.unlocodes ) )
        checkPortCountry( record, QStringLiteral( "country_iso2" ), code, figure.countryIso2 );
    }
    if ( figure.scope == AtlasSchema::Scope::NATIONAL ||
         ( figure.scope == AtlasSchema::Scope::PORT_GROUP && figure.unlocodes.isEmpty() ) )
      keyValid = keyValid && countriesValid;

    const std::optional<int> year = checkYear( record, QStringLiteral( "year" ) );
    if ( year )
      figure.year = *year;
    else
      keyValid = false;
    if ( !checkRequired( record, QStringLiteral( "drug" ) ) )
      keyValid = false;
    else if ( !drugs().contains( figure.drug ) )
    {
      addError( record.line(), QStringLiteral( "drug" ), DataBuildRule::DrugUnknown,
                QStringLiteral( "unknown drug %1; expected one of %2" )
                    .arg( quoted( figure.drug ), drugs().join( QLatin1String( ", " ) ) ) );
      keyValid = false;
    }

    if ( checkRequired( record, QStringLiteral( "quantity_t" ),
                        QStringLiteral( "a figure whose quantity is unknown is left out of the table" ) ) )
    {
      if ( const std::optional<double> quantity = checkQuantity( record, QStringLiteral( "quantity_t" ) ) )
        figure.quantityTonnes = *quantity;
    }

    figure.lowerBound = checkFlag( record, QStringLiteral( "lower_bound" ) ).value_or( false );
    figure.approximate = checkFlag( record, QStringLiteral( "approximate" ) ).value_or( false );
    const std::optional<bool> preferred = checkFlag( record, QStringLiteral( "preferred" ) );
    figure.preferred = preferred.value_or( false );

    checkSource( record, QStringLiteral( "source_title" ), QStringLiteral( "source_url" ) );
    checkSourceDate( record, QStringLiteral( "source_date" ) );

    mDataSet.seizureFigures.append( figure );

    if ( keyValid )
    {
      QString place;
      QString description;
      if ( figure.scope == AtlasSchema::Scope::PORT )
      {
        place = figure.unlocodes.value( 0 );
        description = QStringLiteral( "port %1" ).arg( place );
      }
      else if ( figure.scope == AtlasSchema::Scope::NATIONAL )
      {
        place = figure.countryIso2.value( 0 );
        description = QStringLiteral( "national total of %1" ).arg( place );
      }
      else
      {
        QStringList codes = figure.unlocodes.isEmpty() ? figure.countryIso2 : figure.unlocodes;
        codes.sort();
        place = codes.join( QLatin1Char( ';' ) );
        if ( figure.unlocodes.isEmpty() )
          place += QLatin1Char( '|' ) + figure.areaName;
        description = figure.unlocodes.isEmpty()
                          ? QStringLiteral( "port group %1 (%2)" )
                                .arg( quoted( figure.areaName ), codes.join( QLatin1Char( ';' ) ) )
                          : QStringLiteral( "port group %1" ).arg( codes.join( QLatin1Char( ';' ) ) );
      }
      const QString key =
          QStringLiteral( "%1\n%2\n%3\n%4" ).arg( figure.scope, place ).arg( figure.year ).arg( figure.drug );
      cells[key].append( { static_cast<int>( mDataSet.seizureFigures.size() - 1 ), preferred.has_value() } );
      cellDescriptions.insert(
          key, QStringLiteral( "%1, %2, %3" ).arg( description ).arg( figure.year ).arg( figure.drug ) );
    }
  }

  for ( auto cell = cells.constBegin(); cell != cells.constEnd(); ++cell )
  {
    const QString description = cellDescriptions.value( cell.key() );
    const AtlasDataSet::SeizureFigure *firstPreferred = nullptr;
    bool allFlagsKnown = true;
    QStringList members;
    for ( const CellMember &member : cell.value() )
    {
      const AtlasDataSet::SeizureFigure &figure = mDataSet.seizureFigures.at( member.figureIndex );
      members.append( QStringLiteral( "%1 (line %2)" ).arg( figure.figureId ).arg( figure.line ) );
      allFlagsKnown = allFlagsKnown && member.preferredKnown;
      if ( !figure.preferred )
        continue;
      if ( firstPreferred )
        addError(
            figure.line, QStringLiteral( "preferred" ), DataBuildRule::PreferredDuplicate,
            QStringLiteral( "figure %1 is a second preferred figure for %2; figure %3 on line %4 is preferred already" )
                .arg( figure.figureId, description, firstPreferred->figureId )
                .arg( firstPreferred->line ) );
      else
        firstPreferred = &figure;
    }
    bool everyFigureNamesAnother = true;
    for ( const CellMember &member : cell.value() )
      everyFigureNamesAnother =
          everyFigureNamesAnother &&
          namesPreferredFigure( mDataSet.seizureFigures.at( member.figureIndex ).preferenceReason );
    if ( !firstPreferred && allFlagsKnown && !everyFigureNamesAnother )
    {
      const AtlasDataSet::SeizureFigure &first = mDataSet.seizureFigures.at( cell.value().constFirst().figureIndex );
      addError( first.line, QStringLiteral( "preferred" ), DataBuildRule::PreferredMissing,
                QStringLiteral( "no figure for %1 is preferred (%2); mark exactly one with preferred=1, or name in "
                                "each one's preference_reason the "
                                "preferred figure of another place it repeats" )
                    .arg( description, members.join( QLatin1String( ", " ) ) ) );
    }
  }
}

bool AtlasDataValidator::namesPreferredFigure( const QString &reason ) const
{
  for ( const AtlasDataSet::SeizureFigure &figure : mDataSet.seizureFigures )
  {
    if ( figure.preferred && !figure.figureId.isEmpty() && reason.contains( figure.figureId ) )
      return true;
  }
  return false;
}

void AtlasDataValidator::readCountryMainPorts()
{
  forEachOptionalRecord( COUNTRY_MAIN_PORTS_FILE, countryMainPortColumns(), [&]( const CsvReader::Record &record ) {
    const auto value = [&record]( const char *column ) { return record.value( QString::fromLatin1( column ) ); };
    const AtlasDataSet::CountryMainPort mainPort{ value( "country_iso2" ), value( "unlocode" ), value( "source_title" ),
                                                  value( "source_url" ),   value( "quote" ),    record.line() };
    if ( checkRequired( record, QStringLiteral( "country_iso2" ) ) )
      checkCountryCode( record, QStringLiteral( "country_iso2" ), mainPort.countryIso2 );
    // The port may lie in another country: a landlocked country ships through its neighbours.
    if ( checkRequired( record, QStringLiteral( "unlocode" ) ) )
      checkUnlocode( record, QStringLiteral( "unlocode" ), mainPort.unlocode, true );
    checkSource( record, QStringLiteral( "source_title" ), QStringLiteral( "source_url" ) );
    checkRequired( record, QStringLiteral( "quote" ),
                   QStringLiteral( "quote the source's sentence that names the port" ) );
    mDataSet.countryMainPorts.append( mainPort );
  } );
}

void AtlasDataValidator::readDocumentedSeizures()
{
  QHash<QString, int> seenIds;
  forEachOptionalRecord( DOCUMENTED_SEIZURES_FILE, documentedSeizureColumns(), [&]( const CsvReader::Record &record ) {
    const auto value = [&record]( const char *column ) { return record.value( QString::fromLatin1( column ) ); };
    const AtlasDataSet::Citation citation{ value( "source_title" ), value( "source_url" ), value( "source_publisher" ),
                                           value( "source_date" ),  value( "quote" ),      value( "note" ) };
    AtlasDataSet::DocumentedSeizure seizure{ citation,
                                             value( "seizure_id" ),
                                             QDate(),
                                             value( "date_precision" ),
                                             value( "port_unlocode" ),
                                             value( "port_name" ),
                                             value( "origin_unlocode" ),
                                             value( "origin_country_iso2" ),
                                             value( "drug" ),
                                             0,
                                             false,
                                             record.line() };

    if ( checkRequired( record, QStringLiteral( "seizure_id" ) ) )
      checkUniqueId( record, QStringLiteral( "seizure_id" ), seenIds );
    seizure.date = QDate::fromString( value( "seizure_date" ), Qt::ISODate );
    if ( !seizure.date.isValid() || value( "seizure_date" ).size() != 10 )
      addError( record.line(), QStringLiteral( "seizure_date" ), DataBuildRule::SeizureDateFormat,
                QStringLiteral(
                    "%1 is not a date; expected YYYY-MM-DD (the first of the month or year when only that is known)" )
                    .arg( quoted( value( "seizure_date" ) ) ) );
    else if ( seizure.date.year() < EARLIEST_YEAR || seizure.date.year() > mLatestAllowedYear )
      addError( record.line(), QStringLiteral( "seizure_date" ), DataBuildRule::YearOutOfRange,
                QStringLiteral( "year %1 is outside %2..%3" )
                    .arg( seizure.date.year() )
                    .arg( EARLIEST_YEAR )
                    .arg( mLatestAllowedYear ) );
    const QStringList precisions = { QStringLiteral( "day" ), QStringLiteral( "month" ), QStringLiteral( "year" ) };
    if ( !precisions.contains( seizure.datePrecision ) )
      addError( record.line(), QStringLiteral( "date_precision" ), DataBuildRule::SeizureDatePrecision,
                QStringLiteral( "unknown date precision %1; expected day, month or year" )
                    .arg( quoted( seizure.datePrecision ) ) );
    if ( checkRequired( record, QStringLiteral( "port_unlocode" ) ) )
      checkUnlocode( record, QStringLiteral( "port_unlocode" ), seizure.portUnlocode, true );
    if ( !seizure.originUnlocode.isEmpty() )
      checkUnlocode( record, QStringLiteral( "origin_unlocode" ), seizure.originUnlocode, true );
    if ( !seizure.originCountryIso2.isEmpty() )
      checkCountryCode( record, QStringLiteral( "origin_country_iso2" ), seizure.originCountryIso2 );
    if ( checkRequired( record, QStringLiteral( "drug" ) ) && !drugs().contains( seizure.drug ) )
      addError( record.line(), QStringLiteral( "drug" ), DataBuildRule::DrugUnknown,
                QStringLiteral( "unknown drug %1; expected one of %2" )
                    .arg( quoted( seizure.drug ), drugs().join( QLatin1String( ", " ) ) ) );
    if ( checkRequired( record, QStringLiteral( "tonnes" ) ) )
      seizure.tonnes = checkQuantity( record, QStringLiteral( "tonnes" ) ).value_or( 0 );
    seizure.approximate = checkFlag( record, QStringLiteral( "approximate" ) ).value_or( false );
    checkSource( record, QStringLiteral( "source_title" ), QStringLiteral( "source_url" ) );
    checkSourceDate( record, QStringLiteral( "source_date" ) );
    checkRequired( record, QStringLiteral( "quote" ),
                   QStringLiteral( "quote the source's sentence that states the quantity" ) );
    mDataSet.documentedSeizures.append( seizure );
  } );
}

void AtlasDataValidator::readThroughput()
{
  QHash<QString, int> seen;
  forEachOptionalRecord( THROUGHPUT_FILE, throughputColumns(), [&]( const CsvReader::Record &record ) {
    const auto value = [&record]( const char *column ) { return record.value( QString::fromLatin1( column ) ); };
    AtlasDataSet::Throughput throughput{
        value( "unlocode" ), 0, 0, value( "source_title" ), value( "source_url" ), value( "quote" ), record.line() };
    if ( checkRequired( record, QStringLiteral( "unlocode" ) ) )
      checkUnlocode( record, QStringLiteral( "unlocode" ), throughput.unlocode, true );
    const std::optional<int> year =
        checkYearBetween( record, QStringLiteral( "year" ), THROUGHPUT_FIRST_YEAR, THROUGHPUT_LAST_YEAR );
    throughput.year = year.value_or( 0 );
    if ( checkRequired( record, QStringLiteral( "teu" ),
                        QStringLiteral( "a year whose throughput is unknown is left out of the table" ) ) )
      throughput.teu = checkQuantity( record, QStringLiteral( "teu" ) ).value_or( 0 );
    checkSource( record, QStringLiteral( "source_title" ), QStringLiteral( "source_url" ) );
    checkRequired( record, QStringLiteral( "quote" ),
                   QStringLiteral( "quote the source's sentence that states the number" ) );
    if ( year )
    {
      const QString key = QStringLiteral( "%1 %2" ).arg( throughput.unlocode ).arg( *year );
      const auto previous = seen.constFind( key );
      if ( previous != seen.constEnd() )
        addError( record.line(), QStringLiteral( "year" ), DataBuildRule::DuplicateId,
                  QStringLiteral( "%1 already has a throughput for %2 on line %3" )
                      .arg( throughput.unlocode )
                      .arg( *year )
                      .arg( previous.value() ) );
      else
        seen.insert( key, record.line() );
    }
    mDataSet.throughput.append( throughput );
  } );
}

void AtlasDataValidator::readQuoteWordReviews()
{
  QSet<QString> figureIds;
  for ( const AtlasDataSet::SeizureFigure &figure : std::as_const( mDataSet.seizureFigures ) )
    figureIds.insert( figure.figureId );
  forEachOptionalRecord( QUOTE_WORD_REVIEWS_FILE, quoteWordReviewColumns(), [&]( const CsvReader::Record &record ) {
    AtlasDataSet::QuoteWordReview review;
    review.figureId = record.value( QStringLiteral( "figure_id" ) );
    review.word = record.value( QStringLiteral( "word" ) );
    review.reason = record.value( QStringLiteral( "reason" ) );
    if ( checkRequired( record, QStringLiteral( "figure_id" ) ) && !figureIds.contains( review.figureId ) )
      addError( record.line(), QStringLiteral( "figure_id" ), DataBuildRule::ReviewFigureUnknown,
                QStringLiteral( "figure %1 is not in %2" ).arg( review.figureId, SEIZURE_FIGURES_FILE ) );
    checkRequired( record, QStringLiteral( "word" ) );
    checkRequired( record, QStringLiteral( "reason" ),
                   QStringLiteral( "say why the quote's word does not change the drug" ) );
    mDataSet.quoteWordReviews.append( review );
  } );
}

void AtlasDataValidator::readRoutes()
{
  QVector<CsvReader::Record> records;
  readTable( ROUTES_FILE, routeColumns(), records, { QStringLiteral( "lower_bound" ), QStringLiteral( "period" ) } );
  QHash<QString, int> seenIds;
  for ( const CsvReader::Record &record : std::as_const( records ) )
  {
    AtlasDataSet::Route route;
    route.routeId = record.value( QStringLiteral( "route_id" ) );
    route.originName = record.value( QStringLiteral( "origin_name" ) );
    route.originUnlocode = record.value( QStringLiteral( "origin_unlocode" ) );
    route.originCountryIso2 = record.value( QStringLiteral( "origin_country_iso2" ) );
    route.destinationName = record.value( QStringLiteral( "dest_name" ) );
    route.destinationUnlocode = record.value( QStringLiteral( "dest_unlocode" ) );
    route.destinationCountryIso2 = record.value( QStringLiteral( "dest_country_iso2" ) );
    route.evidenceKind = record.value( QStringLiteral( "evidence_kind" ) );
    route.evidence = record.value( QStringLiteral( "evidence" ) );
    route.quote = record.value( QStringLiteral( "quote" ) );
    route.sourceTitle = record.value( QStringLiteral( "source_title" ) );
    route.sourceUrl = record.value( QStringLiteral( "source_url" ) );
    route.line = record.line();

    if ( checkRequired( record, QStringLiteral( "route_id" ) ) )
      checkUniqueId( record, QStringLiteral( "route_id" ), seenIds );

    const std::pair<QString, QString> ends[] = {
        { QStringLiteral( "origin_unlocode" ), QStringLiteral( "origin_country_iso2" ) },
        { QStringLiteral( "dest_unlocode" ), QStringLiteral( "dest_country_iso2" ) } };
    for ( const auto &end : ends )
    {
      const QString unlocode = record.value( end.first );
      const QString country = record.value( end.second );
      const bool unlocodeValid = unlocode.isEmpty() || checkUnlocode( record, end.first, unlocode, true );
      // A row about a region ("EU member states") or an unstated country has no country code.
      const bool countryValid = !country.isEmpty() && checkCountryCode( record, end.second, country );
      if ( !unlocode.isEmpty() && unlocodeValid && countryValid )
        checkPortCountry( record, end.second, unlocode, { country } );
    }

    if ( !record.value( QStringLiteral( "year" ) ).isEmpty() )
      route.year = checkYear( record, QStringLiteral( "year" ) );
    if ( !record.value( QStringLiteral( "quantity_t" ) ).isEmpty() )
      route.quantityTonnes = checkQuantity( record, QStringLiteral( "quantity_t" ) );

    if ( !record.value( QStringLiteral( "lower_bound" ) ).isEmpty() )
      route.lowerBound = checkFlag( record, QStringLiteral( "lower_bound" ) ).value_or( false );
    route.period = record.value( QStringLiteral( "period" ) );

    if ( !evidenceKinds().contains( route.evidenceKind ) )
      addError( record.line(), QStringLiteral( "evidence_kind" ), DataBuildRule::EvidenceKindUnknown,
                QStringLiteral( "unknown evidence kind %1; expected one of %2" )
                    .arg( quoted( route.evidenceKind ), evidenceKinds().join( QLatin1String( ", " ) ) ) );

    checkSource( record, QStringLiteral( "source_title" ), QStringLiteral( "source_url" ) );
    mDataSet.routes.append( route );
  }
}

bool AtlasDataValidator::checkRequired( const CsvReader::Record &record, const QString &column, const QString &hint )
{
  if ( !record.value( column ).trimmed().isEmpty() )
    return true;
  addError( record.line(), column, DataBuildRule::RequiredField,
            hint.isEmpty() ? QStringLiteral( "a value is required" )
                           : QStringLiteral( "a value is required; %1" ).arg( hint ) );
  return false;
}

bool AtlasDataValidator::checkCountryCode( const CsvReader::Record &record, const QString &column, const QString &code,
                                           bool mustBeKnown )
{
  static const QRegularExpression pattern( QStringLiteral( "^[A-Z]{2}$" ) );
  if ( !pattern.match( code ).hasMatch() )
  {
    addError( record.line(), column, DataBuildRule::CountryFormat,
              QStringLiteral( "%1 is no country code; expected two upper-case letters (ISO 3166-1 alpha-2), e.g. BE" )
                  .arg( quoted( code ) ) );
    return false;
  }
  if ( mustBeKnown && mCountriesKnown && mDataSet.countryName( code ).isNull() )
  {
    addError( record.line(), column, DataBuildRule::CountryUnknown,
              QStringLiteral( "country %1 is not in %2" ).arg( code, COUNTRIES_FILE ) );
    return false;
  }
  return true;
}

bool AtlasDataValidator::checkUnlocode( const CsvReader::Record &record, const QString &column, const QString &code,
                                        bool mustBeKnown )
{
  static const QRegularExpression pattern( QStringLiteral( "^[A-Z]{2}[A-Z0-9]{3}$" ) );
  if ( !pattern.match( code ).hasMatch() )
  {
    addError( record.line(), column, DataBuildRule::UnlocodeFormat,
              QStringLiteral(
                  "%1 is no UN/LOCODE; expected 2 upper-case letters and 3 upper-case letters or digits, e.g. BEANR" )
                  .arg( quoted( code ) ) );
    return false;
  }
  if ( mustBeKnown && mPortsKnown && !mDataSet.port( code ) )
  {
    addError( record.line(), column, DataBuildRule::UnlocodeUnknown,
              QStringLiteral( "UN/LOCODE %1 is not in %2" ).arg( code, PORTS_FILE ) );
    return false;
  }
  return true;
}

void AtlasDataValidator::checkPortCountry( const CsvReader::Record &record, const QString &column,
                                           const QString &unlocode, const QStringList &countries )
{
  const AtlasDataSet::Port *port = mDataSet.port( unlocode );
  const QString portCountry = port ? port->countryIso2 : unlocode.left( 2 );
  if ( countries.contains( portCountry ) )
    return;
  addError( record.line(), column, DataBuildRule::UnlocodeCountryMismatch,
            QStringLiteral( "%1 does not hold the country %2 of port %3" )
                .arg( quoted( countries.join( QLatin1Char( ';' ) ) ), portCountry, unlocode ) );
}

std::optional<double> AtlasDataValidator::checkNumber( const CsvReader::Record &record, const QString &column,
                                                       const char *notNumericRule )
{
  const QString text = record.value( column );
  if ( !decimalNumberPattern().match( text ).hasMatch() )
  {
    addError(
        record.line(), column, notNumericRule,
        QStringLiteral( "%1 is not a number; write digits with a decimal point, e.g. 59.1" ).arg( quoted( text ) ) );
    return std::nullopt;
  }
  return text.toDouble();
}

std::optional<int> AtlasDataValidator::checkYear( const CsvReader::Record &record, const QString &column )
{
  return checkYearBetween( record, column, EARLIEST_YEAR, mLatestAllowedYear );
}

std::optional<int> AtlasDataValidator::checkYearBetween( const CsvReader::Record &record, const QString &column,
                                                         int first, int last )
{
  static const QRegularExpression pattern( QStringLiteral( "^[0-9]{1,9}$" ) );
  const QString text = record.value( column );
  if ( !pattern.match( text ).hasMatch() )
  {
    addError( record.line(), column, DataBuildRule::YearNotInteger,
              QStringLiteral( "%1 is not a year; expected a whole number such as 2023" ).arg( quoted( text ) ) );
    return std::nullopt;
  }
  const int year = text.toInt();
  if ( year < first || year > last )
  {
    addError( record.line(), column, DataBuildRule::YearOutOfRange,
              QStringLiteral( "year %1 is outside %2..%3" ).arg( year ).arg( first ).arg( last ) );
    return std::nullopt;
  }
  return year;
}

std::optional<double> AtlasDataValidator::checkQuantity( const CsvReader::Record &record, const QString &column )
{
  const std::optional<double> quantity = checkNumber( record, column, DataBuildRule::QuantityNotNumeric );
  if ( quantity && *quantity < 0 )
  {
    addError( record.line(), column, DataBuildRule::QuantityNegative,
              QStringLiteral( "quantity %1 is negative" ).arg( record.value( column ) ) );
    return std::nullopt;
  }
  return quantity;
}

std::optional<bool> AtlasDataValidator::checkFlag( const CsvReader::Record &record, const QString &column )
{
  const QString text = record.value( column );
  if ( text == QLatin1String( "1" ) )
    return true;
  if ( text == QLatin1String( "0" ) )
    return false;
  addError( record.line(), column, DataBuildRule::FlagInvalid,
            QStringLiteral( "%1 is not a flag; expected 0 or 1" ).arg( quoted( text ) ) );
  return std::nullopt;
}

void AtlasDataValidator::checkSource( const CsvReader::Record &record, const QString &titleColumn,
                                      const QString &urlColumn )
{
  checkRequired( record, titleColumn );
  if ( !checkRequired( record, urlColumn ) )
    return;

  const QString url = record.value( urlColumn );
  static const QString LAYERS_PREFIX = QStringLiteral( "layers/" );
  if ( url.startsWith( QLatin1String( "http://" ) ) || url.startsWith( QLatin1String( "https://" ) ) )
  {
    const QUrl parsed( url, QUrl::StrictMode );
    if ( parsed.isValid() && !parsed.host().isEmpty() )
      return;
  }
  else if ( url.startsWith( LAYERS_PREFIX ) && !url.split( QLatin1Char( '/' ) ).contains( QLatin1String( ".." ) ) )
  {
    const QString path = QDir( mLayersDirectory ).filePath( url.mid( LAYERS_PREFIX.size() ) );
    if ( !QFileInfo( path ).isFile() )
      addError( record.line(), urlColumn, DataBuildRule::SourceFileMissing,
                QStringLiteral( "the source file %1 does not exist" ).arg( url ) );
    return;
  }
  addError(
      record.line(), urlColumn, DataBuildRule::SourceUrlInvalid,
      QStringLiteral( "%1 is no source address; expected an http(s) URL or a repository path starting with layers/" )
          .arg( quoted( url ) ) );
}

void AtlasDataValidator::checkSourceDate( const CsvReader::Record &record, const QString &column )
{
  const QString text = record.value( column );
  if ( text.isEmpty() )
    return;
  static const QRegularExpression pattern( QStringLiteral( "^([0-9]{4})(-([0-9]{2})(-([0-9]{2}))?)?$" ) );
  const QRegularExpressionMatch match = pattern.match( text );
  bool valid = match.hasMatch();
  if ( valid )
  {
    const int month = match.captured( 3 ).isEmpty() ? 1 : match.captured( 3 ).toInt();
    const int day = match.captured( 5 ).isEmpty() ? 1 : match.captured( 5 ).toInt();
    valid = QDate( match.captured( 1 ).toInt(), month, day ).isValid();
  }
  if ( !valid )
    addError(
        record.line(), column, DataBuildRule::SourceDateFormat,
        QStringLiteral( "%1 is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD, or nothing" ).arg( quoted( text ) ) );
}

void AtlasDataValidator::checkUniqueId( const CsvReader::Record &record, const QString &column,
                                        QHash<QString, int> &seen )
{
  const QString id = record.value( column );
  const auto previous = seen.constFind( id );
  if ( previous != seen.constEnd() )
  {
    addError( record.line(), column, DataBuildRule::DuplicateId,
              QStringLiteral( "%1 is already used on line %2" ).arg( id ).arg( previous.value() ) );
    return;
  }
  seen.insert( id, record.line() );
}

void AtlasDataValidator::addError( int line, const QString &column, const char *ruleId, const QString &message )
{
  mErrors.append( SourceError( mCurrentFile, line, column, QString::fromLatin1( ruleId ), message ) );
}
