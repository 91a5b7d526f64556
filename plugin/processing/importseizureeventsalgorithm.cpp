/***************************************************************************
  importseizureeventsalgorithm.cpp
  Port Seizure Atlas: Processing algorithm "Import seizure events"
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importseizureeventsalgorithm.h"

#include "importedlayerset.h"
#include "processingcompat.h"
#include "seizureeventimporter.h"

#include <QObject>
#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsexception.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>

#include <memory>

namespace
{
  const QString INPUT = QStringLiteral( "INPUT" );
  const QString MAPPING = QStringLiteral( "MAPPING" );
  const QString REPLACE = QStringLiteral( "REPLACE" );
  const QString OUTPUT = QStringLiteral( "OUTPUT" );
  const QString CONNECTION = QStringLiteral( "CONNECTION" );
  const QString SCHEMA = QStringLiteral( "SCHEMA" );
  const QString ADD_LAYERS = QStringLiteral( "ADD_LAYERS" );
  const QString EVENTS = QStringLiteral( "EVENTS" );
  const QString DELIMITER = QStringLiteral( "DELIMITER" );
  const QString ENCODING = QStringLiteral( "ENCODING" );
  const QString DECIMAL = QStringLiteral( "DECIMAL" );
  const QString DATE_ORDER = QStringLiteral( "DATE_ORDER" );
  const QString ALLOW_LARGE = QStringLiteral( "ALLOW_LARGE" );
  //! The DELIMITER choices after "Detect", as ImportOptions::setDelimiter takes them.
  const QStringList DELIMITERS = { QStringLiteral( "comma" ), QStringLiteral( "semicolon" ), QStringLiteral( "tab" ),
                                   QStringLiteral( "pipe" ) };
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
  return QObject::tr( "import,seizure,events,csv,xlsx,ods,geopackage,cocaine,port,validate" )
      .split( QLatin1Char( ',' ) );
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
  return QObject::tr( "Checks a table of seizure events and writes it, all or nothing, into a GeoPackage or a PostGIS "
                      "schema the panel can filter." );
}

QString ImportSeizureEventsAlgorithm::shortHelpString() const
{
  return QObject::tr(
      "<p>One row per seizure with the columns date, port, origin_port, origin_country, drug, quantity, unit "
      "(date, port, quantity and unit needed; headers in German, Dutch, French, Spanish, Italian or Portuguese such as "
      "Datum, Hafen, Menge are recognised; other column names through <i>Column mapping</i>, e.g. "
      "<code>Tag=date,Ort=port</code>).</p>"
      "<p>Input: CSV (separator and encoding detected unless given), XLSX, ODS or a GeoPackage table. Ports: "
      "UN/LOCODE, "
      "name, UN/LOCODE local name or common exonym (Antwerpen, Anvers). Dates: 2021-03-12, 12.03.2021, 12/03/2021, "
      "12 March 2021, Mai 2022 or 2021. Quantities: 1500, 1.5, 1,5, 1.500,5 in g, kg or t (stored as tonnes); the "
      "decimal "
      "mark and the order of day and month are decided once per file, and a value that reads two ways is refused "
      "unless <i>Decimal mark</i> or <i>Order of day and month</i> settles it. A seizure above 100 t is refused as "
      "implausible unless <i>Accept single seizures above 100 t</i> is set.</p>"
      "<p>All or nothing: when any row is refused, every problem is listed (file, line, column, rule, and the nearest "
      "port names for an unknown port) and nothing is written. The input file is never changed.</p>"
      "<p>Save to a GeoPackage, or to a schema of a PostGIS database chosen as a QGIS PostgreSQL connection. The "
      "connection must use an authentication configuration: one that stores a user name or password is refused, "
      "so no credentials are written into a project.</p>"
      "<p>The imported layers are added to the project (group <i>My seizure data</i>), where the panel filters "
      "them; later with <i>Plugins › Port Seizure Atlas › Add my seizure data…</i>.</p>" );
}

ImportSeizureEventsAlgorithm *ImportSeizureEventsAlgorithm::createInstance() const
{
  return new ImportSeizureEventsAlgorithm( mAtlasGeoPackage );
}

void ImportSeizureEventsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFile( INPUT, QObject::tr( "Seizure events (CSV, XLSX, ODS, GeoPackage)" ),
                                                ProcessingCompat::FILE_PARAMETER_FILE, QString(), QVariant(), false,
                                                QObject::tr( "Tables (*.csv *.xlsx *.ods *.gpkg)" ) ) );
  addParameter( new QgsProcessingParameterString( MAPPING, QObject::tr( "Column mapping (column=field,...)" ),
                                                  QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterBoolean(
      REPLACE, QObject::tr( "Replace an existing GeoPackage, or the tables in the schema" ), false ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT, QObject::tr( "Imported events (GeoPackage)" ),
                                                           QObject::tr( "GeoPackage (*.gpkg)" ), QVariant(), true,
                                                           false ) );
  addParameter( new QgsProcessingParameterProviderConnection(
      CONNECTION, QObject::tr( "Or: PostGIS connection (with an authentication configuration)" ),
      QStringLiteral( "postgres" ), QVariant(), true ) );
  addParameter( new QgsProcessingParameterDatabaseSchema( SCHEMA, QObject::tr( "PostGIS schema" ), CONNECTION,
                                                          QStringLiteral( "public" ), true ) );
  addParameter(
      new QgsProcessingParameterBoolean( ADD_LAYERS, QObject::tr( "Add the imported layers to the project" ), true ) );
  addParameter(
      new QgsProcessingParameterEnum( DELIMITER, QObject::tr( "CSV separator" ),
                                      { QObject::tr( "Detect" ), QObject::tr( "Comma" ), QObject::tr( "Semicolon" ),
                                        QObject::tr( "Tab" ), QObject::tr( "Pipe" ) },
                                      false, 0 ) );
  addParameter( new QgsProcessingParameterString(
      ENCODING, QObject::tr( "CSV encoding (empty: detect; e.g. windows-1252)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterEnum(
      DECIMAL, QObject::tr( "Decimal mark, when the file does not show it" ),
      { QObject::tr( "Detect" ), QObject::tr( "Comma (1.500,5)" ), QObject::tr( "Point (1,500.5)" ) }, false, 0 ) );
  addParameter( new QgsProcessingParameterEnum(
      DATE_ORDER, QObject::tr( "Order of day and month, when no day is above 12" ),
      { QObject::tr( "Detect" ), QObject::tr( "Day first (dmy)" ), QObject::tr( "Month first (mdy)" ) }, false, 0 ) );
  addParameter(
      new QgsProcessingParameterBoolean( ALLOW_LARGE, QObject::tr( "Accept single seizures above 100 t" ), false ) );
  addOutput( new QgsProcessingOutputNumber( EVENTS, QObject::tr( "Events imported" ) ) );
}

bool ImportSeizureEventsAlgorithm::prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                                     QgsProcessingFeedback * )
{
  mGeoPackage = parameterAsFileOutput( parameters, OUTPUT, context );
  const QString connectionName = parameterAsConnectionName( parameters, CONNECTION, context );
  mAddLayers = parameterAsBoolean( parameters, ADD_LAYERS, context );
  mPostgresUri.clear();
  if ( mGeoPackage.isEmpty() == connectionName.isEmpty() )
    throw QgsProcessingException(
        QObject::tr( "Choose where to save the events: a GeoPackage or a PostGIS connection (one of them)." ) );
  if ( connectionName.isEmpty() )
  {
    mTarget = mGeoPackage;
    return true;
  }

  QgsProviderMetadata *postgres = QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "postgres" ) );
  std::unique_ptr<QgsAbstractProviderConnection> connection;
  try
  {
    connection.reset( postgres ? postgres->createConnection( connectionName ) : nullptr );
  }
  catch ( const QgsProviderConnectionException &exception )
  {
    throw QgsProcessingException( QObject::tr( "PostGIS connection %1: %2" ).arg( connectionName, exception.what() ) );
  }
  if ( !connection )
    throw QgsProcessingException( QObject::tr( "There is no PostGIS connection named %1." ).arg( connectionName ) );
  QgsDataSourceUri uri( connection->uri() );
  const QString refused = ImportedLayerSet::storedCredentialsError( uri );
  if ( !refused.isEmpty() )
    throw QgsProcessingException(
        QObject::tr( "PostGIS connection %1: %2 Nothing was written." ).arg( connectionName, refused ) );
  QString schema = parameterAsSchema( parameters, SCHEMA, context ).trimmed();
  if ( schema.isEmpty() )
    schema = QStringLiteral( "public" );
  uri.setSchema( schema );
  mPostgresUri = uri.uri( false );
  mGeoPackage.clear();
  // GDAL writes the tables: the authentication configuration is resolved here, in memory only.
  mTarget = QStringLiteral( "PG:%1 active_schema=%2" ).arg( uri.connectionInfo( true ), schema );
  return true;
}

ImportOptions ImportSeizureEventsAlgorithm::readingOptions( const QVariantMap &parameters,
                                                            QgsProcessingContext &context ) const
{
  ImportOptions options;
  QString ignored;
  const int delimiter = parameterAsEnum( parameters, DELIMITER, context );
  if ( delimiter > 0 )
    options.setDelimiter( DELIMITERS.value( delimiter - 1 ), &ignored );
  options.encoding = parameterAsString( parameters, ENCODING, context ).trimmed();
  const int decimal = parameterAsEnum( parameters, DECIMAL, context );
  options.decimalMark = decimal == 1   ? ImportOptions::DecimalMark::Comma
                        : decimal == 2 ? ImportOptions::DecimalMark::Point
                                       : ImportOptions::DecimalMark::Detect;
  const int dateOrder = parameterAsEnum( parameters, DATE_ORDER, context );
  options.dateOrder = dateOrder == 1   ? ImportOptions::DateOrder::DayFirst
                      : dateOrder == 2 ? ImportOptions::DateOrder::MonthFirst
                                       : ImportOptions::DateOrder::Detect;
  options.allowLarge = parameterAsBoolean( parameters, ALLOW_LARGE, context );
  return options;
}

QVariantMap ImportSeizureEventsAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                            QgsProcessingContext &context,
                                                            QgsProcessingFeedback *feedback )
{
  const QString input = parameterAsFile( parameters, INPUT, context );
  QString problem;
  const std::optional<EventColumnMapping> mapping =
      EventColumnMapping::fromText( parameterAsString( parameters, MAPPING, context ), &problem );
  if ( !mapping )
    throw QgsProcessingException( problem );
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( mAtlasGeoPackage, &problem );
  if ( ports.size() == 0 )
    throw QgsProcessingException( problem.isEmpty() ? QObject::tr( "%1 holds no ports" ).arg( mAtlasGeoPackage )
                                                    : problem );

  SeizureEventImporter importer( ports );
  importer.setOptions( readingOptions( parameters, context ) );
  importer.setProgressCallback( [feedback]( double share ) {
    if ( feedback )
      feedback->setProgress( 100.0 * share );
    return !feedback || !feedback->isCanceled();
  } );
  const ImportReport report =
      importer.run( input, *mapping, mTarget, parameterAsBoolean( parameters, REPLACE, context ) );
  if ( report.cancelled )
    throw QgsProcessingException( QObject::tr( "Import cancelled; nothing was written." ) );
  if ( !report.succeeded )
  {
    if ( feedback )
    {
      for ( const QString &line : report.toText().split( QLatin1Char( '\n' ) ) )
        feedback->reportError( line, false );
    }
    throw QgsProcessingException(
        QObject::tr( "Import refused: %n error(s); nothing was written.", nullptr,
                     static_cast<int>( report.errorCount() ) ) +
        ( report.targetError.isEmpty() ? QString() : QLatin1Char( ' ' ) + report.targetError ) );
  }
  if ( feedback )
    feedback->pushInfo( report.toText() );
  return { { OUTPUT, mGeoPackage.isEmpty() ? QVariant() : QVariant( mGeoPackage ) }, { EVENTS, report.eventsWritten } };
}

QVariantMap ImportSeizureEventsAlgorithm::postProcessAlgorithm( QgsProcessingContext &context,
                                                                QgsProcessingFeedback *feedback )
{
  if ( !mAddLayers || !context.project() )
    return QVariantMap();
  const ImportedLayerSet::Result result =
      mGeoPackage.isEmpty() ? ImportedLayerSet::addPostgres( context.project(), QgsDataSourceUri( mPostgresUri ) )
                            : ImportedLayerSet::addGeoPackage( context.project(), mGeoPackage );
  if ( feedback )
  {
    for ( const QString &error : result.errors )
      feedback->reportError( error, false );
  }
  return QVariantMap();
}
