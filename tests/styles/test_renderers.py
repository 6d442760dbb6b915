"""Renderers: dict round trips, vectorised classify against a per-row loop, validation of broken styles."""

from __future__ import annotations

import unicodedata

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from gisdesk.styles.ramps import QUALITATIVE
from gisdesk.styles.renderers import (
    CategorizedRenderer,
    Category,
    GraduatedClass,
    GraduatedRenderer,
    HeatmapRenderer,
    LabelSettings,
    SingleRenderer,
    categorized_for,
    renderer_from_dict,
    resolve_column,
)
from gisdesk.styles.single import SingleSymbol
from tests.styles.brute import brute_categorized, brute_graduated

NFD_HUE = unicodedata.normalize("NFD", "Huế")
LABELS = LabelSettings("name", size_pt=9.5, color=(1, 2, 3, 255), halo_width_mm=1.0, enabled=False)


def _sym(i: int) -> SingleSymbol:
    return SingleSymbol(fill=QUALITATIVE[i], stroke=(0, 0, 0, 255), stroke_width=0.3, size=2.5)


def _renderers() -> list:
    cats = [Category("Huế", _sym(0), "Hue"), Category(3, _sym(1)), Category(2.5, _sym(2)), Category(True, _sym(3)),
            Category(None, _sym(4), "no value")]
    classes = [GraduatedClass(0.0, 10.0, _sym(0), "0 – 10"), GraduatedClass(10.0, 20.5, _sym(1)),
               GraduatedClass(30.0, 40.0, _sym(2), "30 – 40")]
    return [
        SingleRenderer(),
        SingleRenderer(_sym(2), LABELS),
        CategorizedRenderer("kind", cats, other=_sym(5), labels=LABELS),
        CategorizedRenderer("kind", cats[:2]),
        GraduatedRenderer("pop", "quantiles", 3, classes, ramp="YlOrRd", labels=LABELS),
        GraduatedRenderer("pop", "manual", 2, classes[:2], ramp=((0, 0, 0, 255), (255, 255, 255, 255))),
        GraduatedRenderer("pop"),
        HeatmapRenderer(),
        HeatmapRenderer(radius_mm=4.5, ramp="Viridis", weight="count", max_value=12.5),
    ]


@pytest.mark.parametrize("renderer", _renderers(), ids=lambda r: r.kind)
def test_round_trip_through_dict_and_json(renderer) -> None:
    import json

    d = renderer.to_dict()
    assert d["kind"] == renderer.kind
    assert renderer_from_dict(d) == renderer
    assert renderer_from_dict(json.loads(json.dumps(d))) == renderer  # what the project file does


def test_empty_style_is_default_single_symbol() -> None:
    assert renderer_from_dict(None) == SingleRenderer()
    assert renderer_from_dict({}) == SingleRenderer()
    # the issue-2 dict form still reads
    r = renderer_from_dict({"kind": "single", "fill": [1, 2, 3], "stroke": "#ff000080", "stroke_width": 1, "size": 4})
    assert r.symbol == SingleSymbol(fill=(1, 2, 3, 255), stroke=(255, 0, 0, 128), stroke_width=1.0, size=4.0)


def _frame() -> pd.DataFrame:
    kinds = ["Huế", NFD_HUE, None, np.nan, "other", 3, 3.0, 2.5, True, "", "huế", 4]
    return pd.DataFrame({"kind": pd.Series(kinds, dtype=object)})


@pytest.mark.parametrize("with_other", [False, True])
def test_categorized_classify_matches_a_per_row_loop(with_other: bool) -> None:
    r = _renderers()[2]
    if not with_other:
        r = CategorizedRenderer(r.column, r.categories, None)
    df = _frame()
    idx, symbols = r.classify(df)
    assert idx.dtype == np.int32 and len(idx) == len(df)
    assert idx.tolist() == brute_categorized(r, df["kind"].tolist())
    assert len(symbols) == len(r.categories) + with_other
    # spot checks of the semantics the loop encodes
    assert idx[0] == idx[1] == 0  # NFC and NFD spellings are one value
    assert idx[2] == idx[3] == 4  # None and NaN are the "no value" category
    assert idx[5] == idx[6] == 1  # 3 and 3.0 match the category 3
    assert (idx[4] == 5) if with_other else (idx[4] == -1)  # unknown value


def test_categorized_classify_string_and_categorical_dtypes() -> None:
    values = ["a", "b", None, "c", "b", NFD_HUE, "zz"]
    r = CategorizedRenderer("k", [Category("b", _sym(0)), Category("Huế", _sym(1)), Category("a", _sym(2))])
    expected = brute_categorized(r, values)
    assert expected == [2, 0, -1, -1, 0, 1, -1]
    for dtype in ("str", "string", "category", object):
        df = pd.DataFrame({"k": pd.Series(values, dtype=dtype)})
        assert r.classify(df)[0].tolist() == expected, dtype


def test_categorized_classify_numbers_and_bools() -> None:
    r = CategorizedRenderer("n", [Category(1, _sym(0)), Category(2.5, _sym(1)), Category(None, _sym(2))])
    for series in (pd.Series([1, 2, 3, 1], dtype="int64"), pd.Series([1.0, 2.5, np.nan, 7.0]),
                   pd.Series([1, None, 2, 1], dtype="Int64")):
        df = pd.DataFrame({"n": series})
        assert r.classify(df)[0].tolist() == brute_categorized(r, series.tolist())
    rb = CategorizedRenderer("b", [Category(False, _sym(0)), Category(True, _sym(1))])
    assert rb.classify(pd.DataFrame({"b": [True, False, True]}))[0].tolist() == [1, 0, 1]


def test_duplicate_category_values_first_wins() -> None:
    r = CategorizedRenderer("k", [Category("a", _sym(0)), Category("a", _sym(1)), Category("b", _sym(2))])
    assert r.classify(pd.DataFrame({"k": ["a", "b"]}))[0].tolist() == [0, 2]


def test_absent_column_draws_nothing() -> None:
    df = pd.DataFrame({"other": [1, 2, 3]})
    cat, grad = _renderers()[2], _renderers()[4]
    assert cat.other is not None
    for r in (cat, grad):
        idx, symbols = r.classify(df)
        assert idx.tolist() == [-1, -1, -1] and symbols
    assert (HeatmapRenderer(weight="w").weights_for(df) == 0).all()
    assert HeatmapRenderer().classify(df)[0].tolist() == [-1, -1, -1]
    assert HeatmapRenderer().weights_for(df) is None


def test_graduated_classify_matches_a_per_row_loop() -> None:
    r = _renderers()[4]  # classes 0-10, 10-20.5, (gap), 30-40
    values = [-1, 0, 5, 10, 10.0001, 20.5, 25, 30, 40, 40.5, np.nan, None, np.inf, -np.inf, "12", "abc", True]
    df = pd.DataFrame({"pop": pd.Series(values, dtype=object)})
    idx, symbols = r.classify(df)
    assert idx.dtype == np.int32 and len(symbols) == 3
    assert idx.tolist() == brute_graduated(r, values)
    assert idx.tolist() == [-1, 0, 0, 0, 1, 1, -1, 2, 2, -1, -1, -1, -1, -1, 1, -1, 0]
    # classes given out of order classify the same
    shuffled = GraduatedRenderer("pop", classes=[r.classes[2], r.classes[0], r.classes[1]])
    assert shuffled.classify(df)[0].tolist() == brute_graduated(shuffled, values)
    # numeric dtypes with nulls
    for s in (pd.Series([1, None, 15], dtype="Int64"), pd.Series([1.0, np.nan, 35.0], dtype="float32"),
              pd.Series(["1", None, "35"], dtype="str")):
        got = r.classify(pd.DataFrame({"pop": s}))[0].tolist()
        assert got == brute_graduated(r, s.tolist())
        assert got[1] == -1


def test_graduated_classify_dates_are_not_numbers() -> None:
    r = _renderers()[4]
    df = pd.DataFrame({"pop": pd.to_datetime(["2024-01-01", "2024-02-01"]).tz_localize("Asia/Ho_Chi_Minh")})
    assert r.classify(df)[0].tolist() == [-1, -1]


def _points_gdf(values: list, column: str = "kind") -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({column: values}, geometry=[Point(i, i) for i in range(len(values))], crs="EPSG:4326")


def test_categorized_from_data_orders() -> None:
    values = ["b"] * 5 + ["a"] * 3 + [NFD_HUE] * 2 + ["Huế"] * 2 + ["c"] + [None] * 2 + ["d", "e"]
    gdf = _points_gdf(values)
    r = CategorizedRenderer.from_data(gdf, "kind", max_categories=3)
    assert [c.value for c in r.categories] == ["b", "Huế", "a", None]
    assert [c.label for c in r.categories] == ["b", "Huế", "a", ""]
    assert all(unicodedata.is_normalized("NFC", c.value) for c in r.categories[:3])
    assert r.other is not None  # c, d, e do not fit
    assert [c.symbol.fill for c in r.categories[:3]] == list(QUALITATIVE[:3])
    assert r.categories[3].symbol.fill != r.other.fill  # no value and other look different
    idx, _ = r.classify(gdf)
    assert idx.tolist() == brute_categorized(r, values)
    assert (idx >= 0).all()  # everything is drawn
    by_value = CategorizedRenderer.from_data(gdf, "kind", sort="value", include_null=False)
    assert [c.value for c in by_value.categories] == ["a", "b", "c", "d", "e", "Huế"]
    assert by_value.other is None
    assert by_value.classify(gdf)[0].tolist() == brute_categorized(by_value, values)


def test_categorized_vietnamese_value_order() -> None:
    values = ["Đông Ba", "Dương Nỗ", "An Cựu", "Ấp", "Zê", "an hòa", "Bình"]
    r = CategorizedRenderer.from_data(pd.DataFrame({"w": values}), "w", sort="value")
    # marks and case are ignored first; Đ comes after D, before E
    assert [c.value for c in r.categories] == ["An Cựu", "an hòa", "Ấp", "Bình", "Dương Nỗ", "Đông Ba", "Zê"]


def test_categorized_from_data_geometry_decides_the_coloured_part() -> None:
    lines = gpd.GeoDataFrame({"k": ["x", "y"]}, geometry=[LineString([(0, 0), (1, 1)])] * 2)
    polys = gpd.GeoDataFrame({"k": ["x", "y"]}, geometry=[box(0, 0, 1, 1), None])
    r_lines = CategorizedRenderer.from_data(lines, "k")
    assert [c.symbol.stroke for c in r_lines.categories] == list(QUALITATIVE[:2])
    assert all(c.symbol.fill[3] == 0 for c in r_lines.categories)
    r_polys = CategorizedRenderer.from_data(polys, "k")
    assert [c.symbol.fill for c in r_polys.categories] == list(QUALITATIVE[:2])
    template = SingleSymbol(stroke=(9, 9, 9, 255), stroke_width=1.5, size=5.0)
    r_pts = CategorizedRenderer.from_data(_points_gdf(["x"]), "kind", template=template)
    assert r_pts.categories[0].symbol == SingleSymbol(fill=QUALITATIVE[0], stroke=(9, 9, 9, 255),
                                                      stroke_width=1.5, size=5.0)
    # a template's transparency is kept, unless it would hide the colour altogether
    see_through = SingleSymbol(fill=(1, 1, 1, 70), stroke=(5, 5, 5, 255))
    r_polys = CategorizedRenderer.from_data(polys, "k", template=see_through)
    assert r_polys.categories[0].symbol == SingleSymbol(fill=(*QUALITATIVE[0][:3], 70), stroke=(5, 5, 5, 255))
    hollow = SingleSymbol(fill=(0, 0, 0, 0), stroke=(5, 5, 5, 128))
    assert CategorizedRenderer.from_data(polys, "k", template=hollow).categories[0].symbol.fill == QUALITATIVE[0]
    r_lines = CategorizedRenderer.from_data(lines, "k", template=hollow)
    assert r_lines.categories[1].symbol == SingleSymbol(fill=(0, 0, 0, 0), stroke=(*QUALITATIVE[1][:3], 128))


def test_categorized_palettes() -> None:
    gdf = _points_gdf([f"v{i:02d}" for i in range(30)])
    r = CategorizedRenderer.from_data(gdf, "kind", max_categories=30, sort="value")
    fills = [c.symbol.fill for c in r.categories]
    assert len(set(fills)) == 30 and fills[:20] == list(QUALITATIVE)
    ramp = CategorizedRenderer.from_data(gdf, "kind", palette="Blues", max_categories=3, sort="value")
    assert ramp.categories[0].symbol.fill == (247, 251, 255, 255)
    assert ramp.categories[-1].symbol.fill == (8, 48, 107, 255)
    listed = CategorizedRenderer.from_data(gdf, "kind", palette=["#ff0000", [0, 0, 255]], max_categories=2)
    assert [c.symbol.fill for c in listed.categories] == [(255, 0, 0, 255), (0, 0, 255, 255)]


def test_categorized_non_text_values_become_json_keys() -> None:
    ts = pd.to_datetime(["2024-11-01", "2024-11-01", "2024-11-02"]).tz_localize("Asia/Ho_Chi_Minh")
    df = pd.DataFrame({"d": ts, "i": np.array([3, 3, 4], dtype=np.int16), "f": [0.5, np.nan, 0.5]})
    rd = CategorizedRenderer.from_data(df, "d")
    assert [c.value for c in rd.categories] == ["2024-11-01T00:00:00+07:00", "2024-11-02T00:00:00+07:00"]
    assert rd.classify(df)[0].tolist() == [0, 0, 1]
    ri = CategorizedRenderer.from_data(df, "i")
    assert [type(c.value) for c in ri.categories] == [int, int]
    rf = CategorizedRenderer.from_data(df, "f")
    assert [c.value for c in rf.categories] == [0.5, None]
    assert rf.classify(df)[0].tolist() == [0, 1, 0]
    for r in (rd, ri, rf):
        assert renderer_from_dict(r.to_dict()) == r


def test_categorized_for_the_cli() -> None:
    gdf = _points_gdf(["x", "y", "x"], column="Loại")
    d = categorized_for(gdf, "loại")  # case-insensitive fallback
    assert d["kind"] == "categorized" and d["column"] == "Loại"
    assert [c["value"] for c in d["categories"]] == ["x", "y"]
    assert resolve_column(gdf, unicodedata.normalize("NFD", "LOẠI")) == "Loại"
    with pytest.raises(ValueError, match=r"no column 'category'; the columns are: Loại"):
        categorized_for(gdf, "category")
    with pytest.raises(ValueError, match="no column"):
        CategorizedRenderer.from_data(gdf, "category")


BROKEN = [
    ("not a dict", "a style is a dict"),
    ({"kind": "pie"}, r"unknown style kind 'pie'; expected one of single, categorized, graduated, heatmap"),
    ({"kind": "categorized", "categories": []}, r"broken categorized style: it needs a 'column'"),
    ({"kind": "graduated", "classes": []}, r"broken graduated style: it needs a 'column'"),
    ({"kind": "single", "fill": [300, 0, 0]}, r"broken single style: a colour is 3 or 4 integers 0-255"),
    ({"kind": "single", "fill": "red"}, r"a colour is .* got 'red'"),
    ({"kind": "single", "stroke": 5}, r"a colour is .* got 5"),
    ({"kind": "single", "stroke_width": "thick"}, r"stroke_width is a length in millimetres"),
    ({"kind": "single", "size": -1}, r"size must be a length of 0 mm or more"),
    ({"kind": "categorized", "column": "k", "categories": [{"value": "a"}]}, r"a category is a dict"),
    ({"kind": "categorized", "column": "k", "categories": [{"value": [1], "symbol": {}}]}, r"a category value is"),
    ({"kind": "categorized", "column": "k", "categories": [{"value": 1, "symbol": {"fill": [1]}}]},
     r"a colour is"),
    ({"kind": "categorized", "column": "k", "categories": {"a": 1}}, r"'categories' is a list"),
    ({"kind": "graduated", "column": "p", "classes": [{"lower": 3, "upper": 1, "symbol": {}}]},
     r"a class goes from a lower to a higher finite number"),
    ({"kind": "graduated", "column": "p", "classes": [{"lower": 0, "symbol": {}}]}, r"'lower', 'upper' and 'symbol'"),
    ({"kind": "graduated", "column": "p", "classes": [{"lower": "x", "upper": 1, "symbol": {}}]},
     r"lower is a number"),
    ({"kind": "graduated", "column": "p", "method": "jenks"}, r"unknown classification method 'jenks'"),
    ({"kind": "graduated", "column": "p", "k": 0}, r"k \(the number of classes\) must be a whole number"),
    ({"kind": "graduated", "column": "p", "ramp": "Rainbow"}, r"unknown colour ramp 'Rainbow'"),
    ({"kind": "heatmap", "radius_mm": 0}, r"broken heatmap style: radius_mm must be above 0"),
    ({"kind": "heatmap", "radius_mm": "big"}, r"radius_mm is a number"),
    ({"kind": "heatmap", "ramp": [[0, 0, 0, 0]]}, r"a colour ramp needs at least 2 colours"),
    ({"kind": "heatmap", "ramp": [[0, 0, 0], "#zzzzzz"]}, r"a colour is"),
    ({"kind": "heatmap", "max_value": -3}, r"max_value must be above 0"),
    ({"kind": "heatmap", "weight": 7}, r"weight is a column name or None"),
    ({"kind": "single", "labels": {"size_pt": 9}}, r"broken single style: labels need a 'column'"),
    ({"kind": "single", "labels": {"column": "n", "color": [1, 2]}}, r"a colour is"),
    ({"kind": "categorized", "column": "k", "other": {"kind": "pie"}}, r"not a single-symbol style"),
]


@pytest.mark.parametrize(("style", "message"), BROKEN, ids=[str(i) for i in range(len(BROKEN))])
def test_broken_styles_raise_a_clear_value_error(style, message) -> None:
    with pytest.raises(ValueError, match=message):
        renderer_from_dict(style)


def test_heatmap_renderer_helpers() -> None:
    r = HeatmapRenderer(radius_mm=10, weight="w", max_value=4.0)
    assert r.radius_px(96) == pytest.approx(10 * 96 / 25.4)
    df = pd.DataFrame({"w": pd.Series([1.5, None, "x", -2], dtype=object)})
    assert r.weights_for(df).tolist() == [1.5, 0.0, 0.0, -2.0]
    grid = r.density_grid([2.5], [1.5], 5, 4, 1.9, weights=[8.0])
    rgba = r.colorize(grid)
    assert rgba.shape == (4, 5, 4) and rgba.dtype == np.uint8
    assert tuple(rgba[1, 2]) == r.ramp[-1]  # 8 > max_value 4: clipped to the top colour
    assert tuple(rgba[3, 0]) == (0, 0, 0, 0)
