"""Recently opened projects, most recent first, kept in QSettings.

At most ``max_items`` paths, no duplicates (paths are compared absolute and, on Windows, case-
insensitively), and files that no longer exist are pruned whenever the list is read. Inject a
``QSettings`` (tests use an INI file in a temporary folder); by default the application's settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

__all__ = ["RecentProjects"]


class RecentProjects(QObject):
    """The recent-projects list. ``changed`` is emitted with the new list when it changes."""

    changed = Signal(list)
    KEY = "recent_projects"

    def __init__(self, settings: QSettings | None = None, *, key: str = KEY, max_items: int = 10,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.key = key
        self.max_items = max_items

    # -- the list ----------------------------------------------------------------------------------
    def paths(self) -> list[str]:
        """Existing project paths, most recent first (missing files are dropped from the settings)."""
        stored = self._read()
        kept = _dedup([p for p in stored if os.path.isfile(p)])[: self.max_items]
        if kept != stored:
            self._write(kept)
        return kept

    def add(self, path: str | os.PathLike[str]) -> list[str]:
        """Put ``path`` first (moving it up if it is already listed)."""
        path = _normal(path)
        paths = _dedup([path, *self._read()])
        paths = [p for p in paths if p == path or os.path.isfile(p)][: self.max_items]
        self._write(paths)
        return paths

    def remove(self, path: str | os.PathLike[str]) -> list[str]:
        key = _key(_normal(path))
        paths = [p for p in self._read() if _key(p) != key]
        self._write(paths)
        return paths

    def clear(self) -> None:
        self._write([])

    # -- menus ---------------------------------------------------------------------------------------
    def populate_menu(self, menu: QMenu, on_open: Callable[[str], Any]) -> None:
        """Fill ``menu`` with one action per project (``on_open(path)`` when chosen) and "Clear list"."""
        menu.clear()
        paths = self.paths()
        for i, path in enumerate(paths, start=1):
            label = f"&{i} {Path(path).name}" if i < 10 else f"1&0 {Path(path).name}"
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: on_open(p))
        if not paths:
            empty = menu.addAction(self.tr("(no recent projects)"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear List"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)
        menu.setEnabled(True)

    def make_menu(self, on_open: Callable[[str], Any], parent: QWidget | None = None,
                  title: str | None = None) -> QMenu:
        """A "Recent Projects" menu that refreshes itself each time it opens."""
        menu = QMenu(title or self.tr("Open &Recent"), parent)
        menu.aboutToShow.connect(lambda: self.populate_menu(menu, on_open))
        self.populate_menu(menu, on_open)
        return menu

    # -- settings ---------------------------------------------------------------------------------
    def _read(self) -> list[str]:
        value = self.settings.value(self.key, [])
        if value is None:
            return []
        if isinstance(value, str):  # an INI file stores a one-item list as a plain string
            value = [value] if value else []
        return [str(v) for v in value if v]

    def _write(self, paths: list[str]) -> None:
        old = self._read()
        if paths:
            self.settings.setValue(self.key, list(paths))
        else:
            self.settings.remove(self.key)
        self.settings.sync()
        if paths != old:
            self.changed.emit(list(paths))


def _normal(path: str | os.PathLike[str]) -> str:
    return os.path.abspath(os.fspath(path))


def _key(path: str) -> str:
    return os.path.normcase(os.path.normpath(path))


def _dedup(paths: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for p in paths:
        k = _key(p)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out
