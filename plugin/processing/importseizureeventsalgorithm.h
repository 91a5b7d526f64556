/***************************************************************************
  importseizureeventsalgorithm.h
  Port Seizure Atlas: Processing algorithm "Import seizure events"
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTSEIZUREEVENTSALGORITHM_H
#define IMPORTSEIZUREEVENTSALGORITHM_H

#include <QString>
#include <qgsprocessingalgorithm.h>

/**
 * \brief Processing algorithm "Import seizure events" (portseizureatlas:importseizureevents): checks an
 * analyst's table of seizure events (CSV, XLSX, ODS, GeoPackage) and writes it, all or nothing, into a
 * GeoPackage, as `port-seizure-atlas import` does (SeizureEventImporter).
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
    //! Declares INPUT, MAPPING, REPLACE and OUTPUT.
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

  protected:
    //! Imports; throws QgsProcessingException (after reporting every problem) when the import is refused.
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  private:
    QString mAtlasGeoPackage;
};

#endif // IMPORTSEIZUREEVENTSALGORITHM_H
