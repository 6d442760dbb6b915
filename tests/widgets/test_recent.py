"""Recent projects: most recent first, no duplicates, at most 10, missing files pruned; the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from gisdesk.widgets.recent import RecentProjects


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def files(tmp_path):
    out = []
    for i in range(12):
        p = tmp_path / f"dự án {i}.gisdesk"
        p.write_text("{}", encoding="utf-8")
        out.append(str(p))
    return out


def test_most_recent_first_without_duplicates(qapp, settings, files):
    recent = RecentProjects(settings)
    for f in files[:3]:
        recent.add(f)
    assert recent.paths() == [files[2], files[1], files[0]]
    recent.add(files[0])  # opened again: moves to the top
    assert recent.paths() == [files[0], files[2], files[1]]
    recent.add(files[1].replace("dự án 1", "./dự án 1").replace("/./", "/x/../"))  # the same file, spelled otherwise
    assert recent.paths() == [files[1], files[0], files[2]]


def test_at_most_ten(qapp, settings, files):
    recent = RecentProjects(settings)
    for f in files:
        recent.add(f)
    assert recent.paths() == files[::-1][:10]


def test_missing_files_are_pruned_and_kept_in_the_settings(qapp, settings, files, tmp_path):
    recent = RecentProjects(settings)
    for f in files[:3]:
        recent.add(f)
    (tmp_path / "dự án 1.gisdesk").unlink()
    assert recent.paths() == [files[2], files[0]]
    again = RecentProjects(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert again.paths() == [files[2], files[0]]  # persisted, in the INI file


def test_one_item_and_empty_lists_survive_the_ini_file(qapp, settings, files, tmp_path):
    recent = RecentProjects(settings)
    recent.add(files[0])
    assert RecentProjects(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).paths() == [
        files[0]]
    recent.remove(files[0])
    assert recent.paths() == []
    recent.add(files[3])
    recent.clear()
    assert RecentProjects(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)).paths() == []


def test_changed_signal(qtbot, settings, files):
    recent = RecentProjects(settings)
    with qtbot.waitSignal(recent.changed) as blocker:
        recent.add(files[0])
    assert blocker.args == [[files[0]]]


def test_menu(qtbot, settings, files, tmp_path):
    recent = RecentProjects(settings)
    opened = []
    menu = recent.make_menu(opened.append)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == ["(no recent projects)", "&Clear List"]
    recent.add(files[0])
    recent.add(files[1])
    menu.aboutToShow.emit()  # refreshed each time it opens
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["&1 dự án 1.gisdesk", "&2 dự án 0.gisdesk", "&Clear List"]
    assert actions[0].toolTip() == files[1]
    actions[1].trigger()
    assert opened == [files[0]]
    actions[2].trigger()
    assert recent.paths() == []
    target = QMenu()
    recent.populate_menu(target, opened.append)
    assert not next(a for a in target.actions() if a.text() == "&Clear List").isEnabled()
