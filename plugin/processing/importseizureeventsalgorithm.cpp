/***************************************************************************
  importseizureeventsalgorithm.cpp
  Port Seizure Atlas: Processing algorithm "Import seizure events"
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importseizureeventsalgorithm.h"

#include "processingcompat.h"
#include "seizureeventimporter.h"

#include <QObject>
#include <qgsexception.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString MAPPING = QStringLiteral( "MAPPING" );
  const QString REPLACE = QStringLiteral( "REPLACE" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString EVENTS = QStringLiteral( "EVENTS" );
} // namespace

ImportSeizureEventsAlgorithm::ImportSeizureEventsAlgorithm( const QString &atlasGeoPackage )
    : mAtlasGeoPackage( atlasGeoPackage )
{
}

QString ImportSeizureEventsAlgorithm::name() const
{
  return QStringLiteral( "importseizureevents" );
}

QString ImportSeizureEventsAlgorithm::displayName() const
{
  return QObject::tr( "Import seizure events" );
}

QStringList ImportSeizureEventsAlgorithm::tags() const
{
  return QObject::tr( "import,seizure,events,csv,xlsx,ods,geopackage,cocaine,port,validate" ).split( QLatin1Char( ',' ) );
}

QString ImportSeizureEventsAlgorithm::group() const
{
  return QObject::tr( "Your data" );
}

QString ImportSeizureEventsAlgorithm::groupId() const
{
  return QStringLiteral( "yourdata" );
}

QString ImportSeizureEventsAlgorithm::shortDescription() const
{
  return QObject::tr( "Checks a table of seizure events and writes it, all or nothing, into a GeoPackage the panel can filter." );
}

QString ImportSeizureEventsAlgorithm::shortHelpString() const
{
  return QObject::tr( "<p>One row per seizure with the columns date, port, origin_port, origin_country, drug, quantity, unit "
                      "(date, port, quantity and unit needed; other column names through <i>Column mapping</i>, e.g. "
                      "<code>Datum=date,Hafen=port</code>).</p>"
                      "<p>Input: CSV (UTF-8), XLSX, ODS or a GeoPackage table. Ports: UN/LOCODE or name of a port of the atlas. "
                      "Dates: 2021-03-12, 12/03/2021 (day first), 12 March 2021, March 2021 or 2021. Quantities: 1500, 1.5 or 1,5 "
                      "in kg or t (stored as tonnes).</p>"
                      "<p>All or nothing: when any row is refused, every problem is listed (file, line, column, rule, and the nearest "
                      "port names for an unknown port) and nothing is written. The input file is never changed.</p>"
                      "<p>Add the result with <i>Plugins › Port Seizure Atlas › Add my seizure data (GeoPackage)…</i>.</p>" );
}

ImportSeizureEventsAlgorithm *ImportSeizureEventsAlgorithm::createInstance() const
{
  return new ImportSeizureEventsAlgorithm( mAtlasGeoPackage );
}

void ImportSeizureEventsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFile( INPUT, QObject::tr( "Seizure events (CSV, XLSX, ODS, GeoPackage)" ), ProcessingCompat::FILE_PARAMETER_FILE, QString(), QVariant(), false,
                                                QObject::tr( "Tables (*.csv *.xlsx *.ods *.gpkg)" ) ) );
  addParameter( new QgsProcessingParameterString( MAPPING, QObject::tr( "Column mapping (column=field,...)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterBoolean( REPLACE, QObject::tr( "Replace an existing GeoPackage" ), false ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT, QObject::tr( "Imported events (GeoPackage)" ), QObject::tr( "GeoPackage (*.gpkg)" ) ) );
  addOutput( new QgsProcessingOutputNumber( EVENTS, QObject::tr( "Events imported" ) ) );
}

QVariantMap ImportSeizureEventsAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QString input = parameterAsFile( parameters, INPUT, context );
  const QString output = parameterAsFileOutput( parameters, OUTPUT, context );
  QString problem;
  const std::optional<EventColumnMapping> mapping = EventColumnMapping::fromText( parameterAsString( parameters, MAPPING, context ), &problem );
  if ( !mapping )
    throw QgsProcessingException( problem );
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( mAtlasGeoPackage, &problem );
  if ( ports.size() == 0 )
    throw QgsProcessingException( problem.isEmpty() ? QObject::tr( "%1 holds no ports" ).arg( mAtlasGeoPackage ) : problem );

  SeizureEventImporter importer( ports );
  importer.setProgressCallback( [feedback]( double share ) {
    if ( feedback )
      feedback->setProgress( 100.0 * share );
    return !feedback || !feedback->isCanceled();
  } );
  const ImportReport report = importer.run( input, *mapping, output, parameterAsBoolean( parameters, REPLACE, context ) );
  if ( report.cancelled )
    throw QgsProcessingException( QObject::tr( "Import cancelled; nothing was written." ) );
  if ( !report.succeeded )
  {
    if ( feedback )
    {
      for ( const QString &line : report.toText().split( QLatin1Char( '\n' ) ) )
        feedback->reportError( line, false );
    }
    throw QgsProcessingException( QObject::tr( "Import refused: %n error(s); nothing was written.", nullptr, static_cast<int>( report.errorCount() ) ) +
                                  ( report.targetError.isEmpty() ? QString() : QLatin1Char( ' ' ) + report.targetError ) );
  }
  if ( feedback )
    feedback->pushInfo( report.toText() );
  return { { OUTPUT, output }, { EVENTS, report.eventsWritten } };
}
