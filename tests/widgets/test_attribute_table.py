"""The attribute table: lazy formatting, whole-column sort and filters, selection synced both ways."""

from __future__ import annotations

import time
import unicodedata

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from shapely.geometry import Point

from gisdesk.layers.vector import VectorLayer
from gisdesk.widgets import attribute_table as at
from gisdesk.widgets.attribute_table import (
    AttributeTableModel,
    AttributeTableWidget,
    accent_insensitive_pattern,
    fold_text,
    format_value,
)

WARDS = ["Vỹ Dạ", "An Cựu", None, "an", "Đông Ba", "Dương Nỗ", "Phường 10", "Phường 9", "VY DA",
         unicodedata.normalize("NFD", "Vỹ Dạ")]


@pytest.fixture
def layer():
    n = len(WARDS)
    df = gpd.GeoDataFrame(
        {
            "ward": pd.array(WARDS, dtype="str"),
            "count": [3.0, np.nan, 1.0, 3.0, 2.0, np.nan, 1.0, 5.0, 4.0, 0.5],
            "when": pd.to_datetime(["2024-03-01T01:30:00Z"] * n, utc=True) + pd.to_timedelta(np.arange(n), "h"),
            "note": pd.array(["ống nước vỡ (gấp)", "", None, "x", "đèn", "rác", "ngập", "cây đổ", "ồn", "khác"],
                             dtype="str"),
            "mixed": pd.Series([1, "a", None, 2.5, "b", None, "c", 3, "d", "e"], dtype=object),
        },
        geometry=[Point(i, i) for i in range(n - 1)] + [None],
        crs="EPSG:4326",
    )
    return VectorLayer(df, name="requests")


@pytest.fixture
def model(qtmodeltester, layer):
    m = AttributeTableModel(layer)
    qtmodeltester.check(m)
    return m


def shown(model):
    return model.positions().tolist()


# -- formatting -------------------------------------------------------------------------------------
def test_columns_without_geometry_and_cells_formatted_lazily(model, layer):
    assert model.columns == ["ward", "count", "when", "note", "mixed"]
    assert model.rowCount() == len(layer.data) and model.columnCount() == 5
    assert model.headerData(0, Qt.Orientation.Horizontal) == "ward"
    assert model.headerData(3, Qt.Orientation.Vertical) == "4"  # row number in the layer, 1-based
    when = model.columns.index("when")
    assert model.data(model.index(0, when)) == "2024-03-01 08:30:00"  # UTC 01:30 is 08:30 in Huế
    assert model.data(model.index(1, model.columns.index("count"))) == ""  # NaN shows empty
    assert model.data(model.index(2, 0)) == ""  # None shows empty
    assert model.data(model.index(0, model.columns.index("count"))) == "3"
    assert model.data(model.index(3, model.columns.index("mixed"))) == "2.5"
    align = model.data(model.index(0, model.columns.index("count")), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)


def test_format_value_times_in_hue():
    assert format_value(pd.Timestamp("2024-12-31T20:00:00Z")) == "2025-01-01 03:00:00"
    assert format_value(pd.Timestamp("2024-01-01 10:00")) == "2024-01-01 10:00:00"  # naive: shown as is
    assert format_value(pd.NaT) == "" and format_value(pd.NA) == "" and format_value(None) == ""
    assert format_value(0.1 + 0.2) == "0.3" and format_value(12345678901.5) == "12345678901.5"
    assert format_value("two\nlines") == "two lines"


# -- sort -----------------------------------------------------------------------------------------------
def test_sort_numbers_stable_with_nulls_last_both_ways(model):
    model.sort_by("count", ascending=True)
    # values 3, nan, 1, 3, 2, nan, 1, 5, 4, 0.5: ties keep file order, NaN last
    assert shown(model) == [9, 2, 6, 4, 0, 3, 8, 7, 1, 5]
    model.sort_by("count", ascending=False)
    assert shown(model) == [7, 8, 0, 3, 4, 2, 6, 9, 1, 5]
    model.sort_by(None)
    assert shown(model) == list(range(10))


def test_sort_text_in_vietnamese_order(model):
    model.sort_by("ward")
    names = [WARDS[i] for i in shown(model)]
    # an < An Cựu (case-insensitive), d < đ, "Phường 9" < "Phường 10" (numbers by value), empty last
    assert names[:6] == ["an", "An Cựu", "Dương Nỗ", "Đông Ba", "Phường 9", "Phường 10"]
    assert names[-1] is None
    model.sort_by("ward", ascending=False)
    names = [WARDS[i] for i in shown(model)]
    assert names[-1] is None and names[-7:-1] == ["Phường 10", "Phường 9", "Đông Ba", "Dương Nỗ", "An Cựu", "an"]


def test_sort_many_distinct_texts_by_code_point(model, monkeypatch):
    monkeypatch.setattr(at, "COLLATE_MAX_UNIQUE", 1)  # take the path for ids / free text
    model.sort_by("note")
    notes = [model.layer.data["note"].iat[i] for i in shown(model)]
    assert notes[0] == "" and notes[-1] is None or pd.isna(notes[-1])
    model.sort_by("note", ascending=False)
    notes = [model.layer.data["note"].iat[i] for i in shown(model)]
    assert pd.isna(notes[-1]) and notes[-2] == ""


def test_sort_mixed_object_column_does_not_break(model):
    model.sort_by("mixed")
    assert sorted(shown(model)) == list(range(10))
    assert shown(model)[-2:] == [2, 5]  # the two None last, in file order


def test_view_header_click_sorts(qtbot, layer):
    w = AttributeTableWidget(layer)
    qtbot.addWidget(w)
    assert w.model.positions().tolist() == list(range(10))  # enabling sorting did not sort
    w.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert w.model.positions()[0] == 9


def test_fitting_columns_reads_a_few_rows_not_a_thousand(qtbot, monkeypatch):
    """Showing a big layer fits the columns to their first rows only: measuring Qt's default 1,000 rows took
    ~3 s for the 50,000 sample requests whenever the layer was chosen."""
    n = 5000
    big = VectorLayer(gpd.GeoDataFrame({"ward": pd.array([f"Phường {i}" for i in range(n)], dtype="str"),
                                        "count": np.arange(n, dtype=float)},
                                       geometry=[Point(i, i) for i in range(n)], crs="EPSG:4326"), name="big")
    rows: set[int] = set()
    data = AttributeTableModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        rows.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(AttributeTableModel, "data", counting)
    w = AttributeTableWidget()
    qtbot.addWidget(w)
    w.resize(800, 300)
    w.show()
    w.set_layer(big)
    assert 10 <= len(rows) <= 200, len(rows)


# -- text filter ----------------------------------------------------------------------------------------
def test_fold_and_pattern():
    assert fold_text("Vỹ Dạ ĐÔNG") == "vy da dong"
    pattern = accent_insensitive_pattern("Vy  Da")
    import re

    rx = re.compile(pattern)
    for text in ("Vỹ Dạ", "VY DA", "phường vỹ dạ", unicodedata.normalize("NFD", "Vỹ Dạ"), "Vy\tDa",
                 "VĩDạ"):  # i/y spelled either way, spaces dropped (as GADM writes it)
        assert rx.search(text), text
    assert not rx.search("Vy Do")
    assert accent_insensitive_pattern("   ") is None
    assert re.compile(accent_insensitive_pattern("(gấp)")).search("ống nước vỡ (GẤP)")


@pytest.mark.parametrize("query", ["Vy Da", "vỹ dạ", "VY DA"])
def test_text_filter_ignores_case_and_accents(model, query):
    model.set_text_filter(query)
    assert shown(model) == [0, 8, 9]  # "Vỹ Dạ", "VY DA" and the decomposed (NFD) "Vỹ Dạ"


def test_text_filter_searches_every_text_column(model):
    model.set_text_filter("ong nuoc")
    assert shown(model) == [0]
    model.set_text_filter("dong")  # "Đông Ba"
    assert shown(model) == [4]
    model.set_text_filter("(gấp")  # regex characters are literal
    assert shown(model) == [0]
    model.set_text_filter("b")  # object column "mixed" ("b") and ward "Đông Ba"
    assert shown(model) == [4]
    model.set_text_filter("")
    assert model.rowCount() == 10


def test_text_filter_same_result_without_factorizing(model, monkeypatch):
    expected = model.compute_text_mask("vy da")
    monkeypatch.setattr(at, "_few_distinct", lambda s: False)
    model._cache.clear()
    assert np.array_equal(model.compute_text_mask("vy da"), expected)


def test_text_filter_keeps_the_sort(model):
    model.sort_by("count", ascending=False)
    model.set_text_filter("vy da")
    assert shown(model) == [8, 0, 9]  # 4.0, 3.0, 0.5


# -- column filter and selected only ------------------------------------------------------------------------
def test_column_filter(model):
    model.set_column_filter("count", 3.0)
    assert shown(model) == [0, 3]
    model.set_column_filter("count", None)  # the empty ones
    assert shown(model) == [1, 5]
    model.set_column_filter("ward", "Đông Ba")
    assert shown(model) == [4]
    model.set_text_filter("vy")  # filters combine
    assert shown(model) == []
    model.set_column_filter(None)
    assert shown(model) == [0, 8, 9]
    with pytest.raises(KeyError):
        model.set_column_filter("nope", 1)


def test_column_values_for_the_menu(model):
    values = model.column_values("ward")
    assert values[0] is None  # "(empty)" first
    assert values[1:4] == ["an", "An Cựu", "Dương Nỗ"]
    assert model.column_values("count")[:3] == [None, 0.5, 1.0]


def test_selected_only(model, layer):
    layer.selection = [7, 2, 4]
    model.set_selected_only(True)
    assert shown(model) == [2, 4, 7]
    layer.selection = [1]
    model.refresh_selected()
    assert shown(model) == [1]
    model.set_selected_only(False)
    assert model.rowCount() == 10


def test_new_data_reloads(model, layer):
    model.sort_by("count")
    layer.data = layer.data.iloc[:3].copy()
    assert model.rowCount() == 3
    assert shown(model) == [2, 0, 1]  # still sorted by count: 1, 3, NaN


# -- the widget: selection both ways ---------------------------------------------------------------------------
@pytest.fixture
def big_layer():
    n = 2000
    df = gpd.GeoDataFrame({"i": np.arange(n), "name": pd.array([f"row {i}" for i in range(n)], dtype="str")},
                          geometry=gpd.points_from_xy(np.arange(n), np.zeros(n)), crs="EPSG:9214")
    return VectorLayer(df, name="many")


@pytest.fixture
def widget(qtbot, big_layer):
    w = AttributeTableWidget(big_layer)
    w.resize(500, 300)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def view_selected_rows(w):
    return sorted(i.row() for i in w.view.selectionModel().selectedRows())


def test_selecting_rows_in_the_view_sets_the_layer_selection(widget, big_layer):
    emitted = []
    big_layer.events.selection.connect(lambda rows: emitted.append(rows.tolist()))
    widget.model.sort_by("i", ascending=False)  # view row r shows layer row 1999 - r
    widget.view.selectRow(3)
    assert big_layer.selection.tolist() == [1996]
    assert emitted == [[1996]]  # once, and the echo did not disturb the view
    assert view_selected_rows(widget) == [3]
    sm = widget.view.selectionModel()
    sm.select(widget.model.index(5, 0), QItemSelectionModel.SelectionFlag.Select
              | QItemSelectionModel.SelectionFlag.Rows)
    assert big_layer.selection.tolist() == [1994, 1996]
    assert "2 selected" in widget.count_label.text().replace(".", "").replace(",", "")


def test_layer_selection_selects_and_scrolls(widget, big_layer):
    big_layer.selection = [1500, 1501, 1502, 10]
    assert view_selected_rows(widget) == [10, 1500, 1501, 1502]
    first = widget.model.index(10, 0)
    assert widget.view.selectionModel().currentIndex().row() == 10
    assert widget.view.visualRect(first).intersects(widget.view.viewport().rect())  # scrolled to it
    assert widget.model.is_selected(1500) and not widget.model.is_selected(1503)
    highlight = widget.model.data(widget.model.index(1500, 0), Qt.ItemDataRole.BackgroundRole)
    assert highlight is not None
    big_layer.selection = [1800]
    assert view_selected_rows(widget) == [1800]
    assert widget.view.visualRect(widget.model.index(1800, 0)).intersects(widget.view.viewport().rect())
    big_layer.selection = []
    assert view_selected_rows(widget) == []


def test_layer_selection_follows_sort_and_filter(widget, big_layer):
    big_layer.selection = [5, 7]
    widget.model.sort_by("i", ascending=False)
    assert view_selected_rows(widget) == [1992, 1994]  # selection kept across the model reset
    widget.model.set_text_filter("row 7")  # row 7, 70-79, 700-799, 7xx ...
    rows = view_selected_rows(widget)
    assert [widget.model.position(r) for r in rows] == [7]
    assert big_layer.selection.tolist() == [5, 7]  # filtering does not change the layer's selection


def test_scattered_selection_is_highlighted_and_ctrl_click_adds(qtbot, widget, big_layer, monkeypatch):
    monkeypatch.setattr(AttributeTableWidget, "MIRROR_MAX_RANGES", 2)
    big_layer.selection = [0, 2, 4, 6]  # 4 runs > 2: highlight only
    assert view_selected_rows(widget) == []
    assert all(widget.model.is_selected(r) for r in (0, 2, 4, 6))
    rect = widget.view.visualRect(widget.model.index(1, 0))
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     rect.center())
    assert big_layer.selection.tolist() == [0, 1, 2, 4, 6]
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert big_layer.selection.tolist() == [1]  # a plain click replaces


def test_selected_only_follows_the_map(widget, big_layer):
    big_layer.selection = [3, 9]
    widget.selected_only.setChecked(True)
    assert widget.model.positions().tolist() == [3, 9]
    assert view_selected_rows(widget) == [0, 1]
    big_layer.selection = [4]  # from the map
    assert widget.model.positions().tolist() == [4]
    widget.view.selectRow(0)  # clicking in the table keeps the rows shown
    assert widget.model.rowCount() == 1


def test_widget_filters_and_count(qtbot, widget, big_layer, monkeypatch):
    monkeypatch.setattr(AttributeTableWidget, "ASYNC_FILTER_ROWS", 0)  # through the worker thread
    widget.set_filter_text("ROW 19")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 111, timeout=5000)  # 19, 190-199, 1900-1999
    assert "111" in widget.count_label.text()
    widget.set_column_filter("i", 1950)
    assert widget.model.positions().tolist() == [1950]
    widget.set_column_filter(None)
    assert widget.model.rowCount() == 111
    widget.set_filter_text("")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2000, timeout=5000)


def test_column_widths_survive_a_sort(widget):
    header = widget.view.horizontalHeader()
    header.resizeSection(1, 222)
    widget.model.sort_by("i", ascending=False)
    assert header.sectionSize(1) == 222


def test_switching_layers_disconnects(qtbot, widget, big_layer, layer):
    widget.set_layer(layer)
    big_layer.selection = [1]  # the old layer: nothing happens here
    assert view_selected_rows(widget) == []
    layer.selection = [2]
    assert view_selected_rows(widget) == [2]
    widget.set_layer(None)
    assert widget.model.rowCount() == 0 and not widget.isEnabled()
    from gisdesk.layers.base import Layer

    widget.set_layer(Layer(name="a raster, say"))  # no table: shown empty
    assert widget.layer is None and widget.model.columnCount() == 0


# -- a million rows ---------------------------------------------------------------------------------------------
def test_a_million_rows(qtbot):
    n = 1_000_000
    rng = np.random.default_rng(0)
    wards = np.array(["Vỹ Dạ", "Phú Hội", "Thuận Hóa", "Kim Long", "Hương Thủy", "Đông Ba", "An Cựu", None],
                     dtype=object)
    df = gpd.GeoDataFrame({"ward": pd.array(wards[rng.integers(0, 8, n)], dtype="str"),
                           "value": rng.normal(size=n)},
                          geometry=gpd.points_from_xy(rng.uniform(0, 1, n), rng.uniform(0, 1, n)), crs=4326)
    layer = VectorLayer(df, name="million")
    t0 = time.perf_counter()
    w = AttributeTableWidget(layer)
    qtbot.addWidget(w)
    t1 = time.perf_counter()
    w.model.sort_by("value")
    t2 = time.perf_counter()
    w.model.sort_by("ward")
    t3 = time.perf_counter()
    mask = w.model.compute_text_mask("vy da")
    t4 = time.perf_counter()
    layer.selection = np.arange(0, n, 3)  # scattered after the sort: highlight only
    t5 = time.perf_counter()
    print(f"\n1M rows: widget {t1 - t0:.3f} s, sort number {t2 - t1:.3f} s, sort text {t3 - t2:.3f} s, "
          f"text filter {t4 - t3:.3f} s, select 333,334 rows {t5 - t4:.3f} s")
    assert w.model.rowCount() == n
    values = df["value"].to_numpy()
    order = w.model.positions()
    ward = df["ward"].to_numpy()
    assert (ward[order[:3]] == "An Cựu").all() and pd.isna(ward[order[-1]])
    w.model.sort_by("value")
    assert np.all(np.diff(values[w.model.positions()]) >= 0)
    assert mask.sum() == (df["ward"] == "Vỹ Dạ").sum()
    assert w.model.is_selected(w.model.view_rows([3])[0])


def test_new_data_with_other_columns(qtbot, widget, big_layer):
    widget.model.sort_by("name")
    widget.set_column_filter("i", 5)
    assert widget.model.rowCount() == 1
    df = big_layer.data.rename(columns={"i": "j"}).iloc[:10].copy()
    big_layer.data = df  # the column filtered on is gone; the sort column is still there
    assert widget.model.columns == ["j", "name"]
    assert [widget.column_combo.itemText(i) for i in range(widget.column_combo.count())][1:] == ["j", "name"]
    assert widget.model.rowCount() == 10 and widget.model.column_filter is None
    assert [df["name"].iat[p] for p in widget.model.positions()][:3] == ["row 0", "row 1", "row 2"]


def test_sample_requests(sample_data):
    """The Huế sample's 50,000 service requests: accent-free search, times in +07:00, newest first."""
    from gisdesk.io import open_path

    layer = open_path(sample_data / "service_requests.zip").layers[0]
    model = AttributeTableModel(layer)
    model.set_text_filter("Vy Da")
    wards = layer.data["ward_name"]
    assert model.rowCount() == (wards == "Phường Vỹ Dạ").sum() > 1000
    assert set(wards.iloc[model.positions()]) == {"Phường Vỹ Dạ"}
    model.set_text_filter("")
    model.sort_by("requested_datetime", ascending=False)
    column = model.columns.index("requested_datetime")
    newest = layer.data["requested_datetime"].max()
    assert model.data(model.index(0, column)) == newest.tz_convert("Asia/Ho_Chi_Minh").strftime("%Y-%m-%d %H:%M:%S")
    assert "geometry" not in model.columns


def test_real_files(shared_data):
    """GADM's Huế communes (names without spaces, "Vĩ" for "Vỹ"), DBF dates and logicals, a +07:00 time."""
    from gisdesk.io import open_path

    hue = open_path(shared_data / "vietnam_admin/hue_communes_gadm41/hue.json").layers[0]
    model = AttributeTableModel(hue)
    model.set_text_filter("Vy Da")
    assert hue.data["NAME_3"].iloc[model.positions()].tolist() == ["VĩDạ"]
    model.set_text_filter("NA")  # the literal "NA" strings are text, not missing values
    assert model.rowCount() == len(hue.data)
    quirks = shared_data / "shapefile_quirks"
    dates = AttributeTableModel(open_path(quirks / "mbostock-shapefile/date-property/date-property.shp").layers[0])
    assert dates.data(dates.index(0, 0)) == "2013-01-02"
    logical = AttributeTableModel(
        open_path(quirks / "mbostock-shapefile/boolean-property/boolean-property.shp").layers[0])
    assert [logical.data(logical.index(r, 0)) for r in range(3)] == ["", "true", "true"]
    tz = AttributeTableModel(open_path(quirks / "fiona/misc/test_tz.geojson").layers[0])
    assert tz.data(tz.index(0, 0)) == "2015-04-22 00:00:00"
