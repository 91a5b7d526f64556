/***************************************************************************
  testseizureeventimporter.cpp
  Port Seizure Atlas: importing analysts' seizure events into a GeoPackage, all or nothing
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "eventstorewriter.h"
#include "importrule.h"
#include "seizureeventimporter.h"
#include "testports.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestSeizureEventImporter : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void validCsv();
    void refusedInputs_data();
    void refusedInputs();
    void unknownPortsReported();
    void datesInEveryAcceptedForm();
    void decimalCommas();
    void randomBytes();
    void mappedColumns();
    void spreadsheet();
    void existingTarget();
    void twoImportsToOneTarget();
    void manyEventsAllWritten();
    void aggregatesMatchTheEvents();
    void lateErrorWritesNothing();
    void cancel();

  private:
    struct Dataset
    {
        std::unique_ptr<GDALDataset> dataset;
        OGRLayer *layer( const char *name ) const { return dataset ? dataset->GetLayerByName( name ) : nullptr; }
    };

    static QString fixture( const QString &name ) { return QStringLiteral( PSA_TEST_DATA_DIR "/import/" ) + name; }
    static QByteArray fileHash( const QString &path );
    static Dataset openGeoPackage( const QString &path );
    static bool hasError( const ImportReport &report, int line, const QString &column, const char *rule );
    QString target() const { return mDir->filePath( QStringLiteral( "events.gpkg" ) ); }
    void verifyNothingWritten() const;
    QString writeRepeatedRows( int rows, int badLine = -1 ) const;
    static QStringList rowsOf( GDALDataset &dataset, const QString &sql );

    PortGazetteer mPorts;
    std::unique_ptr<QTemporaryDir> mDir;
};

void TestSeizureEventImporter::initTestCase()
{
  GDALAllRegister();
  mPorts = testPorts();
}

void TestSeizureEventImporter::init()
{
  mDir = std::make_unique<QTemporaryDir>();
  QVERIFY( mDir->isValid() );
}

QByteArray TestSeizureEventImporter::fileHash( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QByteArray();
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

TestSeizureEventImporter::Dataset TestSeizureEventImporter::openGeoPackage( const QString &path )
{
  Dataset result;
  result.dataset.reset( GDALDataset::Open( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY ) );
  return result;
}

bool TestSeizureEventImporter::hasError( const ImportReport &report, int line, const QString &column, const char *rule )
{
  for ( const SourceError &error : report.errors )
  {
    if ( error.line() == line && error.column() == column && error.ruleId() == QLatin1String( rule ) )
      return true;
  }
  return false;
}

void TestSeizureEventImporter::verifyNothingWritten() const
{
  QVERIFY2( !QFileInfo::exists( target() ), "a refused import left the target behind" );
  const QStringList left = QDir( mDir->path() ).entryList( QDir::Files | QDir::Hidden );
  QVERIFY2( left.isEmpty(),
            qPrintable( QStringLiteral( "files left behind: %1" ).arg( left.join( QLatin1String( ", " ) ) ) ) );
}

void TestSeizureEventImporter::validCsv()
{
  const QString input = fixture( QStringLiteral( "valid.csv" ) );
  const QByteArray before = fileHash( input );
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( report.eventsWritten, 2LL );
  QCOMPARE( fileHash( input ), before );

  const Dataset gpkg = openGeoPackage( target() );
  OGRLayer *events = gpkg.layer( "seizure_events" );
  QVERIFY( events );
  QCOMPARE( events->GetFeatureCount(), 2LL );
  std::unique_ptr<OGRFeature> first( events->GetNextFeature() );
  QCOMPARE( QString::fromUtf8( first->GetFieldAsString( "event_date" ) ), QStringLiteral( "2021/03/12" ) );
  QCOMPARE( first->GetFieldAsInteger( "year" ), 2021 );
  QCOMPARE( QString::fromUtf8( first->GetFieldAsString( "port_locode" ) ), QStringLiteral( "BEANR" ) );
  QCOMPARE( QString::fromUtf8( first->GetFieldAsString( "dest_country_iso2" ) ), QStringLiteral( "BE" ) );
  QCOMPARE( QString::fromUtf8( first->GetFieldAsString( "origin_locode" ) ), QStringLiteral( "ECGYE" ) );
  QCOMPARE( QString::fromUtf8( first->GetFieldAsString( "origin_country_iso2" ) ), QStringLiteral( "EC" ) );
  QCOMPARE( first->GetFieldAsDouble( "tonnes" ), 1.5 );
  QCOMPARE( QString::fromUtf8( first->GetFieldAsString( "source_file" ) ), QStringLiteral( "valid.csv" ) );
  QCOMPARE( first->GetFieldAsInteger( "source_line" ), 2 );
  std::unique_ptr<OGRFeature> second( events->GetNextFeature() );
  QVERIFY( !second->IsFieldSetAndNotNull( second->GetFieldIndex( "origin_locode" ) ) );
  QCOMPARE( QString::fromUtf8( second->GetFieldAsString( "origin_country_iso2" ) ), QStringLiteral( "CO" ) );

  OGRLayer *portYears = gpkg.layer( "seizure_port_years" );
  QVERIFY( portYears );
  QCOMPARE( portYears->GetFeatureCount(), 2LL );
  std::unique_ptr<OGRFeature> antwerp( portYears->GetNextFeature() );
  QCOMPARE( QString::fromUtf8( antwerp->GetFieldAsString( "port_locode" ) ), QStringLiteral( "BEANR" ) );
  QCOMPARE( antwerp->GetFieldAsInteger( "events" ), 1 );
  QCOMPARE( antwerp->GetFieldAsDouble( "tonnes" ), 1.5 );
  QVERIFY( antwerp->GetGeometryRef() );
  QCOMPARE( antwerp->GetGeometryRef()->toPoint()->getX(), 4.4 );

  // What the panel filters (year, countries) on the map's two layers is an index lookup.
  const QStringList names =
      rowsOf( *gpkg.dataset, QStringLiteral( "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                                             "('seizure_port_years', 'seizure_routes')" ) );
  QVERIFY2( names.contains( QStringLiteral( "seizure_port_years_year_country" ) ), qPrintable( names.join( ',' ) ) );
  QVERIFY2( names.contains( QStringLiteral( "seizure_routes_year_origin_dest" ) ), qPrintable( names.join( ',' ) ) );
}

void TestSeizureEventImporter::refusedInputs_data()
{
  QTest::addColumn<QString>( "file" );
  QTest::addColumn<int>( "line" );
  QTest::addColumn<QString>( "column" );
  QTest::addColumn<QString>( "rule" );
  QTest::newRow( "empty file" ) << "empty.csv" << 0 << ""
                                << "csv.empty-file";
  QTest::newRow( "header only" ) << "header_only.csv" << 1 << "" << ImportRule::NoEvents;
  QTest::newRow( "mixed encodings (a Latin-1 line)" ) << "mixed_encodings.csv" << 3 << ""
                                                      << "csv.invalid-utf8";
  QTest::newRow( "non-numeric quantity" )
      << "non_numeric_quantity.csv" << 2 << "quantity" << ImportRule::QuantityNotNumeric;
  QTest::newRow( "unknown port" ) << "unknown_port.csv" << 4 << "port" << ImportRule::PortUnknown;
  QTest::newRow( "31 February" ) << "bad_dates.csv" << 3 << "date" << ImportRule::DateFormat;
  QTest::newRow( "unknown month name" ) << "bad_dates.csv" << 4 << "date" << ImportRule::DateFormat;
  QTest::newRow( "no such file" ) << "does_not_exist.csv" << 0 << ""
                                  << "csv.file-unreadable";
}

void TestSeizureEventImporter::refusedInputs()
{
  QFETCH( QString, file );
  QFETCH( int, line );
  QFETCH( QString, column );
  QFETCH( QString, rule );
  const QString input = fixture( file );
  const QByteArray before = fileHash( input );
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
  QVERIFY( !report.succeeded );
  QCOMPARE( report.eventsWritten, 0LL );
  QVERIFY2( hasError( report, line, column, rule.toLatin1().constData() ), qPrintable( report.toText() ) );
  // Errors name the file as given, so an editor can jump to it.
  QVERIFY2( report.errors.first().toString().startsWith( input ), qPrintable( report.errors.first().toString() ) );
  QVERIFY( report.toText().contains( QStringLiteral( "nothing was written" ) ) );
  verifyNothingWritten();
  QCOMPARE( fileHash( input ), before );
}

void TestSeizureEventImporter::unknownPortsReported()
{
  const ImportReport report = SeizureEventImporter( mPorts ).run( fixture( QStringLiteral( "unknown_port.csv" ) ),
                                                                  EventColumnMapping(), target(), false );
  QVERIFY( !report.succeeded );
  QCOMPARE( report.errorCount(), 3LL );
  QCOMPARE( report.unmatchedPorts.size(), 2 );
  const SeizureEventValidator::UnmatchedPort antwerpen = report.unmatchedPorts.value( QStringLiteral( "Antwerpe" ) );
  QCOMPARE( antwerpen.count, 2 );
  QCOMPARE( antwerpen.firstLine, 2 );
  QCOMPARE( antwerpen.suggestions.value( 0 ), QStringLiteral( "Antwerp (BEANR)" ) );
  QVERIFY( report.unmatchedPorts.value( QStringLiteral( "XXQQQ" ) ).suggestions.isEmpty() );
  QVERIFY2( report.toText().contains( QStringLiteral(
                "'Antwerpe' in column 'port': 2 rows, first on line 2; did you mean Antwerp (BEANR)?" ) ),
            qPrintable( report.toText() ) );
  verifyNothingWritten();
}

void TestSeizureEventImporter::datesInEveryAcceptedForm()
{
  // 12/03/2021 reads two ways and no date of the file tells the order: refused, both readings named.
  const ImportReport ambiguous = SeizureEventImporter( mPorts ).run( fixture( QStringLiteral( "dates.csv" ) ),
                                                                     EventColumnMapping(), target(), false );
  QVERIFY( !ambiguous.succeeded );
  QVERIFY2( hasError( ambiguous, 3, QStringLiteral( "date" ), ImportRule::DateAmbiguous ),
            qPrintable( ambiguous.toText() ) );
  verifyNothingWritten();
  SeizureEventImporter importer( mPorts );
  ImportOptions options;
  options.dateOrder = ImportOptions::DateOrder::DayFirst;
  importer.setOptions( options );
  const ImportReport report =
      importer.run( fixture( QStringLiteral( "dates.csv" ) ), EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  const Dataset gpkg = openGeoPackage( target() );
  OGRLayer *events = gpkg.layer( "seizure_events" );
  QStringList dates;
  for ( auto &event : *events )
  {
    QCOMPARE( event->GetFieldAsInteger( "year" ), 2021 );
    dates << ( event->IsFieldSetAndNotNull( event->GetFieldIndex( "event_date" ) )
                   ? QString::fromUtf8( event->GetFieldAsString( "event_date" ) )
                   : QStringLiteral( "NULL" ) );
  }
  // Seven forms of 12 March 2021; a month or a year alone gives no day (NULL), never a guessed one.
  QCOMPARE( dates, QStringList( { "2021/03/12", "2021/03/12", "2021/03/12", "2021/03/12", "2021/03/12", "2021/03/12",
                                  "2021/03/12", "NULL", "NULL" } ) );
}

void TestSeizureEventImporter::decimalCommas()
{
  const ImportReport report = SeizureEventImporter( mPorts ).run( fixture( QStringLiteral( "decimal_commas.csv" ) ),
                                                                  EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  const Dataset gpkg = openGeoPackage( target() );
  QList<double> tonnes;
  for ( auto &event : *gpkg.layer( "seizure_events" ) )
    tonnes << event->GetFieldAsDouble( "tonnes" );
  QCOMPARE( tonnes, QList<double>( { 1.5, 2.50025 } ) );
}

void TestSeizureEventImporter::randomBytes()
{
  const QString input = mDir->filePath( QStringLiteral( "random.csv" ) );
  {
    QFile file( input );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    QRandomGenerator generator( 20261126 );
    QByteArray bytes( 10 * 1024 * 1024, Qt::Uninitialized );
    generator.fillRange( reinterpret_cast<quint32 *>( bytes.data() ), bytes.size() / 4 );
    file.write( bytes );
  }
  const QString output = mDir->filePath( QStringLiteral( "out/events.gpkg" ) );
  QDir( mDir->path() ).mkdir( QStringLiteral( "out" ) );
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), output, false );
  QVERIFY( !report.succeeded );
  QVERIFY( report.errorCount() > 0 );
  QVERIFY( report.errors.size() <= ImportReport::MAX_ERRORS );
  QCOMPARE( report.errors.first().file(), input );
  QVERIFY2( report.errors.first().ruleId() == QLatin1String( "csv.invalid-utf8" ) ||
                report.errors.first().ruleId() == QLatin1String( "csv.quoting" ) ||
                report.errors.first().ruleId() == QLatin1String( ImportRule::ControlCharacter ),
            qPrintable( report.errors.first().toString() ) );
  QVERIFY( QDir( mDir->filePath( QStringLiteral( "out" ) ) ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
}

void TestSeizureEventImporter::mappedColumns()
{
  const QString input = fixture( QStringLiteral( "mapped_columns.csv" ) );
  // German headers are recognised without --map, and the report says so.
  const ImportReport unmapped = SeizureEventImporter( mPorts ).check( input, EventColumnMapping() );
  QVERIFY2( unmapped.succeeded, qPrintable( unmapped.toText() ) );
  QVERIFY2( unmapped.toText().contains( QStringLiteral(
                "Columns recognised by name: Datum → date, Hafen → port, Menge → quantity, Einheit → unit." ) ),
            qPrintable( unmapped.toText() ) );
  const EventColumnMapping::Resolution missing =
      EventColumnMapping().resolve( { QStringLiteral( "Tag" ), QStringLiteral( "Ort" ) }, input, 1 );
  QVERIFY( !missing.errors.isEmpty() );
  QCOMPARE( missing.errors.first().column(), QStringLiteral( "date" ) );
  QVERIFY( missing.errors.first().message().contains( QStringLiteral( "--map COLUMN=date" ) ) );
  // --map wins over a recognised header.
  QString mapProblem;
  const EventColumnMapping::Resolution mapped =
      EventColumnMapping::fromText( QStringLiteral( "Bemerkung=drug" ), &mapProblem )
          ->resolve( { QStringLiteral( "Datum" ), QStringLiteral( "Droge" ), QStringLiteral( "Bemerkung" ) }, input,
                     1 );
  QCOMPARE( mapped.columnOfField.at( EventColumnMapping::Drug ), 2 );
  QCOMPARE( mapped.columnOfField.at( EventColumnMapping::Date ), 0 );

  QString problem;
  const std::optional<EventColumnMapping> mapping =
      EventColumnMapping::fromText( QStringLiteral( "Datum=date,Hafen=port,Menge=quantity,Einheit=unit" ), &problem );
  QVERIFY2( mapping.has_value(), qPrintable( problem ) );
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, *mapping, target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( report.ignoredColumns, QStringList( { QStringLiteral( "Bemerkung" ) } ) );
  const Dataset gpkg = openGeoPackage( target() );
  std::unique_ptr<OGRFeature> event( gpkg.layer( "seizure_events" )->GetNextFeature() );
  QCOMPARE( QString::fromUtf8( event->GetFieldAsString( "port_locode" ) ), QStringLiteral( "DEHAM" ) );
  QCOMPARE( event->GetFieldAsDouble( "tonnes" ), 0.3 );

  QVERIFY( !EventColumnMapping::fromText( QStringLiteral( "Datum=day" ), &problem ) );
  QVERIFY2( problem.contains( QStringLiteral( "'day' is no field" ) ), qPrintable( problem ) );
  QVERIFY( !EventColumnMapping::fromText( QStringLiteral( "A=date,B=date" ), &problem ) );
  QVERIFY( !EventColumnMapping::fromText( QStringLiteral( "date" ), &problem ) );

  // One column never feeds two fields (found by fuzz_importmapping).
  QVERIFY( !EventColumnMapping::fromText( QStringLiteral( "Datum=date,Datum=unit" ), &problem ) );
  QVERIFY2( problem.contains( QStringLiteral( "'Datum' to both 'date' and 'unit'" ) ), qPrintable( problem ) );
  const std::optional<EventColumnMapping> swapped =
      EventColumnMapping::fromText( QStringLiteral( "port=origin_port" ), &problem );
  QVERIFY2( swapped.has_value(), qPrintable( problem ) );
  const EventColumnMapping::Resolution resolution = swapped->resolve(
      { QStringLiteral( "date" ), QStringLiteral( "port" ), QStringLiteral( "quantity" ), QStringLiteral( "unit" ) },
      QStringLiteral( "x.csv" ), 1 );
  QCOMPARE( resolution.columnOfField.at( EventColumnMapping::OriginPort ), 1 );
  QCOMPARE( resolution.columnOfField.at( EventColumnMapping::Port ), -1 );
  QCOMPARE( resolution.errors.size(), 1 );
  QVERIFY2( resolution.errors.first().message().contains(
                QStringLiteral( "gives the column 'port' to the field 'origin_port'" ) ),
            qPrintable( resolution.errors.first().message() ) );
}

void TestSeizureEventImporter::spreadsheet()
{
  for ( const char *driverName : { "XLSX", "ODS" } )
  {
    const QString input = mDir->filePath( QStringLiteral( "events." ) + QString::fromLatin1( driverName ).toLower() );
    {
      GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( driverName );
      QVERIFY( driver );
      std::unique_ptr<GDALDataset> book( driver->Create( input.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
      OGRLayer *sheet = book->CreateLayer( "Seizures", nullptr, wkbNone, nullptr );
      for ( const char *name : { "date", "port", "quantity", "unit" } )
      {
        OGRFieldDefn field( name, OFTString );
        QCOMPARE( sheet->CreateField( &field ), OGRERR_NONE );
      }
      const char *const rows[][4] = { { "13/03/2021", "Antwerp", "1,5", "t" },
                                      { "2022-07-01", "Rotterdam", "800", "kg" },
                                      { "3 June 2023", "Hamborg", "1", "t" } };
      for ( const auto &row : rows )
      {
        OGRFeature feature( sheet->GetLayerDefn() );
        for ( int i = 0; i < 4; ++i )
          feature.SetField( i, row[i] );
        QCOMPARE( sheet->CreateFeature( &feature ), OGRERR_NONE );
      }
    }
    const QByteArray before = fileHash( input );
    const ImportReport refused = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
    QVERIFY( !refused.succeeded );
    // The sheet row of "Hamborg": header = row 1.
    QVERIFY2( hasError( refused, 4, QStringLiteral( "port" ), ImportRule::PortUnknown ),
              qPrintable( refused.toText() ) );
    QVERIFY( !QFileInfo::exists( target() ) );
    QCOMPARE( fileHash( input ), before );

    const ImportReport checked =
        SeizureEventImporter( mPorts ).check( input + QStringLiteral( "|layername=Seizures" ), EventColumnMapping() );
    QCOMPARE( checked.rowsRead, 3LL );
    QCOMPARE( checked.errorCount(), 1LL );
  }
}

void TestSeizureEventImporter::existingTarget()
{
  {
    QFile existing( target() );
    QVERIFY( existing.open( QIODevice::WriteOnly ) );
    existing.write( "not a GeoPackage" );
  }
  const QString input = fixture( QStringLiteral( "valid.csv" ) );
  const ImportReport refused = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
  QVERIFY( !refused.succeeded );
  QVERIFY2( refused.targetError.contains( QStringLiteral( "--replace" ) ), qPrintable( refused.targetError ) );
  QCOMPARE( fileHash( target() ), QCryptographicHash::hash( "not a GeoPackage", QCryptographicHash::Sha256 ) );

  // A refused import with --replace keeps the old file as it was.
  const ImportReport refusedReplace = SeizureEventImporter( mPorts ).run(
      fixture( QStringLiteral( "unknown_port.csv" ) ), EventColumnMapping(), target(), true );
  QVERIFY( !refusedReplace.succeeded );
  QCOMPARE( fileHash( target() ), QCryptographicHash::hash( "not a GeoPackage", QCryptographicHash::Sha256 ) );

  const ImportReport replaced = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), true );
  QVERIFY2( replaced.succeeded, qPrintable( replaced.toText() ) );
  QCOMPARE( openGeoPackage( target() ).layer( "seizure_events" )->GetFeatureCount(), 2LL );
}

void TestSeizureEventImporter::twoImportsToOneTarget()
{
  // Two imports into the same GeoPackage at once (two QGIS windows, or QGIS and the command
  // line): the one that finishes leaves a complete file, whatever the other does meanwhile.
  auto event = []( int line ) {
    SeizureEvent result;
    result.date = QDate( 2021, 3, 12 );
    result.year = 2021;
    result.portLocode = QStringLiteral( "BEANR" );
    result.destCountryIso2 = QStringLiteral( "BE" );
    result.tonnes = 1.0;
    result.sourceLine = line;
    return result;
  };
  for ( const bool otherAbortsFirst : { true, false } )
  {
    QFile::remove( target() );
    EventStoreWriter finishing( target(), true );
    EventStoreWriter failing( target(), true );
    QVERIFY2( finishing.begin(), qPrintable( finishing.errorMessage() ) );
    QVERIFY2( failing.begin(), qPrintable( failing.errorMessage() ) );
    for ( int line = 2; line < 5; ++line )
    {
      QVERIFY( finishing.write( event( line ), QStringLiteral( "first.csv" ) ) );
      QVERIFY( failing.write( event( line ), QStringLiteral( "second.csv" ) ) );
    }
    if ( otherAbortsFirst )
      failing.abort();
    QVERIFY2( finishing.finish( mPorts ), qPrintable( finishing.errorMessage() ) );
    if ( !otherAbortsFirst )
      failing.abort();

    const Dataset gpkg = openGeoPackage( target() );
    OGRLayer *events = gpkg.layer( "seizure_events" );
    QVERIFY2( events, "the finished import's GeoPackage is missing or unreadable" );
    QCOMPARE( events->GetFeatureCount(), 3LL );
    std::unique_ptr<OGRFeature> first( events->GetNextFeature() );
    QCOMPARE( QString::fromUtf8( first->GetFieldAsString( "source_file" ) ), QStringLiteral( "first.csv" ) );
    QVERIFY( gpkg.layer( "seizure_port_years" ) );
    const QStringList files = QDir( mDir->path() ).entryList( QDir::Files | QDir::Hidden );
    QCOMPARE( files, QStringList{ QStringLiteral( "events.gpkg" ) } );
  }
}

QString TestSeizureEventImporter::writeRepeatedRows( int rows, int badLine ) const
{
  const QString path = mDir->filePath( QStringLiteral( "repeated.csv" ) );
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) )
    return QString();
  file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n" );
  for ( int line = 2; line < rows + 2; ++line )
    file.write( line == badLine
                    ? "2021-03-12,NLRTM,,,cocaine,ten,kg\n"
                    : ( line % 2 ? "2021-03-12,NLRTM,,,cocaine,10,kg\n" : "2020-05-01,BEANR,ECGYE,EC,cocaine,2,t\n" ) );
  return path;
}

QStringList TestSeizureEventImporter::rowsOf( GDALDataset &dataset, const QString &sql )
{
  QStringList rows;
  OGRLayer *result = dataset.ExecuteSQL( sql.toUtf8().constData(), nullptr, nullptr );
  if ( !result )
    return { QStringLiteral( "query failed: " ) + sql };
  for ( auto &feature : *result )
  {
    QStringList values;
    for ( int i = 0; i < feature->GetFieldCount(); ++i )
    {
      if ( !feature->IsFieldSetAndNotNull( i ) )
        values << QStringLiteral( "NULL" );
      else if ( feature->GetFieldDefnRef( i )->GetType() == OFTReal )
        values << QString::number( feature->GetFieldAsDouble( i ), 'f', 9 );
      else
        values << QString::fromUtf8( feature->GetFieldAsString( i ) );
    }
    rows << values.join( QLatin1Char( '|' ) );
  }
  dataset.ReleaseResultSet( result );
  return rows;
}

void TestSeizureEventImporter::aggregatesMatchTheEvents()
{
  // The per-port/year points and the routes are counted while the events are written; they
  // must say exactly what SQL grouping of the written events says, NULL tonnes included.
  const QString input = mDir->filePath( QStringLiteral( "random.csv" ) );
  {
    QFile file( input );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n" );
    QRandomGenerator random( 20261126 );
    const char *ports[] = { "BEANR", "Rotterdam", "DEHAM", "FRLEH" };
    const char *origins[] = { "ECGYE,", "ECGYE,EC", ",CO", "," };
    for ( int line = 0; line < 5003; ++line )
    {
      const int year = 2019 + random.bounded( 5 );
      const int port = random.bounded( 4 );
      // Le Havre never gives a quantity in 2019: its tonnes stay unknown, never 0.
      const bool quantity = !( port == 3 && year == 2019 ) && random.bounded( 10 ) > 0;
      file.write( QStringLiteral( "%1-%2-%3,%4,%5,cocaine,%6,kg\n" )
                      .arg( year )
                      .arg( 1 + random.bounded( 12 ), 2, 10, QLatin1Char( '0' ) )
                      .arg( 1 + random.bounded( 28 ), 2, 10, QLatin1Char( '0' ) )
                      .arg( QLatin1String( ports[port] ), QLatin1String( origins[random.bounded( 4 )] ) )
                      .arg( quantity ? QString::number( random.bounded( 1, 5000 ) / 10.0 ) : QString() )
                      .toUtf8() );
    }
  }
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  const Dataset gpkg = openGeoPackage( target() );

  const QStringList portYears =
      rowsOf( *gpkg.dataset, QStringLiteral( "SELECT year, port_locode, country_iso2, events, events_with_quantity, "
                                             "tonnes FROM seizure_port_years ORDER BY 1, 3, 2" ) );
  QCOMPARE( portYears.size(), 20 );
  QCOMPARE(
      portYears,
      rowsOf( *gpkg.dataset, QStringLiteral( "SELECT year, port_locode, dest_country_iso2, COUNT(*), COUNT(tonnes), "
                                             "SUM(tonnes) FROM seizure_events GROUP BY 1, 2, 3 ORDER BY 1, 3, 2" ) ) );
  QVERIFY2( portYears.contains(
                QStringLiteral( "2019|FRLEH|FR|%1|0|NULL" )
                    .arg( portYears.filter( QStringLiteral( "2019|FRLEH" ) ).value( 0 ).section( '|', 3, 3 ) ) ),
            qPrintable( portYears.join( '\n' ) ) );

  const QString routeColumns =
      QStringLiteral( "year, origin_locode, origin_country_iso2, port_locode, dest_country_iso2" );
  const QStringList routes = rowsOf(
      *gpkg.dataset,
      QStringLiteral( "SELECT %1, events, events_with_quantity, tonnes FROM seizure_routes ORDER BY 1, 2, 3, 4, 5" )
          .arg( routeColumns ) );
  QCOMPARE( routes.size(), 5 * 4 * 3 );
  QCOMPARE( routes,
            rowsOf( *gpkg.dataset, QStringLiteral( "SELECT %1, COUNT(*), COUNT(tonnes), SUM(tonnes) FROM "
                                                   "seizure_events GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5" )
                                       .arg( routeColumns ) ) );
}

void TestSeizureEventImporter::manyEventsAllWritten()
{
  // More rows than the writer takes at once, and not a round number of them: none is lost or doubled.
  const int rows = 10001;
  const QString input = writeRepeatedRows( rows );
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
  QVERIFY2( report.succeeded, qPrintable( report.toText() ) );
  QCOMPARE( report.eventsWritten, static_cast<long long>( rows ) );
  const Dataset gpkg = openGeoPackage( target() );
  OGRLayer *sums = gpkg.dataset->ExecuteSQL( "SELECT COUNT(*), COUNT(DISTINCT source_line), MIN(source_line), "
                                             "MAX(source_line), SUM(tonnes) FROM seizure_events",
                                             nullptr, nullptr );
  QVERIFY( sums );
  std::unique_ptr<OGRFeature> row( sums->GetNextFeature() );
  QCOMPARE( row->GetFieldAsInteger( 0 ), rows );
  QCOMPARE( row->GetFieldAsInteger( 1 ), rows );
  QCOMPARE( row->GetFieldAsInteger( 2 ), 2 );
  QCOMPARE( row->GetFieldAsInteger( 3 ), rows + 1 );
  // Lines 2 to 10002: 5000 odd lines of 10 kg, 5001 even lines of 2 t.
  QCOMPARE( row->GetFieldAsDouble( 4 ), 5000 * 0.01 + 5001 * 2.0 );
  gpkg.dataset->ReleaseResultSet( sums );
  OGRLayer *portYears = gpkg.dataset->ExecuteSQL( "SELECT SUM(events) FROM seizure_port_years", nullptr, nullptr );
  QVERIFY( portYears );
  std::unique_ptr<OGRFeature> total( portYears->GetNextFeature() );
  QCOMPARE( total->GetFieldAsInteger( 0 ), rows );
  gpkg.dataset->ReleaseResultSet( portYears );
}

void TestSeizureEventImporter::lateErrorWritesNothing()
{
  // Thousands of events are already on their way to the file when the bad row comes.
  const QString input = writeRepeatedRows( 10001, 9000 );
  const ImportReport report = SeizureEventImporter( mPorts ).run( input, EventColumnMapping(), target(), false );
  QVERIFY( !report.succeeded );
  QCOMPARE( report.eventsWritten, 0LL );
  QCOMPARE( report.errorCount(), 1LL );
  QVERIFY2( hasError( report, 9000, QStringLiteral( "quantity" ), ImportRule::QuantityNotNumeric ),
            qPrintable( report.toText() ) );
  QVERIFY2( !QFileInfo::exists( target() ), "a refused import left the target behind" );
  const QStringList left = QDir( mDir->path() ).entryList( QDir::Files | QDir::Hidden );
  QCOMPARE( left, QStringList{ QStringLiteral( "repeated.csv" ) } );
}

void TestSeizureEventImporter::cancel()
{
  const QString input = mDir->filePath( QStringLiteral( "many.csv" ) );
  {
    QFile file( input );
    QVERIFY( file.open( QIODevice::WriteOnly ) );
    file.write( "date,port,origin_port,origin_country,drug,quantity,unit\n" );
    for ( int i = 0; i < 40000; ++i )
      file.write( "2021-03-12,BEANR,,,cocaine,10,kg\n" );
  }
  const QString output = mDir->filePath( QStringLiteral( "out/events.gpkg" ) );
  QDir( mDir->path() ).mkdir( QStringLiteral( "out" ) );
  SeizureEventImporter importer( mPorts );
  int calls = 0;
  importer.setProgressCallback( [&calls]( double ) { return ++calls < 2; } );
  const ImportReport report = importer.run( input, EventColumnMapping(), output, false );
  QVERIFY( report.cancelled );
  QVERIFY( !report.succeeded );
  QCOMPARE( calls, 2 );
  QVERIFY( QDir( mDir->filePath( QStringLiteral( "out" ) ) ).entryList( QDir::Files | QDir::Hidden ).isEmpty() );
}

QTEST_GUILESS_MAIN( TestSeizureEventImporter )
#include "testseizureeventimporter.moc"
