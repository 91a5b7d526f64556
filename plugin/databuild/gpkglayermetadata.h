/***************************************************************************
  gpkglayermetadata.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GPKGLAYERMETADATA_H
#define GPKGLAYERMETADATA_H

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <utility>

/**
 * \brief Describes a GeoPackage layer the way QGIS shows it in the layer's Metadata tab.
 *
 * QGIS (3.22 and later, QgsOgrProvider::loadMetadata) reads a GeoPackage layer's metadata
 * from two places: the identifier and description columns of gpkg_contents (shown as title
 * and abstract), then the QgsLayerMetadata XML document stored in gpkg_metadata with
 * md_standard_uri 'http://mrcc.com/qgis.dtd', referenced from gpkg_metadata_reference with
 * reference_scope 'table' and the layer's table name. toQgisXml() writes that document; it
 * needs no QGIS library. Dates (the Created date) are read by QGIS 3.30 and later; older
 * versions show the build date through the history entry.
 */
class GpkgLayerMetadata
{
  public:
    /**
     * \brief A link shown in the Links section of the Metadata tab, e.g. one source.
     */
    struct Link
    {
        //! Name of the link, e.g. the source title.
        QString name;
        //! The address.
        QString url;
        //! Longer description, e.g. the publisher.
        QString description;
        //! Link type, ISO 19115 style ("WWW:LINK" for a web page).
        QString type = QStringLiteral( "WWW:LINK" );
    };

    /**
     * \brief A bounding box in a CRS given by its authority id.
     */
    struct SpatialExtent
    {
        //! Authority id of the CRS of the box, e.g. "EPSG:4326".
        QString crsAuthId;
        //! West edge.
        double xMinimum = 0;
        //! South edge.
        double yMinimum = 0;
        //! East edge.
        double xMaximum = 0;
        //! North edge.
        double yMaximum = 0;
    };

    //! The layer identifier (QGIS shows it as Identifier).
    QString identifier;
    //! The title.
    QString title;
    //! The abstract: what the layer holds and how it was made.
    QString abstract;
    //! ISO 639 language code of the data.
    QString language = QStringLiteral( "en" );
    //! Keyword lists by vocabulary (e.g. "gmd:topicCategory").
    QMap<QString, QStringList> keywords;
    //! Links: the sources of the data.
    QVector<Link> links;
    //! Steps that made the layer, oldest first.
    QStringList history;
    //! Licences of the data.
    QStringList licenses;
    //! Rights statements (attribution and the like).
    QStringList rights;
    //! Encoding of the text values.
    QString encoding = QStringLiteral( "UTF-8" );
    //! Date and time the layer was created.
    QDateTime creationDateTime;
    //! Authority id of the layer CRS, e.g. "EPSG:4326"; empty for a table without geometry.
    QString crsAuthId;
    //! WKT of the layer CRS (written next to the authority id so the CRS resolves without a lookup).
    QString crsWkt;
    //! Bounding box of the features, if the layer has geometries.
    std::optional<SpatialExtent> spatialExtent;
    //! First and last moment the data describes, if known.
    std::optional<std::pair<QDateTime, QDateTime>> temporalExtent;

    /**
     * \brief Returns the metadata as the XML document QGIS stores in gpkg_metadata
     * (QgsLayerMetadata::writeMetadataXml format, root element qgis).
     */
    QString toQgisXml() const;
};

#endif // GPKGLAYERMETADATA_H
