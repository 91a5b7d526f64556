/***************************************************************************
  main.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later

  psa-build-data: checks the source tables in layers/ and builds the atlas GeoPackage.
 ***************************************************************************/
#include "atlasdatabuilder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace
{
  void printUsage( QTextStream &stream )
  {
    stream << "Usage: psa-build-data --layers DIR --output FILE.gpkg [--sealanes DIR]\n"
              "\n"
              "Checks countries.csv, ports.csv, seizure_figures.csv and routes.csv in DIR and writes the\n"
              "atlas GeoPackage FILE.gpkg. On any error every problem is printed as\n"
              "  file:line: column 'x': message [rule]\n"
              "the exit code is 1 and FILE.gpkg is left as it was.\n"
              "With --sealanes DIR (the folder of the sea-lane network) it also draws the routes of\n"
              "routes.csv along sea lanes into the layer inbound_routes.\n";
  }
} // namespace

int main( int argc, char *argv[] )
{
  QCoreApplication application( argc, argv );
  QTextStream out( stdout );
  QTextStream err( stderr );

  QString layersDirectory;
  QString outputPath;
  QString seaLanesDirectory;
  const QStringList arguments = application.arguments().mid( 1 );
  for ( int i = 0; i < arguments.size(); ++i )
  {
    const QString &argument = arguments.at( i );
    if ( argument == QLatin1String( "--layers" ) && i + 1 < arguments.size() )
      layersDirectory = arguments.at( ++i );
    else if ( argument == QLatin1String( "--output" ) && i + 1 < arguments.size() )
      outputPath = arguments.at( ++i );
    else if ( argument == QLatin1String( "--sealanes" ) && i + 1 < arguments.size() )
      seaLanesDirectory = arguments.at( ++i );
    else if ( argument == QLatin1String( "--help" ) || argument == QLatin1String( "-h" ) )
    {
      printUsage( out );
      return 0;
    }
    else
    {
      err << "psa-build-data: unexpected argument '" << argument << "'\n";
      printUsage( err );
      return 2;
    }
  }
  if ( layersDirectory.isEmpty() || outputPath.isEmpty() )
  {
    printUsage( err );
    return 2;
  }

  AtlasDataBuilder builder( layersDirectory, outputPath );
  builder.setSeaLanesDirectory( seaLanesDirectory );
  if ( !builder.build() )
  {
    const SourceErrors errors = builder.errors();
    for ( const SourceError &error : errors )
      err << error.toString() << '\n';
    err << "psa-build-data: " << errors.size() << ( errors.size() == 1 ? " error" : " errors" ) << "; " << outputPath
        << " was not written\n";
    return 1;
  }
  const AtlasDataSet &data = builder.dataSet();
  out << "psa-build-data: wrote " << outputPath << " (" << data.ports.size() << " ports, " << data.seizureFigures.size()
      << " seizure figures, " << data.routes.size() << " routes)\n";
  const QStringList notDrawn = builder.routesNotDrawn();
  if ( !seaLanesDirectory.isEmpty() )
    out << "psa-build-data: " << data.routes.size() - notDrawn.size() << " routes drawn along sea lanes; "
        << notDrawn.size() << " kept without a line:\n";
  for ( const QString &line : notDrawn )
    out << "  " << line << '\n';
  return 0;
}
