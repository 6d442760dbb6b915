"""Reading PostGIS tables into GeoDataFrames or point arrays, whole or by view (no Qt).

Every query is composed with :mod:`psycopg.sql`: table and column names are ``sql.Identifier``s (checked
against the table's real columns first), values are query parameters. User filters are a small structured
form, a list of ``(column, operator, value)`` with ``operator`` from :data:`OPERATORS`; nothing the user
types is ever pasted into SQL text.

By view: ``bbox`` (xmin, ymin, xmax, ymax, in ``bbox_crs``, default the table's CRS) becomes
``geom && ST_MakeEnvelope(..., table_srid)``, which the server answers from the GiST index (a bounding-box
test, as QGIS does for a view: PostGIS keeps boxes in float4 rounded outward, so features within ~1e-6 of
the edge, relative, may come too; a map view does not mind). The box is
reprojected here with pyproj (densified edges), not with ``ST_Transform`` on the server: PostGIS 3.3's
``spatial_ref_sys`` lacks EPSG:9214 (Huế's VN-2000 / TM-3 107-00), so a server-side transform from or to
the city's CRS fails. ``time_window`` (a :class:`gisdesk.core.timewindow.TimeWindow` or an aware
``(start, end)`` pair, half-open) filters a ``timestamptz`` column with parameters.

Large tables: :func:`estimate_rows` asks the planner how many rows a query would return (nothing is run)
and :func:`load_strategy` compares that with :data:`LOAD_WHOLE_MAX_ROWS` to choose "whole" or "view".
For point tables :func:`read_points` fetches ``ST_X``/``ST_Y`` as float8 straight into numpy arrays (a
:class:`gisdesk.layers.vector.PointData`), without building shapely objects.

Geometries come as WKB (``ST_AsBinary``) and are decoded with ``shapely.from_wkb`` in one vectorised call.
A column without an SRID constraint may hold several SRIDs: those rows are reprojected here (pyproj) to
the most common SRID (or ``crs``), and rows with SRID 0 lose their geometry, which the report says.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import psycopg
import shapely
from psycopg import sql

from gisdesk.core.i18n import N_, tr, trf
from gisdesk.db.catalog import GeometryTable, geometry_table, plan_rows
from gisdesk.db.errors import DatabaseError, Kind, database_errors, label_of

__all__ = ["LOAD_WHOLE_MAX_ROWS", "OPERATORS", "build_query", "estimate_rows", "load_strategy", "read_points", "read_table",
           "table_columns"]

#: above this many (estimated) rows a layer is loaded by view, not whole
LOAD_WHOLE_MAX_ROWS = 200_000

#: user filter operators -> SQL. "in"/"not in" take a list; "is null"/"is not null" take no value.
OPERATORS: dict[str, str] = {
    "=": "=", "!=": "<>", "<>": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=",
    "like": "LIKE", "ilike": "ILIKE", "not like": "NOT LIKE",
    "in": "IN", "not in": "NOT IN", "is null": "IS NULL", "is not null": "IS NOT NULL",
}

Filter = Sequence[Any]  # (column, operator, value) or (column, "is null")
_READING = N_('Reading "{schema}"."{table}" failed: {problem}')
Report = Any  # anything with .info(category, text) and .warn(category, text), e.g. gisdesk.io.report.LayerReport


def table_columns(conn: psycopg.Connection, schema: str, table: str) -> dict[str, str]:
    """Column name -> type name (``format_type``), in table order, for the columns the user may read."""
    with database_errors(label_of(conn), N_('Reading the columns of "{schema}"."{table}" failed: {problem}'),
                         schema=schema, table=table):
        rows = conn.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped "
            "AND has_column_privilege(c.oid, a.attnum, 'SELECT') ORDER BY a.attnum", [schema, table]).fetchall()
    return dict(rows)


# --- the WHERE clause -----------------------------------------------------------------------------------


def _where(conn: psycopg.Connection, info: GeometryTable, columns: dict[str, str], *, bbox, bbox_crs, where,
           time_column, time_window, srids: Sequence[int] = (),
           alias: str | None = None) -> tuple[list[sql.Composable], list[Any]]:
    """The conditions (ANDed) and their parameters; ``alias`` qualifies the column names (for joins)."""
    parts: list[sql.Composable] = []
    params: list[Any] = []

    def ident(name: str) -> sql.Identifier:
        return sql.Identifier(alias, name) if alias else sql.Identifier(name)

    geom = ident(info.column)
    if bbox is not None:
        if info.srid > 0:
            box = _box_in(bbox, bbox_crs, info.srid)
            parts.append(sql.SQL("{} && ST_MakeEnvelope(%s, %s, %s, %s, %s)").format(geom))
            params += [*box, info.srid]
        else:  # SRID not constrained: one envelope per SRID present (&& itself ignores SRIDs)
            ors = []
            for s in srids or ():
                if s <= 0:
                    continue
                ors.append(sql.SQL("(ST_SRID({g}) = %s AND {g} && ST_MakeEnvelope(%s, %s, %s, %s, %s))").format(g=geom))
                params += [s, *_box_in(bbox, bbox_crs, s), s]
            parts.append(sql.SQL("({})").format(sql.SQL(" OR ").join(ors)) if ors else sql.SQL("false"))
    if time_window is not None:
        if not time_column:
            raise DatabaseError(label_of(conn), tr("a time window needs the table's time column."), Kind.BAD_INPUT)
        _check_column(conn, info, columns, time_column)
        start, end = _window(time_window)
        if start is not None:
            parts.append(sql.SQL("{} >= %s").format(ident(time_column)))
            params.append(start)
        if end is not None:
            parts.append(sql.SQL("{} < %s").format(ident(time_column)))
            params.append(end)
    for f in where or ():
        part, ps = _filter(conn, info, columns, f, ident)
        parts.append(part)
        params += ps
    return parts, params


def _filter(conn, info: GeometryTable, columns: dict[str, str], f: Filter,
            ident_of=sql.Identifier) -> tuple[sql.Composable, list[Any]]:
    if not isinstance(f, (tuple, list)) or len(f) not in (2, 3):
        raise DatabaseError(label_of(conn), trf("a filter must be (column, operator, value), not {filter!r}.",
                                                filter=f), Kind.BAD_INPUT)
    column, op = f[0], str(f[1]).strip().lower()
    if op not in OPERATORS:
        raise DatabaseError(label_of(conn), trf("the filter operator {op!r} is not allowed; use one of {allowed}.",
                                                op=f[1], allowed=", ".join(OPERATORS)), Kind.BAD_INPUT)
    _check_column(conn, info, columns, column)
    ident = ident_of(column)
    sql_op = OPERATORS[op]
    if op in ("is null", "is not null"):
        if len(f) == 3 and f[2] is not None:
            raise DatabaseError(label_of(conn), trf("the operator {op!r} takes no value.", op=op), Kind.BAD_INPUT)
        return sql.SQL("{} " + sql_op).format(ident), []
    if len(f) != 3:
        raise DatabaseError(label_of(conn), trf("the filter on {column!r} with {op!r} needs a value.", column=column,
                                                op=op), Kind.BAD_INPUT)
    value = _nfc(f[2])
    if op in ("in", "not in"):
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise DatabaseError(label_of(conn), trf("the operator {op!r} needs a list of values.", op=op),
                                Kind.BAD_INPUT)
        values = [_nfc(v) for v in value]
        tmpl = "{} = ANY(%s)" if op == "in" else "NOT ({} = ANY(%s))"
        return sql.SQL(tmpl).format(ident), [values]
    return sql.SQL("{} " + sql_op + " %s").format(ident), [value]


def _check_column(conn, info: GeometryTable, columns: dict[str, str], column: Any) -> None:
    if not isinstance(column, str) or column not in columns:
        raise DatabaseError(label_of(conn), trf('"{schema}"."{table}" has no column {column!r} that you may read.',
                                                schema=info.schema, table=info.table, column=column), Kind.BAD_INPUT)


def _nfc(v: Any) -> Any:
    return unicodedata.normalize("NFC", v) if isinstance(v, str) else v


def _window(tw: Any) -> tuple[Any, Any]:
    if hasattr(tw, "start_ns"):  # gisdesk.core.timewindow.TimeWindow
        start, end = tw.start, tw.end
    else:
        start, end = tw
    out = []
    for v in (start, end):
        if v is None:
            out.append(None)
            continue
        ts = pd.Timestamp(v)
        if ts.tzinfo is None:
            raise DatabaseError("", trf("the time window bound {value!r} has no time zone; give an aware time (e.g. "
                                        "with +07:00).", value=v), Kind.BAD_INPUT)
        out.append(ts.to_pydatetime())
    return out[0], out[1]


def _box_in(bbox: Sequence[float], bbox_crs: Any, srid: int) -> tuple[float, float, float, float]:
    xmin, ymin, xmax, ymax = (float(v) for v in bbox)
    if not (xmin <= xmax and ymin <= ymax):
        raise DatabaseError("", trf("the box {box} is not (xmin, ymin, xmax, ymax).", box=str(tuple(bbox))),
                            Kind.BAD_INPUT)
    if bbox_crs is None:
        return xmin, ymin, xmax, ymax
    from pyproj import CRS, Transformer

    src, dst = CRS.from_user_input(bbox_crs), CRS.from_epsg(srid)
    if src == dst:
        return xmin, ymin, xmax, ymax
    t = Transformer.from_crs(src, dst, always_xy=True)
    box = t.transform_bounds(xmin, ymin, xmax, ymax, densify_pts=21)
    if not all(np.isfinite(box)):
        raise DatabaseError("", trf("the box {box} cannot be expressed in EPSG:{srid}.", box=str(tuple(bbox)),
                                    srid=str(srid)), Kind.BAD_INPUT)
    return tuple(float(v) for v in box)  # type: ignore[return-value]


def _srids(conn, info: GeometryTable) -> list[tuple[int, int]]:
    """(srid, rows) present in an unconstrained geometry column, most common first."""
    q = sql.SQL("SELECT ST_SRID({g}), count(*) FROM {t} WHERE {g} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1").format(
        g=sql.Identifier(info.column), t=sql.Identifier(info.schema, info.table))
    return [(int(s), int(n)) for s, n in conn.execute(q).fetchall()]


def _compose(conn, info, columns, select: sql.Composable, *, bbox, bbox_crs, where, time_column, time_window,
             limit, srids=()) -> tuple[sql.Composed, list[Any]]:
    parts, params = _where(conn, info, columns, bbox=bbox, bbox_crs=bbox_crs, where=where, time_column=time_column,
                           time_window=time_window, srids=srids)
    q = sql.SQL("SELECT {} FROM {}").format(select, sql.Identifier(info.schema, info.table))
    if parts:
        q += sql.SQL(" WHERE ") + sql.SQL(" AND ").join(parts)
    if limit is not None:
        q += sql.SQL(" LIMIT %s")
        params.append(int(limit))
    return q, params


# --- public reading API ---------------------------------------------------------------------------------


def estimate_rows(conn: psycopg.Connection, schema: str, table: str, *, bbox=None, bbox_crs=None, where=None,
                  time_column=None, time_window=None, geometry_column: str | None = None) -> int:
    """The planner's estimate of how many rows :func:`read_table` would fetch (nothing is read)."""
    info = geometry_table(conn, schema, table, geometry_column)
    columns = table_columns(conn, schema, table)
    srids = [s for s, _ in _srids(conn, info)] if (info.srid == 0 and bbox is not None) else ()
    q, params = _compose(conn, info, columns, sql.SQL("1"), bbox=bbox, bbox_crs=bbox_crs, where=where,
                         time_column=time_column, time_window=time_window, limit=None, srids=srids)
    with database_errors(label_of(conn), N_('Estimating the size of "{schema}"."{table}" failed: {problem}'),
                         schema=schema, table=table):
        return plan_rows(conn, q, params)


def load_strategy(conn: psycopg.Connection, schema: str, table: str, *, threshold: int = LOAD_WHOLE_MAX_ROWS,
                  **filters: Any) -> str:
    """``"whole"`` when the (filtered) table is estimated at ``threshold`` rows or fewer, else ``"view"``."""
    return "whole" if estimate_rows(conn, schema, table, **filters) <= threshold else "view"


def build_query(conn: psycopg.Connection, schema: str, table: str, *, bbox: Sequence[float] | None = None,
                bbox_crs: Any = None, where: Sequence[Filter] | None = None, time_column: str | None = None,
                time_window: Any = None, columns: Sequence[str] | None = None, limit: int | None = None,
                geometry_column: str | None = None, crs: Any = None) -> tuple[sql.Composed, list[Any]]:
    """The SELECT :func:`read_table` runs, and its parameters (e.g. to EXPLAIN it)."""
    plan = _plan(conn, schema, table, bbox=bbox, bbox_crs=bbox_crs, where=where, time_column=time_column,
                 time_window=time_window, columns=columns, limit=limit, geometry_column=geometry_column, crs=crs,
                 report=None)
    return plan[0], plan[1]


def _plan(conn, schema, table, *, bbox, bbox_crs, where, time_column, time_window, columns, limit, geometry_column,
          crs, report):
    info = geometry_table(conn, schema, table, geometry_column)
    all_cols = table_columns(conn, schema, table)
    attrs = _attribute_columns(conn, info, all_cols, columns)
    srid, srids, mixed = _target_srid(conn, info, crs, report)
    geom = sql.Identifier(info.column)
    fields = [(c, _kind(all_cols[c]), sql.Identifier(c)) for c in attrs]
    fields.append(("__wkb", "wkb", geom))
    if mixed:
        fields.append(("__srid", "int", sql.SQL("ST_SRID({})").format(geom)))
    q, params = _compose(conn, info, all_cols, _select_list(fields), bbox=bbox, bbox_crs=bbox_crs,
                         where=where, time_column=time_column, time_window=time_window, limit=limit,
                         srids=[s for s, _ in srids])
    return q, params, info, fields, srid, mixed


def read_table(conn: psycopg.Connection, schema: str, table: str, *, bbox: Sequence[float] | None = None,
               bbox_crs: Any = None, where: Sequence[Filter] | None = None, time_column: str | None = None,
               time_window: Any = None, columns: Sequence[str] | None = None, limit: int | None = None,
               geometry_column: str | None = None, crs: Any = None, report: Report | None = None):
    """A GeoDataFrame of the rows of ``schema.table`` that match (all of them by default).

    ``columns``: the attribute columns to fetch (default: all the user may read, except other geometry
    columns). ``crs`` only matters for a column without an SRID constraint holding several SRIDs: the
    SRID to bring them all to (default: the most common). Raises :class:`DatabaseError`.
    """
    import geopandas as gpd

    q, params, info, fields, srid, mixed = _plan(
        conn, schema, table, bbox=bbox, bbox_crs=bbox_crs, where=where, time_column=time_column,
        time_window=time_window, columns=columns, limit=limit, geometry_column=geometry_column, crs=crs,
        report=report)
    with database_errors(label_of(conn), _READING, schema=schema, table=table):
        data = _fetch(conn, q, params, fields)
    wkb = data.pop("__wkb")
    row_srids = data.pop("__srid", None)
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(wkb)))
    geoms = shapely.from_wkb(wkb) if len(wkb) else np.empty(0, dtype=object)
    if mixed:
        row_srids = np.asarray(row_srids.fillna(-1) if hasattr(row_srids, "fillna") else row_srids, dtype=np.int64)
        geoms = _reproject_mixed(geoms, row_srids, srid, info, report)
    crs_out = _crs_of(conn, srid)
    gname = info.column if info.column not in frame.columns else f"{info.column}_geom"
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, index=frame.index, crs=crs_out), crs=crs_out)
    if gname != "geometry":
        gdf = gdf.rename_geometry(gname)
    if report is not None:
        values = {"n": len(gdf), "schema": schema, "table": table, "database": label_of(conn)}
        report.info("read", trf('Read {n:,} row from "{schema}"."{table}" on {database}.', **values) if len(gdf) == 1
                    else trf('Read {n:,} rows from "{schema}"."{table}" on {database}.', **values))
    return gdf


def read_points(conn: psycopg.Connection, schema: str, table: str, *, bbox: Sequence[float] | None = None,
                bbox_crs: Any = None, where: Sequence[Filter] | None = None, time_column: str | None = None,
                time_window: Any = None, columns: Sequence[str] | None = None, limit: int | None = None,
                geometry_column: str | None = None):
    """The matching rows of a point table as a :class:`gisdesk.layers.vector.PointData` (x/y float64 arrays,
    NaN where a row has no point); no shapely objects are built. Multi-points and other types: refused with
    a :class:`DatabaseError` (use :func:`read_table`). ``columns`` default: all non-geometry columns; pass
    ``[]`` for coordinates only (fastest: read with binary COPY)."""
    from gisdesk.layers.vector import PointData

    info = geometry_table(conn, schema, table, geometry_column)
    if info.geometry_type not in ("POINT", "POINTZ", "POINTM", "POINTZM") or info.srid <= 0:
        raise DatabaseError(label_of(conn), trf('"{schema}"."{table}" is not a single-point column with an SRID '
                                                "({type}, SRID {srid}); read it as a table.", schema=schema,
                                                table=table, type=info.geometry_type, srid=str(info.srid)),
                            Kind.BAD_INPUT)
    all_cols = table_columns(conn, schema, table)
    attrs = _attribute_columns(conn, info, all_cols, columns)
    geom = sql.Identifier(info.column)
    xy = sql.SQL("ST_X({g})::float8, ST_Y({g})::float8").format(g=geom)
    if not attrs:
        q, params = _compose(conn, info, all_cols, xy, bbox=bbox, bbox_crs=bbox_crs, where=where,
                             time_column=time_column, time_window=time_window, limit=limit)
        with database_errors(label_of(conn), _READING, schema=schema, table=table):
            x, y = _copy_xy(conn, q, params)
        return PointData(pd.DataFrame(index=pd.RangeIndex(len(x))), x, y, crs=_crs_of(conn, info.srid),
                         geometry_name=info.column)
    fields = [(c, _kind(all_cols[c]), sql.Identifier(c)) for c in attrs]
    fields += [("__x", "float", sql.SQL("ST_X({})").format(geom)), ("__y", "float", sql.SQL("ST_Y({})").format(geom))]
    q, params = _compose(conn, info, all_cols, _select_list(fields), bbox=bbox, bbox_crs=bbox_crs, where=where,
                         time_column=time_column, time_window=time_window, limit=limit)
    with database_errors(label_of(conn), _READING, schema=schema, table=table):
        data = _fetch(conn, q, params, fields)
    x, y = data.pop("__x"), data.pop("__y")
    table_df = pd.DataFrame(data, index=pd.RangeIndex(len(x)))
    return PointData(table_df, x, y, crs=_crs_of(conn, info.srid), geometry_name=info.column)


# --- helpers --------------------------------------------------------------------------------------------


def _attribute_columns(conn, info: GeometryTable, all_cols: dict[str, str], columns) -> list[str]:
    if columns is None:
        return [c for c, t in all_cols.items() if c != info.column and not t.startswith(("geometry", "geography"))]
    out = []
    for c in columns:
        _check_column(conn, info, all_cols, c)
        if c != info.column:
            out.append(c)
    return out


def _target_srid(conn, info: GeometryTable, crs: Any, report) -> tuple[int, list[tuple[int, int]], bool]:
    if info.srid > 0:
        return info.srid, [], False
    with database_errors(label_of(conn), N_('Reading the SRIDs of "{schema}"."{table}" failed: {problem}'),
                         schema=info.schema, table=info.table):
        srids = _srids(conn, info)
    if crs is not None:
        from pyproj import CRS

        epsg = CRS.from_user_input(crs).to_epsg()
        if epsg is None:
            raise DatabaseError(label_of(conn), trf("{crs!r} has no EPSG code; give the SRID to read the mixed "
                                                    "column in.", crs=crs), Kind.BAD_INPUT)
        target = epsg
    else:
        target = next((s for s, _ in srids if s > 0), 0)
    mixed = len(srids) > 1 or (len(srids) == 1 and srids[0][0] != target)
    if mixed and report is not None:
        present = ", ".join(trf("{n:,} in SRID 0 (none)", n=n) if s == 0 else
                            trf("{n:,} in EPSG:{srid}", n=n, srid=str(s)) for s, n in srids)
        report.warn("crs", trf('"{schema}"."{table}" mixes coordinate systems ({present}); all rows were brought to '
                               "EPSG:{target}.", schema=info.schema, table=info.table, present=present,
                               target=str(target)))
    return target, srids, mixed


def _reproject_mixed(geoms: np.ndarray, srids: np.ndarray, target: int, info: GeometryTable, report) -> np.ndarray:
    from pyproj import Transformer

    geoms = np.asarray(geoms, dtype=object).copy()
    lost = 0
    for s in np.unique(srids):
        if s == target:
            continue
        rows = srids == s
        if s == -1:  # NULL geometry
            continue
        if s <= 0 or target <= 0:
            lost += int(rows.sum())
            geoms[rows] = None
            continue
        t = Transformer.from_crs(int(s), int(target), always_xy=True)
        geoms[rows] = shapely.transform(geoms[rows], lambda c, t=t: np.column_stack(t.transform(c[:, 0], c[:, 1])))
    if lost and report is not None:
        values = {"n": lost, "schema": info.schema, "table": info.table}
        report.warn("crs", trf('{n:,} row of "{schema}"."{table}" has geometry without an SRID (0) in a column of '
                               "mixed SRIDs; its position is unknown, so its geometry was left empty (the attributes "
                               "are kept).", **values) if lost == 1 else
                    trf('{n:,} rows of "{schema}"."{table}" have geometry without an SRID (0) in a column of mixed '
                        "SRIDs; their position is unknown, so their geometry was left empty (the attributes are "
                        "kept).", **values))
    return geoms


_CRS_CACHE: dict[tuple[str, int], str | None] = {}


def _crs_of(conn, srid: int) -> str | None:
    """"EPSG:n" when pyproj knows it (EPSG:9214 included, absent from PostGIS 3.3's spatial_ref_sys), else
    the server's WKT for the SRID, else None."""
    if srid <= 0:
        return None
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    from gisdesk.core.crs import crs_to_string

    try:
        return crs_to_string(CRS.from_epsg(srid))
    except CRSError:
        pass
    key = (label_of(conn), srid)
    if key not in _CRS_CACHE:
        row = conn.execute("SELECT srtext FROM spatial_ref_sys WHERE srid = %s", [srid]).fetchone()
        try:
            _CRS_CACHE[key] = crs_to_string(row[0]) if row and row[0] else None
        except CRSError:
            _CRS_CACHE[key] = None
    return _CRS_CACHE[key]


def _column(values: Sequence[Any], pg_type: str) -> Any:
    """A pandas column for one fetched column, typed after the PostgreSQL type (text NFC, aware times)."""
    n = len(values)
    if pg_type in ("smallint", "integer", "bigint"):
        arr = pd.array(list(values), dtype="Int64")
        return arr if pd.isna(arr).any() else arr.astype("int64")
    if pg_type in ("double precision", "real") or pg_type.startswith("numeric"):
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    if pg_type == "boolean":
        arr = pd.array(list(values), dtype="boolean")
        return arr if pd.isna(arr).any() else arr.astype(bool)
    if pg_type.startswith("timestamp"):
        s = pd.Series(list(values), dtype=object)
        if pg_type.endswith("with time zone"):
            return pd.to_datetime(s, utc=True).dt.tz_convert("Asia/Ho_Chi_Minh").array
        return pd.to_datetime(s).array
    if pg_type == "date":  # datetime.date objects (pandas has no date-only dtype)
        return pd.array(list(values), dtype=object)
    if pg_type in ("text",) or pg_type.startswith(("character", "varchar")):
        return pd.array([None if v is None else unicodedata.normalize("NFC", v) for v in values],
                        dtype=object) if n else pd.array([], dtype=object)
    return pd.array(list(values), dtype=object)


# --- fetching: COPY ... (FORMAT csv) parsed by pyarrow ----------------------------------------------------
# Row-by-row fetching through the cursor runs at ~100,000 rows/s for a few columns (Python objects per cell,
# then pandas parsing them again); COPY to CSV, parsed by pyarrow with declared types, is several times
# faster. Each PostgreSQL type is sent in a form whose CSV text is exact and cheap to parse: times as integer
# microseconds since the epoch, dates as days, geometry as hex WKB, anything unusual as its text.


def _kind(pg_type: str) -> str:
    if pg_type in ("smallint", "integer", "bigint"):
        return "int"
    if pg_type in ("double precision", "real") or pg_type.startswith("numeric"):
        return "float"
    if pg_type == "boolean":
        return "bool"
    if pg_type.startswith("timestamp"):
        return "tstz" if pg_type.endswith("with time zone") else "ts"
    if pg_type == "date":
        return "date"
    if pg_type == "text" or pg_type.startswith(("character", "varchar")):
        return "text"
    return "other"


_EXPR = {
    "int": "{}::int8", "float": "{}::float8", "bool": "{}", "text": "{}", "other": "{}::text",
    "tstz": "CASE WHEN isfinite({0}) THEN (extract(epoch FROM {0}) * 1000000)::int8 END",
    "ts": "CASE WHEN isfinite({0}) THEN (extract(epoch FROM {0}) * 1000000)::int8 END",
    "date": "CASE WHEN isfinite({0}) THEN {0} - DATE '1970-01-01' END",
    "wkb": "encode(ST_AsBinary({}), 'hex')",
}


def _select_list(fields: Sequence[tuple[str, str, sql.Composable]]) -> sql.Composable:
    return sql.SQL(", ").join(sql.SQL(_EXPR[kind]).format(expr) for _, kind, expr in fields)


def _fetch(conn: psycopg.Connection, q: sql.Composed, params: list[Any],
           fields: Sequence[tuple[str, str, sql.Composable]]) -> dict[str, Any]:
    """Run ``q`` as ``COPY (q) TO STDOUT (FORMAT csv)`` and return one array per field (by name)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    from pyarrow import csv

    query = sql.SQL("COPY ({}) TO STDOUT (FORMAT csv)").format(q)
    chunks: list[bytes] = []
    # COPY cannot take server-side parameters: a ClientCursor binds them (quoted by psycopg, never pasted)
    with psycopg.ClientCursor(conn) as cur, cur.copy(query, params or None) as copy:
        chunks.extend(bytes(c) for c in copy)
    names = [f"c{i}" for i in range(len(fields))]
    arrow_type = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "tstz": pa.int64(), "ts": pa.int64(),
                  "date": pa.int32(), "text": pa.string(), "other": pa.string(), "wkb": pa.string()}
    types = {n: arrow_type[kind] for n, (_, kind, _) in zip(names, fields, strict=True)}
    body = b"".join(chunks)
    if body:
        table = csv.read_csv(pa.py_buffer(body), read_options=csv.ReadOptions(column_names=names),
                             parse_options=csv.ParseOptions(newlines_in_values=True),
                             convert_options=csv.ConvertOptions(
                                 column_types=types, null_values=[""], strings_can_be_null=True,
                                 quoted_strings_can_be_null=False,
                                 true_values=["t"], false_values=["f"]))
        columns = [table.column(n).combine_chunks() for n in names]
    else:
        columns = [pa.array([], type=types[n]) for n in names]
    out: dict[str, Any] = {}
    for (name, kind, _), arr in zip(fields, columns, strict=True):
        if kind in ("text", "other"):
            if kind == "text":
                arr = pc.utf8_normalize(arr, "NFC")
            out[name] = arr.to_numpy(zero_copy_only=False)
        elif kind == "wkb":  # hex -> bytes here is ~4x faster than letting GEOS parse hex
            out[name] = np.array([None if h is None else bytes.fromhex(h) for h in arr.to_pylist()], dtype=object)
        elif kind == "float":
            out[name] = arr.to_numpy(zero_copy_only=False).astype(np.float64, copy=False)
        else:
            mask = arr.is_null().to_numpy(zero_copy_only=False)
            values = arr.fill_null(False if kind == "bool" else 0).to_numpy(zero_copy_only=False)
            out[name] = _typed(kind, values, mask)
    return out


def _typed(kind: str, values: np.ndarray, mask: np.ndarray) -> Any:
    if kind == "int":
        values = values.astype(np.int64, copy=False)
        return pd.arrays.IntegerArray(values, mask) if mask.any() else values
    if kind == "bool":
        values = values.astype(bool, copy=False)
        return pd.arrays.BooleanArray(values, mask) if mask.any() else values
    if kind in ("tstz", "ts"):
        us = np.where(mask, np.iinfo(np.int64).min, values.astype(np.int64, copy=False)).view("datetime64[us]")
        idx = pd.DatetimeIndex(us)
        return idx.tz_localize("UTC").tz_convert("Asia/Ho_Chi_Minh").array if kind == "tstz" else idx.array
    if kind == "date":
        dates = values.astype("datetime64[D]").astype(object)
        dates[mask] = None
        return dates
    raise ValueError(kind)


def _copy_xy(conn: psycopg.Connection, q: sql.Composed, params: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Two float8 columns via binary COPY, parsed with numpy (rows with NULLs come back as NaN)."""
    query = sql.SQL("COPY ({}) TO STDOUT (FORMAT binary)").format(q)
    buf = bytearray()
    # COPY cannot take server-side parameters: a ClientCursor binds them (quoted by psycopg, never pasted)
    with psycopg.ClientCursor(conn) as cur, cur.copy(query, params or None) as copy:
        for chunk in copy:
            buf += chunk
    data = memoryview(buf)
    # header: 11-byte signature, int32 flags, int32 extension length (+ extension); trailer: int16 -1
    ext = int.from_bytes(data[15:19], "big")
    body = np.frombuffer(data, dtype=np.uint8, offset=19 + ext)[:-2]
    row = 2 + (4 + 8) * 2
    if len(body) % row == 0:
        rec = np.frombuffer(body.tobytes(), dtype=np.dtype([("n", ">i2"), ("lx", ">i4"), ("x", ">f8"),
                                                              ("ly", ">i4"), ("y", ">f8")]))
        if (rec["lx"] == 8).all() and (rec["ly"] == 8).all():
            return rec["x"].astype(np.float64), rec["y"].astype(np.float64)
    return _copy_xy_slow(bytes(body))


def _copy_xy_slow(body: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The same with NULLs present (rows of varying length): walk the rows."""
    xs: list[float] = []
    ys: list[float] = []
    i, n = 0, len(body)
    while i < n:
        i += 2
        vals = []
        for _ in range(2):
            ln = int.from_bytes(body[i:i + 4], "big", signed=True)
            i += 4
            if ln < 0:
                vals.append(np.nan)
            else:
                vals.append(float(np.frombuffer(body[i:i + 8], dtype=">f8")[0]))
                i += ln
        xs.append(vals[0])
        ys.append(vals[1])
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)

