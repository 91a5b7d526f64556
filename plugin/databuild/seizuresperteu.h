/***************************************************************************
  seizuresperteu.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SEIZURESPERTEU_H
#define SEIZURESPERTEU_H

#include "atlasdataset.h"

#include <QString>

#include <optional>

/**
 * \brief Tonnes seized per million TEU handled at a port: the port's preferred figure of a year
 * divided by its container throughput of the same year.
 *
 * The year is the latest one that has both figures; years are never mixed, and a port without
 * such a year has no value.
 */
class SeizuresPerTeu
{
  public:
    //! \brief The ratio of one port and the two figures it comes from.
    struct Ratio
    {
        //! The year of both figures.
        int year = 0;
        //! Containers handled that year (TEU).
        double teu = 0;
        //! Tonnes seized that year (the preferred port figure).
        double tonnes = 0;
        //! tonnes ÷ (teu ÷ 1,000,000).
        double tonnesPerMillionTeu = 0;
        //! The seizure figure used.
        QString figureId;
        //! TRUE when the seizure figure is a lower bound, so the ratio is one too.
        bool lowerBound = false;
    };

    /**
     * \brief Returns the ratio of the port \a unlocode for the drug \a drug from \a dataSet, or
     * nothing when no year has both a preferred port figure and a throughput figure.
     */
    static std::optional<Ratio> latest( const AtlasDataSet &dataSet, const QString &unlocode, const QString &drug );
};

#endif // SEIZURESPERTEU_H
