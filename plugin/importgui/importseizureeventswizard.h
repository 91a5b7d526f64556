/***************************************************************************
  importseizureeventswizard.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTSEIZUREEVENTSWIZARD_H
#define IMPORTSEIZUREEVENTSWIZARD_H

#include "eventcolumnmapping.h"
#include "importoptions.h"
#include "portgazetteer.h"

#include <QComboBox>
#include <QPointer>
#include <QVector>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QPlainTextEdit;
class QProgressBar;
class ImportSeizureEventsTask;

/**
 * \brief "Import seizure events" wizard: the analyst's table → which column is which field →
 * the check (every problem, unmatched ports with their nearest names) → the GeoPackage to write.
 * The check and the import run as QGIS tasks (progress, cancel); the imported events are then
 * added to the project as layers the panel filters (ImportedLayerSet).
 *
 * The first page also shows how the table is read (separator and encoding as detected, or as
 * chosen; decimal mark; order of day and month; large seizures) with a live preview of its first
 * rows, so the analyst can correct what was detected before anything is checked.
 *
 * Object names for tests and scripts: inputFile, delimiter, encoding, decimalMark, dateOrder,
 * allowLarge, detectedDialect, preview, column_<field> (e.g. column_date), checkReport,
 * destination, targetFile.
 */
class ImportSeizureEventsWizard : public QWizard
{
    Q_OBJECT

  public:
    //! \brief Creates the wizard, matching ports in \a ports.
    explicit ImportSeizureEventsWizard( const PortGazetteer &ports, QWidget *parent = nullptr );

    /**
     * \brief Returns the mapping text (`column=field,...`) for the columns chosen in
     * \a chosenColumns (one per EventColumnMapping::Field, empty for none): only columns not
     * already named like their field are listed.
     */
    static QString mappingText( const QStringList &chosenColumns );

    //! \brief Starts the import of the chosen table into the chosen GeoPackage as a QGIS task.
    void accept() override;

  signals:
    /**
     * \brief Emitted when the import task has ended: into the GeoPackage \a geoPackage, or the
     * PostGIS \a postgresUri (QGIS data source URI with schema; its credentials as the QGIS
     * connection holds them, e.g. an authcfg id), whichever was chosen.
     */
    void importEnded( bool succeeded, const QString &geoPackage, const QString &postgresUri,
                      const QString &reportText );

  private:
    QWizardPage *createFilePage();
    QWizardPage *createColumnsPage();
    QWizardPage *createCheckPage();
    QWizardPage *createTargetPage();
    bool readHeader();
    void updatePreview();
    ImportOptions readingOptions() const;
    EventColumnMapping mapping() const;
    void startCheck();

    PortGazetteer mPorts;
    QLineEdit *mInput = nullptr;
    QComboBox *mDelimiter = nullptr;
    QComboBox *mEncoding = nullptr;
    QComboBox *mDecimalMark = nullptr;
    QComboBox *mDateOrder = nullptr;
    QCheckBox *mAllowLarge = nullptr;
    QLabel *mDetected = nullptr;
    QTableWidget *mPreview = nullptr;
    QStringList mHeader;
    QVector<QComboBox *> mColumnChoices;
    QPlainTextEdit *mCheckReport = nullptr;
    QProgressBar *mCheckProgress = nullptr;
    bool mCheckPassed = false;
    QPointer<ImportSeizureEventsTask> mCheckTask;
    QComboBox *mDestination = nullptr;
    QLineEdit *mTarget = nullptr;
    QLineEdit *mSchema = nullptr;
    QCheckBox *mReplace = nullptr;
};

#endif // IMPORTSEIZUREEVENTSWIZARD_H
