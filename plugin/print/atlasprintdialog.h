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

/**
 * \brief The "Print…" dialog: paper, single map or atlas (per port, per country), resolution and
 * the output file (its extension picks PDF, PNG or SVG). OK stays disabled, with the reason shown,
 * while the choice cannot be written.
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
    QLineEdit *mOutputFile = nullptr;
    QLabel *mProblem = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

#endif // ATLASPRINTDIALOG_H
