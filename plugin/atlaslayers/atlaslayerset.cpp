/***************************************************************************
  atlaslayerset.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlaslayerset.h"
#include "gdalnoisefilter.h"
#include "readonlygeopackagesource.h"
#include "stylelabels.h"

#include "atlasschema.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <qgis.h>
#include <qgsapplication.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfield.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsmaplayerstyle.h>
#include <qgsmaplayerstylemanager.h>
#include <qgsproject.h>
#include <qgsrelationmanager.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>

const QString AtlasLayerSet::TABLE_PROPERTY = QStringLiteral( "port-seizure-atlas/table" );
const QString AtlasLayerSet::IMPORTED_PROPERTY = QStringLiteral( "port-seizure-atlas/imported-from" );
const QString AtlasLayerSet::GROUP_NAME = QStringLiteral( "Port Seizure Atlas" );
const QString AtlasLayerSet::PORT_FIGURES_RELATION_ID = QStringLiteral( "psa_port_seizure_figures" );
const QString AtlasLayerSet::GEOPACKAGE_FILE_NAME = QStringLiteral( "port_seizure_atlas.gpkg" );
const QString AtlasLayerSet::DEFAULT_PROJECT_CRS = QStringLiteral( "ESRI:54030" );
const QString AtlasLayerSet::BASEMAP_TABLE = QStringLiteral( "countries" );
const QString AtlasLayerSet::SELECTED_TONNES_FIELD = QStringLiteral( "selected_tonnes" );

namespace
{
} // namespace

QList<AtlasLayerDefinition> AtlasLayerSet::definitions()
{
  // Short names (the Layers panel cuts long ones); what a layer shows is its tooltip (abstract).
  return {
      { AtlasSchema::PORTS_TABLE, tr( "Port seizures, t a year" ),
        QStringLiteral( ":/port-seizure-atlas/styles/ports.qml" ), QString(),
        tr( "Circle area: tonnes of cocaine seized in a port, from its preferred published figure. Latest year with a "
            "figure, or, with years chosen in "
            "the panel, their sum divided by the number of years. Hollow ring: no published figure (unknown, not 0 t). "
            "Port figures are totals of all "
            "origins." ) },
      { AtlasSchema::DOCUMENTED_SEIZURES_TABLE, tr( "Single seizures (not totals)" ),
        QStringLiteral( ":/port-seizure-atlas/styles/documented_seizures.qml" ), QString(),
        tr( "Documented single seizures of 0.1 t or more reported at European ports: each point is one seizure with "
            "its source, never a port's total." ) },
      { AtlasSchema::INBOUND_ROUTES_TABLE, tr( "Inbound sea routes" ),
        QStringLiteral( ":/port-seizure-atlas/styles/inbound_routes.qml" ), QString(),
        tr( "Documented origin → European port links along sea lanes; width by documented tonnes, dashed where "
            "unknown; dotted where the source names no origin port; colour by origin country." ) },
      { AtlasSchema::NATIONAL_TOTALS_TABLE, tr( "National totals" ),
        QStringLiteral( ":/port-seizure-atlas/styles/national_totals.qml" ), QString(),
        tr( "National seizure totals, never summed with the ports." ) },
      { AtlasSchema::SEIZURE_FIGURES_TABLE, tr( "Figures and sources" ),
        QStringLiteral( ":/port-seizure-atlas/styles/seizure_figures.qml" ), QString(),
        tr( "Every seizure figure with its source, scope and why it is preferred or not." ) },
      { QStringLiteral( "countries" ), tr( "Countries" ),
        QStringLiteral( ":/port-seizure-atlas/styles/basemap_countries.qml" ),
        QgsApplication::pkgDataPath() + QStringLiteral( "/resources/data/world_map.gpkg" ),
        tr( "Land basemap: Natural Earth, from QGIS's own world map." ) },
  };
}

QgsVectorLayer *AtlasLayerSet::findLayer( const QgsProject *project, const QString &table )
{
  if ( !project )
    return nullptr;
  const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
  for ( QgsMapLayer *layer : layers )
  {
    if ( layer->customProperty( TABLE_PROPERTY ).toString() == table &&
         !layer->customProperty( IMPORTED_PROPERTY ).isValid() )
      return qobject_cast<QgsVectorLayer *>( layer );
  }
  return nullptr;
}

AtlasLayerSet::Result AtlasLayerSet::addBasemap( QgsProject *project )
{
  Result result;
  if ( !project )
    return result;
  std::vector<std::unique_ptr<QgsVectorLayer>> opened;
  for ( const AtlasLayerDefinition &definition : definitions() )
  {
    if ( definition.table != BASEMAP_TABLE )
      continue;
    if ( findLayer( project, definition.table ) )
      result.alreadyPresent << definition.table;
    else if ( std::unique_ptr<QgsVectorLayer> layer = openLayer( project, definition, QString(), &result.errors ) )
      opened.push_back( std::move( layer ) );
  }
  addToGroup( project, opened, &result );
  return result;
}

std::unique_ptr<QgsVectorLayer> AtlasLayerSet::openLayer( QgsProject *project, const AtlasLayerDefinition &definition,
                                                          const QString &geoPackagePath, QStringList *errors )
{
  const QString file = definition.otherGeoPackage.isEmpty() ? geoPackagePath : definition.otherGeoPackage;
  // Shipped data is never opened for writing, whoever runs QGIS (see ReadOnlyGeoPackageSource).
  const QString source = ReadOnlyGeoPackageSource::layerSource( file, definition.table );
  QgsVectorLayer::LayerOptions options( project->transformContext() );
  std::unique_ptr<QgsVectorLayer> layer;
  {
    const GdalNoiseFilter quiet; // QGIS first tries to open the read-only data for update
    layer = std::make_unique<QgsVectorLayer>( source, definition.displayName, QStringLiteral( "ogr" ), options );
  }
  layer->setReadOnly( true );
  if ( !layer->isValid() )
  {
    *errors << tr( "%1: layer \"%2\" cannot be read (missing table or damaged file)." ).arg( file, definition.table );
    return nullptr;
  }
  const QString error = styleError( layer.get(), definition.styleResource );
  if ( !error.isEmpty() )
    *errors << tr( "%1: layer \"%2\": %3; it keeps QGIS's default style." ).arg( file, definition.table, error );
  layer->setCustomProperty( TABLE_PROPERTY, definition.table );
  layer->setAbstract( definition.description ); // the Layers panel's tooltip
  if ( definition.table == AtlasSchema::PORTS_TABLE )
  {
    addSelectedTonnesField( layer.get() );
    const QString styleProblem = addPerMillionTeuStyle( layer.get() );
    if ( !styleProblem.isEmpty() )
      *errors << tr( "%1: layer \"%2\": %3" ).arg( file, definition.table, styleProblem );
  }
  setYearTemporalProperties( layer.get() );
  return layer;
}

void AtlasLayerSet::addToGroup( QgsProject *project, std::vector<std::unique_ptr<QgsVectorLayer>> &opened,
                                Result *result )
{
  if ( opened.empty() )
    return;
  const bool projectWasEmpty = project->count() == 0;
  QgsLayerTreeGroup *group = project->layerTreeRoot()->findGroup( GROUP_NAME );
  if ( !group )
    group = project->layerTreeRoot()->insertGroup( 0, GROUP_NAME );
  for ( std::unique_ptr<QgsVectorLayer> &layer : opened )
  {
    QgsVectorLayer *added = layer.release();
    project->addMapLayer( added, false );
    group->addLayer( added );
    result->added << added;
  }
  // An empty project gets a projection in which Atlantic routes and Europe both read well. Set
  // after adding: QGIS may give a new project the CRS of the first layer added.
  if ( projectWasEmpty )
    project->setCrs( QgsCoordinateReferenceSystem( DEFAULT_PROJECT_CRS ) );
}

void AtlasLayerSet::addSelectedTonnesField( QgsVectorLayer *ports )
{
  if ( !ports || ports->fields().indexOf( SELECTED_TONNES_FIELD ) >= 0 )
    return;
#if _QGIS_VERSION_INT >= 33800
  QgsField field( SELECTED_TONNES_FIELD, QMetaType::Type::Double, QStringLiteral( "double" ) );
#else
  QgsField field( SELECTED_TONNES_FIELD, QVariant::Double, QStringLiteral( "double" ) );
#endif
  const int index =
      ports->addExpressionField( QStringLiteral( "if(coalesce(@psa_port_tonnes, '') = '', \"latest_tonnes\", "
                                                 "to_real(map_get(json_to_map(@psa_port_tonnes), \"unlocode\")))" ),
                                 field );
  ports->setFieldAlias( index, tr( "Years shown (t)" ) );
  // Shown rounded, stored as computed (a sum of figures in kg can read 157.959999…).
  ports->setEditorWidgetSetup(
      index, QgsEditorWidgetSetup( QStringLiteral( "Range" ), { { QStringLiteral( "Precision" ), 1 },
                                                                { QStringLiteral( "AllowNull" ), true } } ) );
}

void AtlasLayerSet::setYearTemporalProperties( QgsVectorLayer *layer )
{
  if ( layer && layer->customProperty( TABLE_PROPERTY ).toString() == AtlasSchema::PORTS_TABLE )
  {
    // One row per port: not filtered by the frame, but redrawn with it. The panel takes the
    // frame's year (AtlasTemporalSync), so sizes and labels show that year's figure.
    QgsVectorLayerTemporalProperties *temporal =
        qobject_cast<QgsVectorLayerTemporalProperties *>( layer->temporalProperties() );
    temporal->setMode( Qgis::VectorTemporalMode::RedrawLayerOnly );
    temporal->setIsActive( true );
    return;
  }
  if ( !layer || layer->fields().indexOf( QStringLiteral( "year" ) ) < 0 )
    return;
  // A calendar-year figure covers the whole year: [1 January, 1 January of the next year).
  QgsVectorLayerTemporalProperties *temporal =
      qobject_cast<QgsVectorLayerTemporalProperties *>( layer->temporalProperties() );
  temporal->setMode( Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromExpressions );
  temporal->setStartExpression( QStringLiteral( "make_datetime(\"year\", 1, 1, 0, 0, 0)" ) );
  temporal->setEndExpression( QStringLiteral( "make_datetime(\"year\" + 1, 1, 1, 0, 0, 0)" ) );
  temporal->setLimitMode( Qgis::VectorTemporalLimitMode::IncludeBeginExcludeEnd );
  temporal->setIsActive( true );
}

QString AtlasLayerSet::perMillionTeuStyleName()
{
  return tr( "Seizures per million TEU" );
}

QString AtlasLayerSet::addPerMillionTeuStyle( QgsVectorLayer *ports )
{
  static const QString resource = QStringLiteral( ":/port-seizure-atlas/styles/ports_per_million_teu.qml" );
  QgsMapLayerStyleManager *styles = ports ? ports->styleManager() : nullptr;
  if ( !styles || styles->styles().contains( perMillionTeuStyleName() ) )
    return QString();
  QFile file( resource );
  QDomDocument document;
  if ( !file.open( QIODevice::ReadOnly ) || !document.setContent( &file ) )
    return tr( "style %1 is missing or not valid XML" ).arg( resource );
  StyleLabels::translate( document );
  styles->addStyle( perMillionTeuStyleName(), QgsMapLayerStyle( document.toString() ) );
  return QString();
}

QString AtlasLayerSet::styleError( QgsVectorLayer *layer, const QString &styleResource )
{
  QFile file( styleResource );
  if ( !file.open( QIODevice::ReadOnly ) )
    return tr( "style %1 is missing from the plugin" ).arg( styleResource );
  QDomDocument document;
  if ( !document.setContent( &file ) )
    return tr( "style %1 is not valid XML" ).arg( styleResource );
  StyleLabels::translate( document );
  QString error;
  if ( !layer->importNamedStyle( document, error ) )
    return tr( "style %1: %2" ).arg( styleResource, error );
  return QString();
}

AtlasLayerSet::Result AtlasLayerSet::addToProject( QgsProject *project, const QString &geoPackagePath )
{
  Result result;
  if ( !project )
    return result;
  if ( !QFileInfo::exists( geoPackagePath ) )
  {
    result.errors
        << tr( "%1: the plugin's data file does not exist. Rebuild or reinstall the plugin." ).arg( geoPackagePath );
    return result;
  }

  // Open everything first: a damaged data file must not leave a lone basemap behind.
  std::vector<std::unique_ptr<QgsVectorLayer>> opened;
  bool anyPluginData = false;
  for ( const AtlasLayerDefinition &definition : definitions() )
  {
    if ( findLayer( project, definition.table ) )
    {
      result.alreadyPresent << definition.table;
      continue;
    }
    std::unique_ptr<QgsVectorLayer> layer = openLayer( project, definition, geoPackagePath, &result.errors );
    if ( !layer )
      continue;
    anyPluginData = anyPluginData || definition.otherGeoPackage.isEmpty();
    opened.push_back( std::move( layer ) );
  }
  if ( !anyPluginData )
    return result;

  addToGroup( project, opened, &result );
  relateFiguresToPorts( project );
  return result;
}

void AtlasLayerSet::relateFiguresToPorts( QgsProject *project )
{
  QgsVectorLayer *ports = findLayer( project, AtlasSchema::PORTS_TABLE );
  QgsVectorLayer *figures = findLayer( project, AtlasSchema::SEIZURE_FIGURES_TABLE );
  if ( !ports || !figures || project->relationManager()->relation( PORT_FIGURES_RELATION_ID ).isValid() )
    return;
  QgsRelation relation;
  relation.setId( PORT_FIGURES_RELATION_ID );
  relation.setName( tr( "Seizure figures of this port" ) );
  relation.setReferencedLayer( ports->id() );
  relation.setReferencingLayer( figures->id() );
  relation.addFieldPair( QStringLiteral( "unlocodes" ), QStringLiteral( "unlocode" ) );
  if ( relation.isValid() )
    project->relationManager()->addRelation( relation );
}
