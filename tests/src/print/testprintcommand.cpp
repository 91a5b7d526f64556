/***************************************************************************
  testprintcommand.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "imagecomparison.h"
#include "printtestutils.h"
#include "qgistestmain.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <unistd.h>

/**
 * \brief `port-seizure-atlas print` as a user runs it: without a display, on the embedded data,
 * with an exit status and a clear message for every bad argument, and no file unless it succeeded.
 */
class TestPrintCommand : public QObject
{
    Q_OBJECT

  private slots:
    void printsAPdfWithoutADisplay();
    void printsPngAndSvg();
    void titleNamesAllYearsWithoutAFilter();
    void printsAPortAtlasAsOnePdf();
    void printsFromAnotherGeoPackage();
    void printsInTheAnalystsLanguage();
    void printsAChangeMapOfTwoYears();
    void refusesBadArguments_data();
    void refusesBadArguments();

  private:
    using Run = PrintTestUtils::Run;
    static Run run( const QStringList &arguments )
    {
      return PrintTestUtils::runProgram( QStringList{ QStringLiteral( "print" ) } + arguments );
    }
    QTemporaryDir mOutput;
};

void TestPrintCommand::printsAPdfWithoutADisplay()
{
  const QString file = mOutput.filePath( QStringLiteral( "be-nl-2023.pdf" ) );
  const Run result = run( { "--years", "2023", "--countries", "BE,NL", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  QVERIFY( result.out.contains( QStringLiteral( "wrote " ) + file ) );
  const QString text = PrintTestUtils::simplified( PrintTestUtils::pdfText( file ) );
  QVERIFY2( text.contains( QStringLiteral( "Cocaine seized in European ports, 2023 — Belgium, Netherlands" ) ),
            qPrintable( text ) );
  QVERIFY( text.contains( QStringLiteral( "Sources of the figures" ) ) );
  // A link copied from the PDF works: no typographic ligature ("ﬁ") inside a URL.
  for ( int page = 1; page <= PrintTestUtils::pdfPageCount( file ); ++page )
  {
    for ( const QString &line : PrintTestUtils::pdfText( file, page ).split( QLatin1Char( '\n' ) ) )
    {
      if ( line.contains( QLatin1String( "http" ) ) )
        QVERIFY2( !line.contains( QChar( 0xFB01 ) ) && !line.contains( QChar( 0xFB02 ) ), qPrintable( line ) );
    }
  }
}

void TestPrintCommand::titleNamesAllYearsWithoutAFilter()
{
  const QString file = mOutput.filePath( QStringLiteral( "everything.pdf" ) );
  const Run result = run( { "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  const QString text = PrintTestUtils::simplified( PrintTestUtils::pdfText( file, 1 ) );
  QVERIFY2( text.contains( QStringLiteral( "Cocaine seized in European ports, all years — all countries" ) ),
            qPrintable( text.left( 300 ) ) );
  // A normal print is quiet: nothing from GDAL, Qt or QGIS on stderr.
  QCOMPARE( result.err, QString() );
}

void TestPrintCommand::printsInTheAnalystsLanguage()
{
  // German: the title, the sources page heading; numbers with a decimal comma.
  const QString german = mOutput.filePath( QStringLiteral( "karte.pdf" ) );
  Run result = run( { "--years", "2023", "--locale", "de", "--out", german } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  QString text = PrintTestUtils::simplified( PrintTestUtils::pdfText( german ) );
  QVERIFY2( text.contains( QStringLiteral( "Kokain" ) ), qPrintable( text.left( 400 ) ) );
  QVERIFY2( text.contains( QStringLiteral( "Quellen" ) ), qPrintable( text.left( 400 ) ) );
  QVERIFY2( !text.contains( QStringLiteral( "Cocaine seized" ) ), qPrintable( text.left( 400 ) ) );
  QVERIFY2( text.contains( QRegularExpression( QStringLiteral( "\\b\\d+,\\d t\\b" ) ) ),
            qPrintable( text.left( 600 ) ) );
  // French, chosen by the environment (LANG), as a French analyst's shell would.
  const QString french = mOutput.filePath( QStringLiteral( "carte.pdf" ) );
  result = PrintTestUtils::runProgram( { "print", "--years", "2023", "--out", french },
                                       { "env", "LC_ALL=", "LC_MESSAGES=", "LANG=fr_FR.UTF-8" } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  text = PrintTestUtils::simplified( PrintTestUtils::pdfText( french ) );
  QVERIFY2( text.contains( QStringLiteral( "cocaïne" ), Qt::CaseInsensitive ), qPrintable( text.left( 400 ) ) );
  QVERIFY2( text.contains( QStringLiteral( "saisi" ), Qt::CaseInsensitive ), qPrintable( text.left( 400 ) ) );
  // An unknown language is refused with the list; nothing is written.
  const QString refused = mOutput.filePath( QStringLiteral( "mapa.pdf" ) );
  result = run( { "--locale", "pt", "--out", refused } );
  QCOMPARE( result.status, 2 );
  QVERIFY2( result.err.contains( QStringLiteral( "en, de, nl, fr, es, it" ) ), qPrintable( result.err ) );
  QVERIFY( !QFileInfo::exists( refused ) );
}

void TestPrintCommand::printsPngAndSvg()
{
  const QString png = mOutput.filePath( QStringLiteral( "range.png" ) );
  Run result = run( { "--years", "2019-2021", "--template", "a3", "--dpi", "30", "--out", png } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  QVERIFY( std::abs( QImage( png ).width() - 420 / 25.4 * 30 ) < 1.5 );
  const QString svg = mOutput.filePath( QStringLiteral( "range.svg" ) );
  result = run( { "--years", "2019-2021", "--out", svg } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  QFile file( svg );
  QVERIFY( file.open( QIODevice::ReadOnly ) );
  QVERIFY( file.readAll().contains( "2019–2021" ) );
}

void TestPrintCommand::printsAPortAtlasAsOnePdf()
{
  const QString file = mOutput.filePath( QStringLiteral( "atlas.pdf" ) );
  const Run result =
      run( { "--years", "2022-2023", "--countries", "BE,NL,ES", "--atlas", "port", "--dpi", "72", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  const int expected = PrintTestUtils::portsWithFigures( 2022, 2023, QStringLiteral( "'BE','NL','ES'" ) ).size();
  QVERIFY( expected >= 3 );
  QCOMPARE( PrintTestUtils::pdfPageCount( file ), expected );
  QVERIFY( result.out.contains( QStringLiteral( "(%1 pages)" ).arg( expected ) ) );

  // Each page lists the sources of its own port's figures: a source of one port only is on one page only.
  QMap<QString, QSet<QString>> titlesByPort;
  for ( const QString &port : PrintTestUtils::portsWithFigures( 2022, 2023, QStringLiteral( "'BE','NL','ES'" ) ) )
    titlesByPort[port] = PrintTestUtils::distinctValues(
        QStringLiteral( "seizure_figures" ), QStringLiteral( "source_title" ),
        QStringLiteral( "\"scope\" = 'port' AND \"preferred\" = 1 AND \"quantity_t\" IS NOT NULL AND \"year\" >= 2022 "
                        "AND \"year\" <= 2023 AND \"unlocodes\" = '%1'" )
            .arg( port ) );
  QStringList pages;
  for ( int page = 1; page <= expected; ++page )
    pages << PrintTestUtils::simplified( PrintTestUtils::pdfText( file, page ) );
  int checked = 0;
  for ( auto it = titlesByPort.constBegin(); it != titlesByPort.constEnd(); ++it )
  {
    for ( const QString &title : it.value() )
    {
      const bool sharedWithAnotherPort =
          std::any_of( titlesByPort.constBegin(), titlesByPort.constEnd(), [&]( const QSet<QString> &titles ) {
            return &titles != &it.value() && titles.contains( title );
          } );
      if ( title.isEmpty() || sharedWithAnotherPort )
        continue;
      const QString start = PrintTestUtils::simplified( title ).left( 30 );
      QCOMPARE( std::count_if( pages.begin(), pages.end(),
                               [&start]( const QString &page ) { return page.contains( start ); } ),
                1 );
      ++checked;
    }
  }
  QVERIFY( checked >= 3 );
}

void TestPrintCommand::printsFromAnotherGeoPackage()
{
  const QString copy = mOutput.filePath( QStringLiteral( "copy of the data.gpkg" ) );
  QVERIFY( QFile::copy( QStringLiteral( PSA_DATA_GPKG ), copy ) );
  const QString file = mOutput.filePath( QStringLiteral( "from-copy.pdf" ) );
  const Run result = run( { "--data", copy, "--years", "2023", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  QVERIFY( PrintTestUtils::pdfText( file ).contains( QStringLiteral( "2023" ) ) );
}

void TestPrintCommand::printsAChangeMapOfTwoYears()
{
  // "What changed since last year?": per port the signed change in tonnes and percent.
  const QString file = mOutput.filePath( QStringLiteral( "change-2022-2023.pdf" ) );
  const Run result = run( { "--compare", "2022,2023", "--out", file } );
  QVERIFY2( result.status == 0, qPrintable( result.err ) );
  QCOMPARE( result.err, QString() );
  QCOMPARE( PrintTestUtils::pdfPageCount( file ), 2 );
  const QString map = PrintTestUtils::simplified( PrintTestUtils::pdfText( file, 1 ) );
  QVERIFY2( map.contains( QStringLiteral( "Change in cocaine seized in European ports, 2022 → 2023" ) ),
            qPrintable( map.left( 300 ) ) );

  // Antwerp's change, worked out here from the shipped figures.
  const auto figure = []( const QString &port, int year ) {
    const QSet<QString> values = PrintTestUtils::distinctValues(
        QStringLiteral( "seizure_figures" ), QStringLiteral( "quantity_t" ),
        QStringLiteral( "\"preferred\" = 1 AND \"scope\" = 'port' AND \"drug\" = 'cocaine' AND \"unlocodes\" = '%1' "
                        "AND \"year\" = %2" )
            .arg( port )
            .arg( year ) );
    return values.size() == 1 ? values.begin()->toDouble() : std::nan( "" );
  };
  const double before = figure( QStringLiteral( "BEANR" ), 2022 );
  const double after = figure( QStringLiteral( "BEANR" ), 2023 );
  QVERIFY( !std::isnan( before ) && !std::isnan( after ) && before > 0 );
  const QString sign = after >= before ? QStringLiteral( "+" ) : QStringLiteral( "−" );
  const QString antwerp = QStringLiteral( "%1%2 t (%1%3 %)" )
                              .arg( sign )
                              .arg( std::fabs( after - before ), 0, 'f', 1 )
                              .arg( std::fabs( ( after - before ) / before * 100 ), 0, 'f', 0 );
  QVERIFY2( map.contains( antwerp ), qPrintable( antwerp + QStringLiteral( " not in: " ) + map ) );

  // A port with a figure for 2022 only says so: an unknown is never drawn as 0 t.
  const QSet<QString> only2022 =
      PrintTestUtils::portsWithFigures( 2022, 2022, QStringLiteral( "'BE','NL','FR','IT','ES'" ) )
          .subtract( PrintTestUtils::portsWithFigures( 2023, 2023, QStringLiteral( "'BE','NL','FR','IT','ES'" ) ) );
  QVERIFY( !only2022.isEmpty() );
  QVERIFY2( map.contains( QStringLiteral( "no figure for 2023" ) ), qPrintable( map ) );
  QVERIFY( map.contains( QStringLiteral( "new: a figure for 2023 only" ) ) );

  // Every source of the figures of both years, with its URL, on the sources page.
  QString sources = PrintTestUtils::simplified( PrintTestUtils::pdfText( file, 2 ) );
  sources.remove( QRegularExpression( QStringLiteral( "\\s" ) ) );
  const QSet<QString> urls = PrintTestUtils::distinctValues(
      QStringLiteral( "seizure_figures" ), QStringLiteral( "source_url" ),
      QStringLiteral(
          "\"preferred\" = 1 AND \"scope\" = 'port' AND \"drug\" = 'cocaine' AND \"year\" IN (2022, 2023)" ) );
  QVERIFY( urls.size() >= 10 );
  for ( const QString &url : urls )
    QVERIFY2( sources.contains( url ), qPrintable( url ) );
  // As written, so a link copied from the PDF works (no "ﬁ" ligature in "narcotrafico").
  QString verbatim = PrintTestUtils::pdfText( file, 2 );
  verbatim.remove( QRegularExpression( QStringLiteral( "\\s" ) ) );
  for ( const QString &url : urls )
    QVERIFY2( verbatim.contains( url ), qPrintable( url ) );
  QVERIFY2( PrintTestUtils::overlappingWords( file ).isEmpty(),
            qPrintable( PrintTestUtils::overlappingWords( file ).join( QLatin1Char( '\n' ) ) ) );

  // As an image, against the reference render.
  const QString png = mOutput.filePath( QStringLiteral( "change.png" ) );
  const Run image = run( { "--compare", "2022,2023", "--dpi", "40", "--out", png } );
  QVERIFY2( image.status == 0, qPrintable( image.err ) );
  const QString problem =
      ImageComparison::compare( QImage( png ), QStringLiteral( "print_change_a4_2022_2023" ), 16,
                                QImage( png ).width() * QImage( png ).height() / 100,
                                QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/tests/render-artifacts" ) );
  QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
}

void TestPrintCommand::refusesBadArguments_data()
{
  QTest::addColumn<QStringList>( "arguments" );
  QTest::addColumn<int>( "status" );
  QTest::addColumn<QString>( "message" );
  QTest::newRow( "unknown country code" ) << QStringList{ "--countries", "BE,XX" } << 2 << "unknown country code 'XX'";
  QTest::newRow( "year without data" ) << QStringList{ "--years", "1990" } << 2
                                       << "no seizure figure in the data for this year";
  QTest::newRow( "years without data" ) << QStringList{ "--years", "1990-1995" } << 2 << "years with data: 20";
  QTest::newRow( "year that is not a year" ) << QStringList{ "--years", "soon" } << 2 << "--years soon";
  QTest::newRow( "unknown option" ) << QStringList{ "--colour", "red" } << 2 << "unknown option '--colour'";
  QTest::newRow( "unknown template" ) << QStringList{ "--template", "a5" } << 2 << "choose a4 or a3";
  QTest::newRow( "folder that does not exist" ) << QStringList{ "--out-folder", "missing" } << 1 << "does not exist";
  QTest::newRow( "unwritable output" ) << QStringList{ "--out-unwritable" } << 1 << "cannot write";
  QTest::newRow( "unknown format" ) << QStringList{ "--out-name", "map.jpeg" } << 1 << ".pdf, .png or .svg";
  QTest::newRow( "atlas to png" ) << QStringList{ "--atlas", "port", "--out-name", "atlas.png" } << 1
                                  << "multi-page PDF";
  QTest::newRow( "compare a year without figures" )
      << QStringList{ "--compare", "2016,2023" } << 2 << "no port figure for 2016";
  QTest::newRow( "compare one year twice" ) << QStringList{ "--compare", "2023,2023" } << 2 << "the same year twice";
  QTest::newRow( "compare one year" ) << QStringList{ "--compare", "2023" } << 2 << "give two years";
  QTest::newRow( "compare with years" ) << QStringList{ "--compare", "2022,2023", "--years", "2023" } << 2
                                        << "leave out --years and --atlas";
  QTest::newRow( "missing data" ) << QStringList{ "--data", "/nonexistent/atlas.gpkg" } << 1 << "no such GeoPackage";
}

void TestPrintCommand::refusesBadArguments()
{
  QFETCH( QStringList, arguments );
  QFETCH( int, status );
  QFETCH( QString, message );
  QTemporaryDir folder;
  QString out = folder.filePath( QStringLiteral( "map.pdf" ) );
  QStringList words;
  for ( int i = 0; i < arguments.size(); ++i )
  {
    if ( arguments.at( i ) == QLatin1String( "--out-folder" ) )
      out = folder.filePath( arguments.at( ++i ) + QStringLiteral( "/map.pdf" ) );
    else if ( arguments.at( i ) == QLatin1String( "--out-name" ) )
      out = folder.filePath( arguments.at( ++i ) );
    else if ( arguments.at( i ) == QLatin1String( "--out-unwritable" ) )
    {
      if ( getuid() == 0 )
        out = QStringLiteral( "/proc/port-seizure-atlas.pdf" ); // even root cannot create files in /proc
      else
        out = QStringLiteral( "/port-seizure-atlas.pdf" );
    }
    else
      words << arguments.at( i );
  }
  const Run result = run( words + QStringList{ QStringLiteral( "--out" ), out } );
  QVERIFY2( result.err.contains( message, Qt::CaseInsensitive ), qPrintable( result.err ) );
  QCOMPARE( result.status, status );
  QVERIFY( !QFileInfo::exists( out ) );
  QCOMPARE( QDir( folder.path() ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList() );
}

PSA_QGIS_TEST_MAIN( TestPrintCommand )
#include "testprintcommand.moc"
