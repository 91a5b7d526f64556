/***************************************************************************
  sealaneroutesalgorithm.h
  Port Seizure Atlas: Processing algorithm "Sea-lane routes"
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef SEALANEROUTESALGORITHM_H
#define SEALANEROUTESALGORITHM_H

#include <QString>
#include <QStringList>
#include <memory>
#include <qgsprocessingalgorithm.h>

class SeaLaneNetwork;

/**
 * \brief Processing algorithm "Sea-lane routes" (portseizureatlas:sealaneroutes): shortest sea routes along the
 * maritime network between ports (UN/LOCODE) or points, as WGS 84 lines.
 *
 * The input is either two point layers (every origin to every destination) or an origin–destination table. The
 * network of the folder given to the constructor is loaded once per session (SeaLaneNetworkCache), with QGIS's world
 * map as the land free points must join it across. A row that cannot be routed is reported
 * through the feedback with its row number and the port or point at fault, and the other routes are still built.
 * The algorithm keeps no state between runs and reads its inputs only through the Processing context, so it runs
 * in a background thread, in models and in batch mode.
 */
class SeaLaneRoutesAlgorithm : public QgsProcessingAlgorithm
{
  public:
    /**
     * \brief Creates the algorithm; \a seaLanesFolder holds the network files (SeaLaneNetwork::loadFolder()).
     */
    explicit SeaLaneRoutesAlgorithm( const QString &seaLanesFolder );

    /**
     * \brief Returns the passages (the network's `pass` values) the AVOID parameter offers; AVOID's values are
     * indices into this list.
     */
    static QStringList passageNames();

    //! Returns the names the AVOID parameter shows for passageNames(), in the same order.
    static QStringList passageDisplayNames();

    /**
     * \brief Returns QGIS's world map (its `countries` layer is the land the network was repaired with), or an
     * empty string if this QGIS has none.
     */
    static QString landPath();

    //! Returns the folder the network is loaded from.
    QString seaLanesFolder() const { return mSeaLanesFolder; }

    //! Returns "sealaneroutes".
    QString name() const override;

    //! Returns "Sea-lane routes".
    QString displayName() const override;

    //! Returns search words for the toolbox.
    QStringList tags() const override;

    //! Returns "Routing".
    QString group() const override;

    //! Returns "routing".
    QString groupId() const override;

    //! Returns one sentence on what the algorithm does.
    QString shortDescription() const override;

    //! Returns the help: inputs, outputs, how lines meet the coast, and the network's licence and attribution.
    QString shortHelpString() const override;

    //! Returns a new instance that loads the network from the same folder.
    SeaLaneRoutesAlgorithm *createInstance() const override;

    //! Declares the parameters and outputs.
    void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;

    /**
     * \brief Checks that \a parameters give either ORIGINS and DESTINATIONS or an OD_TABLE with a way to read both
     * ends; \a message says what is missing.
     */
    bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context,
                               QString *message = nullptr ) const override;

  protected:
    //! Loads the network, reads the inputs and writes one line per route.
    QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                  QgsProcessingFeedback *feedback ) override;

  private:
    QString inputError( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    QStringList avoidedPassages( const QVariantMap &parameters, QgsProcessingContext &context ) const;
    std::shared_ptr<const SeaLaneNetwork> loadNetwork( QgsProcessingFeedback *feedback ) const;

    QString mSeaLanesFolder;
};

#endif // SEALANEROUTESALGORITHM_H
