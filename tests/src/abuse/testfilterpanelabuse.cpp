/***************************************************************************
  testfilterpanelabuse.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfiltercontroller.h"
#include "atlasfilterpanel.h"
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "qgistestmain.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <memory>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

/**
 * \brief The filter panel (real widgets) while the project changes under
 * it: each plugin layer deleted while a filter is pending, the project replaced while a filter is
 * pending, a saved project opened after its GeoPackage moved. Nothing may crash and nothing the
 * analyst had may be lost: their own layers, the saved filter, the layers of the moved file.
 */
class TestFilterPanelAbuse : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void cleanup();
    void deleteEachLayerWhileFiltering_data();
    void deleteEachLayerWhileFiltering();
    void replaceProjectWhileFiltering();
    void openProjectAfterGeoPackageMoved();

  private:
    //! Opens the panel on the project as it is now.
    void openPanel();
    //! Picks \a year in the panel's "from" year list, as an analyst does; applied after the debounce delay.
    void pickYearFrom( const QString &year );
    //! Checks that every plugin layer left shows the filter in force, and the analyst's own layer is untouched.
    void checkLayersFollowTheFilter();

    std::unique_ptr<AtlasFilterController> mController;
    std::unique_ptr<AtlasFilterPanel> mPanel;
    QPointer<QgsVectorLayer> mOwnLayer; // the analyst's own layer, owned by the project
    QTemporaryDir mTempDir;
};

namespace
{
  const QString OWN_SUBSET = QStringLiteral( "\"kind\" = 'mine'" );
}

void TestFilterPanelAbuse::initTestCase()
{
  initAtlasResources();
  QVERIFY( mTempDir.isValid() );
  QVERIFY( QFileInfo::exists( QStringLiteral( PSA_DATA_GPKG ) ) );
}

void TestFilterPanelAbuse::init()
{
  QgsProject::instance()->clear();
  QVERIFY( AtlasLayerSet::addToProject( QgsProject::instance(), QStringLiteral( PSA_DATA_GPKG ) ).errors.isEmpty() );
  auto own = std::make_unique<QgsVectorLayer>( QStringLiteral( "Point?crs=EPSG:4326&field=kind:string" ),
                                               QStringLiteral( "my notes" ), QStringLiteral( "memory" ) );
  QVERIFY( own->setSubsetString( OWN_SUBSET ) );
  mOwnLayer = qobject_cast<QgsVectorLayer *>( QgsProject::instance()->addMapLayer( own.release() ) );
  openPanel();
}

void TestFilterPanelAbuse::openPanel()
{
  mController = std::make_unique<AtlasFilterController>( QgsProject::instance() );
  mPanel = std::make_unique<AtlasFilterPanel>( mController.get() );
  mPanel->resize( 360, 900 );
  mPanel->show();
  QVERIFY( QTest::qWaitForWindowExposed( mPanel.get() ) );
}

void TestFilterPanelAbuse::cleanup()
{
  mPanel.reset();
  mController.reset();
  QgsProject::instance()->clear();
}

void TestFilterPanelAbuse::pickYearFrom( const QString &year )
{
  QComboBox *from = mPanel->findChild<QComboBox *>( QStringLiteral( "yearFromCombo" ) );
  QVERIFY( from );
  const int index = from->findText( year );
  QVERIFY2( index > 0, qPrintable( year + QStringLiteral( " is not offered" ) ) );
  from->setCurrentIndex( index );
}

void TestFilterPanelAbuse::checkLayersFollowTheFilter()
{
  for ( QgsVectorLayer *layer : mController->pluginLayers() )
  {
    const QString table = layer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString();
    QCOMPARE( layer->subsetString(), mController->filter().subsetString( table ) );
  }
  QVERIFY( mOwnLayer );
  QCOMPARE( mOwnLayer->subsetString(), OWN_SUBSET );
}

void TestFilterPanelAbuse::deleteEachLayerWhileFiltering_data()
{
  QTest::addColumn<QString>( "table" );
  for ( const AtlasLayerDefinition &definition : AtlasLayerSet::definitions() )
    QTest::newRow( qPrintable( definition.table ) ) << definition.table;
}

void TestFilterPanelAbuse::deleteEachLayerWhileFiltering()
{
  QFETCH( QString, table );
  pickYearFrom( QStringLiteral( "2019" ) );
  // Deleted while the panel's change waits to be applied: the change is applied all the same.
  QgsProject::instance()->removeMapLayer( AtlasLayerSet::findLayer( QgsProject::instance(), table ) );
  QVERIFY( !AtlasLayerSet::findLayer( QgsProject::instance(), table ) );
  QTRY_COMPARE( mController->filter().yearFrom(), 2019 );
  checkLayersFollowTheFilter();
  QCOMPARE( mController->pluginLayers().size(), AtlasLayerSet::definitions().size() - 1 );

  // The panel goes on working on the layers left.
  pickYearFrom( QStringLiteral( "2022" ) );
  QTRY_COMPARE( mController->filter().yearFrom(), 2022 );
  checkLayersFollowTheFilter();
}

void TestFilterPanelAbuse::replaceProjectWhileFiltering()
{
  // A project saved with its own filter: 2019 only.
  AtlasFilter saved;
  saved.setYears( 2019, 2019 );
  mController->setFilter( saved );
  const QString path = mTempDir.filePath( QStringLiteral( "saved-filter.qgz" ) );
  QVERIFY( QgsProject::instance()->write( path ) );
  mController->setFilter( AtlasFilter() );

  // An edit is pending when the analyst opens the saved project.
  pickYearFrom( QStringLiteral( "2022" ) );
  QVERIFY( QgsProject::instance()->read( path ) );
  mOwnLayer = qobject_cast<QgsVectorLayer *>(
      QgsProject::instance()->mapLayersByName( QStringLiteral( "my notes" ) ).value( 0 ) );
  QTest::qWait( AtlasFilterPanel::DEBOUNCE_MS * 3 );
  // The opened project keeps the filter it was saved with; the stale edit does not overwrite it.
  QCOMPARE( mController->filter(), saved );
  QCOMPARE(
      QgsProject::instance()->readEntry( AtlasFilterController::PROJECT_SCOPE, AtlasFilterController::PROJECT_KEY ),
      saved.toString() );
  QCOMPARE( mController->pluginLayers().size(), AtlasLayerSet::definitions().size() );
  for ( QgsVectorLayer *layer : mController->pluginLayers() )
  {
    const QString table = layer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString();
    QCOMPARE( layer->subsetString(), saved.subsetString( table ) );
  }
}

void TestFilterPanelAbuse::openProjectAfterGeoPackageMoved()
{
  // The analyst's project uses a copy of the atlas GeoPackage, which is later moved away.
  mPanel.reset();
  mController.reset();
  QgsProject::instance()->clear();
  const QString dataFolder = mTempDir.filePath( QStringLiteral( "analyst-data" ) );
  QVERIFY( QDir().mkpath( dataFolder ) );
  const QString geoPackage = QDir( dataFolder ).filePath( AtlasLayerSet::GEOPACKAGE_FILE_NAME );
  QFile::remove( geoPackage );
  QVERIFY( QFile::copy( QStringLiteral( PSA_DATA_GPKG ), geoPackage ) );
  QVERIFY( AtlasLayerSet::addToProject( QgsProject::instance(), geoPackage ).errors.isEmpty() );
  openPanel();
  AtlasFilter saved;
  saved.setYears( 2020, 2022 );
  saved.setDestinationCountries( { QStringLiteral( "BE" ) } );
  mController->setFilter( saved );
  const QString project = mTempDir.filePath( QStringLiteral( "moved.qgz" ) );
  QVERIFY( QgsProject::instance()->write( project ) );
  const int layerCount = QgsProject::instance()->mapLayers().size();
  const QString movedTo = mTempDir.filePath( QStringLiteral( "elsewhere.gpkg" ) );
  QFile::remove( movedTo );
  QVERIFY( QFile::rename( geoPackage, movedTo ) );

  QgsProject::instance()->clear();
  QVERIFY( QgsProject::instance()->read( project ) );
  // The layers stay in the project, marked unavailable; the panel names the missing file.
  QCOMPARE( QgsProject::instance()->mapLayers().size(), layerCount );
  int unavailable = 0;
  for ( QgsMapLayer *layer : QgsProject::instance()->mapLayers() )
    unavailable += layer->isValid() ? 0 : 1;
  QCOMPARE( unavailable, AtlasLayerSet::definitions().size() - 1 ); // all but the basemap from QGIS's world map
  QLabel *hint = mPanel->findChild<QLabel *>( QStringLiteral( "filterHintLabel" ) );
  QTRY_VERIFY( hint->isVisible() );
  QVERIFY2( hint->text().contains( QDir::toNativeSeparators( geoPackage ) ) &&
                hint->text().contains( QLatin1String( "unavailable" ) ),
            qPrintable( hint->text() ) );
  QVERIFY( !mPanel->findChild<QComboBox *>( QStringLiteral( "yearFromCombo" ) )->isEnabled() );
  // Nothing is lost: saved again, the project still points at the GeoPackage and keeps its filter,
  // so putting the file back brings everything back.
  QCOMPARE( mController->filter(), saved );
  const QString resaved = mTempDir.filePath( QStringLiteral( "resaved.qgs" ) );
  QVERIFY( QgsProject::instance()->write( resaved ) );
  QVERIFY( QFile::rename( movedTo, geoPackage ) );
  QgsProject::instance()->clear();
  QVERIFY( QgsProject::instance()->read( resaved ) );
  for ( QgsMapLayer *layer : QgsProject::instance()->mapLayers() )
    QVERIFY2( layer->isValid(), qPrintable( layer->name() ) );
  QCOMPARE( mController->filter(), saved );
  QTRY_VERIFY( mPanel->findChild<QComboBox *>( QStringLiteral( "yearFromCombo" ) )->isEnabled() );
}

PSA_QGIS_TEST_MAIN( TestFilterPanelAbuse )
#include "testfilterpanelabuse.moc"
