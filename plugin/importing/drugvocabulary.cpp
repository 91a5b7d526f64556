/***************************************************************************
  drugvocabulary.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "drugvocabulary.h"

#include "textnormalizer.h"

#include <QHash>
#include <QVector>

#include <algorithm>

namespace
{
  struct Drug
  {
      const char *stored;
      //! Names in the seven languages, folded (lower case, no accents), separated by '|'.
      const char *names;
  };

  const Drug DRUGS[] = {
      { "cocaine", "cocaine|kokain|kokaine|cocain|cocaina|cocaine hydrochloride|cocaine "
                   "hcl|kokainhydrochlorid|cocainehydrochloride|crack|crack cocaine" },
      { "cannabis resin",
        "cannabis resin|resin|hashish|hash|haschisch|hasch|haschich|hachis|hasj|hasjiesj|cannabisharz|cannabis "
        "harz|resine de cannabis|"
        "resina de cannabis|resina di cannabis|hascisc|hashish|haxixe|cannabishars" },
      { "herbal cannabis",
        "herbal cannabis|cannabis herb|cannabis herbal|marijuana|marihuana|marijuana|wiet|cannabiskraut|cannabis "
        "kraut|herbe de cannabis|"
        "herbe|cannabis herbe|hierba de cannabis|cogollos|erba|cannabis in foglie|maconha|cannabis herbacea" },
      { "heroin", "heroin|heroine|heroina|eroina|diamorphine|diamorphin" },
      { "amphetamine",
        "amphetamine|amphetamin|amfetamine|amfetamina|anfetamina|speed|amphetamine sulphate|amphetaminsulfat" },
      { "methamphetamine", "methamphetamine|methamphetamin|metamfetamine|methamfetamine|metanfetamina|metamfetamina|"
                           "crystal meth|meth|pervitin" },
      { "MDMA", "mdma|ecstasy|extasis|xtc|extasy|ecstasy tablets|ecstasy pillen|mdma tabletten" },
      { "other", "other|others|andere|sonstige|sonstiges|autre|autres|otro|otra|otros|otras|altro|altra|altri|outro|"
                 "outra|outros|overig|overige|anders" },
  };

  const QHash<QString, QString> &storedByName()
  {
    static const QHash<QString, QString> names = [] {
      QHash<QString, QString> result;
      for ( const Drug &drug : DRUGS )
      {
        for ( const QString &name : QString::fromUtf8( drug.names ).split( QLatin1Char( '|' ) ) )
          result.insert( name, QString::fromLatin1( drug.stored ) );
      }
      return result;
    }();
    return names;
  }
} // namespace

QStringList DrugVocabulary::storedNames()
{
  QStringList names;
  for ( const Drug &drug : DRUGS )
    names << QString::fromLatin1( drug.stored );
  return names;
}

std::optional<QString> DrugVocabulary::storedName( const QString &text, QString *problem )
{
  const QString key = TextNormalizer::foldForMatching( text );
  const auto known = storedByName().constFind( key );
  if ( known != storedByName().constEnd() )
    return known.value();
  if ( key == QLatin1String( "cannabis" ) || key == QLatin1String( "hanf" ) ||
       key == QLatin1String( "cannabis sativa" ) )
  {
    *problem =
        QStringLiteral( "'%1' may be cannabis resin or herbal cannabis; write which (e.g. Haschisch or Marihuana)" )
            .arg( text );
    return std::nullopt;
  }
  QVector<QPair<int, QString>> near;
  // A long text is no misspelt drug name: no suggestion is searched (the search grows with the length).
  constexpr int LONGEST_NAME = 40;
  for ( auto it = storedByName().constBegin(); key.size() <= LONGEST_NAME && it != storedByName().constEnd(); ++it )
  {
    const int distance = TextNormalizer::editDistance( key, it.key() );
    if ( distance <= std::max( 2, static_cast<int>( key.size() ) / 3 ) )
      near.append( { distance, QStringLiteral( "%1 (%2)" ).arg( it.key(), it.value() ) } );
  }
  std::sort( near.begin(), near.end() );
  QStringList suggestions;
  for ( int i = 0; i < near.size() && suggestions.size() < 3; ++i )
    suggestions << near.at( i ).second;
  *problem = QStringLiteral( "the drug '%1' is not known; %2 (known: %3, in English, German, Dutch, French, Spanish, "
                             "Italian or Portuguese)" )
                 .arg( text,
                       suggestions.isEmpty()
                           ? QStringLiteral( "write 'other' if it is none of the known drugs" )
                           : QStringLiteral( "did you mean %1?" ).arg( suggestions.join( QLatin1String( ", " ) ) ),
                       storedNames().join( QLatin1String( ", " ) ) );
  return std::nullopt;
}
