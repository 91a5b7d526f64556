/***************************************************************************
  gdalsqlstatement.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef GDALSQLSTATEMENT_H
#define GDALSQLSTATEMENT_H

#include "gdalmessagecollector.h"

#include <gdal_priv.h>

#include <QString>

/**
 * \brief Runs the SQL statement \a sql (no result wanted: CREATE, INSERT, PRAGMA...) on
 * \a dataset. Returns GDAL's reason when it failed, an empty string when it worked.
 */
inline QString runGdalSqlStatement( GDALDataset &dataset, const QString &sql )
{
  GdalMessageCollector messages;
  if ( OGRLayer *result = dataset.ExecuteSQL( sql.toUtf8().constData(), nullptr, nullptr ) )
    dataset.ReleaseResultSet( result );
  return messages.hasFailure() ? messages.messages() : QString();
}

#endif // GDALSQLSTATEMENT_H
