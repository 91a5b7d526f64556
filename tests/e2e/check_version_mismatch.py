"""End-to-end: in a QGIS of another major.minor version (simulated through
PSA_SIMULATE_QGIS_VERSION_INT) the plugin says so in the message bar and adds nothing.
Run by qgis --code."""
import os
import sys

sys.path.insert(0, os.environ["PSA_E2E_DIR"])
import e2e_common as e2e  # noqa: E402


def check():
    return {"at_start": e2e.inventory(), "messages": e2e.message_bar_texts()}


e2e.run_check(check)
