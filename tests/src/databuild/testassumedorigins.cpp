/***************************************************************************
  testassumedorigins.cpp
  Port Seizure Atlas: routes that name only the origin country start at its main export port
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "atlasdatabuilder.h"
#include "atlaslayers.h"
#include "atlasschema.h"
#include "databuildtestutils.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace DataBuildTestUtils;

class TestAssumedOrigins : public QObject
{
    Q_OBJECT

  private slots:
    void countryOnlyRouteStartsAtMainPort();
    void unreachableAssumedOriginFailsTheBuild();
    void countryWithoutMainPortKeepsItsRow();

  private:
    //! The valid fixture plus a route from Ecuador (no port named) to Rotterdam and the main ports \a mainPorts.
    QString layersWith( const QTemporaryDir &directory, const QByteArray &mainPorts ) const;
    static bool writeFile( const QString &path, const QByteArray &content );
    //! Builds \a layers with the real sea lanes into \a output; returns FALSE (with the first error in \a error) when
    //! the build fails.
    static bool build( const QString &layers, const QString &output, QString &error );
    //! Returns the inbound route R003 (or \a routeId) of the GeoPackage \a output.
    static QList<QVariantMap> route( const QString &output, const QString &routeId = QStringLiteral( "R003" ) );
};

bool TestAssumedOrigins::writeFile( const QString &path, const QByteArray &content )
{
  QFile file( path );
  return file.open( QIODevice::WriteOnly | QIODevice::Truncate ) && file.write( content ) == content.size();
}

bool TestAssumedOrigins::build( const QString &layers, const QString &output, QString &error )
{
  AtlasDataBuilder builder( layers, output );
  builder.setSeaLanesDirectory( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes" ) );
  const bool built = builder.build();
  error = builder.errors().value( 0 ).toString();
  return built;
}

QList<QVariantMap> TestAssumedOrigins::route( const QString &output, const QString &routeId )
{
  GDALDatasetUniquePtr dataset = openGeoPackage( output );
  return readRows( dataset.get(), AtlasSchema::INBOUND_ROUTES_TABLE,
                   QStringLiteral( "route_id = '%1'" ).arg( routeId ) );
}

QString TestAssumedOrigins::layersWith( const QTemporaryDir &directory, const QByteArray &mainPorts ) const
{
  const QString layers = makeLayers( directory.path() );
  const QString routes = QDir( layers ).filePath( QStringLiteral( "routes.csv" ) );
  const QByteArray row = "R003,(unspecified port),,EC,Rotterdam,NLRTM,NL,2023,2.1,seized_at_destination,Seized at "
                         "Rotterdam in bananas from Ecuador,,AD,https://example.org/r3\n";
  if ( !writeFile( routes, fileContent( routes ) + row ) )
    return QString();
  if ( !mainPorts.isEmpty() && !writeFile( QDir( layers ).filePath( QStringLiteral( "country_main_ports.csv" ) ),
                                           "country_iso2,unlocode,source_title,source_url,quote\n" + mainPorts ) )
    return QString();
  return layers;
}

void TestAssumedOrigins::countryOnlyRouteStartsAtMainPort()
{
  QTemporaryDir directory;
  const QString layers = layersWith(
      directory,
      "EC,ECGYE,UNODC via El Universo,https://example.org/unodc,Guayaquil es el principal puerto de salida.\n" );
  QVERIFY( !layers.isEmpty() );
  const QString output = directory.filePath( QStringLiteral( "atlas.gpkg" ) );
  QString error;
  QVERIFY2( build( layers, output, error ), qPrintable( error ) );

  const QList<QVariantMap> assumed = route( output );
  QCOMPARE( assumed.size(), 1 );
  QVERIFY( assumed.at( 0 ).value( QStringLiteral( "geometry_wkt" ) ).isValid() );
  QCOMPARE( assumed.at( 0 ).value( QStringLiteral( "origin_port_assumed" ) ).toBool(), true );
  QCOMPARE( assumed.at( 0 ).value( QStringLiteral( "assumed_origin_unlocode" ) ).toString(),
            QStringLiteral( "ECGYE" ) );
  // The documented port-to-port route is drawn as published, not flagged.
  const QList<QVariantMap> published = route( output, QStringLiteral( "R001" ) );
  QCOMPARE( published.at( 0 ).value( QStringLiteral( "origin_port_assumed" ) ).toBool(), false );
  QVERIFY( !published.at( 0 ).value( QStringLiteral( "assumed_origin_unlocode" ) ).isValid() );
  // The line leaves Guayaquil where the documented Guayaquil → Antwerp line (R001) leaves it.
  const auto firstVertex = []( const QVariantMap &row ) {
    return row.value( QStringLiteral( "geometry_wkt" ) ).toString().section( QLatin1Char( ',' ), 0, 0 );
  };
  QVERIFY( firstVertex( published.at( 0 ) ).startsWith( QStringLiteral( "LINESTRING (" ) ) );
  QCOMPARE( firstVertex( assumed.at( 0 ) ), firstVertex( published.at( 0 ) ) );
}

void TestAssumedOrigins::unreachableAssumedOriginFailsTheBuild()
{
  // Moerdijk has no sourced position in the fixture, so it cannot be an origin by sea.
  QTemporaryDir directory;
  const QString layers = layersWith( directory, "EC,NLMOE,Wrong table,https://example.org/wrong,Moerdijk.\n" );
  const QString output = directory.filePath( QStringLiteral( "atlas.gpkg" ) );
  AtlasDataBuilder builder( layers, output );
  builder.setSeaLanesDirectory( QStringLiteral( PSA_SOURCE_DIR "/layers/sealanes" ) );
  QVERIFY( !builder.build() );
  QCOMPARE( builder.errors().size(), 1 );
  const SourceError error = builder.errors().at( 0 );
  QCOMPARE( error.ruleId(), AtlasDataBuilder::ASSUMED_ORIGIN_RULE );
  QCOMPARE( error.file(), QDir( layers ).filePath( QStringLiteral( "routes.csv" ) ) );
  QCOMPARE( error.line(), 4 );
  QVERIFY2( error.message().contains( QStringLiteral( "R003" ) ) &&
                error.message().contains( QStringLiteral( "NLMOE" ) ),
            qPrintable( error.message() ) );
  QVERIFY( !QFileInfo::exists( output ) );
}

void TestAssumedOrigins::countryWithoutMainPortKeepsItsRow()
{
  QTemporaryDir directory;
  const QString layers = layersWith( directory, QByteArray() );
  const QString output = directory.filePath( QStringLiteral( "atlas.gpkg" ) );
  QString error;
  QVERIFY2( build( layers, output, error ), qPrintable( error ) );
  const QList<QVariantMap> rows = route( output );
  QCOMPARE( rows.size(), 1 );
  QVERIFY( !rows.at( 0 ).value( QStringLiteral( "geometry_wkt" ) ).isValid() );
  QVERIFY( rows.at( 0 )
               .value( QStringLiteral( "geometry_status" ) )
               .toString()
               .contains( QStringLiteral( "only the origin country EC" ) ) );
}

QTEST_GUILESS_MAIN( TestAssumedOrigins )
#include "testassumedorigins.moc"
