"""Make the user guide's pictures from the real app: ``.venv/bin/python tools/help_screenshots.py [vi|en ...]``.

A developer tool beside the package (it drives the whole window, so it lives outside ``gisdesk/``).

For each language, in a fresh process (one translator each): the main window with the Huế sample project
(``<lang>/window.png``) and the start page (``<lang>/start.png``), grabbed at 1280×800, scaled to 960 px wide and
stored with a 256-colour palette so each PNG stays small (about 100 KB). Runs headless
(``QT_QPA_PLATFORM=offscreen`` is set when no display is named). Nothing is written outside ``gisdesk/help``
except a temporary settings file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from gisdesk.help import HELP_DIR, LANGUAGES

SIZE = (1280, 800)
WIDTH = 960


def _save(image: object, path: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    small = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    small = small.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
                                  | Qt.ImageConversionFlag.PreferDither)
    tmp = path.with_suffix(".tmp.png")
    if not small.save(str(tmp), "PNG", 0):
        raise OSError(f"could not write {tmp}")
    tmp.replace(path)
    return path.stat().st_size


def _one_language(lang: str) -> None:
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication, QStackedWidget

    from gisdesk.app import default_project_path, install_translator
    from gisdesk.core.project import Project

    app = QApplication([sys.argv[0]])
    install_translator(app, lang)
    QLocale.setDefault(QLocale("vi_VN" if lang == "vi" else "en_GB"))
    from gisdesk.widgets.main_window import MainWindow
    from gisdesk.widgets.start_page import StartPage

    sample = default_project_path()
    if sample is None:
        raise SystemExit("the Huế sample project is not here (sample_data/hue_sample.gisdesk)")
    out = HELP_DIR / lang
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        missing = "D:/GIS/Dự án cũ/Phường Thuận Hóa 2025.gisdesk"  # moved away: shown greyed
        settings.setValue("recent_projects", [str(sample), missing])

        # the start page, as the window shows it with no project
        window = MainWindow(Project(name="start"), settings=settings)
        window.resize(*SIZE)
        page = getattr(window, "start_page", None)
        if page is None:  # a main window without the start page wired in: show it the way the wiring will
            stack = QStackedWidget()
            window.takeCentralWidget()
            stack.addWidget(window.canvas)
            page = StartPage(window.recent, sample_path=default_project_path)
            stack.addWidget(page)
            stack.setCurrentWidget(page)
            window.setCentralWidget(stack)
            for dock in (window.table_dock, window.report_dock, window.time_dock):
                dock.hide()
        window.show()
        for _ in range(5):
            app.processEvents()
        print(lang, "start.png", _save(window.grab().toImage(), out / "start.png"), "bytes")
        window.project.mark_saved()
        window.close()

        # the main window with the sample project
        window = MainWindow(settings=settings)
        window.resize(*SIZE)
        window.show()
        done = {"loaded": False}
        window.loaded.connect(lambda: done.__setitem__("loaded", True))
        window.open_paths([str(sample)])
        while not done["loaded"]:
            app.processEvents()
        window.canvas.wait_for_render()
        for _ in range(5):
            app.processEvents()
        print(lang, "window.png", _save(window.grab().toImage(), out / "window.png"), "bytes")
        window.project.mark_saved()
        window.close()


def main(argv: list[str]) -> int:
    langs = [a for a in argv if a in LANGUAGES] or list(LANGUAGES)
    if len(langs) == 1:
        _one_language(langs[0])
        return 0
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else env.get("QT_QPA_PLATFORM", ""))
    for lang in langs:  # one process per language: a fresh QApplication and translator
        subprocess.run([sys.executable, __file__, lang], env=env, check=True)
    return 0


if __name__ == "__main__":
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    raise SystemExit(main(sys.argv[1:]))
