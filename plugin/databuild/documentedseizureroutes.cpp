/***************************************************************************
  documentedseizureroutes.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "documentedseizureroutes.h"

#include <QRegularExpression>

const QString DocumentedSeizureRoutes::EVIDENCE_PREFIX = QStringLiteral( "Documented seizure" );

QVector<AtlasDataSet::Route> DocumentedSeizureRoutes::routes( const AtlasDataSet &dataSet )
{
  static const QRegularExpression sameAsRoute( QStringLiteral( "atlas routes? R[0-9]{3}" ),
                                               QRegularExpression::CaseInsensitiveOption );
  QVector<AtlasDataSet::Route> routes;
  for ( const AtlasDataSet::DocumentedSeizure &seizure : dataSet.documentedSeizures )
  {
    if ( seizure.drug != QLatin1String( "cocaine" ) || seizure.originUnlocode.isEmpty() ||
         sameAsRoute.match( seizure.note ).hasMatch() )
      continue;
    const AtlasDataSet::Port *origin = dataSet.port( seizure.originUnlocode );
    const AtlasDataSet::Port *destination = dataSet.port( seizure.portUnlocode );
    AtlasDataSet::Route route;
    route.routeId = seizure.seizureId;
    route.originName = origin ? origin->name : seizure.originUnlocode;
    route.originUnlocode = seizure.originUnlocode;
    route.originCountryIso2 = origin ? origin->countryIso2 : seizure.originCountryIso2;
    route.destinationName = destination ? destination->name : seizure.portName;
    route.destinationUnlocode = seizure.portUnlocode;
    route.destinationCountryIso2 = destination ? destination->countryIso2 : seizure.portUnlocode.left( 2 );
    route.year = seizure.date.year();
    route.quantityTonnes = seizure.tonnes;
    route.evidenceKind = QStringLiteral( "seized_at_destination" );
    route.evidence = QStringLiteral( "%1 %2 (documented_seizures.csv): seized at %3, %4, in a shipment from %5." )
                         .arg( EVIDENCE_PREFIX, seizure.seizureId, route.destinationName,
                               seizure.date.toString( Qt::ISODate ), route.originName );
    route.quote = seizure.quote;
    route.sourceTitle = seizure.sourceTitle;
    route.sourceUrl = seizure.sourceUrl;
    route.line = seizure.line;
    route.table = QStringLiteral( "documented_seizures.csv" );
    routes.append( route );
  }
  return routes;
}
