/***************************************************************************
  importeddataactions.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef IMPORTEDDATAACTIONS_H
#define IMPORTEDDATAACTIONS_H

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QgisInterface;

/**
 * \brief The plugin menu entries for analysts' own data: "Import seizure events…" (the wizard),
 * "Add my seizure data (GeoPackage)…" and "Add my seizure data (PostGIS)…". Created by the
 * plugin's initGui(); destroying it removes the entries again.
 */
class ImportedDataActions : public QObject
{
    Q_OBJECT

  public:
    /**
     * \brief Adds the entries to the plugin menu \a menuName of \a iface; imports match ports in
     * the atlas GeoPackage \a atlasGeoPackage.
     */
    ImportedDataActions( QgisInterface *iface, const QString &menuName, const QString &atlasGeoPackage,
                         QObject *parent = nullptr );

    //! \brief Removes the entries.
    ~ImportedDataActions() override;

    ImportedDataActions( const ImportedDataActions & ) = delete;
    ImportedDataActions &operator=( const ImportedDataActions & ) = delete;

  private slots:
    void openImportWizard();
    void addGeoPackage();
    void addPostgres();

  private:
    void report( const QStringList &errors, int added, const QStringList &notes = QStringList() );

    QgisInterface *mIface = nullptr;
    QString mMenuName;
    QString mAtlasGeoPackage;
    QPointer<QAction> mImportAction;
    QPointer<QAction> mAddGeoPackageAction;
    QPointer<QAction> mAddPostgresAction;
};

#endif // IMPORTEDDATAACTIONS_H
