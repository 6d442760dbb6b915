"""Every real file in ../shared/data either opens or raises ReadError with a message: never anything else.

This is what a GIS officer dragging any file of that folder onto gisdesk would see. The expected
outcome of the interesting ones is checked in the other test modules; here nothing may escape.
"""

from __future__ import annotations

import pytest

from gisdesk.core.errors import ReadError
from gisdesk.io import open_path
from tests.conftest import SHARED_DATA

SKIP_NAMES = {"PROVENANCE.md", "PROVENANCE_inventory.json"}
FILES = sorted(p for p in SHARED_DATA.rglob("*") if p.is_file() and p.name not in SKIP_NAMES) if SHARED_DATA.is_dir() else []


def test_the_folder_is_there(shared_data):
    assert len(FILES) > 150


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(SHARED_DATA)) for p in FILES])
def test_opens_or_says_why(path, shared_data):
    try:
        result = open_path(path)
    except ReadError as exc:
        assert exc.path == str(path) or str(path) in str(exc) or "!" in exc.path
        assert len(exc.problem) > 10
        return
    assert result.layers
    for layer in result.layers:
        assert layer.report is not None
        text = result.report.to_text()
        assert layer.name in text or layer.report.name in text
