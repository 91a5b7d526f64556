/***************************************************************************
  headeraliases.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef HEADERALIASES_H
#define HEADERALIASES_H

#include <QString>

/**
 * \brief Column headers in the languages of European offices (Datum, Hafen, Menge, Einheit,
 * Droge, Herkunftsland; Haven, Hoeveelheid; Port, Quantité; Puerto, Cantidad; Porto,
 * Quantità; ...) and the event field each names, case and accents ignored.
 */
namespace HeaderAliases
{
  /**
   * \brief Returns the EventColumnMapping::Field the column header \a column names in one of
   * the seven languages, or -1.
   */
  int fieldOf( const QString &column );
} // namespace HeaderAliases

#endif // HEADERALIASES_H
