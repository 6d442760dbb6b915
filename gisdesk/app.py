"""The desktop entry point: a QApplication and the main window.

This is the plain window of the foundation issue: it opens projects and files in a worker thread,
lists the layers with their visibility, and shows each import report. The map canvas, attribute table
and styling arrive with the app issue (widgets/).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QSplashScreen

from gisdesk.core import i18n
from gisdesk.core.sample import default_project_path


def install_translator(app: QCoreApplication, lang: str | None = None, settings: QSettings | None = None) -> str:
    """Load the UI language and return it ("vi" or "en").

    The language is ``lang`` (``--lang``), else $GISDESK_LANG, else the one saved in Settings (``settings``, by
    default the user's profile), else the system locale's: Vietnamese or English, and Vietnamese for any other
    language (the city's desks work in Vietnamese). English is the source language (no file); Vietnamese comes
    from ``gisdesk/i18n/gisdesk_vi.qm`` and, for Qt's own buttons and dialogs, ``qtbase_vi.qm``. The Qt-free
    model's ``tr()`` is routed to Qt's translator too, and numbers and dates follow the language
    (``gisdesk.settings.fmt_number`` and the default QLocale).
    """
    from gisdesk.i18n import qm_path, qt_qm_path
    from gisdesk.settings import Settings, resolve_language, set_ui_language

    env = os.environ.get("GISDESK_LANG")
    saved = None
    if not _known(lang) and not _known(env):  # the profile is read only when it decides
        saved = Settings(settings).language
    lang = resolve_language(lang, env, saved)
    for qm in (qm_path(lang), qt_qm_path(lang)):
        if qm is not None:
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
    i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
    set_ui_language(lang)
    return lang


def _known(lang: str | None) -> bool:
    return (lang or "").strip().lower()[:2] in ("vi", "en")


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window on ``argv`` (a project or data files); with none, the window shows its start page
    (recent projects, the Huế sample, import data, a short how-to).

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
    from gisdesk.settings import Settings, apply_proxy

    apply_proxy(Settings())  # every feed and tile request of this process follows the proxy setting
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
    targets = paths
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
    else:  # the start page
        if screenshot:
            app.processEvents()
            window.grab().save(screenshot)
        if quit_after_load:
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
