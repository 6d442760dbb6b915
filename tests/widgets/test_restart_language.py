"""Settings > Language: the window offers to restart in the new language, keeping the project."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QProcess, QSettings
from PySide6.QtWidgets import QMessageBox

from gisdesk.core.project import Project
from gisdesk.settings import Settings, restart_command
from gisdesk.widgets.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def started(monkeypatch):
    calls: list[list[str]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: calls.append([program, *args]) or True)
    return calls


def _window(qtbot, tmp_path, language: str) -> MainWindow:
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    Settings(store).update({"language": language})
    win = MainWindow(Project(name="t"), settings=store)
    qtbot.addWidget(win)
    return win


def test_restart_command_runs_this_python_or_the_frozen_program(tmp_path, monkeypatch):
    assert restart_command("en", tmp_path / "a.gisdesk") == [
        sys.executable, "-m", "gisdesk", "--lang", "en", str(tmp_path / "a.gisdesk")]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command("vi") == [sys.executable, "--lang", "vi"]


def test_a_new_language_offers_a_restart_on_the_saved_project(qtbot, tmp_path, monkeypatch, started):
    win = _window(qtbot, tmp_path, "vi")  # the UI runs in English in the tests
    win.project.save(tmp_path / "p.gisdesk")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, title, *a, **k: asked.append(title) or QMessageBox.StandardButton.Yes)
    win.show()
    assert win.offer_restart_for_language()
    assert asked == ["Restart gisdesk?"]  # no "unsaved changes" question: the project is saved
    assert started == [[sys.executable, "-m", "gisdesk", "--lang", "vi", str(tmp_path / "p.gisdesk")]]
    assert not win.isVisible()


def test_later_keeps_the_window_and_the_same_language_asks_nothing(qtbot, tmp_path, monkeypatch, started):
    win = _window(qtbot, tmp_path, "vi")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    win.show()
    assert not win.offer_restart_for_language() and win.isVisible() and started == []
    same = _window(qtbot, tmp_path / "en", "en")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked about the same language"))
    assert not same.offer_restart_for_language()


def test_cancelling_the_save_question_cancels_the_restart(qtbot, tmp_path, monkeypatch, started):
    win = _window(qtbot, tmp_path, "vi")
    win.project.set_layouts([{"name": "A4"}])
    assert win.project.modified
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    win.show()
    assert not win.offer_restart_for_language()
    assert started == [] and win.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)  # teardown
