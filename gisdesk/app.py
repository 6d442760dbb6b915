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
from PySide6.QtWidgets import QApplication, QSplashScreen

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
    timing = os.environ.get("GISDESK_TIMING") == "1"
    # a splash while the libraries load (~1 s); not offscreen, where nobody sees it and Qt waits 1 s for the
    # splash window to be exposed, which never happens there
    splash = _splash(app) if app.platformName() != "offscreen" else None
    _mark(timing, "splash")
    from gisdesk.widgets.main_window import MainWindow

    window = MainWindow()
    window.show()
    if splash is not None:
        splash.finish(window)
    _mark(timing, "window")
    sample = default_project_path()
    targets = paths or ([str(sample)] if sample else [])
    screenshot = os.environ.get("GISDESK_SCREENSHOT")
    quit_after_load = os.environ.get("GISDESK_QUIT_AFTER_LOAD") == "1"
    state = {"loaded": False}

    def after_load() -> None:
        state["loaded"] = True
        if screenshot or quit_after_load:
            window.canvas.wait_for_render()  # the first frame with every layer
        if screenshot:
            window.grab().save(screenshot)
        if quit_after_load:
            _mark(timing, f"drawn layers={len(window.project.layers)} all")
            app.quit()

    if timing:  # benchmarks/render.py reads these lines to time the first frames from process start
        window.canvas.rendered.connect(
            lambda _s: _mark(True, f"drawn layers={len(window.project.layers)}"
                                   f"{' all' if state['loaded'] else ''}"))
    window.loaded.connect(after_load, Qt.ConnectionType.QueuedConnection)
    if targets:
        window.open_paths(targets)
    elif quit_after_load:
        return 0
    return app.exec()


def _splash(app: QApplication) -> QSplashScreen:
    """A plain splash: the name and "starting…", drawn with Qt alone (nothing heavy is imported yet)."""
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    pixmap = QPixmap(420, 160)
    pixmap.fill(QColor(33, 64, 96))
    p = QPainter(pixmap)
    p.setPen(QColor(255, 255, 255))
    font = QFont(app.font())
    font.setPointSize(24)
    font.setBold(True)
    p.setFont(font)
    p.drawText(24, 70, "gisdesk")
    font.setPointSize(11)
    font.setBold(False)
    p.setFont(font)
    p.drawText(24, 110, QCoreApplication.translate("app", "Starting…"))
    p.end()
    splash = QSplashScreen(pixmap)
    splash.show()
    app.processEvents()
    return splash


def _mark(enabled: bool, what: str) -> None:
    if enabled:
        print(f"gisdesk-timing: {what}", flush=True)


__all__ = ["default_project_path", "install_translator", "run_gui"]
