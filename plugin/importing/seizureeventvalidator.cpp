/***************************************************************************
  seizureeventvalidator.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "seizureeventvalidator.h"

#include "drugvocabulary.h"
#include "eventvalueparser.h"
#include "importrule.h"

#include <QRegularExpression>

#include <cmath>

SeizureEventValidator::SeizureEventValidator( const PortGazetteer &ports, const QVector<int> &columnOfField,
                                              const QStringList &header, const QString &fileName,
                                              const ImportOptions &options, const QDate &today )
    : mPorts( ports ), mColumnOfField( columnOfField ), mHeader( header ), mFileName( fileName ), mToday( today ),
      mConventions( options ), mAllowLarge( options.allowLarge )
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

void SeizureEventValidator::addError( SourceErrors &errors, int line, EventColumnMapping::Field field,
                                      const char *ruleId, const QString &message ) const
{
  errors << SourceError( mFileName, line, column( field ), QString::fromLatin1( ruleId ), message );
}

const PortGazetteer::Port *SeizureEventValidator::matchPort( const EventSource::Row &row,
                                                             EventColumnMapping::Field field, SourceErrors &errors )
{
  const QString text = value( row, field );
  auto cached = mPortMatches.constFind( text );
  if ( cached == mPortMatches.constEnd() )
  {
    cached = mPortMatches.insert( text, mPorts.find( text ) );
    const PortGazetteer::Match &found = cached.value();
    if ( found.port && found.kind != QLatin1String( "UN/LOCODE" ) && found.kind != QLatin1String( "name" ) )
      mOtherNameMatches
          << QStringLiteral( "'%1' → %2 (%3), %4" ).arg( text, found.port->name, found.port->locode, found.kind );
  }
  const PortGazetteer::Match &match = cached.value();
  if ( match.port )
    return match.port;
  if ( !match.ambiguousLocodes.isEmpty() )
  {
    addError( errors, row.line, field, ImportRule::PortAmbiguous,
              QStringLiteral( "'%1' names several ports (%2); write the UN/LOCODE instead" )
                  .arg( text, match.ambiguousLocodes.join( QLatin1String( ", " ) ) ) );
    return nullptr;
  }
  UnmatchedPort &unmatched = mUnmatchedPorts[text];
  if ( unmatched.count++ == 0 )
  {
    unmatched.firstLine = row.line;
    unmatched.column = column( field );
    unmatched.suggestions = mPorts.suggestions( text );
  }
  const QString hint =
      unmatched.suggestions.isEmpty()
          ? QStringLiteral( "no port of the atlas has a similar name or UN/LOCODE" )
          : QStringLiteral( "did you mean %1?" ).arg( unmatched.suggestions.join( QLatin1String( ", " ) ) );
  addError( errors, row.line, field, ImportRule::PortUnknown,
            QStringLiteral( "'%1' is no port of the atlas (UN/LOCODE or name); %2" ).arg( text, hint ) );
  return nullptr;
}

std::optional<SeizureEvent> SeizureEventValidator::validate( const EventSource::Row &row, SourceErrors &errors )
{
  using Field = EventColumnMapping::Field;
  const int errorCount = errors.size();
  SeizureEvent event;
  event.sourceLine = row.line;
  checkDate( row, event, errors );

  event.portNameRaw = shared( value( row, Field::Port ) );
  if ( event.portNameRaw.isEmpty() )
    addError( errors, row.line, Field::Port, ImportRule::RequiredField,
              QStringLiteral( "the port is empty; give its UN/LOCODE or name" ) );
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
              QStringLiteral( "'%1' is not a two-letter ISO 3166-1 country code such as CO or EC" )
                  .arg( value( row, Field::OriginCountry ) ) );
  else if ( !originCountry.isEmpty() && !event.originLocode.isEmpty() &&
            !event.originLocode.startsWith( originCountry ) )
    addError( errors, row.line, Field::OriginCountry, ImportRule::CountryMismatch,
              QStringLiteral( "the origin country %1 differs from the country of the origin port %2" )
                  .arg( originCountry, event.originLocode ) );
  else
    // A UN/LOCODE starts with its country's code: that is the port's country, not an estimate.
    event.originCountryIso2 = shared( originCountry.isEmpty() ? event.originLocode.left( 2 ) : originCountry );

  checkDrug( row, event, errors );
  checkQuantity( row, event, errors );

  if ( errors.size() != errorCount )
    return std::nullopt;
  return event;
}

void SeizureEventValidator::checkDate( const EventSource::Row &row, SeizureEvent &event, SourceErrors &errors )
{
  using Field = EventColumnMapping::Field;
  const QString dateText = value( row, Field::Date );
  if ( dateText.isEmpty() )
  {
    addError( errors, row.line, Field::Date, ImportRule::RequiredField,
              QStringLiteral( "the date is empty; give at least the year" ) );
    return;
  }
  mConventions.observeDate( dateText, row.line );
  QString problem;
  EventValueParser::Doubt doubt = EventValueParser::Doubt::None;
  std::optional<EventValueParser::DateValue> date =
      EventValueParser::parseDate( dateText, mConventions.dateOrder(), &problem, &doubt );
  if ( doubt == EventValueParser::Doubt::Ambiguous &&
       mConventions.dateOrder( true ) != ImportOptions::DateOrder::Detect )
    date = EventValueParser::parseDate( dateText, mConventions.dateOrder(), &problem, &doubt );
  if ( !date )
  {
    if ( doubt == EventValueParser::Doubt::Ambiguous )
      addError( errors, row.line, Field::Date, ImportRule::DateAmbiguous,
                QStringLiteral( "%1, and no numeric date of the file has a day above 12 to tell; give --date-order dmy "
                                "or --date-order mdy" )
                    .arg( problem ) );
    else if ( doubt == EventValueParser::Doubt::Conflict )
      addError( errors, row.line, Field::Date, ImportRule::DateFormat,
                QStringLiteral( "%1 (order from %2); correct the value or give --date-order" )
                    .arg( problem, mConventions.dateOrderReason() ) );
    else
      addError( errors, row.line, Field::Date, ImportRule::DateFormat, problem );
    return;
  }
  const bool future = date->date.isValid() ? date->date > mToday : date->year > mToday.year();
  if ( date->year < FIRST_YEAR || future )
    addError( errors, row.line, Field::Date, ImportRule::DateOutOfRange,
              QStringLiteral( "'%1' lies outside %2 to today (%3)" )
                  .arg( dateText )
                  .arg( FIRST_YEAR )
                  .arg( mToday.toString( Qt::ISODate ) ) );
  event.date = date->date;
  event.year = date->year;
}

void SeizureEventValidator::checkDrug( const EventSource::Row &row, SeizureEvent &event, SourceErrors &errors )
{
  const QString drugText = value( row, EventColumnMapping::Drug );
  if ( drugText.isEmpty() )
    return;
  auto known = mDrugs.constFind( drugText );
  if ( known == mDrugs.constEnd() )
  {
    QString problem;
    known = mDrugs.insert( drugText, DrugVocabulary::storedName( drugText, &problem ).value_or( QString() ) );
  }
  if ( !known.value().isEmpty() )
  {
    event.drug = shared( known.value() );
    return;
  }
  QString problem;
  DrugVocabulary::storedName( drugText, &problem );
  addError( errors, row.line, EventColumnMapping::Drug, ImportRule::DrugUnknown, problem );
}

void SeizureEventValidator::checkQuantity( const EventSource::Row &row, SeizureEvent &event, SourceErrors &errors )
{
  using Field = EventColumnMapping::Field;
  QString problem;
  const QString quantityText = value( row, Field::Quantity );
  const QString unitText = value( row, Field::Unit );
  if ( quantityText.isEmpty() )
  {
    if ( !unitText.isEmpty() && !EventValueParser::tonnesPerUnit( unitText, &problem ) )
      addError( errors, row.line, Field::Unit, ImportRule::UnitUnknown, problem );
    return;
  }
  mConventions.observeQuantity( quantityText, row.line );
  EventValueParser::Doubt doubt = EventValueParser::Doubt::None;
  std::optional<double> quantity =
      EventValueParser::parseQuantity( quantityText, mConventions.decimalMark(), &problem, &doubt );
  if ( doubt == EventValueParser::Doubt::Ambiguous &&
       mConventions.decimalMark( true ) != ImportOptions::DecimalMark::Detect )
    quantity = EventValueParser::parseQuantity( quantityText, mConventions.decimalMark(), &problem, &doubt );
  if ( !quantity )
  {
    if ( doubt == EventValueParser::Doubt::Ambiguous )
      addError( errors, row.line, Field::Quantity, ImportRule::QuantityAmbiguous,
                QStringLiteral( "%1, and no quantity of the file shows its decimal mark (such as 0,8 or 2.350,5; 1.25 "
                                "or 1,234.5); give --decimal comma or "
                                "--decimal point" )
                    .arg( problem ) );
    else if ( doubt == EventValueParser::Doubt::Conflict )
      addError( errors, row.line, Field::Quantity, ImportRule::DecimalMarkConflict,
                QStringLiteral( "%1 (mark from %2); correct the value or give --decimal" )
                    .arg( problem, mConventions.decimalMarkReason() ) );
    else
      addError( errors, row.line, Field::Quantity, ImportRule::QuantityNotNumeric, problem );
  }
  else if ( *quantity < 0 )
    addError( errors, row.line, Field::Quantity, ImportRule::QuantityNegative,
              QStringLiteral( "the quantity %1 is below zero" ).arg( quantityText ) );
  if ( unitText.isEmpty() )
  {
    addError( errors, row.line, Field::Unit, ImportRule::RequiredField,
              QStringLiteral( "the unit is empty; expected g, kg or t for the quantity %1" ).arg( quantityText ) );
    return;
  }
  const std::optional<double> factor = EventValueParser::tonnesPerUnit( unitText, &problem );
  if ( !factor )
  {
    addError( errors, row.line, Field::Unit, ImportRule::UnitUnknown, problem );
    return;
  }
  if ( !quantity || *quantity < 0 )
    return;
  const double tonnes = *quantity * *factor;
  if ( !std::isfinite( tonnes ) || tonnes > ImportOptions::MAX_TONNES )
    addError(
        errors, row.line, Field::Quantity, ImportRule::QuantityImplausible,
        QStringLiteral( "'%1' %2 is more than %3 t, beyond any single seizure on record (a misread number?); not "
                        "accepted, even with --allow-large" )
            .arg( quantityText.left( 40 ) + ( quantityText.size() > 40 ? QStringLiteral( "…" ) : QString() ), unitText )
            .arg( ImportOptions::MAX_TONNES ) );
  else if ( tonnes > ImportOptions::LARGE_TONNES && !mAllowLarge )
    addError( errors, row.line, Field::Quantity, ImportRule::QuantityImplausible,
              QStringLiteral( "'%1' %2 is %3 t, more than the %4 t of the largest plausible single seizure (a decimal "
                              "mark misread, or the wrong unit?); "
                              "give --allow-large if it is right" )
                  .arg( quantityText, unitText )
                  .arg( tonnes, 0, 'f', 3 )
                  .arg( ImportOptions::LARGE_TONNES ) );
  else
    event.tonnes = tonnes;
}
