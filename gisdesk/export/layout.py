"""Print layouts (Qt-free): the page, what is on it, and where each item goes, in millimetres.

A ``PrintLayout`` is a plain value saved in the project file (``to_dict`` / ``from_dict``, JSON types only).
``layout_boxes(layout)`` places the items on the page (origin at the page's top-left corner, y down, mm):

* the title band across the top (title, then subtitle);
* the legend column on the right, between the title band and the footer;
* the footer across the bottom: the scale bar on the left, the date, author and sources on the right;
* the attribute table frame (``table_layer``): a column between the map and the legend on a landscape page,
  a band across the page above the footer on a portrait page (tables need width; a portrait page has height);
* the map frame fills the rest; the north arrow sits in the map frame's top-right corner and the overview
  inset (``overview``) in its bottom-left corner.

Sizes grow with the page (``page_factor``: 1 for A4, about 1.41 for A3, 4 for A0) so an A0 poster reads like
an enlarged A4. The map extent is chosen by ``extent_mode``: "canvas" (the view the user sees),
"layer:<name>" (that layer's extent) or "explicit" (``extent``); ``scale`` None fits that extent in the frame,
a number N fixes the scale 1:N around the extent's centre (``extent_at_scale``).

Drawing a layout (PDF, PNG) is ``gisdesk.export.printing`` (Qt).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from gisdesk.core.i18n import tr, trf

#: ISO 216 sizes, (short side, long side) in mm
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0), "A0": (841.0, 1189.0)}
ORIENTATIONS = ("landscape", "portrait")
GRID_KINDS = ("none", "map", "lonlat")
Rect = tuple[float, float, float, float]  # (x, y, width, height) in mm from the page's top-left corner
Extent = tuple[float, float, float, float]


def page_size_mm(page: str, orientation: str = "portrait") -> tuple[float, float]:
    """(width, height) of the page in mm. ValueError for an unknown page or orientation."""
    try:
        short, long = PAGE_SIZES_MM[str(page).upper()]
    except KeyError:
        raise ValueError(trf("unknown page size {page!r} (choose one of {sizes})", page=page,
                             sizes=", ".join(PAGE_SIZES_MM))) from None
    if orientation not in ORIENTATIONS:
        raise ValueError(trf("unknown orientation {orientation!r} (choose landscape or portrait)",
                             orientation=orientation))
    return (long, short) if orientation == "landscape" else (short, long)


@dataclass
class PrintLayout:
    """One print layout; see the module docstring. Text is kept as given (NFC-normalised on load)."""

    name: str = "A4 ngang"
    page: str = "A4"
    orientation: str = "landscape"
    margins_mm: float = 10.0
    title: str = ""
    subtitle: str = ""
    author: str = ""
    sources: str = ""
    extent_mode: str = "canvas"  # "canvas" | "layer:<layer name>" | "explicit"
    extent: Extent | None = None  # for "explicit" (project CRS)
    scale: float | None = None  # None: fit the extent; N: the fixed scale 1:N
    legend: bool = True
    scale_bar: bool = True
    north_arrow: bool = True
    date: bool = True
    #: coordinate grid over the map frame: "none", "map" (the project CRS's units, e.g. VN-2000 metres) or
    #: "lonlat" (a graticule in degrees); ``grid_interval`` None picks a round interval, else map units/degrees
    grid: str = "none"
    grid_interval: float | None = None
    #: a small map of the whole area (the visible layers' extent, or ``overview_layer``'s) with the page's extent
    overview: bool = False
    overview_layer: str | None = None
    #: the attribute table frame: rows of ``table_layer`` shown in the map frame, numbered to match markers
    #: drawn on the map; ``table_columns`` empty picks sensible ones; ``table_open_only`` keeps open service
    #: requests only (other layers: every shown row)
    table_layer: str | None = None
    table_columns: list[str] = field(default_factory=list)
    table_max_rows: int = 25
    table_open_only: bool = True
    #: atlas: one page per feature of ``atlas_layer`` (e.g. the wards), the map zoomed to it; the page title
    #: gets the feature's ``atlas_name_field`` value; ``atlas_mask`` dims what lies outside the feature
    atlas_layer: str | None = None
    atlas_name_field: str | None = None
    atlas_mask: bool = True
    extra: dict[str, Any] = field(default_factory=dict)  # keys written by newer versions, kept on save

    def __post_init__(self) -> None:
        self.page = str(self.page).upper()
        page_size_mm(self.page, self.orientation)  # validates both
        self.margins_mm = _number("margins_mm", self.margins_mm)
        if not (0.0 <= self.margins_mm < min(PAGE_SIZES_MM[self.page]) / 4):
            raise ValueError(trf("margins of {mm:g} mm do not fit a {page} page", mm=self.margins_mm, page=self.page))
        if self.extent_mode not in ("canvas", "explicit") and not self.extent_mode.startswith("layer:"):
            raise ValueError(trf("extent mode {mode!r}: use 'canvas', 'layer:<name>' or 'explicit'",
                                 mode=self.extent_mode))
        if self.extent is not None:
            try:
                ext = tuple(float(v) for v in self.extent)
            except (TypeError, ValueError):
                ext = ()
            if len(ext) != 4 or not all(math.isfinite(v) for v in ext) or ext[2] <= ext[0] or ext[3] <= ext[1]:
                raise ValueError(trf("a layout extent is minx, miny, maxx, maxy with max > min, got {extent!r}",
                                     extent=self.extent))
            self.extent = ext  # type: ignore[assignment]
        if self.extent_mode == "explicit" and self.extent is None:
            raise ValueError(tr("extent mode 'explicit' needs an extent"))
        if self.scale is not None:
            self.scale = _number("scale", self.scale)
            if not (self.scale > 0 and math.isfinite(self.scale)):
                raise ValueError(trf("a scale is 1:N with N > 0, got {scale:,g}", scale=self.scale))
        if self.grid not in GRID_KINDS:
            raise ValueError(trf("grid {grid!r}: use one of {kinds}", grid=self.grid, kinds=", ".join(GRID_KINDS)))
        if self.grid_interval is not None:
            self.grid_interval = _number("grid_interval", self.grid_interval)
            if not (self.grid_interval > 0 and math.isfinite(self.grid_interval)):
                raise ValueError(trf("a grid interval must be a positive number, got {interval:,g}",
                                     interval=self.grid_interval))
        self.table_columns = [str(c) for c in self.table_columns]
        self.table_max_rows = int(_number("table_max_rows", self.table_max_rows))
        if not 1 <= self.table_max_rows <= 500:
            raise ValueError(trf("a table frame lists 1 to 500 rows, got {n:,}", n=self.table_max_rows))
        for name in ("overview_layer", "table_layer", "atlas_layer", "atlas_name_field"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, str) and value.strip()):
                raise ValueError(trf("print layout field {field!r} must be a layer or column name, got {value!r}",
                                     field=name, value=value))

    @property
    def layer_name(self) -> str | None:
        """The layer whose extent the map shows (extent mode "layer:<name>"), else None."""
        return self.extent_mode[len("layer:"):] if self.extent_mode.startswith("layer:") else None

    def page_size(self) -> tuple[float, float]:
        return page_size_mm(self.page, self.orientation)

    # -- JSON -------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        extra = out.pop("extra")
        out["extent"] = list(self.extent) if self.extent is not None else None
        return {**extra, **out}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrintLayout:
        """ValueError (naming the problem) for a broken entry; unknown keys are kept in ``extra``."""
        import unicodedata

        if not isinstance(data, Mapping):
            raise ValueError(tr("a print layout is a JSON object"))  # noqa: TRY004 - one error type for bad files
        known = {f.name for f in fields(cls)} - {"extra"}
        kwargs: dict[str, Any] = {}
        for key in known & set(data):
            value = data[key]
            if key in ("name", "title", "subtitle", "author", "sources", "page", "orientation", "extent_mode",
                       "grid") or (key in _OPTIONAL_NAMES and value is not None):
                if not isinstance(value, str):
                    raise ValueError(trf("print layout field {field!r} must be text, got {value!r}",
                                         field=key, value=value))
                value = unicodedata.normalize("NFC", value)
            elif key in ("legend", "scale_bar", "north_arrow", "date", "overview", "table_open_only", "atlas_mask"):
                value = bool(value)
            elif key == "table_columns":
                if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
                    raise ValueError(trf("print layout field 'table_columns' must be a list of names, got {value!r}",
                                         value=value))
                value = [unicodedata.normalize("NFC", c) for c in value]
            kwargs[key] = value
        kwargs["extra"] = {k: v for k, v in data.items() if k not in known}
        try:
            return cls(**kwargs)
        except TypeError as exc:  # a value of the wrong type that no check above names
            raise ValueError(trf("print layout {name!r} has a value of the wrong type ({error})",
                                 name=data.get("name"), error=exc)) from exc


_OPTIONAL_NAMES = ("overview_layer", "table_layer", "atlas_layer", "atlas_name_field")


def _number(name: str, value: Any) -> float:
    """``value`` as a float; ValueError naming the layout field when it is not a number."""
    if isinstance(value, bool):
        value = None  # true/false is no size
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(trf("print layout field {field!r} must be a number, got {value!r}",
                             field=name, value=value)) from None


def layouts_to_list(layouts: Sequence[PrintLayout]) -> list[dict[str, Any]]:
    """What a project file stores under "layouts"."""
    return [lay.to_dict() for lay in layouts]


def layouts_from_list(items: Any) -> tuple[list[PrintLayout], list[str]]:
    """The layouts of a project file's "layouts" list, and the problems met (a broken entry is skipped)."""
    layouts: list[PrintLayout] = []
    problems: list[str] = []
    if items is None:
        return layouts, problems
    if not isinstance(items, list):
        return layouts, [tr("'layouts' is not a list; no print layout was read")]
    for i, item in enumerate(items):
        try:
            layouts.append(PrintLayout.from_dict(item))
        except ValueError as exc:
            problems.append(trf("print layout {n}: {error}; skipped", n=i + 1, error=exc))
    return layouts, problems


def default_layouts(title: str = "", author: str = "") -> list[PrintLayout]:
    """The layouts a project starts with: A4 landscape (the everyday map), A3 portrait, A4 portrait at 1:5,000,
    A0 poster; named in Vietnamese, the language of the pages (and of the staff who pick them)."""
    common = {"title": title, "author": author, "sources": "© OpenStreetMap contributors; UBND TP Huế"}
    return [
        PrintLayout(name="A4 ngang", page="A4", orientation="landscape", **common),
        PrintLayout(name="A3 dọc", page="A3", orientation="portrait", **common),
        PrintLayout(name="A4 dọc 1:5.000", page="A4", orientation="portrait", scale=5000.0, **common),
        PrintLayout(name="A0 áp phích", page="A0", orientation="landscape", margins_mm=20.0, **common),
    ]


# ------------------------------------------------------------------------------------------------
# where the items go
# ------------------------------------------------------------------------------------------------
def page_factor(layout: PrintLayout) -> float:
    """How much bigger than A4 the items are drawn (text, legend, bands): 1 on A4, 4 on A0."""
    return min(layout.page_size()) / 210.0


@dataclass(frozen=True)
class LayoutBoxes:
    """Item rectangles in mm (x, y, width, height) from the page's top-left corner; None when absent."""

    page: tuple[float, float]
    map: Rect
    title: Rect | None
    legend: Rect | None
    footer: Rect | None
    north_arrow: Rect | None
    factor: float  # page_factor: multiply the A4 sizes (text points, paddings) by this
    table: Rect | None = None  # the attribute table frame (``table_layer``)
    overview: Rect | None = None  # the overview inset, inside the map frame (bottom-left)


#: item sizes on A4 (mm); scaled by page_factor
TITLE_MM = 10.0
SUBTITLE_MM = 6.0
LEGEND_MM = 55.0
FOOTER_MM = 13.0
GAP_MM = 3.0
NORTH_MM = 14.0
#: the table frame: its width beside the map (landscape), its height above the footer (portrait)
TABLE_MM = 92.0
TABLE_SHARE = 0.4  # at most this share of the room left for map, legend and table
OVERVIEW_MM = 42.0  # the overview inset's width (its height is 3/4 of it)


def layout_boxes(layout: PrintLayout) -> LayoutBoxes:
    pw, ph = layout.page_size()
    f = page_factor(layout)
    m = layout.margins_mm
    x0, y0, x1, y1 = m, m, pw - m, ph - m
    title = None
    band = (TITLE_MM if layout.title else 0.0) + (SUBTITLE_MM if layout.subtitle else 0.0)
    if band:
        title = (x0, y0, x1 - x0, band * f)
        y0 += (band + GAP_MM) * f
    footer = None
    if layout.scale_bar or layout.date or layout.author or layout.sources:
        footer = (x0, y1 - FOOTER_MM * f, x1 - x0, FOOTER_MM * f)
        y1 -= (FOOTER_MM + GAP_MM) * f
    table = None
    if layout.table_layer and layout.orientation == "portrait":
        th = min(TABLE_MM * f, (y1 - y0) * TABLE_SHARE)
        table = (x0, y1 - th, x1 - x0, th)
        y1 -= th + GAP_MM * f
    legend = None
    if layout.legend:
        lw = min(LEGEND_MM * f, (x1 - x0) * 0.4)
        legend = (x1 - lw, y0, lw, y1 - y0)
        x1 -= lw + GAP_MM * f
    if layout.table_layer and layout.orientation == "landscape":
        tw = min(TABLE_MM * f, (x1 - x0) * TABLE_SHARE)
        table = (x1 - tw, y0, tw, y1 - y0)
        x1 -= tw + GAP_MM * f
    if x1 - x0 < 10 or y1 - y0 < 10:
        raise ValueError(trf("layout {name!r}: no room left for the map frame on a {page} page",
                             name=layout.name, page=layout.page))
    frame = (x0, y0, x1 - x0, y1 - y0)
    north = None
    if layout.north_arrow:
        s = min(NORTH_MM * f, frame[2] / 4, frame[3] / 4)
        north = (x1 - s - 2 * f, y0 + 2 * f, s, s)
    overview = None
    if layout.overview:
        ow = min(OVERVIEW_MM * f, frame[2] * 0.3, frame[3] * 0.4 / 0.75)
        oh = ow * 0.75
        overview = (x0 + 2 * f, y1 - oh - 2 * f, ow, oh)
    return LayoutBoxes((pw, ph), frame, title, legend, footer, north, f, table, overview)


# ------------------------------------------------------------------------------------------------
# scales and scale bars (pyproj, no Qt)
# ------------------------------------------------------------------------------------------------
def ground_metres(crs: str, x0: float, y0: float, x1: float, y1: float) -> float:
    """The geodesic length in metres on the CRS's ellipsoid of the segment (x0, y0)-(x1, y1) given in ``crs``
    (a short segment: its endpoints' geodesic distance). Right for geographic and projected CRSs alike,
    at the segment's latitude (a projected CRS's scale factor included)."""
    geod, to_geo = _geo(crs)
    lon0, lat0 = to_geo.transform(x0, y0)
    lon1, lat1 = to_geo.transform(x1, y1)
    _, _, dist = geod.inv(lon0, lat0, lon1, lat1)
    return float(dist)


def metres_per_unit(crs: str, cx: float, cy: float) -> float:
    """Ground metres per map unit along x at (cx, cy) (measured over a short east-west segment)."""
    from gisdesk.core.crs import to_crs

    c = to_crs(crs)
    h = 1e-4 if c.is_geographic else 10.0
    return ground_metres(crs, cx - h, cy, cx + h, cy) / (2 * h)


def _geo(crs: str) -> tuple[Any, Any]:
    return _GEO_CACHE.get(crs) or _GEO_CACHE.setdefault(crs, _make_geo(crs))


def _make_geo(crs: str) -> tuple[Any, Any]:
    from pyproj import Transformer

    from gisdesk.core.crs import to_crs

    c = to_crs(crs)
    geo = c.geodetic_crs
    return geo.get_geod(), Transformer.from_crs(c, geo, always_xy=True)


_GEO_CACHE: dict[str, tuple[Any, Any]] = {}


def extent_at_scale(extent: Extent, frame_mm: tuple[float, float], scale: float, crs: str) -> Extent:
    """The extent around ``extent``'s centre that fills a frame of ``frame_mm`` (width, height) at 1:``scale``:
    its ground width is the frame's width in metres × ``scale``."""
    cx, cy = (extent[0] + extent[2]) / 2.0, (extent[1] + extent[3]) / 2.0
    units = metres_per_unit(crs, cx, cy)
    hw = frame_mm[0] / 1000.0 * scale / units / 2.0
    hh = frame_mm[1] / 1000.0 * scale / units / 2.0
    return (cx - hw, cy - hh, cx + hw, cy + hh)


@dataclass(frozen=True)
class ScaleBar:
    length_m: float  # the ground length the bar stands for
    length_mm: float  # its length on paper
    segments: int
    unit: str  # "m" or "km"

    def label(self, value_m: float) -> str:
        """The number under the bar, written for the (Vietnamese) page: a decimal comma ("0,5")."""
        v = value_m / 1000.0 if self.unit == "km" else value_m
        return f"{v:g}".replace(".", ",")


def nice_scale_bar(metres_per_mm: float, max_mm: float) -> ScaleBar:
    """The longest round length (1, 2 or 5 × 10^k metres) whose bar fits in ``max_mm`` of paper."""
    if not (metres_per_mm > 0 and max_mm > 0):
        raise ValueError(tr("a scale bar needs positive metres per mm and room"))
    limit = metres_per_mm * max_mm
    k = math.floor(math.log10(limit))
    best = 10.0 ** k
    for mult in (5.0, 2.0, 1.0):
        if mult * 10.0 ** k <= limit * (1 + 1e-9):
            best = mult * 10.0 ** k
            break
    segments = 5 if str(f"{best:g}").lstrip("0.")[0] == "5" else 4
    return ScaleBar(best, best / metres_per_mm, segments, "km" if best >= 1000 else "m")


def project_layouts(project: Any) -> tuple[list[PrintLayout], list[str]]:
    """The print layouts saved in ``project`` (``project.layouts``, plain dicts), or the defaults titled with the
    project's name when it has none; and the problems met reading them."""
    layouts, problems = layouts_from_list(getattr(project, "layouts", None) or [])
    if not layouts:
        layouts = default_layouts(title=str(getattr(project, "name", "") or ""))
    return layouts, problems
