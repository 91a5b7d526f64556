/***************************************************************************
  importcommand.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importcommand.h"

#include "eventcolumnmapping.h"
#include "portgazetteer.h"
#include "seizureeventimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace
{
  //! The atlas GeoPackage installed with the plugin, beside this program: build tree or install.
  QString defaultPortsGeoPackage()
  {
    const QDir binDir( QCoreApplication::applicationDirPath() );
    for ( const QString &candidate : { QStringLiteral( "../plugins" ), QStringLiteral( "../lib/qgis/plugins" ) } )
    {
      const QString path = QDir::cleanPath(
          binDir.filePath( candidate + QStringLiteral( "/port-seizure-atlas/port_seizure_atlas.gpkg" ) ) );
      if ( QFileInfo::exists( path ) )
        return path;
    }
    return QString();
  }
} // namespace

namespace
{
  //! Sets the reading option \a option (--delimiter, --encoding, --decimal, --date-order) to \a text.
  bool setReadingOption( ImportOptions &options, const QString &option, const QString &text, QString *error )
  {
    if ( option == QLatin1String( "--delimiter" ) )
      return options.setDelimiter( text, error );
    if ( option == QLatin1String( "--decimal" ) )
      return options.setDecimalMark( text, error );
    if ( option == QLatin1String( "--date-order" ) )
      return options.setDateOrder( text, error );
    if ( text.trimmed().isEmpty() )
    {
      *error = QStringLiteral( "--encoding needs an encoding name, e.g. windows-1252" );
      return false;
    }
    options.encoding = text.trimmed();
    return true;
  }
} // namespace

ImportArguments parseImportArguments( const QStringList &arguments )
{
  ImportArguments result;
  const QStringList valueOptions = { QStringLiteral( "--in" ), QStringLiteral( "--out" ), QStringLiteral( "--map" ),
                                     QStringLiteral( "--ports" ) };
  const QStringList readingOptions = { QStringLiteral( "--delimiter" ), QStringLiteral( "--encoding" ),
                                       QStringLiteral( "--decimal" ), QStringLiteral( "--date-order" ) };
  QStringList readingOptionsGiven;
  for ( int i = 2; i < arguments.size(); ++i )
  {
    QString option = arguments.at( i );
    QString value;
    bool inlineValue = false;
    const int equals = option.indexOf( QLatin1Char( '=' ) );
    if ( option.startsWith( QLatin1String( "--" ) ) && equals > 0 )
    {
      value = option.mid( equals + 1 );
      option = option.left( equals );
      inlineValue = true;
    }
    if ( option == QLatin1String( "--help" ) || option == QLatin1String( "-h" ) )
    {
      result.help = true;
      continue;
    }
    if ( option == QLatin1String( "--replace" ) || option == QLatin1String( "--check" ) ||
         option == QLatin1String( "--allow-large" ) )
    {
      if ( inlineValue )
      {
        result.error = QStringLiteral( "%1 takes no value" ).arg( option );
        return result;
      }
      ( option == QLatin1String( "--replace" ) ? result.replace
        : option == QLatin1String( "--check" ) ? result.checkOnly
                                               : result.options.allowLarge ) = true;
      continue;
    }
    if ( readingOptions.contains( option ) )
    {
      if ( !inlineValue && i + 1 >= arguments.size() )
      {
        result.error = QStringLiteral( "%1 needs a value" ).arg( option );
        return result;
      }
      const QString text = inlineValue ? value : arguments.at( ++i );
      if ( readingOptionsGiven.contains( option ) )
      {
        result.error = QStringLiteral( "%1 is given twice" ).arg( option );
        return result;
      }
      readingOptionsGiven << option;
      if ( !setReadingOption( result.options, option, text, &result.error ) )
        return result;
      continue;
    }
    if ( !valueOptions.contains( option ) )
    {
      result.error = QStringLiteral( "unknown option '%1'" ).arg( arguments.at( i ) );
      return result;
    }
    if ( !inlineValue )
    {
      if ( i + 1 >= arguments.size() )
      {
        result.error = QStringLiteral( "%1 needs a value" ).arg( option );
        return result;
      }
      value = arguments.at( ++i );
    }
    QString &slot = option == QLatin1String( "--in" )    ? result.input
                    : option == QLatin1String( "--out" ) ? result.target
                    : option == QLatin1String( "--map" ) ? result.mapping
                                                         : result.portsGeoPackage;
    if ( !slot.isNull() )
    {
      result.error = QStringLiteral( "%1 is given twice" ).arg( option );
      return result;
    }
    slot = value;
  }
  if ( result.help )
    return result;
  if ( result.input.isEmpty() )
    result.error = QStringLiteral( "--in FILE is missing" );
  else if ( result.target.isEmpty() && !result.checkOnly )
    result.error = QStringLiteral( "--out TARGET is missing (a GeoPackage path or a PostgreSQL connection string)" );
  else if ( !result.target.isEmpty() && result.checkOnly )
    result.error = QStringLiteral( "--check writes nothing; leave out --out" );
  return result;
}

QString ImportCommand::usage()
{
  return QStringLiteral(
      "Usage: port-seizure-atlas import --in FILE --out TARGET [--map COLUMN=FIELD,...] [--replace] [READING OPTIONS]\n"
      "       port-seizure-atlas import --in FILE --check [--map COLUMN=FIELD,...] [READING OPTIONS]\n"
      "\n"
      "Imports seizure events (one row per seizure) into a GeoPackage or a PostGIS database, all or\n"
      "nothing: when any row is refused, nothing is written and every problem is listed.\n"
      "\n"
      "  --in FILE        CSV, XLSX, ODS, or a GeoPackage table; FILE|layername=NAME picks a\n"
      "                   sheet or table; PG:\"dbname=...\"|layername=NAME reads a PostGIS table\n"
      "  --out TARGET     a GeoPackage path, or a PostgreSQL connection: PG:\"host=... dbname=...\" or\n"
      "                   postgresql://...\n"
      "  --map MAPPING    which source column holds which field, e.g. Datum=date,Hafen=port\n"
      "  --replace        replace an existing GeoPackage, or the tables in the database\n"
      "  --check          only check the input and print the report\n"
      "  --ports GPKG     the atlas GeoPackage whose ports are matched (default: the plugin's)\n"
      "\n"
      "Reading options (each is detected from the file when not given; the report says what was used):\n"
      "  --delimiter SEP  the CSV separator: , ; | or tab (detected from the header and first rows)\n"
      "  --encoding NAME  the CSV encoding, any name iconv knows (UTF-8 with or without BOM and UTF-16\n"
      "                   with BOM are recognised; a file that is not UTF-8 is read as windows-1252)\n"
      "  --decimal comma|point   the decimal mark, when no quantity of the file shows it (1.500 alone)\n"
      "  --date-order dmy|mdy    the order of day and month, when no date has a day above 12\n"
      "  --allow-large    accept single seizures above 100 t (never above 10,000 t)\n"
      "\n"
      "Fields: date, port, origin_port, origin_country, drug, quantity, unit (date, port, quantity and\n"
      "unit needed); headers in English, German, Dutch, French, Spanish, Italian or Portuguese are\n"
      "recognised (Datum, Hafen, Menge, ...). Ports: UN/LOCODE, name, UN/LOCODE's local name or a common\n"
      "exonym (Antwerpen, Anvers). Dates: 2021-03-12, 2021/03/12, 12.03.2021, 12/03/2021, 12 March 2021,\n"
      "12 de marzo de 2021, Mai 2022, 2021. Quantities: 1500, 1.5, 1,5, 1.500,5, 1,500.5; units g, kg or t\n"
      "in the seven languages (stored as tonnes). Drugs: cocaine, cannabis resin, herbal cannabis, heroin,\n"
      "amphetamine, methamphetamine, MDMA, other, by their names in the seven languages.\n"
      "Routes: seizure_routes draws each origin port -> port along the sea lanes shipped beside the\n"
      "ports GeoPackage (its sealanes/ folder); rows with only an origin country get no line. Without\n"
      "the network the events are still imported and a warning says the routes have no lines.\n"
      "Exit code: 0 imported, 1 refused, 2 wrong arguments.\n" );
}

int ImportCommand::run( const QStringList &arguments )
{
  QTextStream out( stdout );
  QTextStream err( stderr );
  const ImportArguments options = parseImportArguments( arguments );
  if ( options.help )
  {
    out << usage();
    return 0;
  }
  if ( !options.error.isEmpty() )
  {
    err << "import: " << options.error << "\n\n" << usage();
    return 2;
  }
  QString problem;
  const std::optional<EventColumnMapping> mapping = EventColumnMapping::fromText( options.mapping, &problem );
  if ( !mapping )
  {
    err << "import: " << problem << Qt::endl;
    return 2;
  }
  const QString portsPath = options.portsGeoPackage.isEmpty() ? defaultPortsGeoPackage() : options.portsGeoPackage;
  if ( portsPath.isEmpty() )
  {
    err << "import: cannot find the plugin's port_seizure_atlas.gpkg beside this program; give --ports GPKG"
        << Qt::endl;
    return 2;
  }
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( portsPath, &problem );
  if ( ports.size() == 0 )
  {
    err << "import: " << ( problem.isEmpty() ? QStringLiteral( "%1 holds no ports" ).arg( portsPath ) : problem )
        << Qt::endl;
    return 2;
  }

  SeizureEventImporter importer( ports );
  importer.setOptions( options.options );
  const ImportReport report = options.checkOnly
                                  ? importer.check( options.input, *mapping )
                                  : importer.run( options.input, *mapping, options.target, options.replace );
  ( report.succeeded ? out : err ) << report.toText() << Qt::endl;
  return report.succeeded ? 0 : 1;
}
