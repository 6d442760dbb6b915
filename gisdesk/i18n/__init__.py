"""Qt translation files: gisdesk_vi.ts (source, edited with translate_vi.py or Qt Linguist) and the compiled .qm;
qtbase_vi.ts/.qm for Qt's own standard buttons and dialogs (from qt_vi.py; Qt ships no Vietnamese)."""

from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
LANGUAGES = ("vi", "en")  # the UI ships in Vietnamese (default) and English (the source texts)


def qm_path(lang: str) -> Path | None:
    path = I18N_DIR / f"gisdesk_{lang}.qm"
    return path if path.exists() else None


def qt_qm_path(lang: str) -> Path | None:
    """Qt's own texts in ``lang`` (only Vietnamese is shipped here; English is Qt's source language)."""
    path = I18N_DIR / f"qtbase_{lang}.qm"
    return path if path.exists() else None
