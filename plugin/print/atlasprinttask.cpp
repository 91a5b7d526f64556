/***************************************************************************
  atlasprinttask.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasprinttask.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace
{
  const QString PROGRAM_NAME = QStringLiteral( "port-seizure-atlas" );
  //! How often the running export is checked for cancel (ms).
  constexpr int POLL_INTERVAL_MS = 100;
} // namespace

AtlasPrintTask::AtlasPrintTask( const QString &program, const QStringList &arguments, const QString &outputFile,
                                const QString &workFolder )
    : QgsTask( tr( "Port Seizure Atlas: printing %1" ).arg( QFileInfo( outputFile ).fileName() ), QgsTask::CanCancel ),
      mProgram( program ), mArguments( arguments ), mOutputFile( outputFile ), mWorkFolder( workFolder )
{
}

AtlasPrintTask::~AtlasPrintTask()
{
  if ( !mWorkFolder.isEmpty() )
    QDir( mWorkFolder ).removeRecursively();
}

QString AtlasPrintTask::findProgram( const QString &pluginLibraryPath )
{
  const QDir pluginFolder = QFileInfo( pluginLibraryPath ).absoluteDir();
  // Build tree: output/plugins → output/bin. Install: <prefix>/lib/qgis/plugins → <prefix>/bin.
  for ( const QString &relative : { QStringLiteral( "../bin" ), QStringLiteral( "../../../bin" ) } )
  {
    const QString candidate = QDir::cleanPath( pluginFolder.filePath( relative + QLatin1Char( '/' ) + PROGRAM_NAME ) );
    if ( QFileInfo( candidate ).isExecutable() )
      return candidate;
  }
  return QStandardPaths::findExecutable( PROGRAM_NAME );
}

bool AtlasPrintTask::run()
{
  QProcess process;
  process.setProcessChannelMode( QProcess::SeparateChannels );
  process.start( mProgram, mArguments );
  if ( !process.waitForStarted() )
  {
    mError = tr( "Cannot start %1: %2" ).arg( mProgram, process.errorString() );
    return false;
  }
  static const QRegularExpression progressLine( QStringLiteral( "^progress (\\d+)$" ) );
  QString output;
  while ( !process.waitForFinished( POLL_INTERVAL_MS ) )
  {
    if ( isCanceled() )
    {
      process.kill();
      process.waitForFinished();
      removePartialFiles();
      mError = tr( "Printing cancelled; %1 was not written." ).arg( mOutputFile );
      return false;
    }
    if ( process.state() == QProcess::NotRunning )
      break;
    while ( process.canReadLine() )
    {
      const QString line = QString::fromUtf8( process.readLine() ).trimmed();
      const QRegularExpressionMatch match = progressLine.match( line );
      if ( match.hasMatch() )
        setProgress( match.captured( 1 ).toDouble() );
      else
        output += line + QLatin1Char( '\n' );
    }
  }
  output += QString::fromUtf8( process.readAllStandardOutput() );
  const QString errors = QString::fromUtf8( process.readAllStandardError() ).trimmed();
  if ( process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 )
  {
    removePartialFiles();
    mError = errors.isEmpty()
                 ? tr( "Printing %1 failed (exit status %2)." ).arg( mOutputFile ).arg( process.exitCode() )
                 : errors;
    return false;
  }
  const QStringList lines = output.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  mReport =
      lines.filter( QRegularExpression( QStringLiteral( "^wrote " ) ) ).value( 0, tr( "wrote %1" ).arg( mOutputFile ) );
  return true;
}

void AtlasPrintTask::finished( bool result )
{
  emit exportFinished( result, mOutputFile, result ? mReport : mError );
}

void AtlasPrintTask::removePartialFiles() const
{
  const QFileInfo target( mOutputFile );
  QDir folder = target.absoluteDir();
  const QStringList partial =
      folder.entryList( { QStringLiteral( ".%1.*.partial.%2" ).arg( target.completeBaseName(), target.suffix() ) },
                        QDir::Files | QDir::Hidden );
  for ( const QString &name : partial )
    folder.remove( name );
}
