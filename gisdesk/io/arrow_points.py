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
    GDAL errors propagate as pyogrio raises them."""
    kw: dict[str, Any] = {"datetime_as_string": True}
    if layer is not None:
        kw["layer"] = layer
    if encoding is not None:
        kw["encoding"] = encoding
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", UserWarning)
        meta, table = pyogrio.read_arrow(path, **kw)
    gname = meta.get("geometry_name") or "wkb_geometry"
    if gname not in table.column_names or "geometry" in table.column_names:
        return None
    datetime_fields = [f for d, f in zip(meta["dtypes"], meta["fields"], strict=True)
                       if d is not None and str(d).startswith("datetime") and d != "datetime64[D]"]
    parse_datetime = _datetime_parser() if datetime_fields else None
    if datetime_fields and parse_datetime is None:
        return None
    xy = wkb_points_to_xy(table.column(gname))
    if xy is None:
        return None
    table = table.drop_columns([gname])
    df = table.to_pandas()
    del table
    for field in datetime_fields:
        df[field] = parse_datetime(df[field])
    return PointData(df, xy[0], xy[1], crs=meta.get("crs"))


def wkb_points_to_xy(column: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """(x, y) of a WKB column of 2D little-endian points (NaN for nulls and empty points), else None."""
    arr = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
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
    offsets = np.frombuffer(buffers[1], dtype=off_dtype)[arr.offset:arr.offset + n + 1].astype(np.int64)
    data = np.frombuffer(buffers[2], dtype=np.uint8) if buffers[2] is not None else np.zeros(0, dtype=np.uint8)
    valid = ~np.asarray(arr.is_null().to_numpy(zero_copy_only=False), dtype=bool)
    lengths = np.diff(offsets)
    if np.any(lengths[valid] != _POINT_BYTES):
        return None
    starts = offsets[:-1][valid]
    if not len(starts):
        return x, y
    if valid.all() and offsets[-1] - offsets[0] == _POINT_BYTES * n:  # one block of records: a reshape
        records = data[offsets[0]:offsets[-1]].reshape(n, _POINT_BYTES)
    else:
        records = data[starts[:, None] + np.arange(_POINT_BYTES)]
    if not np.array_equal(records[:, :5], np.broadcast_to(_WKB_POINT_LE, (len(records), 5))):
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
