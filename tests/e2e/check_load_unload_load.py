"""End-to-end: load -> unload -> load through QGIS's own Plugin Manager.

Unticking the plugin in Plugins > Manage and Install Plugins makes QGIS call the plugin's
unload(); ticking it again loads a fresh instance. After each step the script counts the
plugin's docks, menu entries and toolbar buttons. Run by qgis --code."""
import os
import sys

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402

from qgis.PyQt.QtCore import Qt, QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication  # noqa: E402
from qgis.utils import iface  # noqa: E402

result = {}


def toggle_in_plugin_manager():
    dialog = QApplication.activeModalWidget()
    result["plugin_manager_title"] = dialog.windowTitle() if dialog else None
    item = e2e.plugin_item(dialog) if dialog else None
    result["found_in_plugin_manager"] = item is not None
    if item is not None:
        result["checked_at_start"] = item.checkState() == Qt.Checked
        item.setCheckState(Qt.Unchecked)
        QApplication.processEvents()
        result["after_unload"] = e2e.inventory()
        item.setCheckState(Qt.Checked)
        QApplication.processEvents()
        result["after_reload"] = e2e.inventory()
        item.setCheckState(Qt.Unchecked)
        QApplication.processEvents()
        item.setCheckState(Qt.Checked)
        QApplication.processEvents()
        result["after_second_reload"] = e2e.inventory()
    if dialog:
        dialog.reject()


def check():
    result["at_start"] = e2e.inventory()
    QTimer.singleShot(500, toggle_in_plugin_manager)
    # exec()s the (modal) Plugin Manager; returns when toggle_in_plugin_manager() closes it.
    iface.pluginManagerInterface().showPluginManager()
    result["messages"] = e2e.message_bar_texts()
    return result


e2e.run_check(check)
