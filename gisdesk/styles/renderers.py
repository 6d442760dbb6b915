"""Feature renderers: which symbol each feature gets. Qt-free; the drawing code lives in ``gisdesk.render``.

A layer's style is a plain dict (it round-trips through the project file). ``renderer_from_dict``
turns it into a renderer object (ValueError with a plain message when the dict is broken); every renderer has:

* ``kind``: "single" | "categorized" | "graduated" | "heatmap"
* ``to_dict()``: the dict form (``renderer_from_dict(r.to_dict()) == r``)
* ``classify(data) -> (index, symbols)``: for a (Geo)DataFrame, an int32 array with one entry per row,
  the position in ``symbols`` of the symbol that row is drawn with (-1: not drawn), and the list of
  symbols. Vectorised: no Python loop per feature. A column absent from the data draws nothing.
* ``legend_items()``: what the legend shows (``LegendItem`` list), reused by print layouts
  (``gisdesk.styles.legend.legend_for`` adds the layer heading).

``labels`` (optional, any kind): ``LabelSettings`` dict under the key "labels".

Dict forms::

    single:      {"kind": "single", "fill": [r, g, b, a], "stroke": [...], "stroke_width": mm, "size": mm}
    categorized: {"kind": "categorized", "column": str,
                  "categories": [{"value": v, "label": str, "symbol": {single dict}}], "other": {single}|None}
    graduated:   {"kind": "graduated", "column": str, "method": "equal_interval"|"quantiles"|"natural_breaks"
                  |"manual", "k": int, "classes": [{"lower": x, "upper": y, "label": str, "symbol": {...}}],
                  "ramp": name|[[r, g, b, a], ...] (optional, the ramp the colours came from)}
    heatmap:     {"kind": "heatmap", "radius_mm": float, "ramp": [[r, g, b, a], ...], "weight": column|None,
                  "max_value": float|None}
"""

from __future__ import annotations

import contextlib
import math
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

import numpy as np
import pandas as pd

from gisdesk.core.i18n import N_, tr, trf
from gisdesk.styles.heatmap import colorize as _colorize
from gisdesk.styles.heatmap import density_grid as _density_grid
from gisdesk.styles.ramps import RAMPS, interpolate_ramp, qualitative_colors, ramp_stops
from gisdesk.styles.single import RGBA, SingleSymbol, _rgba

Symbol = SingleSymbol  # one symbol: fill, stroke, stroke_width (mm), size (mm)
Translate = Callable[[str], str]  # a text's translation, or the text itself when it has none

KINDS = ("single", "categorized", "graduated", "heatmap")
METHODS = ("equal_interval", "quantiles", "natural_breaks")

# The fixed English texts the legend may show; a Qt caller passes ``translate`` (e.g. a tr() wrapper).
LEGEND_STRINGS = (N_("Other values"), N_("No value"), N_("Point density"), N_("low"), N_("high"))

NULL_COLOUR: RGBA = (200, 200, 200, 255)  # the "No value" category
OTHER_COLOUR: RGBA = (150, 150, 150, 255)  # values beyond max_categories
NATURAL_BREAKS_SAMPLE = 20_000  # natural breaks (k-means) on more values than this run on a seeded sample


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class LegendItem:
    """One legend row.

    * heading (``heading`` True): the layer name;
    * symbol: ``label`` beside a patch drawn with ``symbol`` (``geometry``: "polygon" | "line" | "point" | None
      tells the patch's shape);
    * ramp (``ramp`` not empty): a colour bar from low to high, ``ramp_labels`` (low text, high text).
    """

    label: str
    symbol: SingleSymbol | None = None  # None for a heading or a colour ramp
    ramp: tuple[RGBA, ...] = ()  # heatmap: colour stops from low to high
    heading: bool = False
    ramp_labels: tuple[str, ...] = ()
    geometry: str | None = None

    @property
    def role(self) -> str:
        """"heading" | "ramp" | "symbol"."""
        return "heading" if self.heading else "ramp" if self.ramp else "symbol"


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
        if not isinstance(d, Mapping):
            raise ValueError(trf("labels are a dict, got {type}", type=type(d).__name__))  # noqa: TRY004
        column = d.get("column")
        if not isinstance(column, str) or not column:
            raise ValueError(tr("labels need a 'column' (the column whose values are written)"))
        size = _number(d.get("size_pt", 8.0), "labels size_pt")
        if size <= 0:
            raise ValueError(trf("labels size_pt must be above 0, got {size:g}", size=size))
        return cls(column=column, size_pt=size,
                   color=_rgba(d.get("color", (30, 30, 30, 255))),
                   halo_color=_rgba(d.get("halo_color", (255, 255, 255, 220))),
                   halo_width_mm=_number(d.get("halo_width_mm", 0.6), "labels halo_width_mm"),
                   enabled=bool(d.get("enabled", True)))


def _with_labels(d: dict[str, Any], labels: LabelSettings | None) -> dict[str, Any]:
    if labels is not None:
        d["labels"] = labels.to_dict()
    return d


# -- single -----------------------------------------------------------------------------------------------------


@dataclass
class SingleRenderer:
    symbol: SingleSymbol = field(default_factory=SingleSymbol)
    labels: LabelSettings | None = None
    kind: str = field(default="single", init=False)

    def classify(self, data: pd.DataFrame) -> tuple[np.ndarray, list[SingleSymbol]]:
        return np.zeros(len(data), dtype=np.int32), [self.symbol]

    def legend_items(self, translate: Translate | None = None) -> list[LegendItem]:
        return [LegendItem("", self.symbol)]

    def to_dict(self) -> dict[str, Any]:
        return _with_labels(self.symbol.to_dict(), self.labels)


# -- categorized ------------------------------------------------------------------------------------------------


@dataclass
class Category:
    value: Any  # the column value: str (NFC), int, float or bool; None matches missing values
    symbol: SingleSymbol
    label: str = ""

    def __post_init__(self) -> None:
        self.value = _json_key(self.value)

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
        if self.other is not None:
            symbols.append(self.other)
        if self.column not in data.columns:
            return np.full(len(data), -1, dtype=np.int32), symbols
        values = data[self.column]
        # one lookup per distinct value, not per row: factorize (C speed), then match the few uniques
        if isinstance(values.dtype, pd.CategoricalDtype):
            codes = np.asarray(values.cat.codes, dtype=np.int64)
            uniques = pd.Index(values.cat.categories)
        else:
            codes, uniques = pd.factorize(values, use_na_sentinel=True)
            codes = np.asarray(codes, dtype=np.int64)
            uniques = pd.Index(uniques)
        keys = [c.value for c in self.categories]
        first: dict[Any, int] = {}
        for i, k in enumerate(keys):  # a value listed twice: its first category wins
            if k is not None and k not in first:
                first[k] = i
        key_pos = np.fromiter(first.values(), dtype=np.int64, count=len(first))
        hit = pd.Index(list(first), dtype=object).get_indexer(_normalised_uniques(uniques))
        per_unique = np.where(hit >= 0, key_pos[np.maximum(hit, 0)] if len(key_pos) else -1, -1)
        out = np.full(len(values), -1, dtype=np.int64)
        known = codes >= 0
        out[known] = per_unique[codes[known]]
        if None in keys:
            out[~known] = keys.index(None)  # missing values
        if self.other is not None:
            out[out < 0] = len(symbols) - 1
        return out.astype(np.int32), symbols

    def legend_items(self, translate: Translate | None = None) -> list[LegendItem]:
        tr = translate or _same
        # a label is passed through ``translate`` too: the default styles' labels (request states, sensor
        # levels) have a translation, a label the user typed comes back as it is
        items = [LegendItem(tr(c.label) if c.label else (tr("No value") if c.value is None else str(c.value)),
                            c.symbol) for c in self.categories]
        if self.other is not None:
            items.append(LegendItem(tr("Other values"), self.other))
        return items

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": "categorized", "column": self.column,
                             "categories": [c.to_dict() for c in self.categories],
                             "other": self.other.to_dict() if self.other is not None else None}
        return _with_labels(d, self.labels)

    @classmethod
    def from_data(
        cls,
        data: pd.DataFrame,
        column: str,
        palette: str | Sequence[Any] | None = None,
        max_categories: int = 20,
        sort: str = "frequency",
        include_null: bool = True,
        template: SingleSymbol | None = None,
        geometry_family: str | None = None,
    ) -> CategorizedRenderer:
        """A category per distinct value of ``column`` (text normalised to NFC).

        The ``max_categories`` most frequent values get a category each, ordered by ``sort`` ("frequency",
        most frequent first, or "value"; Vietnamese-friendly for text); the rest share a grey "other" symbol.
        Missing values get a light-grey "No value" category (``include_null``). Colours come from
        ``palette`` (None: ``ramps.QUALITATIVE``; a ramp name; or a list of colours). The symbols follow the
        layer's geometry (fill for points and polygons, stroke for lines; ``template`` gives the rest).
        """
        if column not in data.columns:
            raise ValueError(_no_column(column, data))
        if sort not in ("frequency", "value"):
            raise ValueError(f"sort is 'frequency' or 'value', got {sort!r}")  # programming error
        if int(max_categories) < 1:
            raise ValueError(trf("max_categories must be 1 or more, got {n!r}", n=max_categories))
        family = geometry_family or geometry_family_of(data)
        values = data[column]
        counts = values.value_counts(dropna=True, sort=False)
        counts = counts[counts.to_numpy() > 0]  # categoricals list unused categories
        merged = pd.Series(counts.to_numpy(), index=_normalised_uniques(pd.Index(counts.index)))
        merged = merged.groupby(level=0, sort=False).sum()  # NFD and NFC spellings count as one value
        merged = merged.sort_values(ascending=False, kind="stable")
        top = list(zip(merged.index[:max_categories], merged.to_numpy()[:max_categories], strict=True))
        if sort == "frequency":
            top.sort(key=lambda vc: (-vc[1], _sort_key(vc[0])))
        else:
            top.sort(key=lambda vc: _sort_key(vc[0]))
        colours = qualitative_colors(len(top), palette)
        cats = [Category(v, _class_symbol(c, family, template), _value_label(v))
                for (v, _), c in zip(top, colours, strict=True)]
        if include_null and bool(values.isna().any()):
            cats.append(Category(None, _class_symbol(NULL_COLOUR, family, template), ""))
        other = _class_symbol(OTHER_COLOUR, family, template) if len(merged) > max_categories else None
        return cls(column, cats, other)


def categorized_for(data: pd.DataFrame, column: str, **options: Any) -> dict[str, Any]:
    """The categorized style dict colouring ``data`` by ``column`` (``gisdesk render --style LAYER:COLUMN``).

    ``column`` is matched exactly, else ignoring case and Unicode normalisation; ValueError (naming the
    columns there are) when no column matches. ``options`` go to ``CategorizedRenderer.from_data``.
    """
    return CategorizedRenderer.from_data(data, resolve_column(data, column), **options).to_dict()


def resolve_column(data: pd.DataFrame, column: str) -> str:
    """The column of ``data`` called ``column``: exact match, else the one equal ignoring case and NFC/NFD."""
    if column in data.columns:
        return column
    want = unicodedata.normalize("NFC", str(column)).casefold()
    found = [c for c in data.columns if isinstance(c, str) and unicodedata.normalize("NFC", c).casefold() == want]
    if len(found) == 1:
        return found[0]
    raise ValueError(_no_column(column, data))


# -- graduated --------------------------------------------------------------------------------------------------


@dataclass
class GraduatedClass:
    lower: float
    upper: float
    symbol: SingleSymbol
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"lower": self.lower, "upper": self.upper, "label": self.label, "symbol": self.symbol.to_dict()}


@dataclass
class GraduatedRenderer:
    """Numeric classes: a value v falls in the class with lower <= v <= upper (a value on a shared bound goes to
    the lower class, as in mapclassify). Missing, NaN, infinite and non-numeric values are not drawn, nor values
    outside every class."""

    column: str
    method: str = "manual"  # "equal_interval" | "quantiles" | "natural_breaks" | "manual" (hand-edited)
    k: int = 5
    classes: list[GraduatedClass] = field(default_factory=list)
    ramp: str | tuple[RGBA, ...] | None = None  # the ramp the colours came from (for the style dialog)
    labels: LabelSettings | None = None
    kind: str = field(default="graduated", init=False)

    def __post_init__(self) -> None:
        if self.method not in (*METHODS, "manual"):
            raise ValueError(trf("unknown classification method {method!r}; expected one of {methods} or manual",
                                 method=self.method, methods=", ".join(METHODS)))
        if isinstance(self.k, bool) or not float(self.k).is_integer() or int(self.k) < 1:
            raise ValueError(trf("k (the number of classes) must be a whole number of 1 or more, got {k!r}",
                                 k=self.k))
        self.k = int(self.k)
        for c in self.classes:
            if not (math.isfinite(c.lower) and math.isfinite(c.upper)) or c.lower > c.upper:
                raise ValueError(trf("a class goes from a lower to a higher finite number, got {lower:g} to "
                                     "{upper:g}", lower=c.lower, upper=c.upper))
        if self.ramp is not None and not isinstance(self.ramp, str):
            self.ramp = ramp_stops(self.ramp)
        elif isinstance(self.ramp, str):
            ramp_stops(self.ramp)  # validates the name

    def classify(self, data: pd.DataFrame) -> tuple[np.ndarray, list[SingleSymbol]]:
        symbols = [c.symbol for c in self.classes]
        if self.column not in data.columns or not self.classes:
            return np.full(len(data), -1, dtype=np.int32), symbols
        v = numeric_values(data[self.column])
        uppers = np.array([c.upper for c in self.classes], dtype=np.float64)
        lowers = np.array([c.lower for c in self.classes], dtype=np.float64)
        order = np.argsort(uppers, kind="stable")
        su, sl = uppers[order], lowers[order]
        i = np.searchsorted(su, v, side="left")  # the first class whose upper >= v (NaN: past the end)
        ic = np.minimum(i, len(su) - 1)
        with np.errstate(invalid="ignore"):
            hit = (i < len(su)) & (v >= sl[ic])  # False for NaN; gaps between hand-edited classes fall out
        return np.where(hit, order[ic], -1).astype(np.int32), symbols

    def legend_items(self, translate: Translate | None = None) -> list[LegendItem]:
        return [LegendItem(c.label or range_label(c.lower, c.upper), c.symbol) for c in self.classes]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": "graduated", "column": self.column, "method": self.method, "k": self.k,
                             "classes": [c.to_dict() for c in self.classes]}
        if self.ramp is not None:
            d["ramp"] = self.ramp if isinstance(self.ramp, str) else [list(c) for c in self.ramp]
        return _with_labels(d, self.labels)

    @classmethod
    def from_data(
        cls,
        data: pd.DataFrame,
        column: str,
        method: str = "quantiles",
        k: int = 5,
        ramp: str | Sequence[Any] = "YlOrRd",
        template: SingleSymbol | None = None,
        geometry_family: str | None = None,
    ) -> GraduatedRenderer:
        """Classes of ``column`` by ``method`` (mapclassify), coloured along ``ramp``, labelled "12 – 30".

        Fewer classes than ``k`` come out when the column has fewer distinct values (or ties merge quantiles).
        ValueError when the column is absent or holds no finite number.
        """
        if column not in data.columns:
            raise ValueError(_no_column(column, data))
        if method not in METHODS:
            raise ValueError(trf("unknown classification method {method!r}; expected one of {methods}",
                                 method=method, methods=", ".join(METHODS)))
        v = numeric_values(data[column])
        v = v[np.isfinite(v)]
        if v.size == 0:
            raise ValueError(trf("column {column!r} holds no numbers to classify", column=column))
        bins = class_breaks(v, method, k)
        lowers = np.concatenate([[v.min()], bins[:-1]])
        decimals = label_decimals(np.concatenate([lowers, bins]))
        family = geometry_family or geometry_family_of(data)
        colours = interpolate_ramp(ramp, len(bins))
        classes = [GraduatedClass(float(lo), float(hi), _class_symbol(c, family, template),
                                  range_label(lo, hi, decimals))
                   for lo, hi, c in zip(lowers, bins, colours, strict=True)]
        return cls(column, method, int(k), classes, ramp if isinstance(ramp, str) else tuple(ramp_stops(ramp)))


def class_breaks(values: Any, method: str, k: int) -> np.ndarray:
    """The upper bounds of the classes of ``values`` (finite numbers) by mapclassify, sorted, the last = max.

    "equal_interval": mapclassify.EqualInterval; "quantiles": mapclassify.Quantiles; "natural_breaks":
    mapclassify.NaturalBreaks (Jenks as 1-D k-means), on a seeded sample of ``NATURAL_BREAKS_SAMPLE`` values
    (plus the min and max) for larger inputs, with numpy's global random state seeded to 0 for the call (and
    restored after), so the same data always gives the same classes. ``k`` drops to the number of distinct values when that is smaller.
    """
    import mapclassify  # imported on first use: it pulls in scikit-learn (about 2 s)

    v = np.asarray(values, dtype=np.float64).ravel()
    v = v[np.isfinite(v)]
    if v.size == 0:
        raise ValueError(tr("no finite values to classify"))
    k = int(k)
    if k < 1:
        raise ValueError(trf("k (the number of classes) must be 1 or more, got {k}", k=k))
    lo, hi = float(v.min()), float(v.max())
    if lo == hi or k == 1:
        return np.array([hi])
    if method == "equal_interval":
        # the classes depend on the min and max alone: classify those two (mapclassify scans with Python's max)
        bins = mapclassify.EqualInterval(np.array([lo, hi]), k=k).bins
    elif method == "quantiles":
        k = min(k, np.unique(v).size)
        with warnings.catch_warnings():  # ties may merge quantiles: fewer classes, which is what we want
            warnings.filterwarnings("ignore", message="Not enough unique values", category=UserWarning)
            bins = mapclassify.Quantiles(v, k=k).bins
    elif method == "natural_breaks":
        sample = v
        if v.size > NATURAL_BREAKS_SAMPLE:
            rng = np.random.default_rng(0)
            sample = np.concatenate([[lo, hi], rng.choice(v, NATURAL_BREAKS_SAMPLE - 2, replace=False)])
        k = min(k, np.unique(sample).size)
        from threadpoolctl import threadpool_limits  # comes with scikit-learn, which mapclassify needs

        # scikit-learn's KMeans draws from numpy's global state; its OpenMP threads spin-wait and are ~10x
        # slower than one thread when the cores are busy (rendering), and 1-D k-means needs no parallelism
        with _seeded_global_random(0), threadpool_limits(limits=1):
            bins = mapclassify.NaturalBreaks(sample, k=k).bins
    else:
        raise ValueError(trf("unknown classification method {method!r}; expected one of {methods}",
                             method=method, methods=", ".join(METHODS)))
    bins = np.unique(np.asarray(bins, dtype=np.float64))
    bins = bins[bins <= hi]
    if bins.size == 0 or bins[-1] != hi:
        bins = np.append(bins, hi)
    return bins


@contextlib.contextmanager
def _seeded_global_random(seed: int) -> Iterator[None]:
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


def label_decimals(bounds: Any, most: int = 6) -> int:
    """The fewest decimals (0..``most``) that keep all distinct ``bounds`` distinct once rounded."""
    b = np.unique(np.asarray(bounds, dtype=np.float64))
    for d in range(most + 1):
        if np.unique(np.round(b, d)).size == b.size:
            return d
    return most


def format_number(x: float, decimals: int) -> str:
    """``x`` with ``decimals`` decimals; from 10 000 up, thousands grouped by a narrow no-break space
    (the SI way, read alike in English and Vietnamese)."""
    x = float(x)
    if round(x, decimals) == 0:
        x = 0.0  # no "-0"
    if abs(x) >= 10_000:
        return f"{x:,.{decimals}f}".replace(",", "\u202f")
    return f"{x:.{decimals}f}"


def range_label(lower: float, upper: float, decimals: int | None = None) -> str:
    """ "12 – 30" (en dash)."""
    if decimals is None:
        decimals = label_decimals([lower, upper])
    return f"{format_number(lower, decimals)} \u2013 {format_number(upper, decimals)}"


def numeric_values(values: pd.Series) -> np.ndarray:
    """The values as float64, NaN where missing or not a number (text is parsed; dates are not numbers)."""
    dt = values.dtype
    if pd.api.types.is_bool_dtype(dt) or pd.api.types.is_numeric_dtype(dt):
        return values.to_numpy(dtype=np.float64, na_value=np.nan)
    if pd.api.types.is_string_dtype(dt) or dt == object:
        try:
            parsed = pd.to_numeric(values, errors="coerce")
        except (TypeError, ValueError):
            return np.full(len(values), np.nan)
        return np.asarray(parsed.to_numpy(dtype=np.float64, na_value=np.nan), dtype=np.float64)
    if isinstance(dt, pd.CategoricalDtype):
        return numeric_values(values.astype(values.cat.categories.dtype))
    return np.full(len(values), np.nan)


# -- heatmap ----------------------------------------------------------------------------------------------------


@dataclass
class HeatmapRenderer:
    """A density surface for point layers: each point spreads ``weight`` (1 without a weight column) over a
    quartic kernel of ``radius_mm`` on screen/paper; the surface is coloured along ``ramp`` from 0 up to
    ``max_value`` (None: the densest pixel of the current view). ``classify`` draws no feature symbols."""

    radius_mm: float = 10.0
    ramp: tuple[RGBA, ...] = RAMPS["heat"]
    weight: str | None = None
    max_value: float | None = None
    labels: LabelSettings | None = None
    kind: str = field(default="heatmap", init=False)

    def __post_init__(self) -> None:
        self.radius_mm = _number(self.radius_mm, "radius_mm")
        if self.radius_mm <= 0:
            raise ValueError(trf("radius_mm must be above 0, got {radius:g}", radius=self.radius_mm))
        self.ramp = ramp_stops(self.ramp)
        if self.weight is not None and (not isinstance(self.weight, str) or not self.weight):
            raise ValueError(trf("weight is a column name or None, got {weight!r}", weight=self.weight))
        if self.max_value is not None:
            self.max_value = _number(self.max_value, "max_value")
            if self.max_value <= 0:
                raise ValueError(trf("max_value must be above 0 (or None for automatic), got {value:g}",
                                     value=self.max_value))

    def classify(self, data: pd.DataFrame) -> tuple[np.ndarray, list[SingleSymbol]]:
        return np.full(len(data), -1, dtype=np.int32), []

    def weights_for(self, data: pd.DataFrame) -> np.ndarray | None:
        """Per-row weights for ``density_grid`` (None: every point weighs 1). Missing or non-numeric weights
        are 0; a weight column absent from the data gives all zeros (nothing drawn)."""
        if self.weight is None:
            return None
        if self.weight not in data.columns:
            return np.zeros(len(data))
        w = numeric_values(data[self.weight])
        return np.where(np.isfinite(w), w, 0.0)

    def radius_px(self, dpi: float = 96.0) -> float:
        return self.radius_mm * float(dpi) / 25.4

    density_grid = staticmethod(_density_grid)

    def colorize(self, grid: np.ndarray) -> np.ndarray:
        """RGBA bytes (h, w, 4) for a ``density_grid`` result, with this style's ramp and max_value."""
        return _colorize(grid, self.ramp, self.max_value)

    def legend_items(self, translate: Translate | None = None) -> list[LegendItem]:
        tr = translate or _same
        high = tr("high") if self.max_value is None else format_number(
            self.max_value, label_decimals([0.0, self.max_value], 2))
        return [LegendItem(self.weight or tr("Point density"), ramp=self.ramp,
                           ramp_labels=(tr("low") if self.max_value is None else "0", high))]

    def to_dict(self) -> dict[str, Any]:
        d = {"kind": "heatmap", "radius_mm": self.radius_mm, "ramp": [list(c) for c in self.ramp],
             "weight": self.weight, "max_value": self.max_value}
        return _with_labels(d, self.labels)


# -- from a dict ------------------------------------------------------------------------------------------------


def renderer_from_dict(d: Mapping[str, Any] | None) -> Any:
    """The renderer for a layer's style dict (an empty/None style gives the default single symbol).

    ValueError with a plain message ("broken categorized style: ...") when the dict cannot be read.
    """
    if d is None:
        return SingleRenderer()
    if not isinstance(d, Mapping):
        raise ValueError(trf("a style is a dict, got {type}", type=type(d).__name__))  # noqa: TRY004
    d = dict(d)
    kind = d.get("kind", "single")
    if kind not in KINDS:
        raise ValueError(trf("unknown style kind {kind!r}; expected one of {kinds}", kind=kind,
                             kinds=", ".join(KINDS)))
    try:
        labels = LabelSettings.from_dict(d["labels"]) if d.get("labels") else None
        if kind == "single":
            sym = {k: v for k, v in d.items() if k != "labels"}
            return SingleRenderer(SingleSymbol.from_dict(sym), labels=labels)
        if kind == "categorized":
            cats = [_category_from_dict(c) for c in _list(d, "categories")]
            other = SingleSymbol.from_dict(d["other"]) if d.get("other") else None
            return CategorizedRenderer(_column(d), cats, other, labels)
        if kind == "graduated":
            classes = [_class_from_dict(c) for c in _list(d, "classes")]
            return GraduatedRenderer(_column(d), str(d.get("method", "manual")), d.get("k", len(classes) or 5),
                                     classes, d.get("ramp"), labels)
        return HeatmapRenderer(d.get("radius_mm", 10.0), d.get("ramp", RAMPS["heat"]), d.get("weight"),
                               d.get("max_value"), labels)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        problem = trf("missing {key!r}", key=exc.args[0]) if isinstance(exc, KeyError) else str(exc)
        raise ValueError(trf("broken {kind} style: {problem}", kind=kind, problem=problem)) from None


def _column(d: dict[str, Any]) -> str:
    column = d.get("column")
    if not isinstance(column, str) or not column:
        raise ValueError(tr("it needs a 'column' (the name of the column it colours by)"))
    return column


def _list(d: dict[str, Any], key: str) -> list[Any]:
    value = d.get(key, [])
    if not isinstance(value, list | tuple):
        raise ValueError(trf("{key!r} is a list, got {type}", key=key, type=type(value).__name__))  # noqa: TRY004
    return list(value)


def _category_from_dict(c: Any) -> Category:
    if not isinstance(c, Mapping) or "symbol" not in c:
        raise ValueError(trf("a category is a dict with a 'value' and a 'symbol', got {value!r}", value=c))
    value = c.get("value")
    if not (value is None or isinstance(value, str | int | float | bool)):
        raise ValueError(trf("a category value is text, a number, true/false or null, got {value!r}", value=value))
    return Category(value, SingleSymbol.from_dict(c["symbol"]), str(c.get("label", "")))


def _class_from_dict(c: Any) -> GraduatedClass:
    if not isinstance(c, Mapping) or not {"lower", "upper", "symbol"} <= c.keys():
        raise ValueError(trf("a class is a dict with 'lower', 'upper' and 'symbol', got {value!r}", value=c))
    return GraduatedClass(_number(c["lower"], "lower"), _number(c["upper"], "upper"),
                          SingleSymbol.from_dict(c["symbol"]), str(c.get("label", "")))


# -- helpers ----------------------------------------------------------------------------------------------------


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool):
        raise ValueError(trf("{name} is a number, got {value!r}", name=name, value=value))  # noqa: TRY004
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(trf("{name} is a number, got {value!r}", name=name, value=value)) from None


def _no_column(column: str, data: pd.DataFrame) -> str:
    names = [str(c) for c in data.columns if c != getattr(data, "_geometry_column_name", None)]
    if not names:
        return trf("there is no column {column!r}; the layer has no columns", column=column)
    return trf("there is no column {column!r}; the columns are: {columns}", column=column, columns=", ".join(names))


def _json_key(v: Any) -> Any:
    """A value as the JSON-friendly key a category stores: NFC text, int, float, bool or None."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, str):
        return unicodedata.normalize("NFC", v)
    if isinstance(v, bool | np.bool_):
        return bool(v)
    if isinstance(v, int | np.integer):
        return int(v)
    if isinstance(v, float | np.floating):
        return None if math.isnan(v) else float(v)
    if isinstance(v, datetime | date | time | pd.Timestamp):
        return v.isoformat()
    if isinstance(v, bytes):
        return unicodedata.normalize("NFC", v.decode("utf-8", "replace"))
    return unicodedata.normalize("NFC", str(v))


def _normalised_uniques(uniques: pd.Index) -> pd.Index:
    """Distinct column values as category keys (see ``_json_key``), as an object Index, same order."""
    dt = uniques.dtype
    if pd.api.types.is_bool_dtype(dt) or pd.api.types.is_numeric_dtype(dt):
        return pd.Index(uniques, dtype=object) if len(uniques) else pd.Index([], dtype=object)
    if pd.api.types.is_string_dtype(dt) and dt != object:
        return pd.Index(uniques.str.normalize("NFC"), dtype=object)
    return pd.Index([_json_key(v) for v in uniques], dtype=object)  # one step per distinct value


def _sort_key(v: Any) -> tuple[Any, ...]:
    """Order values: numbers (and booleans) before text; text by letters ignoring marks and case, đ after d."""
    if v is None:
        return (2, "")
    if isinstance(v, bool | int | float):
        return (0, float(v), "")
    s = str(v)
    base = "".join(ch for ch in unicodedata.normalize("NFD", s.replace("đ", "d\U0010ffff").replace(
        "Đ", "D\U0010ffff")) if not unicodedata.combining(ch)).casefold()
    return (1, base, s)


def _value_label(v: Any) -> str:
    return "" if v is None else str(v)


def geometry_family_of(data: pd.DataFrame) -> str | None:
    """"point" | "line" | "polygon" for the most common geometry type of a GeoDataFrame; None without one."""
    geom = getattr(data, "geometry", None) if hasattr(data, "_geometry_column_name") else None
    if geom is None:
        return None
    import shapely

    ids = shapely.get_type_id(np.asarray(geom.values))
    counts = np.bincount(ids[ids >= 0], minlength=8)
    fam = {"point": counts[0] + counts[4], "line": counts[1] + counts[2] + counts[5],
           "polygon": counts[3] + counts[6]}
    best = max(fam, key=lambda f: fam[f])
    return best if fam[best] > 0 else None


def _class_symbol(colour: RGBA, family: str | None, template: SingleSymbol | None) -> SingleSymbol:
    """A class's symbol: ``colour`` on the stroke for lines, on the fill otherwise. With a ``template`` the rest
    comes from it, and so does the coloured part's transparency (unless that is fully transparent)."""
    if family == "line":
        if template is None:
            return SingleSymbol(fill=(0, 0, 0, 0), stroke=colour, stroke_width=0.7)
        return replace(template, stroke=_keep_alpha(colour, template.stroke))
    if template is None:
        if family == "polygon":
            return SingleSymbol(fill=colour, stroke=(80, 80, 80, 255), stroke_width=0.26)
        return SingleSymbol(fill=colour, stroke=(255, 255, 255, 255), stroke_width=0.2, size=2.0)
    return replace(template, fill=_keep_alpha(colour, template.fill))


def _keep_alpha(colour: RGBA, like: RGBA) -> RGBA:
    return (colour[0], colour[1], colour[2], like[3] if like[3] > 0 else colour[3])
