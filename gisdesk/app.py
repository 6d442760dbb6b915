"""The desktop entry point: a QApplication and the main window.

This is the plain window of the foundation issue: it opens projects and files in a worker thread,
lists the layers with their visibility, and shows each import report. The map canvas, attribute table
and styling arrive with the app issue (widgets/).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from gisdesk.core import i18n


def _install_translator() -> None:
    i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))


def default_project_path() -> Path | None:
    """The bundled Huế sample project, when gisdesk runs from a checkout."""
    candidate = Path(__file__).resolve().parents[1] / "sample_data" / "hue_sample.gisdesk"
    return candidate if candidate.exists() else None


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window on ``argv`` (a project or data files), or on the Huế sample project.

    Two environment variables serve smoke tests and screenshots: ``GISDESK_QUIT_AFTER_LOAD=1`` quits
    once loading has finished, and ``GISDESK_SCREENSHOT=FILE.png`` grabs the window to a PNG first.
    """
    paths = [os.fspath(a) for a in argv if not a.startswith("-")]
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in argv if a.startswith("-")]])
    app.setApplicationName("gisdesk")
    app.setOrganizationName("gisdesk")
    _install_translator()
    from gisdesk.widgets.main_window import MainWindow

    window = MainWindow()
    window.show()
    sample = default_project_path()
    targets = paths or ([str(sample)] if sample else [])
    screenshot = os.environ.get("GISDESK_SCREENSHOT")
    quit_after_load = os.environ.get("GISDESK_QUIT_AFTER_LOAD") == "1"

    def after_load() -> None:
        if screenshot:
            window.grab().save(screenshot)
        if quit_after_load:
            app.quit()

    window.loaded.connect(after_load, Qt.ConnectionType.QueuedConnection)
    if targets:
        window.open_paths(targets)
    elif quit_after_load:
        return 0
    return app.exec()


__all__ = ["default_project_path", "run_gui"]
