/***************************************************************************
  atlaslayers.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASLAYERS_H
#define ATLASLAYERS_H

#include "atlasdataset.h"
#include "geopackagewriter.h"
#include "inboundroutegeometries.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>

/**
 * \brief Turns a checked AtlasDataSet into the layers of the atlas GeoPackage: their fields,
 * features and metadata.
 *
 * Each function returns one complete layer for GeoPackageWriter::writeLayer(); the layer
 * names are the constants below, which the plugin uses to find its layers.
 */
class AtlasLayers
{
  public:
    //! The drug the ports layer summarises in latest_year and latest_tonnes.
    static const QString ATLAS_DRUG;
    //! Licence statement written into the metadata of every layer.
    static const QString DATA_LICENSE;

    /**
     * \brief Creates the layer builder for a copy of \a dataSet (which should have passed
     * AtlasDataValidator); \a buildDateTime is written into the metadata as the creation date.
     */
    AtlasLayers( const AtlasDataSet &dataSet, const QDateTime &buildDateTime );

    /**
     * \brief Returns the definition of the ports layer: one point per row of ports.csv, with the
     * country name and, for the default style, the latest preferred port figure
     * (latest_year, latest_tonnes, latest_figure_id; NULL when the port has no figure, never 0)
     * and figure_count, the number of port figures of the port (preferred or not); teu_year, teu and
     * t_per_million_teu give the preferred port figure per million TEU handled for the latest year that
     * has both (NULL otherwise, never two years mixed).
     */
    GeoPackageWriter::LayerDefinition portsDefinition() const;

    //! \brief Returns one feature per port, in the order of ports.csv.
    QVector<GeoPackageWriter::Feature> portFeatures() const;

    /**
     * \brief Returns the definition of the seizure_figures table: every column of
     * seizure_figures.csv, typed, plus country_name. Port figures relate to ports by
     * seizure_figures.unlocodes = ports.unlocode.
     */
    GeoPackageWriter::LayerDefinition seizureFiguresDefinition() const;

    //! \brief Returns one feature per row of seizure_figures.csv, in file order.
    QVector<GeoPackageWriter::Feature> seizureFigureFeatures() const;

    /**
     * \brief Returns the definition of the national_totals table: the national figures,
     * preferred and alternatives, with the country name.
     */
    GeoPackageWriter::LayerDefinition nationalTotalsDefinition() const;

    //! \brief Returns one feature per national figure, in file order.
    QVector<GeoPackageWriter::Feature> nationalTotalFeatures() const;

    /**
     * \brief Returns the definition of the inbound_routes layer: one LineString per row of
     * routes.csv that both ends of which are ports on the sea-lane network, NULL geometry otherwise.
     */
    GeoPackageWriter::LayerDefinition inboundRoutesDefinition() const;

    //! \brief Returns one feature per row of routes.csv, in file order, with its line from \a geometries.
    QVector<GeoPackageWriter::Feature> inboundRouteFeatures( const InboundRouteGeometries &geometries ) const;

    /**
     * \brief Returns the definition of the port_throughput table: the containers (TEU) a port
     * handled in a year, with source and quote.
     */
    GeoPackageWriter::LayerDefinition portThroughputDefinition() const;

    //! \brief Returns one feature per row of port_throughput.csv, in file order.
    QVector<GeoPackageWriter::Feature> portThroughputFeatures() const;

    /**
     * \brief Returns the definition of the documented_seizures layer: one point (at the port) per
     * single seizure of documented_seizures.csv, with date, origin, drug, tonnes and source.
     */
    GeoPackageWriter::LayerDefinition documentedSeizuresDefinition() const;

    //! \brief Returns one feature per row of documented_seizures.csv, in file order.
    QVector<GeoPackageWriter::Feature> documentedSeizureFeatures() const;

  private:
    struct FigureColumn;
    QVector<FigureColumn> figureColumns( bool national ) const;
    GeoPackageWriter::LayerDefinition figureDefinition( const QString &name, bool national ) const;
    QVector<GeoPackageWriter::Feature> figureFeatures( bool national ) const;
    GpkgLayerMetadata baseMetadata( const QString &identifier, const QStringList &sourceFiles ) const;
    QVector<GpkgLayerMetadata::Link> sourceLinks( const QString &scope ) const;
    std::optional<std::pair<QDateTime, QDateTime>> yearSpan( const QString &scope ) const;

    AtlasDataSet mDataSet;
    QDateTime mBuildDateTime;
};

#endif // ATLASLAYERS_H
