"""The plain main window: opens the sample project in a worker and lists its layers (qtbot)."""

from __future__ import annotations

import pytest

from gisdesk.core.project import Project


@pytest.fixture
def window(qtbot):
    from gisdesk.widgets.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def test_opens_sample_project(window, qtbot, sample_data):
    project_file = sample_data / "hue_sample.gisdesk"
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_paths([str(project_file)])
    expected = Project.load(project_file)
    assert window.project.path == project_file.absolute()
    assert window.project.load_problems == []
    names = [window.layer_list.item(i).text() for i in range(window.layer_list.count())]
    assert names == list(reversed(expected.layers.names()))  # top layer first
    assert "gisdesk" in window.windowTitle()
    # toggling a row hides the layer in the model
    from PySide6.QtCore import Qt

    item = window.layer_list.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert window.project.layers[-1].visible is False
    assert window.project.modified and window.windowTitle().startswith("*")


def test_bad_file_shows_message_and_keeps_running(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.shp"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.open_paths([str(bad)])
    assert shown and "empty" in shown[0] and str(bad) in shown[0]
    assert window.layer_list.count() == 0


def test_gisdesk_command_opens_the_sample_and_quits(tmp_path, sample_data):
    """`gisdesk PROJECT` as a user runs it (offscreen), with a screenshot of the window."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    shot = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GISDESK_QUIT_AFTER_LOAD="1", GISDESK_SCREENSHOT=str(shot))
    proc = subprocess.run([sys.executable, "-m", "gisdesk", str(sample_data / "hue_sample.gisdesk")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600
