/***************************************************************************
  seizureeventvalidator.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "seizureeventvalidator.h"

#include "eventvalueparser.h"
#include "importrule.h"

#include <QRegularExpression>

SeizureEventValidator::SeizureEventValidator( const PortGazetteer &ports, const QVector<int> &columnOfField, const QStringList &header, const QString &fileName,
                                              const QDate &today )
    : mPorts( ports ), mColumnOfField( columnOfField ), mHeader( header ), mFileName( fileName ), mToday( today )
{
}

QString SeizureEventValidator::value( const EventSource::Row &row, EventColumnMapping::Field field ) const
{
  const int index = mColumnOfField.value( field, -1 );
  return index < 0 ? QString() : row.values.value( index ).trimmed();
}

QString SeizureEventValidator::column( EventColumnMapping::Field field ) const
{
  const int index = mColumnOfField.value( field, -1 );
  return index < 0 ? EventColumnMapping::fieldName( field ) : mHeader.value( index );
}

QString SeizureEventValidator::shared( const QString &text )
{
  // The events go to the database on another thread: a shared copy is freed there with a
  // reference count, not with a free() of memory another thread allocated.
  // Free text that rarely repeats (over 4,096 distinct values) is not kept.
  constexpr int MOST_TEXTS = 4096;
  if ( text.isEmpty() )
    return QString();
  auto known = mTexts.constFind( text );
  if ( known != mTexts.constEnd() )
    return *known;
  if ( mTexts.size() < MOST_TEXTS )
    mTexts.insert( text );
  return text;
}

void SeizureEventValidator::addError( DataBuildErrors &errors, int line, EventColumnMapping::Field field, const char *ruleId, const QString &message ) const
{
  errors << DataBuildError( mFileName, line, column( field ), QString::fromLatin1( ruleId ), message );
}

const PortGazetteer::Port *SeizureEventValidator::matchPort( const EventSource::Row &row, EventColumnMapping::Field field, DataBuildErrors &errors )
{
  const QString text = value( row, field );
  auto cached = mPortMatches.constFind( text );
  if ( cached == mPortMatches.constEnd() )
    cached = mPortMatches.insert( text, mPorts.find( text ) );
  const PortGazetteer::Match &match = cached.value();
  if ( match.port )
    return match.port;
  if ( !match.ambiguousLocodes.isEmpty() )
  {
    addError( errors, row.line, field, ImportRule::PortAmbiguous,
              QStringLiteral( "'%1' names several ports (%2); write the UN/LOCODE instead" ).arg( text, match.ambiguousLocodes.join( QLatin1String( ", " ) ) ) );
    return nullptr;
  }
  UnmatchedPort &unmatched = mUnmatchedPorts[text];
  if ( unmatched.count++ == 0 )
  {
    unmatched.firstLine = row.line;
    unmatched.column = column( field );
    unmatched.suggestions = mPorts.suggestions( text );
  }
  const QString hint = unmatched.suggestions.isEmpty() ? QStringLiteral( "no port of the atlas has a similar name or UN/LOCODE" )
                                                       : QStringLiteral( "did you mean %1?" ).arg( unmatched.suggestions.join( QLatin1String( ", " ) ) );
  addError( errors, row.line, field, ImportRule::PortUnknown, QStringLiteral( "'%1' is no port of the atlas (UN/LOCODE or name); %2" ).arg( text, hint ) );
  return nullptr;
}

std::optional<SeizureEvent> SeizureEventValidator::validate( const EventSource::Row &row, DataBuildErrors &errors )
{
  using Field = EventColumnMapping::Field;
  const int errorCount = errors.size();
  SeizureEvent event;
  event.sourceLine = row.line;
  QString problem;

  const QString dateText = value( row, Field::Date );
  if ( dateText.isEmpty() )
  {
    addError( errors, row.line, Field::Date, ImportRule::RequiredField, QStringLiteral( "the date is empty; give at least the year" ) );
  }
  else if ( const auto date = EventValueParser::parseDate( dateText, &problem ) )
  {
    const bool future = date->date.isValid() ? date->date > mToday : date->year > mToday.year();
    if ( date->year < FIRST_YEAR || future )
      addError( errors, row.line, Field::Date, ImportRule::DateOutOfRange,
                QStringLiteral( "'%1' lies outside %2 to today (%3)" ).arg( dateText ).arg( FIRST_YEAR ).arg( mToday.toString( Qt::ISODate ) ) );
    event.date = date->date;
    event.year = date->year;
  }
  else
  {
    addError( errors, row.line, Field::Date, ImportRule::DateFormat, problem );
  }

  event.portNameRaw = shared( value( row, Field::Port ) );
  if ( event.portNameRaw.isEmpty() )
    addError( errors, row.line, Field::Port, ImportRule::RequiredField, QStringLiteral( "the port is empty; give its UN/LOCODE or name" ) );
  else if ( const PortGazetteer::Port *port = matchPort( row, Field::Port, errors ) )
  {
    event.portLocode = port->locode;
    event.destCountryIso2 = port->countryIso2;
  }

  if ( !value( row, Field::OriginPort ).isEmpty() )
  {
    if ( const PortGazetteer::Port *origin = matchPort( row, Field::OriginPort, errors ) )
      event.originLocode = origin->locode;
  }
  const QString originCountry = value( row, Field::OriginCountry ).toUpper();
  static const QRegularExpression iso2( QStringLiteral( "^[A-Z]{2}$" ) );
  if ( !originCountry.isEmpty() && !iso2.match( originCountry ).hasMatch() )
    addError( errors, row.line, Field::OriginCountry, ImportRule::CountryFormat,
              QStringLiteral( "'%1' is not a two-letter ISO 3166-1 country code such as CO or EC" ).arg( value( row, Field::OriginCountry ) ) );
  else if ( !originCountry.isEmpty() && !event.originLocode.isEmpty() && !event.originLocode.startsWith( originCountry ) )
    addError( errors, row.line, Field::OriginCountry, ImportRule::CountryMismatch,
              QStringLiteral( "the origin country %1 differs from the country of the origin port %2" ).arg( originCountry, event.originLocode ) );
  else
    // A UN/LOCODE starts with its country's code: that is the port's country, not an estimate.
    event.originCountryIso2 = shared( originCountry.isEmpty() ? event.originLocode.left( 2 ) : originCountry );

  event.drug = shared( value( row, Field::Drug ) );

  const QString quantityText = value( row, Field::Quantity );
  const QString unitText = value( row, Field::Unit );
  if ( !quantityText.isEmpty() )
  {
    const std::optional<double> quantity = EventValueParser::parseQuantity( quantityText, &problem );
    if ( !quantity )
      addError( errors, row.line, Field::Quantity, ImportRule::QuantityNotNumeric, problem );
    else if ( *quantity < 0 )
      addError( errors, row.line, Field::Quantity, ImportRule::QuantityNegative, QStringLiteral( "the quantity %1 is below zero" ).arg( quantityText ) );
    if ( unitText.isEmpty() )
      addError( errors, row.line, Field::Unit, ImportRule::RequiredField, QStringLiteral( "the unit is empty; expected kg or t for the quantity %1" ).arg( quantityText ) );
    else if ( const std::optional<double> factor = EventValueParser::tonnesPerUnit( unitText, &problem ) )
    {
      if ( quantity )
        event.tonnes = *quantity * *factor;
    }
    else
      addError( errors, row.line, Field::Unit, ImportRule::UnitUnknown, problem );
  }
  else if ( !unitText.isEmpty() && !EventValueParser::tonnesPerUnit( unitText, &problem ) )
  {
    addError( errors, row.line, Field::Unit, ImportRule::UnitUnknown, problem );
  }

  if ( errors.size() != errorCount )
    return std::nullopt;
  return event;
}
