/***************************************************************************
  atlasfiltercontroller.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasfiltercontroller.h"
#include "atlasdatasource.h"
#include "atlaslayerset.h"
#include "atlaslayersubset.h"
#include "atlasschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <qgsexpressioncontextutils.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

const QString AtlasFilterController::PROJECT_SCOPE = QStringLiteral( "PortSeizureAtlas" );
const QString AtlasFilterController::PROJECT_KEY = QStringLiteral( "/filter" );
const QString AtlasFilterController::PORT_TONNES_VARIABLE = QStringLiteral( "psa_port_tonnes" );
const QString AtlasFilterController::YEARS_SUMMED_VARIABLE = QStringLiteral( "psa_years_summed" );
const QString AtlasFilterController::ORIGIN_FILTER_VARIABLE = QStringLiteral( "psa_origin_filter" );

AtlasFilterController::AtlasFilterController( QgsProject *project, QObject *parent )
    : QObject( parent ), mProject( project )
{
  qRegisterMetaType<AtlasFilter>();
  if ( !project )
    return;
  connect( project, &QgsProject::readProject, this, &AtlasFilterController::restoreFromProject );
  connect( project, &QgsProject::cleared, this, &AtlasFilterController::onProjectCleared );
  connect( project, &QgsProject::layersAdded, this, &AtlasFilterController::onLayersAdded );
  connect( project, &QgsProject::layersRemoved, this, &AtlasFilterController::layersChanged );
  // A project may already be open when the plugin starts.
  if ( !pluginLayers().isEmpty() )
    mFilter = AtlasFilter::fromString( project->readEntry( PROJECT_SCOPE, PROJECT_KEY ) );
}

QList<QgsVectorLayer *> AtlasFilterController::pluginLayers() const
{
  QList<QgsVectorLayer *> layers;
  if ( !mProject )
    return layers;
  const QMap<QString, QgsMapLayer *> all = mProject->mapLayers();
  for ( QgsMapLayer *layer : all )
  {
    QgsVectorLayer *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    if ( vectorLayer && !vectorLayer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString().isEmpty() )
      layers << vectorLayer;
  }
  return layers;
}

const AtlasSeizureData &AtlasFilterController::dataOf( const AtlasDataSource *source, bool *present )
{
  QString store;
  QList<QgsVectorLayer *> layers;
  for ( QgsVectorLayer *layer : pluginLayers() )
  {
    if ( !source->owns( layer ) )
      continue;
    const QString layerStore = source->storeOf( layer );
    if ( layerStore.isEmpty() || ( !store.isEmpty() && layerStore != store ) )
      continue;
    store = layerStore;
    layers << layer;
  }
  *present = !store.isEmpty();
  LoadedStore &loaded = mLoaded[source->id()];
  if ( store.isEmpty() )
    loaded = LoadedStore();
  else if ( loaded.store != store )
    loaded = LoadedStore{ store, source->load( store, layers ) };
  return loaded.data;
}

const AtlasSeizureData &AtlasFilterController::data()
{
  for ( const AtlasDataSource *source : AtlasDataSource::sources() )
  {
    bool present = false;
    const AtlasSeizureData &sourceData = dataOf( source, &present );
    if ( present )
      return sourceData;
  }
  static const AtlasSeizureData NO_DATA;
  return NO_DATA;
}

AtlasSeizureData::Choices AtlasFilterController::choices()
{
  QList<AtlasSeizureData> present;
  for ( const AtlasDataSource *source : AtlasDataSource::sources() )
  {
    bool hasLayers = false;
    const AtlasSeizureData &sourceData = dataOf( source, &hasLayers );
    if ( hasLayers )
      present << sourceData;
  }
  return AtlasSeizureData::unitedChoices( present );
}

void AtlasFilterController::setFilter( const AtlasFilter &filter )
{
  if ( filter == mFilter )
    return;
  mFilter = filter;
  if ( mProject )
    mProject->writeEntry( PROJECT_SCOPE, PROJECT_KEY, mFilter.toString() );
  applyToProject();
  emit filterChanged( mFilter );
}

void AtlasFilterController::applyToProject()
{
  const QList<QgsVectorLayer *> layers = pluginLayers();
  if ( layers.isEmpty() )
    return;
  writeProjectVariables();
  for ( QgsVectorLayer *layer : layers )
  {
    const QString table = layer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString();
    if ( table == AtlasLayerSet::BASEMAP_TABLE )
      continue; // the basemap is never filtered, and its file is QGIS's own
    if ( table == AtlasSchema::PORTS_TABLE )
      AtlasLayerSet::addSelectedTonnesField( layer );
    if ( !AtlasLayerSubset::apply( layer, mFilter.subsetString( table ) ) && table == AtlasSchema::PORTS_TABLE )
      layer->triggerRepaint(); // same ports, other years: sizes changed
    if ( const AtlasDataSource *source = AtlasDataSource::sourceOf( layer ) )
      source->filterApplied( layer ); // e.g. an import's one circle per port: the sums of the rows now shown
  }
}

void AtlasFilterController::writeProjectVariables()
{
  if ( !mProject )
    return;
  QString portTonnes;
  int yearsSummed = 1; // without a year limit the ports show their latest year
  // The port sizes need the figures, and so do the country names (countriesText()); finding
  // the file costs ~0.5 ms, so only when either is asked for.
  static const AtlasSeizureData NO_FIGURES;
  const AtlasSeizureData &figures =
      mFilter.hasYearLimit() || !mFilter.destinationCountries().isEmpty() || !mFilter.originCountries().isEmpty()
          ? data()
          : NO_FIGURES;
  if ( mFilter.hasYearLimit() )
  {
    yearsSummed = std::max( 1, figures.yearsSpanned( mFilter ) );
    QJsonObject tonnes;
    const QMap<QString, double> perPort = figures.portTonnes( mFilter );
    for ( auto it = perPort.constBegin(); it != perPort.constEnd(); ++it )
      tonnes.insert( it.key(), it.value() );
    portTonnes = QString::fromUtf8( QJsonDocument( tonnes ).toJson( QJsonDocument::Compact ) );
  }
  QVariantMap variables = mProject->customVariables();
  variables.insert( PORT_TONNES_VARIABLE, portTonnes );
  variables.insert( YEARS_SUMMED_VARIABLE, yearsSummed );
  variables.insert( QStringLiteral( "psa_year_from" ),
                    mFilter.yearFrom() > 0 ? QVariant( mFilter.yearFrom() ) : QVariant( QString() ) );
  variables.insert( QStringLiteral( "psa_year_to" ),
                    mFilter.yearTo() > 0 ? QVariant( mFilter.yearTo() ) : QVariant( QString() ) );
  variables.insert( QStringLiteral( "psa_years_text" ), yearsText( mFilter ) );
  variables.insert( QStringLiteral( "psa_countries_text" ),
                    countriesText( mFilter.destinationCountries(), figures, tr( "all countries" ) ) );
  // Port figures cannot be split by origin: labels and map tips say so while origins are chosen.
  variables.insert( ORIGIN_FILTER_VARIABLE, mFilter.originCountries().join( QLatin1Char( ',' ) ) );
  variables.insert( QStringLiteral( "psa_origins_text" ),
                    countriesText( mFilter.originCountries(), figures, tr( "all origins" ) ) );
  if ( variables != mProject->customVariables() )
    mProject->setCustomVariables( variables );
}

QString AtlasFilterController::yearsText( const AtlasFilter &filter )
{
  if ( filter.yearFrom() > 0 && filter.yearFrom() == filter.yearTo() )
    return QString::number( filter.yearFrom() );
  if ( filter.yearFrom() > 0 && filter.yearTo() > 0 )
    return tr( "%1–%2" ).arg( filter.yearFrom() ).arg( filter.yearTo() );
  if ( filter.yearFrom() > 0 )
    return tr( "from %1" ).arg( filter.yearFrom() );
  if ( filter.yearTo() > 0 )
    return tr( "until %1" ).arg( filter.yearTo() );
  return tr( "all years" );
}

QString AtlasFilterController::countriesText( const QStringList &isoCodes, const AtlasSeizureData &data,
                                              const QString &whenNone )
{
  if ( isoCodes.isEmpty() )
    return whenNone;
  QStringList names;
  for ( const QString &iso : isoCodes )
    names << data.countryName( iso );
  return names.join( QLatin1String( ", " ) );
}

void AtlasFilterController::restoreFromProject()
{
  if ( !mProject )
    return;
  const bool wasDirty = mProject->isDirty();
  QString error;
  const AtlasFilter restored = AtlasFilter::fromString( mProject->readEntry( PROJECT_SCOPE, PROJECT_KEY ), &error );
  mFilter = restored;
  applyToProject();
  emit layersChanged();
  emit filterChanged( mFilter );
  if ( !error.isEmpty() )
    emit restoreFailed( error );
  if ( !wasDirty )
    mProject->setDirty( false );
}

void AtlasFilterController::onProjectCleared()
{
  mFilter = AtlasFilter();
  mLoaded.clear();
  emit layersChanged();
  emit filterChanged( mFilter );
}

void AtlasFilterController::onLayersAdded( const QList<QgsMapLayer *> &layers )
{
  for ( QgsMapLayer *layer : layers )
  {
    if ( !layer->customProperty( AtlasLayerSet::TABLE_PROPERTY ).toString().isEmpty() )
    {
      // A store imported again under the same name holds other events: read it again.
      if ( const AtlasDataSource *source = AtlasDataSource::sourceOf( qobject_cast<QgsVectorLayer *>( layer ) ) )
        mLoaded.erase( source->id() );
      // A layer added later (or a duplicate) follows the filter in force. Deferred: while a
      // project is being read its layers arrive first and its saved filter only afterwards
      // (restoreFromProject()); reloading the providers in between would be wasted.
      QTimer::singleShot( 0, this, [this] {
        applyToProject();
        emit layersChanged();
      } );
      return;
    }
  }
}
