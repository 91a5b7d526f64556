"""Shared helpers for the end-to-end checks that run inside the real QGIS (qgis --code).

QGIS runs the check script after start-up; the script reports what it saw as JSON in the
file named by PSA_E2E_RESULT and quits QGIS. The C++ test (teste2eqgisapplication.cpp)
starts QGIS, waits, and asserts on that JSON.
"""
import json
import os
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QListView
from qgis.utils import iface

DOCK_TITLE = "Port Seizure Atlas"
DOCK_OBJECT_NAME = "PortSeizureAtlasDock"
ACTION_OBJECT_NAME = "PortSeizureAtlasToggleDockAction"
MENU_TITLE = "&Port Seizure Atlas"
SEALANE_ALGORITHM_ID = "portseizureatlas:sealaneroutes"


def plugin_docks():
    """The plugin's docks in the main window, matched by their title."""
    return [d for d in iface.mainWindow().findChildren(QDockWidget) if d.windowTitle() == DOCK_TITLE]


def toolbar_actions():
    """The plugin's actions on the Plugins toolbar."""
    return [a for a in iface.pluginToolBar().actions() if a.objectName() == ACTION_OBJECT_NAME]


def menu_actions():
    """The plugin's actions under Plugins > Port Seizure Atlas."""
    found = []
    for entry in iface.pluginMenu().actions():
        if entry.menu() is not None and entry.menu().title() == MENU_TITLE:
            found += [a for a in entry.menu().actions() if a.objectName() == ACTION_OBJECT_NAME]
    return found


def plugin_menus():
    """The Plugins > Port Seizure Atlas submenus (there must never be more than one)."""
    return [e.menu() for e in iface.pluginMenu().actions() if e.menu() is not None and e.menu().title() == MENU_TITLE]


def plugin_item(dialog):
    """The row of the plugin in the Plugin Manager's list."""
    for view in dialog.findChildren(QListView):
        model = view.model()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        if not hasattr(source, "item"):
            continue
        for row in range(source.rowCount()):
            item = source.item(row)
            if item is not None and item.text() == DOCK_TITLE:
                return item
    return None


def message_bar_texts():
    """Texts of the messages currently in QGIS's message bar."""
    bar = iface.messageBar()
    texts = []
    for item in bar.items():
        texts.append((item.title() or "") + " " + (item.text() or ""))
    return texts


def inventory():
    """What of the plugin is in the window now."""
    return {
        "docks": len(plugin_docks()),
        "dock_object_names": [d.objectName() for d in plugin_docks()],
        "toolbar_actions": len(toolbar_actions()),
        "menu_actions": len(menu_actions()),
        "menus": len(plugin_menus()),
        "layers": len(QgsProject.instance().mapLayers()),
        "processing_providers": 1 if QgsApplication.processingRegistry().providerById("portseizureatlas") else 0,
        "sealane_algorithm": 1 if QgsApplication.processingRegistry().algorithmById(SEALANE_ALGORITHM_ID) else 0,
    }


def run_check(check, delay_ms=1500):
    """Runs check() once QGIS is idle, writes its dict as JSON and quits QGIS."""

    def wrapped():
        result = {}
        try:
            result = check() or {}
        except Exception:  # report, never hang QGIS
            result["exception"] = traceback.format_exc()
        with open(os.environ["PSA_E2E_RESULT"], "w", encoding="utf-8") as out:
            json.dump(result, out, indent=1)
        QgsProject.instance().clear()
        QApplication.instance().exit(0)

    QTimer.singleShot(delay_ms, wrapped)
