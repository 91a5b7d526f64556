/***************************************************************************
  atlasconsistencychecks.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasconsistencychecks.h"

#include "atlasschema.h"
#include "databuildrule.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace
{
  using Figure = AtlasDataSet::SeizureFigure;

  //! Port figures may add up to this much (tonnes) above a national figure: rounding of the stated figures.
  constexpr double SUM_TOLERANCE_T = 0.0005;

  //! Number of decimals of \a value as written in the table (15 significant digits at most).
  int decimals( double value )
  {
    const QString text = QString::number( value, 'f', 6 );
    int end = text.size();
    while ( end > 0 && text.at( end - 1 ) == QLatin1Char( '0' ) )
      --end;
    const int point = text.indexOf( QLatin1Char( '.' ) );
    return end - 1 == point ? 0 : end - point - 1;
  }

  //! TRUE when \a a and \a b give the same number at the precision of the less precise one.
  bool sameQuantity( double a, double b )
  {
    const double scale = std::pow( 10.0, std::min( decimals( a ), decimals( b ) ) );
    return std::llround( a * scale ) == std::llround( b * scale );
  }

  //! The countries of the ports a figure covers (its country list).
  bool withinCountry( const Figure &figure, const QString &country )
  {
    return figure.countryIso2.size() == 1 && figure.countryIso2.constFirst() == country;
  }

  //! TRUE when the place of \a outer contains the place of \a inner (and they differ).
  bool contains( const Figure &outer, const Figure &inner )
  {
    if ( outer.scope == AtlasSchema::Scope::NATIONAL )
      return inner.scope != AtlasSchema::Scope::NATIONAL && withinCountry( inner, outer.countryIso2.value( 0 ) );
    if ( outer.scope != AtlasSchema::Scope::PORT_GROUP )
      return false;
    if ( outer.unlocodes.isEmpty() )
      return inner.scope == AtlasSchema::Scope::PORT && outer.countryIso2.size() == 1 &&
             withinCountry( inner, outer.countryIso2.constFirst() );
    if ( inner.scope == AtlasSchema::Scope::PORT )
      return outer.unlocodes.contains( inner.unlocodes.value( 0 ) );
    if ( inner.scope == AtlasSchema::Scope::PORT_GROUP && !inner.unlocodes.isEmpty() &&
         inner.unlocodes.size() < outer.unlocodes.size() )
    {
      for ( const QString &code : inner.unlocodes )
      {
        if ( !outer.unlocodes.contains( code ) )
          return false;
      }
      return true;
    }
    return false;
  }

  SourceError error( const QString &file, const Figure &figure, const QString &column, const char *rule,
                     const QString &message )
  {
    return SourceError( file, figure.line, column, QString::fromLatin1( rule ), message );
  }
} // namespace

QStringList AtlasConsistencyChecks::drugWords()
{
  return {
      // English
      QStringLiteral( "drug" ),
      QStringLiteral( "drugs" ),
      QStringLiteral( "narcotics" ),
      QStringLiteral( "cannabis" ),
      QStringLiteral( "heroin" ),
      QStringLiteral( "marijuana" ),
      QStringLiteral( "hashish" ),
      // Dutch
      QStringLiteral( "heroïne" ),
      QStringLiteral( "hasj" ),
      QStringLiteral( "marihuana" ),
      QStringLiteral( "verdovende" ),
      // German
      QStringLiteral( "drogen" ),
      QStringLiteral( "rauschgift" ),
      QStringLiteral( "betäubungsmittel" ),
      QStringLiteral( "haschisch" ),
      // French
      QStringLiteral( "drogue" ),
      QStringLiteral( "drogues" ),
      QStringLiteral( "stupéfiants" ),
      QStringLiteral( "héroïne" ),
      // Spanish and Portuguese
      QStringLiteral( "droga" ),
      QStringLiteral( "drogas" ),
      QStringLiteral( "estupefacientes" ),
      QStringLiteral( "heroína" ),
      QStringLiteral( "hachís" ),
      QStringLiteral( "entorpecentes" ),
      QStringLiteral( "haxixe" ),
      QStringLiteral( "maconha" ),
      // Italian
      QStringLiteral( "droghe" ),
      QStringLiteral( "stupefacenti" ),
      QStringLiteral( "eroina" ),
      // Swedish and Norwegian
      QStringLiteral( "narkotika" ),
      QStringLiteral( "hasch" ),
  };
}

SourceErrors AtlasConsistencyChecks::check( const AtlasDataSet &dataSet, const QString &figuresFile )
{
  SourceErrors errors;
  checkNestedScopes( dataSet, figuresFile, errors );
  checkPortSums( dataSet, figuresFile, errors );
  checkQuoteWords( dataSet, figuresFile, errors );
  return errors;
}

void AtlasConsistencyChecks::checkNestedScopes( const AtlasDataSet &dataSet, const QString &file, SourceErrors &errors )
{
  for ( const Figure &outer : dataSet.seizureFigures )
  {
    if ( !outer.preferred )
      continue;
    for ( const Figure &inner : dataSet.seizureFigures )
    {
      if ( !inner.preferred || inner.year != outer.year || inner.drug != outer.drug || !contains( outer, inner ) )
        continue;
      if ( !sameQuantity( outer.quantityTonnes, inner.quantityTonnes ) )
        continue;
      errors.append( error(
          file, outer, QStringLiteral( "preferred" ), DataBuildRule::NestedScopeDuplicate,
          QStringLiteral(
              "figures %1 (%2, line %3) and %4 (%5, line %6) are both preferred and give the same %7 t for %8 at "
              "scopes that "
              "contain each other: one number counted twice; prefer one and say why in the other's preference_reason" )
              .arg( outer.figureId, outer.areaName )
              .arg( outer.line )
              .arg( inner.figureId, inner.areaName )
              .arg( inner.line )
              .arg( inner.quantityTonnes )
              .arg( outer.year ) ) );
    }
  }
}

void AtlasConsistencyChecks::checkPortSums( const AtlasDataSet &dataSet, const QString &file, SourceErrors &errors )
{
  for ( const Figure &national : dataSet.seizureFigures )
  {
    if ( !national.preferred || national.scope != AtlasSchema::Scope::NATIONAL || national.lowerBound )
      continue;
    const QString country = national.countryIso2.value( 0 );
    double sum = 0;
    QStringList ports;
    QSet<QString> portsCounted;
    for ( const Figure &figure : dataSet.seizureFigures )
    {
      if ( !figure.preferred || figure.scope != AtlasSchema::Scope::PORT || figure.year != national.year ||
           figure.drug != national.drug || !withinCountry( figure, country ) )
        continue;
      sum += figure.quantityTonnes;
      portsCounted.insert( figure.unlocodes.value( 0 ) );
      ports.append( QStringLiteral( "%1 (%2 t)" ).arg( figure.figureId ).arg( figure.quantityTonnes ) );
    }
    // A group of named ports adds to the sum when none of its ports has a figure of its own:
    // otherwise the same seizures would be counted twice.
    for ( const Figure &group : dataSet.seizureFigures )
    {
      if ( !group.preferred || group.scope != AtlasSchema::Scope::PORT_GROUP || group.unlocodes.isEmpty() ||
           group.year != national.year || group.drug != national.drug || !withinCountry( group, country ) )
        continue;
      bool overlaps = false;
      for ( const QString &code : group.unlocodes )
        overlaps = overlaps || portsCounted.contains( code );
      if ( overlaps )
        continue;
      sum += group.quantityTonnes;
      ports.append( QStringLiteral( "%1 (%2 t)" ).arg( group.figureId ).arg( group.quantityTonnes ) );
    }
    if ( sum <= national.quantityTonnes + SUM_TOLERANCE_T )
      continue;
    errors.append(
        error( file, national, QStringLiteral( "lower_bound" ), DataBuildRule::PortSumAboveNational,
               QStringLiteral( "the preferred port figures of %1 %2 (%3; groups only where none of their ports has a "
                               "figure) add up to %4 t, more than the preferred national figure %5 (%6 t); "
                               "if the national figure is a partial count, set lower_bound=1 and say why in its note, "
                               "otherwise one of them is wrong" )
                   .arg( country )
                   .arg( national.year )
                   .arg( ports.join( QLatin1String( ", " ) ) )
                   .arg( sum )
                   .arg( national.figureId )
                   .arg( national.quantityTonnes ) ) );
  }
}

void AtlasConsistencyChecks::checkQuoteWords( const AtlasDataSet &dataSet, const QString &file, SourceErrors &errors )
{
  static const QRegularExpression pattern(
      QStringLiteral( "(?<![\\p{L}\\p{N}])(%1)(?![\\p{L}\\p{N}])" ).arg( drugWords().join( QLatin1Char( '|' ) ) ),
      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption );
  QSet<QString> reviewed;
  for ( const AtlasDataSet::QuoteWordReview &review : dataSet.quoteWordReviews )
    reviewed.insert( review.figureId + QLatin1Char( '\n' ) + review.word.toLower() );

  for ( const Figure &figure : dataSet.seizureFigures )
  {
    if ( figure.drug != QLatin1String( "cocaine" ) )
      continue;
    QStringList words;
    QRegularExpressionMatchIterator it = pattern.globalMatch( figure.quote );
    while ( it.hasNext() )
    {
      const QString word = it.next().captured( 1 ).toLower();
      if ( !reviewed.contains( figure.figureId + QLatin1Char( '\n' ) + word ) && !words.contains( word ) )
        words.append( word );
    }
    if ( words.isEmpty() )
      continue;
    errors.append( error( file, figure, QStringLiteral( "quote" ), DataBuildRule::QuoteDrugWord,
                          QStringLiteral( "figure %1 is stored as cocaine but its quote says \"%2\"; store the drug "
                                          "the source names (e.g. 'drugs (mostly cocaine)'), "
                                          "or add a reviewed exception to quote_drug_words_reviewed.csv" )
                              .arg( figure.figureId, words.join( QLatin1String( "\", \"" ) ) ) ) );
  }
}
