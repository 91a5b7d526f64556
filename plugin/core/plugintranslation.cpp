/***************************************************************************
  plugintranslation.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "plugintranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTranslator>

const QStringList PluginTranslation::LANGUAGES{ QStringLiteral( "en" ), QStringLiteral( "de" ),
                                                QStringLiteral( "nl" ), QStringLiteral( "fr" ),
                                                QStringLiteral( "es" ), QStringLiteral( "it" ) };

QString PluginTranslation::fileName( const QString &language )
{
  return QStringLiteral( "port_seizure_atlas_%1.qm" ).arg( language );
}

QString PluginTranslation::languageOf( const QString &localeName )
{
  // "de_DE.UTF-8", "de-AT", "de@euro", "de": the language is what comes before the first separator.
  QString language = localeName.trimmed().toLower();
  static const QRegularExpression separators( QStringLiteral( "[_.@-]" ) );
  const int separator = language.indexOf( separators );
  if ( separator >= 0 )
    language.truncate( separator );
  return LANGUAGES.contains( language ) ? language : QStringLiteral( "en" );
}

QString PluginTranslation::environmentLanguage()
{
  for ( const char *variable : { "LC_ALL", "LC_MESSAGES", "LANG" } )
  {
    const QString value = qEnvironmentVariable( variable );
    if ( !value.isEmpty() )
      return languageOf( value );
  }
  return QStringLiteral( "en" );
}

PluginTranslation::PluginTranslation() = default;

PluginTranslation::~PluginTranslation()
{
  remove();
}

bool PluginTranslation::install( const QString &language, const QString &directory )
{
  remove();
  if ( language == QLatin1String( "en" ) || !LANGUAGES.contains( language ) || !QCoreApplication::instance() )
    return false;
  auto translator = std::make_unique<QTranslator>();
  if ( !translator->load( QDir( directory ).filePath( fileName( language ) ) ) ||
       !QCoreApplication::installTranslator( translator.get() ) )
    return false;
  mTranslator = std::move( translator );
  mLanguage = language;
  return true;
}

void PluginTranslation::remove()
{
  if ( mTranslator && QCoreApplication::instance() )
    QCoreApplication::removeTranslator( mTranslator.get() );
  mTranslator.reset();
  mLanguage = QStringLiteral( "en" );
}
