/***************************************************************************
  eventvalueparser.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "eventvalueparser.h"

#include "textnormalizer.h"

#include <QHash>
#include <QRegularExpression>

namespace
{
  const QString DATE_FORMS = QStringLiteral( "expected 2021-03-12, 12/03/2021, 12 March 2021, March 2021 or 2021" );

  //! Month names (lower case, without accents) → month number.
  const QHash<QString, int> &monthNames()
  {
    static const QHash<QString, int> names = [] {
      const char *const perMonth[12] = {
          "january jan janvier enero januar januari janeiro gennaio",
          "february feb fevrier febrero februar februari fevereiro febbraio",
          "march mar mars marzo marz maart marco",
          "april apr avril abril",
          "may mai mayo mei maio maggio",
          "june jun juin junio juni junho giugno",
          "july jul juillet julio juli julho luglio",
          "august aug aout agosto augustus",
          "september sep sept septembre septiembre setembro settembre",
          "october oct octobre octubre oktober outubro ottobre",
          "november nov novembre noviembre novembro",
          "december dec decembre diciembre dezember dezembro dicembre",
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

  std::optional<EventValueParser::DateValue> dayOrFail( int year, int month, int day, const QString &text, QString *problem )
  {
    const QDate date( year, month, day );
    if ( !date.isValid() )
    {
      *problem = QStringLiteral( "'%1' is no real day (day %2 of month %3 of %4)" ).arg( text ).arg( day ).arg( month ).arg( year );
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

std::optional<EventValueParser::DateValue> EventValueParser::parseDate( const QString &text, QString *problem )
{
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
  static const QRegularExpression iso( QStringLiteral( "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$" ) );
  static const QRegularExpression dayMonthYear( QStringLiteral( "^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$" ) );
  static const QRegularExpression dayNameYear( QStringLiteral( "^(\\d{1,2})\\.?[\\s\\-]+(?:de\\s+)?(\\p{L}+\\.?)[\\s\\-]+(?:de\\s+)?(\\d{4})$" ) );
  static const QRegularExpression nameDayYear( QStringLiteral( "^(\\p{L}+\\.?)\\s+(\\d{1,2}),?\\s+(\\d{4})$" ) );
  static const QRegularExpression nameYear( QStringLiteral( "^(\\p{L}+\\.?)[\\s\\-]+(\\d{4})$" ) );

  QRegularExpressionMatch match;
  if ( ( match = yearOnly.match( value ) ).hasMatch() )
    return DateValue{ QDate(), match.captured( 1 ).toInt() };
  if ( ( match = iso.match( value ) ).hasMatch() )
    return dayOrFail( match.captured( 1 ).toInt(), match.captured( 2 ).toInt(), match.captured( 3 ).toInt(), value, problem );
  if ( ( match = dayMonthYear.match( value ) ).hasMatch() )
    return dayOrFail( match.captured( 4 ).toInt(), match.captured( 3 ).toInt(), match.captured( 1 ).toInt(), value, problem );

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

std::optional<double> EventValueParser::parseQuantity( const QString &text, QString *problem )
{
  // Plain integers are most quantities: read them without the regular expressions below.
  if ( !text.isEmpty() && text.size() <= 9 && digits( text, 0, text.size() ) >= 0 )
    return static_cast<double>( digits( text, 0, text.size() ) );
  const QString value = text.trimmed();
  static const QRegularExpression plain( QStringLiteral( "^-?\\d+(?:[.,]\\d+)?$" ) );
  static const QRegularExpression grouped( QStringLiteral( "^-?\\d{1,3}(?:[.,' \\x{00A0}]\\d{3})+(?:[.,]\\d+)?$" ) );
  if ( !plain.match( value ).hasMatch() )
  {
    if ( grouped.match( value ).hasMatch() )
      *problem = QStringLiteral( "'%1' has thousands separators; write the number without them, e.g. 1234.5 or 1234,5" ).arg( value );
    else
      *problem = QStringLiteral( "'%1' is not a number; expected a plain decimal number such as 1500, 1.5 or 1,5 (the unit goes in the unit column)" ).arg( value );
    return std::nullopt;
  }
  QString normalized = value;
  normalized.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) );
  return normalized.toDouble();
}

std::optional<double> EventValueParser::tonnesPerUnit( const QString &unit, QString *problem )
{
  const QString value = unit.trimmed().toLower();
  static const QStringList kilograms = { QStringLiteral( "kg" ), QStringLiteral( "kgs" ), QStringLiteral( "kilogram" ), QStringLiteral( "kilograms" ) };
  static const QStringList tonnes = { QStringLiteral( "t" ), QStringLiteral( "ton" ), QStringLiteral( "tons" ), QStringLiteral( "tonne" ), QStringLiteral( "tonnes" ) };
  if ( kilograms.contains( value ) )
    return 0.001;
  if ( tonnes.contains( value ) )
    return 1.0;
  *problem = QStringLiteral( "unit '%1' is not known; expected kg or t" ).arg( unit.trimmed() );
  return std::nullopt;
}
