"""Point layers read straight into coordinate arrays (``layers.vector.PointData``), without shapely objects.

``pyogrio.read_dataframe`` turns every WKB value into a Python ``bytes`` and then into a shapely point:
for a million service requests that is ~1.5 s and ~300 MB before anything is drawn. A 2D point in WKB
is 21 bytes (byte order, type, x, y), so the coordinates can be cut out of GDAL's Arrow buffer with numpy
in a few hundredths of a second. Anything else (Z/M, big-endian, multipoints, a stray line) makes
``read_points`` return None and the caller reads the layer the ordinary way, so nothing is lost.

The attribute columns are converted exactly as ``pyogrio.read_dataframe(use_arrow=True)`` converts them
(same Arrow-to-pandas conversion, same date-time parsing); ``tests/io/test_arrow_points.py`` compares the two.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyogrio

from gisdesk.layers.vector import PointData

_WKB_POINT_LE = np.array([1, 1, 0, 0, 0], dtype=np.uint8)  # little-endian, type 1 (Point, 2D)
_POINT_BYTES = 21


def can_try(info: dict[str, Any]) -> bool:
    """True when a layer's metadata says 2D points (and nothing pyogrio post-processes that we do not)."""
    if str(info.get("geometry_type") or "") != "Point":
        return False
    subtypes = list(info.get("ogr_subtypes") or [])
    types = list(info.get("ogr_types") or [])
    return "OFSTJSON" not in subtypes and "OFTBinary" not in types


def read_points(path: str | Path, *, layer: str | None = None, encoding: str | None = None) -> PointData | None:
    """The layer as ``PointData``, or None when its geometries are not all 2D little-endian points (or
    the date-time conversion pyogrio applies is not available): the caller then reads it normally.
    GDAL errors propagate as pyogrio raises them.

    The layer is streamed in Arrow batches: each batch's WKB is cut into coordinates and dropped, so the
    peak memory is the attributes, the coordinates and one batch, not the whole layer's WKB on top."""
    kw: dict[str, Any] = {"datetime_as_string": True, "use_pyarrow": True}
    if layer is not None:
        kw["layer"] = layer
    if encoding is not None:
        kw["encoding"] = encoding
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    batches: list[pa.RecordBatch] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", UserWarning)
        with pyogrio.open_arrow(path, **kw) as (meta, reader):
            if not can_try(meta):
                return None
            gname = meta.get("geometry_name") or "wkb_geometry"
            names = reader.schema.names
            if gname not in names or "geometry" in names:
                return None
            datetime_fields = [f for d, f in zip(meta["dtypes"], meta["fields"], strict=True)
                               if d is not None and str(d).startswith("datetime") and d != "datetime64[D]"]
            parse_datetime = _datetime_parser() if datetime_fields else None
            if datetime_fields and parse_datetime is None:
                return None
            g = names.index(gname)
            schema = reader.schema.remove(g)
            for batch in reader:
                xy = wkb_points_to_xy(batch.column(g))
                if xy is None:
                    return None
                xs.append(xy[0])
                ys.append(xy[1])
                batches.append(batch.drop_columns([gname]))
            crs = meta.get("crs")
    table = pa.Table.from_batches(batches, schema=schema)
    del batches
    df = table.to_pandas()
    del table
    for field in datetime_fields:
        df[field] = parse_datetime(df[field])
    x = np.concatenate(xs) if xs else np.zeros(0)
    y = np.concatenate(ys) if ys else np.zeros(0)
    return PointData(df, x, y, crs=crs)


def wkb_points_to_xy(column: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """(x, y) of a WKB column of 2D little-endian points (NaN for nulls and empty points), else None."""
    if isinstance(column, pa.ChunkedArray):
        parts = [wkb_points_to_xy(chunk) for chunk in column.chunks]
        if any(p is None for p in parts):
            return None
        if not parts:
            return np.zeros(0), np.zeros(0)
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
    arr = column
    if isinstance(arr, pa.ExtensionArray):
        arr = arr.storage
    n = len(arr)
    if pa.types.is_binary(arr.type):
        off_dtype = np.int32
    elif pa.types.is_large_binary(arr.type):
        off_dtype = np.int64
    else:
        return None
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    if n == 0:
        return x, y
    buffers = arr.buffers()
    offsets = np.frombuffer(buffers[1], dtype=off_dtype)[arr.offset:arr.offset + n + 1]
    data = np.frombuffer(buffers[2], dtype=np.uint8) if buffers[2] is not None else np.zeros(0, dtype=np.uint8)
    if arr.null_count:
        valid = ~np.asarray(arr.is_null().to_numpy(zero_copy_only=False), dtype=bool)
    else:
        valid = np.ones(n, dtype=bool)
    lengths = np.diff(offsets)
    if np.any(lengths[valid] != _POINT_BYTES):
        return None
    starts = offsets[:-1][valid]
    if not len(starts):
        return x, y
    first, last = int(offsets[0]), int(offsets[-1])
    if valid.all() and last - first == _POINT_BYTES * n:  # one block of records: a reshape, no gather
        records = data[first:last].reshape(n, _POINT_BYTES)
    else:
        records = data[starts.astype(np.int64)[:, None] + np.arange(_POINT_BYTES)]
    if not (records[:, :5] == _WKB_POINT_LE).all():
        return None
    coords = np.ascontiguousarray(records[:, 5:]).view("<f8")
    x[valid] = coords[:, 0]
    y[valid] = coords[:, 1]
    return x, y


def _datetime_parser() -> Any:
    """pyogrio's own date-time parsing (what ``read_dataframe`` applies), or None if this pyogrio lacks it."""
    try:
        from pyogrio.geopandas import _try_parse_datetime
    except ImportError:
        return None

    def parse(series: Any) -> Any:
        return _try_parse_datetime(series, False, True)

    return parse
