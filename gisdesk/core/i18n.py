"""Qt-free translation hook.

The model packages must not import Qt, yet every user-facing string goes through ``tr()``.
``tr`` here returns the source text until the GUI installs a translator (``set_translator``),
which the app does with ``QCoreApplication.translate``. Strings are marked with the context
``"gisdesk"`` so ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Install ``fn(context, text) -> translated`` (or ``None`` to restore the identity)."""
    global _translator
    _translator = fn


def tr(text: str, context: str = "gisdesk") -> str:
    """Translate ``text``; formatting placeholders are filled by the caller after translation."""
    if _translator is None:
        return text
    return _translator(context, text) or text


def N_(text: str) -> str:
    """Mark ``text`` for translation where it is defined (a table of messages) and translate it with ``tr`` where
    it is shown; returns it unchanged. ``i18n/translate_vi.model_texts`` collects both ``tr`` and ``N_`` texts."""
    return text
