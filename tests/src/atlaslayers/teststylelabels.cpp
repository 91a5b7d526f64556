/***************************************************************************
  teststylelabels.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "atlaslayerset.h"
#include "atlasresources.h"
#include "atlasschema.h"
#include "csvreader.h"
#include "plugintranslation.h"
#include "qgistestmain.h"
#include "stylelabels.h"
#include "translationfile.h"

#include <QDir>
#include <QDomDocument>
#include <qgslegendsymbolitem.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

/**
 * \brief The legend of the plugin's layers in the analyst's language: a German QGIS shows
 * the German legend and country names, not the English of the style files.
 */
class TestStyleLabels : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void init();
    void everyLegendTextOfTheStylesIsTranslatable();
    void germanLegendAndLabelsAreGerman();
    void englishLegendStaysAsWritten();

  private:
    //! The legend labels of \a layer's renderer.
    static QStringList legendLabels( QgsVectorLayer *layer );
    //! The label expression of \a layer (empty without labels).
    static QString labelExpression( QgsVectorLayer *layer );
    //! The German translation of \a source in \a context, read from the .ts file.
    static QString german( const QString &context, const QString &source );
};

void TestStyleLabels::initTestCase()
{
  initAtlasResources();
  QVERIFY( QFileInfo::exists( QStringLiteral( PSA_DATA_GPKG ) ) );
}

void TestStyleLabels::init()
{
  QgsProject::instance()->clear();
}

QStringList TestStyleLabels::legendLabels( QgsVectorLayer *layer )
{
  QStringList labels;
  for ( const QgsLegendSymbolItem &item : layer->renderer()->legendSymbolItems() )
    labels << item.label();
  return labels;
}

QString TestStyleLabels::labelExpression( QgsVectorLayer *layer )
{
  const auto *simple = dynamic_cast<const QgsVectorLayerSimpleLabeling *>( layer->labeling() );
  return simple ? simple->settings().fieldName : QString();
}

QString TestStyleLabels::german( const QString &context, const QString &source )
{
  return TranslationFile::translationOf( QStringLiteral( PSA_SOURCE_DIR "/resources/i18n/port_seizure_atlas_de.ts" ),
                                         context, source );
}

void TestStyleLabels::everyLegendTextOfTheStylesIsTranslatable()
{
  // A label added to a style without its entry in StyleLabels would print in English in every language.
  const QStringList known = StyleLabels::knownLabels();
  const QStringList countries = StyleLabels::knownCountryNames();
  const QDir styles( QStringLiteral( PSA_SOURCE_DIR "/resources/styles" ) );
  const QStringList files = styles.entryList( { QStringLiteral( "*.qml" ) } );
  QVERIFY( files.size() >= 6 );
  int checked = 0;
  for ( const QString &name : files )
  {
    QFile file( styles.filePath( name ) );
    QDomDocument document;
    QVERIFY2( file.open( QIODevice::ReadOnly ) && document.setContent( &file ), qPrintable( name ) );
    for ( const QString &tag : { QStringLiteral( "rule" ), QStringLiteral( "category" ) } )
    {
      const QDomNodeList elements = document.elementsByTagName( tag );
      for ( int i = 0; i < elements.count(); ++i )
      {
        const QString label = elements.at( i ).toElement().attribute( QStringLiteral( "label" ) );
        if ( label.isEmpty() )
          continue;
        ++checked;
        if ( label.startsWith( QLatin1String( "From " ) ) )
          QVERIFY2( countries.contains( label.mid( 5 ) ), qPrintable( name + QStringLiteral( ": " ) + label ) );
        else
          QVERIFY2( known.contains( label ), qPrintable( name + QStringLiteral( ": " ) + label ) );
      }
    }
  }
  QVERIFY( checked >= 30 );
  // Every country of the data has its name in the translations.
  CsvReader countriesFile( { QStringLiteral( "country_iso2" ), QStringLiteral( "name_en" ) } );
  QVERIFY( countriesFile.readFile( QStringLiteral( PSA_SOURCE_DIR "/layers/countries.csv" ) ) );
  QVERIFY( countriesFile.records().size() > 50 );
  for ( const CsvReader::Record &record : countriesFile.records() )
  {
    const QString country = record.value( QStringLiteral( "name_en" ) );
    QVERIFY2( countries.contains( country ), qPrintable( QStringLiteral( "countries.csv: " ) + country ) );
  }
}

void TestStyleLabels::germanLegendAndLabelsAreGerman()
{
  PluginTranslation translation;
  QVERIFY( translation.install( QStringLiteral( "de" ), QStringLiteral( PSA_QM_DIR ) ) );
  QgsProject *project = QgsProject::instance();
  const AtlasLayerSet::Result result = AtlasLayerSet::addToProject( project, QStringLiteral( PSA_DATA_GPKG ) );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );

  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, AtlasSchema::PORTS_TABLE );
  QVERIFY( ports );
  const QStringList portLegend = legendLabels( ports );
  const QString upTo5 = german( QStringLiteral( "StyleLabels" ), QStringLiteral( "up to 5 t" ) );
  QVERIFY( !upTo5.isEmpty() && upTo5 != QLatin1String( "up to 5 t" ) );
  QVERIFY2( portLegend.contains( upTo5 ), qPrintable( portLegend.join( QStringLiteral( " | " ) ) ) );
  const QString allOrigins = german( QStringLiteral( "StyleLabels" ), QStringLiteral( ", all origins" ) );
  QVERIFY2( labelExpression( ports ).contains( QLatin1Char( '\'' ) + allOrigins + QLatin1Char( '\'' ) ),
            qPrintable( labelExpression( ports ) ) );
  QVERIFY( !labelExpression( ports ).contains( QLatin1String( "all origins" ) ) );

  QgsVectorLayer *routes = AtlasLayerSet::findLayer( project, AtlasSchema::INBOUND_ROUTES_TABLE );
  QVERIFY( routes );
  const QString fromColombia = german( QStringLiteral( "StyleLabels" ), QStringLiteral( "From %1" ) )
                                   .arg( german( QStringLiteral( "CountryNames" ), QStringLiteral( "Colombia" ) ) );
  QVERIFY2( legendLabels( routes ).contains( fromColombia ),
            qPrintable( legendLabels( routes ).join( QStringLiteral( " | " ) ) ) );

  // No legend entry of a plugin layer is left in English where German has its own words.
  const QStringList english = StyleLabels::knownLabels();
  for ( QgsMapLayer *layer : result.added )
  {
    auto *vector = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vector || !vector->renderer() )
      continue;
    for ( const QString &label : legendLabels( vector ) )
    {
      const bool untranslated = english.contains( label ) && german( QStringLiteral( "StyleLabels" ), label ) != label;
      QVERIFY2( !untranslated && !label.startsWith( QLatin1String( "From " ) ),
                qPrintable( vector->name() + QStringLiteral( ": " ) + label ) );
    }
  }
}

void TestStyleLabels::englishLegendStaysAsWritten()
{
  QgsProject *project = QgsProject::instance();
  const AtlasLayerSet::Result result = AtlasLayerSet::addToProject( project, QStringLiteral( PSA_DATA_GPKG ) );
  QVERIFY2( result.errors.isEmpty(), qPrintable( result.errors.join( '\n' ) ) );
  QgsVectorLayer *routes = AtlasLayerSet::findLayer( project, AtlasSchema::INBOUND_ROUTES_TABLE );
  QVERIFY( routes );
  QVERIFY( legendLabels( routes ).contains( QStringLiteral( "From Colombia" ) ) );
  QgsVectorLayer *ports = AtlasLayerSet::findLayer( project, AtlasSchema::PORTS_TABLE );
  QVERIFY( legendLabels( ports ).contains( QStringLiteral( "up to 5 t" ) ) );
  QVERIFY( labelExpression( ports ).contains( QStringLiteral( "', all origins'" ) ) );
}

PSA_QGIS_TEST_MAIN( TestStyleLabels )
#include "teststylelabels.moc"
