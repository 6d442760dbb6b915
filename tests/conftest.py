"""Shared fixtures.

``shared_data`` points at ``../shared/data`` (real third-party files, see its PROVENANCE.md).
They are never copied into the project. Where the folder is absent the tests that need it skip
with a clear reason; in CI it is always present, and ``GISDESK_REQUIRE_SHARED=1`` (set by
``.ci/run``) turns that skip into a failure so nothing is silently skipped there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SAMPLE_DATA = ROOT / "sample_data"


def _shared_or_skip() -> Path:
    if SHARED_DATA.is_dir():
        return SHARED_DATA
    if os.environ.get("GISDESK_REQUIRE_SHARED") == "1":
        pytest.fail(f"{SHARED_DATA} is missing but GISDESK_REQUIRE_SHARED=1 (CI must have ../shared/data)")
    pytest.skip(f"real test data folder {SHARED_DATA} is absent (it sits beside the checkout in CI)")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return _shared_or_skip()


@pytest.fixture(scope="session")
def sample_data() -> Path:
    return SAMPLE_DATA


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never write into the real user's data, cache or config folders (platformdirs follows XDG on Linux):
    results, caches, saved database connections."""
    base = tmp_path_factory.getbasetemp() / "user-dirs"
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))


@pytest.fixture(autouse=True)
def _no_real_keyring() -> Iterator[None]:
    """Tests never read or write the real user's keyring (Open311 keys, database passwords): every test starts
    with keyring's "fail" backend, as on a machine without one; a test that needs a keyring sets its own."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def vietnamese_model() -> Iterator[dict[str, str]]:
    """The Qt-free model speaks Vietnamese (``core.i18n.tr``/``trf`` from ``gisdesk/i18n/model_vi``, numbers as
    1.234,5) for the test, without Qt; yields the table. A text missing from the table stays English, so a test
    can assert that a real message came out in Vietnamese."""
    from gisdesk.core import i18n
    from gisdesk.i18n.model_vi import _merge

    table = _merge()  # read afresh: the tables may have changed since the package was imported
    i18n.set_translator(lambda ctx, text: table.get(text, text) if ctx == "gisdesk" else text)
    i18n.set_number_format(",", ".")
    try:
        yield table
    finally:
        i18n.set_translator(None)
        i18n.set_number_format()


@pytest.fixture
def window(qtbot, monkeypatch):
    """An empty main window whose modal boxes never block: "save changes?" answers Discard, and warnings are
    collected in ``window.shown_warnings`` instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    from gisdesk.core.project import Project
    from gisdesk.widgets.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    win = MainWindow(Project(name="t"))
    win.shown_warnings = shown
    qtbot.addWidget(win)
    return win
