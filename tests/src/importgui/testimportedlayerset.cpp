/***************************************************************************
  testimportedlayerset.cpp
  Port Seizure Atlas: imported events as plugin layers the panel filters, beside the shipped ones
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasfiltercontroller.h"
#include "atlaslayerset.h"
#include "importedlayerset.h"
#include "iteratedfeaturecount.h"
#include "qgistestmain.h"
#include "seizureeventimporter.h"

#include <QTemporaryDir>
#include <qgsabstractdatabaseproviderconnection.h>
#include <qgsdatasourceuri.h>
#include <qgsproject.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

class TestImportedLayerSet : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void panelFiltersImportedLayers();
    void shippedLayersStillAdded();
    void notAnImport();
    void importByAnEarlierVersionOpens();
    void credentialsRefused();

  private:
    QTemporaryDir mDir;
    QString mGeoPackage;
};

void TestImportedLayerSet::initTestCase()
{
  QString error;
  const PortGazetteer ports = PortGazetteer::fromGeoPackage( QStringLiteral( PSA_DATA_GPKG ), &error );
  QVERIFY2( ports.size() > 0, qPrintable( error ) );
  const QString csv = mDir.filePath( QStringLiteral( "events.csv" ) );
  QFile file( csv );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n"
              "2021-03-12,BEANR,ECGYE,EC,cocaine,1500,kg\n"
              "2021-06-01,BEANR,,CO,cocaine,2,t\n"
              "2022-01-05,Rotterdam,,CO,cocaine,2.5,t\n"
              "2022-02-05,Hamburg,,EC,cocaine,,\n" );
  file.close();
  mGeoPackage = mDir.filePath( QStringLiteral( "events.gpkg" ) );
  const ImportReport report = SeizureEventImporter( ports ).run( csv, EventColumnMapping(), mGeoPackage, false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
}

void TestImportedLayerSet::panelFiltersImportedLayers()
{
  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, mGeoPackage );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  QCOMPARE( result.added.size(), 3 );
  QgsVectorLayer *portYears = result.added.at( 0 );
  QgsVectorLayer *events = result.added.at( 1 );
  QVERIFY( portYears->isSpatial() );
  QCOMPARE( iteratedFeatureCount( portYears ), 3LL );
  QCOMPARE( iteratedFeatureCount( events ), 4LL );

  AtlasFilterController controller( &project );
  AtlasFilter filter;
  filter.setYears( 2021, 2021 );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( portYears ), 1LL );
  QCOMPARE( iteratedFeatureCount( events ), 2LL );
  QgsFeature antwerp2021;
  QVERIFY( portYears->getFeatures().nextFeature( antwerp2021 ) );
  QCOMPARE( antwerp2021.attribute( QStringLiteral( "port_locode" ) ).toString(), QStringLiteral( "BEANR" ) );
  QCOMPARE( antwerp2021.attribute( QStringLiteral( "tonnes" ) ).toDouble(), 3.5 );

  filter.setYears( 2022, 2022 );
  filter.setDestinationCountries( { QStringLiteral( "DE" ) } );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( portYears ), 1LL );
  QgsFeature hamburg;
  QVERIFY( portYears->getFeatures().nextFeature( hamburg ) );
  // No quantity known: NULL, never 0.
  QVERIFY( hamburg.attribute( QStringLiteral( "tonnes" ) ).isNull() );

  filter = AtlasFilter();
  filter.setOriginCountries( { QStringLiteral( "CO" ) } );
  controller.setFilter( filter );
  QCOMPARE( iteratedFeatureCount( events ), 2LL );
}

void TestImportedLayerSet::shippedLayersStillAdded()
{
  QgsProject project;
  QVERIFY( ImportedLayerSet::addGeoPackage( &project, mGeoPackage ).errors.isEmpty() );
  // The imported layers are tagged like seizure_figures and inbound_routes, yet never taken for them.
  QVERIFY( !AtlasLayerSet::findLayer( &project, QStringLiteral( "seizure_figures" ) ) );
  const AtlasLayerSet::Result shipped = AtlasLayerSet::addToProject( &project, QStringLiteral( PSA_DATA_GPKG ) );
  QVERIFY2( shipped.alreadyPresent.isEmpty(), qPrintable( shipped.alreadyPresent.join( ',' ) ) );
  QgsVectorLayer *figures = AtlasLayerSet::findLayer( &project, QStringLiteral( "seizure_figures" ) );
  QVERIFY( figures );
  QVERIFY( figures->source().contains( QStringLiteral( "port_seizure_atlas.gpkg" ) ) );
}

void TestImportedLayerSet::notAnImport()
{
  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, QStringLiteral( PSA_DATA_GPKG ) );
  QCOMPARE( result.added.size(), 0 );
  QVERIFY( !result.errors.isEmpty() );
  QVERIFY2( result.errors.first().contains( QStringLiteral( "seizure_" ) ), qPrintable( result.errors.first() ) );
  QCOMPARE( project.count(), 0 );
}

void TestImportedLayerSet::importByAnEarlierVersionOpens()
{
  // Imports made before the routes were drawn have no seizure_routes table.
  const QString older = mDir.filePath( QStringLiteral( "older.gpkg" ) );
  QVERIFY( QFile::copy( mGeoPackage, older ) );
  QFile::setPermissions( older, QFile::ReadOwner | QFile::WriteOwner );
  {
    std::unique_ptr<QgsAbstractDatabaseProviderConnection> connection( static_cast<QgsAbstractDatabaseProviderConnection *>(
        QgsProviderRegistry::instance()->providerMetadata( QStringLiteral( "ogr" ) )->createConnection( older, QVariantMap() ) ) );
    QVERIFY( connection );
    connection->dropVectorTable( QString(), QStringLiteral( "seizure_routes" ) );
  }
  QVERIFY( !QgsVectorLayer( QStringLiteral( "%1|layername=seizure_routes" ).arg( older ), QStringLiteral( "gone" ), QStringLiteral( "ogr" ) ).isValid() );

  QgsProject project;
  const ImportedLayerSet::Result result = ImportedLayerSet::addGeoPackage( &project, older );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  QCOMPARE( result.added.size(), 2 );
  QCOMPARE( result.notes.size(), 1 );
  QVERIFY2( result.notes.first().contains( QStringLiteral( "seizure_routes" ) ) && result.notes.first().contains( QStringLiteral( "import the file again" ) ), qPrintable( result.notes.first() ) );
  AtlasFilterController controller( &project );
  QCOMPARE( controller.data().years(), ( QList<int>{ 2021, 2022 } ) );
}

void TestImportedLayerSet::credentialsRefused()
{
  QgsProject project;
  QgsDataSourceUri uri;
  uri.setConnection( QStringLiteral( "127.0.0.1" ), QStringLiteral( "5432" ), QStringLiteral( "atlas" ), QStringLiteral( "analyst" ), QStringLiteral( "secret" ) );
  const ImportedLayerSet::Result result = ImportedLayerSet::addPostgres( &project, uri );
  QVERIFY( result.added.isEmpty() );
  QVERIFY2( result.errors.value( 0 ).contains( QStringLiteral( "authentication configuration" ) ), qPrintable( result.errors.value( 0 ) ) );
  QCOMPARE( project.count(), 0 );
}

PSA_QGIS_TEST_MAIN( TestImportedLayerSet )
#include "testimportedlayerset.moc"
