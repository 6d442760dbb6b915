"""The single-symbol style: one fill, one outline, one marker size and shape for every feature.

Point markers have a ``shape`` (``MARKER_SHAPES``; "circle" by default). Every shape but the circle is a
polygon given by ``marker_outline(shape)``: vertices in the unit box [-1, 1]² with y pointing down (screen
and image coordinates), scaled by half the marker's size. Like QGIS's simple markers, the square, diamond and
triangle fill that box; the pentagon, hexagon and star are inscribed in the unit circle; "cross" and "x" are
filled crosses (upright and diagonal). The arrays are plain numpy, so the Qt-free legend code and the
renderer (paths, pixel footprints) share one definition.
"""

from __future__ import annotations

import functools
import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from gisdesk.core.i18n import trf

RGBA = tuple[int, int, int, int]

# Distinct, print-friendly colours given in turn to new layers (ColorBrewer Set1/Dark2-like).
PALETTE: tuple[RGBA, ...] = (
    (228, 26, 28, 255),
    (55, 126, 184, 255),
    (77, 175, 74, 255),
    (152, 78, 163, 255),
    (255, 127, 0, 255),
    (166, 86, 40, 255),
    (247, 129, 191, 255),
    (27, 158, 119, 255),
)


#: marker shapes, in the order the style dialog offers them and category styles hand them out
MARKER_SHAPES: tuple[str, ...] = ("circle", "square", "triangle", "diamond", "star", "pentagon", "hexagon",
                                  "cross", "x")
#: half the width of a cross's arm, in the unit box
CROSS_HALF_WIDTH = 0.3
#: a star's inner radius over its outer radius (a regular five-pointed star)
STAR_INNER = 0.381966


def _regular(n: int, radius: float = 1.0, phase: float = 0.0) -> list[tuple[float, float]]:
    """``n`` points on a circle, the first straight up (screen y down)."""
    return [(radius * math.sin(phase + 2 * math.pi * k / n), -radius * math.cos(phase + 2 * math.pi * k / n))
            for k in range(n)]


@functools.cache
def marker_outline(shape: str) -> np.ndarray | None:
    """The polygon of a marker ``shape`` as (k, 2) float64 vertices (not closed; y down) in the unit box,
    or None for "circle". ValueError for an unknown shape. The array is shared: do not modify it."""
    shape = marker_shape(shape)
    if shape == "circle":
        return None
    c = CROSS_HALF_WIDTH
    cross = [(-c, -1), (c, -1), (c, -c), (1, -c), (1, c), (c, c), (c, 1), (-c, 1), (-c, c), (-1, c), (-1, -c),
             (-c, -c)]
    if shape == "square":
        pts = [(-1, -1), (1, -1), (1, 1), (-1, 1)]
    elif shape == "triangle":
        pts = [(0, -1), (1, 1), (-1, 1)]
    elif shape == "diamond":
        pts = [(0, -1), (1, 0), (0, 1), (-1, 0)]
    elif shape == "pentagon":
        pts = _regular(5)
    elif shape == "hexagon":
        pts = _regular(6)
    elif shape == "star":
        outer, inner = _regular(5), _regular(5, STAR_INNER, math.pi / 5)
        pts = [p for pair in zip(outer, inner, strict=True) for p in pair]
    elif shape == "cross":
        pts = cross
    else:  # "x": the cross turned by 45 degrees
        r = math.sqrt(0.5)
        pts = [((x - y) * r, (x + y) * r) for x, y in cross]
    out = np.array(pts, dtype=np.float64)
    out.setflags(write=False)
    return out


def marker_shape(value: Any) -> str:
    """A marker shape name from ``value`` (case and surrounding spaces ignored; None: "circle");
    ValueError naming the shapes there are when it is none of them."""
    if value is None:
        return "circle"
    text = str(value).strip().lower() if isinstance(value, str) else None
    if text not in MARKER_SHAPES:
        raise ValueError(trf("unknown marker shape {value!r}; expected one of {shapes}", value=value,
                             shapes=", ".join(MARKER_SHAPES)))
    return text


@dataclass
class SingleSymbol:
    kind: str = field(default="single", init=False)
    fill: RGBA = (200, 200, 200, 255)
    stroke: RGBA = (60, 60, 60, 255)
    stroke_width: float = 0.5  # millimetres on paper / at 96 dpi on screen
    size: float = 3.0  # marker diameter (the side of its box for shapes), millimetres
    shape: str = "circle"  # point markers: one of MARKER_SHAPES

    def __post_init__(self) -> None:
        self.shape = marker_shape(self.shape)

    def to_dict(self) -> dict[str, Any]:
        """The dict form; "shape" is left out for the default circle (so styles of polygons and lines, and
        the styles saved before marker shapes existed, keep their exact form)."""
        d = asdict(self)
        d["fill"] = list(self.fill)
        d["stroke"] = list(self.stroke)
        if self.shape == "circle":
            del d["shape"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SingleSymbol:
        """The symbol of a dict; ValueError with a plain message when it is broken."""
        if not isinstance(d, dict):
            raise ValueError(trf("a symbol is a dict, got {type}", type=type(d).__name__))  # noqa: TRY004
        if d.get("kind", "single") != "single":
            raise ValueError(trf("not a single-symbol style: {kind!r}", kind=d.get("kind")))
        return cls(
            fill=_rgba(d.get("fill", cls.fill)),
            stroke=_rgba(d.get("stroke", cls.stroke)),
            stroke_width=_length(d.get("stroke_width", cls.stroke_width), "stroke_width"),
            size=_length(d.get("size", cls.size), "size"),
            shape=marker_shape(d.get("shape")),
        )


def default_style(geometry_family: str | None, index: int = 0) -> dict[str, Any]:
    """A readable default for a new layer: polygons get a translucent fill so what lies below
    stays visible, lines a coloured stroke, points a coloured marker with a thin white halo."""
    colour = PALETTE[index % len(PALETTE)]
    if geometry_family == "polygon":
        sym = SingleSymbol(fill=(*colour[:3], 70), stroke=colour, stroke_width=0.5)
    elif geometry_family == "line":
        sym = SingleSymbol(fill=(0, 0, 0, 0), stroke=colour, stroke_width=0.7)
    else:
        sym = SingleSymbol(fill=colour, stroke=(255, 255, 255, 255), stroke_width=0.2, size=2.0)
    return sym.to_dict()


def _rgba(value: Any) -> RGBA:
    """A colour as an RGBA tuple: from [r, g, b], [r, g, b, a] (ints 0-255) or "#rrggbb" / "#rrggbbaa"."""
    bad = trf("a colour is 3 or 4 integers 0-255 or '#rrggbb[aa]', got {value!r}", value=value)
    if isinstance(value, str):
        text = value.strip().removeprefix("#")
        if len(text) not in (6, 8):
            raise ValueError(bad)
        try:
            vals = [int(text[i:i + 2], 16) for i in range(0, len(text), 2)]
        except ValueError:
            raise ValueError(bad) from None
    else:
        try:
            vals = [_channel(v) for v in value]
        except (TypeError, ValueError):
            raise ValueError(bad) from None
    if len(vals) == 3:
        vals.append(255)
    if len(vals) != 4 or not all(0 <= v <= 255 for v in vals):
        raise ValueError(bad)
    return (vals[0], vals[1], vals[2], vals[3])


def _channel(v: Any) -> int:
    if isinstance(v, bool) or not float(v).is_integer():  # True/False or 12.5 are no colour channels
        raise ValueError(v)  # programming error: caught by _rgba, which says what a colour is
    return int(v)


def _length(value: Any, name: str) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise ValueError(trf("{name} is a length in millimetres, got {value!r}", name=name, value=value)) from None
    if not (0.0 <= out < float("inf")):
        raise ValueError(trf("{name} must be a length of 0 mm or more, got {value!r}", name=name, value=value))
    return out
