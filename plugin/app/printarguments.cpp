/***************************************************************************
  printarguments.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printarguments.h"

#include <QRegularExpression>

#include <algorithm>

namespace
{
  constexpr int FIRST_YEAR = 1900;
  constexpr int LAST_YEAR = 2100;

  bool parseYears( const QString &text, int *from, int *to, QString *error )
  {
    static const QRegularExpression pattern( QStringLiteral( "^\\s*(\\d{4})\\s*(?:[-–]\\s*(\\d{4})\\s*)?$" ) );
    const QRegularExpressionMatch match = pattern.match( text );
    if ( !match.hasMatch() )
    {
      *error = QStringLiteral( "--years %1: give a year (2023) or a range (2019-2023)" ).arg( text );
      return false;
    }
    *from = match.captured( 1 ).toInt();
    *to = match.captured( 2 ).isEmpty() ? *from : match.captured( 2 ).toInt();
    if ( *from < FIRST_YEAR || *to > LAST_YEAR )
    {
      *error = QStringLiteral( "--years %1: years must lie between %2 and %3" )
                   .arg( text )
                   .arg( FIRST_YEAR )
                   .arg( LAST_YEAR );
      return false;
    }
    if ( *from > *to )
    {
      *error = QStringLiteral( "--years %1: the first year is after the last" ).arg( text );
      return false;
    }
    return true;
  }

  //! Reads "--compare 2022,2023": two different years, the earlier first or not.
  bool parseCompare( const QString &text, int *before, int *after, QString *error )
  {
    static const QRegularExpression pair( QStringLiteral( "^\\s*(\\d{4})\\s*,\\s*(\\d{4})\\s*$" ) );
    const QRegularExpressionMatch match = pair.match( text );
    if ( !match.hasMatch() )
    {
      *error = QStringLiteral( "--compare %1: give two years, the earlier first (2022,2023)" ).arg( text );
      return false;
    }
    *before = match.captured( 1 ).toInt();
    *after = match.captured( 2 ).toInt();
    if ( *before == *after )
    {
      *error = QStringLiteral( "--compare %1: the same year twice; give two different years (2022,2023)" ).arg( text );
      return false;
    }
    if ( std::min( *before, *after ) < FIRST_YEAR || std::max( *before, *after ) > LAST_YEAR )
    {
      *error = QStringLiteral( "--compare %1: years must lie between %2 and %3" )
                   .arg( text )
                   .arg( FIRST_YEAR )
                   .arg( LAST_YEAR );
      return false;
    }
    return true;
  }

  bool parseCountries( const QString &option, const QString &text, QStringList *codes, QString *error )
  {
    static const QRegularExpression code( QStringLiteral( "^[A-Za-z]{2}$" ) );
    for ( const QString &part : text.split( QLatin1Char( ',' ) ) )
    {
      const QString trimmed = part.trimmed();
      if ( !code.match( trimmed ).hasMatch() )
      {
        *error = QStringLiteral( "%1 %2: '%3' is not a two-letter country code (ISO 3166-1 alpha-2, e.g. BE,NL)" )
                     .arg( option, text, trimmed );
        return false;
      }
      if ( !codes->contains( trimmed.toUpper() ) )
        codes->append( trimmed.toUpper() );
    }
    return true;
  }
} // namespace

bool PrintArguments::parse( const QStringList &arguments, PrintArguments *result, QString *error )
{
  *result = PrintArguments();
  for ( int i = 0; i < arguments.size(); ++i )
  {
    QString option = arguments.at( i );
    QString value;
    bool hasInlineValue = false;
    const int equals = option.indexOf( QLatin1Char( '=' ) );
    if ( option.startsWith( QLatin1String( "--" ) ) && equals > 0 )
    {
      value = option.mid( equals + 1 );
      option = option.left( equals );
      hasInlineValue = true;
    }
    if ( option == QLatin1String( "--help" ) || option == QLatin1String( "-h" ) )
    {
      result->help = true;
      continue;
    }
    if ( option == QLatin1String( "--progress" ) )
    {
      result->progress = true;
      continue;
    }
    static const QStringList withValue{
        QStringLiteral( "--years" ),    QStringLiteral( "--countries" ), QStringLiteral( "--origin-countries" ),
        QStringLiteral( "--template" ), QStringLiteral( "--atlas" ),     QStringLiteral( "--out" ),
        QStringLiteral( "--data" ),     QStringLiteral( "--dpi" ),       QStringLiteral( "--layout-template" ),
        QStringLiteral( "--styles" ),   QStringLiteral( "--compare" ) };
    if ( !withValue.contains( option ) )
    {
      *error = QStringLiteral( "unknown option '%1'" ).arg( option );
      return false;
    }
    if ( !hasInlineValue )
    {
      if ( i + 1 >= arguments.size() )
      {
        *error = QStringLiteral( "%1 needs a value" ).arg( option );
        return false;
      }
      value = arguments.at( ++i );
    }
    bool ok = true;
    if ( option == QLatin1String( "--years" ) )
      ok = parseYears( value, &result->yearFrom, &result->yearTo, error );
    else if ( option == QLatin1String( "--compare" ) )
      ok = parseCompare( value, &result->compareBefore, &result->compareAfter, error );
    else if ( option == QLatin1String( "--countries" ) )
      ok = parseCountries( option, value, &result->countries, error );
    else if ( option == QLatin1String( "--origin-countries" ) )
      ok = parseCountries( option, value, &result->originCountries, error );
    else if ( option == QLatin1String( "--template" ) )
    {
      result->options.paper = PrintOptions::paperFromName( value, &ok );
      if ( !ok )
        *error = QStringLiteral( "--template %1: choose a4 or a3" ).arg( value );
    }
    else if ( option == QLatin1String( "--atlas" ) )
    {
      result->options.atlas = PrintOptions::atlasFromName( value, &ok );
      if ( !ok )
        *error = QStringLiteral( "--atlas %1: choose port, country or none" ).arg( value );
    }
    else if ( option == QLatin1String( "--dpi" ) )
    {
      result->options.dpi = value.toInt( &ok );
      ok = ok && result->options.dpi >= 10 && result->options.dpi <= 2400;
      if ( !ok )
        *error = QStringLiteral( "--dpi %1: give a whole number from 10 to 2400" ).arg( value );
    }
    else if ( value.isEmpty() )
    {
      *error = QStringLiteral( "%1 needs a non-empty value" ).arg( option );
      ok = false;
    }
    else if ( option == QLatin1String( "--out" ) )
      result->out = value;
    else if ( option == QLatin1String( "--data" ) )
      result->data << value;
    else if ( option == QLatin1String( "--layout-template" ) )
      result->layoutTemplate = value;
    else
      result->stylesFolder = value;
    if ( !ok )
      return false;
  }
  if ( result->compareBefore != 0 && ( result->yearFrom != 0 || result->options.atlas != PrintOptions::Atlas::None ) )
  {
    *error = QStringLiteral( "--compare prints one change map of its two years: leave out --years and --atlas" );
    return false;
  }
  if ( !result->help && result->out.isEmpty() )
  {
    *error = QStringLiteral( "--out FILE is required (a .pdf, .png or .svg file)" );
    return false;
  }
  return true;
}

QString PrintArguments::usage()
{
  return QStringLiteral( "Usage: port-seizure-atlas print --out FILE.pdf|png|svg [options]\n"
                         "\n"
                         "Prints the Port Seizure Atlas map without a display.\n"
                         "\n"
                         "  --years Y | Y1-Y2         years shown, a year or a range (default: all years)\n"
                         "  --countries BE,NL         European destination countries, ISO codes (default: all)\n"
                         "  --origin-countries CO,EC  origin and transit countries of the routes (default: all)\n"
                         "  --compare Y1,Y2           a change map: per port the difference of Y2 against Y1, in\n"
                         "                            tonnes and percent (a port with a figure in one year only\n"
                         "                            is marked new or no figure, never counted as 0 t)\n"
                         "  --template a4|a3          paper, landscape (default: a4)\n"
                         "  --atlas port|country      one page per port or per country with figures, as one PDF\n"
                         "  --dpi N                   resolution of PNG output and raster parts (default: 300)\n"
                         "  --data GPKG|PG-CONNECTION data to print (default: the plugin's embedded data): a copy of\n"
                         "                            the plugin's data, or seizure events imported with\n"
                         "                            'port-seizure-atlas import' into a GeoPackage or a PostGIS\n"
                         "                            database ('PG:host=... dbname=... active_schema=...').\n"
                         "                            Repeat it to print the plugin's data and an import together.\n"
                         "  --layout-template FILE    a .qpt layout to use instead of the built-in template\n"
                         "  --styles FOLDER           <table>.qml styles for the plugin layers\n"
                         "  --progress                print 'progress N' lines while exporting\n"
                         "\n"
                         "Exit status: 0 when the file was written, 1 when it could not be, 2 for a bad argument.\n"
                         "Nothing is written unless the whole export succeeds.\n" );
}
