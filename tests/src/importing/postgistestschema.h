/***************************************************************************
  postgistestschema.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef POSTGISTESTSCHEMA_H
#define POSTGISTESTSCHEMA_H

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QString>
#include <QStringList>

#include <memory>

/**
 * \brief A throw-away schema in the PostGIS server named by the environment variable
 * PSA_TEST_POSTGIS (a libpq connection string; .ci/start-postgis starts one), for the PostGIS
 * import tests: created empty by open(), queried as text, dropped by drop().
 */
class PostgisTestSchema
{
  public:
    //! Returns the connection string of PSA_TEST_POSTGIS, empty when the tests should skip.
    static QString connection() { return qEnvironmentVariable( "PSA_TEST_POSTGIS" ); }

    //! Creates the schema \a schema afresh on connection(); returns an error, or an empty string.
    QString open( const QString &schema )
    {
      mSchema = schema;
      GDALAllRegister();
      mAdmin.reset( GDALDataset::Open( ( QStringLiteral( "PG:" ) + connection() ).toUtf8().constData(),
                                       GDAL_OF_VECTOR | GDAL_OF_UPDATE ) );
      if ( !mAdmin )
        return QStringLiteral( "PSA_TEST_POSTGIS is set but the server cannot be reached: %1" )
            .arg( QString::fromUtf8( CPLGetLastErrorMsg() ) );
      query( QStringLiteral( "CREATE EXTENSION IF NOT EXISTS postgis" ) );
      query( QStringLiteral( "DROP SCHEMA IF EXISTS %1 CASCADE" ).arg( schema ) );
      query( QStringLiteral( "CREATE SCHEMA %1" ).arg( schema ) );
      return QString();
    }

    //! Returns TRUE once open() has connected.
    bool isOpen() const { return static_cast<bool>( mAdmin ); }

    //! Returns the import target writing into the schema.
    QString target() const { return QStringLiteral( "PG:%1 active_schema=%2" ).arg( connection(), mSchema ); }

    //! Returns the rows of \a sql, each as its values joined by '|' (NULL for a null value).
    QStringList query( const QString &sql ) const
    {
      QStringList rows;
      OGRLayer *result = mAdmin->ExecuteSQL( sql.toUtf8().constData(), nullptr, nullptr );
      if ( !result )
        return rows;
      for ( auto &feature : *result )
      {
        QStringList values;
        for ( int i = 0; i < feature->GetFieldCount(); ++i )
          values << ( feature->IsFieldSetAndNotNull( i ) ? QString::fromUtf8( feature->GetFieldAsString( i ) )
                                                         : QStringLiteral( "NULL" ) );
        rows << values.join( QLatin1Char( '|' ) );
      }
      mAdmin->ReleaseResultSet( result );
      return rows;
    }

    //! Drops the schema; returns TRUE when it is gone.
    bool drop() const
    {
      query( QStringLiteral( "DROP SCHEMA IF EXISTS %1 CASCADE" ).arg( mSchema ) );
      return query( QStringLiteral( "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '%1'" )
                        .arg( mSchema ) ) == QStringList( { QStringLiteral( "0" ) } );
    }

  private:
    QString mSchema;
    std::unique_ptr<GDALDataset> mAdmin;
};

#endif // POSTGISTESTSCHEMA_H
