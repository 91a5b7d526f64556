/***************************************************************************
  gpkglayermetadata.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "gpkglayermetadata.h"

#include <QLocale>
#include <QXmlStreamWriter>

namespace
{
  QString isoDateTime( const QDateTime &dateTime )
  {
    return dateTime.toString( Qt::ISODate );
  }
} // namespace

QString GpkgLayerMetadata::toQgisXml() const
{
  QString xml;
  QXmlStreamWriter writer( &xml );
  writer.setAutoFormatting( true );
  writer.setAutoFormattingIndent( 2 );
  writer.writeDTD( QStringLiteral( "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>" ) );
  writer.writeStartElement( QStringLiteral( "qgis" ) );
  writer.writeAttribute( QStringLiteral( "version" ), QStringLiteral( "3.22.0" ) );

  writer.writeTextElement( QStringLiteral( "identifier" ), identifier );
  writer.writeTextElement( QStringLiteral( "parentidentifier" ), QString() );
  writer.writeTextElement( QStringLiteral( "language" ), language );
  writer.writeTextElement( QStringLiteral( "type" ), QStringLiteral( "dataset" ) );
  writer.writeTextElement( QStringLiteral( "title" ), title );
  writer.writeTextElement( QStringLiteral( "abstract" ), abstract );

  for ( auto it = keywords.constBegin(); it != keywords.constEnd(); ++it )
  {
    writer.writeStartElement( QStringLiteral( "keywords" ) );
    writer.writeAttribute( QStringLiteral( "vocabulary" ), it.key() );
    for ( const QString &keyword : it.value() )
      writer.writeTextElement( QStringLiteral( "keyword" ), keyword );
    writer.writeEndElement();
  }

  writer.writeStartElement( QStringLiteral( "links" ) );
  for ( const Link &link : links )
  {
    writer.writeStartElement( QStringLiteral( "link" ) );
    writer.writeAttribute( QStringLiteral( "name" ), link.name );
    writer.writeAttribute( QStringLiteral( "type" ), link.type );
    writer.writeAttribute( QStringLiteral( "url" ), link.url );
    writer.writeAttribute( QStringLiteral( "description" ), link.description );
    writer.writeAttribute( QStringLiteral( "format" ), QString() );
    writer.writeAttribute( QStringLiteral( "mimeType" ), QString() );
    writer.writeAttribute( QStringLiteral( "size" ), QString() );
    writer.writeEndElement();
  }
  writer.writeEndElement();

  for ( const QString &step : history )
    writer.writeTextElement( QStringLiteral( "history" ), step );

  if ( creationDateTime.isValid() )
  {
    writer.writeStartElement( QStringLiteral( "dates" ) );
    writer.writeStartElement( QStringLiteral( "date" ) );
    writer.writeAttribute( QStringLiteral( "type" ), QStringLiteral( "Created" ) );
    writer.writeAttribute( QStringLiteral( "value" ), isoDateTime( creationDateTime ) );
    writer.writeEndElement();
    writer.writeEndElement();
  }

  writer.writeTextElement( QStringLiteral( "fees" ), QString() );
  for ( const QString &right : rights )
    writer.writeTextElement( QStringLiteral( "rights" ), right );
  for ( const QString &license : licenses )
    writer.writeTextElement( QStringLiteral( "license" ), license );
  writer.writeTextElement( QStringLiteral( "encoding" ), encoding );

  if ( !crsAuthId.isEmpty() )
  {
    writer.writeStartElement( QStringLiteral( "crs" ) );
    writer.writeStartElement( QStringLiteral( "spatialrefsys" ) );
    if ( !crsWkt.isEmpty() )
      writer.writeTextElement( QStringLiteral( "wkt" ), crsWkt );
    writer.writeTextElement( QStringLiteral( "authid" ), crsAuthId );
    writer.writeEndElement();
    writer.writeEndElement();
  }

  writer.writeStartElement( QStringLiteral( "extent" ) );
  if ( spatialExtent )
  {
    writer.writeStartElement( QStringLiteral( "spatial" ) );
    writer.writeAttribute( QStringLiteral( "crs" ), spatialExtent->crsAuthId );
    writer.writeAttribute( QStringLiteral( "dimensions" ), QStringLiteral( "2" ) );
    writer.writeAttribute( QStringLiteral( "minx" ),
                           QString::number( spatialExtent->xMinimum, 'g', QLocale::FloatingPointShortest ) );
    writer.writeAttribute( QStringLiteral( "miny" ),
                           QString::number( spatialExtent->yMinimum, 'g', QLocale::FloatingPointShortest ) );
    writer.writeAttribute( QStringLiteral( "minz" ), QStringLiteral( "0" ) );
    writer.writeAttribute( QStringLiteral( "maxx" ),
                           QString::number( spatialExtent->xMaximum, 'g', QLocale::FloatingPointShortest ) );
    writer.writeAttribute( QStringLiteral( "maxy" ),
                           QString::number( spatialExtent->yMaximum, 'g', QLocale::FloatingPointShortest ) );
    writer.writeAttribute( QStringLiteral( "maxz" ), QStringLiteral( "0" ) );
    writer.writeEndElement();
  }
  if ( temporalExtent )
  {
    writer.writeStartElement( QStringLiteral( "temporal" ) );
    writer.writeStartElement( QStringLiteral( "period" ) );
    writer.writeTextElement( QStringLiteral( "start" ), isoDateTime( temporalExtent->first ) );
    writer.writeTextElement( QStringLiteral( "end" ), isoDateTime( temporalExtent->second ) );
    writer.writeEndElement();
    writer.writeEndElement();
  }
  writer.writeEndElement();

  writer.writeEndElement();
  writer.writeEndDocument();
  // The auto-formatting starts the document with a line break; QGIS writes none.
  return xml.trimmed();
}
