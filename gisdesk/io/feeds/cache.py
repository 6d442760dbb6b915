"""A feed's local copy: one GeoPackage with a point layer and a small metadata table.

The point layer holds every row of the frame (rows without a location are kept, with an empty geometry);
the points are built from the frame's own longitude/latitude columns (``long``/``lat`` for Open311) in
EPSG:4326, and those columns stay in the table, so the frame read back is the frame written.

The metadata table (``gisdesk_meta``: ``key``, ``value`` as JSON text) holds what the caller passes as
``meta`` (endpoint, jurisdiction, last sync time, newest ``updated_datetime``...) and, under ``__columns__``,
each column's original name and kind, so that names GeoPackage cannot hold (``fid``, ``geom``, two names
differing only in case) and columns that are entirely empty come back exactly as they were: date-times as
aware UTC, numbers as floats, text as strings.

The file is written to a temporary file beside the target and renamed into place
(:func:`gisdesk.core.fileutil.atomic_path`): a failed or interrupted write leaves the previous cache as it was.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import geopandas
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.errors
import shapely

from gisdesk.core.errors import ReadError
from gisdesk.core.fileutil import atomic_path
from gisdesk.core.i18n import N_, tr, trf
from gisdesk.io.writers import WriteError

__all__ = ["CACHE_LAYER", "META_LAYER", "read_cache", "write_cache"]

CACHE_LAYER = "service_requests"
META_LAYER = "gisdesk_meta"
CACHE_FORMAT = "gisdesk-feed-cache"
CACHE_VERSION = 1
_COLUMNS_KEY = "__columns__"
_FORMAT_KEY = "__format__"
_LAYER_KEY = "__layer__"
# names the GeoPackage table already uses (compared case-insensitively, as SQLite does)
_RESERVED = {"fid", "geom", "geometry", "ogc_fid"}
_NOT_SAVED = N_("the local copy could not be saved ({why}); the previous copy (if any) was left as it was.")


def write_cache(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    meta: Mapping[str, Any],
    layer: str = CACHE_LAYER,
    x: str = "long",
    y: str = "lat",
) -> Path:
    """Write ``frame`` and ``meta`` to the GeoPackage ``path`` atomically and return the path.

    ``meta`` values must be JSON-serialisable; datetimes and Timestamps are stored as ISO 8601 strings.
    Date-time columns must be timezone-aware (they are stored in UTC). Raises :class:`WriteError`.
    """
    path = Path(path)
    table, columns = _prepare(frame)
    gdf = geopandas.GeoDataFrame(table, geometry=_points(frame, x, y), crs="EPSG:4326")
    rows = {_FORMAT_KEY: {"format": CACHE_FORMAT, "version": CACHE_VERSION}, _LAYER_KEY: layer,
            _COLUMNS_KEY: columns}
    for key, value in meta.items():
        if str(key).startswith("__"):
            raise ValueError(f"meta keys starting with '__' are reserved: {key!r}")  # programming error
        rows[str(key)] = _jsonable(value)
    meta_table = pd.DataFrame({"key": list(rows), "value": [json.dumps(v, ensure_ascii=False) for v in rows.values()]},
                              dtype="str")
    try:
        with atomic_path(path, suffix=".gpkg") as tmp, warnings.catch_warnings():
            # GDAL's notes while writing are not the user's business here; errors still raise
            warnings.simplefilter("ignore", RuntimeWarning)
            pyogrio.write_dataframe(gdf, tmp, layer=layer, driver="GPKG")
            pyogrio.write_dataframe(meta_table, tmp, layer=META_LAYER, driver="GPKG")
    except OSError as exc:
        raise WriteError(path, trf(_NOT_SAVED, why=str(exc.strerror or exc))) from exc
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise WriteError(path, trf(_NOT_SAVED, why=str(exc).strip())) from exc
    return path


def read_cache(path: str | os.PathLike[str], *, layer: str | None = None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Read a cache written by :func:`write_cache`: ``(frame, meta)``. Raises :class:`ReadError`."""
    path = Path(path)
    if not path.is_file():
        raise ReadError(path, tr("the local copy does not exist (it has not been synced yet, or it was deleted)."))

    def damaged(why: str) -> str:
        return trf("the local copy is damaged or incomplete ({why}); delete it (or sync again with rebuild=True) "
                   "to download the feed afresh.", why=why)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            layers = {str(name) for name, _ in pyogrio.list_layers(path)}
            if META_LAYER not in layers:
                raise ReadError(path, trf("this GeoPackage is not a gisdesk feed cache (it has no '{table}' table).",
                                          table=META_LAYER))
            meta_table = pyogrio.read_dataframe(path, layer=META_LAYER)
            raw = {str(k): json.loads(v) for k, v in zip(meta_table["key"], meta_table["value"], strict=True)}
            fmt = raw.pop(_FORMAT_KEY, None)
            if not isinstance(fmt, dict) or fmt.get("format") != CACHE_FORMAT:
                raise ReadError(path, tr("this GeoPackage is not a gisdesk feed cache."))
            if int(fmt.get("version", 0)) > CACHE_VERSION:
                raise ReadError(path, tr("this cache was written by a newer gisdesk; sync again to rebuild it."))
            stored_layer = raw.pop(_LAYER_KEY, CACHE_LAYER)
            columns = raw.pop(_COLUMNS_KEY, None)
            layer = layer or stored_layer
            if layer not in layers:
                raise ReadError(path, damaged(trf("the table '{layer}' is missing", layer=layer)))
            table = pyogrio.read_dataframe(path, layer=layer, read_geometry=False)
    except ReadError:
        raise
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, sqlite3.Error, OSError,
            ValueError, KeyError, TypeError) as exc:
        # json.JSONDecodeError is a ValueError
        raise ReadError(path, damaged(_short(exc))) from exc
    if not isinstance(columns, list):
        raise ReadError(path, damaged(tr("its column list is missing")))
    try:
        frame = _restore(table, columns)
    except (KeyError, ValueError, TypeError) as exc:
        raise ReadError(path, damaged(_short(exc))) from exc
    return frame, raw


# --------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------


def _prepare(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[list[str]]]:
    """The table to store (safe names, storable types) and ``[[stored, original, kind], ...]``."""
    data: dict[str, pd.Series] = {}
    columns: list[list[str]] = []
    taken: set[str] = set(_RESERVED)
    for i, name in enumerate(frame.columns):
        s = frame.iloc[:, i]
        original = str(name)
        stored = original
        if not stored or stored.casefold() in taken:
            stored = _free_name(f"{original or 'column'}_", taken)
        taken.add(stored.casefold())
        kind, values = _storable(s, original)
        data[stored] = values.reset_index(drop=True)
        columns.append([stored, original, kind])
    return pd.DataFrame(data, index=pd.RangeIndex(len(frame))), columns


def _free_name(stem: str, taken: set[str]) -> str:
    n = 1
    while f"{stem}{n}".casefold() in taken:
        n += 1
    return f"{stem}{n}"


def _storable(s: pd.Series, name: str) -> tuple[str, pd.Series]:
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        return "datetime", s.dt.tz_convert("UTC").dt.as_unit("ms")
    if pd.api.types.is_datetime64_dtype(s.dtype):
        raise ValueError(  # programming error
            f"column {name!r} holds date-times without a time zone; make them aware before caching")
    if pd.api.types.is_bool_dtype(s.dtype):
        return "bool", pd.Series(s.to_numpy(dtype="float64", na_value=np.nan))
    if pd.api.types.is_integer_dtype(s.dtype):
        return "int", s.astype("Int64")
    if pd.api.types.is_numeric_dtype(s.dtype):
        return "float", s.astype("float64")
    return "text", s.map(_text, na_action="ignore").astype("str")


def _text(v: Any) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, (dict, list, tuple)):
        return json.dumps(v, ensure_ascii=False, default=str)
    if isinstance(v, (pd.Timestamp,)):
        return v.isoformat()
    return str(v)


def _points(frame: pd.DataFrame, x: str, y: str) -> geopandas.GeoSeries:
    n = len(frame)
    if x in frame.columns and y in frame.columns:
        xs = pd.to_numeric(frame[x], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        ys = pd.to_numeric(frame[y], errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        ok = np.isfinite(xs) & np.isfinite(ys)
        geoms = np.full(n, None, dtype=object)
        geoms[ok] = shapely.points(xs[ok], ys[ok])
    else:
        geoms = np.full(n, None, dtype=object)
    return geopandas.GeoSeries(geoms, crs="EPSG:4326")


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    if hasattr(value, "isoformat"):  # datetime, date
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, np.generic):
        return _jsonable(value.item())
    raise TypeError(f"cannot store {type(value).__name__} in the cache metadata")


# --------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------


def _restore(table: pd.DataFrame, columns: list[list[str]]) -> pd.DataFrame:
    n = len(table)
    out: dict[str, pd.Series] = {}
    for stored, original, kind in columns:
        s = table[stored] if stored in table.columns else pd.Series([None] * n, dtype="object")
        s = s.reset_index(drop=True)
        if kind == "datetime":
            if not isinstance(s.dtype, pd.DatetimeTZDtype):
                # an all-empty column comes back naive or as text: what was stored is UTC
                s = pd.to_datetime(s, utc=True, errors="coerce", format="ISO8601")
            s = s.dt.tz_convert("UTC").dt.as_unit("ms")
        elif kind in ("float", "bool"):
            s = pd.to_numeric(s, errors="coerce").astype("float64")
            if kind == "bool":
                s = s.map({1.0: True, 0.0: False}).astype("boolean")
        elif kind == "int":
            s = pd.to_numeric(s, errors="coerce")
            s = s.astype("int64") if s.notna().all() else s.astype("Int64")
        else:
            s = s.astype("str")
        out[original] = s
    return pd.DataFrame(out, index=pd.RangeIndex(n))


def _short(exc: BaseException) -> str:
    """GDAL's and SQLite's complaints in plain words."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    low = text.lower()
    if "not recognized as being in a supported file format" in low or "file is not a database" in low:
        return tr("it is not a GeoPackage: it may be empty or overwritten")
    if "malformed" in low or "disk image" in low or "database corrupt" in low:
        return tr("its database is damaged, perhaps cut short by a crash or a full disk")
    if isinstance(exc, json.JSONDecodeError):
        return tr("its metadata table is not readable")
    if "permission denied" in low or isinstance(exc, PermissionError):
        return tr("permission denied")
    return text[:160]

