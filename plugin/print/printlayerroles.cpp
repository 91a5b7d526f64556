/***************************************************************************
  printlayerroles.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printlayerroles.h"

#include "atlaslayerset.h"
#include "atlasschema.h"

#include <QSet>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

namespace
{
  //! Tonnes in the selection: NULL for a port without a published figure in it.
  QString publishedPortsExpression()
  {
    return QStringLiteral( "\"%1\" IS NOT NULL" ).arg( AtlasLayerSet::SELECTED_TONNES_FIELD );
  }

  bool hasGeometryType( const QgsVectorLayer *layer, QgsWkbTypes::GeometryType type )
  {
    return layer->isSpatial() && layer->geometryType() == type;
  }
} // namespace

QList<QgsVectorLayer *> PrintLayerRoles::importedLayers( const QgsProject *project )
{
  QList<QgsVectorLayer *> layers;
  if ( !project )
    return layers;
  const QMap<QString, QgsMapLayer *> all = project->mapLayers();
  for ( QgsMapLayer *layer : all )
  {
    QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    if ( vectorLayer && vectorLayer->isValid() &&
         vectorLayer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).isValid() &&
         isVisible( project, vectorLayer ) )
      layers << vectorLayer;
  }
  // A stable order (the layer tree's would need a walk): by name, then id.
  std::sort( layers.begin(), layers.end(), []( const QgsVectorLayer *a, const QgsVectorLayer *b ) {
    return a->name() == b->name() ? a->id() < b->id() : a->name() < b->name();
  } );
  return layers;
}

bool PrintLayerRoles::isVisible( const QgsProject *project, const QgsVectorLayer *layer )
{
  const QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer( layer->id() );
  return node && node->isVisible();
}

QList<PrintLayerRoles::FramedLayer> PrintLayerRoles::portLayers( const QgsProject *project )
{
  QList<FramedLayer> layers;
  if ( QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, AtlasSchema::PORTS_TABLE ) )
    layers << FramedLayer{ ports, publishedPortsExpression() };
  for ( QgsVectorLayer *layer : importedLayers( project ) )
  {
    if ( hasGeometryType( layer, QgsWkbTypes::PointGeometry ) )
      layers << FramedLayer{ layer, QString() };
  }
  return layers;
}

QList<QgsVectorLayer *> PrintLayerRoles::routeLayers( const QgsProject *project )
{
  QList<QgsVectorLayer *> layers;
  if ( QgsVectorLayer *routes = AtlasLayerSet::findLayer( project, AtlasSchema::INBOUND_ROUTES_TABLE ) )
    layers << routes;
  for ( QgsVectorLayer *layer : importedLayers( project ) )
  {
    if ( hasGeometryType( layer, QgsWkbTypes::LineGeometry ) )
      layers << layer;
  }
  return layers;
}

QList<QgsVectorLayer *> PrintLayerRoles::importedEventTables( const QgsProject *project )
{
  QList<QgsVectorLayer *> layers;
  for ( QgsVectorLayer *layer : importedLayers( project ) )
  {
    if ( !layer->isSpatial() && layer->fields().indexOf( QStringLiteral( "source_file" ) ) >= 0 )
      layers << layer;
  }
  return layers;
}

QgsVectorLayer *PrintLayerRoles::portAtlasCoverage( const QgsProject *project, QString *expression )
{
  const QList<FramedLayer> ports = portLayers( project );
  if ( ports.isEmpty() )
    return nullptr;
  *expression = ports.first().expression;
  return ports.first().layer;
}

QStringList PrintLayerRoles::countriesWithFigures( const QgsProject *project )
{
  QSet<QString> codes;
  const auto addCodes = [&codes]( QgsVectorLayer *layer, const QString &expression ) {
    QgsFeatureRequest request;
    request.setFlags( QgsFeatureRequest::NoGeometry );
    if ( !expression.isEmpty() )
      request.setFilterExpression( expression );
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures( request );
    while ( it.nextFeature( feature ) )
    {
      // A figure for a group of countries lists them all ("BE;NL").
      for ( const QString &code : feature.attribute( AtlasSchema::Field::COUNTRY_ISO2 )
                                      .toString()
                                      .split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
        codes.insert( code.trimmed() );
    }
  };
  if ( QgsVectorLayer *figures = AtlasLayerSet::findLayer( project, AtlasSchema::SEIZURE_FIGURES_TABLE ) )
    addCodes( figures, QStringLiteral( "\"preferred\" = 1 AND \"quantity_t\" IS NOT NULL" ) );
  for ( const FramedLayer &ports : portLayers( project ) )
  {
    if ( ports.layer->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).isValid() &&
         ports.layer->fields().indexOf( AtlasSchema::Field::COUNTRY_ISO2 ) >= 0 )
      addCodes( ports.layer, QString() );
  }
  QStringList sorted( codes.begin(), codes.end() );
  sorted.sort();
  return sorted;
}

bool PrintLayerRoles::hasPrintableData( const QgsProject *project )
{
  return !portLayers( project ).isEmpty() || !routeLayers( project ).isEmpty();
}

bool PrintLayerRoles::showsOnlyImportedData( const QgsProject *project )
{
  return !AtlasLayerSet::findLayer( project, AtlasSchema::PORTS_TABLE ) && !importedLayers( project ).isEmpty();
}
