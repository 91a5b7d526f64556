/***************************************************************************
  headeraliases.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "headeraliases.h"

#include "eventcolumnmapping.h"
#include "textnormalizer.h"

#include <QHash>

namespace
{
  //! Per field (in EventColumnMapping::Field order): its headers in en, de, nl, fr, es, it, pt, folded, separated by
  //! '|'.
  const char *const HEADERS[EventColumnMapping::FieldCount] = {
      "date|seizure date|datum|sicherstellungsdatum|datum inbeslagname|date de saisie|fecha|fecha de "
      "incautacion|data|data del sequestro|data da apreensao",
      "port|seizure port|hafen|seehafen|haven|zeehaven|port de saisie|puerto|porto",
      "origin port|port of origin|herkunftshafen|abgangshafen|haven van herkomst|herkomsthaven|port d origine|port de "
      "provenance|puerto de origen|"
      "porto di origine|porto de origem|porto di provenienza",
      "origin country|country of origin|herkunftsland|land van herkomst|herkomstland|pays d origine|pays de "
      "provenance|pais de origen|pais de procedencia|"
      "paese di origine|paese di provenienza|pais de origem",
      "drug|drugs|droge|drogen|rauschgift|betaubungsmittel|drug soort|soort drug|drugs "
      "soort|drogue|stupefiant|droga|sustancia|sostanza|stupefacente",
      "quantity|amount|menge|hoeveelheid|quantite|cantidad|quantita|quantidade",
      "unit|einheit|masseinheit|eenheid|unite|unidad|unita|unidade",
  };
} // namespace

int HeaderAliases::fieldOf( const QString &column )
{
  static const QHash<QString, int> fields = [] {
    QHash<QString, int> result;
    for ( int field = 0; field < EventColumnMapping::FieldCount; ++field )
    {
      for ( const QString &name : QString::fromLatin1( HEADERS[field] ).split( QLatin1Char( '|' ) ) )
        result.insert( name, field );
    }
    return result;
  }();
  return fields.value( TextNormalizer::foldForMatching( column ), -1 );
}
