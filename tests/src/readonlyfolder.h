/***************************************************************************
  readonlyfolder.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef READONLYFOLDER_H
#define READONLYFOLDER_H

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/stat.h>

/**
 * \brief Creates the folder "ro" in \a dir that only root may write to (mode 0555; \a dir made
 * 0755 so any user reaches it). Returns its path, or an empty string when it cannot. Root writes
 * anywhere: a test runs what must be refused as the unprivileged user "nobody" (uid 65534) then.
 */
inline QString makeReadOnlyFolder( const QTemporaryDir &dir )
{
  const QString folder = dir.filePath( QStringLiteral( "ro" ) );
  if ( !QDir().mkpath( folder ) || chmod( QFile::encodeName( dir.path() ).constData(), 0755 ) != 0 ||
       chmod( QFile::encodeName( folder ).constData(), 0555 ) != 0 )
    return QString();
  return folder;
}

#endif // READONLYFOLDER_H
