/***************************************************************************
  testatlaslayerset.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdatapathresolver.h"
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "imagecomparison.h"
#include "layertables.h"
#include "qgistestmain.h"
#include "readonlygeopackagesource.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <qgsattributeeditorcontainer.h>
#include <qgsexpression.h>
#include <qgsexpressioncontextutils.h>
#include <qgslayertree.h>
#include <qgslegendsymbolitem.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgsrelationmanager.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

/**
 * \brief "Add ports and seizures": the plugin's layers in a QGIS project, as an analyst gets
 * them, saves them and opens them again.
 */
class TestAtlasLayerSet : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void addsStyledLayersInOneGroup();
    void addingTwiceDoesNotDuplicate();
    void missingOrBrokenDataIsReportedByName();
    void portFormListsFiguresWithSourcesAndAlternatives();
    void portWithoutFigureIsNotZero();
    void projectRoundTripKeepsLayersAndRelation();
    void projectOpensAfterDataMoved();
    void shippedDataIsNeverWritten();
    void portsDefaultStyleRendersAsReference();
    void routesDefaultStyleRendersAsReference();
    void perMillionTeuStyleIsOffered();

  private:
    //! Returns the labels of the legend classes (with a symbol) of \a layer's renderer that \a feature falls in.
    static QStringList legendClasses( QgsVectorLayer *layer, const QgsFeature &feature );
    //! Renders \a layers in \a crs over \a extentWgs84 (lon/lat), 800 x 640 px at 96 dpi.
    static QImage render( const QList<QgsMapLayer *> &layers, const QString &crs, const QgsRectangle &extentWgs84 );
    static QString artifactsDir();

    QString mGeoPackage;
};

void TestAtlasLayerSet::initTestCase()
{
  initAtlasResources();
  mGeoPackage = QStringLiteral( PSA_DATA_GPKG );
  QVERIFY2( QFileInfo::exists( mGeoPackage ), qPrintable( mGeoPackage + QStringLiteral( " was not built" ) ) );
}

void TestAtlasLayerSet::init()
{
  QgsProject::instance()->clear();
}

void TestAtlasLayerSet::addsStyledLayersInOneGroup()
{
  QgsProject *project = QgsProject::instance();
  const AtlasLayerSet::Result result = AtlasLayerSet::addToProject( project, mGeoPackage );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  QCOMPARE( result.added.size(), AtlasLayerSet::definitions().size() );

  QgsLayerTreeGroup *group = project->layerTreeRoot()->findGroup( AtlasLayerSet::GROUP_NAME );
  QVERIFY( group );
  QCOMPARE( group->findLayers().size(), AtlasLayerSet::definitions().size() );
  // Ports are drawn on top of everything else of the plugin, the land basemap below all.
  QCOMPARE( group->findLayers().first()->layer()->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString(),
            QStringLiteral( "ports" ) );
  QCOMPARE( group->findLayers().last()->layer()->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString(),
            QStringLiteral( "countries" ) );
  QCOMPARE( project->crs().authid(), AtlasLayerSet::DEFAULT_PROJECT_CRS );

  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) );
  QVERIFY( ports );
  QCOMPARE( ports->crs().authid(), QStringLiteral( "EPSG:4326" ) );
  QCOMPARE( ports->geometryType(), QgsWkbTypes::PointGeometry );
  QCOMPARE( static_cast<int>( ports->featureCount() ), layerTableRowCount( QStringLiteral( "ports.csv" ) ) );
  QCOMPARE(
      static_cast<int>( AtlasLayerSet::findLayer( project, QStringLiteral( "seizure_figures" ) )->featureCount() ),
      layerTableRowCount( QStringLiteral( "seizure_figures.csv" ) ) );
  // The default style, not QGIS's random single symbol.
  QCOMPARE( ports->renderer()->type(), QStringLiteral( "RuleRenderer" ) );
  QVERIFY( ports->labelsEnabled() );
  QVERIFY( !ports->metadata().title().isEmpty() );
}

void TestAtlasLayerSet::addingTwiceDoesNotDuplicate()
{
  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, mGeoPackage );
  const int layerCount = project->count();
  const AtlasLayerSet::Result second = AtlasLayerSet::addToProject( project, mGeoPackage );
  QVERIFY( second.added.isEmpty() );
  QCOMPARE( second.alreadyPresent.size(), AtlasLayerSet::definitions().size() );
  QCOMPARE( project->count(), layerCount );
  QCOMPARE( project->layerTreeRoot()->children().size(), 1 );
  QCOMPARE( project->relationManager()->relations().size(), 1 );
}

void TestAtlasLayerSet::missingOrBrokenDataIsReportedByName()
{
  QgsProject *project = QgsProject::instance();
  const QString missing = QDir::tempPath() + QStringLiteral( "/no-such-folder/port_seizure_atlas.gpkg" );
  AtlasLayerSet::Result result = AtlasLayerSet::addToProject( project, missing );
  QCOMPARE( result.errors.size(), 1 );
  QVERIFY2( result.errors.first().contains( missing ), qPrintable( result.errors.first() ) );
  QCOMPARE( project->count(), 0 );

  QTemporaryDir dir;
  const QString broken = dir.filePath( QStringLiteral( "port_seizure_atlas.gpkg" ) );
  QFile file( broken );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  file.write( QByteArray( 4096, '\x5a' ) );
  file.close();
  result = AtlasLayerSet::addToProject( project, broken );
  QVERIFY( result.added.isEmpty() );
  QCOMPARE( result.errors.size(), AtlasLayerSet::definitions().size() - 1 ); // all but QGIS's basemap
  QVERIFY2( result.errors.first().contains( broken ) && result.errors.first().contains( QLatin1String( "ports" ) ),
            qPrintable( result.errors.first() ) );
  QCOMPARE( project->count(), 0 );
  QVERIFY( !project->layerTreeRoot()->findGroup( AtlasLayerSet::GROUP_NAME ) );
}

void TestAtlasLayerSet::portFormListsFiguresWithSourcesAndAlternatives()
{
  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, mGeoPackage );
  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) );
  const QgsRelation relation = project->relationManager()->relation( AtlasLayerSet::PORT_FIGURES_RELATION_ID );
  QVERIFY( relation.isValid() );

  QgsFeature antwerp;
  QgsFeatureIterator it =
      ports->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"unlocode\" = 'BEANR'" ) ) );
  QVERIFY( it.nextFeature( antwerp ) );

  // The figures of the port, preferred and alternatives, each with its source.
  QgsFeatureIterator figures = relation.getRelatedFeatures( antwerp );
  QgsFeature figure;
  QStringList figures2023;
  while ( figures.nextFeature( figure ) )
  {
    QVERIFY( !figure.attribute( QStringLiteral( "source_url" ) ).toString().isEmpty() );
    if ( figure.attribute( QStringLiteral( "year" ) ).toInt() == 2023 )
      figures2023 << QString::number( figure.attribute( QStringLiteral( "quantity_t" ) ).toDouble() );
  }
  QVERIFY2( figures2023.contains( QStringLiteral( "116" ) ) && figures2023.contains( QStringLiteral( "121" ) ),
            qPrintable( figures2023.join( ',' ) ) );

  // The map tip that the identify tool and hovering show lists them with links.
  QgsExpressionContext context = QgsExpressionContext( QgsExpressionContextUtils::globalProjectLayerScopes( ports ) );
  context.setFeature( antwerp );
  const QString tip = QgsExpression::replaceExpressionText( ports->mapTipTemplate(), &context );
  QVERIFY2( tip.contains( QLatin1String( "Antwerp" ) ) && tip.contains( QLatin1String( "2023: 116" ) ) &&
                tip.contains( QLatin1String( "2023: 121" ) ),
            qPrintable( tip ) );
  QVERIFY2( tip.contains( QLatin1String( "(alternative)" ) ) && tip.contains( QLatin1String( "href=\"http" ) ),
            qPrintable( tip ) );
}

void TestAtlasLayerSet::portWithoutFigureIsNotZero()
{
  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, mGeoPackage );
  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) );
  QgsFeature felixstowe;
  // A European port without any published figure (e.g. Felixstowe): it must not read as 0 t.
  QVERIFY( ports
               ->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral(
                   "\"figure_count\" = 0 AND \"role\" = 'europe_destination' AND \"unlocode\" = 'GBFXT'" ) ) )
               .nextFeature( felixstowe ) );
  QVERIFY( felixstowe.attribute( QStringLiteral( "latest_tonnes" ) ).isNull() );
  // Exactly one legend class (with a symbol) applies, and it says so.
  const QStringList classes = legendClasses( ports, felixstowe );
  QCOMPARE( classes.size(), 1 );
  QVERIFY2( classes.first().contains( QLatin1String( "no published figure" ) ), qPrintable( classes.first() ) );
}

QStringList TestAtlasLayerSet::legendClasses( QgsVectorLayer *layer, const QgsFeature &feature )
{
  QgsRenderContext renderContext;
  QgsExpressionContext context( QgsExpressionContextUtils::globalProjectLayerScopes( layer ) );
  context.setFeature( feature );
  renderContext.setExpressionContext( context );
  layer->renderer()->startRender( renderContext, layer->fields() );
  const QSet<QString> legendKeys = layer->renderer()->legendKeysForFeature( feature, renderContext );
  layer->renderer()->stopRender( renderContext );
  QStringList classes;
  for ( const QgsLegendSymbolItem &item : layer->renderer()->legendSymbolItems() )
  {
    if ( legendKeys.contains( item.ruleKey() ) && item.symbol() )
      classes << item.label();
  }
  return classes;
}

void TestAtlasLayerSet::perMillionTeuStyleIsOffered()
{
  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, mGeoPackage );
  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) );
  QgsMapLayerStyleManager *styles = ports->styleManager();
  // Offered in the style list; the tonnes style stays the one shown.
  QVERIFY( styles->styles().contains( AtlasLayerSet::perMillionTeuStyleName() ) );
  QVERIFY( styles->currentStyle() != AtlasLayerSet::perMillionTeuStyleName() );

  QgsFeature antwerp;
  QgsFeature felixstowe;
  QVERIFY( ports->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"unlocode\" = 'BEANR'" ) ) )
               .nextFeature( antwerp ) );
  QVERIFY( ports->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "\"unlocode\" = 'GBFXT'" ) ) )
               .nextFeature( felixstowe ) );
  QVERIFY( !antwerp.attribute( QStringLiteral( "t_per_million_teu" ) ).isNull() );
  QVERIFY( felixstowe.attribute( QStringLiteral( "t_per_million_teu" ) ).isNull() );

  QVERIFY( styles->setCurrentStyle( AtlasLayerSet::perMillionTeuStyleName() ) );
  const QStringList antwerpClasses = legendClasses( ports, antwerp );
  QCOMPARE( antwerpClasses.size(), 1 );
  QVERIFY2( antwerpClasses.first().contains( QLatin1String( "per million TEU" ) ),
            qPrintable( antwerpClasses.first() ) );
  QCOMPARE( legendClasses( ports, felixstowe ),
            QStringList( { QStringLiteral( "No seizure and TEU figure of one year" ) } ) );
  for ( const QgsLegendSymbolItem &item : ports->renderer()->legendSymbolItems() )
    QVERIFY2( item.label().size() <= 40, qPrintable( item.label() ) );
  // The identify form shows the ratio in either style.
  bool formShowsRatio = false;
  for ( const QgsAttributeEditorElement *tab : ports->editFormConfig().tabs() )
  {
    const auto *container = dynamic_cast<const QgsAttributeEditorContainer *>( tab );
    for ( const QgsAttributeEditorElement *element :
          container ? container->children() : QList<QgsAttributeEditorElement *>() )
      formShowsRatio = formShowsRatio || element->name() == QLatin1String( "t_per_million_teu" );
  }
  QVERIFY( formShowsRatio );

  // Back to the tonnes style.
  QVERIFY( styles->setCurrentStyle( styles->styles().first() == AtlasLayerSet::perMillionTeuStyleName()
                                        ? styles->styles().last()
                                        : styles->styles().first() ) );
  QVERIFY( legendClasses( ports, felixstowe ).first().contains( QLatin1String( "no published figure" ) ) );
}

void TestAtlasLayerSet::projectRoundTripKeepsLayersAndRelation()
{
  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, mGeoPackage );
  QTemporaryDir dir;
  const QString projectFile = dir.filePath( QStringLiteral( "analysis.qgz" ) );
  QVERIFY( project->write( projectFile ) );
  project->clear();
  QVERIFY( project->read( projectFile ) );

  for ( const AtlasLayerDefinition &definition : AtlasLayerSet::definitions() )
  {
    QgsVectorLayer *layer = AtlasLayerSet::findLayer( project, definition.table );
    QVERIFY2( layer && layer->isValid(), qPrintable( definition.table ) );
  }
  QVERIFY( project->relationManager()->relation( AtlasLayerSet::PORT_FIGURES_RELATION_ID ).isValid() );
  QCOMPARE( AtlasLayerSet::addToProject( project, mGeoPackage ).added.size(), 0 );
}

void TestAtlasLayerSet::projectOpensAfterDataMoved()
{
  // A project saved on a machine where the plugin's data was elsewhere.
  QTemporaryDir otherMachine;
  const QString oldDataDir = otherMachine.filePath( QStringLiteral( "plugins/port-seizure-atlas" ) );
  QVERIFY( QDir().mkpath( oldDataDir ) );
  const QString oldGeoPackage = oldDataDir + QStringLiteral( "/port_seizure_atlas.gpkg" );
  QVERIFY( QFile::copy( mGeoPackage, oldGeoPackage ) );

  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, oldGeoPackage );
  const QString projectFile = otherMachine.filePath( QStringLiteral( "analysis.qgz" ) );
  QVERIFY( project->write( projectFile ) );
  project->clear();
  QVERIFY( QDir( oldDataDir ).removeRecursively() );

  AtlasDataPathResolver resolver( QFileInfo( mGeoPackage ).absolutePath() );
  resolver.install();
  const bool read = project->read( projectFile );
  resolver.uninstall();
  QVERIFY( read );
  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) );
  QVERIFY( ports );
  QVERIFY2( ports->isValid(), qPrintable( ports->source() ) );
  QCOMPARE( ReadOnlyGeoPackageSource::fileOfLayerSource( ports->source() ),
            QFileInfo( mGeoPackage ).absoluteFilePath() );
  QVERIFY2( !( ports->dataProvider()->capabilities() & QgsVectorDataProvider::EditingCapabilities ),
            qPrintable( ports->source() ) );

  // Paths to the analyst's own files are left alone.
  const QString own = otherMachine.filePath( QStringLiteral( "my-data/port_seizure_atlas.gpkg" ) );
  QCOMPARE( resolver.resolve( own ), own );
}

void TestAtlasLayerSet::shippedDataIsNeverWritten()
{
  // Tests and QGIS run as root here, and the build folder is writable: QGIS would open a plain
  // GeoPackage path for update and switch its journal, changing the file under other readers.
  const auto fileHash = []( const QString &path ) {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 )
                                            : QByteArray();
  };
  const QByteArray before = fileHash( mGeoPackage );
  QVERIFY( !before.isEmpty() );
  QMap<QString, QByteArray> files; // the other GeoPackages read (the basemap), with their hashes

  QgsProject *project = QgsProject::instance();
  const AtlasLayerSet::Result result = AtlasLayerSet::addToProject( project, mGeoPackage );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  for ( QgsMapLayer *layer : result.added )
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    QVERIFY( vectorLayer );
    QVERIFY2( vectorLayer->readOnly(), qPrintable( layer->name() ) );
    QVERIFY2( !vectorLayer->startEditing(), qPrintable( layer->name() ) );
    // The plugin's own layers are opened read-only by GDAL itself; the basemap (QGIS's world map)
    // reads through a view where SQLite cannot create the journal any write needs.
    const QString file = ReadOnlyGeoPackageSource::fileOfLayerSource( layer->source() );
    if ( file == mGeoPackage )
      QVERIFY2( !( vectorLayer->dataProvider()->capabilities() & QgsVectorDataProvider::EditingCapabilities ),
                qPrintable( layer->source() ) );
    else
      files.insert( file, fileHash( file ) );
  }
  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) );
  QVERIFY( ports );
  const long long allPorts = ports->featureCount();
  QVERIFY( ports->setSubsetString( QStringLiteral( "\"country_iso2\" = 'BE'" ) ) );
  QVERIFY2( ports->featureCount() > 0 && ports->featureCount() < allPorts,
            "a filter must still work on the read-only data" );
  QVERIFY( ports->setSubsetString( QString() ) );
  QCOMPARE( ports->featureCount(), allPorts );
  project->clear();

  QCOMPARE( fileHash( mGeoPackage ), before );
  files.insert( mGeoPackage, before );
  for ( auto file = files.cbegin(); file != files.cend(); ++file )
  {
    QVERIFY2( fileHash( file.key() ) == file.value(), qPrintable( file.key() ) );
    for ( const QString &companion :
          { QStringLiteral( "-wal" ), QStringLiteral( "-shm" ), QStringLiteral( "-journal" ) } )
      QVERIFY2( !QFileInfo::exists( file.key() + companion ), qPrintable( file.key() + companion ) );
  }
}

QImage TestAtlasLayerSet::render( const QList<QgsMapLayer *> &layers, const QString &crs,
                                  const QgsRectangle &extentWgs84 )
{
  QgsMapSettings settings;
  settings.setLayers( layers );
  settings.setDestinationCrs( QgsCoordinateReferenceSystem( crs ) );
  settings.setOutputSize( QSize( 800, 640 ) );
  settings.setOutputDpi( 96 );
  settings.setBackgroundColor( Qt::white );
  settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
  settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
  const QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                          settings.destinationCrs(), QgsProject::instance() );
  settings.setExtent( transform.transformBoundingBox( extentWgs84 ) );
  QgsMapRendererSequentialJob job( settings );
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

void TestAtlasLayerSet::portsDefaultStyleRendersAsReference()
{
  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, mGeoPackage );
  const QImage image = render( { AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) ) },
                               QStringLiteral( "EPSG:3035" ), QgsRectangle( -12, 34, 30, 62 ) );
  const QString problem =
      ImageComparison::compare( image, QStringLiteral( "ports_default_style" ), 12, 400, artifactsDir() );
  QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
}

void TestAtlasLayerSet::routesDefaultStyleRendersAsReference()
{
  QgsProject *project = QgsProject::instance();
  AtlasLayerSet::addToProject( project, mGeoPackage );
  // Atlantic scale, in a world projection: routes under the ports, arrows at the European end.
  const QImage image = render( { AtlasLayerSet::findLayer( project, QStringLiteral( "ports" ) ),
                                 AtlasLayerSet::findLayer( project, QStringLiteral( "inbound_routes" ) ) },
                               QStringLiteral( "ESRI:54030" ), QgsRectangle( -95, -40, 35, 62 ) );
  const QString problem =
      ImageComparison::compare( image, QStringLiteral( "routes_default_style" ), 12, 600, artifactsDir() );
  QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
}

QString TestAtlasLayerSet::artifactsDir()
{
  return QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/tests/render-artifacts" );
}

PSA_QGIS_TEST_MAIN( TestAtlasLayerSet )
#include "testatlaslayerset.moc"
