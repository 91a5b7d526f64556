/***************************************************************************
  geopackageeventrows.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "geopackageeventrows.h"

#include <sqlite3.h>

#include <QFile>

void GeoPackageEventRows::bindText( int index, const QString &text )
{
  if ( text.isEmpty() )
  {
    sqlite3_bind_null( mInsert, index );
    return;
  }
  // Most values repeat from row to row (ports, countries, drugs): convert only what changed.
  BoundText &bound = mBoundText[index];
  if ( text != bound.text )
  {
    bound.text = text;
    bound.utf8 = text.toUtf8();
  }
  // The bytes stay in mBoundText until the next value is bound to this parameter.
  sqlite3_bind_text( mInsert, index, bound.utf8.constData(), bound.utf8.size(), SQLITE_STATIC );
}

GeoPackageEventRows::GeoPackageEventRows( const QString &path, const QString &table )
    : mTable( table )
{
  if ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &mDatabase, SQLITE_OPEN_READWRITE, nullptr ) != SQLITE_OK )
  {
    fail( QStringLiteral( "cannot open %1" ).arg( path ) );
    return;
  }
  // The file is temporary until the import succeeds: a crash loses nothing worth a journal.
  // CREATE INDEX may sort with helper threads (the import's other thread is idle by then).
  if ( !execute( QStringLiteral( "PRAGMA journal_mode = OFF" ) ) || !execute( QStringLiteral( "PRAGMA synchronous = OFF" ) ) ||
       !execute( QStringLiteral( "PRAGMA cache_size = -65536" ) ) || !execute( QStringLiteral( "PRAGMA threads = 2" ) ) || !execute( QStringLiteral( "BEGIN" ) ) )
    return;
  // GDAL's triggers would update the feature count once per row; commit() sets it once and puts
  // the triggers back.
  sqlite3_stmt *triggers = nullptr;
  const QString triggerQuery = QStringLiteral( "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '%1' AND name LIKE '%feature_count%'" ).arg( table );
  if ( sqlite3_prepare_v2( mDatabase, triggerQuery.toUtf8().constData(), -1, &triggers, nullptr ) == SQLITE_OK )
  {
    while ( sqlite3_step( triggers ) == SQLITE_ROW )
    {
      mTriggerNames << QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( triggers, 0 ) ) );
      mTriggerDefinitions << QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( triggers, 1 ) ) );
    }
  }
  sqlite3_finalize( triggers );
  for ( const QString &name : std::as_const( mTriggerNames ) )
  {
    if ( !execute( QStringLiteral( "DROP TRIGGER \"%1\"" ).arg( name ) ) )
      return;
  }
  const QString insert = QStringLiteral( "INSERT INTO \"%1\" (event_date, year, port_locode, port_name_raw, dest_country_iso2, origin_locode, "
                                         "origin_country_iso2, drug, tonnes, source_file, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" )
                             .arg( table );
  if ( sqlite3_prepare_v2( mDatabase, insert.toUtf8().constData(), -1, &mInsert, nullptr ) != SQLITE_OK )
    fail( QStringLiteral( "cannot prepare the insert into %1" ).arg( table ) );
}

GeoPackageEventRows::~GeoPackageEventRows()
{
  close();
}

bool GeoPackageEventRows::append( const SeizureEvent &event, const QByteArray &sourceFile )
{
  if ( !mInsert )
    return false;
  if ( event.date.isValid() )
  {
    char date[11];
    const int year = event.date.year();
    const int month = event.date.month();
    const int day = event.date.day();
    const int parts[] = { year / 1000 % 10, year / 100 % 10, year / 10 % 10, year % 10, -1, month / 10, month % 10, -1, day / 10, day % 10 };
    for ( int i = 0; i < 10; ++i )
      date[i] = parts[i] < 0 ? '-' : static_cast<char>( '0' + parts[i] );
    sqlite3_bind_text( mInsert, 1, date, 10, SQLITE_TRANSIENT );
  }
  else
  {
    sqlite3_bind_null( mInsert, 1 );
  }
  if ( event.year > 0 )
    sqlite3_bind_int( mInsert, 2, event.year );
  else
    sqlite3_bind_null( mInsert, 2 );
  bindText( 3, event.portLocode );
  bindText( 4, event.portNameRaw );
  bindText( 5, event.destCountryIso2 );
  bindText( 6, event.originLocode );
  bindText( 7, event.originCountryIso2 );
  bindText( 8, event.drug );
  if ( event.tonnes )
    sqlite3_bind_double( mInsert, 9, *event.tonnes );
  else
    sqlite3_bind_null( mInsert, 9 );
  sqlite3_bind_text( mInsert, 10, sourceFile.constData(), sourceFile.size(), SQLITE_STATIC );
  sqlite3_bind_int( mInsert, 11, event.sourceLine );
  const int result = sqlite3_step( mInsert );
  sqlite3_reset( mInsert );
  return result == SQLITE_DONE || fail( QStringLiteral( "cannot write the event of line %1" ).arg( event.sourceLine ) );
}

bool GeoPackageEventRows::execute( const QString &sql )
{
  if ( !mDatabase )
    return false;
  char *message = nullptr;
  if ( sqlite3_exec( mDatabase, sql.toUtf8().constData(), nullptr, nullptr, &message ) == SQLITE_OK )
    return true;
  const QString reason = QString::fromUtf8( message );
  sqlite3_free( message );
  return fail( QStringLiteral( "%1 failed: %2" ).arg( sql, reason ) );
}

bool GeoPackageEventRows::commit()
{
  if ( !mInsert || !mErrorMessage.isEmpty() )
    return false;
  sqlite3_finalize( mInsert );
  mInsert = nullptr;
  // GDAL keeps a feature count per table; it must match what was appended here.
  bool ok = execute( QStringLiteral( "UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM \"%1\") WHERE lower(table_name) = lower('%1')" ).arg( mTable ) );
  for ( const QString &definition : std::as_const( mTriggerDefinitions ) )
    ok = ok && execute( definition );
  ok = ok && execute( QStringLiteral( "COMMIT" ) );
  close();
  return ok;
}

bool GeoPackageEventRows::fail( const QString &what )
{
  if ( mErrorMessage.isEmpty() )
    mErrorMessage = mDatabase ? QStringLiteral( "%1: %2" ).arg( what, QString::fromUtf8( sqlite3_errmsg( mDatabase ) ) ) : what;
  return false;
}

void GeoPackageEventRows::close()
{
  if ( mInsert )
    sqlite3_finalize( mInsert );
  mInsert = nullptr;
  if ( mDatabase )
    sqlite3_close( mDatabase ); // an open transaction is rolled back
  mDatabase = nullptr;
}
