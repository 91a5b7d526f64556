/***************************************************************************
  plugintranslation.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PLUGINTRANSLATION_H
#define PLUGINTRANSLATION_H

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

/**
 * \brief The plugin's texts in the analyst's language: loads i18n/port_seizure_atlas_<language>.qm
 * from the plugin's data folder and installs it in the running application while it lives.
 *
 * The plugin follows QGIS's locale setting, the command-line program LANG/LC_ALL or --locale.
 * A language the plugin has no translation file for, or a missing file, leaves the texts in
 * English, without an error.
 */
class PluginTranslation
{
  public:
    //! \brief The languages the plugin is translated into, English (the source language) first.
    static const QStringList LANGUAGES;

    //! \brief File name of the translation into \a language: "port_seizure_atlas_de.qm".
    static QString fileName( const QString &language );

    /**
     * \brief The language of the locale name \a localeName ("de_DE.UTF-8", "fr-BE", "nl") when the
     * plugin is translated into it, else "en".
     */
    static QString languageOf( const QString &localeName );

    /**
     * \brief The language the command-line program uses when --locale is not given: the first
     * of LC_ALL, LC_MESSAGES and LANG that is set, through languageOf().
     */
    static QString environmentLanguage();

    PluginTranslation();
    ~PluginTranslation();
    PluginTranslation( const PluginTranslation & ) = delete;
    PluginTranslation &operator=( const PluginTranslation & ) = delete;

    /**
     * \brief Installs the translation into \a language from \a directory (replacing one this
     * object installed before). Returns false, and leaves the texts in English, for English, a
     * language without translation or a missing or unreadable file.
     */
    bool install( const QString &language, const QString &directory );

    //! \brief The language installed, "en" when none is.
    QString language() const { return mLanguage; }

  private:
    void remove();

    std::unique_ptr<QTranslator> mTranslator;
    QString mLanguage = QStringLiteral( "en" );
};

#endif // PLUGINTRANSLATION_H
