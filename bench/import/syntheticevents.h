/***************************************************************************
  syntheticevents.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SYNTHETICEVENTS_H
#define SYNTHETICEVENTS_H

#include <QString>

/**
 * \brief Writes \a count synthetic seizure events to the CSV file \a path, in the canonical
 * header (date,port,origin_port,origin_country,drug,quantity,unit), deterministically: the same
 * \a seed gives the same bytes on every machine. Ports are UN/LOCODEs of the atlas (27
 * European destinations, 12 origins), dates 2015–2024, quantities 1–5000 kg or 0.1–20 t with a
 * decimal comma in one row out of ten, and one quantity out of twenty left empty (unknown).
 * Returns FALSE when the file cannot be written.
 */
bool writeSyntheticEventsCsv( const QString &path, long long count, quint32 seed );

#endif // SYNTHETICEVENTS_H
