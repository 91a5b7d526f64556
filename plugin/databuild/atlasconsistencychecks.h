/***************************************************************************
  atlasconsistencychecks.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ATLASCONSISTENCYCHECKS_H
#define ATLASCONSISTENCYCHECKS_H

#include "atlasdataset.h"
#include "sourceerror.h"

#include <QString>
#include <QStringList>

/**
 * \brief Checks that the seizure figures of a read AtlasDataSet agree with each other: no number
 * counted at two nested scopes, no ports (and groups of ports without figures of their own)
 * adding up to more than their country, no "drugs"
 * figure stored as cocaine.
 *
 * Each error names the figure ids involved and points at a line of seizure_figures.csv.
 */
class AtlasConsistencyChecks
{
  public:
    /**
     * \brief Returns the words, per language, that name drugs in general or a drug other than
     * cocaine; a cocaine figure whose quote holds one needs a reviewed exception.
     */
    static QStringList drugWords();

    /**
     * \brief Runs every check on \a dataSet; \a figuresFile is the path of seizure_figures.csv
     * the errors name. Returns the errors found (none when the figures are consistent).
     */
    static SourceErrors check( const AtlasDataSet &dataSet, const QString &figuresFile );

  private:
    static void checkNestedScopes( const AtlasDataSet &dataSet, const QString &file, SourceErrors &errors );
    static void checkPortSums( const AtlasDataSet &dataSet, const QString &file, SourceErrors &errors );
    static void checkQuoteWords( const AtlasDataSet &dataSet, const QString &file, SourceErrors &errors );
};

#endif // ATLASCONSISTENCYCHECKS_H
