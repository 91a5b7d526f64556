/***************************************************************************
  testsealanenetworkcache.cpp
  Port Seizure Atlas: the network is read once per process, shared, and read again only when a file changes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/

#include "routingtestutils.h"
#include "sealanenetwork.h"
#include "sealanenetworkcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>
#include <vector>

using namespace RoutingTestUtils;

class TestSeaLaneNetworkCache : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase();
    void secondRequestDoesNotReadTheFiles();
    void changedFileIsReadAgain();
    void threadsShareOneLoad();
    void failedLoadIsNotKept();

  private:
    //! Copies the shipped network files into a new folder \a name of the temporary directory.
    QString copyOfShippedFolder( const QString &name );

    QTemporaryDir mTempDir;
};

QString TestSeaLaneNetworkCache::copyOfShippedFolder( const QString &name )
{
  const QString folder = mTempDir.filePath( name );
  if ( !QDir().mkpath( folder ) )
    return QString();
  const QDir target( folder );
  if ( !QFile::copy( networkPath(), target.filePath( SeaLaneNetwork::NETWORK_FILE_NAME ) ) ||
       !QFile::copy( connectorsPath(), target.filePath( SeaLaneNetwork::CONNECTORS_FILE_NAME ) ) )
    return QString();
  return folder;
}

void TestSeaLaneNetworkCache::initTestCase()
{
  QVERIFY( mTempDir.isValid() );
}

void TestSeaLaneNetworkCache::secondRequestDoesNotReadTheFiles()
{
  const QString folder = copyOfShippedFolder( QStringLiteral( "once" ) );
  QVERIFY( !folder.isEmpty() );
  const int loadsBefore = SeaLaneNetworkCache::loadCount();
  const std::shared_ptr<const SeaLaneNetwork> first = SeaLaneNetworkCache::network( folder );
  QVERIFY2( first->isValid(), qPrintable( first->error() ) );
  QCOMPARE( SeaLaneNetworkCache::loadCount(), loadsBefore + 1 );

  // the second request gets the same network without reading: it still comes when the files cannot be read
  QFile::setPermissions( QDir( folder ).filePath( SeaLaneNetwork::NETWORK_FILE_NAME ), QFileDevice::Permissions() );
  const std::shared_ptr<const SeaLaneNetwork> second = SeaLaneNetworkCache::network( folder );
  QCOMPARE( second.get(), first.get() );
  QCOMPARE( SeaLaneNetworkCache::loadCount(), loadsBefore + 1 );
  QFile::setPermissions( QDir( folder ).filePath( SeaLaneNetwork::NETWORK_FILE_NAME ),
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner );
}

void TestSeaLaneNetworkCache::changedFileIsReadAgain()
{
  const QString folder = copyOfShippedFolder( QStringLiteral( "changed" ) );
  QVERIFY( !folder.isEmpty() );
  const std::shared_ptr<const SeaLaneNetwork> before = SeaLaneNetworkCache::network( folder );
  QVERIFY2( before->isValid(), qPrintable( before->error() ) );
  const int loads = SeaLaneNetworkCache::loadCount();

  // a connectors file with one port less, written later
  const QString connectors = QDir( folder ).filePath( SeaLaneNetwork::CONNECTORS_FILE_NAME );
  QCOMPARE( writeTestConnectors( connectors, { { QStringLiteral( "AAAAA" ),
                                                 QStringLiteral( "A" ),
                                                 { QPointF( -9.5, 38.5 ), before->nodePosition( 0 ) } } } ),
            true );
  QFile file( connectors );
  QVERIFY( file.open( QIODevice::ReadWrite ) );
  QVERIFY( file.setFileTime( QDateTime::currentDateTime().addSecs( 5 ), QFileDevice::FileModificationTime ) );
  file.close();

  const std::shared_ptr<const SeaLaneNetwork> after = SeaLaneNetworkCache::network( folder );
  QCOMPARE( SeaLaneNetworkCache::loadCount(), loads + 1 );
  QVERIFY2( after->isValid(), qPrintable( after->error() ) );
  QCOMPARE( after->portCodes(), QStringList( { QStringLiteral( "AAAAA" ) } ) );
  // who still holds the old network keeps it, unchanged
  QCOMPARE( before->portCodes().size(), 108 );
}

void TestSeaLaneNetworkCache::threadsShareOneLoad()
{
  const QString folder = copyOfShippedFolder( QStringLiteral( "threads" ) );
  QVERIFY( !folder.isEmpty() );
  const int loads = SeaLaneNetworkCache::loadCount();
  std::vector<std::shared_ptr<const SeaLaneNetwork>> networks( 4 );
  std::vector<std::thread> threads;
  for ( std::size_t i = 0; i < networks.size(); ++i )
    threads.emplace_back( [&networks, i, folder] { networks[i] = SeaLaneNetworkCache::network( folder ); } );
  for ( std::thread &thread : threads )
    thread.join();
  QCOMPARE( SeaLaneNetworkCache::loadCount(), loads + 1 );
  for ( const std::shared_ptr<const SeaLaneNetwork> &network : networks )
    QCOMPARE( network.get(), networks[0].get() );
  QVERIFY( networks[0]->isValid() );
}

void TestSeaLaneNetworkCache::failedLoadIsNotKept()
{
  const QString folder = mTempDir.filePath( QStringLiteral( "empty" ) );
  QVERIFY( QDir().mkpath( folder ) );
  const std::shared_ptr<const SeaLaneNetwork> missing = SeaLaneNetworkCache::network( folder );
  QVERIFY( !missing->isValid() );
  QVERIFY2( missing->error().contains( SeaLaneNetwork::NETWORK_FILE_NAME ) &&
                missing->error().contains( QStringLiteral( "not found" ) ),
            qPrintable( missing->error() ) );

  // a land file that cannot be read fails the load with its name
  const QString noLand = mTempDir.filePath( QStringLiteral( "no-land.gpkg" ) );
  const std::shared_ptr<const SeaLaneNetwork> withoutLand = SeaLaneNetworkCache::network(
      copyOfShippedFolder( QStringLiteral( "land" ) ), noLand, QStringLiteral( "countries" ) );
  QVERIFY( !withoutLand->isValid() );
  QVERIFY2( withoutLand->error().contains( noLand ), qPrintable( withoutLand->error() ) );

  // once the files are there, the next request loads them
  QVERIFY( QFile::copy( networkPath(), QDir( folder ).filePath( SeaLaneNetwork::NETWORK_FILE_NAME ) ) );
  QVERIFY( QFile::copy( connectorsPath(), QDir( folder ).filePath( SeaLaneNetwork::CONNECTORS_FILE_NAME ) ) );
  QVERIFY( SeaLaneNetworkCache::network( folder )->isValid() );
}

QTEST_GUILESS_MAIN( TestSeaLaneNetworkCache )
#include "testsealanenetworkcache.moc"
