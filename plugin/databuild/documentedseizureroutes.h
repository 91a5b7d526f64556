/***************************************************************************
  documentedseizureroutes.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef DOCUMENTEDSEIZUREROUTES_H
#define DOCUMENTEDSEIZUREROUTES_H

#include "atlasdataset.h"

#include <QVector>

/**
 * \brief The route links that documented single seizures add: a cocaine seizure whose source
 * names the port the shipment came from is a documented origin → European port link.
 *
 * A seizure whose note says it is the same seizure as a row of routes.csv ("atlas route R039")
 * adds nothing, so no link is counted twice.
 */
class DocumentedSeizureRoutes
{
  public:
    //! Prefix of the evidence text of a link that comes from documented_seizures.csv.
    static const QString EVIDENCE_PREFIX;

    /**
     * \brief Returns one route per cocaine seizure of \a dataSet with a named origin port that
     * routes.csv does not hold already; its route_id is the seizure id.
     */
    static QVector<AtlasDataSet::Route> routes( const AtlasDataSet &dataSet );
};

#endif // DOCUMENTEDSEIZUREROUTES_H
