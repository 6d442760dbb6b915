"""The Qt-free translation hook (gisdesk.core.i18n): tr, trf and the number format of the UI language."""

from __future__ import annotations

import pytest

from gisdesk.core import i18n


@pytest.fixture
def vietnamese():
    table = {"{n:,} rows had no coordinates and were left out":
             "{n:,} dòng không có tọa độ nên đã bị loại bỏ"}
    i18n.set_translator(lambda ctx, text: table.get(text, text) if ctx == "gisdesk" else text)
    i18n.set_number_format(",", ".")
    yield
    i18n.set_translator(None)
    i18n.set_number_format()


def test_tr_is_the_identity_without_a_translator():
    assert i18n.tr("the file has no .shp part") == "the file has no .shp part"
    assert i18n.trf("{n:,} of {m:,} ({p:.1f} %)", n=1234, m=1_000_000, p=12.25) == "1,234 of 1,000,000 (12.2 %)"


def test_trf_translates_then_writes_numbers_the_vietnamese_way(vietnamese):
    assert i18n.trf("{n:,} rows had no coordinates and were left out", n=12345) == (
        "12.345 dòng không có tọa độ nên đã bị loại bỏ")
    # floats get a decimal comma; texts, booleans and numbers without a grouping spec keep their characters
    assert i18n.trf("{x:,.2f} km; {name}; {flag}; EPSG:{code}", x=1234.5, name="a.b,c", flag=True, code=9214) == (
        "1.234,50 km; a.b,c; True; EPSG:9214")
    assert i18n.fmt_num(0.25, ".2f") == "0,25"


def test_a_text_the_translator_does_not_know_is_kept(vietnamese):
    assert i18n.trf("{n} unknown", n=3) == "3 unknown"


def test_the_app_sets_the_number_format_with_the_language():
    from gisdesk.settings import set_ui_language

    try:
        set_ui_language("vi", set_default_locale=False)
        assert i18n.fmt_num(1234.5, ",.1f") == "1.234,5"
        set_ui_language("en", set_default_locale=False)
        assert i18n.fmt_num(1234.5, ",.1f") == "1,234.5"
    finally:
        set_ui_language("en", set_default_locale=False)
