/***************************************************************************
  testpostgisroutes.cpp
  Port Seizure Atlas: the sea-lane routes of an import into a real PostGIS (seizure_routes):
  grouped by the database, drawn from port to port, indexed for the panel, replaced with the
  events. The server comes from PSA_TEST_POSTGIS (see testpostgisimport.cpp).
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "postgistestschema.h"
#include "seizureeventimporter.h"

#include <QtTest>

class TestPostgisRoutes : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void routesWrittenInTheDatabase();
    void replacedWithTheEvents();
    void cleanupTestCase();

  private:
    QString target() const { return mDatabase.target(); }
    QStringList query( const QString &sql ) const { return mDatabase.query( sql ); }

    static const QString SCHEMA;
    PostgisTestSchema mDatabase;
    PortGazetteer mPorts;
};

const QString TestPostgisRoutes::SCHEMA = QStringLiteral( "psa_import_routes_test" );

void TestPostgisRoutes::initTestCase()
{
  if ( PostgisTestSchema::connection().isEmpty() )
    QSKIP( "PSA_TEST_POSTGIS is not set (a libpq connection string); .ci/run sets it to a throw-away PostGIS" );
  const QString databaseError = mDatabase.open( SCHEMA );
  QVERIFY2( databaseError.isEmpty(), qPrintable( databaseError ) );
  QString error;
  mPorts = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_ATLAS_GPKG ), &error );
  QVERIFY2( mPorts.size() > 0, qPrintable( error ) );
}

void TestPostgisRoutes::routesWrittenInTheDatabase()
{
  const ImportReport report = SeizureEventImporter( mPorts ).run(
      QStringLiteral( PSA_TEST_DATA_DIR "/import/routes.csv" ), EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );

  // One row per year, origin and port; tonnes summed where known, NULL where none is known.
  QCOMPARE( query( QStringLiteral( "SELECT year, origin_locode, origin_country_iso2, port_locode, dest_country_iso2, "
                                   "events, events_with_quantity, tonnes, geometry_status, "
                                   "CASE WHEN geom IS NULL THEN 'no line' ELSE 'line' END FROM %1.seizure_routes ORDER "
                                   "BY year, port_locode, origin_locode" )
                       .arg( SCHEMA ) ),
            QStringList( { QStringLiteral( "2021|COBUN|CO|BEANR|BE|1|1|0.8|drawn|line" ),
                           QStringLiteral( "2021|ECGYE|EC|BEANR|BE|2|2|3.5|drawn|line" ),
                           QStringLiteral( "2022|ECGYE|EC|BEANR|BE|1|0|NULL|drawn|line" ),
                           QStringLiteral( "2022|BRSSZ|BR|NLRTM|NL|2|1|1.25|drawn|line" ),
                           QStringLiteral( "2022|NULL|CO|NLRTM|NL|1|1|2.5|not drawn: only the origin country is known, "
                                           "not the origin port|no line" ) } ) );
  // The line runs from Guayaquil to Antwerp (within 5 km of the atlas positions), in EPSG:4326,
  // is as long as length_km says, and is the same line in both years.
  const PortGazetteer::Port *origin = mPorts.portByLocode( QStringLiteral( "ECGYE" ) );
  const PortGazetteer::Port *port = mPorts.portByLocode( QStringLiteral( "BEANR" ) );
  QVERIFY( origin && port );
  const QString ends =
      QStringLiteral( "SELECT ST_SRID(geom) AS srid, "
                      "(ST_Distance(ST_StartPoint(geom)::geography, ST_SetSRID(ST_MakePoint(%2, %3), 4326)::geography) "
                      "< 5000)::int AS starts_at_origin, "
                      "(ST_Distance(ST_EndPoint(geom)::geography, ST_SetSRID(ST_MakePoint(%4, %5), 4326)::geography) < "
                      "5000)::int AS ends_at_port, "
                      "(abs(ST_Length(geom::geography) / 1000 - length_km) < 0.001 * length_km)::int AS length_matches "
                      "FROM %1.seizure_routes WHERE origin_locode = 'ECGYE'" )
          .arg( SCHEMA )
          .arg( origin->longitude, 0, 'g', 17 )
          .arg( origin->latitude, 0, 'g', 17 )
          .arg( port->longitude, 0, 'g', 17 )
          .arg( port->latitude, 0, 'g', 17 );
  QCOMPARE( query( ends ), QStringList( { QStringLiteral( "4326|1|1|1" ), QStringLiteral( "4326|1|1|1" ) } ) );
  QCOMPARE( query( QStringLiteral(
                       "SELECT COUNT(DISTINCT ST_AsBinary(geom)) FROM %1.seizure_routes WHERE origin_locode = 'ECGYE'" )
                       .arg( SCHEMA ) ),
            QStringList( { QStringLiteral( "1" ) } ) );
  // The panel's filter by year, origin and destination country is an index lookup.
  const QStringList indexes = query(
      QStringLiteral( "SELECT indexdef FROM pg_indexes WHERE schemaname = '%1' AND tablename = 'seizure_routes'" )
          .arg( SCHEMA ) );
  QVERIFY2( indexes.join( '\n' ).contains( QStringLiteral( "(year, origin_country_iso2, dest_country_iso2)" ) ),
            qPrintable( indexes.join( '\n' ) ) );
}

void TestPostgisRoutes::replacedWithTheEvents()
{
  const QString input = QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" );
  QVERIFY( !SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false ).succeeded );
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), true );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE(
      query(
          QStringLiteral(
              "SELECT year, origin_locode, port_locode, tonnes, geometry_status FROM %1.seizure_routes ORDER BY year" )
              .arg( SCHEMA ) ),
      QStringList( { QStringLiteral( "2021|ECGYE|BEANR|1.5|drawn" ),
                     QStringLiteral(
                         "2022|NULL|NLRTM|2.5|not drawn: only the origin country is known, not the origin port" ) } ) );
}

void TestPostgisRoutes::cleanupTestCase()
{
  if ( mDatabase.isOpen() )
    QVERIFY( mDatabase.drop() );
}

QTEST_GUILESS_MAIN( TestPostgisRoutes )
#include "testpostgisroutes.moc"
