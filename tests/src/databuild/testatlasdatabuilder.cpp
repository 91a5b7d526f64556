/***************************************************************************
  testatlasdatabuilder.cpp
  Port Seizure Atlas: the atlas GeoPackage built from the valid fixture, read back through GDAL
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasdatabuilder.h"
#include "atlaslayers.h"
#include "atlasschema.h"
#include "databuildtestutils.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DataBuildTestUtils;

class TestAtlasDataBuilder : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void layers();
    void portsLayer();
    void portWithoutFigureHasNullTonnes();
    void seizureFiguresTable();
    void nationalTotalsTable();
    void layerMetadata();
    void replacesExistingOutput();
    void validatesAsGeoPackage();

  private:
    QTemporaryDir mDirectory;
    QString mOutput;
    GDALDatasetUniquePtr mDataset;
};

void TestAtlasDataBuilder::initTestCase()
{
  QVERIFY( mDirectory.isValid() );
  const QString layers = makeLayers( mDirectory.path() );
  mOutput = mDirectory.filePath( QStringLiteral( "output/port-seizure-atlas/port_seizure_atlas.gpkg" ) );
  AtlasDataBuilder builder( layers, mOutput );
  builder.setBuildDateTime( QDateTime( QDate( 2024, 1, 24 ), QTime( 12, 0 ), Qt::UTC ) );
  QVERIFY2( builder.build(), qPrintable( builder.errors().value( 0 ).toString() ) );
  QVERIFY( builder.errors().isEmpty() );
  mDataset = openGeoPackage( mOutput );
  QVERIFY( mDataset );
}

void TestAtlasDataBuilder::layers()
{
  QStringList names;
  for ( int i = 0; i < mDataset->GetLayerCount(); ++i )
    names.append( QString::fromUtf8( mDataset->GetLayer( i )->GetName() ) );
  names.sort();
  QCOMPARE( names, QStringList( { AtlasSchema::NATIONAL_TOTALS_TABLE, AtlasSchema::PORTS_TABLE,
                                  AtlasSchema::SEIZURE_FIGURES_TABLE } ) );
  // No temporary file is left next to the output.
  QCOMPARE( QFileInfo( mOutput ).dir().entryList( QDir::Files | QDir::Hidden ),
            QStringList( { QStringLiteral( "port_seizure_atlas.gpkg" ) } ) );
}

void TestAtlasDataBuilder::portsLayer()
{
  OGRLayer *layer = mDataset->GetLayerByName( "ports" );
  QVERIFY( layer );
  QCOMPARE( layer->GetFeatureCount(), 5 );
  QCOMPARE( wkbFlatten( layer->GetGeomType() ), wkbPoint );
  QCOMPARE( QString( layer->GetSpatialRef()->GetAuthorityName( nullptr ) ), QStringLiteral( "EPSG" ) );
  QCOMPARE( QString( layer->GetSpatialRef()->GetAuthorityCode( nullptr ) ), QStringLiteral( "4326" ) );
  QCOMPARE( sqlValue( mDataset.get(), QStringLiteral( "SELECT HasSpatialIndex('ports', 'geom')" ) ),
            QStringLiteral( "1" ) );

  const QList<QVariantMap> antwerp =
      readRows( mDataset.get(), QStringLiteral( "ports" ), QStringLiteral( "unlocode = 'BEANR'" ) );
  QCOMPARE( antwerp.size(), 1 );
  const QVariantMap &port = antwerp.at( 0 );
  QCOMPARE( port.value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "Antwerp" ) );
  QCOMPARE( port.value( QStringLiteral( "country_name" ) ).toString(), QStringLiteral( "Belgium" ) );
  QCOMPARE( port.value( QStringLiteral( "role" ) ).toString(), QStringLiteral( "europe_destination" ) );
  QCOMPARE( port.value( QStringLiteral( "coordinate_source" ) ).toString(),
            QStringLiteral( "NGA WPI #31250 Antwerpen" ) );
  QCOMPARE( port.value( QStringLiteral( "latest_year" ) ).toInt(), 2023 );
  QCOMPARE( port.value( QStringLiteral( "latest_tonnes" ) ).toDouble(), 116.0 );
  QCOMPARE( port.value( QStringLiteral( "latest_figure_id" ) ).toString(), QStringLiteral( "BEANR-2023-1" ) );
  QCOMPARE( port.value( QStringLiteral( "figure_count" ) ).toInt(), 3 );
  // x = longitude, y = latitude
  QCOMPARE( port.value( QStringLiteral( "geometry_wkt" ) ).toString(), QStringLiteral( "POINT (4.4 51.21667)" ) );

  // A port whose position no source gives is kept, without geometry.
  const QList<QVariantMap> moerdijk =
      readRows( mDataset.get(), QStringLiteral( "ports" ), QStringLiteral( "unlocode = 'NLMOE'" ) );
  QCOMPARE( moerdijk.size(), 1 );
  QVERIFY( !moerdijk.at( 0 ).value( QStringLiteral( "geometry_wkt" ) ).isValid() );
}

void TestAtlasDataBuilder::portWithoutFigureHasNullTonnes()
{
  const QList<QVariantMap> hamburg =
      readRows( mDataset.get(), QStringLiteral( "ports" ), QStringLiteral( "unlocode = 'DEHAM'" ) );
  QCOMPARE( hamburg.size(), 1 );
  // No published figure: NULL, never 0.
  QVERIFY( !hamburg.at( 0 ).value( QStringLiteral( "latest_tonnes" ) ).isValid() );
  QVERIFY( !hamburg.at( 0 ).value( QStringLiteral( "latest_year" ) ).isValid() );
  QVERIFY( !hamburg.at( 0 ).value( QStringLiteral( "latest_figure_id" ) ).isValid() );
  QCOMPARE( hamburg.at( 0 ).value( QStringLiteral( "figure_count" ) ).toInt(), 0 );
  QCOMPARE( sqlValue( mDataset.get(), QStringLiteral( "SELECT COUNT(*) FROM ports WHERE latest_tonnes = 0" ) ),
            QStringLiteral( "0" ) );
  QCOMPARE( sqlValue( mDataset.get(), QStringLiteral( "SELECT COUNT(*) FROM ports WHERE latest_tonnes IS NULL" ) ),
            QStringLiteral( "3" ) );
}

void TestAtlasDataBuilder::seizureFiguresTable()
{
  OGRLayer *layer = mDataset->GetLayerByName( "seizure_figures" );
  QVERIFY( layer );
  QCOMPARE( layer->GetGeomType(), wkbNone );
  QCOMPARE( layer->GetFeatureCount(), 8 );
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  for ( const char *flag : { "lower_bound", "approximate", "preferred" } )
  {
    QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( flag ) )->GetType(), OFTInteger );
    QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( flag ) )->GetSubType(), OFSTBoolean );
  }
  QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( "year" ) )->GetType(), OFTInteger );
  QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( "quantity_t" ) )->GetType(), OFTReal );
  // Every column of the CSV is there.
  for ( const QString &column :
        { QStringLiteral( "figure_id" ), QStringLiteral( "scope" ), QStringLiteral( "unlocodes" ),
          QStringLiteral( "area_name" ), QStringLiteral( "country_iso2" ), QStringLiteral( "drug" ),
          QStringLiteral( "preference_reason" ), QStringLiteral( "source_title" ), QStringLiteral( "source_url" ),
          QStringLiteral( "source_publisher" ), QStringLiteral( "source_date" ), QStringLiteral( "quote" ),
          QStringLiteral( "note" ) } )
    QVERIFY2( definition->GetFieldIndex( column.toUtf8().constData() ) >= 0, qPrintable( column ) );

  const QList<QVariantMap> antwerp2023 = readRows( mDataset.get(), QStringLiteral( "seizure_figures" ),
                                                   QStringLiteral( "unlocodes = 'BEANR' AND year = 2023" ) );
  QCOMPARE( antwerp2023.size(), 2 );
  QCOMPARE( antwerp2023.at( 0 ).value( QStringLiteral( "quantity_t" ) ).toDouble(), 116.0 );
  QCOMPARE( antwerp2023.at( 0 ).value( QStringLiteral( "preferred" ) ).toBool(), true );
  QCOMPARE( antwerp2023.at( 0 ).value( QStringLiteral( "quote" ) ).toString(),
            QStringLiteral( "116 Tonnen Kokain\nwurden 2023 beschlagnahmt." ) );
  QCOMPARE( antwerp2023.at( 0 ).value( QStringLiteral( "source_date" ) ).toString(), QStringLiteral( "2024-01" ) );
  QCOMPARE( antwerp2023.at( 1 ).value( QStringLiteral( "quantity_t" ) ).toDouble(), 121.0 );
  QCOMPARE( antwerp2023.at( 1 ).value( QStringLiteral( "preferred" ) ).toBool(), false );
  // Empty optional text is NULL.
  QVERIFY( !antwerp2023.at( 1 ).value( QStringLiteral( "note" ) ).isValid() );

  const QList<QVariantMap> group =
      readRows( mDataset.get(), QStringLiteral( "seizure_figures" ), QStringLiteral( "scope = 'port_group'" ) );
  QCOMPARE( group.size(), 1 );
  QCOMPARE( group.at( 0 ).value( QStringLiteral( "unlocodes" ) ).toString(), QStringLiteral( "BEANR;NLRTM" ) );
  QCOMPARE( group.at( 0 ).value( QStringLiteral( "country_iso2" ) ).toString(), QStringLiteral( "BE;NL" ) );
  QCOMPARE( group.at( 0 ).value( QStringLiteral( "country_name" ) ).toString(),
            QStringLiteral( "Belgium; Netherlands" ) );
  QCOMPARE( group.at( 0 ).value( QStringLiteral( "lower_bound" ) ).toBool(), true );
}

void TestAtlasDataBuilder::nationalTotalsTable()
{
  OGRLayer *layer = mDataset->GetLayerByName( "national_totals" );
  QVERIFY( layer );
  QCOMPARE( layer->GetGeomType(), wkbNone );
  QCOMPARE( layer->GetFeatureCount(), 3 );
  const QList<QVariantMap> germany = readRows( mDataset.get(), QStringLiteral( "national_totals" ),
                                               QStringLiteral( "country_iso2 = 'DE' AND year = 2023" ) );
  QCOMPARE( germany.size(), 2 );
  QCOMPARE( germany.at( 0 ).value( QStringLiteral( "country_name" ) ).toString(), QStringLiteral( "Germany" ) );
  QCOMPARE( germany.at( 0 ).value( QStringLiteral( "quantity_t" ) ).toDouble(), 43.0 );
  QCOMPARE( germany.at( 0 ).value( QStringLiteral( "preferred" ) ).toBool(), true );
  QCOMPARE( germany.at( 1 ).value( QStringLiteral( "quantity_t" ) ).toDouble(), 35.0 );
  QCOMPARE( germany.at( 1 ).value( QStringLiteral( "preferred" ) ).toBool(), false );
  QCOMPARE( germany.at( 1 ).value( QStringLiteral( "approximate" ) ).toBool(), true );
}

void TestAtlasDataBuilder::layerMetadata()
{
  for ( const QString &layer :
        { AtlasSchema::PORTS_TABLE, AtlasSchema::SEIZURE_FIGURES_TABLE, AtlasSchema::NATIONAL_TOTALS_TABLE } )
  {
    QVERIFY( !sqlValue( mDataset.get(),
                        QStringLiteral( "SELECT identifier FROM gpkg_contents WHERE table_name = '%1'" ).arg( layer ) )
                  .isEmpty() );
    QVERIFY( !sqlValue( mDataset.get(),
                        QStringLiteral( "SELECT description FROM gpkg_contents WHERE table_name = '%1'" ).arg( layer ) )
                  .isEmpty() );
    const QString xml = sqlValue(
        mDataset.get(),
        QStringLiteral(
            "SELECT metadata FROM gpkg_metadata JOIN gpkg_metadata_reference ON gpkg_metadata.id = "
            "gpkg_metadata_reference.md_file_id "
            "WHERE table_name = '%1' AND md_standard_uri = 'http://mrcc.com/qgis.dtd' AND reference_scope = 'table'" )
            .arg( layer ) );
    QVERIFY2( xml.contains( QStringLiteral( "<identifier>%1</identifier>" ).arg( layer ) ), qPrintable( layer ) );
    QVERIFY( xml.contains( QLatin1String( "<license>" ) ) );
    QVERIFY( xml.contains( QLatin1String( "<date type=\"Created\" value=\"2024-01-24T12:00:00Z\"/>" ) ) );
    QVERIFY( xml.contains( QLatin1String( "<history>Built 2024-01-24T12:00:00Z" ) ) );
    QVERIFY( xml.contains( QLatin1String( "<link name=" ) ) );
  }
  const QString ports =
      sqlValue( mDataset.get(), QStringLiteral( "SELECT metadata FROM gpkg_metadata JOIN gpkg_metadata_reference ON "
                                                "gpkg_metadata.id = gpkg_metadata_reference.md_file_id "
                                                "WHERE table_name = 'ports'" ) );
  QVERIFY( ports.contains( QLatin1String( "<title>Ports: cocaine seizures in European seaports</title>" ) ) );
  QVERIFY( ports.contains( QLatin1String( "url=\"https://brf.be/national/1793463\"" ) ) );
  QVERIFY( ports.contains( QLatin1String( "ports_seizure_figures" ) ) );
  QVERIFY( ports.contains( QLatin1String( "<authid>EPSG:4326</authid>" ) ) );
}

void TestAtlasDataBuilder::replacesExistingOutput()
{
  QTemporaryDir directory;
  const QString layers = makeLayers( directory.path() );
  const QString output = directory.filePath( QStringLiteral( "port_seizure_atlas.gpkg" ) );
  {
    QFile existing( output );
    QVERIFY( existing.open( QIODevice::WriteOnly ) );
    existing.write( "an older build" );
  }
  AtlasDataBuilder builder( layers, output );
  QVERIFY( builder.build() );
  GDALDatasetUniquePtr dataset = openGeoPackage( output );
  QVERIFY( dataset );
  QCOMPARE( dataset->GetLayerByName( "ports" )->GetFeatureCount(), 5 );
  QCOMPARE( QDir( directory.path() ).entryList( QDir::Files | QDir::Hidden ),
            QStringList( { QStringLiteral( "port_seizure_atlas.gpkg" ) } ) );
}

void TestAtlasDataBuilder::validatesAsGeoPackage()
{
  if ( !hasGeoPackageValidator() )
    QSKIP( "GDAL's validate_gpkg.py was not found at configure time (install python3-gdal)" );
  QString output;
  QVERIFY2( validateGeoPackage( mOutput, output ) && output.trimmed().isEmpty(), qPrintable( output ) );
}

QTEST_GUILESS_MAIN( TestAtlasDataBuilder )
#include "testatlasdatabuilder.moc"
