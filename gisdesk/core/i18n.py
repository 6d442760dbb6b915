"""Qt-free translation hook.

The model packages must not import Qt, yet every user-facing string goes through ``tr()``.
``tr`` here returns the source text until the GUI installs a translator (``set_translator``),
which the app does with ``QCoreApplication.translate``. Strings are marked with the context
``"gisdesk"``; ``gisdesk/i18n/translate_vi.model_texts`` finds them (lupdate scans the widgets only) and
``gisdesk/i18n/model_vi/`` holds their Vietnamese.

How to write a message in the model::

    from gisdesk.core.i18n import N_, tr, trf

    raise ReadError(path, tr("the file has no .shp part"))               # a fixed sentence
    report.warn("dropped", trf("{n:,} rows had no coordinates and were left out", n=bad), count=bad)
    STATES = {"open": N_("open")}  ...  tr(STATES[key])                  # texts kept in a table

``trf`` translates the template, then fills it with the numbers written the way the UI language writes them
(``1.234,5`` in Vietnamese: ``set_number_format`` is called by the app with the language). Pass numbers as
numbers (``n=bad`` with ``{n:,}`` in the template), never pre-formatted, so the separators follow the language.
Keep one template per sentence (no sentence glued from pieces): word order differs between the languages.
"""

from __future__ import annotations

import numbers
import string
from collections.abc import Callable
from typing import Any

_translator: Callable[[str, str], str] | None = None
_decimal = "."
_group = ","


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Install ``fn(context, text) -> translated`` (or ``None`` to restore the identity)."""
    global _translator
    _translator = fn


def set_number_format(decimal: str = ".", group: str = ",") -> None:
    """How ``trf`` writes numbers: the decimal mark and the thousands separator of the UI language
    (``","`` and ``"."`` for Vietnamese; the defaults are Python's)."""
    global _decimal, _group
    _decimal, _group = decimal, group


def tr(text: str, context: str = "gisdesk") -> str:
    """Translate ``text``; formatting placeholders are filled by the caller after translation (see ``trf``)."""
    if _translator is None:
        return text
    return _translator(context, text) or text


class _LocaleFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if (_decimal, _group) == (".", ","):
            return text
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            return text.translate({ord("."): _decimal, ord(","): _group})
        return text


_formatter = _LocaleFormatter()


def trf(text: str, /, context: str = "gisdesk", **values: Any) -> str:
    """``tr(text)`` filled with ``values``: numbers get the UI language's decimal mark and thousands separator."""
    return _formatter.vformat(tr(text, context), (), values)


def fmt_num(value: float, spec: str = ",") -> str:
    """One number written as the UI language writes it (``fmt_num(1234.5, ",.1f")`` -> ``1.234,5`` in
    Vietnamese), for a value that is not inside a ``trf`` template."""
    return _formatter.format_field(value, spec)


def N_(text: str) -> str:
    """Mark ``text`` for translation where it is defined (a table of messages) and translate it with ``tr`` where
    it is shown; returns it unchanged. ``i18n/translate_vi.model_texts`` collects ``tr``, ``trf`` and ``N_``
    texts."""
    return text
