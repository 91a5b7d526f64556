/***************************************************************************
  testshippeddata.cpp
  Port Seizure Atlas: the GeoPackage the plugin ships, read back: coverage an analyst relies on
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlaslayers.h"
#include "databuildtestutils.h"

#include <QtTest>

using namespace DataBuildTestUtils;

/**
 * \brief Reads the shipped atlas GeoPackage (built by the target psa_data from layers/) and checks
 * the coverage the data really reaches (layers/SOURCES.md): if a change to layers/ loses a series,
 * a route line or a throughput figure, this fails.
 */
class TestShippedData : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void portsWithThreeYearsOfFigures();
    void documentedRoutesAreDrawn();
    void throughputCoverage();
    void documentedSeizures();

  private:
    int count( const QString &sql ) const { return sqlValue( mDataset.get(), sql ).toInt(); }

    GDALDatasetUniquePtr mDataset;
};

void TestShippedData::initTestCase()
{
  mDataset = openGeoPackage( QStringLiteral( PSA_DATA_GPKG ) );
  QVERIFY2( mDataset, PSA_DATA_GPKG " was not built" );
}

void TestShippedData::portsWithThreeYearsOfFigures()
{
  // European ports with preferred port-level cocaine figures for at least three distinct years, 2017-2024.
  const int ports = count( QStringLiteral(
      "SELECT COUNT(*) FROM (SELECT unlocodes FROM seizure_figures WHERE scope = 'port' AND preferred = 1 "
      "AND drug = 'cocaine' AND year BETWEEN 2017 AND 2024 GROUP BY unlocodes HAVING COUNT(DISTINCT year) >= 3)" ) );
  QVERIFY2( ports >= 13, qPrintable( QString::number( ports ) ) );
  // "drugs" figures never count as cocaine: Rotterdam's latest cocaine figure is not its 2024 "drugs" row.
  QCOMPARE( sqlValue( mDataset.get(), QStringLiteral( "SELECT latest_year FROM ports WHERE unlocode = 'NLRTM'" ) ),
            QStringLiteral( "2023" ) );
}

void TestShippedData::documentedRoutesAreDrawn()
{
  // Routes of routes.csv that name an origin country and a European destination port.
  const int documented = count( QStringLiteral(
      "SELECT COUNT(*) FROM inbound_routes WHERE origin_country_iso2 IS NOT NULL AND dest_unlocode IS NOT NULL "
      "AND route_id LIKE 'R%'" ) );
  const int drawn = count( QStringLiteral(
      "SELECT COUNT(*) FROM inbound_routes WHERE origin_country_iso2 IS NOT NULL AND dest_unlocode IS NOT NULL "
      "AND route_id LIKE 'R%' AND geometry_status = 'drawn' AND geom IS NOT NULL" ) );
  QVERIFY( documented > 0 );
  const double share = static_cast<double>( drawn ) / documented;
  QVERIFY2( share >= 0.95, qPrintable( QStringLiteral( "%1 of %2 drawn" ).arg( drawn ).arg( documented ) ) );
  // Lines from an assumed origin port are flagged and start at a port of country_main_ports.csv.
  QVERIFY( count( QStringLiteral(
               "SELECT COUNT(*) FROM inbound_routes WHERE origin_port_assumed = 1 AND geometry_status = 'drawn'" ) ) >
           0 );
  QCOMPARE(
      count( QStringLiteral(
          "SELECT COUNT(*) FROM inbound_routes WHERE origin_port_assumed = 1 AND assumed_origin_unlocode IS NULL" ) ),
      0 );
  QCOMPARE( count( QStringLiteral(
                "SELECT COUNT(*) FROM inbound_routes WHERE origin_unlocode IS NOT NULL AND origin_port_assumed = 1" ) ),
            0 );
  // Documented seizures with a named origin port add links of their own.
  QVERIFY( count( QStringLiteral(
               "SELECT COUNT(*) FROM inbound_routes WHERE route_id LIKE 'DS%' AND geometry_status = 'drawn'" ) ) >=
           30 );
}

void TestShippedData::throughputCoverage()
{
  QVERIFY( count( QStringLiteral( "SELECT COUNT(DISTINCT unlocode) FROM port_throughput" ) ) >= 20 );
  QCOMPARE(
      count( QStringLiteral(
          "SELECT COUNT(*) FROM port_throughput WHERE year < 1990 OR year > 2030 OR teu <= 0 OR quote IS NULL" ) ),
      0 );
  QVERIFY( count( QStringLiteral( "SELECT COUNT(*) FROM ports WHERE t_per_million_teu IS NOT NULL" ) ) >= 7 );
  // Never two years mixed: the ratio's year has both a preferred port figure and a TEU figure.
  QCOMPARE( count( QStringLiteral( "SELECT COUNT(*) FROM ports p WHERE t_per_million_teu IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM port_throughput t "
                                   "WHERE t.unlocode = p.unlocode AND t.year = p.teu_year AND t.teu = p.teu)" ) ),
            0 );
  QCOMPARE( count( QStringLiteral(
                "SELECT COUNT(*) FROM ports p WHERE t_per_million_teu IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                "seizure_figures f "
                "WHERE f.scope = 'port' AND f.unlocodes = p.unlocode AND f.year = p.teu_year AND f.preferred = 1 "
                "AND f.drug = 'cocaine' AND abs(f.quantity_t / (p.teu / 1000000.0) - p.t_per_million_teu) < 1e-9)" ) ),
            0 );
}

void TestShippedData::documentedSeizures()
{
  const int seizures = count( QStringLiteral( "SELECT COUNT(*) FROM documented_seizures WHERE drug = 'cocaine' AND "
                                              "tonnes >= 0.1 AND year BETWEEN 2017 AND 2024" ) );
  const int ports = count( QStringLiteral(
      "SELECT COUNT(DISTINCT port_unlocode) FROM documented_seizures WHERE drug = 'cocaine' AND tonnes >= 0.1" ) );
  QVERIFY2( seizures >= 150, qPrintable( QString::number( seizures ) ) );
  QVERIFY2( ports >= 30, qPrintable( QString::number( ports ) ) );
  QCOMPARE(
      count( QStringLiteral( "SELECT COUNT(*) FROM documented_seizures WHERE quote IS NULL OR source_url IS NULL" ) ),
      0 );
}

QTEST_GUILESS_MAIN( TestShippedData )
#include "testshippeddata.moc"
