/***************************************************************************
  portgazetteer.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef PORTGAZETTEER_H
#define PORTGAZETTEER_H

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * \brief The ports of the atlas, looked up by UN/LOCODE or by name as analysts write them.
 *
 * A value matches a port when it is the port's UN/LOCODE (case and one inner space ignored),
 * its name, or the name without or within its parentheses ("Marseille-Fos (Fos-sur-Mer)"),
 * UN/LOCODE's local name or a common exonym (PortNames), compared after
 * TextNormalizer::foldForMatching (so with or without diacritics). A name two ports share is
 * ambiguous and matches none. For a value that matches nothing, suggestions() lists the nearest names.
 */
class PortGazetteer
{
  public:
    //! \brief One port of the atlas.
    struct Port
    {
        //! Name as in the atlas.
        QString name;
        //! UN/LOCODE, e.g. BEANR.
        QString locode;
        //! ISO 3166-1 alpha-2 code of the port's country.
        QString countryIso2;
        //! Latitude (EPSG:4326); NaN when unknown.
        double latitude = 0;
        //! Longitude (EPSG:4326); NaN when unknown.
        double longitude = 0;
    };

    //! \brief Outcome of a lookup.
    struct Match
    {
        //! The port found, or nullptr.
        const Port *port = nullptr;
        //! UN/LOCODEs of the ports sharing the name when the name is ambiguous.
        QStringList ambiguousLocodes;
        //! How the port was found: "UN/LOCODE", "name", "UN/LOCODE local name Göteborg", "exonym (fr) Anvers".
        QString kind;
    };

    //! \brief Creates a gazetteer of \a ports.
    explicit PortGazetteer( const QVector<Port> &ports = {} );

    /**
     * \brief Reads the table `ports` (name, unlocode, country_iso2 and the point) of the
     * atlas GeoPackage at \a path. Returns an empty gazetteer and sets \a error when it cannot.
     */
    static PortGazetteer fromGeoPackage( const QString &path, QString *error );

    //! \brief Returns the atlas GeoPackage the ports were read from, or an empty string.
    QString geoPackagePath() const { return mGeoPackagePath; }

    //! \brief Returns the number of ports.
    int size() const { return mPorts.size(); }

    //! \brief Returns the port \a text names (UN/LOCODE or name), see the class description.
    Match find( const QString &text ) const;

    //! \brief Returns the port with the UN/LOCODE \a locode, or nullptr.
    const Port *portByLocode( const QString &locode ) const;

    /**
     * \brief Returns up to \a maximum port names and UN/LOCODEs close to \a text ("Antwerpen"
     * → "Antwerp (BEANR)"), nearest first; empty when nothing is close.
     */
    QStringList suggestions( const QString &text, int maximum = 3 ) const;

  private:
    static QString locodeKey( const QString &text );

    QVector<Port> mPorts;
    QString mGeoPackagePath;
    QHash<QString, int> mByLocode;
    QHash<QString, QVector<int>> mByName;
    //! How a name key other than the port's own name was found (PortNames), by key.
    QHash<QString, QString> mOtherNameKinds;
    //! Matching keys of each port's name (same order as mPorts), computed once.
    QVector<QStringList> mNameKeys;
};

#endif // PORTGAZETTEER_H
