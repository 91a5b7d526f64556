/***************************************************************************
  testpostgisroutes.cpp
  Port Seizure Atlas: the sea-lane routes of an import into a real PostGIS (seizure_routes):
  grouped by the database, drawn from port to port, indexed for the panel, replaced with the
  events. The server comes from PSA_TEST_POSTGIS (see testpostgisimport.cpp).
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "importedroutewriter.h"
#include "seizureeventimporter.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestPostgisRoutes : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void routesWrittenInTheDatabase();
    void replacedWithTheEvents();
    void cleanupTestCase();

  private:
    QString target() const { return QStringLiteral( "PG:%1 active_schema=%2" ).arg( mConnection, SCHEMA ); }
    QStringList query( const QString &sql ) const;

    static const QString SCHEMA;
    QString mConnection;
    PortGazetteer mPorts;
    QTemporaryDir mDir;
    QString mCsv;
    std::unique_ptr<GDALDataset> mAdmin;
};

const QString TestPostgisRoutes::SCHEMA = QStringLiteral( "psa_import_routes_test" );

void TestPostgisRoutes::initTestCase()
{
  mConnection = qEnvironmentVariable( "PSA_TEST_POSTGIS" );
  if ( mConnection.isEmpty() )
    QSKIP( "PSA_TEST_POSTGIS is not set (a libpq connection string); .ci/run sets it to a throw-away PostGIS" );
  GDALAllRegister();
  mAdmin.reset( GDALDataset::Open( ( QStringLiteral( "PG:" ) + mConnection ).toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
  QVERIFY2( mAdmin, qPrintable( QStringLiteral( "PSA_TEST_POSTGIS is set but the server cannot be reached: %1" ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) ) ) );
  query( QStringLiteral( "CREATE EXTENSION IF NOT EXISTS postgis" ) );
  query( QStringLiteral( "DROP SCHEMA IF EXISTS %1 CASCADE" ).arg( SCHEMA ) );
  query( QStringLiteral( "CREATE SCHEMA %1" ).arg( SCHEMA ) );
  QString error;
  mPorts = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_ATLAS_GPKG ), &error );
  QVERIFY2( mPorts.size() > 0, qPrintable( error ) );
  mCsv = mDir.filePath( QStringLiteral( "events.csv" ) );
  QFile file( mCsv );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n"
              "2021-03-12,BEANR,ECGYE,EC,cocaine,1500,kg\n"
              "2021-07-01,BEANR,ECGYE,EC,cocaine,2,t\n"
              "2022-02-03,BEANR,ECGYE,EC,cocaine,,\n"
              "2022-01-05,NLRTM,,CO,cocaine,2.5,t\n" );
}

QStringList TestPostgisRoutes::query( const QString &sql ) const
{
  QStringList rows;
  OGRLayer *result = mAdmin->ExecuteSQL( sql.toUtf8().constData(), nullptr, nullptr );
  if ( !result )
    return rows;
  for ( auto &feature : *result )
  {
    QStringList values;
    for ( int i = 0; i < feature->GetFieldCount(); ++i )
      values << ( feature->IsFieldSetAndNotNull( i ) ? QString::fromUtf8( feature->GetFieldAsString( i ) ) : QStringLiteral( "NULL" ) );
    rows << values.join( QLatin1Char( '|' ) );
  }
  mAdmin->ReleaseResultSet( result );
  return rows;
}

void TestPostgisRoutes::routesWrittenInTheDatabase()
{
  const ImportReport report = SeizureEventImporter( mPorts ).run( mCsv, EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );

  // One row per year, origin and port; tonnes summed where known, NULL where none is known.
  QCOMPARE( query( QStringLiteral( "SELECT year, origin_locode, origin_country_iso2, port_locode, dest_country_iso2, events, events_with_quantity, tonnes, geometry_status, "
                                   "CASE WHEN geom IS NULL THEN 'no line' ELSE 'line' END FROM %1.seizure_routes ORDER BY year, port_locode" )
                       .arg( SCHEMA ) ),
            QStringList( { QStringLiteral( "2021|ECGYE|EC|BEANR|BE|2|2|3.5|drawn|line" ), QStringLiteral( "2022|ECGYE|EC|BEANR|BE|1|0|NULL|drawn|line" ),
                           QStringLiteral( "2022|NULL|CO|NLRTM|NL|1|1|2.5|not drawn: only the origin country is known, not the origin port|no line" ) } ) );
  // The line runs from Guayaquil to Antwerp (within 5 km of the atlas positions), in EPSG:4326,
  // is as long as length_km says, and is the same line in both years.
  const PortGazetteer::Port *origin = mPorts.portByLocode( QStringLiteral( "ECGYE" ) );
  const PortGazetteer::Port *port = mPorts.portByLocode( QStringLiteral( "BEANR" ) );
  QVERIFY( origin && port );
  const QString ends = QStringLiteral( "SELECT ST_SRID(geom) AS srid, "
                                       "(ST_Distance(ST_StartPoint(geom)::geography, ST_SetSRID(ST_MakePoint(%2, %3), 4326)::geography) < 5000)::int AS starts_at_origin, "
                                       "(ST_Distance(ST_EndPoint(geom)::geography, ST_SetSRID(ST_MakePoint(%4, %5), 4326)::geography) < 5000)::int AS ends_at_port, "
                                       "(abs(ST_Length(geom::geography) / 1000 - length_km) < 0.001 * length_km)::int AS length_matches "
                                       "FROM %1.seizure_routes WHERE origin_locode = 'ECGYE'" )
                           .arg( SCHEMA )
                           .arg( origin->longitude, 0, 'g', 17 )
                           .arg( origin->latitude, 0, 'g', 17 )
                           .arg( port->longitude, 0, 'g', 17 )
                           .arg( port->latitude, 0, 'g', 17 );
  QCOMPARE( query( ends ), QStringList( { QStringLiteral( "4326|1|1|1" ), QStringLiteral( "4326|1|1|1" ) } ) );
  QCOMPARE( query( QStringLiteral( "SELECT COUNT(DISTINCT ST_AsBinary(geom)) FROM %1.seizure_routes WHERE origin_locode = 'ECGYE'" ).arg( SCHEMA ) ), QStringList( { QStringLiteral( "1" ) } ) );
  // The panel's filter by year, origin and destination country is an index lookup.
  const QStringList indexes = query( QStringLiteral( "SELECT indexdef FROM pg_indexes WHERE schemaname = '%1' AND tablename = 'seizure_routes'" ).arg( SCHEMA ) );
  QVERIFY2( indexes.join( '\n' ).contains( QStringLiteral( "(year, origin_country_iso2, dest_country_iso2)" ) ), qPrintable( indexes.join( '\n' ) ) );
}

void TestPostgisRoutes::replacedWithTheEvents()
{
  QFile file( mCsv );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n"
              "2023-03-12,NLRTM,COBUN,CO,cocaine,4,t\n" );
  file.close();
  QVERIFY( !SeizureEventImporter( mPorts ).run( mCsv, EventColumnMapping(), target(), false ).succeeded );
  const ImportReport report = SeizureEventImporter( mPorts ).run( mCsv, EventColumnMapping(), target(), true );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( query( QStringLiteral( "SELECT year, origin_locode, port_locode, tonnes, geometry_status FROM %1.seizure_routes" ).arg( SCHEMA ) ),
            QStringList( { QStringLiteral( "2023|COBUN|NLRTM|4|drawn" ) } ) );
}

void TestPostgisRoutes::cleanupTestCase()
{
  if ( !mAdmin )
    return;
  query( QStringLiteral( "DROP SCHEMA IF EXISTS %1 CASCADE" ).arg( SCHEMA ) );
}

QTEST_GUILESS_MAIN( TestPostgisRoutes )
#include "testpostgisroutes.moc"
