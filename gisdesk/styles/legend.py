"""The legend model (Qt-free), shared by the layers panel, the map legend and the print layouts.

``legend_for(layer_name, style)`` lists what a layer's legend shows, as ``LegendItem`` rows:

* first a heading (``item.heading``, ``item.role == "heading"``) with the layer name;
* then one symbol row per symbol or class (``item.symbol``; a single-symbol layer has one row with an empty
  label, which a drawer may put beside the heading); ``item.geometry`` says whether to draw the patch as a
  polygon, a line or a point marker;
* for a heatmap, one ramp row (``item.ramp`` colour stops from low to high, ``item.ramp_labels``).

Raster layers (style kind "raster") get the heading only. The few fixed English texts (``LEGEND_STRINGS``)
go through ``translate`` when given, so a Qt caller can pass its ``tr``.

Colour ramps live in ``gisdesk.styles.ramps`` and are re-exported here (``RAMPS``, ``interpolate_ramp``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from gisdesk.styles.ramps import QUALITATIVE, RAMPS, interpolate_ramp, qualitative_colors, ramp_lut, ramp_stops
from gisdesk.styles.renderers import LEGEND_STRINGS, LegendItem, Translate, renderer_from_dict

__all__ = ["LEGEND_STRINGS", "QUALITATIVE", "RAMPS", "LegendItem", "interpolate_ramp", "legend_for",
           "qualitative_colors", "ramp_lut", "ramp_stops"]

NON_FEATURE_KINDS = ("raster",)  # styles drawn elsewhere, with no symbol rows


def legend_for(
    layer_name: str,
    style: Mapping[str, Any] | None,
    geometry_family: str | None = None,
    translate: Translate | None = None,
) -> list[LegendItem]:
    """The legend rows of one layer: its heading, then its symbols/classes (or a heatmap's ramp).

    ``geometry_family``: "polygon" | "line" | "point" (the layer's), copied onto the symbol rows.
    ValueError when the style dict is broken (as ``renderer_from_dict``).
    """
    heading = LegendItem(str(layer_name), heading=True, geometry=geometry_family)
    if isinstance(style, Mapping) and style.get("kind") in NON_FEATURE_KINDS:
        return [heading]
    renderer = renderer_from_dict(style)
    family = "point" if renderer.kind == "heatmap" else geometry_family
    return [heading, *(replace(item, geometry=family) for item in renderer.legend_items(translate))]
