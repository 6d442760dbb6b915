"""The single-symbol style: one fill, one outline, one marker size for every feature."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

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


@dataclass
class SingleSymbol:
    kind: str = field(default="single", init=False)
    fill: RGBA = (200, 200, 200, 255)
    stroke: RGBA = (60, 60, 60, 255)
    stroke_width: float = 0.5  # millimetres on paper / at 96 dpi on screen
    size: float = 3.0  # marker diameter, millimetres

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["fill"] = list(self.fill)
        d["stroke"] = list(self.stroke)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SingleSymbol:
        """The symbol of a dict; ValueError with a plain message when it is broken."""
        if not isinstance(d, dict):
            raise ValueError(f"a symbol is a dict, got {type(d).__name__}")  # noqa: TRY004
        if d.get("kind", "single") != "single":
            raise ValueError(f"not a single-symbol style: {d.get('kind')!r}")
        return cls(
            fill=_rgba(d.get("fill", cls.fill)),
            stroke=_rgba(d.get("stroke", cls.stroke)),
            stroke_width=_length(d.get("stroke_width", cls.stroke_width), "stroke_width"),
            size=_length(d.get("size", cls.size), "size"),
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
    bad = f"a colour is 3 or 4 integers 0-255 or '#rrggbb[aa]', got {value!r}"
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
        raise ValueError(v)
    return int(v)


def _length(value: Any, name: str) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} is a length in millimetres, got {value!r}") from None
    if not (0.0 <= out < float("inf")):
        raise ValueError(f"{name} must be a length of 0 mm or more, got {value!r}")
    return out
