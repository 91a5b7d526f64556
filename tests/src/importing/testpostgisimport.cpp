/***************************************************************************
  testpostgisimport.cpp
  Port Seizure Atlas: importing seizure events into a real PostGIS: create schema, import,
  filter, aggregate, drop. The server comes from PSA_TEST_POSTGIS (a libpq connection string,
  exported by .ci/run); without it the test skips, with it an unreachable server fails.
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "eventstorewriter.h"
#include "importrule.h"
#include "postgistestschema.h"
#include "seizureeventimporter.h"

#include <QtTest>

class TestPostgisImport : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void importFilterAggregate();
    void refusedImportLeavesNoTable();
    void existingTablesNeedReplace();
    void cleanupTestCase();

  private:
    QString target() const { return mDatabase.target(); }
    QStringList query( const QString &sql ) const { return mDatabase.query( sql ); }
    bool tableExists( const QString &table ) const;

    static const QString SCHEMA;
    PostgisTestSchema mDatabase;
    PortGazetteer mPorts;
};

const QString TestPostgisImport::SCHEMA = QStringLiteral( "psa_import_test" );

void TestPostgisImport::initTestCase()
{
  if ( PostgisTestSchema::connection().isEmpty() )
    QSKIP( "PSA_TEST_POSTGIS is not set (a libpq connection string); .ci/run sets it to a throw-away PostGIS" );
  const QString error = mDatabase.open( SCHEMA );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  mPorts = PortGazetteer( {
      { QStringLiteral( "Antwerp" ), QStringLiteral( "BEANR" ), QStringLiteral( "BE" ), 51.21667, 4.4 },
      { QStringLiteral( "Rotterdam" ), QStringLiteral( "NLRTM" ), QStringLiteral( "NL" ), 51.9, 4.48333 },
      { QStringLiteral( "Guayaquil" ), QStringLiteral( "ECGYE" ), QStringLiteral( "EC" ), -2.28, -79.91 },
  } );
}

bool TestPostgisImport::tableExists( const QString &table ) const
{
  return query( QStringLiteral(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '%1' AND table_name = '%2'" )
                    .arg( SCHEMA, table ) ) == QStringList( { QStringLiteral( "1" ) } );
}

void TestPostgisImport::importFilterAggregate()
{
  const ImportReport report = SeizureEventImporter( mPorts ).run(
      QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" ), EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( report.eventsWritten, 2LL );

  // Filter as the panel does (year, countries), in the database.
  QCOMPARE(
      query( QStringLiteral(
                 "SELECT port_locode, tonnes FROM %1.seizure_events WHERE year = 2021 AND dest_country_iso2 IN ('BE')" )
                 .arg( SCHEMA ) ),
      QStringList( { QStringLiteral( "BEANR|1.5" ) } ) );
  // The aggregate was written on import, with the port's position.
  QCOMPARE( query( QStringLiteral( "SELECT port_locode, year, events, tonnes, ST_X(geom) || ' ' || ST_Y(geom) AS "
                                   "position FROM %1.seizure_port_years ORDER BY port_locode" )
                       .arg( SCHEMA ) ),
            QStringList( { QStringLiteral( "BEANR|2021|1|1.5|4.4 51.21667" ),
                           QStringLiteral( "NLRTM|2022|1|2.5|4.48333 51.9" ) } ) );
  // In a shared database, a filter of the events by year and country is an index lookup.
  const QStringList indexes = query( QStringLiteral( "SELECT indexname FROM pg_indexes WHERE schemaname = '%1' AND "
                                                     "tablename = 'seizure_events' ORDER BY indexname" )
                                         .arg( SCHEMA ) );
  QVERIFY2( indexes.contains( QStringLiteral( "seizure_events_year_origin" ) ), qPrintable( indexes.join( ',' ) ) );
  QVERIFY2( indexes.contains( QStringLiteral( "seizure_events_year_dest" ) ), qPrintable( indexes.join( ',' ) ) );
}

void TestPostgisImport::refusedImportLeavesNoTable()
{
  query( QStringLiteral( "DROP TABLE IF EXISTS %1.seizure_port_years, %1.seizure_events, %1.seizure_routes" )
             .arg( SCHEMA ) );
  const ImportReport report = SeizureEventImporter( mPorts ).run(
      QStringLiteral( PSA_TEST_DATA_DIR "/import/unknown_port.csv" ), EventColumnMapping(), target(), false );
  QVERIFY( !report.succeeded );
  QVERIFY( !tableExists( QStringLiteral( "seizure_events" ) ) );
  QVERIFY( !tableExists( QStringLiteral( "seizure_port_years" ) ) );
  QVERIFY( !tableExists( QStringLiteral( "seizure_routes" ) ) );
}

void TestPostgisImport::existingTablesNeedReplace()
{
  const QString input = QStringLiteral( PSA_TEST_DATA_DIR "/import/valid.csv" );
  QVERIFY( SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false ).succeeded );
  const ImportReport again = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
  QVERIFY( !again.succeeded );
  QVERIFY2( again.targetError.contains( QStringLiteral( "--replace" ) ), qPrintable( again.targetError ) );
  // A refused replacement keeps the tables as they were (the transaction is rolled back).
  QVERIFY(
      !SeizureEventImporter( mPorts )
           .run( QStringLiteral( PSA_TEST_DATA_DIR "/import/unknown_port.csv" ), EventColumnMapping(), target(), true )
           .succeeded );
  QCOMPARE( query( QStringLiteral( "SELECT COUNT(*) FROM %1.seizure_events" ).arg( SCHEMA ) ),
            QStringList( { QStringLiteral( "2" ) } ) );
  QVERIFY( SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), true ).succeeded );
  QCOMPARE( query( QStringLiteral( "SELECT COUNT(*) FROM %1.seizure_events" ).arg( SCHEMA ) ),
            QStringList( { QStringLiteral( "2" ) } ) );
}

void TestPostgisImport::cleanupTestCase()
{
  if ( mDatabase.isOpen() )
    QVERIFY( mDatabase.drop() );
}

QTEST_GUILESS_MAIN( TestPostgisImport )
#include "testpostgisimport.moc"
