/***************************************************************************
  workingfile.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "workingfile.h"

#include "filecompleteness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace
{
  //! The suffixes SQLite gives the files beside a database it writes.
  const QStringList SQLITE_SIDE_FILES = { QString(), QStringLiteral( "-journal" ), QStringLiteral( "-wal" ),
                                          QStringLiteral( "-shm" ) };

  //! .<target>.<host>-<pid>.<8 hex>.<purpose>[.<suffix>][-journal|-wal|-shm]
  const QRegularExpression &workingFileName()
  {
    static const QRegularExpression name( QStringLiteral( "^\\.(.+)\\.([A-Za-z0-9-]+)-(\\d+)\\.[0-9a-f]{8}\\."
                                                          "([a-z]+)(\\.[A-Za-z0-9]+)?(-journal|-wal|-shm)?$" ) );
    return name;
  }

  QString hostTag()
  {
    QString host = QSysInfo::machineHostName();
    for ( QChar &character : host )
    {
      if ( !( character.isLetterOrNumber() && character.unicode() < 128 ) && character != QLatin1Char( '-' ) )
        character = QLatin1Char( '-' );
    }
    return host.isEmpty() ? QStringLiteral( "host" ) : host;
  }

  bool processIsRunning( qint64 pid )
  {
    if ( pid <= 0 || pid == static_cast<qint64>( getpid() ) )
      return pid > 0;
    return kill( static_cast<pid_t>( pid ), 0 ) == 0 || errno == EPERM;
  }

  //! "an import into" for a working file whose purpose is "importing", and so on.
  QString writerDescription( const QString &purpose )
  {
    if ( purpose == QLatin1String( "importing" ) )
      return QStringLiteral( "an import into" );
    return purpose == QLatin1String( "partial" ) ? QStringLiteral( "an export to" ) : QStringLiteral( "a run writing" );
  }

  QString sizeText( qint64 bytes )
  {
    if ( bytes >= 1000 * 1000 )
      return QStringLiteral( "%1 MB" ).arg( bytes / 1e6, 0, 'f', 1 );
    return QStringLiteral( "%1 kB" ).arg( ( bytes + 999 ) / 1000 );
  }

  //! Flushes the file or folder at \a path to the disk; returns 0 or the error number.
  int syncToDisk( const QString &path, bool folder )
  {
    const int descriptor = open( QFile::encodeName( path ).constData(), O_RDONLY | ( folder ? O_DIRECTORY : 0 ) );
    if ( descriptor < 0 )
      return errno;
    const int result = fsync( descriptor ) == 0 || ( folder && errno == EINVAL ) ? 0 : errno;
    close( descriptor );
    return result;
  }

  //! Gives \a from the name \a to unless \a to exists; returns 0 or the error number (EEXIST).
  int renameWithoutReplacing( const QByteArray &from, const QByteArray &to )
  {
#ifdef RENAME_NOREPLACE
    if ( renameat2( AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE ) == 0 )
      return 0;
    if ( errno != EINVAL && errno != ENOSYS && errno != ENOTSUP )
      return errno;
#endif
    // File systems without RENAME_NOREPLACE (NFS): link() fails when the name exists.
    if ( link( from.constData(), to.constData() ) == 0 )
    {
      unlink( from.constData() );
      return 0;
    }
    if ( errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP )
      return errno;
    // Neither (FAT through FUSE, …): the best left is to look first.
    if ( access( to.constData(), F_OK ) == 0 )
      return EEXIST;
    return std::rename( from.constData(), to.constData() ) == 0 ? 0 : errno;
  }
} // namespace

WorkingFile::WorkingFile( const QString &target, const QString &purpose ) : mTarget( target )
{
  const QFileInfo info( target );
  const QString token =
      QString::number( QRandomGenerator::global()->generate(), 16 ).rightJustified( 8, QLatin1Char( '0' ) );
  mPath = info.dir().filePath(
      QStringLiteral( ".%1.%2.%3.%4" ).arg( info.fileName(), processTag( getpid() ), token, purpose ) );
}

WorkingFile::~WorkingFile()
{
  if ( !mCommitted )
    discard();
}

QString WorkingFile::processTag( qint64 pid )
{
  return QStringLiteral( "%1-%2" ).arg( hostTag() ).arg( pid );
}

QString WorkingFile::errorText( int error )
{
  QString text = QString::fromLocal8Bit( std::strerror( error ) );
  if ( !text.isEmpty() )
    text[0] = text.at( 0 ).toLower();
  return text;
}

QString WorkingFile::checkFolderWritable() const
{
  const int descriptor = open( QFile::encodeName( mPath ).constData(), O_WRONLY | O_CREAT | O_EXCL, 0666 );
  if ( descriptor < 0 )
  {
    const QString folder = QDir::toNativeSeparators( QFileInfo( mTarget ).absolutePath() );
    return QStringLiteral( "cannot write to %1: %2" ).arg( folder, errorText( errno ) );
  }
  close( descriptor );
  unlink( QFile::encodeName( mPath ).constData() );
  return QString();
}

QString WorkingFile::commit( Existing existing )
{
  mTargetExisted = false;
  const QString problem = FileCompleteness::problem( mPath, QFileInfo( mTarget ).suffix() );
  if ( !problem.isEmpty() )
    return fail( QStringLiteral( "cannot write %1: the file came out incomplete: %2; is the disk full?" )
                     .arg( mTarget, problem ) );
  if ( const int error = syncToDisk( mPath, false ) )
    return fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, errorText( error ) ) );
  const QByteArray from = QFile::encodeName( mPath );
  const QByteArray to = QFile::encodeName( mTarget );
  int error = 0;
  if ( existing == Existing::Refuse )
    error = renameWithoutReplacing( from, to );
  else if ( std::rename( from.constData(), to.constData() ) != 0 )
    error = errno;
  if ( error == EEXIST )
  {
    mTargetExisted = true;
    return fail( QStringLiteral( "%1 exists already" ).arg( mTarget ) );
  }
  if ( error )
    return fail( QStringLiteral( "cannot write %1: %2" ).arg( mTarget, errorText( error ) ) );
  mCommitted = true;
  // The new name is on the disk only once the folder is.
  syncToDisk( QFileInfo( mTarget ).absolutePath(), true );
  return QString();
}

void WorkingFile::discard()
{
  for ( const QString &suffix : SQLITE_SIDE_FILES )
    QFile::remove( mPath + suffix );
}

QString WorkingFile::fail( const QString &message )
{
  discard();
  return message;
}

QStringList WorkingFile::removeAbandoned( const QString &folder )
{
  struct Abandoned
  {
      QString purpose;
      qint64 bytes = 0;
  };
  QMap<QPair<QString, qint64>, Abandoned> removed;
  const QDir dir( folder );
  for ( const QFileInfo &file : dir.entryInfoList( QDir::Files | QDir::Hidden | QDir::System ) )
  {
    const QRegularExpressionMatch match = workingFileName().match( file.fileName() );
    const qint64 pid = match.hasMatch() ? match.captured( 3 ).toLongLong() : 0;
    if ( !match.hasMatch() || match.captured( 2 ) != hostTag() || processIsRunning( pid ) )
      continue;
    const qint64 bytes = file.size();
    if ( !QFile::remove( file.absoluteFilePath() ) )
      continue;
    Abandoned &entry = removed[qMakePair( match.captured( 1 ), pid )];
    entry.purpose = match.captured( 4 );
    entry.bytes += bytes;
  }
  QStringList sentences;
  for ( auto it = removed.constBegin(); it != removed.constEnd(); ++it )
  {
    const QString target = QDir::toNativeSeparators( dir.absoluteFilePath( it.key().first ) );
    sentences << QStringLiteral( "Removed %1 of working files that %2 %3 left when it stopped (process %4 is gone)." )
                     .arg( sizeText( it->bytes ), writerDescription( it->purpose ), target )
                     .arg( it.key().second );
  }
  return sentences;
}
