"""The analysis framework: declared parameters, progress and cancel, results (no Qt).

An algorithm is a subclass of :class:`Algorithm` with an ``id``, a display ``name``, a ``group``, a
``description`` (plain English; it is shown in the tool's dialog and by ``gisdesk run ALGO --help``) and a
tuple of :class:`Param`. Its ``run(values, context, feedback)`` gets checked values (layers arrive as
:class:`LayerInput`), reports progress through ``feedback`` (which raises :class:`Cancelled` once the user
cancels) and returns a :class:`Result`. Wrong input raises :class:`AnalysisError` with a sentence that says
what is wrong and what to do. The toolbox dialog, the CLI (``gisdesk run``) and the tests all go through
:func:`run_algorithm`.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

from gisdesk.core.i18n import N_, tr, trf

PARAM_KINDS = ("layer", "raster", "field", "number", "integer", "choice", "bool", "text")
GEOMETRIES = ("point", "line", "polygon")


class AnalysisError(Exception):
    """The input cannot give an answer; the message says why and what to change."""


class Cancelled(Exception):
    """The user cancelled the run."""

    def __init__(self) -> None:
        super().__init__(tr("The analysis was cancelled."))


@dataclass(frozen=True)
class Param:
    """One declared input.

    kind: "layer" (a vector layer; ``geometry`` limits it to "point", "line" or "polygon"), "raster",
    "field" (a column of the layer named by ``parent``; ``numeric=True`` for numbers only), "number",
    "integer", "choice" (one of ``choices``: (value, label) pairs), "bool", "text".
    ``unit`` is shown beside numbers ("m", "h", "µg/m³").
    """

    name: str
    kind: str
    label: str
    help: str = ""
    default: Any = None
    optional: bool = False
    geometry: str | None = None
    parent: str | None = None
    numeric: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""

    def __post_init__(self) -> None:
        if self.kind not in PARAM_KINDS:
            raise ValueError(f"Param {self.name!r}: unknown kind {self.kind!r}")  # programming error
        if self.geometry is not None and self.geometry not in GEOMETRIES:
            raise ValueError(f"Param {self.name!r}: unknown geometry {self.geometry!r}")  # programming error
        if self.kind == "field" and not self.parent:
            raise ValueError(f"Param {self.name!r}: a field needs its layer parameter (parent)")  # programming error
        if self.kind == "choice" and not self.choices:
            raise ValueError(f"Param {self.name!r}: a choice needs choices")  # programming error


@dataclass
class LayerInput:
    """A layer given to an algorithm: the layer and whether only its selected features count."""

    layer: Any
    selected_only: bool = False

    @property
    def name(self) -> str:
        return str(getattr(self.layer, "name", "layer"))


@dataclass
class Context:
    """What an algorithm may know beyond its parameters.

    ``time_window``: the time slider's window (a ``core.timewindow.TimeWindow``) or None; time-aware inputs keep
    only the rows inside it. ``crs``: the project CRS (distances are measured in it when it is in metres).
    """

    time_window: Any = None
    crs: str | None = None
    #: False when nobody will draw the result (``gisdesk run`` writing a file): algorithms skip classifying a
    #: style, which costs the import of mapclassify/scipy (about 1 s)
    styles: bool = True


class Feedback:
    """Progress and cancel for one run; safe to call from a worker thread.

    ``on_progress(fraction, message)`` is called for each report (0..1). ``cancel()`` may be called from any
    thread; the next ``progress()`` or ``check()`` raises :class:`Cancelled`.
    """

    def __init__(self, on_progress: Callable[[float, str], None] | None = None) -> None:
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self.messages: list[tuple[str, str]] = []

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, fraction: float, message: str = "") -> None:
        self.check()
        if self._on_progress is not None:
            self._on_progress(min(1.0, max(0.0, float(fraction))), message)

    def info(self, text: str) -> None:
        self.messages.append(("info", text))

    def warn(self, text: str) -> None:
        self.messages.append(("warning", text))


@dataclass
class Result:
    """What a run gives back.

    ``layer``: a GeoDataFrame for a new vector layer (None when the result is a table or a raster);
    ``raster``: the path of a written raster (GeoTIFF); ``table``: a DataFrame to show or write;
    ``style``: the new layer's style (a renderers style dict); ``name``: the new layer's name;
    ``summary``: lines for the user in the UI language (``core.i18n.trf``: what was counted, what was left
    out and why); ``name`` is translated too;
    ``chart``: data for a small chart ({"x": [...], "series": {label: [...]}, "title": str}) or None;
    ``selection``: for "select" results, the rows of an input layer to select as (param name, row array).
    """

    name: str
    layer: Any = None
    raster: Any = None
    table: Any = None
    style: dict[str, Any] | None = None
    summary: list[str] = field(default_factory=list)
    chart: dict[str, Any] | None = None
    selection: tuple[str, np.ndarray] | None = None
    #: True when the summary already says how an input read from the database by view took part (so
    #: ``run_algorithm`` does not add its general line about it)
    partial_noted: bool = False


class Algorithm:
    """Base class; subclasses set the class attributes and implement ``run``."""

    id: ClassVar[str] = ""
    name: ClassVar[str] = ""
    group: ClassVar[str] = ""
    description: ClassVar[str] = ""
    params: ClassVar[tuple[Param, ...]] = ()
    #: True when the time slider's window applies to the algorithm's time-aware inputs
    time_aware: ClassVar[bool] = False

    def run(self, values: Mapping[str, Any], context: Context, feedback: Feedback) -> Result:
        raise NotImplementedError

    @classmethod
    def param(cls, name: str) -> Param:
        for p in cls.params:
            if p.name == name:
                return p
        raise KeyError(name)


_REGISTRY: dict[str, type[Algorithm]] = {}
_MODULES = ("count", "hotspots", "density", "proximity", "zonal", "trends", "service_levels", "exceedance")
_loaded = False
_lock = threading.Lock()


def register(cls: type[Algorithm]) -> type[Algorithm]:
    """Class decorator: make an algorithm known to the toolbox and to ``gisdesk run``."""
    if not cls.id or not cls.name or not cls.group:
        raise ValueError(f"{cls.__name__}: an algorithm needs an id, a name and a group")  # programming error
    names = [p.name for p in cls.params]
    if len(set(names)) != len(names):
        raise ValueError(f"{cls.id}: parameter names repeat")  # programming error
    for p in cls.params:
        if p.kind == "field" and p.parent not in names:
            raise ValueError(f"{cls.id}: field {p.name!r}: unknown layer parameter {p.parent!r}")  # programming error
    _REGISTRY[cls.id] = cls
    return cls


def algorithms() -> dict[str, type[Algorithm]]:
    """Every algorithm by id (their modules are imported on first use)."""
    global _loaded
    with _lock:
        if not _loaded:
            import importlib

            for mod in _MODULES:
                try:
                    importlib.import_module(f"gisdesk.analysis.{mod}")
                except ModuleNotFoundError as exc:
                    if exc.name != f"gisdesk.analysis.{mod}":
                        raise
            _loaded = True
    return dict(sorted(_REGISTRY.items()))


def get_algorithm(algorithm_id: str) -> type[Algorithm]:
    algs = algorithms()
    if algorithm_id not in algs:
        raise AnalysisError(trf("There is no analysis called {name!r}. Known: {known}.", name=algorithm_id,
                                known=", ".join(algs)))
    return algs[algorithm_id]


# -- checking values --------------------------------------------------------------------------------
#: "'{label}' must be a point layer; ...": the kind of layer asked for, and the plural of what a layer holds
_LAYER_KINDS = {"point": N_("a point layer"), "line": N_("a line layer"), "polygon": N_("a polygon layer")}
_HOLDS = {"point": N_("points"), "line": N_("lines"), "polygon": N_("polygons")}


def _names(alg: type[Algorithm], p: Param | None = None) -> dict[str, str]:
    """The algorithm's name and the parameter's label as the toolbox shows them (Qt context "analysis")."""
    out = {"alg": tr(alg.name, "analysis")}
    if p is not None:
        out["label"] = tr(p.label, "analysis")
    return out


def check_values(alg: type[Algorithm], values: Mapping[str, Any]) -> dict[str, Any]:
    """Values with defaults filled in, numbers converted and every rule checked; raises AnalysisError."""
    out: dict[str, Any] = {}
    unknown = set(values) - {p.name for p in alg.params}
    if unknown:
        raise AnalysisError(trf("{alg}: unknown parameter(s) {names}.", names=", ".join(sorted(unknown)),
                                **_names(alg)))
    for p in alg.params:
        v = values.get(p.name)
        if v is None or (isinstance(v, str) and not v.strip() and p.kind != "text"):
            v = p.default
        if v is None:
            if not p.optional:
                raise AnalysisError(trf("{alg}: '{label}' is required.", **_names(alg, p)))
            out[p.name] = None
            continue
        out[p.name] = _check_one(alg, p, v)
    for p in alg.params:
        if p.kind == "field" and out[p.name] is not None and out.get(p.parent) is not None:
            _check_field(alg, p, out[p.name], out[p.parent])
    return out


def _check_one(alg: type[Algorithm], p: Param, v: Any) -> Any:
    if p.kind in ("layer", "raster"):
        li = v if isinstance(v, LayerInput) else LayerInput(v)
        if p.kind == "layer":
            if not hasattr(li.layer, "geometry_family"):
                raise AnalysisError(trf("{alg}: '{label}' must be a vector layer; {layer} is not.", layer=li.name,
                                        **_names(alg, p)))
            fam = li.layer.geometry_family
            if p.geometry and fam is not None and fam != p.geometry:
                raise AnalysisError(trf("{alg}: '{label}' must be {kind}; {layer} holds {found}.",
                                        kind=tr(_LAYER_KINDS[p.geometry]), layer=li.name,
                                        found=tr(_HOLDS.get(fam, fam)), **_names(alg, p)))
        elif not _is_raster(li.layer):
            raise AnalysisError(trf("{alg}: '{label}' must be a raster layer; {layer} is not.", layer=li.name,
                                    **_names(alg, p)))
        return li
    if p.kind in ("number", "integer"):
        try:
            num = float(v)
        except (TypeError, ValueError):
            raise AnalysisError(trf("{alg}: '{label}' must be a number, not {value!r}.", value=v,
                                    **_names(alg, p))) from None
        if not math.isfinite(num):
            raise AnalysisError(trf("{alg}: '{label}' must be a finite number.", **_names(alg, p)))
        if p.kind == "integer":
            if num != int(num):
                raise AnalysisError(trf("{alg}: '{label}' must be a whole number, not {value!r}.", value=v,
                                        **_names(alg, p)))
            num = int(num)
        unit = f" {tr(p.unit, 'analysis')}" if p.unit else ""
        if p.minimum is not None and num < p.minimum:
            raise AnalysisError(trf("{alg}: '{label}' must be at least {minimum:g}{unit} (got {value:g}).",
                                    minimum=p.minimum, unit=unit, value=num, **_names(alg, p)))
        if p.maximum is not None and num > p.maximum:
            raise AnalysisError(trf("{alg}: '{label}' must be at most {maximum:g}{unit} (got {value:g}).",
                                    maximum=p.maximum, unit=unit, value=num, **_names(alg, p)))
        return num
    if p.kind == "choice":
        allowed = [c[0] for c in p.choices]
        if v not in allowed:
            raise AnalysisError(trf("{alg}: '{label}' must be one of {allowed} (got {value!r}).",
                                    allowed=", ".join(allowed), value=v, **_names(alg, p)))
        return v
    if p.kind == "bool":
        if isinstance(v, str):
            low = v.strip().lower()
            if low in ("1", "true", "yes", "y", "on"):
                return True
            if low in ("0", "false", "no", "n", "off"):
                return False
            raise AnalysisError(trf("{alg}: '{label}' must be yes or no (got {value!r}).", value=v,
                                    **_names(alg, p)))
        return bool(v)
    return str(v)  # text, field


def _is_raster(layer: Any) -> bool:
    from gisdesk.layers.raster import RasterLayer

    return isinstance(layer, RasterLayer)


def _check_field(alg: type[Algorithm], p: Param, column: str, li: LayerInput) -> None:
    table = li.layer.attributes
    if column not in table.columns:
        raise AnalysisError(trf("{alg}: {layer} has no column {column!r} (for '{label}'). Its columns: {columns}.",
                                layer=li.name, column=column, columns=", ".join(map(str, table.columns)),
                                **_names(alg, p)))
    if p.numeric:
        import pandas as pd

        if not pd.api.types.is_numeric_dtype(table[column]):
            raise AnalysisError(trf("{alg}: '{label}' must be a numeric column; {column!r} of {layer} holds "
                                    "{dtype}.", column=column, layer=li.name, dtype=str(table[column].dtype),
                                    **_names(alg, p)))


def run_algorithm(algorithm: str | type[Algorithm], values: Mapping[str, Any], context: Context | None = None,
                  feedback: Feedback | None = None) -> Result:
    """Check the values and run; AnalysisError for wrong input, Cancelled when cancelled."""
    alg = get_algorithm(algorithm) if isinstance(algorithm, str) else algorithm
    checked = check_values(alg, values)
    fb = feedback or Feedback()
    fb.check()
    result = alg().run(checked, context or Context(), fb)
    fb.progress(1.0, "")
    _note_partial_inputs(checked, result)
    return result


def _note_partial_inputs(values: Mapping[str, Any], result: Result) -> None:
    """A layer read from a database by view holds only the features loaded for the map: unless the tool
    already said how it dealt with that (e.g. it asked the server), the summary says that only those took part."""
    if result.partial_noted:
        return
    for value in values.values():
        layer = getattr(value, "layer", None)
        if getattr(layer, "strategy", None) == "view":
            result.summary = [*(result.summary or []),
                              trf("{layer} is read from the database by view: only the {n:,} features loaded for "
                                  "the current map view took part.", layer=value.name, n=len(layer))]


# -- reading inputs ---------------------------------------------------------------------------------
def input_rows(li: LayerInput, context: Context, *, time_aware: bool = True) -> np.ndarray:
    """Indices of the rows of a layer input that take part: its filters and (for time-aware algorithms) the
    time window, then the selection when ``selected_only``. Raises AnalysisError when none is left, saying
    which rule emptied it."""
    layer = li.layer
    n = len(layer)
    mask = layer.visible_rows(context.time_window if time_aware else None)
    rows = np.arange(n) if mask is None else np.flatnonzero(mask)
    if n == 0:
        raise AnalysisError(trf("{layer} has no features.", layer=li.name))
    if mask is not None and not len(rows):
        raise AnalysisError(trf("No feature of {layer} is inside the current time window and filters; widen the "
                                "time window or clear the filters.", layer=li.name))
    if li.selected_only:
        sel = np.asarray(layer.selection, dtype=np.int64)
        if not len(sel):
            raise AnalysisError(trf("'Selected features only' is on for {layer}, but nothing is selected.",
                                    layer=li.name))
        rows = np.intersect1d(rows, sel)
        if not len(rows):
            raise AnalysisError(trf("The selected features of {layer} are all outside the current time window or "
                                    "filters.", layer=li.name))
    return rows


def input_frame(li: LayerInput, context: Context, *, time_aware: bool = True, crs: Any = None):
    """The taking-part rows of a layer input as a GeoDataFrame (index 0..n-1, original row numbers in the
    column ``__row``), reprojected to ``crs`` when given, rows without geometry dropped."""
    import geopandas as gpd
    import pandas as pd

    rows = input_rows(li, context, time_aware=time_aware)
    layer = li.layer
    table = layer.attributes
    table = pd.DataFrame(table.drop(columns=[layer.geometry_name], errors="ignore")).iloc[rows]
    geoms = layer.geometries(rows)
    gdf = gpd.GeoDataFrame(table.reset_index(drop=True), geometry=gpd.GeoSeries(list(geoms), crs=layer.crs).values,
                           crs=layer.crs)
    gdf["__row"] = rows
    gdf = gdf[~(gdf.geometry.isna() | gdf.geometry.is_empty)].reset_index(drop=True)
    if not len(gdf):
        raise AnalysisError(trf("No feature of {layer} that takes part has a geometry.", layer=li.name))
    if crs is not None:
        gdf = to_crs_checked(gdf, crs, li.name)
    return gdf


def input_points(li: LayerInput, context: Context, *, time_aware: bool = True, crs: Any = None):
    """(x, y, rows) of the taking-part point features with a location, in ``crs`` when given (else the layer's):
    float arrays and the original row numbers. Reads the layer's arrays directly when it holds PointData."""
    layer = li.layer
    if layer.geometry_family not in (None, "point"):
        raise AnalysisError(trf("{layer} holds {found}; points are needed here.", layer=li.name,
                                found=tr(_HOLDS.get(layer.geometry_family, layer.geometry_family))))
    rows = input_rows(li, context, time_aware=time_aware)
    x, y = point_xy(layer, rows)
    ok = np.isfinite(x) & np.isfinite(y)
    x, y, rows = x[ok], y[ok], rows[ok]
    if not len(rows):
        raise AnalysisError(trf("No feature of {layer} that takes part has a location.", layer=li.name))
    if crs is not None and layer.crs is not None:
        x, y = transform_xy(x, y, layer.crs, crs)
    return x, y, rows


def point_xy(layer: Any, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x/y of ``rows`` in the layer's CRS, NaN where a row has no location (a multipoint counts at its centre).
    Straight from the arrays of a layer holding ``PointData``."""
    pts = layer.points
    if pts is not None:
        return pts.x[rows], pts.y[rows]
    import shapely

    g = np.asarray(layer.geometries(rows), dtype=object)
    x = np.full(len(rows), np.nan)
    y = np.full(len(rows), np.nan)
    ok = ~(shapely.is_missing(g) | shapely.is_empty(g))
    if ok.any():
        c = shapely.centroid(g[ok])
        x[ok], y[ok] = shapely.get_x(c), shapely.get_y(c)
    return x, y


def transform_xy(x: np.ndarray, y: np.ndarray, src: Any, dst: Any) -> tuple[np.ndarray, np.ndarray]:
    from pyproj import CRS, Transformer

    if CRS.from_user_input(src) == CRS.from_user_input(dst):
        return x, y
    t = Transformer.from_crs(src, dst, always_xy=True)
    return t.transform(x, y)


def to_crs_checked(gdf: Any, crs: Any, name: str) -> Any:
    if gdf.crs is None:
        raise AnalysisError(trf("{layer} has no coordinate reference system; set one (Layer properties) first.",
                                layer=name))
    return gdf if gdf.crs == crs else gdf.to_crs(crs)


#: a measuring CRS whose scale is off by more than this where the data lies is replaced by a UTM zone
MAX_SCALE_ERROR = 0.002


def metric_crs(context: Context, layers: Sequence[LayerInput]) -> str:
    """The CRS to measure in, in metres (see ``choose_metric_crs``)."""
    return choose_metric_crs(context, layers)[0]


def choose_metric_crs(context: Context, layers: Sequence[LayerInput]) -> tuple[str, list[str]]:
    """The CRS to measure in and the summary lines that explain a switch.

    The project CRS when it is projected in metres, else the first input layer's, else the UTM zone of the
    inputs. When the chosen CRS stretches lengths by more than ``MAX_SCALE_ERROR`` where the inputs lie (the
    Huế project CRS used on data from another country), the UTM zone of the data is used instead.
    Raises AnalysisError when no input has a CRS."""
    from gisdesk.core.crs import crs_label

    crs = _first_metric_crs(context, layers)
    notes: list[str] = []
    lonlat = _lonlat_samples(layers)
    if lonlat is not None:
        error = _scale_error(crs, *lonlat)
        if error > MAX_SCALE_ERROR:
            utm = _utm_for(*lonlat)
            if utm is not None:
                notes.append(trf("{crs} stretches distances by up to {error:.1%} where these layers lie, so {utm} "
                                 "was used to measure instead.", crs=crs_label(crs), error=error,
                                 utm=crs_label(utm)))
                crs = utm
    return crs, notes


def _first_metric_crs(context: Context, layers: Sequence[LayerInput]) -> str:
    """The CRS to measure in, in metres: the project CRS when it is projected in metres, else the first input
    layer's, else the UTM zone of the inputs (Huế: EPSG:9214's units are metres, so it is used as is).
    Raises AnalysisError when no input has a CRS."""
    from pyproj import CRS

    from gisdesk.core.crs import crs_to_string

    for candidate in [context.crs] + [li.layer.crs for li in layers]:
        if not candidate:
            continue
        crs = CRS.from_user_input(candidate)
        if crs.is_projected and _in_metres(crs):
            return crs_to_string(crs) or crs.to_wkt()
    for li in layers:
        ext = li.layer.extent
        if li.layer.crs and ext is not None:
            from pyproj.aoi import AreaOfInterest
            from pyproj.database import query_utm_crs_info

            lon0, lat0, lon1, lat1 = _lonlat_bounds(ext, li.layer.crs)
            infos = query_utm_crs_info(datum_name="WGS 84", area_of_interest=AreaOfInterest(lon0, lat0, lon1, lat1))
            if infos:
                return f"EPSG:{infos[0].code}"
    raise AnalysisError(tr("None of the input layers has a coordinate reference system, so distances cannot be "
                           "measured; set the layers' CRS first."))


def _lonlat_samples(inputs: Sequence[LayerInput]) -> tuple[np.ndarray, np.ndarray] | None:
    """Longitudes and latitudes of the corners and centres of the inputs' extents."""
    from pyproj import Transformer

    lons: list[float] = []
    lats: list[float] = []
    for li in inputs:
        ext = li.layer.extent
        if li.layer.crs is None or ext is None or not np.all(np.isfinite(ext)):
            continue
        x0, y0, x1, y1 = ext
        xs = np.array([x0, x1, x0, x1, (x0 + x1) / 2])
        ys = np.array([y0, y0, y1, y1, (y0 + y1) / 2])
        t = Transformer.from_crs(li.layer.crs, "EPSG:4326", always_xy=True)
        lo, la = t.transform(xs, ys)
        lons.extend(np.asarray(lo, dtype=float))
        lats.extend(np.asarray(la, dtype=float))
    lon, lat = np.asarray(lons), np.asarray(lats)
    ok = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90)
    return (lon[ok], lat[ok]) if ok.any() else None


def _scale_error(crs: str, lon: np.ndarray, lat: np.ndarray) -> float:
    """The largest departure from true scale of ``crs`` at the given places (inf where it cannot be computed)."""
    from pyproj import CRS, Proj

    try:
        f = Proj(CRS.from_user_input(crs)).get_factors(lon, lat)
        scales = np.concatenate([np.atleast_1d(f.meridional_scale), np.atleast_1d(f.parallel_scale)])
    except Exception:  # noqa: BLE001 - a projection that cannot give its scale here is not used here
        return float("inf")
    scales = np.asarray(scales, dtype=float)
    if not np.all(np.isfinite(scales)):
        return float("inf")
    return float(np.max(np.abs(scales - 1.0)))


def _utm_for(lon: np.ndarray, lat: np.ndarray) -> str | None:
    from pyproj.aoi import AreaOfInterest
    from pyproj.database import query_utm_crs_info

    clon, clat = float(np.median(lon)), float(np.median(lat))
    infos = query_utm_crs_info(datum_name="WGS 84", area_of_interest=AreaOfInterest(clon, clat, clon, clat))
    return f"EPSG:{infos[0].code}" if infos else None


def _in_metres(crs: Any) -> bool:
    try:
        return all((ax.unit_name or "").lower() in ("metre", "meter", "m") for ax in crs.axis_info[:2])
    except Exception:  # noqa: BLE001 - an odd CRS definition is just not metric for us
        return False


def _lonlat_bounds(ext: Sequence[float], crs: Any) -> tuple[float, float, float, float]:
    from pyproj import Transformer

    t = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    return t.transform_bounds(*ext)


def check_overlap(a_bounds: Sequence[float], b_bounds: Sequence[float], a_name: str, b_name: str) -> None:
    """Raise AnalysisError when two extents (same CRS) do not overlap at all."""
    ax0, ay0, ax1, ay1 = a_bounds
    bx0, by0, bx1, by1 = b_bounds
    if ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0:
        raise AnalysisError(trf("{a} and {b} do not overlap: no feature of one lies within the area of the other. "
                                "Check that both layers have the right coordinate reference system.", a=a_name,
                                b=b_name))
