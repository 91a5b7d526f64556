"""End-to-end: Print… in the panel of the real QGIS. The dialog asks for a file, the layout
appears in the project's Layout Manager, the export runs as a background task while the window
keeps processing events, and the PDF is written. Run by qgis --code."""
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402

from qgis.core import QgsApplication, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QTimer  # noqa: E402
from qgis.PyQt.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QSpinBox, QToolButton  # noqa: E402


def fill_print_dialog(output, seen):
    """Answers the modal Print dialog once it is open: notes how it opened, then the output file and Print."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            edit = widget.findChild(QLineEdit, "outputFileEdit")
            if edit is not None:
                seen["dialog_title"] = widget.windowTitle()
                proposed = edit.text()
                seen["proposed_file"] = proposed
                seen["proposed_folder_exists"] = os.path.isdir(os.path.dirname(proposed))
                ok = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == "Print"]
                seen["print_enabled_at_open"] = bool(ok and ok[0].isEnabled())
                dpi = widget.findChild(QSpinBox, "dpiSpin")
                seen["dpi_shown_for_pdf"] = bool(dpi and dpi.isVisibleTo(widget))
                edit.setText(output[:-4] + ".png")
                seen["dpi_shown_for_png"] = bool(dpi and dpi.isVisibleTo(widget))
                edit.setText(output)
                widget.accept()
                return
    QTimer.singleShot(100, lambda: fill_print_dialog(output, seen))


def check():
    output = os.environ["PSA_E2E_PRINT_OUT"]
    result = {}
    dock = e2e.plugin_docks()[0]
    dock.show()
    add = [a for m in e2e.plugin_menus() for a in m.actions() if a.objectName() == "PortSeizureAtlasAddLayersAction"]
    add[0].trigger()
    QApplication.processEvents()
    button = dock.findChild(QToolButton, "printButton")
    result["print_button_visible"] = bool(button and button.isVisible())
    seen = {}
    QTimer.singleShot(100, lambda: fill_print_dialog(output, seen))
    button.click()  # opens the modal dialog; fill_print_dialog answers it
    result["dialog_title"] = seen.get("dialog_title")
    result["layouts"] = [layout.name() for layout in QgsProject.instance().layoutManager().printLayouts()]
    result["active_tasks_after_click"] = QgsApplication.taskManager().countActiveTasks()
    events_while_printing = 0
    deadline = time.time() + 120
    while QgsApplication.taskManager().countActiveTasks() > 0 and time.time() < deadline:
        QApplication.processEvents()
        events_while_printing += 1
        time.sleep(0.02)
    QApplication.processEvents()
    result["event_rounds_while_printing"] = events_while_printing
    result["pdf_size"] = os.path.getsize(output) if os.path.exists(output) else 0
    for key in ("proposed_file", "proposed_folder_exists", "print_enabled_at_open", "dpi_shown_for_pdf", "dpi_shown_for_png"):
        result[key] = seen.get(key)
    if result["pdf_size"]:
        # poppler reads every page; what it says on stderr are syntax errors in the PDF.
        with tempfile.TemporaryDirectory() as folder:
            drawn = subprocess.run(["pdftoppm", "-r", "20", output, os.path.join(folder, "page")], capture_output=True, text=True)
        result["poppler_complaints"] = drawn.stderr.strip()[:2000]
    result["messages"] = e2e.message_bar_texts()
    return result


e2e.run_check(check)
