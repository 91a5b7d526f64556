/***************************************************************************
  stylelabels.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef STYLELABELS_H
#define STYLELABELS_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QDomDocument;

/**
 * \brief Puts the texts of the plugin's styles (resources/styles/, one .qml per layer) into the user's language:
 * the legend labels of their rules and categories ("up to 5 t", "From Colombia") and the words
 * of their label expressions (", all origins"), so a German print has no English legend.
 *
 * The styles keep English; the translations come from the plugin's .ts files (contexts
 * "StyleLabels" and "CountryNames"). A text without a translation stays English.
 */
class StyleLabels
{
    Q_DECLARE_TR_FUNCTIONS( StyleLabels )

  public:
    /**
     * \brief Translates, in the style document \a style, every rule's and category's label and
     * the quoted words of the label expressions that knownExpressionTexts() lists.
     */
    static void translate( QDomDocument &style );

    /**
     * \brief Returns the legend label \a label in the user's language: "From <country>" with the
     * country's name in that language, otherwise the label's translation, or \a label itself.
     */
    static QString translated( const QString &label );

    /**
     * \brief Returns the English legend labels of the styles that have a translation (the
     * "From <country>" categories aside).
     */
    static QStringList knownLabels();

    /**
     * \brief Returns the English texts, as quoted in the styles' label expressions, that are translated.
     */
    static QStringList knownExpressionTexts();

    /**
     * \brief Returns the country name \a englishName (as in layers/countries.csv) in the user's
     * language, or \a englishName when there is no translation.
     */
    static QString countryName( const QString &englishName );

    /**
     * \brief Returns the English names of the countries that have a translation (layers/countries.csv).
     */
    static QStringList knownCountryNames();
};

#endif // STYLELABELS_H
