/***************************************************************************
  seizuresperteu.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "seizuresperteu.h"

std::optional<SeizuresPerTeu::Ratio> SeizuresPerTeu::latest( const AtlasDataSet &dataSet, const QString &unlocode,
                                                             const QString &drug )
{
  std::optional<Ratio> best;
  for ( const AtlasDataSet::SeizureFigure &figure : dataSet.seizureFigures )
  {
    if ( !figure.preferred || figure.scope != QLatin1String( "port" ) || figure.drug != drug ||
         figure.unlocodes.value( 0 ) != unlocode )
      continue;
    if ( best && best->year >= figure.year )
      continue;
    for ( const AtlasDataSet::Throughput &throughput : dataSet.throughput )
    {
      if ( throughput.unlocode != unlocode || throughput.year != figure.year || throughput.teu <= 0 )
        continue;
      Ratio ratio;
      ratio.year = figure.year;
      ratio.teu = throughput.teu;
      ratio.tonnes = figure.quantityTonnes;
      ratio.tonnesPerMillionTeu = figure.quantityTonnes / ( throughput.teu / 1e6 );
      ratio.figureId = figure.figureId;
      ratio.lowerBound = figure.lowerBound;
      best = ratio;
      break;
    }
  }
  return best;
}
