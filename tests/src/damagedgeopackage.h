/***************************************************************************
  damagedgeopackage.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef DAMAGEDGEOPACKAGE_H
#define DAMAGEDGEOPACKAGE_H

#include <QFile>
#include <QList>
#include <QString>

#include <sqlite3.h>

/**
 * \brief Damages a GeoPackage the way a bad disk or an interrupted copy does: pages in the
 * middle of one table overwritten with zeros, everything else intact.
 */
namespace DamagedGeoPackage
{
  /**
   * \brief Overwrites \a count leaf pages from the middle of \a table in the GeoPackage at
   * \a path (fewer when the table has fewer). Returns the page numbers overwritten (SQLite's
   * dbstat table tells which pages hold the table).
   */
  inline QList<int> overwriteTablePages( const QString &path, const QString &table, int count )
  {
    QList<int> leaves;
    int pageSize = 0;
    sqlite3 *database = nullptr;
    if ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &database, SQLITE_OPEN_READONLY, nullptr ) ==
         SQLITE_OK )
    {
      sqlite3_stmt *statement = nullptr;
      const QByteArray sql = "SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM dbstat WHERE name = ? AND "
                             "pagetype = 'leaf' ORDER BY pageno";
      if ( sqlite3_prepare_v2( database, sql.constData(), -1, &statement, nullptr ) == SQLITE_OK )
      {
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text( statement, 1, name.constData(), name.size(), SQLITE_TRANSIENT );
        while ( sqlite3_step( statement ) == SQLITE_ROW )
        {
          leaves << sqlite3_column_int( statement, 0 );
          pageSize = sqlite3_column_int( statement, 1 );
        }
      }
      sqlite3_finalize( statement );
    }
    sqlite3_close( database );
    QList<int> overwritten;
    QFile file( path );
    if ( leaves.isEmpty() || pageSize <= 0 || !file.open( QIODevice::ReadWrite ) )
      return overwritten;
    const int first = qMax( 0, leaves.size() / 2 - count / 2 );
    for ( int i = first; i < qMin( leaves.size(), first + count ); ++i )
    {
      file.seek( static_cast<qint64>( leaves.at( i ) - 1 ) * pageSize );
      file.write( QByteArray( pageSize, '\0' ) );
      overwritten << leaves.at( i );
    }
    return overwritten;
  }
} // namespace DamagedGeoPackage

#endif // DAMAGEDGEOPACKAGE_H
