/***************************************************************************
  geopackageeventrows.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "geopackageeventrows.h"

#include <sqlite3.h>

#include <QFile>

namespace
{
  //! The columns written per event.
  constexpr int COLUMNS = 11;
  //! Rows per batch statement (704 parameters; SQLite allows 32,766 since 3.32).
  constexpr int ROWS_PER_STATEMENT = 64;
} // namespace

void GeoPackageEventRows::bindText( sqlite3_stmt *statement, int index, const QString &text )
{
  if ( text.isEmpty() )
  {
    sqlite3_bind_null( statement, index );
    return;
  }
  // Most values repeat from row to row (ports, countries, drugs): convert only what changed.
  BoundText &bound = mBoundText[index];
  if ( text.constData() != bound.text.constData() && text != bound.text )
  {
    bound.text = text;
    bound.utf8 = text.toUtf8();
  }
  // The bytes stay in mBoundText until the next value is bound to this parameter.
  sqlite3_bind_text( statement, index, bound.utf8.constData(), bound.utf8.size(), SQLITE_STATIC );
}

sqlite3_stmt *GeoPackageEventRows::prepareInsert( int rows )
{
  QString insert =
      QStringLiteral(
          "INSERT INTO \"%1\" (event_date, year, port_locode, port_name_raw, dest_country_iso2, origin_locode, "
          "origin_country_iso2, drug, tonnes, source_file, source_line) VALUES " )
          .arg( mTable );
  for ( int row = 0; row < rows; ++row )
    insert += row == 0 ? QStringLiteral( "(?,?,?,?,?,?,?,?,?,?,?)" ) : QStringLiteral( ",(?,?,?,?,?,?,?,?,?,?,?)" );
  sqlite3_stmt *statement = nullptr;
  if ( sqlite3_prepare_v2( mDatabase, insert.toUtf8().constData(), -1, &statement, nullptr ) != SQLITE_OK )
  {
    fail( QStringLiteral( "cannot prepare the insert into %1" ).arg( mTable ) );
    return nullptr;
  }
  return statement;
}

GeoPackageEventRows::GeoPackageEventRows( const QString &path, const QString &table ) : mTable( table )
{
  // One thread at a time uses this connection (the import's writing thread while rows go in):
  // SQLite need not lock it on every call.
  if ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &mDatabase, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr ) != SQLITE_OK )
  {
    fail( QStringLiteral( "cannot open %1" ).arg( path ) );
    return;
  }
  // The file is temporary until the import succeeds: a crash loses nothing worth a journal.
  // (GDAL syncs the whole file to disk when it commits the aggregates, before the rename.)
  if ( !execute( QStringLiteral( "PRAGMA journal_mode = OFF" ) ) ||
       !execute( QStringLiteral( "PRAGMA synchronous = OFF" ) ) ||
       !execute( QStringLiteral( "PRAGMA cache_size = -65536" ) ) || !execute( QStringLiteral( "BEGIN" ) ) )
    return;
  // GDAL's triggers would update the feature count once per row; commit() sets it once and puts
  // the triggers back.
  sqlite3_stmt *triggers = nullptr;
  const QString triggerQuery = QStringLiteral( "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                               "tbl_name = '%1' AND name LIKE '%feature_count%'" )
                                   .arg( table );
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
  mBoundText.resize( COLUMNS * ROWS_PER_STATEMENT + 1 );
  mPending.reserve( ROWS_PER_STATEMENT );
  mInsertOne = prepareInsert( 1 );
  mInsertBatch = prepareInsert( ROWS_PER_STATEMENT );
}

GeoPackageEventRows::~GeoPackageEventRows()
{
  close();
}

bool GeoPackageEventRows::append( const SeizureEvent &event, const QByteArray &sourceFile )
{
  if ( !mInsertBatch )
    return false;
  mPending.push_back( PendingRow{ event, sourceFile } );
  if ( mPending.size() < ROWS_PER_STATEMENT )
    return true;
  const bool inserted = insert( mInsertBatch, mPending.data(), ROWS_PER_STATEMENT );
  mPending.clear();
  return inserted;
}

void GeoPackageEventRows::bindRow( sqlite3_stmt *statement, int firstIndex, const PendingRow &row )
{
  const SeizureEvent &event = row.event;
  if ( event.date.isValid() )
  {
    char date[11];
    const int year = event.date.year();
    const int month = event.date.month();
    const int day = event.date.day();
    const int parts[] = { year / 1000 % 10, year / 100 % 10, year / 10 % 10, year % 10, -1, month / 10, month % 10, -1,
                          day / 10,         day % 10 };
    for ( int i = 0; i < 10; ++i )
      date[i] = parts[i] < 0 ? '-' : static_cast<char>( '0' + parts[i] );
    sqlite3_bind_text( statement, firstIndex, date, 10, SQLITE_TRANSIENT );
  }
  else
  {
    sqlite3_bind_null( statement, firstIndex );
  }
  if ( event.year > 0 )
    sqlite3_bind_int( statement, firstIndex + 1, event.year );
  else
    sqlite3_bind_null( statement, firstIndex + 1 );
  bindText( statement, firstIndex + 2, event.portLocode );
  bindText( statement, firstIndex + 3, event.portNameRaw );
  bindText( statement, firstIndex + 4, event.destCountryIso2 );
  bindText( statement, firstIndex + 5, event.originLocode );
  bindText( statement, firstIndex + 6, event.originCountryIso2 );
  bindText( statement, firstIndex + 7, event.drug );
  if ( event.tonnes )
    sqlite3_bind_double( statement, firstIndex + 8, *event.tonnes );
  else
    sqlite3_bind_null( statement, firstIndex + 8 );
  // The row keeps its bytes alive until the statement has run.
  sqlite3_bind_text( statement, firstIndex + 9, row.sourceFile.constData(), row.sourceFile.size(), SQLITE_STATIC );
  sqlite3_bind_int( statement, firstIndex + 10, event.sourceLine );
}

bool GeoPackageEventRows::insert( sqlite3_stmt *statement, const PendingRow *rows, int count )
{
  for ( int i = 0; i < count; ++i )
    bindRow( statement, 1 + i * COLUMNS, rows[i] );
  const int result = sqlite3_step( statement );
  sqlite3_reset( statement );
  if ( result == SQLITE_DONE )
    return true;
  const int first = rows[0].event.sourceLine;
  const int last = rows[count - 1].event.sourceLine;
  return fail( first == last ? QStringLiteral( "cannot write the event of line %1" ).arg( first )
                             : QStringLiteral( "cannot write the events of lines %1 to %2" ).arg( first ).arg( last ) );
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
  if ( !mInsertOne || !mInsertBatch || !mErrorMessage.isEmpty() )
    return false;
  for ( const PendingRow &row : mPending )
  {
    if ( !insert( mInsertOne, &row, 1 ) )
      return false;
  }
  mPending.clear();
  sqlite3_finalize( mInsertOne );
  sqlite3_finalize( mInsertBatch );
  mInsertOne = nullptr;
  mInsertBatch = nullptr;
  // GDAL keeps a feature count per table; it must match what was appended here.
  bool ok = execute( QStringLiteral( "UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM \"%1\") WHERE "
                                     "lower(table_name) = lower('%1')" )
                         .arg( mTable ) );
  for ( const QString &definition : std::as_const( mTriggerDefinitions ) )
    ok = ok && execute( definition );
  ok = ok && execute( QStringLiteral( "COMMIT" ) );
  close();
  return ok;
}

bool GeoPackageEventRows::fail( const QString &what )
{
  if ( mErrorMessage.isEmpty() )
    mErrorMessage =
        mDatabase ? QStringLiteral( "%1: %2" ).arg( what, QString::fromUtf8( sqlite3_errmsg( mDatabase ) ) ) : what;
  return false;
}

void GeoPackageEventRows::close()
{
  // sqlite3_finalize() takes no statement (nullptr) as a no-op.
  sqlite3_finalize( mInsertOne );
  sqlite3_finalize( mInsertBatch );
  mInsertOne = nullptr;
  mInsertBatch = nullptr;
  if ( mDatabase )
    sqlite3_close( mDatabase ); // an open transaction is rolled back
  mDatabase = nullptr;
}
