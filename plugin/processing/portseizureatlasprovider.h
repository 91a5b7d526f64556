/***************************************************************************
  portseizureatlasprovider.h
  Port Seizure Atlas: the plugin's Processing provider
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PORTSEIZUREATLASPROVIDER_H
#define PORTSEIZUREATLASPROVIDER_H

#include <QString>
#include <qgsprocessingprovider.h>

/**
 * \brief The "Port Seizure Atlas" Processing provider: its algorithms in the Processing Toolbox, the modeler, batch
 * mode and scripts (ids "portseizureatlas:…").
 *
 * It holds the folder of the sea-lane network and hands it to every algorithm it creates. Register it with
 * QgsApplication::processingRegistry()->addProvider(), which takes ownership; removeProvider() deletes it.
 */
class PortSeizureAtlasProvider : public QgsProcessingProvider
{
    Q_OBJECT

  public:
    //! Provider id, the prefix of its algorithm ids.
    static const QString PROVIDER_ID;

    //! Resource path of the plugin icon.
    static const QString ICON_PATH;

    /**
     * \brief Creates the provider. \a seaLanesFolder holds marnet_plus_20km_seafix.gpkg and
     * port_connectors_20km.geojson (normally `<plugin data folder>/sealanes`); it is read only when an algorithm runs.
     */
    explicit PortSeizureAtlasProvider( const QString &seaLanesFolder, QObject *parent = nullptr );

    //! Returns the folder of the sea-lane network.
    QString seaLanesFolder() const { return mSeaLanesFolder; }

    //! Returns "portseizureatlas".
    QString id() const override;

    //! Returns "Port Seizure Atlas".
    QString name() const override;

    //! Returns the name with what the provider offers.
    QString longName() const override;

    //! Returns the plugin icon, or the generic Processing icon if the plugin resources are not loaded.
    QIcon icon() const override;

    //! Returns the path of the icon returned by icon().
    QString svgIconPath() const override;

  protected:
    //! Adds the provider's algorithms.
    void loadAlgorithms() override;

  private:
    QString mSeaLanesFolder;
};

#endif // PORTSEIZUREATLASPROVIDER_H
