/***************************************************************************
  eventvalueparser.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventvalueparser.h"

#include "textnormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <limits>

namespace
{
  const QString DATE_FORMS = QStringLiteral( "expected 2021-03-12, 12/03/2021, 12 March 2021, March 2021 or 2021" );

  //! Month names (lower case, without accents) → month number.
  const QHash<QString, int> &monthNames()
  {
    static const QHash<QString, int> names = [] {
      const char *const perMonth[12] = {
          "january jan janv janvier enero ene januar janner jann januari janeiro gennaio gen",
          "february feb febr fev fevr fevrier febrero februar februari fevereiro febbraio",
          "march mar mars marzo marz mrz maart mrt marco",
          "april apr avr avril abril abr aprile",
          "may mai mayo mei maio maggio mag",
          "june jun juin junio juni junho giugno giu",
          "july jul juil juillet julio juli julho luglio lug",
          "august aug aout agosto ago augustus",
          "september sep sept septembre septiembre setembro settembre set",
          "october oct octobre octubre oktober okt outubro out ottobre ott",
          "november nov novembre noviembre novembro",
          "december dec decembre diciembre dic dezember dez dezembro dicembre",
      };
      QHash<QString, int> result;
      for ( int month = 0; month < 12; ++month )
      {
        for ( const QString &name : QString::fromLatin1( perMonth[month] ).split( QLatin1Char( ' ' ) ) )
          result.insert( name, month + 1 );
      }
      return result;
    }();
    return names;
  }

  std::optional<EventValueParser::DateValue> dayOrFail( int year, int month, int day, const QString &text,
                                                        QString *problem )
  {
    const QDate date( year, month, day );
    if ( !date.isValid() )
    {
      *problem = QStringLiteral( "'%1' is no real day (day %2 of month %3 of %4)" )
                     .arg( text )
                     .arg( day )
                     .arg( month )
                     .arg( year );
      return std::nullopt;
    }
    return EventValueParser::DateValue{ date, year };
  }

  int monthNumber( const QString &word )
  {
    return monthNames().value( TextNormalizer::foldForMatching( word ).remove( QLatin1Char( '.' ) ), 0 );
  }
} // namespace

namespace
{
  //! Reads the digits \a text[from, from + count) as a number; -1 when one is no digit.
  int digits( const QString &text, int from, int count )
  {
    int number = 0;
    for ( int i = from; i < from + count; ++i )
    {
      const ushort c = text.at( i ).unicode();
      if ( c < '0' || c > '9' )
        return -1;
      number = number * 10 + ( c - '0' );
    }
    return number;
  }
} // namespace

namespace
{
  using Doubt = EventValueParser::Doubt;

  //! Reads day \a first and \a second (day and month in some order) of \a year in \a order.
  std::optional<EventValueParser::DateValue> numericDate( int first, int second, int year, char separator,
                                                          ImportOptions::DateOrder order, const QString &text,
                                                          QString *problem, Doubt *doubt )
  {
    const bool dayFirstValid = QDate::isValid( year, second, first );
    const bool monthFirstValid = QDate::isValid( year, first, second );
    // Dotted dates (12.03.2021) are written day first wherever dots are used.
    if ( separator == '.' )
      order = ImportOptions::DateOrder::DayFirst;
    if ( order == ImportOptions::DateOrder::Detect )
    {
      if ( dayFirstValid && monthFirstValid && first != second )
      {
        *doubt = Doubt::Ambiguous;
        *problem = QStringLiteral( "'%1' could be %2 (day first) or %3 (month first)" )
                       .arg( text, QDate( year, second, first ).toString( Qt::ISODate ),
                             QDate( year, first, second ).toString( Qt::ISODate ) );
        return std::nullopt;
      }
      order = dayFirstValid ? ImportOptions::DateOrder::DayFirst : ImportOptions::DateOrder::MonthFirst;
    }
    const bool dayFirst = order == ImportOptions::DateOrder::DayFirst;
    const QDate date = dayFirst ? QDate( year, second, first ) : QDate( year, first, second );
    if ( date.isValid() )
      return EventValueParser::DateValue{ date, year };
    if ( dayFirst ? monthFirstValid : dayFirstValid )
    {
      *doubt = Doubt::Conflict;
      *problem =
          QStringLiteral( "'%1' is no date %2, the order of this file; %3 it would be %4" )
              .arg(
                  text, dayFirst ? QStringLiteral( "day first" ) : QStringLiteral( "month first" ),
                  dayFirst ? QStringLiteral( "month first" ) : QStringLiteral( "day first" ),
                  ( dayFirst ? QDate( year, first, second ) : QDate( year, second, first ) ).toString( Qt::ISODate ) );
      return std::nullopt;
    }
    *problem = QStringLiteral( "'%1' is no real day in either order of day and month" ).arg( text );
    return std::nullopt;
  }

  const QRegularExpression &numericDatePattern()
  {
    static const QRegularExpression pattern( QStringLiteral( "^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$" ) );
    return pattern;
  }
} // namespace

std::optional<EventValueParser::DateValue> EventValueParser::parseDate( const QString &text, QString *problem )
{
  return parseDate( text, ImportOptions::DateOrder::DayFirst, problem );
}

ImportOptions::DateOrder EventValueParser::dateOrderEvidence( const QString &text )
{
  // Most dates are ISO (2021-03-12) or carry a month name: only d/m/yyyy forms are looked at.
  const auto isSeparator = []( QChar c ) { return c == QLatin1Char( '/' ) || c == QLatin1Char( '-' ); };
  if ( text.size() < 3 || !( isSeparator( text.at( 1 ) ) || isSeparator( text.at( 2 ) ) ) )
    return ImportOptions::DateOrder::Detect;
  const QRegularExpressionMatch match = numericDatePattern().match( text.trimmed() );
  if ( !match.hasMatch() || match.captured( 2 ) == QLatin1String( "." ) )
    return ImportOptions::DateOrder::Detect;
  const int first = match.captured( 1 ).toInt();
  const int second = match.captured( 3 ).toInt();
  if ( first > 12 && second <= 12 )
    return ImportOptions::DateOrder::DayFirst;
  if ( second > 12 && first <= 12 )
    return ImportOptions::DateOrder::MonthFirst;
  return ImportOptions::DateOrder::Detect;
}

std::optional<EventValueParser::DateValue>
EventValueParser::parseDate( const QString &text, ImportOptions::DateOrder order, QString *problem, Doubt *doubt )
{
  Doubt ignored = Doubt::None;
  if ( !doubt )
    doubt = &ignored;
  *doubt = Doubt::None;
  // Most dates are plain ISO (YYYY-MM-DD): read them without the regular expressions below.
  if ( text.size() == 10 && text.at( 4 ) == QLatin1Char( '-' ) && text.at( 7 ) == QLatin1Char( '-' ) )
  {
    const int year = digits( text, 0, 4 );
    const int month = digits( text, 5, 2 );
    const int day = digits( text, 8, 2 );
    if ( year >= 0 && month >= 0 && day >= 0 )
      return dayOrFail( year, month, day, text, problem );
  }
  const QString value = text.trimmed();
  static const QRegularExpression yearOnly( QStringLiteral( "^(\\d{4})$" ) );
  static const QRegularExpression iso(
      QStringLiteral( "^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$" ) );
  static const QRegularExpression dayNameYear(
      QStringLiteral( "^(\\d{1,2})\\.?[\\s\\-]+(?:de\\s+)?(\\p{L}+\\.?)[\\s\\-]+(?:de\\s+)?(\\d{4})$" ) );
  static const QRegularExpression nameDayYear( QStringLiteral( "^(\\p{L}+\\.?)\\s+(\\d{1,2}),?\\s+(\\d{4})$" ) );
  static const QRegularExpression nameYear( QStringLiteral( "^(\\p{L}+\\.?)[\\s\\-]+(?:de\\s+)?(\\d{4})$" ) );

  QRegularExpressionMatch match;
  if ( ( match = yearOnly.match( value ) ).hasMatch() )
    return DateValue{ QDate(), match.captured( 1 ).toInt() };
  if ( ( match = iso.match( value ) ).hasMatch() )
    return dayOrFail( match.captured( 1 ).toInt(), match.captured( 3 ).toInt(), match.captured( 4 ).toInt(), value,
                      problem );
  if ( ( match = numericDatePattern().match( value ) ).hasMatch() )
    return numericDate( match.captured( 1 ).toInt(), match.captured( 3 ).toInt(), match.captured( 4 ).toInt(),
                        match.captured( 2 ).at( 0 ).toLatin1(), order, value, problem, doubt );

  int day = 0;
  int month = 0;
  int year = 0;
  QString monthWord;
  if ( ( match = dayNameYear.match( value ) ).hasMatch() )
  {
    day = match.captured( 1 ).toInt();
    monthWord = match.captured( 2 );
    year = match.captured( 3 ).toInt();
  }
  else if ( ( match = nameDayYear.match( value ) ).hasMatch() )
  {
    monthWord = match.captured( 1 );
    day = match.captured( 2 ).toInt();
    year = match.captured( 3 ).toInt();
  }
  else if ( ( match = nameYear.match( value ) ).hasMatch() )
  {
    monthWord = match.captured( 1 );
    year = match.captured( 2 ).toInt();
  }
  else
  {
    *problem = QStringLiteral( "'%1' is not a date; %2" ).arg( value, DATE_FORMS );
    return std::nullopt;
  }
  month = monthNumber( monthWord );
  if ( month == 0 )
  {
    *problem = QStringLiteral( "'%1' is not a month name; %2" ).arg( monthWord, DATE_FORMS );
    return std::nullopt;
  }
  if ( day == 0 )
    return DateValue{ QDate(), year };
  return dayOrFail( year, month, day, value, problem );
}

namespace
{
  bool isGroupSpace( QChar c )
  {
    return c == QLatin1Char( ' ' ) || c == QChar( 0x00A0 ) || c == QChar( 0x202F ) || c == QLatin1Char( '\'' );
  }

  /**
   * Reads the unsigned \a value with the decimal mark \a decimal and thousands grouped by
   * \a group or a space, in threes; no value when it does not read so.
   */
  std::optional<double> readWithMark( const QString &value, QChar decimal, QChar group )
  {
    const int decimalAt = value.indexOf( decimal );
    if ( decimalAt >= 0 && value.indexOf( decimal, decimalAt + 1 ) >= 0 )
      return std::nullopt;
    const QString integer = decimalAt < 0 ? value : value.left( decimalAt );
    const QString fraction = decimalAt < 0 ? QString() : value.mid( decimalAt + 1 );
    QString plain;
    plain.reserve( value.size() );
    int groupDigits = 0;
    bool grouped = false;
    QChar groupUsed;
    for ( const QChar c : integer )
    {
      if ( c.isDigit() && c.unicode() < 128 )
      {
        plain += c;
        ++groupDigits;
        continue;
      }
      if ( c != group && !isGroupSpace( c ) )
        return std::nullopt;
      // Groups: 1 to 3 digits (not starting with 0), then threes, one separator throughout.
      if ( ( !grouped && ( groupDigits < 1 || groupDigits > 3 || plain.startsWith( QLatin1Char( '0' ) ) ) ) ||
           ( grouped && groupDigits != 3 ) || ( grouped && c != groupUsed ) )
        return std::nullopt;
      grouped = true;
      groupUsed = c;
      groupDigits = 0;
    }
    if ( plain.isEmpty() || ( grouped && groupDigits != 3 ) )
      return std::nullopt;
    if ( decimalAt >= 0 )
    {
      if ( fraction.isEmpty() )
        return std::nullopt;
      for ( const QChar c : fraction )
      {
        if ( !c.isDigit() || c.unicode() >= 128 )
          return std::nullopt;
      }
      plain += QLatin1Char( '.' ) + fraction;
    }
    bool ok = false;
    const double number = plain.toDouble( &ok );
    // Only digits and one point are left: a failure is an overflow (a 309-digit number).
    return ok ? number : std::numeric_limits<double>::infinity();
  }

  QString numberText( double value )
  {
    return QString::number( value, 'g', 15 );
  }
} // namespace

ImportOptions::DecimalMark EventValueParser::decimalMarkEvidence( const QString &text )
{
  if ( !text.contains( QLatin1Char( ',' ) ) && !text.contains( QLatin1Char( '.' ) ) )
    return ImportOptions::DecimalMark::Detect;
  QString value = text.trimmed();
  if ( value.startsWith( QLatin1Char( '-' ) ) )
    value.remove( 0, 1 );
  const bool comma = readWithMark( value, QLatin1Char( ',' ), QLatin1Char( '.' ) ).has_value();
  const bool point = readWithMark( value, QLatin1Char( '.' ), QLatin1Char( ',' ) ).has_value();
  if ( comma == point )
    return ImportOptions::DecimalMark::Detect;
  return comma ? ImportOptions::DecimalMark::Comma : ImportOptions::DecimalMark::Point;
}

std::optional<double> EventValueParser::parseQuantity( const QString &text, QString *problem )
{
  return parseQuantity( text, ImportOptions::DecimalMark::Detect, problem );
}

std::optional<double> EventValueParser::parseQuantity( const QString &text, ImportOptions::DecimalMark mark,
                                                       QString *problem, Doubt *doubt )
{
  Doubt ignored = Doubt::None;
  if ( !doubt )
    doubt = &ignored;
  *doubt = Doubt::None;
  // Plain integers are most quantities: read them without the checks below.
  if ( !text.isEmpty() && text.size() <= 9 && digits( text, 0, text.size() ) >= 0 )
    return static_cast<double>( digits( text, 0, text.size() ) );
  const QString value = text.trimmed();
  const bool negative = value.startsWith( QLatin1Char( '-' ) );
  const QString magnitude = negative ? value.mid( 1 ) : value;
  const std::optional<double> comma = readWithMark( magnitude, QLatin1Char( ',' ), QLatin1Char( '.' ) );
  const std::optional<double> point = readWithMark( magnitude, QLatin1Char( '.' ), QLatin1Char( ',' ) );
  const double sign = negative ? -1.0 : 1.0;
  if ( !comma && !point )
  {
    *problem = QStringLiteral( "'%1' is not a number; expected a decimal number such as 1500, 1.5, 1,5, 1.500,5 or "
                               "1,500.5 (the unit goes in the unit column)" )
                   .arg( value );
    return std::nullopt;
  }
  if ( mark == ImportOptions::DecimalMark::Detect )
  {
    if ( comma && point && *comma != *point )
    {
      *doubt = Doubt::Ambiguous;
      *problem = QStringLiteral( "'%1' could be %2 (decimal point) or %3 (decimal comma)" )
                     .arg( value, numberText( sign * *point ), numberText( sign * *comma ) );
      return std::nullopt;
    }
    return sign * ( comma ? *comma : *point );
  }
  const bool wantComma = mark == ImportOptions::DecimalMark::Comma;
  const std::optional<double> wanted = wantComma ? comma : point;
  if ( wanted )
    return sign * *wanted;
  *doubt = Doubt::Conflict;
  *problem =
      QStringLiteral( "'%1' does not read with a decimal %2, the mark of this file; with a decimal %3 it would be %4" )
          .arg( value, wantComma ? QStringLiteral( "comma" ) : QStringLiteral( "point" ),
                wantComma ? QStringLiteral( "point" ) : QStringLiteral( "comma" ),
                numberText( sign * ( wantComma ? *point : *comma ) ) );
  return std::nullopt;
}

std::optional<double> EventValueParser::tonnesPerUnit( const QString &unit, QString *problem )
{
  static const QHash<QString, double> units = [] {
    QHash<QString, double> result;
    const QPair<const char *, double> perUnit[] = {
        { "g gr grs gram grams gramm gramme grammes gramo gramos grammo grammi grama gramas", 1e-6 },
        { "kg kgs kilo kilos kilogram kilograms kilogramm kilogramme kilogrammes kilogramo kilogramos chilo chili "
          "chilogrammo chilogrammi "
          "quilo quilos quilograma quilogramas",
          0.001 },
        { "t ton tons tonne tonnes tonnen tonelada toneladas tonnellata tonnellate tn", 1.0 },
    };
    for ( const auto &[names, tonnes] : perUnit )
    {
      for ( const QString &name : QString::fromLatin1( names ).split( QLatin1Char( ' ' ) ) )
        result.insert( name, tonnes );
    }
    return result;
  }();
  const auto known = units.constFind( TextNormalizer::foldForMatching( unit ) );
  if ( known != units.constEnd() )
    return known.value();
  *problem = QStringLiteral(
                 "unit '%1' is not known; expected g, kg or t (or kilo, Kilogramm, kilogramos, tonnes, Tonnen, ...)" )
                 .arg( unit.trimmed() );
  return std::nullopt;
}
