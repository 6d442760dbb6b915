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

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from gisdesk.core import i18n


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Load the UI language: ``lang``, else $GISDESK_LANG, else Vietnamese. Returns the language used.

    English is the source language (no file); Vietnamese comes from ``gisdesk/i18n/gisdesk_vi.qm``.
    The Qt-free model's ``tr()`` is routed to Qt's translator too.
    """
    from gisdesk.i18n import LANGUAGES, qm_path

    lang = (lang or os.environ.get("GISDESK_LANG") or "vi").lower()[:2]
    if lang not in LANGUAGES:
        lang = "vi"
    qm = qm_path(lang)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
    i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
    return lang


def default_project_path() -> Path | None:
    """The bundled Huế sample project, when gisdesk runs from a checkout."""
    candidate = Path(__file__).resolve().parents[1] / "sample_data" / "hue_sample.gisdesk"
    return candidate if candidate.exists() else None


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window on ``argv`` (a project or data files), or on the Huế sample project.

    Two environment variables serve smoke tests and screenshots: ``GISDESK_QUIT_AFTER_LOAD=1`` quits
    once loading has finished, and ``GISDESK_SCREENSHOT=FILE.png`` grabs the window to a PNG first.
    """
    argv = list(argv)
    lang = None
    if "--lang" in argv:
        i = argv.index("--lang")
        lang = argv[i + 1] if i + 1 < len(argv) else None
        del argv[i : i + 2]
    paths = [os.fspath(a) for a in argv if not a.startswith("-")]
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in argv if a.startswith("-")]])
    app.setApplicationName("gisdesk")
    app.setOrganizationName("gisdesk")
    install_translator(app, lang)
    from gisdesk.widgets.main_window import MainWindow

    window = MainWindow()
    window.show()
    sample = default_project_path()
    targets = paths or ([str(sample)] if sample else [])
    screenshot = os.environ.get("GISDESK_SCREENSHOT")
    quit_after_load = os.environ.get("GISDESK_QUIT_AFTER_LOAD") == "1"

    def after_load() -> None:
        if screenshot or quit_after_load:
            window.canvas.wait_for_render()  # the first frame
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


__all__ = ["default_project_path", "install_translator", "run_gui"]
