"""Legend model and colour ramps."""

from __future__ import annotations

import pytest

from gisdesk.styles.legend import LEGEND_STRINGS, RAMPS, interpolate_ramp, legend_for
from gisdesk.styles.ramps import QUALITATIVE, qualitative_colors, ramp_lut, ramp_stops
from gisdesk.styles.renderers import CategorizedRenderer, Category, GraduatedClass, GraduatedRenderer, HeatmapRenderer
from gisdesk.styles.single import SingleSymbol, default_style

VI = {"Other values": "Giá trị khác", "No value": "Không có giá trị", "Point density": "Mật độ điểm",
      "low": "thấp", "high": "cao"}


def test_single_symbol_legend() -> None:
    style = default_style("polygon")
    items = legend_for("Phường/xã", style, "polygon")
    assert [i.role for i in items] == ["heading", "symbol"]
    assert items[0].label == "Phường/xã" and items[0].heading
    assert items[1].symbol == SingleSymbol.from_dict(style) and items[1].label == ""
    assert items[1].geometry == "polygon"


def test_categorized_legend_with_no_value_and_other_translated() -> None:
    sym = [SingleSymbol(fill=c) for c in QUALITATIVE[:4]]
    r = CategorizedRenderer("k", [Category("a", sym[0], "Loại A"), Category(7, sym[1]), Category(None, sym[2]),
                                  Category("open", sym[0], "Open")], other=sym[3])
    items = legend_for("Layer", r.to_dict(), "point", translate=lambda t: {**VI, "Open": "Đang mở"}.get(t, t))
    # a default style's label ("Open") is translated, the user's own ("Loại A") and the data's (7) are kept
    assert [(i.role, i.label) for i in items] == [("heading", "Layer"), ("symbol", "Loại A"), ("symbol", "7"),
                                                  ("symbol", "Không có giá trị"), ("symbol", "Đang mở"),
                                                  ("symbol", "Giá trị khác")]
    assert [i.symbol for i in items[1:]] == [*sym[:3], sym[0], sym[3]]
    assert {i.geometry for i in items} == {"point"}
    assert [i.label for i in legend_for("L", r.to_dict())][-3:] == ["No value", "Open", "Other values"]


def test_graduated_legend() -> None:
    classes = [GraduatedClass(0, 10, SingleSymbol(fill=(1, 1, 1, 255))),
               GraduatedClass(10, 25.5, SingleSymbol(fill=(2, 2, 2, 255)), "mid")]
    items = legend_for("G", GraduatedRenderer("p", classes=classes).to_dict(), "line")
    assert [i.label for i in items] == ["G", "0 \u2013 10", "mid"]
    assert items[1].symbol.fill == (1, 1, 1, 255) and items[2].geometry == "line"


def test_heatmap_legend_is_a_ramp() -> None:
    items = legend_for("Heat", HeatmapRenderer().to_dict(), "point", translate=VI.get)
    assert [i.role for i in items] == ["heading", "ramp"]
    assert items[1].ramp == RAMPS["heat"] and items[1].label == "Mật độ điểm"
    assert items[1].ramp_labels == ("thấp", "cao")
    fixed = legend_for("Heat", HeatmapRenderer(weight="cases", max_value=25.0, ramp="Reds").to_dict())
    assert fixed[1].label == "cases" and fixed[1].ramp_labels == ("0", "25")
    assert fixed[1].ramp == RAMPS["Reds"]


def test_raster_and_broken_styles() -> None:
    assert [i.role for i in legend_for("DEM", {"kind": "raster"})] == ["heading"]
    with pytest.raises(ValueError, match="unknown style kind"):
        legend_for("X", {"kind": "pie"})


def test_every_legend_string_is_listed_for_translation() -> None:
    seen: set[str] = set()

    def spy(text: str) -> str:
        seen.add(text)
        return text

    cat = CategorizedRenderer("k", [Category(None, SingleSymbol())], other=SingleSymbol())
    legend_for("a", cat.to_dict(), translate=spy)
    legend_for("b", HeatmapRenderer().to_dict(), translate=spy)
    assert seen == set(LEGEND_STRINGS)


def test_ramps() -> None:
    assert {"YlOrRd", "Viridis", "Blues", "heat"} <= set(RAMPS)
    for name, stops in RAMPS.items():
        assert len(stops) >= 2 and all(len(c) == 4 and all(0 <= v <= 255 for v in c) for c in stops), name
        colours = interpolate_ramp(name, 5)
        assert colours[0] == stops[0] and colours[-1] == stops[-1]
    assert interpolate_ramp([[0, 0, 0], [255, 255, 255]], 3) == [(0, 0, 0, 255), (128, 128, 128, 255),
                                                                   (255, 255, 255, 255)]
    assert interpolate_ramp([[0, 0, 0, 0], [100, 200, 50, 255]], 1) == [(50, 100, 25, 128)]
    assert interpolate_ramp("viridis", 0) == []
    assert ramp_stops("ylorrd") == RAMPS["YlOrRd"]
    lut = ramp_lut("heat", 256)
    assert lut.shape == (256, 4) and tuple(lut[0]) == RAMPS["heat"][0] and tuple(lut[-1]) == RAMPS["heat"][-1]
    with pytest.raises(ValueError, match="unknown colour ramp 'Rainbow'; known ramps: YlOrRd"):
        interpolate_ramp("Rainbow", 3)
    with pytest.raises(ValueError, match="a colour ramp is a ramp name or a list of colours"):
        ramp_stops(5)


def test_qualitative_palette() -> None:
    assert len(QUALITATIVE) >= 12 and len(set(QUALITATIVE)) == len(QUALITATIVE)
    # no greys: they mark "no value" and "other"
    assert all(max(c[:3]) - min(c[:3]) > 30 for c in QUALITATIVE)
    many = qualitative_colors(60)
    assert many[: len(QUALITATIVE)] == list(QUALITATIVE) and len(set(many)) == 60
    assert qualitative_colors(2, ["#102030", "#405060"]) == [(16, 32, 48, 255), (64, 80, 96, 255)]
