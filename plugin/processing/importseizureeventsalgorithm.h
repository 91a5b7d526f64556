/***************************************************************************
  importseizureeventsalgorithm.h
  Port Seizure Atlas: Processing algorithm "Import seizure events"
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTSEIZUREEVENTSALGORITHM_H
#define IMPORTSEIZUREEVENTSALGORITHM_H

#include "importoptions.h"

#include <QString>

#include <qgsprocessingalgorithm.h>

/**
 * \brief Processing algorithm "Import seizure events" (portseizureatlas:importseizureevents): checks an
 * analyst's table of seizure events (CSV, XLSX, ODS, GeoPackage) and writes it, all or nothing, into a
 * GeoPackage or a schema of a PostGIS database, as `port-seizure-atlas import` does (SeizureEventImporter).
 *
 * The PostGIS database is one of QGIS's PostgreSQL connections. Its credentials come from the
 * connection's authentication configuration, resolved in memory for the import only; a connection
 * holding a user name or password is refused, as the wizard's layers refuse it, so no credentials end
 * up in a project. The imported layers are added to the project (ImportedLayerSet) when asked.
 *
 * Every refused row is reported through the feedback (file, line, column, rule), with the unmatched
 * ports and their nearest names; then the algorithm fails and nothing is written. It runs in a
 * background thread with progress and cancel, in models and in batch mode.
 */
class ImportSeizureEventsAlgorithm : public QgsProcessingAlgorithm
{
  public:
    /**
     * \brief Creates the algorithm; ports are matched against the atlas GeoPackage at \a atlasGeoPackage.
     */
    explicit ImportSeizureEventsAlgorithm( const QString &atlasGeoPackage );

    //! Returns "importseizureevents".
    QString name() const override;
    //! Returns "Import seizure events".
    QString displayName() const override;
    //! Returns search words for the toolbox.
    QStringList tags() const override;
    //! Returns "Your data".
    QString group() const override;
    //! Returns "yourdata".
    QString groupId() const override;
    //! Returns one sentence on what the algorithm does.
    QString shortDescription() const override;
    //! Returns the accepted inputs, forms and the all-or-nothing rule.
    QString shortHelpString() const override;
    //! Returns a new instance matching against the same atlas.
    ImportSeizureEventsAlgorithm *createInstance() const override;
    //! Declares INPUT, MAPPING, REPLACE, OUTPUT, CONNECTION, SCHEMA, ADD_LAYERS and the reading options DELIMITER,
    //! ENCODING, DECIMAL, DATE_ORDER, ALLOW_LARGE.
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    //! Resolves the target (in the main thread: connections and authentication); refuses a connection holding
    //! credentials.
    bool prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                           QgsProcessingFeedback *feedback ) override;
    //! Imports; throws QgsProcessingException (after reporting every problem) when the import is refused.
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                  QgsProcessingFeedback *feedback ) override;
    //! Adds the imported layers to the context's project when ADD_LAYERS is set (in the main thread).
    QVariantMap postProcessAlgorithm( QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    //! Returns the reading options of \a parameters (detected where left at their default).
    ImportOptions readingOptions( const QVariantMap &parameters, QgsProcessingContext &context ) const;

    QString mAtlasGeoPackage;
    //! Where the importer writes: a GeoPackage path or "PG:… active_schema=…" (credentials in memory only).
    QString mTarget;
    //! The GeoPackage written, or empty.
    QString mGeoPackage;
    //! The PostGIS connection and schema written to (authcfg, no credentials), or empty.
    QString mPostgresUri;
    bool mAddLayers = false;
};

#endif // IMPORTSEIZUREEVENTSALGORITHM_H
