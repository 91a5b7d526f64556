/***************************************************************************
  fuzzcsvtables.cpp — libFuzzer harness: the CSV tables of layers/
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlasdatavalidator.h"
#include "csvreader.h"
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace
{
  //! The four tables, in the order the first input byte chooses them.
  const QStringList &tables()
  {
    static const QStringList names = { AtlasDataValidator::COUNTRIES_FILE, AtlasDataValidator::PORTS_FILE,
                                       AtlasDataValidator::SEIZURE_FIGURES_FILE, AtlasDataValidator::ROUTES_FILE };
    return names;
  }

  /**
   * A copy of the small valid layers/ folder of the data build tests (tests/data/databuild/valid),
   * so the table under test meets known countries, ports and source files.
   */
  struct LayersFixture
  {
      QTemporaryDir directory;
      QHash<QString, QByteArray> originals;

      LayersFixture()
      {
        const QDir valid( QStringLiteral( PSA_TEST_DATA_DIR "/databuild/valid" ) );
        PSA_FUZZ_CHECK( QDir( directory.path() ).mkpath( QStringLiteral( "sources" ) ),
                        "the fixture folder is writable" );
        for ( const QString &source : valid.entryList( { QStringLiteral( "*" ) }, QDir::Files ) +
                                          QStringList( { QStringLiteral( "sources/press-release.txt" ) } ) )
        {
          QFile file( valid.filePath( source ) );
          PSA_FUZZ_CHECK( file.open( QIODevice::ReadOnly ), "the valid test tables are readable" );
          originals.insert( source, file.readAll() );
          write( source, originals.value( source ) );
        }
      }

      void write( const QString &table, const QByteArray &text ) const
      {
        QFile file( QDir( directory.path() ).filePath( table ) );
        PSA_FUZZ_CHECK( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) && file.write( text ) == text.size(),
                        "the fixture folder is writable" );
      }
  };

  QStringList columnsOf( const QString &table )
  {
    if ( table == AtlasDataValidator::COUNTRIES_FILE )
      return AtlasDataValidator::countryColumns();
    if ( table == AtlasDataValidator::PORTS_FILE )
      return AtlasDataValidator::portColumns();
    if ( table == AtlasDataValidator::SEIZURE_FIGURES_FILE )
      return AtlasDataValidator::seizureFigureColumns();
    return AtlasDataValidator::routeColumns();
  }

  //! Checks what CsvReader promises about every read, whatever the bytes.
  void checkReader( const QString &table, const QByteArray &text )
  {
    const QStringList columns = columnsOf( table );
    CsvReader reader( columns );
    const bool ok = reader.readData( text, table );
    PSA_FUZZ_CHECK( ok == reader.errors().isEmpty(), "readData() is TRUE exactly when there is no error" );
    const int lines = text.count( '\n' ) + text.count( '\r' ) + 1;
    int previousLine = 1;
    for ( const CsvReader::Record &record : reader.records() )
    {
      PSA_FUZZ_CHECK( record.values().size() == columns.size(), "a record has a value for every column" );
      PSA_FUZZ_CHECK( record.line() > previousLine && record.line() <= lines,
                      "records come after the header, in file order" );
      previousLine = record.line();
    }
    if ( !reader.headerValid() )
      PSA_FUZZ_CHECK( reader.records().isEmpty() && !reader.errors().isEmpty(),
                      "a broken header gives no records and an error" );
    for ( const SourceError &error : reader.errors() )
      PSA_FUZZ_CHECK( error.line() >= 0 && error.line() <= lines && !error.message().isEmpty(),
                      "an error names a line of the file and says what is wrong" );
  }
} // namespace

/**
 * The first byte chooses the table (countries, ports, seizure figures, routes); the rest is its
 * text. It is read by CsvReader on its own, then checked by AtlasDataValidator in a layers/ folder
 * where it meets small valid other tables.
 */
extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  static const std::unique_ptr<LayersFixture> fixture = std::make_unique<LayersFixture>();
  if ( size == 0 )
    return 0;
  const QString table = tables().at( data[0] % tables().size() );
  const QByteArray text = fuzzBytes( data + 1, size - 1 );
  checkReader( table, text );

  fixture->write( table, text );
  AtlasDataValidator validator( fixture->directory.path() );
  validator.setLatestAllowedYear( 2030 );
  const bool valid = validator.validate();
  PSA_FUZZ_CHECK( valid == validator.errors().isEmpty(), "validate() is TRUE exactly when there is no error" );
  for ( const SourceError &error : validator.errors() )
    PSA_FUZZ_CHECK( !error.file().isEmpty() && !error.message().isEmpty(),
                    "an error names its file and says what is wrong" );
  fixture->write( table, fixture->originals.value( table ) );
  return 0;
}
