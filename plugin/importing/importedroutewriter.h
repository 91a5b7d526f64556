/***************************************************************************
  importedroutewriter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTEDROUTEWRITER_H
#define IMPORTEDROUTEWRITER_H

#include "eventtally.h"

#include <QString>
#include <QStringList>
#include <QVector>

class GDALDataset;
class PortGazetteer;

/**
 * \brief Writes the layer `seizure_routes` (LineString, EPSG:4326) of an import: the imported
 * events per year, origin port and seizing port, drawn along the sea lanes like the shipped
 * `inbound_routes`.
 *
 * One row per route group of the import's EventTally (year, origin_locode, origin_country_iso2,
 * port_locode, dest_country_iso2) with events, events_with_quantity and tonnes (the sum of the
 * known quantities; NULL when no event of the row has one, never 0). Each distinct
 * origin → port pair is routed once on the sea-lane network (one search per origin port to all
 * its ports) and its line is reused for every year.
 *
 * A row keeps NULL geometry, and its geometry_status says why, when only the origin country is
 * known (no origin port), when no origin is given, when a port has no position or no connector
 * to the network, when the network has no route, or when the network could not be loaded. Such
 * rows stay in the layer (their tonnes still count for the filter and the attribute table); a
 * line is never invented, so there is no straight line over land. warnings() sums them up for
 * the import report. A network that cannot be loaded does not fail the import.
 *
 * The fields are named like those of `inbound_routes` that the panel filters (year,
 * origin_country_iso2, dest_country_iso2), which are indexed together.
 */
class ImportedRouteWriter
{
  public:
    //! \brief The geometry_status of a row whose line was drawn.
    static const QString STATUS_DRAWN;

    /**
     * \brief Returns the sea-lane folder shipped beside the atlas GeoPackage \a atlasGeoPackage
     * (`<its folder>/sealanes`), or an empty string when \a atlasGeoPackage is empty.
     */
    static QString seaLanesFolderBeside( const QString &atlasGeoPackage );

    /**
     * \brief Prepares writing routes on the network in \a seaLanesFolder (see
     * SeaLaneNetwork::loadFolder()); it is loaded by write() only.
     */
    explicit ImportedRouteWriter( const QString &seaLanesFolder );

    /**
     * \brief Routes the origin → port pairs of \a groups (EventTally::routeGroups()) with the port
     * positions of \a ports, and creates and fills AtlasSchema::SEIZURE_ROUTES_TABLE of \a dataset (open in a
     * transaction) with its index. Returns FALSE and sets errorMessage() when the database refuses.
     */
    bool write( GDALDataset &dataset, const QVector<EventGroup> &groups, const PortGazetteer &ports );

    //! \brief Returns a description of the failure of write(), or an empty string.
    QString errorMessage() const { return mErrorMessage; }

    /**
     * \brief Returns what the analyst should know about the routes written: a network that could
     * not be loaded, and how many rows have no line for each reason.
     */
    QStringList warnings() const { return mWarnings; }

  private:
    QString mSeaLanesFolder;
    QString mErrorMessage;
    QStringList mWarnings;
};

#endif // IMPORTEDROUTEWRITER_H
