/***************************************************************************
  stylelabels.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "stylelabels.h"

#include <QDomDocument>
#include <QDomElement>
#include <QDomNodeList>

#include <iterator>

namespace
{
  //! The legend labels written in resources/styles/*.qml (tests/src/i18n checks that none is missing).
  const char *const LEGEND_LABELS[] = {
      QT_TRANSLATE_NOOP( "StyleLabels", "up to 5 t" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "5–20 t" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "20–50 t" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "more than 50 t" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "0 t reported" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "no published figure" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "origin or transit port" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "Origin or transit port" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "Origin country not stated" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "Single cocaine seizure: under 1 t" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "Single cocaine seizure: 1–5 t" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "Single cocaine seizure: 5 t or more" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "Single seizure of another drug" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "up to 1 t per million TEU" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "1–3 t per million TEU" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "more than 3 t per million TEU" ),
      QT_TRANSLATE_NOOP( "StyleLabels", "No seizure and TEU figure of one year" ),
  };

  //! The words quoted in the styles' label expressions.
  const char *const EXPRESSION_TEXTS[] = {
      QT_TRANSLATE_NOOP( "StyleLabels", ", all origins" ),
  };

  //! The countries of layers/countries.csv, by their English name (tests/src/i18n checks that none is missing).
  const char *const COUNTRY_NAMES[] = {
      QT_TRANSLATE_NOOP( "CountryNames", "Antigua and Barbuda" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Argentina" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Belgium" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Bulgaria" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Benin" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Brazil" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Bahamas" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Côte d'Ivoire" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Chile" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Colombia" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Costa Rica" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Cabo Verde" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Curaçao" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Cyprus" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Germany" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Denmark" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Dominican Republic" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Ecuador" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Estonia" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Spain" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Finland" ),
      QT_TRANSLATE_NOOP( "CountryNames", "France" ),
      QT_TRANSLATE_NOOP( "CountryNames", "United Kingdom" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Ghana" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Guinea" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Guadeloupe" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Greece" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Guatemala" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Guinea-Bissau" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Guyana" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Honduras" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Croatia" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Ireland" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Italy" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Jamaica" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Lithuania" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Latvia" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Morocco" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Martinique" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Malta" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Mexico" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Nigeria" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Nicaragua" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Netherlands" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Norway" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Panama" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Peru" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Poland" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Portugal" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Paraguay" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Romania" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Sweden" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Slovenia" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Sierra Leone" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Senegal" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Suriname" ),
      QT_TRANSLATE_NOOP( "CountryNames", "El Salvador" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Togo" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Trinidad and Tobago" ),
      QT_TRANSLATE_NOOP( "CountryNames", "United States" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Uruguay" ),
      QT_TRANSLATE_NOOP( "CountryNames", "Venezuela" ),
      QT_TRANSLATE_NOOP( "CountryNames", "South Africa" ),
  };

  const QString FROM_PREFIX = QStringLiteral( "From " );

  //! \a text as a single-quoted QGIS expression string.
  QString quoted( const QString &text )
  {
    return QLatin1Char( '\'' ) + QString( text ).replace( QLatin1Char( '\'' ), QLatin1String( "''" ) ) +
           QLatin1Char( '\'' );
  }

  QStringList englishTexts( const char *const *texts, std::size_t count )
  {
    QStringList list;
    for ( std::size_t i = 0; i < count; ++i )
      list << QString::fromUtf8( texts[i] );
    return list;
  }

  //! Translates the label attribute of every \a tagName element of \a style.
  void translateLabels( QDomDocument &style, const QString &tagName )
  {
    const QDomNodeList elements = style.elementsByTagName( tagName );
    for ( int i = 0; i < elements.count(); ++i )
    {
      QDomElement element = elements.at( i ).toElement();
      const QString label = element.attribute( QStringLiteral( "label" ) );
      if ( !label.isEmpty() )
        element.setAttribute( QStringLiteral( "label" ), StyleLabels::translated( label ) );
    }
  }
} // namespace

void StyleLabels::translate( QDomDocument &style )
{
  translateLabels( style, QStringLiteral( "rule" ) );
  translateLabels( style, QStringLiteral( "category" ) );
  const QDomNodeList settings = style.elementsByTagName( QStringLiteral( "text-style" ) );
  for ( int i = 0; i < settings.count(); ++i )
  {
    QDomElement element = settings.at( i ).toElement();
    if ( !element.hasAttribute( QStringLiteral( "fieldName" ) ) )
      continue;
    QString expression = element.attribute( QStringLiteral( "fieldName" ) );
    for ( const QString &text : knownExpressionTexts() )
    {
      const QString translation = QCoreApplication::translate( "StyleLabels", text.toUtf8().constData() );
      expression.replace( quoted( text ), quoted( translation ) );
    }
    element.setAttribute( QStringLiteral( "fieldName" ), expression );
  }
}

QString StyleLabels::translated( const QString &label )
{
  if ( label.startsWith( FROM_PREFIX ) )
    return tr( "From %1" ).arg( countryName( label.mid( FROM_PREFIX.size() ) ) );
  return QCoreApplication::translate( "StyleLabels", label.toUtf8().constData() );
}

QStringList StyleLabels::knownLabels()
{
  return englishTexts( LEGEND_LABELS, std::size( LEGEND_LABELS ) );
}

QStringList StyleLabels::knownExpressionTexts()
{
  return englishTexts( EXPRESSION_TEXTS, std::size( EXPRESSION_TEXTS ) );
}

QString StyleLabels::countryName( const QString &englishName )
{
  return QCoreApplication::translate( "CountryNames", englishName.toUtf8().constData() );
}

QStringList StyleLabels::knownCountryNames()
{
  return englishTexts( COUNTRY_NAMES, std::size( COUNTRY_NAMES ) );
}
