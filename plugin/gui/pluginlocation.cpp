/***************************************************************************
  pluginlocation.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "pluginlocation.h"
#include "pluginmetadata.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <dlfcn.h>
#endif

QString PluginLocation::libraryFilePath()
{
#ifdef Q_OS_WIN
  HMODULE module = nullptr;
  if ( !GetModuleHandleExW( GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                            reinterpret_cast<LPCWSTR>( &PluginLocation::libraryFilePath ), &module ) )
    return QString();
  wchar_t path[MAX_PATH];
  const DWORD length = GetModuleFileNameW( module, path, MAX_PATH );
  return QFileInfo( QString::fromWCharArray( path, static_cast<int>( length ) ) ).absoluteFilePath();
#else
  Dl_info info;
  if ( dladdr( reinterpret_cast<void *>( &PluginLocation::libraryFilePath ), &info ) == 0 || !info.dli_fname )
    return QString();
  return QFileInfo( QFile::decodeName( info.dli_fname ) ).canonicalFilePath();
#endif
}

QString PluginLocation::dataDirectory()
{
  return QFileInfo( libraryFilePath() ).absoluteDir().filePath( QStringLiteral( PSA_PLUGIN_DATA_SUBDIR ) );
}
