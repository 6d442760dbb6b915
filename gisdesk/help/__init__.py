"""The offline user guide: one HTML page per language (``vi/index.html``, ``en/index.html``) with its pictures.

Plain HTML with one inline style sheet, no JavaScript and no external link, image or font, so it reads the same
in the app's help viewer (``gisdesk.widgets.help_viewer``, a QTextBrowser) and in any browser, offline. No Qt here.
The pictures are screenshots of the real app made by ``tools/help_screenshots.py``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HELP_DIR", "LANGUAGES", "help_path"]

HELP_DIR = Path(__file__).resolve().parent
LANGUAGES = ("vi", "en")  # the guide's languages, as the UI's (gisdesk.i18n.LANGUAGES); Vietnamese first


def help_path(lang: str | None = None) -> Path:
    """The guide's page for the UI language ``lang`` ("vi", "en", or a locale name such as "vi_VN" or "en-GB");
    Vietnamese for any other language or None."""
    code = (lang or "vi").replace("-", "_").split("_")[0].lower()
    return HELP_DIR / (code if code in LANGUAGES else LANGUAGES[0]) / "index.html"
