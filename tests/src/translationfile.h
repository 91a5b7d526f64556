/***************************************************************************
  translationfile.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef TRANSLATIONFILE_H
#define TRANSLATIONFILE_H

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

/**
 * \brief Reads a Qt Linguist file (resources/i18n/port_seizure_atlas_<lang>.ts) for the tests: its messages in order.
 */
namespace TranslationFile
{
  //! One message: its context, source text, translations (one per plural form) and whether unfinished.
  struct Message
  {
      QString context;
      QString source;
      QStringList translations;
      bool unfinished = false;
  };

  //! \brief The messages of the .ts file \a path; \a error says why when it cannot be read whole.
  inline QList<Message> read( const QString &path, QString *error )
  {
    QList<Message> messages;
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      *error = file.errorString();
      return messages;
    }
    QXmlStreamReader xml( &file );
    QString context;
    while ( !xml.atEnd() )
    {
      xml.readNext();
      if ( !xml.isStartElement() )
        continue;
      if ( xml.name() == QLatin1String( "name" ) )
        context = xml.readElementText();
      else if ( xml.name() == QLatin1String( "message" ) )
        messages.append( Message{ context, QString(), QStringList(), false } );
      else if ( xml.name() == QLatin1String( "source" ) && !messages.isEmpty() )
        messages.last().source = xml.readElementText();
      else if ( xml.name() == QLatin1String( "translation" ) && !messages.isEmpty() )
      {
        const QString type = xml.attributes().value( QStringLiteral( "type" ) ).toString();
        messages.last().unfinished = type == QLatin1String( "unfinished" );
        const QString text = xml.readElementText( QXmlStreamReader::IncludeChildElements );
        if ( !text.isEmpty() )
          messages.last().translations << text;
      }
      else if ( xml.name() == QLatin1String( "numerusform" ) && !messages.isEmpty() )
        messages.last().translations << xml.readElementText();
    }
    if ( xml.hasError() )
      *error = QStringLiteral( "%1: line %2: %3" ).arg( path ).arg( xml.lineNumber() ).arg( xml.errorString() );
    return messages;
  }

  //! \brief The translation of \a source in \a context in the .ts file \a path; empty when it has none.
  inline QString translationOf( const QString &path, const QString &context, const QString &source )
  {
    QString error;
    for ( const Message &message : read( path, &error ) )
    {
      if ( message.context == context && message.source == source && !message.translations.isEmpty() )
        return message.translations.first();
    }
    return QString();
  }
} // namespace TranslationFile

#endif // TRANSLATIONFILE_H
