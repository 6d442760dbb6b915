"""Feature renderers: which symbol each feature gets. Qt-free; the drawing code lives in ``gisdesk.render``.

A layer's style is a plain dict (it round-trips through the project file). ``renderer_from_dict``
turns it into a renderer object; every renderer has:

* ``kind``: "single" | "categorized" | "graduated" | "heatmap"
* ``to_dict()``: the dict form (``renderer_from_dict(r.to_dict()) == r``)
* ``classify(data) -> (index, symbols)``: for a (Geo)DataFrame, an int array with one entry per row,
  the position in ``symbols`` of the symbol that row is drawn with (-1: not drawn), and the list of
  symbols. Vectorised: no Python loop per feature.
* ``legend_items()``: what the legend shows (``LegendItem`` list), reused by print layouts.

``labels`` (optional, any kind): ``LabelSettings`` dict under the key "labels".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.styles.single import RGBA, SingleSymbol, _rgba

Symbol = SingleSymbol  # one symbol: fill, stroke, stroke_width (mm), size (mm)


@dataclass(frozen=True)
class LegendItem:
    label: str
    symbol: SingleSymbol | None = None  # None for a heading or a colour ramp
    ramp: tuple[RGBA, ...] = ()  # heatmap: colour stops from low to high


@dataclass
class LabelSettings:
    column: str
    size_pt: float = 8.0
    color: RGBA = (30, 30, 30, 255)
    halo_color: RGBA = (255, 255, 255, 220)
    halo_width_mm: float = 0.6
    enabled: bool = True

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["color"], d["halo_color"] = list(self.color), list(self.halo_color)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LabelSettings:
        return cls(column=str(d["column"]), size_pt=float(d.get("size_pt", 8.0)),
                   color=_rgba(d.get("color", (30, 30, 30, 255))),
                   halo_color=_rgba(d.get("halo_color", (255, 255, 255, 220))),
                   halo_width_mm=float(d.get("halo_width_mm", 0.6)), enabled=bool(d.get("enabled", True)))


@dataclass
class SingleRenderer:
    symbol: SingleSymbol = field(default_factory=SingleSymbol)
    labels: LabelSettings | None = None
    kind: str = field(default="single", init=False)

    def classify(self, data: pd.DataFrame) -> tuple[np.ndarray, list[SingleSymbol]]:
        return np.zeros(len(data), dtype=np.int32), [self.symbol]

    def legend_items(self) -> list[LegendItem]:
        return [LegendItem("", self.symbol)]

    def to_dict(self) -> dict[str, Any]:
        d = self.symbol.to_dict()
        if self.labels is not None:
            d["labels"] = self.labels.to_dict()
        return d


@dataclass
class Category:
    value: Any  # the column value (None matches missing values)
    symbol: SingleSymbol
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label, "symbol": self.symbol.to_dict()}


@dataclass
class CategorizedRenderer:
    column: str
    categories: list[Category] = field(default_factory=list)
    other: SingleSymbol | None = None  # for values in no category; None: not drawn
    labels: LabelSettings | None = None
    kind: str = field(default="categorized", init=False)

    def classify(self, data: pd.DataFrame) -> tuple[np.ndarray, list[SingleSymbol]]:
        symbols = [c.symbol for c in self.categories]
        if self.column not in data.columns:
            return np.full(len(data), -1, dtype=np.int32), symbols
        values = data[self.column]
        keys = [c.value for c in self.categories]
        real = np.array([i for i, k in enumerate(keys) if k is not None], dtype=np.int32)
        pos = np.asarray(pd.Index([keys[i] for i in real]).get_indexer(values), dtype=np.int64)
        out = np.full(len(values), -1, dtype=np.int32)
        hit = pos >= 0
        out[hit] = real[pos[hit]]
        if None in keys:
            out = np.where(values.isna().to_numpy() & (out < 0), keys.index(None), out)
        if self.other is not None:
            symbols = [*symbols, self.other]
            out = np.where(out < 0, len(symbols) - 1, out)
        return out.astype(np.int32), symbols

    def legend_items(self) -> list[LegendItem]:
        items = [LegendItem(c.label or str(c.value), c.symbol) for c in self.categories]
        if self.other is not None:
            items.append(LegendItem("other", self.other))
        return items

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": "categorized", "column": self.column,
                             "categories": [c.to_dict() for c in self.categories],
                             "other": self.other.to_dict() if self.other is not None else None}
        if self.labels is not None:
            d["labels"] = self.labels.to_dict()
        return d


def renderer_from_dict(d: dict[str, Any] | None) -> Any:
    """The renderer for a layer's style dict (an empty/None style gives the default single symbol)."""
    d = dict(d or {})
    labels = LabelSettings.from_dict(d["labels"]) if d.get("labels") else None
    kind = d.get("kind", "single")
    if kind == "single":
        sym = {k: v for k, v in d.items() if k != "labels"}
        return SingleRenderer(SingleSymbol.from_dict(sym), labels=labels)
    if kind == "categorized":
        cats = [Category(c.get("value"), SingleSymbol.from_dict(c["symbol"]), c.get("label", ""))
                for c in d.get("categories", [])]
        other = SingleSymbol.from_dict(d["other"]) if d.get("other") else None
        return CategorizedRenderer(str(d["column"]), cats, other, labels)
    raise ValueError(f"unknown style kind {kind!r}")
