/***************************************************************************
  atlasprintdialog.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASPRINTDIALOG_H
#define ATLASPRINTDIALOG_H

#include "printoptions.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QgsProject;

/**
 * \brief The "Print…" dialog: paper, single map or atlas (per port, per country), the output file
 * (its extension picks PDF, PNG or SVG) and, for PNG only, the resolution. OK stays disabled, with
 * the reason shown, while the choice cannot be written.
 */
class AtlasPrintDialog : public QDialog
{
    Q_OBJECT

  public:
    /**
     * \brief Creates the dialog with \a parent, proposing \a outputFile.
     */
    explicit AtlasPrintDialog( const QString &outputFile, QWidget *parent = nullptr );

    /**
     * \brief Returns the file the dialog proposes for \a project, in a folder that exists: QGIS's
     * last layout export folder (of the project, else of the user), else the project's folder,
     * else the home folder.
     */
    static QString defaultOutputFile( const QgsProject *project );

    /**
     * \brief Returns the options chosen.
     */
    PrintOptions options() const;

    /**
     * \brief Returns the output file chosen.
     */
    QString outputFile() const;

  private:
    void browse();
    void validate();

    QComboBox *mPaper = nullptr;
    QComboBox *mAtlas = nullptr;
    QSpinBox *mDpi = nullptr;
    QLabel *mDpiLabel = nullptr;
    QLineEdit *mOutputFile = nullptr;
    QLabel *mProblem = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

#endif // ATLASPRINTDIALOG_H
