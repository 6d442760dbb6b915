"""Marker shapes in the style model: the symbol dict round trip, old dicts, the shape outlines, categories
built from data, the legend model, and the service requests' category-icon style (synthetic and real data)."""

from __future__ import annotations

import json
import unicodedata

import numpy as np
import pandas as pd
import pytest
import shapely

from gisdesk.styles.legend import legend_for
from gisdesk.styles.renderers import CategorizedRenderer, renderer_from_dict
from gisdesk.styles.single import MARKER_SHAPES, SingleSymbol, marker_outline, marker_shape


@pytest.mark.parametrize("shape", MARKER_SHAPES)
def test_symbol_round_trip_keeps_the_shape(shape):
    sym = SingleSymbol(fill=(1, 2, 3, 255), size=2.5, shape=shape)
    d = json.loads(json.dumps(sym.to_dict()))
    assert SingleSymbol.from_dict(d) == sym
    assert renderer_from_dict(d).symbol.shape == shape
    # the default circle is left out of the dict, every other shape is written
    assert ("shape" in d) == (shape != "circle")


def test_old_dicts_without_a_shape_load_as_circles():
    old = {"kind": "single", "fill": [1, 2, 3, 255], "stroke": [0, 0, 0, 255], "stroke_width": 0.2, "size": 2.0}
    assert SingleSymbol.from_dict(old).shape == "circle"
    assert renderer_from_dict(old).to_dict() == old  # an old style is written back exactly as it was
    cat = {"kind": "categorized", "column": "c", "other": None,
           "categories": [{"value": "a", "label": "a", "symbol": old}]}
    assert renderer_from_dict(cat).to_dict() == cat


def test_shape_names_are_checked():
    assert marker_shape(" Triangle ") == "triangle" and marker_shape(None) == "circle"
    assert SingleSymbol(shape="STAR").shape == "star"
    with pytest.raises(ValueError, match="unknown marker shape 'blob'; expected one of circle, square"):
        SingleSymbol(shape="blob")
    with pytest.raises(ValueError, match="broken categorized style: unknown marker shape 3"):
        renderer_from_dict({"kind": "categorized", "column": "c",
                            "categories": [{"value": "a", "symbol": {"shape": 3}}]})


@pytest.mark.parametrize("shape", [s for s in MARKER_SHAPES if s != "circle"])
def test_outlines_are_valid_polygons_in_the_unit_box(shape):
    xy = marker_outline(shape)
    poly = shapely.Polygon(xy)
    assert poly.is_valid and poly.area > 0.5
    assert np.abs(xy).max() <= 1.0 + 1e-9
    # symmetric about the vertical axis: the mirror image covers the same area
    mirrored = shapely.Polygon(xy * [-1, 1])
    assert poly.symmetric_difference(mirrored).area < 1e-9
    with pytest.raises(ValueError):
        xy[0, 0] = 5  # shared, read-only


def test_triangle_points_up_and_square_fills_its_box():
    tri, sq = marker_outline("triangle"), marker_outline("square")
    assert tri[np.argmin(tri[:, 1])].tolist() == [0.0, -1.0]  # apex at the top (y down)
    assert shapely.Polygon(sq).area == pytest.approx(4.0)
    assert shapely.Polygon(tri).area == pytest.approx(2.0)
    assert marker_outline("circle") is None


def test_categories_from_data_take_the_template_shape():
    df = pd.DataFrame({"kind": ["a", "b", "a", "c"]})
    template = SingleSymbol(fill=(0, 0, 0, 255), shape="diamond")
    r = CategorizedRenderer.from_data(df, "kind", template=template, geometry_family="point")
    assert {c.symbol.shape for c in r.categories} == {"diamond"}
    assert renderer_from_dict(r.to_dict()).to_dict() == r.to_dict()


def test_legend_rows_carry_the_shape():
    style = {"kind": "categorized", "column": "c", "other": None, "categories": [
        {"value": "a", "label": "A", "symbol": {"fill": [255, 0, 0, 255], "shape": "triangle"}},
        {"value": "b", "label": "B", "symbol": {"fill": [0, 0, 255, 255]}}]}
    items = legend_for("Requests", style, "point")
    assert [(i.label, i.symbol.shape, i.geometry) for i in items[1:]] == [("A", "triangle", "point"),
                                                                          ("B", "circle", "point")]


# ------------------------------------------------------------------------------------------------
# service requests: the category-icon style
# ------------------------------------------------------------------------------------------------
def _requests(counts: dict[str, int], missing: int = 0) -> pd.DataFrame:
    names = [name for name, k in counts.items() for _ in range(k)] + [None] * missing
    rng = np.random.default_rng(3)
    return pd.DataFrame({"service_name": pd.array(rng.permutation(np.array(names, dtype=object)), dtype="str"),
                         "service_code": "X"})


def test_request_category_style_gives_the_top_categories_their_own_icon():
    from gisdesk.layers.service_requests import CATEGORY_ICONS, default_style

    counts = {f"Loại {i:02d}": 200 - 10 * i for i in range(12)}  # 12 categories, "Loại 00" most frequent
    data = _requests(counts, missing=5)
    style = default_style("category", data)
    assert style["kind"] == "categorized" and style["column"] == "service_name"
    cats = style["categories"]
    named = [c for c in cats if c["value"] is not None]
    assert [c["value"] for c in named] == [f"Loại {i:02d}" for i in range(len(CATEGORY_ICONS))]
    shapes = [c["symbol"].get("shape", "circle") for c in named]
    colours = [tuple(c["symbol"]["fill"]) for c in named]
    assert len(set(shapes)) == len(shapes) == len(CATEGORY_ICONS)  # each its own shape...
    assert len(set(colours)) == len(colours)  # ...and colour
    assert cats[-1]["value"] is None and style["other"] is not None  # no category; the 3 rarest categories
    # every row is drawn, each with its category's symbol (vectorised classify against a per-row lookup)
    renderer = renderer_from_dict(style)
    index, symbols = renderer.classify(data)
    assert (index >= 0).all()
    want = {c.value: i for i, c in enumerate(renderer.categories)}
    other = len(symbols) - 1
    expected = [want.get(v, other) if isinstance(v, str) else want[None] for v in data["service_name"].tolist()]
    assert index.tolist() == expected
    assert default_style() == default_style("state")  # the state style stays the default
    with pytest.raises(ValueError, match="pass the layer's data"):
        default_style("category")
    with pytest.raises(ValueError, match="unknown request style"):
        default_style("colour")


def test_request_category_style_matches_nfd_names_and_falls_back_to_codes():
    from gisdesk.layers.service_requests import default_style

    nfd = unicodedata.normalize("NFD", "Vệ sinh môi trường")
    data = pd.DataFrame({"service_name": pd.array([nfd, "Vệ sinh môi trường", "Cây xanh"], dtype="str")})
    style = default_style("category", data)
    assert [c["value"] for c in style["categories"]] == ["Vệ sinh môi trường", "Cây xanh"]  # one NFC value
    assert (renderer_from_dict(style).classify(data)[0] == [0, 0, 1]).all()
    blank = pd.DataFrame({"service_name": pd.array([None, " "], dtype="str"),
                          "service_code": pd.array(["VSMT", "GTDB"], dtype="str")})
    assert default_style("category", blank)["column"] == "service_code"


def test_request_category_style_on_real_nyc_311(shared_data):
    """1,000 NYC 311 requests with 101 complaint types (top: Illegal Parking 88, Noise - Residential 84,
    Blocked Driveway 65): nine icons for the nine most frequent, a grey marker for the rest."""
    from gisdesk.io.service_requests import read_requests
    from gisdesk.layers import ServiceRequestLayer
    from gisdesk.layers.service_requests import default_style

    data = read_requests(shared_data / "city_services/nyc311_2018_1000rows/311_Service_Requests.csv",
                         tz="America/New_York")
    layer = ServiceRequestLayer(data.points(), name="311", now="2019-10-01T00:00-04:00")
    style = default_style("category", layer.attributes)
    named = [c["value"] for c in style["categories"] if c["value"] is not None]
    assert named[:3] == ["Illegal Parking", "Noise - Residential", "Blocked Driveway"]
    assert len(named) == 9 and style["other"] is not None
    index, _ = renderer_from_dict(style).classify(layer.attributes)
    assert (index >= 0).all()  # the 92 other complaint types are drawn too, in grey
    top = layer.attributes["service_name"].isin(named).to_numpy()
    assert (index[top] < 9).all() and (index[~top] >= 9).all()


# ------------------------------------------------------------------------------------------------
# the style dialog's marker-shape combo (point layers only)
# ------------------------------------------------------------------------------------------------
def _dialog(qtbot, geometry, style=None):
    import geopandas as gpd
    from PySide6.QtGui import QUndoStack
    from shapely.geometry import Point, box

    from gisdesk.layers.vector import VectorLayer
    from gisdesk.widgets.style_dialog import StyleDialog

    geoms = [Point(i, i) for i in range(4)] if geometry == "point" else [box(i, 0, i + 1, 1) for i in range(4)]
    layer = VectorLayer(gpd.GeoDataFrame({"kind": ["a", "b", "a", "c"]}, geometry=geoms, crs="EPSG:9214"),
                        name="l", style=style)
    d = StyleDialog(layer, QUndoStack())
    qtbot.addWidget(d)
    return d, layer


def test_style_dialog_offers_the_marker_shape_for_points(qtbot):
    d, layer = _dialog(qtbot, "point", {"kind": "single", "fill": [1, 2, 3, 255], "size": 2.0, "shape": "star"})
    assert [d.shape_combo.itemData(i) for i in range(d.shape_combo.count())] == list(MARKER_SHAPES)
    assert d.shape_combo.currentData() == "star" and not d.shape_combo.itemIcon(0).isNull()
    assert d.style()["shape"] == "star"
    d.shape_combo.setCurrentIndex(d.shape_combo.findData("triangle"))
    assert d.apply() and layer.style["shape"] == "triangle"
    # categories built from the data take the chosen shape
    d.set_kind("categorized")
    d.cat_column.setCurrentText("kind")
    style = d.style()
    assert {c["symbol"].get("shape") for c in style["categories"]} == {"triangle"}
    d.shape_combo.setCurrentIndex(d.shape_combo.findData("circle"))
    assert "shape" not in d._symbol().to_dict()


def test_style_dialog_has_no_marker_shape_for_polygons(qtbot):
    d, _layer = _dialog(qtbot, "polygon", {"kind": "single", "fill": [1, 2, 3, 255], "shape": "star"})
    d.show()
    assert not d.shape_combo.isVisible()
    assert "shape" not in d.style()  # polygons are not markers: no shape in their symbol
