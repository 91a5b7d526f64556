/***************************************************************************
  teste2eqgisapplication.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "imagecomparison.h"
#include "translationfile.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

/**
 * \brief Starts the real QGIS under Xvfb with the built plugin registered in a throw-away
 * profile and checks, from inside the running application, what an analyst would see.
 */
class TestE2eQgisApplication : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void pluginLoadsWithDockMenuAndButton();
    void loadUnloadLoadThroughPluginManager();
    void otherQgisVersionShowsMessageAndStaysInert();
    void printFromThePanelRunsInTheBackground();
    void routingTaskSurvivesCancelClearAndUnload();
    void projectOpensAfterGeoPackageMoved();
    void analystReadsTheMapRight();
    void qgisInGermanShowsThePluginInGerman();

  private:
    /**
     * Registers the plugin in a new profile, runs \a script inside QGIS with \a extraEnvironment
     * and returns the JSON the script wrote.
     */
    QJsonObject runInQgis( const QString &script, const QProcessEnvironment &extraEnvironment = QProcessEnvironment(),
                           const QStringList &qgisOptions = QStringList() );

    QString mQgis;
    QString mXvfbRun;
    QString mArtifactsDir;
};

void TestE2eQgisApplication::initTestCase()
{
  mQgis = QStandardPaths::findExecutable( QStringLiteral( "qgis" ) );
  mXvfbRun = QStandardPaths::findExecutable( QStringLiteral( "xvfb-run" ) );
  QVERIFY2( !mQgis.isEmpty(), "qgis is not on PATH (apt-get install qgis)" );
  QVERIFY2( !mXvfbRun.isEmpty(), "xvfb-run is not on PATH (apt-get install xvfb xauth)" );
  mArtifactsDir = QStringLiteral( PSA_BINARY_DIR ) + QStringLiteral( "/tests/e2e-artifacts" );
  QDir().mkpath( mArtifactsDir );
}

QJsonObject TestE2eQgisApplication::runInQgis( const QString &script, const QProcessEnvironment &extraEnvironment,
                                               const QStringList &qgisOptions )
{
  QTemporaryDir profiles;
  if ( !profiles.isValid() )
    return QJsonObject{ { QStringLiteral( "error" ), QStringLiteral( "no temporary folder" ) } };

  QProcess registration;
  registration.start( QStringLiteral( PSA_CLI_PATH ),
                      { QStringLiteral( "register" ), QStringLiteral( "--profiles-path" ), profiles.path(),
                        QStringLiteral( "--create-profile" ), QStringLiteral( "--plugin-dir" ),
                        QStringLiteral( PSA_PLUGIN_OUTPUT_DIR ) } );
  if ( !registration.waitForFinished( 30000 ) || registration.exitCode() != 0 )
    return QJsonObject{ { QStringLiteral( "error" ), QStringLiteral( "register failed: " ) +
                                                         QString::fromUtf8( registration.readAllStandardError() ) } };

  const QString resultFile = profiles.filePath( QStringLiteral( "result.json" ) );
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.remove( QStringLiteral( "QT_QPA_PLATFORM" ) ); // the real application, on the Xvfb display
  environment.insert( QStringLiteral( "PSA_E2E_DIR" ), QStringLiteral( PSA_E2E_DIR ) );
  environment.insert( QStringLiteral( "PSA_E2E_RESULT" ), resultFile );
  environment.insert( extraEnvironment );

  QProcess qgis;
  qgis.setProcessEnvironment( environment );
  qgis.setProcessChannelMode( QProcess::MergedChannels );
  // PSA_E2E_QGIS_WRAPPER: a command put before qgis, e.g. "env LD_PRELOAD=.../libasan.so" when
  // the plugin is built with AddressSanitizer (.ci/sanitizers) and the QGIS binary is not.
  QStringList arguments = { QStringLiteral( "-a" ), QStringLiteral( "-s" ), QStringLiteral( "-screen 0 1400x900x24" ) };
  arguments += qEnvironmentVariable( "PSA_E2E_QGIS_WRAPPER" ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
  arguments += QStringList{ mQgis } + qgisOptions;
  arguments += { QStringLiteral( "--profiles-path" ),  profiles.path(),
                 QStringLiteral( "--noversioncheck" ), QStringLiteral( "--nologo" ),
                 QStringLiteral( "--code" ),           QStringLiteral( PSA_E2E_DIR ) + QLatin1Char( '/' ) + script };
  qgis.start( mXvfbRun, arguments );
  const bool finished = qgis.waitForFinished( 180000 );
  const QByteArray log = qgis.readAll();
  if ( !finished )
  {
    qgis.kill();
    qgis.waitForFinished( 5000 );
    return QJsonObject{ { QStringLiteral( "error" ),
                          QStringLiteral( "QGIS did not finish within 180 s. Log:\n" ) + QString::fromUtf8( log ) } };
  }
  QFile result( resultFile );
  if ( !result.open( QIODevice::ReadOnly ) )
    return QJsonObject{
        { QStringLiteral( "error" ), QStringLiteral( "the check script wrote no result (exit code %1). Log:\n%2" )
                                         .arg( qgis.exitCode() )
                                         .arg( QString::fromUtf8( log ) ) } };
  const QJsonObject object = QJsonDocument::fromJson( result.readAll() ).object();
  if ( object.contains( QStringLiteral( "exception" ) ) )
    return QJsonObject{ { QStringLiteral( "error" ), object.value( QStringLiteral( "exception" ) ).toString() } };
  return object;
}

void TestE2eQgisApplication::pluginLoadsWithDockMenuAndButton()
{
  QProcessEnvironment environment;
  const QString screenshot = mArtifactsDir + QStringLiteral( "/plugin-loaded.png" );
  QFile::remove( screenshot );
  environment.insert( QStringLiteral( "PSA_E2E_SCREENSHOT" ), screenshot );
  const QJsonObject result = runInQgis( QStringLiteral( "check_plugin_loaded.py" ), environment );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );

  const QJsonObject atStart = result.value( QStringLiteral( "at_start" ) ).toObject();
  QCOMPARE( atStart.value( QStringLiteral( "docks" ) ).toInt(), 1 );
  QCOMPARE( atStart.value( QStringLiteral( "dock_object_names" ) ).toArray().first().toString(),
            QStringLiteral( "PortSeizureAtlasDock" ) );
  QCOMPARE( atStart.value( QStringLiteral( "toolbar_actions" ) ).toInt(), 1 );
  QCOMPARE( atStart.value( QStringLiteral( "menu_actions" ) ).toInt(), 1 );
  QCOMPARE( atStart.value( QStringLiteral( "menus" ) ).toInt(), 1 );
  QCOMPARE( atStart.value( QStringLiteral( "processing_providers" ) ).toInt(), 1 );
  QCOMPARE( atStart.value( QStringLiteral( "sealane_algorithm" ) ).toInt(), 1 );
  // No layer while QGIS starts: a scratch layer would make QGIS ask a modal question.
  QCOMPARE( atStart.value( QStringLiteral( "layers" ) ).toInt(), 0 );

  QCOMPARE( result.value( QStringLiteral( "icon_is_null" ) ).toBool(), false );
  QCOMPARE( result.value( QStringLiteral( "visible_before_toggle" ) ).toBool(), true );
  QCOMPARE( result.value( QStringLiteral( "visible_after_first_toggle" ) ).toBool(), false );
  QCOMPARE( result.value( QStringLiteral( "visible_after_second_toggle" ) ).toBool(), true );

  // "Add ports and seizures": the six layers (five of the plugin, the basemap), valid, in one
  // group; a second click adds nothing.
  QCOMPARE( result.value( QStringLiteral( "add_layers_actions" ) ).toInt(), 1 );
  const QJsonArray layers = result.value( QStringLiteral( "layers_after_add" ) ).toArray();
  QCOMPARE( layers.size(), 6 );
  QVERIFY2( result.value( QStringLiteral( "invalid_layers" ) ).toArray().isEmpty(), "a plugin layer is invalid" );
  QCOMPARE( result.value( QStringLiteral( "group_layer_count" ) ).toInt(), 6 );
  // A new project is framed for Atlantic routes (Robinson), not left in plate carrée.
  QCOMPARE( result.value( QStringLiteral( "project_crs" ) ).toString(), QStringLiteral( "ESRI:54030" ) );
  QCOMPARE( result.value( QStringLiteral( "layer_count_after_second_add" ) ).toInt(), 6 );
  bool added = false;
  for ( const QJsonValue &message : result.value( QStringLiteral( "messages_after_add" ) ).toArray() )
    added = added || message.toString().contains( QLatin1String( "Added 6 layer" ) );
  QVERIFY2( added,
            qPrintable( QJsonDocument( result.value( QStringLiteral( "messages_after_add" ) ).toArray() ).toJson() ) );

  const QImage image( screenshot );
  QVERIFY2( !image.isNull(), "no screenshot of the main window was saved" );
  QVERIFY( image.width() >= 800 && image.height() >= 500 );
}

void TestE2eQgisApplication::loadUnloadLoadThroughPluginManager()
{
  const QJsonObject result = runInQgis( QStringLiteral( "check_load_unload_load.py" ) );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );
  QVERIFY2( result.value( QStringLiteral( "found_in_plugin_manager" ) ).toBool(),
            "the plugin is not listed in QGIS's Plugin Manager" );
  QCOMPARE( result.value( QStringLiteral( "checked_at_start" ) ).toBool(), true );

  const QJsonObject unloaded = result.value( QStringLiteral( "after_unload" ) ).toObject();
  QCOMPARE( unloaded.value( QStringLiteral( "docks" ) ).toInt(), 0 );
  QCOMPARE( unloaded.value( QStringLiteral( "toolbar_actions" ) ).toInt(), 0 );
  QCOMPARE( unloaded.value( QStringLiteral( "menu_actions" ) ).toInt(), 0 );
  QCOMPARE( unloaded.value( QStringLiteral( "menus" ) ).toInt(), 0 );
  QCOMPARE( unloaded.value( QStringLiteral( "processing_providers" ) ).toInt(), 0 );

  for ( const QString &step : { QStringLiteral( "after_reload" ), QStringLiteral( "after_second_reload" ) } )
  {
    const QJsonObject reloaded = result.value( step ).toObject();
    QVERIFY2( reloaded.value( QStringLiteral( "docks" ) ).toInt() == 1, qPrintable( step ) );
    QVERIFY2( reloaded.value( QStringLiteral( "toolbar_actions" ) ).toInt() == 1, qPrintable( step ) );
    QVERIFY2( reloaded.value( QStringLiteral( "menu_actions" ) ).toInt() == 1, qPrintable( step ) );
    QVERIFY2( reloaded.value( QStringLiteral( "menus" ) ).toInt() == 1, qPrintable( step ) );
    QVERIFY2( reloaded.value( QStringLiteral( "processing_providers" ) ).toInt() == 1, qPrintable( step ) );
  }
}

void TestE2eQgisApplication::otherQgisVersionShowsMessageAndStaysInert()
{
  // Pretend to run in the next QGIS minor release.
  const int otherVersion = ( PSA_BUILT_AGAINST_QGIS_VERSION_INT / 100 + 1 ) * 100;
  QProcessEnvironment environment;
  environment.insert( QStringLiteral( "PSA_SIMULATE_QGIS_VERSION_INT" ), QString::number( otherVersion ) );
  const QJsonObject result = runInQgis( QStringLiteral( "check_version_mismatch.py" ), environment );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );

  const QJsonObject atStart = result.value( QStringLiteral( "at_start" ) ).toObject();
  QCOMPARE( atStart.value( QStringLiteral( "docks" ) ).toInt(), 0 );
  QCOMPARE( atStart.value( QStringLiteral( "toolbar_actions" ) ).toInt(), 0 );
  QCOMPARE( atStart.value( QStringLiteral( "menus" ) ).toInt(), 0 );
  QCOMPARE( atStart.value( QStringLiteral( "processing_providers" ) ).toInt(), 0 );

  const QString expectedVersion =
      QStringLiteral( "%1.%2.0" ).arg( otherVersion / 10000 ).arg( otherVersion / 100 % 100 );
  bool found = false;
  for ( const QJsonValue &message : result.value( QStringLiteral( "messages" ) ).toArray() )
    found = found || ( message.toString().contains( QLatin1String( "Port Seizure Atlas" ) ) &&
                       message.toString().contains( expectedVersion ) );
  QVERIFY2( found,
            qPrintable(
                QStringLiteral( "no message naming QGIS %1 in the message bar: %2" )
                    .arg( expectedVersion,
                          QString::fromUtf8(
                              QJsonDocument( result.value( QStringLiteral( "messages" ) ).toArray() ).toJson() ) ) ) );
}

void TestE2eQgisApplication::printFromThePanelRunsInTheBackground()
{
  const QString pdf = mArtifactsDir + QStringLiteral( "/printed-from-panel.pdf" );
  QFile::remove( pdf );
  QProcessEnvironment environment;
  environment.insert( QStringLiteral( "PSA_E2E_PRINT_OUT" ), pdf );
  const QJsonObject result = runInQgis( QStringLiteral( "check_print_from_panel.py" ), environment );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );
  QVERIFY( result.value( QStringLiteral( "print_button_visible" ) ).toBool() );
  QCOMPARE( result.value( QStringLiteral( "dialog_title" ) ).toString(),
            QStringLiteral( "Print the Port Seizure Atlas map" ) );
  QCOMPARE( result.value( QStringLiteral( "layouts" ) ).toArray().first().toString(),
            QStringLiteral( "Port Seizure Atlas (A4)" ) );
  // The click returned at once with the export running as a task, and the window kept processing events.
  QCOMPARE( result.value( QStringLiteral( "active_tasks_after_click" ) ).toInt(), 1 );
  QVERIFY( result.value( QStringLiteral( "event_rounds_while_printing" ) ).toInt() > 5 );
  QVERIFY2( result.value( QStringLiteral( "pdf_size" ) ).toInt() > 10000,
            qPrintable( QJsonDocument( result.value( QStringLiteral( "messages" ) ).toArray() ).toJson() ) );
  // The dialog opens ready (a folder that exists, Print enabled, a resolution only for images),
  // and the PDF is valid and small: one A4 map and its sources, text kept as text.
  QVERIFY2( result.value( QStringLiteral( "proposed_folder_exists" ) ).toBool(),
            qPrintable( result.value( QStringLiteral( "proposed_file" ) ).toString() ) );
  QVERIFY( result.value( QStringLiteral( "print_enabled_at_open" ) ).toBool() );
  QVERIFY( !result.value( QStringLiteral( "dpi_shown_for_pdf" ) ).toBool() );
  QVERIFY( result.value( QStringLiteral( "dpi_shown_for_png" ) ).toBool() );
  QVERIFY2( result.value( QStringLiteral( "pdf_size" ) ).toInt() <= 3 * 1024 * 1024,
            qPrintable( QString::number( result.value( QStringLiteral( "pdf_size" ) ).toInt() ) ) );
  QVERIFY2( result.value( QStringLiteral( "poppler_complaints" ) ).toString().isEmpty(),
            qPrintable( result.value( QStringLiteral( "poppler_complaints" ) ).toString() ) );
  bool printed = false;
  for ( const QJsonValue &message : result.value( QStringLiteral( "messages" ) ).toArray() )
    printed = printed || message.toString().contains( QLatin1String( "Printed" ) );
  QVERIFY( printed );
}

void TestE2eQgisApplication::routingTaskSurvivesCancelClearAndUnload()
{
  const QJsonObject result = runInQgis( QStringLiteral( "check_abuse_routing_task.py" ) );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );
  QVERIFY( result.value( QStringLiteral( "od_rows" ) ).toInt() > 1000 );

  // Canceled half-way: the run ends and its log says so.
  const QJsonObject canceled = result.value( QStringLiteral( "canceled_run" ) ).toObject();
  QVERIFY2( !canceled.value( QStringLiteral( "abused_at" ) ).isNull(), "the run ended before it could be canceled" );
  QVERIFY( canceled.value( QStringLiteral( "ended" ) ).toBool() );
  QVERIFY2(
      canceled.value( QStringLiteral( "log" ) ).toString().contains( QLatin1String( "Canceled; routes built so far" ) ),
      qPrintable( canceled.value( QStringLiteral( "log" ) ).toString() ) );

  // Project cleared half-way (its input table deleted): the run ends with its summary.
  const QJsonObject cleared = result.value( QStringLiteral( "project_cleared_run" ) ).toObject();
  QVERIFY2( !cleared.value( QStringLiteral( "abused_at" ) ).isNull(),
            "the run ended before the project could be cleared" );
  QVERIFY( cleared.value( QStringLiteral( "ended" ) ).toBool() );
  QVERIFY2( cleared.value( QStringLiteral( "log" ) ).toString().contains( QLatin1String( "Routes built:" ) ),
            qPrintable( cleared.value( QStringLiteral( "log" ) ).toString() ) );

  // Plugin unloaded half-way: the run still ends with its summary, QGIS stays up, the plugin is gone.
  QVERIFY( result.value( QStringLiteral( "found_in_plugin_manager" ) ).toBool() );
  const QJsonObject unloaded = result.value( QStringLiteral( "unloaded_run" ) ).toObject();
  QVERIFY2( !unloaded.value( QStringLiteral( "abused_at" ) ).isNull(),
            "the run ended before the plugin could be unloaded" );
  QVERIFY( unloaded.value( QStringLiteral( "ended" ) ).toBool() );
  QVERIFY2( unloaded.value( QStringLiteral( "log" ) ).toString().contains( QLatin1String( "Routes built:" ) ),
            qPrintable( unloaded.value( QStringLiteral( "log" ) ).toString() ) );
  const QJsonObject after = result.value( QStringLiteral( "after_unload" ) ).toObject();
  QCOMPARE( after.value( QStringLiteral( "processing_providers" ) ).toInt(), 0 );
  QCOMPARE( after.value( QStringLiteral( "docks" ) ).toInt(), 0 );
  // The analyst's table is still in the project.
  QCOMPARE( result.value( QStringLiteral( "od_tables_left" ) ).toInt(), 1 );
}

void TestE2eQgisApplication::projectOpensAfterGeoPackageMoved()
{
  const QJsonObject result = runInQgis( QStringLiteral( "check_abuse_moved_geopackage.py" ) );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );
  QVERIFY( result.value( QStringLiteral( "saved" ) ).toBool() );
  const int layers = result.value( QStringLiteral( "layers_before" ) ).toInt();
  QVERIFY( layers > 1 );
  // The project opens; its layers stay, the moved ones unavailable; the panel names the file.
  QVERIFY( result.value( QStringLiteral( "read" ) ).toBool() );
  QCOMPARE( result.value( QStringLiteral( "layers_after" ) ).toInt(), layers );
  QCOMPARE( result.value( QStringLiteral( "unavailable" ) ).toArray().size(), layers - 1 ); // all but the basemap
  const QString hint = result.value( QStringLiteral( "panel_hint" ) ).toString();
  QVERIFY2( hint.contains( result.value( QStringLiteral( "moved_path" ) ).toString() ) &&
                hint.contains( QLatin1String( "unavailable" ) ),
            qPrintable( hint ) );
  // Saved again and the file put back: everything is there.
  QVERIFY( result.value( QStringLiteral( "resaved" ) ).toBool() );
  QVERIFY( result.value( QStringLiteral( "reread" ) ).toBool() );
  QCOMPARE( result.value( QStringLiteral( "layers_after_file_back" ) ).toInt(), layers );
  QVERIFY2( result.value( QStringLiteral( "unavailable_after_file_back" ) ).toArray().isEmpty(),
            qPrintable(
                QJsonDocument( result.value( QStringLiteral( "unavailable_after_file_back" ) ).toArray() ).toJson() ) );
}

void TestE2eQgisApplication::analystReadsTheMapRight()
{
  // The shipped data stays byte for byte what the build wrote, through a whole session of
  // filtering, playing the years and identifying in QGIS (run as root here, in a writable folder).
  const QString shipped = QStringLiteral( PSA_PLUGIN_OUTPUT_DIR "/port-seizure-atlas/port_seizure_atlas.gpkg" );
  const auto fileHash = []( const QString &path ) {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 )
                                            : QByteArray();
  };
  const QByteArray shippedBefore = fileHash( shipped );
  QVERIFY2( !shippedBefore.isEmpty(), qPrintable( shipped ) );

  QProcessEnvironment environment;
  environment.insert( QStringLiteral( "PSA_E2E_ARTIFACTS" ), mArtifactsDir );
  const QJsonObject result = runInQgis( QStringLiteral( "check_analyst_view.py" ), environment );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );
  QVERIFY2( fileHash( shipped ) == shippedBefore, "the session in QGIS changed the shipped GeoPackage" );
  QVERIFY2( !QFileInfo::exists( shipped + QStringLiteral( "-wal" ) ),
            "the session in QGIS switched the shipped GeoPackage to WAL" );
  QFile report( mArtifactsDir + QStringLiteral( "/analyst-view.json" ) );
  if ( report.open( QIODevice::WriteOnly ) )
    report.write( QJsonDocument( result ).toJson() );
  const auto text = [&result]( const QString &key ) {
    return QString::fromUtf8( QJsonDocument( result.value( key ).toObject() ).toJson() );
  };

  // Time: one frame a year over the data's years; a 2021 frame shows 2021 in the panel, the
  // routes and the ports' labels; the next frame moves the panel on.
  QCOMPARE( result.value( QStringLiteral( "frame_duration_years" ) ).toDouble(), 1.0 );
  const int frames = result.value( QStringLiteral( "frame_count" ) ).toInt();
  QVERIFY2( frames >= 3 && frames <= 20, qPrintable( QString::number( frames ) ) );
  // Every plugin layer but the basemap is time-aware, the ports included.
  QCOMPARE( result.value( QStringLiteral( "time_aware_layers" ) ).toArray().size(), 5 );
  const QJsonObject frame = result.value( QStringLiteral( "frame_2021" ) ).toObject();
  QVERIFY2( frame.value( QStringLiteral( "begin" ) ).toString().startsWith( QLatin1String( "2021-01-01" ) ) &&
                frame.value( QStringLiteral( "end" ) ).toString().startsWith( QLatin1String( "2022-01-01" ) ),
            qPrintable( text( QStringLiteral( "frame_2021" ) ) ) );
  QCOMPARE( frame.value( QStringLiteral( "panel_years" ) ).toArray(),
            QJsonArray( { QStringLiteral( "2021" ), QStringLiteral( "2021" ) } ) );
  QVERIFY2( frame.value( QStringLiteral( "antwerp_label" ) ).toString().contains( QLatin1String( "(2021)" ) ),
            qPrintable( text( QStringLiteral( "frame_2021" ) ) ) );
  QVERIFY2( frame.value( QStringLiteral( "routes_subset" ) ).toString().contains( QLatin1String( "2021" ) ),
            qPrintable( text( QStringLiteral( "frame_2021" ) ) ) );
  QCOMPARE(
      result.value( QStringLiteral( "after_next" ) ).toObject().value( QStringLiteral( "panel_years" ) ).toArray(),
      QJsonArray( { QStringLiteral( "2022" ), QStringLiteral( "2022" ) } ) );
  QVERIFY( result.value( QStringLiteral( "after_next" ) )
               .toObject()
               .value( QStringLiteral( "antwerp_label" ) )
               .toString()
               .contains( QLatin1String( "(2022)" ) ) );

  // Legend: short labels, names the Layers panel does not cut, the circles' meaning in the tooltip.
  for ( const QJsonValue &label : result.value( QStringLiteral( "ports_legend" ) ).toArray() )
    QVERIFY2( label.toString().size() <= 40, qPrintable( label.toString() ) );
  QVERIFY( result.value( QStringLiteral( "ports_legend" ) ).toArray().contains( QStringLiteral( "up to 5 t" ) ) );
  QVERIFY2( result.value( QStringLiteral( "layer_names_cut" ) ).toArray().isEmpty(),
            qPrintable( QJsonDocument( result.value( QStringLiteral( "layer_names_cut" ) ).toArray() ).toJson() ) );
  QVERIFY( result.value( QStringLiteral( "ports_tooltip" ) ).toString().contains( QLatin1String( "Circle area" ) ) );

  // Origin filter (Ecuador, 2021–2023): the ports say they are all-origin totals, in the panel
  // and on the map; the panel lists the documented routes; the routes' legend lists Ecuador only.
  const QJsonObject origin = result.value( QStringLiteral( "origin_filter" ) ).toObject();
  QVERIFY2( origin.value( QStringLiteral( "total" ) ).toString().contains( QLatin1String( "all origins" ) ),
            qPrintable( text( QStringLiteral( "origin_filter" ) ) ) );
  QVERIFY2( origin.value( QStringLiteral( "antwerp_label" ) ).toString().contains( QLatin1String( "all origins" ) ),
            qPrintable( text( QStringLiteral( "origin_filter" ) ) ) );
  QVERIFY2(
      origin.value( QStringLiteral( "antwerp_map_tip" ) ).toString().contains( QLatin1String( "not split by origin" ) ),
      qPrintable( text( QStringLiteral( "origin_filter" ) ) ) );
  QVERIFY2( origin.value( QStringLiteral( "selection" ) ).toString().contains( QStringLiteral( "2021–2023" ) ) &&
                origin.value( QStringLiteral( "selection" ) ).toString().contains( QLatin1String( "Ecuador" ) ),
            qPrintable( text( QStringLiteral( "origin_filter" ) ) ) );
  QVERIFY2( origin.value( QStringLiteral( "routes" ) )
                .toString()
                .contains( QLatin1String( "Documented routes from Ecuador" ) ),
            qPrintable( text( QStringLiteral( "origin_filter" ) ) ) );
  const QJsonArray routesLegend = origin.value( QStringLiteral( "routes_legend" ) ).toArray();
  QVERIFY2( result.value( QStringLiteral( "routes_legend_all" ) ).toArray().size() > routesLegend.size(),
            qPrintable( text( QStringLiteral( "origin_filter" ) ) ) );
  for ( const QJsonValue &label : routesLegend )
    QVERIFY2( !label.toString().startsWith( QLatin1String( "From " ) ) ||
                  label.toString() == QLatin1String( "From Ecuador" ),
              qPrintable( label.toString() ) );
  for ( const QJsonValue &change : origin.value( QStringLiteral( "change_cells" ) ).toArray() )
    QVERIFY2( change.toString().isEmpty() || ( change.toString().endsWith( QLatin1String( " t" ) ) &&
                                               ( change.toString().startsWith( QLatin1Char( '+' ) ) ||
                                                 change.toString().startsWith( QChar( 0x2212 ) ) ||
                                                 change.toString().startsWith( QLatin1Char( '0' ) ) ) ),
              qPrintable( change.toString() ) );

  // Map tip: why each figure is preferred or not, in words.
  const QString mapTip = result.value( QStringLiteral( "antwerp_map_tip" ) ).toString();
  QVERIFY2( mapTip.contains( QLatin1String( "Why preferred: " ) ) &&
                mapTip.contains( QLatin1String( "Why not preferred: " ) ),
            qPrintable( mapTip ) );

  // Attribute table: numbers rounded by the formatter, codes as words, short aliases.
  const QJsonObject rotterdam = result.value( QStringLiteral( "rotterdam_shown" ) ).toObject();
  QVERIFY2( QRegularExpression( QStringLiteral( "^\\d+\\.\\d$" ) )
                .match( rotterdam.value( QStringLiteral( "latest_tonnes" ) ).toString() )
                .hasMatch(),
            qPrintable( text( QStringLiteral( "rotterdam_shown" ) ) ) );
  QCOMPARE( rotterdam.value( QStringLiteral( "role" ) ).toString(), QStringLiteral( "European port" ) );
  for ( const QString &layer : { QStringLiteral( "ports_aliases" ), QStringLiteral( "figures_aliases" ) } )
    for ( const QJsonValue &alias : result.value( layer ).toArray() )
      QVERIFY2( alias.toString().size() <= 24, qPrintable( alias.toString() ) );

  // Map: Europe and the Atlantic routes (the River Plate to Helsinki, Veracruz to Cyprus), not the whole world.
  for ( const QString &key : { QStringLiteral( "extent_wgs84" ), QStringLiteral( "full_extent_wgs84" ) } )
  {
    const QJsonArray extent = result.value( key ).toArray();
    const QString extentText =
        key + QStringLiteral( ": " ) + QString::fromUtf8( QJsonDocument( extent ).toJson( QJsonDocument::Compact ) );
    QVERIFY2( extent.at( 0 ).toDouble() <= -96 && extent.at( 1 ).toDouble() <= -35 && extent.at( 2 ).toDouble() >= 33 &&
                  extent.at( 3 ).toDouble() >= 60,
              qPrintable( extentText ) );
    QVERIFY2( extent.at( 2 ).toDouble() - extent.at( 0 ).toDouble() < 230 && extent.at( 3 ).toDouble() < 80,
              qPrintable( extentText ) );
  }

  // Panel at QGIS's default dock width: no horizontal scrolling, year boxes not cut, years,
  // countries, summary and chart reachable in a 900-pixel-high window.
  const QJsonObject panel = result.value( QStringLiteral( "panel" ) ).toObject();
  const QString panelText = QString::fromUtf8( QJsonDocument( panel ).toJson() );
  QVERIFY2( !panel.value( QStringLiteral( "horizontal_scrollbar_visible" ) ).toBool(), qPrintable( panelText ) );
  QVERIFY2( panel.value( QStringLiteral( "content_minimum_width" ) ).toInt() <=
                panel.value( QStringLiteral( "viewport_width" ) ).toInt(),
            qPrintable( panelText ) );
  QCOMPARE( panel.value( QStringLiteral( "combos_cut" ) ).toArray(), QJsonArray( { false, false } ) );
  const QJsonObject parts = panel.value( QStringLiteral( "parts" ) ).toObject();
  for ( const QString &part :
        { QStringLiteral( "yearFromCombo" ), QStringLiteral( "destinationBox" ), QStringLiteral( "originBox" ),
          QStringLiteral( "totalLabel" ), QStringLiteral( "yearChart" ) } )
  {
    QVERIFY2( parts.value( part ).toObject().value( QStringLiteral( "visible" ) ).toBool(), qPrintable( part ) );
    // In sight without scrolling (the panel's viewport in a 1400x900 window).
    QVERIFY2( parts.value( part ).toObject().value( QStringLiteral( "bottom" ) ).toInt() <=
                  panel.value( QStringLiteral( "viewport_height" ) ).toInt(),
              qPrintable( part + panelText ) );
  }

  // Screenshots of the panel and the map, against control images (tolerance for text anti-aliasing).
  for ( const QString &shot :
        { QStringLiteral( "analyst-panel-default" ), QStringLiteral( "analyst-map-ecuador-2021-2023" ) } )
  {
    const QImage image( mArtifactsDir + QLatin1Char( '/' ) + shot + QStringLiteral( ".png" ) );
    QVERIFY2( !image.isNull(), qPrintable( shot ) );
    const QString problem = ImageComparison::compare(
        image, QStringLiteral( "e2e_" ) + QString( shot ).replace( QLatin1Char( '-' ), QLatin1Char( '_' ) ), 40,
        image.width() * image.height() / 50, mArtifactsDir );
    QVERIFY2( problem.isEmpty(), qPrintable( problem ) );
  }
}

void TestE2eQgisApplication::qgisInGermanShowsThePluginInGerman()
{
  // An analyst whose QGIS speaks German (qgis --lang de) gets the plugin in German.
  const QJsonObject result = runInQgis( QStringLiteral( "check_language.py" ), QProcessEnvironment(),
                                        { QStringLiteral( "--lang" ), QStringLiteral( "de" ) } );
  QVERIFY2( !result.contains( QStringLiteral( "error" ) ),
            qPrintable( result.value( QStringLiteral( "error" ) ).toString() ) );
  QVERIFY2( !result.contains( QStringLiteral( "exception" ) ),
            qPrintable( result.value( QStringLiteral( "exception" ) ).toString() ) );
  const QString german = QStringLiteral( PSA_SOURCE_DIR "/resources/i18n/port_seizure_atlas_de.ts" );
  const QString addLayers = TranslationFile::translationOf( german, QStringLiteral( "PortSeizureAtlasPlugin" ),
                                                            QStringLiteral( "Add ports and seizures" ) );
  QVERIFY( !addLayers.isEmpty() && addLayers != QLatin1String( "Add ports and seizures" ) );
  QCOMPARE( result.value( QStringLiteral( "add_layers_text" ) ).toString(), addLayers );
  const QString intro = TranslationFile::translationOf(
      german, QStringLiteral( "PortSeizureAtlasDock" ),
      QStringLiteral( "Cocaine seizures in European seaports, year by year, and the sea routes they arrive by. Every "
                      "figure carries its source." ) );
  QVERIFY2( result.value( QStringLiteral( "dock_labels" ) ).toArray().contains( intro ),
            qPrintable( QJsonDocument( result.value( QStringLiteral( "dock_labels" ) ).toArray() ).toJson() ) );
}

QTEST_GUILESS_MAIN( TestE2eQgisApplication )
#include "teste2eqgisapplication.moc"
