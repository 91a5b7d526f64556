/***************************************************************************
  geopackagewriter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GEOPACKAGEWRITER_H
#define GEOPACKAGEWRITER_H

#include "gdaldataset.h"
#include "gpkglayermetadata.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>

/**
 * \brief Writes a new GeoPackage through GDAL/OGR, one complete layer per call.
 *
 * A layer is described by a LayerDefinition (name, geometry type, fields, metadata) and
 * written with all its features by writeLayer(). Layers with geometries are in EPSG:4326
 * (x = longitude, y = latitude) and get an R-tree spatial index; a layer without geometry
 * becomes a GeoPackage attribute table. The metadata goes where QGIS reads it (see
 * GpkgLayerMetadata).
 *
 * Adding a line layer, e.g. routes:
 * \code
 * GeoPackageWriter::LayerDefinition routes;
 * routes.name = QStringLiteral( "inbound_routes" );
 * routes.geometryType = GeoPackageWriter::GeometryType::LineString;
 * routes.fields = { { QStringLiteral( "route_id" ), GeoPackageWriter::FieldType::String } };
 * routes.metadata.title = QStringLiteral( "Inbound routes" );
 * writer.writeLayer( routes, { { { QStringLiteral( "R1" ) }, GeoPackageWriter::lineStringWkt( points ) } } );
 * \endcode
 */
class GeoPackageWriter
{
  public:
    //! \brief Attribute types.
    enum class FieldType
    {
      String,  //!< Text; an empty QVariant is NULL.
      Integer, //!< 32-bit integer.
      Real,    //!< Double.
      Boolean, //!< Stored as integer 0/1 with the boolean subtype.
    };

    //! \brief Geometry types of a layer.
    enum class GeometryType
    {
      None,            //!< Attribute table without geometry.
      Point,           //!< Points.
      LineString,      //!< Lines.
      MultiLineString, //!< Multi-part lines (e.g. a route crossing the antimeridian).
    };

    //! \brief One attribute field.
    struct Field
    {
        //! Column name.
        QString name;
        //! Column type.
        FieldType type = FieldType::String;
        //! Human-readable name (GDAL alternative name; shown by clients that support it).
        QString alternativeName;
    };

    //! \brief Everything needed to create a layer.
    struct LayerDefinition
    {
        //! Table name in the GeoPackage.
        QString name;
        //! Geometry type; None makes an attribute table.
        GeometryType geometryType = GeometryType::None;
        //! Attribute fields, in order.
        QVector<Field> fields;
        //! Metadata shown by QGIS. The CRS and the spatial extent are filled in by the writer.
        GpkgLayerMetadata metadata;
    };

    //! \brief One feature: attribute values in field order, and a geometry for spatial layers.
    struct Feature
    {
        //! Values in the order of LayerDefinition::fields; a null or invalid QVariant is NULL.
        QVariantList attributes;
        //! Geometry as WKT in EPSG:4326 (x = longitude); empty for no geometry.
        QString geometryWkt;
    };

    /**
     * \brief Creates a new GeoPackage at \a path; an existing file there is replaced.
     * Check isValid() before writing layers.
     */
    explicit GeoPackageWriter( const QString &path );

    //! Closes the file if close() was not called.
    ~GeoPackageWriter();

    GeoPackageWriter( const GeoPackageWriter & ) = delete;
    GeoPackageWriter &operator=( const GeoPackageWriter & ) = delete;

    //! \brief Returns TRUE while the GeoPackage is open and no write has failed.
    bool isValid() const { return static_cast<bool>( mDataset ) && mErrorMessage.isEmpty(); }

    //! \brief Returns a description of the first failure, or an empty string.
    QString errorMessage() const { return mErrorMessage; }

    /**
     * \brief Creates the layer described by \a definition, writes all \a features in one
     * transaction and stores the layer metadata. Returns TRUE on success.
     */
    bool writeLayer( const LayerDefinition &definition, const QVector<Feature> &features );

    /**
     * \brief Writes everything to disk and closes the file. Returns TRUE on success.
     */
    bool close();

    //! \brief Returns the WKT of a point at \a longitude, \a latitude, without loss of precision.
    static QString pointWkt( double longitude, double latitude );

    //! \brief Returns the WKT of a line through \a points (x = longitude, y = latitude).
    static QString lineStringWkt( const QVector<QPointF> &points );

  private:
    bool fail( const QString &message );
    bool executeSql( const QString &sql );
    bool writeQgisMetadata( const QString &tableName, const GpkgLayerMetadata &metadata );

    QString mPath;
    GdalDatasetPtr mDataset;
    QString mErrorMessage;
};

#endif // GEOPACKAGEWRITER_H
