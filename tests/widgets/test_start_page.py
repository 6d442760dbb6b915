"""The start page: recent projects from QSettings (missing ones greyed), one signal per way in, the sample button
follows whether the sample is installed, and the page fits a small screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QScrollArea

from gisdesk.widgets.recent import RecentProjects
from gisdesk.widgets.start_page import DETAIL_ROLE, EXISTS_ROLE, PATH_ROLE, StartPage


@pytest.fixture
def recent(tmp_path):
    return RecentProjects(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def projects(tmp_path, recent):
    """Two saved projects and one whose file was moved away, most recent first: b, gone, a."""
    folder = tmp_path / "Dự án"
    folder.mkdir()
    a, b = folder / "Phường An Cựu.gisdesk", folder / "Ngập lụt 2024.gisdesk"
    for p in (a, b):
        p.write_text("{}", encoding="utf-8")
    gone = tmp_path / "cũ" / "Thuận Hóa.gisdesk"
    recent.settings.setValue(recent.key, [str(b), str(gone), str(a)])  # as stored by earlier sessions
    return a, b, gone


def _page(qtbot, recent, **kw) -> StartPage:
    page = StartPage(recent, **kw)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_lists_recent_projects_and_greys_a_missing_one(qtbot, recent, projects):
    a, b, gone = projects
    page = _page(qtbot, recent)
    items = [page.recent_list.item(i) for i in range(page.recent_list.count())]
    assert [i.text() for i in items] == ["Ngập lụt 2024", "Thuận Hóa", "Phường An Cựu"]
    assert [i.data(PATH_ROLE) for i in items] == [str(b), str(gone), str(a)]
    assert [bool(i.flags() & Qt.ItemFlag.ItemIsEnabled) for i in items] == [True, False, True]
    assert [i.data(EXISTS_ROLE) for i in items] == [True, False, True]
    assert str(gone) in items[1].toolTip() and "no longer there" in items[1].toolTip()
    assert str(b.parent) in items[0].data(DETAIL_ROLE) and "saved" in items[0].data(DETAIL_ROLE)
    assert page.recent_list.isVisible() and not page.no_recent.isVisible()


def test_clicking_a_project_opens_it_but_not_a_missing_one(qtbot, recent, projects):
    a, _b, _gone = projects
    page = _page(qtbot, recent)
    view = page.recent_list
    with qtbot.waitSignal(page.open_project, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(2)).center())
    assert blocker.args == [str(a)]
    with qtbot.assertNotEmitted(page.open_project):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(1)).center())


def test_the_list_follows_the_recent_projects(qtbot, recent, projects, tmp_path):
    page = _page(qtbot, recent)
    new = tmp_path / "mới.gisdesk"
    new.write_text("{}", encoding="utf-8")
    recent.add(new)  # the main window does this when a project is opened or saved
    assert page.recent_list.item(0).data(PATH_ROLE) == str(new)
    recent.clear()
    assert page.recent_list.count() == 0
    assert page.no_recent.isVisible() and not page.recent_list.isVisible()


@pytest.mark.parametrize(("button", "signal"), [
    ("sample_button", "open_sample"), ("open_button", "open_dialog"), ("add_button", "add_data"),
    ("requests_button", "import_requests"), ("database_button", "connect_database"), ("help_button", "show_help"),
])
def test_each_button_emits_its_signal(qtbot, recent, tmp_path, button, signal):
    sample = tmp_path / "hue_sample.gisdesk"
    sample.write_text("{}", encoding="utf-8")
    page = _page(qtbot, recent, sample_path=lambda: sample)
    others = [s for s in ("open_sample", "open_dialog", "add_data", "import_requests", "connect_database",
                          "show_help") if s != signal]
    with qtbot.waitSignal(getattr(page, signal), timeout=1000):
        qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
    for other in others:
        with qtbot.assertNotEmitted(getattr(page, other)):
            qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)


def test_sample_button_follows_default_project_path(qtbot, recent, monkeypatch, tmp_path):
    from gisdesk import app

    page = _page(qtbot, recent, sample_path=lambda: app.default_project_path())
    assert page.sample_button.isEnabled() == (app.default_project_path() is not None)
    monkeypatch.setattr(app, "default_project_path", lambda: None)
    page.refresh()
    assert not page.sample_button.isEnabled()
    assert "not installed" in page.sample_button.toolTip()
    with qtbot.assertNotEmitted(page.open_sample):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    sample = tmp_path / "hue_sample.gisdesk"
    monkeypatch.setattr(app, "default_project_path", lambda: sample)
    page.hide()
    page.show()  # shown again: asked again
    assert page.sample_button.isEnabled() and page.sample_button.toolTip() == str(sample)
    assert not StartPage(recent).sample_button.isEnabled()  # no way to find the sample: disabled


@pytest.mark.parametrize("size", [(1014, 716), (758, 616)])  # the central area at 1280×800 and 1024×700
def test_fits_the_map_area_of_small_screens(qtbot, recent, projects, size):
    page = _page(qtbot, recent)
    page.resize(*size)
    qtbot.wait(10)
    area = page.findChild(QScrollArea)
    assert not area.horizontalScrollBar().isVisible()
    for b in (page.sample_button, page.open_button, page.add_button, page.requests_button, page.database_button):
        assert b.width() >= b.sizeHint().width(), f"{b.text()!r} is cut at {size}"
    if size[1] >= 700:  # at 1280×800 everything is visible without scrolling
        assert not area.verticalScrollBar().isVisible()
