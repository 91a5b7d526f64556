/***************************************************************************
  routingtestutils.h
  Port Seizure Atlas: fixtures shared by the routing tests
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#ifndef ROUTINGTESTUTILS_H
#define ROUTINGTESTUTILS_H

#include "sealanenetwork.h"

#include <QFile>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

/**
 * \brief Paths and small synthetic networks for the routing tests.
 */
namespace RoutingTestUtils
{
  //! Returns the shipped network GeoPackage.
  inline QString networkPath()
  {
    return QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes/marnet_plus_20km_seafix.gpkg" );
  }

  //! Returns the shipped port connectors.
  inline QString connectorsPath()
  {
    return QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes/port_connectors_20km.geojson" );
  }

  //! Returns the routing fixtures folder.
  inline QString dataPath( const QString &name )
  {
    return QStringLiteral( PSA_TEST_DATA_DIR "/routing/" ) + name;
  }

  //! A TestEdge length that stands for the haversine length of the edge's vertices.
  constexpr double HAVERSINE_LENGTH = -1e300;

  /**
   * \brief One feature of a synthetic network: its \a vertices, \a pass (empty for NULL) and \a lengthKm
   * (HAVERSINE_LENGTH: the haversine length of the vertices; NaN: a NULL field).
   */
  struct TestEdge
  {
      QVector<QPointF> vertices;
      QString pass;
      double lengthKm = HAVERSINE_LENGTH;
  };

  //! Options that break a synthetic network on purpose.
  struct TestNetworkOptions
  {
      QString layerName = QStringLiteral( "marnet" );
      bool withPass = true;
      bool withLength = true;
      bool asPoints = false; //!< write Point geometries (first vertex) instead of LineStrings
  };

  /**
   * \brief Writes \a edges as a network GeoPackage at \a path with \a options; returns an error or an empty string.
   */
  inline QString writeTestNetwork( const QString &path, const QVector<TestEdge> &edges,
                                   const TestNetworkOptions &options = TestNetworkOptions() )
  {
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
    if ( !driver )
      return QStringLiteral( "no GPKG driver" );
    GDALDatasetUniquePtr dataset( driver->Create( path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
    if ( !dataset )
      return QStringLiteral( "cannot create %1" ).arg( path );
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG( 4326 );
    OGRLayer *layer = dataset->CreateLayer( options.layerName.toUtf8().constData(), &wgs84,
                                            options.asPoints ? wkbPoint : wkbLineString, nullptr );
    if ( !layer )
      return QStringLiteral( "cannot create layer %1" ).arg( options.layerName );
    OGRFieldDefn passField( "pass", OFTString );
    OGRFieldDefn lengthField( "length_km", OFTReal );
    if ( ( options.withPass && layer->CreateField( &passField ) != OGRERR_NONE ) ||
         ( options.withLength && layer->CreateField( &lengthField ) != OGRERR_NONE ) )
      return QStringLiteral( "cannot create fields" );

    for ( const TestEdge &edge : edges )
    {
      OGRFeature feature( layer->GetLayerDefn() );
      if ( options.asPoints )
      {
        OGRPoint point( edge.vertices.first().x(), edge.vertices.first().y() );
        feature.SetGeometry( &point );
      }
      else
      {
        OGRLineString line;
        for ( const QPointF &vertex : edge.vertices )
          line.addPoint( vertex.x(), vertex.y() );
        feature.SetGeometry( &line );
      }
      if ( options.withPass && !edge.pass.isEmpty() )
        feature.SetField( "pass", edge.pass.toUtf8().constData() );
      if ( options.withLength && !std::isnan( edge.lengthKm ) )
      {
        double lengthKm = edge.lengthKm;
        if ( lengthKm == HAVERSINE_LENGTH )
        {
          lengthKm = 0;
          for ( int i = 1; i < edge.vertices.size(); ++i )
            lengthKm += SeaLaneNetwork::haversineKm( edge.vertices[i - 1].x(), edge.vertices[i - 1].y(),
                                                     edge.vertices[i].x(), edge.vertices[i].y() );
        }
        feature.SetField( "length_km", lengthKm );
      }
      if ( layer->CreateFeature( &feature ) != OGRERR_NONE )
        return QStringLiteral( "cannot write a feature" );
    }
    return QString();
  }

  //! One port connector: \a unlocode, \a port name and \a vertices (port first, network node last).
  struct TestConnector
  {
      QString unlocode;
      QString port;
      QVector<QPointF> vertices;
  };

  //! Writes \a connectors as GeoJSON at \a path; returns FALSE if the file cannot be written.
  inline bool writeTestConnectors( const QString &path, const QVector<TestConnector> &connectors )
  {
    QStringList features;
    for ( const TestConnector &connector : connectors )
    {
      QStringList coordinates;
      for ( const QPointF &vertex : connector.vertices )
        coordinates << QStringLiteral( "[%1, %2]" ).arg( vertex.x(), 0, 'g', 17 ).arg( vertex.y(), 0, 'g', 17 );
      features << QStringLiteral( "{\"type\": \"Feature\", \"properties\": {\"unlocode\": \"%1\", \"port\": \"%2\"}, "
                                  "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [%3]}}" )
                      .arg( connector.unlocode, connector.port, coordinates.join( QLatin1String( ", " ) ) );
    }
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
      return false;
    const QString json =
        QStringLiteral( "{\"type\": \"FeatureCollection\", \"name\": \"port_connectors\", \"features\": [%1]}\n" )
            .arg( features.join( QLatin1String( ",\n" ) ) );
    return file.write( json.toUtf8() ) > 0;
  }
} // namespace RoutingTestUtils

#endif // ROUTINGTESTUTILS_H
