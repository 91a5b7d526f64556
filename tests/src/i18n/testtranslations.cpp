/***************************************************************************
  testtranslations.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "plugintranslation.h"
#include "translationfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

/**
 * \brief The analysts' languages: every text of the plugin is translated into German, Dutch,
 * French, Spanish and Italian, with the same placeholders, and the translations load.
 */
class TestTranslations : public QObject
{
    Q_OBJECT

  private slots:
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void lupdateFindsNothingMissing();
    void compiledTranslationsLoad();
    void languagesFollowTheLocale();

  private:
    using Message = TranslationFile::Message;
    static QString tsPath( const QString &language );
};

QString TestTranslations::tsPath( const QString &language )
{
  return QDir( QStringLiteral( PSA_TS_DIR ) ).filePath( QStringLiteral( "port_seizure_atlas_%1.ts" ).arg( language ) );
}

void TestTranslations::everyTextIsTranslated_data()
{
  QTest::addColumn<QString>( "language" );
  for ( const QString &language : PluginTranslation::LANGUAGES.mid( 1 ) )
    QTest::newRow( qPrintable( language ) ) << language;
}

void TestTranslations::everyTextIsTranslated()
{
  QFETCH( QString, language );
  QString error;
  const QList<Message> messages = TranslationFile::read( tsPath( language ), &error );
  QVERIFY2( error.isEmpty(), qPrintable( error ) );
  QVERIFY( messages.size() > 300 );
  static const QRegularExpression placeholder( QStringLiteral( "%(\\d+|n)" ) );
  static const QRegularExpression expression( QStringLiteral( "\\[%.*?%\\]" ) );
  // Texts in quotes inside an expression are words a reader sees, and are translated.
  static const QRegularExpression quoted( QStringLiteral( "'(?:[^']|'')*'" ) );
  const auto matches = []( const QRegularExpression &pattern, const QString &text ) {
    QSet<QString> found;
    auto it = pattern.globalMatch( text );
    while ( it.hasNext() )
      found.insert( it.next().captured( 0 ).replace( quoted, QStringLiteral( "''" ) ) );
    return found;
  };
  for ( const Message &message : messages )
  {
    const QString where =
        QStringLiteral( "%1 (%2): \"%3\"" ).arg( tsPath( language ), message.context, message.source );
    QVERIFY2( !message.unfinished && !message.translations.isEmpty(), qPrintable( where + " is not translated" ) );
    for ( const QString &translation : message.translations )
    {
      QVERIFY2( !translation.trimmed().isEmpty(), qPrintable( where + " has an empty translation" ) );
      // Numbers and names go where the program puts them: the same placeholders, and QGIS
      // expressions ([% … %]) with the same fields and functions.
      QVERIFY2( matches( placeholder, translation ) == matches( placeholder, message.source ),
                qPrintable( where + " → \"" + translation + "\": other placeholders" ) );
      QVERIFY2( matches( expression, translation ) == matches( expression, message.source ),
                qPrintable( where + " → \"" + translation + "\": the QGIS expressions changed" ) );
    }
  }
}

void TestTranslations::lupdateFindsNothingMissing()
{
  // lupdate run over the plugin's sources into a copy of each .ts file: a text of the code that
  // the file lacks comes out unfinished.
  QVERIFY2( QFileInfo( QStringLiteral( PSA_LUPDATE ) ).isExecutable(), PSA_LUPDATE );
  QTemporaryDir work;
  QStringList copies;
  for ( const QString &language : PluginTranslation::LANGUAGES.mid( 1 ) )
  {
    const QString copy = work.filePath( QFileInfo( tsPath( language ) ).fileName() );
    QVERIFY( QFile::copy( tsPath( language ), copy ) );
    copies << copy;
  }
  QProcess lupdate;
  lupdate.setProcessChannelMode( QProcess::MergedChannels );
  lupdate.start( QStringLiteral( PSA_LUPDATE ),
                 QStringList{ QStringLiteral( PSA_SOURCE_DIR "/plugin" ), QStringLiteral( "-locations" ),
                              QStringLiteral( "none" ), QStringLiteral( "-no-obsolete" ), QStringLiteral( "-ts" ) } +
                     copies );
  QVERIFY( lupdate.waitForFinished( 100000 ) );
  QVERIFY2( lupdate.exitCode() == 0, lupdate.readAll().constData() );
  for ( const QString &copy : copies )
  {
    QString error;
    const QList<Message> messages = TranslationFile::read( copy, &error );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );
    for ( const Message &message : messages )
      QVERIFY2( !message.unfinished,
                qPrintable( QStringLiteral( "%1 lacks \"%2\" (%3): run lupdate (plugin/cmake/Translations.cmake) and "
                                            "translate it" )
                                .arg( QFileInfo( copy ).fileName(), message.source, message.context ) ) );
  }
}

void TestTranslations::compiledTranslationsLoad()
{
  // The build compiled every language, and a translation of the print reads in that language.
  PluginTranslation translation;
  for ( const QString &language : PluginTranslation::LANGUAGES.mid( 1 ) )
  {
    QVERIFY2( translation.install( language, QStringLiteral( PSA_QM_DIR ) ), qPrintable( language ) );
    QCOMPARE( translation.language(), language );
    const QString heading =
        QCoreApplication::translate( "PrintLayoutItems", "Sources of the figures and routes shown" );
    QVERIFY2( heading != QLatin1String( "Sources of the figures and routes shown" ), qPrintable( language ) );
  }
  QVERIFY( translation.install( QStringLiteral( "de" ), QStringLiteral( PSA_QM_DIR ) ) );
  QVERIFY( QCoreApplication::translate( "PrintLayoutItems", "Sources of the figures and routes shown" )
               .contains( QLatin1String( "Quellen" ) ) );
  // English, an unknown language or a folder without the files: English texts, no error.
  QVERIFY( !translation.install( QStringLiteral( "en" ), QStringLiteral( PSA_QM_DIR ) ) );
  QVERIFY( !translation.install( QStringLiteral( "pt" ), QStringLiteral( PSA_QM_DIR ) ) );
  QTemporaryDir empty;
  QVERIFY( !translation.install( QStringLiteral( "de" ), empty.path() ) );
  QCOMPARE( QCoreApplication::translate( "PrintLayoutItems", "Sources of the figures and routes shown" ),
            QStringLiteral( "Sources of the figures and routes shown" ) );
}

void TestTranslations::languagesFollowTheLocale()
{
  QCOMPARE( PluginTranslation::languageOf( QStringLiteral( "de_DE.UTF-8" ) ), QStringLiteral( "de" ) );
  QCOMPARE( PluginTranslation::languageOf( QStringLiteral( "fr-BE" ) ), QStringLiteral( "fr" ) );
  QCOMPARE( PluginTranslation::languageOf( QStringLiteral( "nl" ) ), QStringLiteral( "nl" ) );
  QCOMPARE( PluginTranslation::languageOf( QStringLiteral( "pt_PT" ) ), QStringLiteral( "en" ) );
  QCOMPARE( PluginTranslation::languageOf( QStringLiteral( "C" ) ), QStringLiteral( "en" ) );
  qputenv( "LC_ALL", "" );
  qputenv( "LC_MESSAGES", "" );
  qputenv( "LANG", "it_IT.UTF-8" );
  QCOMPARE( PluginTranslation::environmentLanguage(), QStringLiteral( "it" ) );
  qputenv( "LC_ALL", "es_ES.UTF-8" );
  QCOMPARE( PluginTranslation::environmentLanguage(), QStringLiteral( "es" ) );
}

QTEST_GUILESS_MAIN( TestTranslations )
#include "testtranslations.moc"
