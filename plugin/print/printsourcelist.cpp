/***************************************************************************
  printsourcelist.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "printsourcelist.h"

#include "atlaslayerset.h"
#include "atlasschema.h"
#include "printlayerroles.h"

#include <QSet>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace
{
  QString sourceLine( const QgsFeature &feature, bool withPublisher )
  {
    const QString title = feature.attribute( AtlasSchema::Field::SOURCE_TITLE ).toString().trimmed();
    const QString url = feature.attribute( AtlasSchema::Field::SOURCE_URL ).toString().trimmed();
    if ( title.isEmpty() && url.isEmpty() )
      return QString();
    QString line = title;
    const QString publisher =
        withPublisher ? feature.attribute( AtlasSchema::Field::SOURCE_PUBLISHER ).toString().trimmed() : QString();
    if ( !publisher.isEmpty() )
    {
      const QString date = feature.attribute( AtlasSchema::Field::SOURCE_DATE ).toString().trimmed();
      // Most titles already start with their publisher ("Crimesite: …", written as "Publisher:
      // headline (date)"): the publisher is put in front only when the title does not name it;
      // otherwise whom the publisher cites ("NH Nieuws (Dutch Customs)") follows in brackets.
      const QString publisherName = publisher.section( QLatin1String( " (" ), 0, 0 );
      const QString qualifier = publisher.mid( publisherName.size() ).trimmed();
      if ( !title.startsWith( publisherName, Qt::CaseInsensitive ) )
        line = ( date.isEmpty() ? QStringLiteral( "%1: " ).arg( publisher )
                                : QStringLiteral( "%1 (%2): " ).arg( publisher, date ) ) +
               title;
      else
      {
        if ( !date.isEmpty() && !title.contains( date.left( 4 ) ) )
          line += QStringLiteral( " (%1)" ).arg( date );
        const QString cited = qualifier.mid( 1, qualifier.size() - 2 );
        if ( qualifier.startsWith( QLatin1Char( '(' ) ) && qualifier.endsWith( QLatin1Char( ')' ) ) &&
             !title.contains( cited, Qt::CaseInsensitive ) )
          line += QStringLiteral( " [%1]" ).arg( cited );
      }
    }
    if ( !url.isEmpty() )
      line += ( title.isEmpty() ? QString() : QStringLiteral( ". " ) ) + url;
    return line;
  }

  //! The source lines of the figures of \a project's figures layer that \a filter selects.
  QSet<QString> figureSourceLines( QgsProject *project, const QString &filter )
  {
    QSet<QString> lines;
    QgsVectorLayer *figures = AtlasLayerSet::findLayer( project, AtlasSchema::SEIZURE_FIGURES_TABLE );
    if ( !figures )
      return lines;
    QgsFeature feature;
    QgsFeatureIterator it = figures->getFeatures(
        QgsFeatureRequest().setFilterExpression( filter ).setFlags( QgsFeatureRequest::NoGeometry ) );
    while ( it.nextFeature( feature ) )
    {
      const QString line = sourceLine( feature, true );
      if ( !line.isEmpty() )
        lines.insert( line );
    }
    return lines;
  }
} // namespace

QStringList PrintSourceList::portFigureSources( QgsProject *project, const QList<int> &years,
                                                const QStringList &countries )
{
  QStringList yearList;
  for ( const int year : years )
    yearList << QString::number( year );
  QString filter =
      QStringLiteral( "\"preferred\" = 1 AND \"scope\" = 'port' AND \"drug\" = 'cocaine' AND \"year\" IN (%1)" )
          .arg( yearList.join( QLatin1Char( ',' ) ) );
  QStringList quotedCountries;
  for ( const QString &country : countries )
    quotedCountries << QgsExpression::quotedValue( country );
  if ( !quotedCountries.isEmpty() )
    filter += QStringLiteral( " AND \"country_iso2\" IN (%1)" ).arg( quotedCountries.join( QLatin1Char( ',' ) ) );
  const QSet<QString> lines = figureSourceLines( project, filter );
  QStringList sorted( lines.begin(), lines.end() );
  sorted.sort( Qt::CaseInsensitive );
  return sorted;
}

QStringList PrintSourceList::sources( QgsProject *project )
{
  QSet<QString> lines = figureSourceLines( project, QStringLiteral( "\"preferred\" = 1" ) );
  if ( QgsVectorLayer *routes = AtlasLayerSet::findLayer( project, AtlasSchema::INBOUND_ROUTES_TABLE ) )
  {
    QgsFeature feature;
    QgsFeatureIterator it =
        routes->getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "$geometry IS NOT NULL" ) ) );
    while ( it.nextFeature( feature ) )
    {
      const QString line = sourceLine( feature, false );
      if ( !line.isEmpty() )
        lines.insert( line );
    }
  }
  QStringList sorted( lines.begin(), lines.end() );
  sorted.sort( Qt::CaseInsensitive );
  // The analyst's own files come first: a long published list is cut.
  return ownDataSources( project ) + sorted;
}

QStringList PrintSourceList::ownDataSources( QgsProject *project )
{
  // The database lists the files (DISTINCT), in the selection.
  QStringList ownFiles;
  for ( QgsVectorLayer *events : PrintLayerRoles::importedEventTables( project ) )
  {
    const QString store = events->customProperty( AtlasLayerSet::IMPORTED_PROPERTY ).toString();
    const QSet<QVariant> files = events->uniqueValues( events->fields().indexOf( QStringLiteral( "source_file" ) ) );
    for ( const QVariant &file : files )
    {
      if ( !file.isNull() )
        ownFiles << tr( "Own data: seizure events imported from %1, in %2" ).arg( file.toString(), store );
    }
  }
  ownFiles.sort( Qt::CaseInsensitive );
  return ownFiles;
}

QString PrintSourceList::labelText( const QStringList &sources )
{
  QStringList lines{ tr( "Sources of the figures shown" ) };
  if ( sources.isEmpty() )
    lines << tr( "No figure is shown for this selection." );
  for ( int i = 0; i < sources.size(); ++i )
    lines << QStringLiteral( "%1. %2" ).arg( i + 1 ).arg( sources.at( i ) );
  return lines.join( QLatin1Char( '\n' ) );
}

QString PrintSourceList::atlasPageLabelText( QgsProject *project, PrintOptions::Atlas atlas )
{
  QgsVectorLayer *figures = AtlasLayerSet::findLayer( project, AtlasSchema::SEIZURE_FIGURES_TABLE );
  if ( atlas == PrintOptions::Atlas::None || !figures )
    return QString();
  // Each page's list is computed here and looked up by the page's feature: a port (its
  // port-scope figures) or a country (every figure naming it, "BE;NL" included).
  QMap<QString, QSet<QString>> linesByPage;
  QgsFeature feature;
  QgsFeatureIterator it = figures->getFeatures(
      QgsFeatureRequest()
          .setFlags( QgsFeatureRequest::NoGeometry )
          .setFilterExpression( QStringLiteral( "\"preferred\" = 1 AND \"quantity_t\" IS NOT NULL" ) ) );
  while ( it.nextFeature( feature ) )
  {
    const QString line = sourceLine( feature, true );
    if ( line.isEmpty() )
      continue;
    if ( atlas == PrintOptions::Atlas::Port )
    {
      if ( feature.attribute( AtlasSchema::Field::SCOPE ).toString() == QLatin1String( "port" ) )
        linesByPage[feature.attribute( AtlasSchema::Field::UNLOCODES ).toString()].insert( line );
      continue;
    }
    for ( const QString &code : feature.attribute( AtlasSchema::Field::COUNTRY_ISO2 )
                                    .toString()
                                    .split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
      linesByPage[code.trimmed()].insert( line );
  }
  const QStringList own = ownDataSources( project );
  QStringList entries;
  for ( auto page = linesByPage.constBegin(); page != linesByPage.constEnd(); ++page )
  {
    QStringList lines( page.value().begin(), page.value().end() );
    lines.sort( Qt::CaseInsensitive );
    entries << QgsExpression::quotedString( page.key() ) << QgsExpression::quotedString( labelText( own + lines ) );
  }
  const QString key = atlas == PrintOptions::Atlas::Port ? AtlasSchema::Field::UNLOCODE : QStringLiteral( "iso_a2" );
  return QStringLiteral( "[% coalesce(map_get(map(%1), attribute(@atlas_feature, '%2')), %3) %]" )
      .arg( entries.join( QStringLiteral( ", " ) ), key, QgsExpression::quotedString( labelText( own ) ) );
}

QString PrintSourceList::latestSourceDate( QgsProject *project )
{
  QString latest;
  if ( QgsVectorLayer *figures = AtlasLayerSet::findLayer( project, AtlasSchema::SEIZURE_FIGURES_TABLE ) )
  {
    QgsFeature feature;
    QgsFeatureIterator it = figures->getFeatures(
        QgsFeatureRequest()
            .setFlags( QgsFeatureRequest::NoGeometry )
            .setSubsetOfAttributes( QStringList{ AtlasSchema::Field::SOURCE_DATE }, figures->fields() ) );
    while ( it.nextFeature( feature ) )
      latest = std::max( latest, feature.attribute( AtlasSchema::Field::SOURCE_DATE ).toString().left( 10 ) );
  }
  return latest;
}

QString PrintSourceList::latestImportedEventDate( QgsProject *project )
{
  QString latest;
  for ( QgsVectorLayer *events : PrintLayerRoles::importedEventTables( project ) )
  {
    const QVariant date = events->maximumValue( events->fields().indexOf( QStringLiteral( "event_date" ) ) );
    if ( !date.isNull() )
      latest = std::max( latest,
                         date.toDate().isValid() ? date.toDate().toString( Qt::ISODate ) : date.toString().left( 10 ) );
  }
  return latest;
}
