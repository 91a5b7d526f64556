/***************************************************************************
  importedportyearsstyle.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "importedportyearsstyle.h"

#include <QCoreApplication>
#include <algorithm>
#include <qgsexpressioncontextutils.h>
#include <qgsfeaturerequest.h>
#include <qgsmarkersymbol.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

#include <memory>

const QString ImportedPortYearsStyle::SELECTED_TONNES_FIELD = QStringLiteral( "selected_tonnes" );
const QString ImportedPortYearsStyle::SELECTED_EVENTS_FIELD = QStringLiteral( "selected_events" );
const QString ImportedPortYearsStyle::SELECTED_EVENTS_WITH_QUANTITY_FIELD =
    QStringLiteral( "selected_events_with_quantity" );
const QString ImportedPortYearsStyle::SELECTED_YEARS_FIELD = QStringLiteral( "selected_years" );
const QString ImportedPortYearsStyle::SELECTED_LATEST_YEAR_FIELD = QStringLiteral( "selected_latest_year" );
const QString ImportedPortYearsStyle::PORT_VARIABLE_PREFIX = QStringLiteral( "psa_port_" );
const QString ImportedPortYearsStyle::YEARS_SHOWN_VARIABLE = QStringLiteral( "psa_years_shown" );

namespace
{
  //! Part \a index of the port's totals (ImportedPortYearsStyle::updateTotals()): a layer variable per port,
  //! "tonnes|years|events|with quantity|latest year".
  QString totalsPart( int index )
  {
    return QStringLiteral( "array_get(string_to_array(coalesce(var('%1' || \"port_locode\"), ''), '|'), %2)" )
        .arg( ImportedPortYearsStyle::PORT_VARIABLE_PREFIX )
        .arg( index );
  }

  //! Number part \a index of the port's totals; NULL when empty.
  QString totalsNumber( const QString &conversion, int index )
  {
    return QStringLiteral( "%1(nullif(%2, ''))" ).arg( conversion, totalsPart( index ) );
  }

  struct PortTotals
  {
      double tonnes = 0;
      long long events = 0;
      long long eventsWithQuantity = 0;
      QList<int> years;
  };

  // The divisor of the shipped ports style (@psa_years_summed): the calendar years the selection
  // spans within the years that have data, here the imported data's filtered rows.
  const QString YEARS_SHOWN =
      QStringLiteral( "coalesce(to_real(@%1), 1)" ).arg( ImportedPortYearsStyle::YEARS_SHOWN_VARIABLE );

  //! A virtual field named \a name of the type \a type ("double", "integer" or "string").
  QgsField virtualField( const QString &name, const QString &type )
  {
#if _QGIS_VERSION_INT >= 33800
    const QMetaType::Type metaType = type == QLatin1String( "double" )    ? QMetaType::Type::Double
                                     : type == QLatin1String( "integer" ) ? QMetaType::Type::Int
                                                                          : QMetaType::Type::QString;
#else
    const QVariant::Type metaType = type == QLatin1String( "double" )    ? QVariant::Double
                                    : type == QLatin1String( "integer" ) ? QVariant::Int
                                                                         : QVariant::String;
#endif
    return QgsField( name, metaType, type );
  }

  void addExpressionField( QgsVectorLayer *layer, const QgsField &field, const QString &expression,
                           const QString &alias )
  {
    if ( layer->fields().indexOf( field.name() ) >= 0 )
      return; // restored with a project
    const int index = layer->addExpressionField( expression, field );
    layer->setFieldAlias( index, alias );
  }

  std::unique_ptr<QgsMarkerSymbol> circle( const QString &fillColor )
  {
    std::unique_ptr<QgsMarkerSymbol> symbol( QgsMarkerSymbol::createSimple( {
        { QStringLiteral( "name" ), QStringLiteral( "circle" ) },
        { QStringLiteral( "color" ), fillColor },
        { QStringLiteral( "outline_color" ), QStringLiteral( "103,0,13,255" ) },
        { QStringLiteral( "size" ), QStringLiteral( "3" ) },
    } ) );
    return symbol;
  }
} // namespace

void ImportedPortYearsStyle::apply( QgsVectorLayer *layer )
{
  if ( !layer )
    return;
  addVirtualFields( layer );
  setRenderer( layer );
  setMapTip( layer );
  updateTotals( layer );
}

void ImportedPortYearsStyle::updateTotals( QgsVectorLayer *layer )
{
  if ( !layer || layer->fields().indexOf( SELECTED_LATEST_YEAR_FIELD ) < 0 )
    return;
  // The filtered port/year rows only (a few per port), never the events.
  const QStringList columns = { QStringLiteral( "port_locode" ), QStringLiteral( "year" ), QStringLiteral( "tonnes" ),
                                QStringLiteral( "events" ), QStringLiteral( "events_with_quantity" ) };
  QgsFeatureRequest request;
  request.setFlags( QgsFeatureRequest::NoGeometry );
  request.setSubsetOfAttributes( columns, layer->fields() );
  QMap<QString, PortTotals> totals;
  int firstYear = 0;
  int lastYear = 0;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures( request );
  while ( it.nextFeature( feature ) )
  {
    PortTotals &port = totals[feature.attribute( columns.at( 0 ) ).toString()];
    const int year = feature.attribute( columns.at( 1 ) ).toInt();
    port.years << year;
    port.tonnes += feature.attribute( columns.at( 2 ) ).toDouble(); // NULL adds nothing
    port.events += feature.attribute( columns.at( 3 ) ).toLongLong();
    port.eventsWithQuantity += feature.attribute( columns.at( 4 ) ).toLongLong();
    firstYear = firstYear == 0 ? year : std::min( firstYear, year );
    lastYear = std::max( lastYear, year );
  }

  // The analyst's own layer variables stay (QgsExpressionContextUtils keeps them in these properties).
  QVariantMap variables;
  const QStringList names = layer->customProperty( QStringLiteral( "variableNames" ) ).toStringList();
  const QStringList values = layer->customProperty( QStringLiteral( "variableValues" ) ).toStringList();
  for ( int i = 0; i < names.size(); ++i )
  {
    if ( !names.at( i ).startsWith( PORT_VARIABLE_PREFIX ) && names.at( i ) != YEARS_SHOWN_VARIABLE )
      variables.insert( names.at( i ), values.value( i ) );
  }
  for ( auto port = totals.begin(); port != totals.end(); ++port )
  {
    std::sort( port->years.begin(), port->years.end() );
    QStringList years;
    for ( int year : std::as_const( port->years ) )
      years << QString::number( year );
    // Unknown stays unknown: without a single quantity the tonnes are empty (NULL), not 0.
    const QString tonnes = port->eventsWithQuantity > 0 ? QString::number( port->tonnes, 'g', 15 ) : QString();
    variables.insert( PORT_VARIABLE_PREFIX + port.key(), QStringLiteral( "%1|%2|%3|%4|%5" )
                                                             .arg( tonnes, years.join( QLatin1String( ", " ) ) )
                                                             .arg( port->events )
                                                             .arg( port->eventsWithQuantity )
                                                             .arg( port->years.last() ) );
  }
  variables.insert( YEARS_SHOWN_VARIABLE, totals.isEmpty() ? 1 : lastYear - firstYear + 1 );
  QgsExpressionContextUtils::setLayerVariables( layer, variables );
}

void ImportedPortYearsStyle::addVirtualFields( QgsVectorLayer *layer )
{
  addExpressionField( layer, virtualField( SELECTED_TONNES_FIELD, QStringLiteral( "double" ) ),
                      totalsNumber( QStringLiteral( "to_real" ), 0 ), tr( "Seized in the years shown (t)" ) );
  addExpressionField( layer, virtualField( SELECTED_YEARS_FIELD, QStringLiteral( "string" ) ), totalsPart( 1 ),
                      tr( "Years shown with events" ) );
  addExpressionField( layer, virtualField( SELECTED_EVENTS_FIELD, QStringLiteral( "integer" ) ),
                      totalsNumber( QStringLiteral( "to_int" ), 2 ), tr( "Seizure events in the years shown" ) );
  addExpressionField( layer, virtualField( SELECTED_EVENTS_WITH_QUANTITY_FIELD, QStringLiteral( "integer" ) ),
                      totalsNumber( QStringLiteral( "to_int" ), 3 ),
                      tr( "Events with a known quantity in the years shown" ) );
  addExpressionField( layer, virtualField( SELECTED_LATEST_YEAR_FIELD, QStringLiteral( "integer" ) ),
                      totalsNumber( QStringLiteral( "to_int" ), 4 ),
                      tr( "Latest year shown with events (the row drawn)" ) );
}

void ImportedPortYearsStyle::setRenderer( QgsVectorLayer *layer )
{
  // One circle per port: only the port's latest row of the selection is drawn (and identified).
  const QString latestRowOfPort = QStringLiteral( "\"year\" = \"%1\"" ).arg( SELECTED_LATEST_YEAR_FIELD );
  const QString tonnes = QStringLiteral( "\"%1\"" ).arg( SELECTED_TONNES_FIELD );

  // Area proportional to the tonnes per year shown, as in the shipped ports style (ports.qml).
  std::unique_ptr<QgsMarkerSymbol> known = circle( QStringLiteral( "214,96,77,180" ) );
  known->setDataDefinedSize(
      QgsProperty::fromExpression( QStringLiteral( "max(2, 1.3 * sqrt(%1 / %2))" ).arg( tonnes, YEARS_SHOWN ) ) );
  std::unique_ptr<QgsMarkerSymbol> unknown = circle( QStringLiteral( "0,0,0,0" ) );

  auto root = std::make_unique<QgsRuleBasedRenderer::Rule>( nullptr );
  auto shown = std::make_unique<QgsRuleBasedRenderer::Rule>( nullptr, 0, 0, latestRowOfPort,
                                                             tr( "My seizures, one circle per port" ) );
  shown->appendChild( new QgsRuleBasedRenderer::Rule( known.release(), 0, 0,
                                                      QStringLiteral( "%1 IS NOT NULL" ).arg( tonnes ),
                                                      tr( "Tonnes seized, area by t a year (sum ÷ years shown)" ) ) );
  shown->appendChild( new QgsRuleBasedRenderer::Rule(
      unknown.release(), 0, 0, QStringLiteral( "%1 IS NULL" ).arg( tonnes ), tr( "No quantity known" ) ) );
  root->appendChild( shown.release() );
  auto renderer = std::make_unique<QgsRuleBasedRenderer>( root.release() );
  // Small circles on top of large ones.
  renderer->setOrderBy( QgsFeatureRequest::OrderBy(
      { QgsFeatureRequest::OrderByClause( QStringLiteral( "coalesce(%1, -1)" ).arg( tonnes ), false ) } ) );
  renderer->setOrderByEnabled( true );
  layer->setRenderer( renderer.release() );
}

void ImportedPortYearsStyle::setMapTip( QgsVectorLayer *layer )
{
  layer->setDisplayExpression( QStringLiteral( "\"name\"" ) );
  layer->setMapTipTemplate(
      tr( "<b>[% \"name\" %]</b> ([% \"port_locode\" %])<br>"
          "[% if(\"%1\" IS NULL, 'No quantity known', format_number(\"%1\", 1) || ' t seized') %] "
          "in [% \"%2\" %]<br>"
          "[% \"%3\" %] events, [% \"%4\" %] with a known quantity" )
          .arg( SELECTED_TONNES_FIELD, SELECTED_YEARS_FIELD, SELECTED_EVENTS_FIELD,
                SELECTED_EVENTS_WITH_QUANTITY_FIELD ) );
}
