"""End-to-end: QGIS started in another language (qgis --lang) shows the plugin in that language:
its dock, its actions and its panel. Reports the texts the analyst reads. Run by qgis --code."""
import os
import sys

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402

from qgis.PyQt.QtWidgets import QAction, QApplication, QDockWidget, QLabel  # noqa: E402
from qgis.utils import iface  # noqa: E402


def check():
    window = iface.mainWindow()
    result = {}
    add = window.findChildren(QAction, "PortSeizureAtlasAddLayersAction")
    result["add_layers_text"] = add[0].text() if add else None
    docks = [d for d in window.findChildren(QDockWidget) if d.objectName() == "PortSeizureAtlasDock"]
    if docks:
        dock = docks[0]
        dock.show()
        QApplication.processEvents()
        result["dock_title"] = dock.windowTitle()
        result["dock_labels"] = [label.text() for label in dock.findChildren(QLabel) if label.text()]
    result["messages"] = e2e.message_bar_texts()
    return result


e2e.run_check(check)
