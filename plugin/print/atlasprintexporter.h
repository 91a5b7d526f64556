/***************************************************************************
  atlasprintexporter.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASPRINTEXPORTER_H
#define ATLASPRINTEXPORTER_H

#include "printoptions.h"

#include <QCoreApplication>
#include <QString>

class QgsFeedback;
class QgsPrintLayout;

/**
 * \brief Exports a print layout to PDF (vector, text kept as text), PNG (at the chosen dpi) or SVG;
 * an atlas to one multi-page PDF.
 *
 * The file is written under a temporary name in the destination folder and renamed only when the
 * export succeeded, so a failed or cancelled export never leaves a half-written file and never
 * destroys an older file of the same name.
 */
class AtlasPrintExporter
{
    Q_DECLARE_TR_FUNCTIONS( AtlasPrintExporter )

  public:
    /**
     * \brief Returns an error message when \a fileName cannot be written as \a options asks (unknown
     * extension, an atlas to something else than PDF, a folder that does not exist or is not
     * writable); empty when it can.
     */
    static QString checkDestination( const QString &fileName, const PrintOptions &options );

    /**
     * \brief Exports \a layout (its atlas when enabled) to \a fileName. \a feedback (may be null)
     * receives progress and can cancel. Returns false with \a error set on failure or cancel.
     */
    static bool exportLayout( QgsPrintLayout *layout, const QString &fileName, const PrintOptions &options,
                              QgsFeedback *feedback, QString *error );
};

#endif // ATLASPRINTEXPORTER_H
