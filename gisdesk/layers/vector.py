"""VectorLayer: features with their source, CRS, extent, spatial index and style.

A layer holds either a GeoDataFrame or, for a layer of single points, a ``PointData``: the attribute
table and two coordinate arrays. A million service requests as shapely points cost ~300 MB and a second
to build; as two float arrays they cost 16 MB and nothing to build. Drawing, the extent, selecting by
rectangle or polygon and identifying all work on the arrays; ``layer.data`` builds the GeoDataFrame the
first time something asks for it (an export, an analysis) and keeps it.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from geopandas.array import GeometryArray

from gisdesk.core.crs import crs_to_string
from gisdesk.core.i18n import trf
from gisdesk.layers.base import Layer


@dataclass(frozen=True, eq=False)
class PointData:
    """Single points as arrays: ``table`` (attributes, no geometry column) and ``x``/``y`` (float64; a row
    without a finite x and y has no geometry), in ``crs`` (anything pyproj understands, or None)."""

    table: pd.DataFrame
    x: np.ndarray
    y: np.ndarray
    crs: Any = None
    geometry_name: str = "geometry"

    def __post_init__(self) -> None:
        x = np.ascontiguousarray(self.x, dtype=np.float64)
        y = np.ascontiguousarray(self.y, dtype=np.float64)
        if x.shape != y.shape or x.ndim != 1 or len(x) != len(self.table):
            raise ValueError(f"PointData: x {x.shape}, y {y.shape} and a table of {len(self.table)} rows do not match")  # programming error
        if self.geometry_name in self.table.columns:
            raise ValueError(f"PointData: the table already has a column named {self.geometry_name!r}")  # programming error
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __len__(self) -> int:
        return len(self.x)

    @property
    def present(self) -> np.ndarray:
        """Rows with a point (finite x and y)."""
        return np.isfinite(self.x) & np.isfinite(self.y)

    def geometries(self, rows: Any = None) -> np.ndarray:
        """Shapely points for ``rows`` (all rows when None); None where a row has no geometry."""
        x = self.x if rows is None else self.x[rows]
        y = self.y if rows is None else self.y[rows]
        out = np.full(len(x), None, dtype=object)
        ok = np.isfinite(x) & np.isfinite(y)
        if ok.any():
            out[ok] = shapely.points(x[ok], y[ok])
        return out

    def to_geodataframe(self) -> gpd.GeoDataFrame:
        geoms = GeometryArray(self.geometries(), crs=self.crs)
        gdf = gpd.GeoDataFrame(self.table.copy(deep=False), geometry=geoms, crs=self.crs)
        if self.geometry_name != "geometry":
            gdf = gdf.rename_geometry(self.geometry_name)
        return gdf


class VectorLayer(Layer):
    """Features in a GeoDataFrame (or, for single points, a ``PointData``).

    Rows with a null or empty geometry are kept (attribute-only rows); they have no place on the
    map but stay in the table. ``source``/``source_layer``/``read_options`` say where the data came
    from and how it was read (the import doctors' decisions), so ``get_state()`` can rebuild the layer
    by reading the source again. A layer without a source (e.g. an analysis result) carries its data
    in the state.
    """

    type_name = "vector"

    def __init__(
        self,
        data: gpd.GeoDataFrame | PointData,
        *,
        name: str = "",
        source: str | None = None,
        source_layer: str | None = None,
        read_options: dict[str, Any] | None = None,
        style: dict[str, Any] | None = None,
        visible: bool = True,
        opacity: float = 1.0,
        report: Any = None,
        time_field: str | None = None,
        time_end_field: str | None = None,
        filters: dict[str, list[Any]] | None = None,
    ) -> None:
        _check_data(data)
        super().__init__(name=name or source_layer or "layer", source=source, style=style,
                         visible=visible, opacity=opacity)
        self.source_layer = source_layer
        self.read_options: dict[str, Any] = dict(read_options or {})
        self.report = report
        self._lock = threading.Lock()
        self._set(data)
        self._selection = np.zeros(0, dtype=np.int64)
        self.data_version = 0  # bumped on every data change: caches (reprojection, rendering) key on it
        self._time_field = time_field
        self._time_end_field = time_end_field
        self._filters: dict[str, list[Any]] = {str(k): list(v) for k, v in (filters or {}).items()}
        self._mask_cache: dict[Any, Any] = {}

    def _set(self, data: gpd.GeoDataFrame | PointData) -> None:
        # one assignment of a tuple: a render thread reading it sees the old data or the new, never half
        if isinstance(data, PointData):
            self._store: tuple[Any, Any] = (data, None)
        else:
            self._store = (None, data)
        self._extent: tuple[float, float, float, float] | None | bool = False  # False = not computed
        self._types: tuple[Any, dict[str, int]] | None = None
        self._mask_cache = {}
        self._crs_str = crs_to_string(data.crs)  # now, on this thread: pyproj objects stay off render threads

    # -- data ---------------------------------------------------------------------------------
    @property
    def data(self) -> gpd.GeoDataFrame:
        """The features as a GeoDataFrame (built from the point arrays on first use, then kept)."""
        points, gdf = self._store
        if gdf is None:
            with self._lock:
                points, gdf = self._store
                if gdf is None:
                    gdf = points.to_geodataframe()
                    self._store = (points, gdf)
        return gdf

    @data.setter
    def data(self, value: gpd.GeoDataFrame | PointData) -> None:
        _check_data(value)
        with self._lock:
            self._set(value)
            self.data_version += 1
        self._selection = np.zeros(0, dtype=np.int64)
        self.events.data.emit()

    @property
    def points(self) -> PointData | None:
        """The point arrays when the layer is held as ``PointData`` (None for other layers)."""
        return self._store[0]

    @property
    def geometries_built(self) -> bool:
        """False while a ``PointData`` layer has not built its shapely geometries (``data``)."""
        return self._store[1] is not None

    @property
    def attributes(self) -> pd.DataFrame:
        """The attribute table without building geometries: a DataFrame for point arrays, else the
        GeoDataFrame itself (skip ``geometry_name``)."""
        points, gdf = self._store
        return gdf if points is None else points.table

    @property
    def geometry_name(self) -> str:
        points, gdf = self._store
        return points.geometry_name if points is not None else gdf.geometry.name

    def geometries(self, rows: Any = None) -> np.ndarray:
        """Shapely geometries of ``rows`` (positions; all when None), without building the others."""
        points, gdf = self._store
        if points is not None and gdf is None:
            return points.geometries(rows)
        values = np.asarray(gdf.geometry.values, dtype=object)
        return values if rows is None else values[rows]

    # -- selection (row positions, not index labels) -------------------------------------------
    @property
    def selection(self) -> np.ndarray:
        return self._selection

    @selection.setter
    def selection(self, rows: Any) -> None:
        rows = np.sort(np.asarray(rows, dtype=np.int64).ravel())
        if rows.size > 1:  # unique of a sorted array (np.unique re-sorts: 40x slower on 1M rows)
            rows = rows[np.r_[True, rows[1:] != rows[:-1]]]
        if rows.size and (rows[0] < 0 or rows[-1] >= len(self)):
            raise IndexError(f"selection rows out of range 0..{len(self) - 1}")
        if not np.array_equal(rows, self._selection):
            self._selection = rows
            self.events.selection.emit(rows)

    def __len__(self) -> int:
        points, gdf = self._store
        return len(points) if points is not None else len(gdf)

    @property
    def crs(self) -> str | None:
        """"EPSG:xxxx" or WKT2, resolved when the data was set (pyproj CRS objects must not be used from
        the render threads)."""
        return self._crs_str

    @property
    def geometry(self) -> gpd.GeoSeries:
        return self.data.geometry

    @property
    def geometry_types(self) -> dict[str, int]:
        """Count of features per geometry type; null/empty geometries counted under ``None``."""
        store = self._store
        cached = self._types
        if cached is not None and cached[0] is store:
            return dict(cached[1])
        points, gdf = store
        if points is not None:
            n = int(np.count_nonzero(points.present))
            out = {"Point": n} if n else {}
            missing = len(points) - n
        else:
            geoms = np.asarray(gdf.geometry.values, dtype=object)
            type_id = shapely.get_type_id(geoms)
            type_id[shapely.is_empty(geoms)] = -1
            counts = np.bincount(type_id[type_id >= 0], minlength=8)
            out = {_TYPE_NAMES[t]: int(c) for t, c in enumerate(counts) if c and t < len(_TYPE_NAMES)}
            missing = int(np.count_nonzero(type_id < 0))
        if missing:
            out["None"] = missing
        self._types = (store, out)
        return dict(out)

    @property
    def geometry_family(self) -> str | None:
        """"point", "line" or "polygon": the most common kind of geometry (None without any)."""
        by_family: dict[str, int] = {}
        for t, c in self.geometry_types.items():
            fam = _FAMILY.get(t)
            if fam is not None:
                by_family[fam] = by_family.get(fam, 0) + c
        return max(by_family, key=by_family.__getitem__) if by_family else None

    @property
    def extent(self) -> tuple[float, float, float, float] | None:
        if self._extent is False:
            points, gdf = self._store
            if points is not None:
                ok = points.present
                self._extent = None if not ok.any() else (
                    float(points.x[ok].min()), float(points.y[ok].min()),
                    float(points.x[ok].max()), float(points.y[ok].max()))
            else:
                bounds = shapely.bounds(gdf.geometry.values)
                finite = np.isfinite(bounds).all(axis=1)
                if not finite.any():
                    self._extent = None
                else:
                    b = bounds[finite]
                    self._extent = (float(b[:, 0].min()), float(b[:, 1].min()),
                                    float(b[:, 2].max()), float(b[:, 3].max()))
        return self._extent  # type: ignore[return-value]

    @property
    def sindex(self):
        """The spatial index (shapely STRtree via geopandas), built on first use (builds ``data``)."""
        return self.data.sindex

    def query_bbox(self, bbox: tuple[float, float, float, float]) -> np.ndarray:
        """Positions (iloc) of the features whose envelope meets ``bbox``, sorted."""
        points = self._store[0]
        if points is not None:
            minx, miny, maxx, maxy = bbox
            x, y = points.x, points.y
            return np.flatnonzero((x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy))
        return np.sort(self.sindex.query(shapely.box(*bbox)))

    def query_geometry(self, geom: Any) -> np.ndarray:
        """Positions (iloc, sorted) of the features that intersect ``geom`` (layer CRS)."""
        points = self._store[0]
        if points is not None:
            cand = self.query_bbox(shapely.bounds(geom))
            if not len(cand):
                return cand
            hit = shapely.intersects_xy(geom, points.x[cand], points.y[cand])
            return cand[hit]
        return np.sort(self.sindex.query(geom, predicate="intersects")).astype(np.int64, copy=False)

    # -- time and filters ---------------------------------------------------------------------
    @property
    def time_field(self) -> str | None:
        """The column that places a row in time (aware datetimes); None: the layer ignores the time slider."""
        return self._time_field

    @property
    def time_end_field(self) -> str | None:
        """Optional column where a row's span ends (e.g. when a request was closed; empty = still going)."""
        return self._time_end_field

    def set_time_fields(self, field: str | None, end_field: str | None = None) -> None:
        cols = set(map(str, self.attributes.columns))
        for f in (field, end_field):
            if f is not None and f not in cols:
                raise ValueError(trf("layer {name!r} has no column {column!r}", name=self.name, column=f))
        if (field, end_field) != (self._time_field, self._time_end_field):
            self._time_field, self._time_end_field = field, end_field
            self._mask_cache = {}
            self.events.filter.emit(self.filter_state())

    @property
    def filters(self) -> dict[str, list[Any]]:
        """Attribute filters: column -> the values shown (rows with other values are hidden everywhere)."""
        return {k: list(v) for k, v in self._filters.items()}

    @filters.setter
    def filters(self, value: dict[str, list[Any]] | None) -> None:
        value = {str(k): list(v) for k, v in (value or {}).items()}
        if value != self._filters:
            self._filters = value
            self._mask_cache = {}
            self.events.filter.emit(self.filter_state())

    def filter_state(self) -> dict[str, Any]:
        return {"time_field": self._time_field, "time_end_field": self._time_end_field,
                "filters": self.filters}

    def visible_rows(self, window: Any = None) -> np.ndarray | None:
        """The rows shown under the time ``window`` (``core.timewindow.TimeWindow`` or None) and the attribute
        filters, as a boolean mask; None when every row is shown. The map, the attribute table, identify,
        selection, exports and analyses all use this one mask."""
        use_time = window is not None and self._time_field is not None
        if not use_time and not self._filters:
            return None
        store = self._store
        key = (id(store[0]), id(store[1]), window if use_time else None)
        held = self._mask_cache.get(key)
        if held is not None:
            return held
        mask = np.ones(len(self), dtype=bool)
        if self._filters:
            table = self.attributes
            for col, allowed in self._filters.items():
                if col in table.columns:
                    series = table[col]
                    keep = series.isin([v for v in allowed if v is not None]).to_numpy(dtype=bool, na_value=False)
                    if any(v is None for v in allowed):  # None stands for "no value" (NaN, NA, None alike)
                        keep = keep | series.isna().to_numpy(dtype=bool)
                    mask &= keep
        if use_time:
            t, e = self._times()
            mask &= window.mask(t, e)
        mask.setflags(write=False)
        if len(self._mask_cache) > 8:
            self._mask_cache = {}
        self._mask_cache[key] = mask
        return mask

    def _times(self) -> tuple[np.ndarray, np.ndarray | None]:
        from gisdesk.core.timewindow import times_ns

        key = ("times", id(self._store[0]), id(self._store[1]), self._time_field, self._time_end_field)
        held = self._mask_cache.get(key)
        if held is None:
            table = self.attributes
            t = times_ns(table[self._time_field])
            e = times_ns(table[self._time_end_field]) if self._time_end_field else None
            held = self._mask_cache[key] = (t, e)
        return held

    def shown_data(self, window: Any = None) -> gpd.GeoDataFrame:
        """The rows ``visible_rows(window)`` keeps, as a GeoDataFrame (what an export of the layer writes)."""
        mask = self.visible_rows(window)
        if mask is None:
            return self.data
        points = self._store[0]
        if points is not None and not self.geometries_built:  # build shapely points for the kept rows only
            kept = PointData(points.table[mask].reset_index(drop=True), points.x[mask], points.y[mask],
                             crs=points.crs, geometry_name=points.geometry_name)
            return kept.to_geodataframe()
        return self.data[mask].reset_index(drop=True)

    def time_range(self) -> tuple[Any, Any] | None:
        """(first, last) time of the layer's rows (aware, UTC), or None without a time field or times."""
        if self._time_field is None:
            return None
        import pandas as pd

        t, e = self._times()
        t = t[t != np.iinfo(np.int64).min]
        if not len(t):
            return None
        last = int(t.max())
        if e is not None:
            e = e[e != np.iinfo(np.int64).min]
            if len(e):
                last = max(last, int(e.max()))
        return pd.Timestamp(int(t.min()), tz="UTC"), pd.Timestamp(last, tz="UTC")

    # -- state --------------------------------------------------------------------------------
    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        state["source_layer"] = self.source_layer
        state["read_options"] = copy.deepcopy(self.read_options)
        if self._time_field is not None:
            state["time_field"] = self._time_field
        if self._time_end_field is not None:
            state["time_end_field"] = self._time_end_field
        if self._filters:
            state["filters"] = self.filters
        if not self.source:
            state["data"] = self.data
        return state


_TYPE_NAMES = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon",
               "GeometryCollection")
_FAMILY = {"Point": "point", "MultiPoint": "point", "LineString": "line", "MultiLineString": "line",
           "LinearRing": "line", "Polygon": "polygon", "MultiPolygon": "polygon"}


def _check_data(data: Any) -> None:
    if not isinstance(data, (gpd.GeoDataFrame, PointData)):
        raise TypeError(f"VectorLayer needs a GeoDataFrame or PointData, got {type(data).__name__}")


def vector_from_state(state: dict[str, Any]) -> VectorLayer:
    """Factory for ``core.registry`` when no reader is registered: needs the data in the state."""
    state = dict(state)
    state.pop("type", None)
    if "data" not in state:
        raise ValueError(  # programming error
            f"layer {state.get('name')!r}: reading its source {state.get('source')!r} needs gisdesk.io"
        )
    return VectorLayer(**state)
