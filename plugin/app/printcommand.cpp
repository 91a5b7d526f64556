/***************************************************************************
  printcommand.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printcommand.h"
#include "importedatlasdatasource.h"
#include "plugintranslation.h"

#include "atlasfilter.h"
#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "atlasprintexporter.h"
#include "atlasprintlayout.h"
#include "atlasseizuredata.h"
#include "changeprintlayout.h"
#include "headlessqgis.h"
#include "printarguments.h"
#include "printdatasources.h"
#include "printsourcelist.h"
#include "printstylefiles.h"
#include "registercommand.h"
#include "stylelabels.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <qgsapplication.h>
#include <qgsfeedback.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  //! "BE (Belgium)", … ordered by code, as typed on the command line.
  QStringList countryList( const QList<AtlasSeizureData::Country> &countries )
  {
    QStringList list;
    for ( const AtlasSeizureData::Country &country : countries )
      list << QStringLiteral( "%1 (%2)" ).arg( country.isoCode, country.name );
    list.sort();
    return list;
  }

  //! Returns an error naming the first code of \a codes that \a known does not hold; empty when all are known.
  QString unknownCountry( const QString &option, const QStringList &codes,
                          const QList<AtlasSeizureData::Country> &known )
  {
    for ( const QString &code : codes )
    {
      const bool found = std::any_of( known.begin(), known.end(), [&code]( const AtlasSeizureData::Country &country ) {
        return country.isoCode == code;
      } );
      if ( !found )
        return QStringLiteral( "%1: unknown country code '%2'; the data has %3" )
            .arg( option, code, countryList( known ).join( QStringLiteral( ", " ) ) );
    }
    return QString();
  }

  //! Returns an error when no year from \a from to \a to has data; empty otherwise.
  QString yearsWithoutData( int from, int to, const QList<int> &years )
  {
    if ( from == 0 )
      return QString();
    for ( const int year : years )
    {
      if ( year >= from && year <= to )
        return QString();
    }
    QStringList known;
    for ( const int year : years )
      known << QString::number( year );
    const QString asked = from == to ? QString::number( from ) : QStringLiteral( "%1-%2" ).arg( from ).arg( to );
    return QStringLiteral( "--years %1: no seizure figure in the data for %2; years with data: %3" )
        .arg( asked, from == to ? QStringLiteral( "this year" ) : QStringLiteral( "these years" ),
              known.join( QStringLiteral( ", " ) ) );
  }

  //! Reports export progress as "progress N" lines on standard output.
  class ProgressPrinter : public QgsFeedback
  {
    public:
      explicit ProgressPrinter( bool enabled )
      {
        if ( enabled )
          QObject::connect( this, &QgsFeedback::progressChanged, this, []( double progress ) {
            QTextStream( stdout ) << "progress " << static_cast<int>( progress ) << Qt::endl;
          } );
      }
  };

  void applyStyles( QgsProject *project, const QString &folder, QTextStream &err )
  {
    if ( folder.isEmpty() )
      return;
    const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
    for ( QgsMapLayer *layer : layers )
    {
      const QString style = QDir( folder ).filePath( PrintStyleFiles::fileName( layer ) );
      if ( PrintStyleFiles::fileName( layer ).isEmpty() || !QFileInfo::exists( style ) )
        continue;
      // Read the file itself: loadNamedStyle() would prefer a style stored in the layer's own
      // database (QGIS's world map has one, with labels: a print 5 times larger, its text drawn as outlines).
      QFile file( style );
      QDomDocument document;
      QString message;
      if ( !file.open( QIODevice::ReadOnly ) || !document.setContent( &file, &message ) ||
           !layer->importNamedStyle( document, message ) )
        err << "Warning: " << style << ": " << ( message.isEmpty() ? file.errorString() : message )
            << "; the default style is used." << Qt::endl;
    }
  }

  //! Returns what is wrong with the years and countries asked for, checked against all of \a data; empty when nothing
  //! is.
  QString argumentProblem( const PrintArguments &arguments, const QList<AtlasSeizureData> &data )
  {
    const AtlasSeizureData::Choices choices = AtlasSeizureData::unitedChoices( data );
    for ( const QString &problem :
          { yearsWithoutData( arguments.yearFrom, arguments.yearTo, choices.years ),
            unknownCountry( QStringLiteral( "--countries" ), arguments.countries, choices.destinationCountries ),
            unknownCountry( QStringLiteral( "--origin-countries" ), arguments.originCountries,
                            choices.originCountries ) } )
    {
      if ( !problem.isEmpty() )
        return problem;
    }
    return QString();
  }

  //! The preferred port figures of \a year (tonnes per UN/LOCODE) of all of \a data in \a countries.
  QMap<QString, double> portTonnesOf( int year, const QStringList &countries, const QList<AtlasSeizureData> &data )
  {
    AtlasFilter filter;
    filter.setYears( year, year );
    filter.setDestinationCountries( countries );
    QMap<QString, double> tonnes;
    for ( const AtlasSeizureData &set : data )
    {
      const QMap<QString, double> ofSet = set.portTonnes( filter );
      for ( auto port = ofSet.begin(); port != ofSet.end(); ++port )
        tonnes[port.key()] += port.value();
    }
    return tonnes;
  }

  /**
   * --compare: the change map of two years. Refuses (2) a year without a port figure; returns 0
   * when the file was written, 1 otherwise.
   */
  int printChangeMap( QgsProject &project, const PrintArguments &arguments, const QList<AtlasSeizureData> &data,
                      QTextStream &out, QTextStream &err )
  {
    const QString asked =
        QStringLiteral( "--compare %1,%2" ).arg( arguments.compareBefore ).arg( arguments.compareAfter );
    const QMap<QString, double> before = portTonnesOf( arguments.compareBefore, arguments.countries, data );
    const QMap<QString, double> after = portTonnesOf( arguments.compareAfter, arguments.countries, data );
    if ( before.isEmpty() || after.isEmpty() )
    {
      QStringList withFigures;
      for ( const int year : AtlasSeizureData::unitedChoices( data ).years )
      {
        if ( !portTonnesOf( year, arguments.countries, data ).isEmpty() )
          withFigures << QString::number( year );
      }
      err << "port-seizure-atlas print: " << asked << ": no port figure for "
          << ( before.isEmpty() ? arguments.compareBefore : arguments.compareAfter )
          << ( arguments.countries.isEmpty() ? QString() : QStringLiteral( " in " ) + arguments.countries.join( ',' ) )
          << "; years with port figures: " << withFigures.join( QStringLiteral( ", " ) ) << Qt::endl;
      return 2;
    }
    ChangePrintLayout::Request request;
    request.before = arguments.compareBefore;
    request.after = arguments.compareAfter;
    request.options = arguments.options;
    for ( const QString &code : arguments.countries )
      request.countryNames << StyleLabels::countryName( data.isEmpty() ? code : data.first().countryName( code ) );
    QString error;
    QgsVectorLayer *changes =
        ChangePrintLayout::addChangeLayer( &project, PortChange::compare( before, after ), request, &error );
    if ( !changes )
    {
      err << "port-seizure-atlas print: " << asked << ": " << error << Qt::endl;
      return 1;
    }
    request.sources =
        PrintSourceList::portFigureSources( &project, { request.before, request.after }, arguments.countries );
    QgsPrintLayout *layout = ChangePrintLayout::create( &project, changes, request );
    ProgressPrinter feedback( arguments.progress );
    if ( !AtlasPrintExporter::exportLayout( layout, arguments.out, arguments.options, &feedback, &error ) )
    {
      err << "port-seizure-atlas print: " << error << Qt::endl;
      return 1;
    }
    out << "wrote " << QFileInfo( arguments.out ).absoluteFilePath() << Qt::endl;
    return 0;
  }
} // namespace

int PrintCommand::run( int argc, char *argv[], const QString &language )
{
  QTextStream out( stdout );
  QTextStream err( stderr );
  QStringList words;
  for ( int i = 2; i < argc; ++i )
    words << QString::fromLocal8Bit( argv[i] );
  PrintArguments arguments;
  QString error;
  if ( !PrintArguments::parse( words, &arguments, &error ) )
  {
    err << "port-seizure-atlas print: " << error << Qt::endl
        << "Run 'port-seizure-atlas print --help' for the options." << Qt::endl;
    return 2;
  }
  if ( arguments.help )
  {
    out << PrintArguments::usage();
    return 0;
  }
  error = AtlasPrintExporter::checkDestination( arguments.out, arguments.options );
  if ( !error.isEmpty() )
  {
    err << "port-seizure-atlas print: " << error << Qt::endl;
    return 1;
  }

  // No display is needed: QGIS renders offscreen, with settings in a throw-away profile.
  HeadlessQgis qgis( argc, argv );
  PluginTranslation translation;
  // Numbers follow the language too (52,5 t in German and French).
  if ( translation.install(
           language,
           QDir( RegisterCommand::defaultPluginDirectory() ).filePath( QStringLiteral( "port-seizure-atlas/i18n" ) ) ) )
    QLocale::setDefault( QLocale( language ) );

  QString embeddedData;
  if ( arguments.data.isEmpty() )
  {
    const QString pluginDirectory = RegisterCommand::defaultPluginDirectory();
    embeddedData = QDir( pluginDirectory )
                       .filePath( QStringLiteral( "port-seizure-atlas/" ) + AtlasLayerSet::GEOPACKAGE_FILE_NAME );
    if ( pluginDirectory.isEmpty() || !QFileInfo::exists( embeddedData ) )
    {
      err << "port-seizure-atlas print: cannot find the plugin's embedded data next to this program; pass --data GPKG."
          << Qt::endl;
      return 1;
    }
  }

  int status = 1;
  {
    // The project instance: layers evaluate their expression fields (the port sizes) in its scope.
    QgsProject &project = *QgsProject::instance();
    const PrintDataSources::Result added = PrintDataSources::addToProject( &project, arguments.data, embeddedData );
    if ( !added.error.isEmpty() )
    {
      err << "port-seizure-atlas print: " << added.error << Qt::endl;
      project.clear();
      return 1;
    }
    for ( const QString &problem : added.warnings )
      err << "Warning: " << problem << Qt::endl;
    const QString problem = argumentProblem( arguments, added.data );
    if ( !problem.isEmpty() )
    {
      err << "port-seizure-atlas print: " << problem << Qt::endl;
      project.clear();
      return 2;
    }
    applyStyles( &project, arguments.stylesFolder, err );
    if ( arguments.compareBefore != 0 )
    {
      status = printChangeMap( project, arguments, added.data, out, err );
      project.clear();
      return status;
    }
    AtlasFilter filter;
    filter.setYears( arguments.yearFrom, arguments.yearTo );
    filter.setDestinationCountries( arguments.countries );
    filter.setOriginCountries( arguments.originCountries );
    ImportedAtlasDataSource::registerWithPanel(); // --data and saved projects may hold imported layers
    AtlasFilterController controller( &project );
    // setFilter() does nothing for the filter it starts with (all years, all countries): apply it
    // anyway, so the title's variables say "all years — all countries".
    if ( filter == controller.filter() )
      controller.applyToProject();
    else
      controller.setFilter( filter );

    QgsPrintLayout *layout =
        AtlasPrintLayout::createOrRefresh( &project, arguments.options, &error, arguments.layoutTemplate );
    ProgressPrinter feedback( arguments.progress );
    if ( !layout )
      err << "port-seizure-atlas print: " << error << Qt::endl;
    else if ( !AtlasPrintExporter::exportLayout( layout, arguments.out, arguments.options, &feedback, &error ) )
      err << "port-seizure-atlas print: " << error << Qt::endl;
    else
    {
      const int pages = AtlasPrintLayout::atlasPageCount( layout );
      out << "wrote " << QFileInfo( arguments.out ).absoluteFilePath();
      if ( pages > 0 )
        out << " (" << pages << ( pages == 1 ? " page)" : " pages)" );
      out << Qt::endl;
      status = 0;
    }
    project.clear();
  }
  return status;
}
