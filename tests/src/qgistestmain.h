/***************************************************************************
  qgistestmain.h
  Port Seizure Atlas — SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef QGISTESTMAIN_H
#define QGISTESTMAIN_H

#include <QDir>
#include <QtTest>
#include <qgsapplication.h>

/**
 * \brief main() for a headless QtTest that needs QGIS: creates the QgsApplication with a
 * throw-away settings folder (PSA_TEST_PROFILE, set by CMake), initialises QGIS, runs the test
 * object and exits QGIS. Every QGIS test file ends with PSA_QGIS_TEST_MAIN( TestClass ).
 */
#define PSA_QGIS_TEST_MAIN( TestObject )                                                                               \
  int main( int argc, char *argv[] )                                                                                   \
  {                                                                                                                    \
    const QString profile = qEnvironmentVariable( "PSA_TEST_PROFILE", QDir::tempPath() );                              \
    QDir().mkpath( profile );                                                                                          \
    QgsApplication app( argc, argv, false, profile );                                                                  \
    QgsApplication::init( profile );                                                                                   \
    QgsApplication::initQgis();                                                                                        \
    int result = 0;                                                                                                    \
    {                                                                                                                  \
      TestObject test;                                                                                                 \
      app.setAttribute( Qt::AA_Use96Dpi, true );                                                                       \
      result = QTest::qExec( &test, argc, argv );                                                                      \
    }                                                                                                                  \
    QgsApplication::exitQgis();                                                                                        \
    return result;                                                                                                     \
  }

#endif // QGISTESTMAIN_H
