"""Help ▸ User guide (F1) and Help ▸ About gisdesk.

The guide (``gisdesk/help/<lang>/index.html``) is shown in a QTextBrowser window rather than the system
browser: it works the same on a locked-down workstation with no (or an unusual) default browser, in the frozen
app, and offline; a QTextBrowser runs no script and loads nothing from the network. It follows only links that
stay inside the guide's folder; anything else is refused with a note in the status line. "Open in web browser"
hands the same local file to the system browser for printing.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gisdesk.help import HELP_DIR, LANGUAGES, help_path

__all__ = ["HelpViewer", "about_html", "show_about", "ui_language"]

#: the application property the lead's ``install_translator`` caller may set to the UI language
LANGUAGE_PROPERTY = "gisdesk_language"


def ui_language() -> str:
    """The language of the running UI: the application property ``gisdesk_language`` when set, else "vi" when
    the Vietnamese translation is installed (the main window's "&Project" menu is translated), else "en"."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    if isinstance(value, str) and value[:2].lower() in LANGUAGES:
        return value[:2].lower()
    return "vi" if QCoreApplication.translate("MainWindow", "&Project") != "&Project" else "en"


class HelpViewer(QWidget):
    """The user guide in its own window (not modal): Back, Forward, Contents, Find, Open in web browser."""

    def __init__(self, path: str | Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("gisdesk user guide"))
        self.resize(900, 760)
        self.home = Path(path) if path is not None else help_path(ui_language())

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # every link goes through _follow (local pages only)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)

        style = self.style()
        SP = QStyle.StandardPixmap
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_back = bar.addAction(style.standardIcon(SP.SP_ArrowBack), self.tr("Back"), self.browser.backward)
        self.act_back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.act_forward = bar.addAction(style.standardIcon(SP.SP_ArrowForward), self.tr("Forward"),
                                         self.browser.forward)
        self.act_forward.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.act_home = bar.addAction(style.standardIcon(SP.SP_FileDialogListView), self.tr("Contents"),
                                      lambda: self.open_page(self.home, "contents"))
        self.browser.backwardAvailable.connect(self.act_back.setEnabled)
        self.browser.forwardAvailable.connect(self.act_forward.setEnabled)
        self.act_back.setEnabled(False)
        self.act_forward.setEnabled(False)
        bar.addSeparator()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in the guide…"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(260)
        self.find_edit.returnPressed.connect(self.find_next)
        bar.addWidget(self.find_edit)
        find = bar.addAction(self.tr("Find"))
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: (self.find_edit.setFocus(), self.find_edit.selectAll()))
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        bar.addWidget(spacer)
        self.act_browser = bar.addAction(self.tr("Open in web browser"), self.open_in_browser)
        self.act_browser.setToolTip(self.tr("Open this page in the system's web browser, to print it"))

        self.status = QLabel()
        self.status.setContentsMargins(6, 2, 6, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        self.open_page(self.home)

    # -- navigation ------------------------------------------------------------------------------------
    def open_page(self, path: str | Path, anchor: str | None = None) -> None:
        """Show ``path`` (a page of the guide), scrolled to ``anchor`` (a heading id) when given."""
        url = QUrl.fromLocalFile(str(Path(path).resolve()))
        if anchor:
            url.setFragment(anchor)
        self._show(url)

    def current_path(self) -> Path:
        return Path(self.browser.source().toLocalFile())

    def _show(self, url: QUrl) -> None:
        current = self.browser.source()
        same_page = current.isValid() and url.toLocalFile() == current.toLocalFile()
        if same_page and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        self.browser.setSource(url)
        self.status.clear()

    def _follow(self, url: QUrl) -> None:
        """A clicked link: a place in the guide is shown; anything else (web, mail, files elsewhere) is not."""
        target = self.browser.source().resolved(url) if url.isRelative() else url
        if target.isLocalFile() and _inside(Path(target.toLocalFile()), HELP_DIR):
            self._show(target)
        else:
            self.status.setText(self.tr("This link leads outside the guide and was not opened: %s")
                                % url.toDisplayString())

    def find_next(self) -> bool:
        """Select the next place where the find text occurs (wrapping round at the end)."""
        text = self.find_edit.text()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:  # wrap round
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text)
        self.status.setText("" if found else self.tr("“%s” is not in this page.") % text)
        return found

    def open_in_browser(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current_path())))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


# -- Help ▸ About gisdesk ------------------------------------------------------------------------------------
def _bundled_assets() -> list[tuple[str, str, str]]:
    """(package, version, licence) of the web libraries inlined into exported HTML maps, from their README."""
    readme = Path(__file__).resolve().parents[1] / "export" / "assets" / "README.md"
    try:
        text = readme.read_text(encoding="utf-8")
    except OSError:
        return []
    rows = re.findall(r"^\|\s*`[^`]+`[^|]*\|\s*([\w.\-]+)\s*\|\s*([\w.\-]+)\s*\|\s*([\w.\-]+)", text, re.MULTILINE)
    return [(name, version, licence) for name, version, licence in rows]


def about_html() -> str:
    """The text of the About box: version, the libraries gisdesk stands on, and the bundled web libraries."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from gisdesk import __version__

    translate = QCoreApplication.translate
    versions = translate("HelpViewer", "Python %1, Qt %2, PySide6 %3.")
    versions = versions.replace("%1", sys.version.split()[0]).replace("%2", qVersion()).replace("%3", pyside_version)
    parts = [
        f"<h3>gisdesk {html.escape(__version__)}</h3>",
        "<p>" + translate("HelpViewer", "A desktop GIS for the city of Huế.") + "</p>",
        f"<p>{html.escape(versions)}</p>",
        "<p>" + translate("HelpViewer", "Built on GDAL and PROJ (MIT), Qt for Python (LGPL-3.0), GeoPandas, Shapely, "
                                        "pandas, NumPy and rasterio (BSD) and pyproj (MIT).") + "</p>",
    ]
    assets = _bundled_assets()
    if assets:
        folder = Path(__file__).resolve().parents[1] / "export" / "assets"
        parts.append("<p>" + translate("HelpViewer", "Web libraries inlined into exported interactive maps:")
                     + "</p><ul>" + "".join(f"<li>{html.escape(n)} {html.escape(v)} — {html.escape(lic)}</li>"
                                            for n, v, lic in assets) + "</ul>")
        parts.append("<p>" + translate("HelpViewer", "Their licence texts are in %1.").replace(
            "%1", html.escape(str(folder))) + "</p>")
    return "".join(parts)


def show_about(parent: QWidget | None = None) -> None:
    """Help ▸ About gisdesk."""
    QMessageBox.about(parent, QCoreApplication.translate("HelpViewer", "About gisdesk"), about_html())
