/***************************************************************************
  testqgisversioncompatibility.cpp
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "qgisversioncompatibility.h"

#include <QtTest>

/**
 * \brief The plugin runs only in the QGIS major.minor it was built for, and says so clearly.
 */
class TestQgisVersionCompatibility : public QObject
{
    Q_OBJECT

  private slots:
    void compatibility_data();
    void compatibility();
    void messageNamesBothVersions();
};

void TestQgisVersionCompatibility::compatibility_data()
{
  QTest::addColumn<int>( "built" );
  QTest::addColumn<int>( "running" );
  QTest::addColumn<bool>( "compatible" );
  QTest::newRow( "same release" ) << 32216 << 32216 << true;
  QTest::newRow( "other patch release" ) << 32216 << 32204 << true;
  QTest::newRow( "next minor" ) << 32216 << 32400 << false;
  QTest::newRow( "previous minor" ) << 32216 << 32000 << false;
  QTest::newRow( "QGIS 4" ) << 32216 << 40000 << false;
  QTest::newRow( "same minor, other major" ) << 32216 << 42200 << false;
  QTest::newRow( "unknown running version" ) << 32216 << 0 << false;
}

void TestQgisVersionCompatibility::compatibility()
{
  QFETCH( int, built );
  QFETCH( int, running );
  QFETCH( bool, compatible );
  QCOMPARE( QgisVersionCompatibility::isCompatible( built, running ), compatible );
}

void TestQgisVersionCompatibility::messageNamesBothVersions()
{
  QCOMPARE( QgisVersionCompatibility::versionString( 32216 ), QStringLiteral( "3.22.16" ) );
  QCOMPARE( QgisVersionCompatibility::versionString( 40002 ), QStringLiteral( "4.0.2" ) );
  const QString message =
      QgisVersionCompatibility::incompatibilityMessage( QStringLiteral( "Port Seizure Atlas" ), 32216, 33400 );
  QVERIFY2( message.contains( QLatin1String( "Port Seizure Atlas" ) ), qPrintable( message ) );
  QVERIFY2( message.contains( QLatin1String( "3.22.16" ) ), qPrintable( message ) );
  QVERIFY2( message.contains( QLatin1String( "3.34.0" ) ), qPrintable( message ) );
}

QTEST_GUILESS_MAIN( TestQgisVersionCompatibility )
#include "testqgisversioncompatibility.moc"
