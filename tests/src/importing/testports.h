/***************************************************************************
  testports.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef TESTPORTS_H
#define TESTPORTS_H

#include "portgazetteer.h"

/**
 * \brief The few ports the importing tests match against (a small stand-in for the atlas):
 * Antwerp, Rotterdam, Hamburg, Le Havre, Algeciras, Livorno and Guayaquil.
 */
inline PortGazetteer testPorts()
{
  return PortGazetteer( {
      { QStringLiteral( "Antwerp" ), QStringLiteral( "BEANR" ), QStringLiteral( "BE" ), 51.21667, 4.4 },
      { QStringLiteral( "Rotterdam" ), QStringLiteral( "NLRTM" ), QStringLiteral( "NL" ), 51.9, 4.48333 },
      { QStringLiteral( "Hamburg" ), QStringLiteral( "DEHAM" ), QStringLiteral( "DE" ), 53.55, 9.93333 },
      { QStringLiteral( "Le Havre" ), QStringLiteral( "FRLEH" ), QStringLiteral( "FR" ), 49.48333, 0.11667 },
      { QStringLiteral( "Algeciras" ), QStringLiteral( "ESALG" ), QStringLiteral( "ES" ), 36.13, -5.44 },
      { QStringLiteral( "Livorno" ), QStringLiteral( "ITLIV" ), QStringLiteral( "IT" ), 43.55, 10.3 },
      { QStringLiteral( "Guayaquil" ), QStringLiteral( "ECGYE" ), QStringLiteral( "EC" ), -2.28, -79.91 },
  } );
}

#endif // TESTPORTS_H
