"""The offline user guide: files for both languages, nothing external, every link and picture resolves, the same
sections in Vietnamese and English; the help viewer shows it offline and refuses links that leave it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl

from gisdesk.help import HELP_DIR, LANGUAGES, help_path


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.headings: list[str] = []
        self.links: list[str] = []  # href values
        self.sources: list[str] = []  # src values
        self.tags: set[str] = set()
        self.lang = None
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if tag == "html":
            self.lang = a.get("lang")
        if "id" in a:
            self.ids.append(a["id"])
            if re.fullmatch(r"h[1-6]", tag):
                self.headings.append(a["id"])
        if "href" in a:
            self.links.append(a["href"])
        if "src" in a:
            self.sources.append(a["src"])
        if "style" in a:
            self.styles.append(a["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def _parse(lang: str) -> _Page:
    page = _Page()
    page.feed(help_path(lang).read_text(encoding="utf-8"))
    return page


def test_help_path_gives_a_page_for_each_language():
    for lang in LANGUAGES:
        path = help_path(lang)
        assert path.is_file() and path.parent.name == lang and path.is_relative_to(HELP_DIR)
    assert help_path("vi_VN") == help_path("vi") and help_path("en-GB") == help_path("en")
    assert help_path("fr") == help_path(None) == help_path("vi")  # anything else: Vietnamese


@pytest.mark.parametrize("lang", LANGUAGES)
def test_guide_is_offline_and_every_link_and_picture_resolves(lang):
    page = _parse(lang)
    path = help_path(lang)
    assert page.lang == lang
    assert not page.tags & {"script", "iframe", "object", "embed", "link", "form"}
    assert not re.search(r"@import|@font-face|url\(", "".join(page.styles)), "the style sheet loads something"
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    for ref in page.links + page.sources:
        assert not re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", ref, re.IGNORECASE), f"not a local reference: {ref}"
        target, _, anchor = ref.partition("#")
        file = (path.parent / target).resolve() if target else path
        assert file.is_file() and file.is_relative_to(HELP_DIR), f"{ref} leads nowhere"
        if anchor:
            assert anchor in _ids_of(file), f"{ref}: no element with id {anchor!r}"
    assert len(page.sources) >= 2  # the screenshots are there
    for src in page.sources:
        picture = path.parent / src
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert picture.stat().st_size <= 150_000, f"{src} is {picture.stat().st_size} bytes"
    assert len(page.links) >= 10  # the contents really link to the sections


def _ids_of(file: Path) -> list[str]:
    page = _Page()
    page.feed(file.read_text(encoding="utf-8"))
    return page.ids


def test_both_languages_have_the_same_sections():
    vi, en = _parse("vi"), _parse("en")
    assert vi.headings == en.headings
    assert sorted(vi.links) == sorted(en.links) and sorted(vi.sources) == sorted(en.sources)
    for section in ("getting-started", "window", "adding-data", "encodings", "missing-prj", "requests", "time",
                    "analysis", "print", "html-map", "export", "database", "shortcuts"):
        assert section in vi.headings, section


def test_shortcuts_in_the_guide_are_the_window_s(window):
    """Every shortcut of the main window's actions is listed in both guides (F1 is added with the Help menu)."""
    from PySide6.QtGui import QAction, QKeySequence

    keys = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in window.findChildren(QAction)}
    keys.discard("")
    assert len(keys) >= 15
    for lang in LANGUAGES:
        text = help_path(lang).read_text(encoding="utf-8")
        missing = sorted(k for k in keys if f"<kbd>{k}</kbd>" not in text)
        assert not missing, f"{lang} guide misses {missing}"


@pytest.fixture
def viewer(qtbot):
    from gisdesk.widgets.help_viewer import HelpViewer

    v = HelpViewer(help_path("vi"))
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_viewer_shows_the_guide_with_its_pictures_offline(viewer):
    from PySide6.QtGui import QTextDocument

    assert "Hướng dẫn sử dụng gisdesk" in viewer.browser.toPlainText()
    assert viewer.current_path() == help_path("vi")
    picture = viewer.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("window.png"))
    assert picture is not None and not picture.isNull()  # loaded from the guide's folder


def test_viewer_follows_anchors_and_refuses_outside_links(viewer, qtbot, tmp_path):
    bar = viewer.browser.verticalScrollBar()
    assert bar.value() == 0
    viewer._follow(QUrl("#shortcuts"))
    qtbot.waitUntil(lambda: bar.value() > 0)
    viewer._follow(QUrl("https://example.com/x"))
    assert viewer.current_path() == help_path("vi") and "https://example.com/x" in viewer.status.text()
    outside = tmp_path / "other.html"
    outside.write_text("<p>elsewhere</p>", encoding="utf-8")
    viewer._follow(QUrl.fromLocalFile(str(outside)))
    assert viewer.current_path() == help_path("vi")
    viewer.open_page(help_path("en"), "analysis")
    assert "gisdesk user guide" in viewer.browser.toPlainText()
    viewer.browser.backward()
    assert viewer.current_path() == help_path("vi")


def test_viewer_find_and_open_in_browser(viewer, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    viewer.find_edit.setText("TCVN3")
    assert viewer.find_next()
    assert viewer.browser.textCursor().selectedText() == "TCVN3"
    viewer.find_edit.setText("không có chữ này")
    assert not viewer.find_next() and "không có chữ này" in viewer.status.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert viewer.open_in_browser()
    assert opened == [QUrl.fromLocalFile(str(help_path("vi")))]


def test_ui_language(qapp):
    from gisdesk.widgets.help_viewer import LANGUAGE_PROPERTY, ui_language

    try:
        qapp.setProperty(LANGUAGE_PROPERTY, "en")
        assert ui_language() == "en"
        qapp.setProperty(LANGUAGE_PROPERTY, "vi")
        assert ui_language() == "vi"
        qapp.setProperty(LANGUAGE_PROPERTY, None)
        translated = QCoreApplication.translate("MainWindow", "&Project") != "&Project"
        assert ui_language() == ("vi" if translated else "en")
    finally:
        qapp.setProperty(LANGUAGE_PROPERTY, None)


def test_about_names_the_version_and_the_bundled_licences():
    from gisdesk import __version__
    from gisdesk.widgets.help_viewer import about_html

    text = about_html()
    assert f"gisdesk {__version__}" in text
    assert "leaflet 1.9.4 — BSD-2-Clause" in text and "leaflet.markercluster 1.5.3 — MIT" in text
