/***************************************************************************
  testgeopackagewriter.cpp
  Port Seizure Atlas: GeoPackageWriter layers, field types, NULLs and QGIS layer metadata
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "databuildtestutils.h"
#include "geopackagewriter.h"
#include "gpkglayermetadata.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DataBuildTestUtils;

class TestGeoPackageWriter : public QObject
{
    Q_OBJECT

  private slots:
    void lineLayerInOneCall();
    void attributeTableTypesAndNulls();
    void qgisMetadataDocument();
    void invalidGeometryFails();
    void unwritablePathFails();
};

void TestGeoPackageWriter::lineLayerInOneCall()
{
  QTemporaryDir directory;
  const QString path = directory.filePath( QStringLiteral( "routes.gpkg" ) );
  {
    GeoPackageWriter writer( path );
    QVERIFY2( writer.isValid(), qPrintable( writer.errorMessage() ) );

    GeoPackageWriter::LayerDefinition routes;
    routes.name = QStringLiteral( "inbound_routes" );
    routes.geometryType = GeoPackageWriter::GeometryType::LineString;
    routes.fields = { { QStringLiteral( "route_id" ), GeoPackageWriter::FieldType::String, QString() },
                      { QStringLiteral( "length_km" ), GeoPackageWriter::FieldType::Real, QString() } };
    routes.metadata.title = QStringLiteral( "Inbound routes" );
    routes.metadata.abstract = QStringLiteral( "Sea routes into European ports." );
    const QVector<QPointF> line = { QPointF( -79.91667, -2.28333 ), QPointF( -30.5, 20.25 ), QPointF( 4.4, 51.21667 ) };
    QVERIFY2( writer.writeLayer(
                  routes, { { { QStringLiteral( "R001" ), 10556.7 }, GeoPackageWriter::lineStringWkt( line ) } } ),
              qPrintable( writer.errorMessage() ) );
    QVERIFY( writer.close() );
  }

  GDALDatasetUniquePtr dataset = openGeoPackage( path );
  QVERIFY( dataset );
  OGRLayer *layer = dataset->GetLayerByName( "inbound_routes" );
  QVERIFY( layer );
  QCOMPARE( wkbFlatten( layer->GetGeomType() ), wkbLineString );
  QCOMPARE( QString( layer->GetSpatialRef()->GetAuthorityCode( nullptr ) ), QStringLiteral( "4326" ) );
  const QList<QVariantMap> rows = readRows( dataset.get(), QStringLiteral( "inbound_routes" ) );
  QCOMPARE( rows.size(), 1 );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "geometry_wkt" ) ).toString(),
            QStringLiteral( "LINESTRING (-79.91667 -2.28333,-30.5 20.25,4.4 51.21667)" ) );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "length_km" ) ).toDouble(), 10556.7 );
  QCOMPARE( sqlValue( dataset.get(),
                      QStringLiteral( "SELECT identifier FROM gpkg_contents WHERE table_name = 'inbound_routes'" ) ),
            QStringLiteral( "Inbound routes" ) );
  QCOMPARE( sqlValue( dataset.get(), QStringLiteral( "SELECT COUNT(*) FROM gpkg_extensions WHERE table_name = "
                                                     "'inbound_routes' AND extension_name = 'gpkg_rtree_index'" ) ),
            QStringLiteral( "1" ) );
  dataset.reset();

  if ( hasGeoPackageValidator() )
  {
    QString output;
    QVERIFY2( validateGeoPackage( path, output ) && output.trimmed().isEmpty(), qPrintable( output ) );
  }
}

void TestGeoPackageWriter::attributeTableTypesAndNulls()
{
  QTemporaryDir directory;
  const QString path = directory.filePath( QStringLiteral( "table.gpkg" ) );
  {
    GeoPackageWriter writer( path );
    GeoPackageWriter::LayerDefinition table;
    table.name = QStringLiteral( "figures" );
    table.fields = { { QStringLiteral( "name" ), GeoPackageWriter::FieldType::String, QString() },
                     { QStringLiteral( "year" ), GeoPackageWriter::FieldType::Integer, QString() },
                     { QStringLiteral( "tonnes" ), GeoPackageWriter::FieldType::Real, QString() },
                     { QStringLiteral( "preferred" ), GeoPackageWriter::FieldType::Boolean, QString() } };
    table.metadata.title = QStringLiteral( "Figures" );
    QVERIFY(
        writer.writeLayer( table, { { { QStringLiteral( "M\u00e1laga \"quoted\"" ), 2023, 59.1, true }, QString() },
                                    { { QVariant(), QVariant(), QVariant(), false }, QString() } } ) );
    QVERIFY( writer.close() );
  }

  GDALDatasetUniquePtr dataset = openGeoPackage( path );
  OGRLayer *layer = dataset->GetLayerByName( "figures" );
  QVERIFY( layer );
  QCOMPARE( layer->GetGeomType(), wkbNone );
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( "year" ) )->GetType(), OFTInteger );
  QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( "tonnes" ) )->GetType(), OFTReal );
  QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( "preferred" ) )->GetType(), OFTInteger );
  QCOMPARE( definition->GetFieldDefn( definition->GetFieldIndex( "preferred" ) )->GetSubType(), OFSTBoolean );
  QCOMPARE(
      sqlValue( dataset.get(), QStringLiteral( "SELECT data_type FROM gpkg_contents WHERE table_name = 'figures'" ) ),
      QStringLiteral( "attributes" ) );

  const QList<QVariantMap> rows = readRows( dataset.get(), QStringLiteral( "figures" ) );
  QCOMPARE( rows.size(), 2 );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "name" ) ).toString(), QStringLiteral( "M\u00e1laga \"quoted\"" ) );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "year" ) ).toInt(), 2023 );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "tonnes" ) ).toDouble(), 59.1 );
  QCOMPARE( rows.at( 0 ).value( QStringLiteral( "preferred" ) ).toBool(), true );
  QVERIFY( !rows.at( 1 ).value( QStringLiteral( "name" ) ).isValid() );
  QVERIFY( !rows.at( 1 ).value( QStringLiteral( "year" ) ).isValid() );
  QVERIFY( !rows.at( 1 ).value( QStringLiteral( "tonnes" ) ).isValid() );
  QCOMPARE( rows.at( 1 ).value( QStringLiteral( "preferred" ) ).toBool(), false );
}

void TestGeoPackageWriter::qgisMetadataDocument()
{
  QTemporaryDir directory;
  const QString path = directory.filePath( QStringLiteral( "metadata.gpkg" ) );
  GpkgLayerMetadata metadata;
  metadata.title = QStringLiteral( "Ports & harbours" );
  metadata.abstract = QStringLiteral( "Abstract with <markup> and 'quotes'." );
  metadata.licenses = QStringList{ QStringLiteral( "CC-BY-4.0" ) };
  metadata.links = { { QStringLiteral( "BRF" ), QStringLiteral( "https://brf.be/national/1793463?a=1&b=2" ),
                       QStringLiteral( "BRF (Belga)" ), QStringLiteral( "WWW:LINK" ) } };
  metadata.creationDateTime = QDateTime( QDate( 2024, 1, 24 ), QTime( 12, 0 ), Qt::UTC );
  metadata.temporalExtent = std::make_pair( QDateTime( QDate( 2017, 1, 1 ), QTime( 0, 0 ), Qt::UTC ),
                                            QDateTime( QDate( 2024, 12, 31 ), QTime( 23, 59, 59 ), Qt::UTC ) );
  {
    GeoPackageWriter writer( path );
    GeoPackageWriter::LayerDefinition points;
    points.name = QStringLiteral( "ports" );
    points.geometryType = GeoPackageWriter::GeometryType::Point;
    points.fields = { { QStringLiteral( "name" ), GeoPackageWriter::FieldType::String, QString() } };
    points.metadata = metadata;
    QVERIFY(
        writer.writeLayer( points, { { { QStringLiteral( "Antwerp" ) }, GeoPackageWriter::pointWkt( 4.4, 51.21667 ) },
                                     { { QStringLiteral( "Moerdijk" ) }, QString() } } ) );
    QVERIFY( writer.close() );
  }

  GDALDatasetUniquePtr dataset = openGeoPackage( path );
  // Where QGIS reads it: gpkg_contents (title, abstract), then the QGIS XML in gpkg_metadata.
  QCOMPARE(
      sqlValue( dataset.get(), QStringLiteral( "SELECT identifier FROM gpkg_contents WHERE table_name = 'ports'" ) ),
      metadata.title );
  QCOMPARE(
      sqlValue( dataset.get(), QStringLiteral( "SELECT description FROM gpkg_contents WHERE table_name = 'ports'" ) ),
      metadata.abstract );
  const QString xml = sqlValue(
      dataset.get(),
      QStringLiteral(
          "SELECT metadata FROM gpkg_metadata LEFT JOIN gpkg_metadata_reference ON "
          "(gpkg_metadata_reference.table_name = 'ports' AND gpkg_metadata.id = gpkg_metadata_reference.md_file_id) "
          "WHERE md_standard_uri = 'http://mrcc.com/qgis.dtd' AND reference_scope = 'table'" ) );
  QVERIFY( xml.startsWith( QLatin1String( "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>" ) ) );
  QVERIFY( xml.contains( QLatin1String( "<title>Ports &amp; harbours</title>" ) ) );
  QVERIFY( xml.contains( QLatin1String( "<abstract>Abstract with &lt;markup&gt; and 'quotes'.</abstract>" ) ) );
  QVERIFY( xml.contains( QLatin1String( "<license>CC-BY-4.0</license>" ) ) );
  QVERIFY( xml.contains( QLatin1String( "url=\"https://brf.be/national/1793463?a=1&amp;b=2\"" ) ) );
  QVERIFY( xml.contains( QLatin1String( "<date type=\"Created\" value=\"2024-01-24T12:00:00Z\"/>" ) ) );
  QVERIFY( xml.contains( QLatin1String( "<authid>EPSG:4326</authid>" ) ) );
  QVERIFY( xml.contains( QLatin1String( "<spatial crs=\"EPSG:4326\" dimensions=\"2\" minx=\"4.4\" miny=\"51.21667\" "
                                        "minz=\"0\" maxx=\"4.4\" maxy=\"51.21667\" maxz=\"0\"/>" ) ) );
  QVERIFY( xml.contains( QLatin1String( "<start>2017-01-01T00:00:00Z</start>" ) ) );

  // A point without a position stays in the layer, with a NULL geometry.
  const QList<QVariantMap> rows = readRows( dataset.get(), QStringLiteral( "ports" ) );
  QCOMPARE( rows.size(), 2 );
  QVERIFY( !rows.at( 1 ).value( QStringLiteral( "geometry_wkt" ) ).isValid() );
}

void TestGeoPackageWriter::invalidGeometryFails()
{
  QTemporaryDir directory;
  GeoPackageWriter writer( directory.filePath( QStringLiteral( "bad.gpkg" ) ) );
  GeoPackageWriter::LayerDefinition points;
  points.name = QStringLiteral( "points" );
  points.geometryType = GeoPackageWriter::GeometryType::Point;
  QVERIFY( !writer.writeLayer( points, { { {}, QStringLiteral( "POINT (4.4" ) } } ) );
  QVERIFY( writer.errorMessage().contains( QLatin1String( "invalid geometry" ) ) );
  QVERIFY( !writer.isValid() );
}

void TestGeoPackageWriter::unwritablePathFails()
{
  QTemporaryDir directory;
  GeoPackageWriter writer( directory.filePath( QStringLiteral( "no/such/folder/out.gpkg" ) ) );
  QVERIFY( !writer.isValid() );
  QVERIFY( writer.errorMessage().contains( QLatin1String( "cannot create" ) ) );
  QVERIFY( !writer.close() );
}

QTEST_GUILESS_MAIN( TestGeoPackageWriter )
#include "testgeopackagewriter.moc"
