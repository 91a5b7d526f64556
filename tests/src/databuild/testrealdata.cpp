/***************************************************************************
  testrealdata.cpp
  Port Seizure Atlas: the data build on the real tables in layers/, and the press-release figures
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasdatabuilder.h"
#include "atlasdatavalidator.h"
#include "atlaslayers.h"
#include "atlasschema.h"
#include "csvreader.h"
#include "databuildtestutils.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DataBuildTestUtils;

class TestRealData : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void layersAndCounts();
    void crsAndSpatialIndex();
    void antwerp2023();
    void netherlands2023();
    void antwerpAndRotterdam2022();
    void germany2023();
    void portsWithoutFiguresAreNull();
    void routesAreChecked();
    void validatesAsGeoPackage();

  private:
    int csvRowCount( const QString &fileName, const QStringList &columns ) const;

    QString mLayers;
    QTemporaryDir mDirectory;
    QString mOutput;
    GDALDatasetUniquePtr mDataset;
};

void TestRealData::initTestCase()
{
  mLayers = QStringLiteral( PSA_SOURCE_DIR "/layers" );
  if ( !QFileInfo::exists( QDir( mLayers ).filePath( QStringLiteral( "ports.csv" ) ) ) )
    QSKIP( "layers/ports.csv does not exist yet: the real tables have not been added" );

  mOutput = mDirectory.filePath( QStringLiteral( "port_seizure_atlas.gpkg" ) );
  AtlasDataBuilder builder( mLayers, mOutput );
  const bool built = builder.build();
  QStringList errors;
  for ( const SourceError &error : builder.errors() )
    errors.append( error.toString() );
  QVERIFY2( built, qPrintable( errors.join( QLatin1Char( '\n' ) ) ) );
  mDataset = openGeoPackage( mOutput );
  QVERIFY( mDataset );
}

int TestRealData::csvRowCount( const QString &fileName, const QStringList &columns ) const
{
  CsvReader reader( columns );
  reader.readFile( QDir( mLayers ).filePath( fileName ) );
  return reader.records().size();
}

void TestRealData::layersAndCounts()
{
  QStringList names;
  for ( int i = 0; i < mDataset->GetLayerCount(); ++i )
    names.append( QString::fromUtf8( mDataset->GetLayer( i )->GetName() ) );
  names.sort();
  QStringList expected = { AtlasSchema::PORTS_TABLE, AtlasSchema::SEIZURE_FIGURES_TABLE,
                           AtlasSchema::NATIONAL_TOTALS_TABLE, AtlasSchema::PORT_THROUGHPUT_TABLE,
                           AtlasSchema::DOCUMENTED_SEIZURES_TABLE };
  expected.sort();
  QCOMPARE( names, expected );

  const int ports = csvRowCount( AtlasDataValidator::PORTS_FILE, AtlasDataValidator::portColumns() );
  const int figures =
      csvRowCount( AtlasDataValidator::SEIZURE_FIGURES_FILE, AtlasDataValidator::seizureFigureColumns() );
  QVERIFY( ports > 0 );
  QVERIFY( figures > 0 );
  QCOMPARE( mDataset->GetLayerByName( "ports" )->GetFeatureCount(), static_cast<GIntBig>( ports ) );
  QCOMPARE( mDataset->GetLayerByName( "seizure_figures" )->GetFeatureCount(), static_cast<GIntBig>( figures ) );
  const QString nationalFigures =
      sqlValue( mDataset.get(), QStringLiteral( "SELECT COUNT(*) FROM seizure_figures WHERE scope = 'national'" ) );
  QCOMPARE( QString::number( mDataset->GetLayerByName( "national_totals" )->GetFeatureCount() ), nationalFigures );
}

void TestRealData::crsAndSpatialIndex()
{
  OGRLayer *ports = mDataset->GetLayerByName( "ports" );
  QCOMPARE( wkbFlatten( ports->GetGeomType() ), wkbPoint );
  QCOMPARE( QString( ports->GetSpatialRef()->GetAuthorityName( nullptr ) ), QStringLiteral( "EPSG" ) );
  QCOMPARE( QString( ports->GetSpatialRef()->GetAuthorityCode( nullptr ) ), QStringLiteral( "4326" ) );
  QCOMPARE( sqlValue( mDataset.get(),
                      QStringLiteral( "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'ports'" ) ),
            QStringLiteral( "4326" ) );
  QCOMPARE( sqlValue( mDataset.get(), QStringLiteral( "SELECT HasSpatialIndex('ports', 'geom')" ) ),
            QStringLiteral( "1" ) );
}

void TestRealData::antwerp2023()
{
  // "In Antwerp alone, 116 tonnes of cocaine were seized in 2023." Belga and Europol later said 121 t.
  const QList<QVariantMap> preferred =
      readRows( mDataset.get(), QStringLiteral( "seizure_figures" ),
                QStringLiteral(
                    "scope = 'port' AND unlocodes = 'BEANR' AND year = 2023 AND drug = 'cocaine' AND preferred = 1" ) );
  QCOMPARE( preferred.size(), 1 );
  QCOMPARE( preferred.at( 0 ).value( QStringLiteral( "quantity_t" ) ).toDouble(), 116.0 );
  const QList<QVariantMap> alternatives =
      readRows( mDataset.get(), QStringLiteral( "seizure_figures" ),
                QStringLiteral( "scope = 'port' AND unlocodes = 'BEANR' AND year = 2023 AND quantity_t = 121" ) );
  QVERIFY( !alternatives.isEmpty() );
  for ( const QVariantMap &row : alternatives )
    QCOMPARE( row.value( QStringLiteral( "preferred" ) ).toBool(), false );
}

void TestRealData::netherlands2023()
{
  const QList<QVariantMap> rows =
      readRows( mDataset.get(), QStringLiteral( "national_totals" ),
                QStringLiteral( "country_iso2 = 'NL' AND year = 2023 AND drug = 'cocaine' AND preferred = 1" ) );
  QCOMPARE( rows.size(), 1 );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "quantity_t" ) ).toDouble(), 59.1 );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "country_name" ) ).toString(), QStringLiteral( "Netherlands" ) );
}

void TestRealData::antwerpAndRotterdam2022()
{
  const QList<QVariantMap> rows = readRows(
      mDataset.get(), QStringLiteral( "seizure_figures" ),
      QStringLiteral( "scope = 'port_group' AND unlocodes = 'BEANR;NLRTM' AND year = 2022 AND preferred = 1" ) );
  QCOMPARE( rows.size(), 1 );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "quantity_t" ) ).toDouble(), 160.0 );
}

void TestRealData::germany2023()
{
  // The press release's "about 35 tonnes in Germany" and the BKA's final 43 t: both present, one preferred.
  const QList<QVariantMap> rows =
      readRows( mDataset.get(), QStringLiteral( "national_totals" ),
                QStringLiteral( "country_iso2 = 'DE' AND year = 2023 AND drug = 'cocaine'" ) );
  QList<double> quantities;
  int preferredCount = 0;
  for ( const QVariantMap &row : rows )
  {
    quantities.append( row.value( QStringLiteral( "quantity_t" ) ).toDouble() );
    preferredCount += row.value( QStringLiteral( "preferred" ) ).toBool() ? 1 : 0;
  }
  QVERIFY( quantities.contains( 35.0 ) );
  QVERIFY( quantities.contains( 43.0 ) );
  QCOMPARE( preferredCount, 1 );
}

void TestRealData::portsWithoutFiguresAreNull()
{
  const QList<QVariantMap> ports = readRows( mDataset.get(), QStringLiteral( "ports" ) );
  int withoutFigure = 0;
  for ( const QVariantMap &port : ports )
  {
    if ( port.value( QStringLiteral( "figure_count" ) ).toInt() > 0 )
      continue;
    ++withoutFigure;
    QVERIFY2( !port.value( QStringLiteral( "latest_tonnes" ) ).isValid(),
              qPrintable( port.value( QStringLiteral( "unlocode" ) ).toString() ) );
  }
  QVERIFY( withoutFigure > 0 );
  QCOMPARE( sqlValue( mDataset.get(),
                      QStringLiteral( "SELECT COUNT(*) FROM ports WHERE latest_tonnes = 0 AND figure_count = 0" ) ),
            QStringLiteral( "0" ) );
  const QList<QVariantMap> antwerp =
      readRows( mDataset.get(), QStringLiteral( "ports" ), QStringLiteral( "unlocode = 'BEANR'" ) );
  QCOMPARE( antwerp.size(), 1 );
  QVERIFY( antwerp.at( 0 ).value( QStringLiteral( "latest_tonnes" ) ).isValid() );
}

void TestRealData::routesAreChecked()
{
  AtlasDataValidator validator( mLayers );
  QVERIFY( validator.validate() );
  QCOMPARE( validator.routes().size(),
            csvRowCount( AtlasDataValidator::ROUTES_FILE, AtlasDataValidator::routeColumns() ) );
}

void TestRealData::validatesAsGeoPackage()
{
  if ( !hasGeoPackageValidator() )
    QSKIP( "GDAL's validate_gpkg.py was not found at configure time (install python3-gdal)" );
  QString output;
  QVERIFY2( validateGeoPackage( mOutput, output ) && output.trimmed().isEmpty(), qPrintable( output ) );
}

QTEST_GUILESS_MAIN( TestRealData )
#include "testrealdata.moc"
