"""Publishing a layer (a GeoDataFrame) to PostGIS in one transaction (no Qt).

:func:`publish_layer` creates the table with proper column types, COPYs the rows (geometry as hex EWKB),
adds a primary key, a GiST index and runs ANALYZE, all in one transaction: any error (a bad value, a
missing schema, a lost connection, the ``cancel`` callback saying stop) rolls everything back and the
database is as it was. With ``if_exists="replace"`` the new table is built under a temporary name and
swapped in at the very end (drop old, rename new), so readers of the old table are blocked only for the
swap, and a failure leaves the old table untouched.

Names are quoted with :class:`psycopg.sql.Identifier` and normalised to NFC: Vietnamese names like
``phản_ánh`` or ``Tên phường`` work as they are. PostgreSQL cuts names at 63 bytes (a Vietnamese letter
takes 2-3 bytes in UTF-8): longer names are refused with a message instead of being silently cut.
"""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import psycopg
import shapely
from psycopg import sql

from gisdesk.core.i18n import N_, tr, trf
from gisdesk.db.errors import DatabaseError, Kind, database_errors, label_of

__all__ = ["PublishResult", "column_types", "publish_layer"]

MAX_IDENT_BYTES = 63
#: rows sent between two looks at ``cancel`` / ``progress``
BATCH = 5_000


@dataclass(frozen=True)
class PublishResult:
    schema: str
    table: str
    rows: int
    srid: int
    geometry_type: str
    geometry_column: str
    primary_key: str | None  # None when appending to a table without one
    columns: dict[str, str]  # attribute column -> PostgreSQL type


def publish_layer(conn: psycopg.Connection, gdf: Any, schema: str, table: str, *, if_exists: str = "fail",
                  srid: int | None = None, geometry_column: str = "geom", primary_key: str = "gid",
                  cancel: Callable[[], bool] | None = None,
                  progress: Callable[[float], None] | None = None) -> PublishResult:
    """Write ``gdf`` to ``schema.table`` in one transaction; returns what was written.

    ``if_exists``: "fail" (default; an existing table is an error), "replace" (the old table is replaced
    at the end, atomically), "append" (rows are added to the existing table; its columns must include the
    layer's and its geometry's SRID is used). ``srid``: the SRID to store (the layer is reprojected to it);
    default the layer's EPSG code. ``primary_key``: name of the added identity key column (a layer column
    of that name is renamed). ``cancel()`` returning True stops and rolls back (kind ``cancelled``).
    """
    where = label_of(conn)
    if if_exists not in ("fail", "replace", "append"):
        raise ValueError(f"if_exists must be 'fail', 'replace' or 'append', not {if_exists!r}")  # programming error
    schema, table = _name(schema, "schema", where), _name(table, "table", where)
    gdf, srid = _prepare(gdf, srid, where)
    try:
        with database_errors(where, N_('Publishing to "{schema}"."{table}" failed: {problem}'), schema=schema,
                             table=table), conn.transaction():
            if conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [schema]).fetchone() is None:
                raise DatabaseError(where, trf('there is no schema "{schema}" in this database; create it first or '
                                               "choose another. Nothing was written.", schema=schema), Kind.NOT_FOUND)
            exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL",
                                  [sql.Identifier(schema, table).as_string(conn)]).fetchone()[0]
            if exists and if_exists == "fail":
                raise DatabaseError(where, trf('the table "{schema}"."{table}" already exists; choose "replace" or '
                                               '"append", or another name. Nothing was written.', schema=schema,
                                               table=table), Kind.EXISTS)
            if if_exists == "append" and exists:
                return _append(conn, gdf, schema, table, srid, cancel, progress)
            return _create(conn, gdf, schema, table, srid, geometry_column, primary_key, exists, cancel, progress)
    except _Cancelled:
        raise DatabaseError(where, trf('publishing to "{schema}"."{table}" was cancelled; the database was left as '
                                       "it was.", schema=schema, table=table), Kind.CANCELLED) from None


class _Cancelled(Exception):
    pass


# --- preparing the frame --------------------------------------------------------------------------------


# what a name is for (``_name``'s ``what``) -> how the messages call it
_NAME_OF = {
    "schema": N_("the schema name"), "table": N_("the table name"), "column": N_("the column name"),
    "geometry column": N_("the geometry column name"), "key column": N_("the key column name"),
    "key": N_("the key name"), "index": N_("the index name"),
}


def _name(value: str, what: str, where: str) -> str:
    name = unicodedata.normalize("NFC", str(value)).strip()
    label = tr(_NAME_OF[what])
    if not name:
        raise DatabaseError(where, trf("{what} is empty.", what=label), Kind.BAD_INPUT)
    if len(name.encode("utf-8")) > MAX_IDENT_BYTES:
        raise DatabaseError(where, trf('{what} "{name}" is longer than PostgreSQL allows ({limit:,} bytes in UTF-8; '
                                       "it has {size:,}). Choose a shorter name.", what=label, name=name,
                                       limit=MAX_IDENT_BYTES, size=len(name.encode("utf-8"))), Kind.BAD_INPUT)
    if "\x00" in name:
        raise DatabaseError(where, trf("{what} contains a NUL character.", what=label), Kind.BAD_INPUT)
    return name


def _prepare(gdf: Any, srid: int | None, where: str) -> tuple[Any, int]:
    from pyproj import CRS

    if gdf.crs is None and srid is None:
        raise DatabaseError(where, tr("the layer has no coordinate system; choose the SRID to store it in."),
                            Kind.BAD_INPUT)
    if srid is None:
        epsg = CRS.from_user_input(gdf.crs).to_epsg(min_confidence=90)
        if epsg is None:
            raise DatabaseError(where, trf("the layer's coordinate system ({crs}) has no EPSG code; choose the SRID "
                                           "to store it in.", crs=CRS.from_user_input(gdf.crs).name), Kind.BAD_INPUT)
        srid = epsg
    srid = int(srid)
    if gdf.crs is not None and CRS.from_user_input(gdf.crs) != CRS.from_epsg(srid):
        gdf = gdf.to_crs(epsg=srid)
    return gdf, srid


def _geometry_type(geoms: np.ndarray) -> str:
    present = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))] if len(geoms) else geoms
    if not len(present):
        return "GEOMETRY"
    types = {int(t) for t in np.unique(shapely.get_type_id(present))}
    names = {0: "POINT", 1: "LINESTRING", 3: "POLYGON", 4: "MULTIPOINT", 5: "MULTILINESTRING", 6: "MULTIPOLYGON",
             7: "GEOMETRYCOLLECTION"}
    if len(types) == 1 and next(iter(types)) in names:
        base = names[next(iter(types))]
    elif types in ({0, 4}, {1, 5}, {3, 6}):
        base = names[max(types)]  # single and multi of one kind: stored as multi
    else:
        base = "GEOMETRY"
    return base + ("Z" if bool(shapely.has_z(present).any()) else "")


def column_types(frame: pd.DataFrame) -> dict[str, str]:
    """PostgreSQL type for each attribute column: text, bigint, double precision, boolean, timestamptz,
    timestamp (naive times: the zone is not invented), date, bytea."""
    out = {}
    for name in frame.columns:
        s = frame[name]
        out[name] = _pg_type(s)
    return out


def _pg_type(s: pd.Series) -> str:
    dtype = s.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "bigint"
    if pd.api.types.is_float_dtype(dtype):
        return "double precision"
    if isinstance(dtype, pd.DatetimeTZDtype):
        return "timestamptz"
    if pd.api.types.is_datetime64_dtype(dtype):
        return "timestamp"
    if isinstance(dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(dtype) and not _is_object(dtype):
        return "text"
    values = [v for v in s if not _missing(v)]
    if not values:
        return "text"
    kinds = {type(v) for v in values}
    if all(isinstance(v, (bool, np.bool_)) for v in values):
        return "boolean"
    if all(isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) for v in values):
        return "bigint"
    if all(isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_))
           for v in values):
        return "double precision"
    if all(isinstance(v, dt.datetime) for v in values):
        return "timestamptz" if all(v.tzinfo is not None for v in values) else "timestamp"
    if kinds <= {dt.date}:
        return "date"
    if all(isinstance(v, (bytes, bytearray, memoryview)) for v in values):
        return "bytea"
    return "text"


def _is_object(dtype: Any) -> bool:
    return dtype == object


def _missing(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, (float, np.floating)) and np.isnan(v)


def _cell(v: Any, pg_type: str) -> Any:
    if _missing(v):
        return None
    if pg_type == "text":
        return unicodedata.normalize("NFC", v if isinstance(v, str) else str(v))
    if pg_type == "bigint":
        return int(v)
    if pg_type == "double precision":
        f = float(v)
        return f if np.isfinite(f) else None
    if pg_type == "boolean":
        return bool(v)
    if pg_type in ("timestamptz", "timestamp"):
        return pd.Timestamp(v).to_pydatetime()
    if pg_type == "bytea":
        return bytes(v)
    return v


# --- writing --------------------------------------------------------------------------------------------


def _attribute_names(gdf: Any, reserved: set[str], where: str) -> dict[str, str]:
    """Layer column -> table column (NFC; clashes with the key/geometry names get a suffix)."""
    taken = set(reserved)
    out = {}
    for c in gdf.columns:
        if c == gdf.geometry.name:
            continue
        name = _name(c, "column", where)
        base, k = name, 2
        while name in taken:
            name = f"{base}_{k}"
            k += 1
        taken.add(name)
        out[c] = name
    return out


def _create(conn, gdf, schema, table, srid, geom_col, pk, replacing, cancel, progress) -> PublishResult:
    where = label_of(conn)
    geom_col, pk = _name(geom_col, "geometry column", where), _name(pk, "key column", where)
    names = _attribute_names(gdf, {geom_col, pk}, where)
    attrs = gdf.drop(columns=[gdf.geometry.name])
    types = {names[c]: t for c, t in column_types(attrs).items()}
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    gtype = _geometry_type(geoms)
    if gtype.rstrip("Z").startswith("MULTI"):
        geoms = _to_multi(geoms)
    # a new table is built under a temporary name and renamed at the end (replace: after dropping the old)
    build = _name(f"{table[:40]}_new_{secrets.token_hex(4)}" if replacing else table, "table", where)
    cols = [sql.SQL("{} bigint GENERATED BY DEFAULT AS IDENTITY").format(sql.Identifier(pk))]
    cols += [sql.SQL("{} " + t).format(sql.Identifier(n)) for n, t in types.items()]
    cols.append(sql.SQL("{} geometry(" + gtype + ", " + str(int(srid)) + ")").format(sql.Identifier(geom_col)))
    conn.execute(sql.SQL("CREATE TABLE {} ({})").format(sql.Identifier(schema, build), sql.SQL(", ").join(cols)))
    n = _copy_rows(conn, schema, build, attrs, names, types, geoms, geom_col, srid, cancel, progress)
    pkey, gist = _name(f"{table[:50]}_pkey", "key", where), _name(f"{table[:45]}_{geom_col[:8]}_gist", "index", where)
    tmp_pkey, tmp_gist = (f"{build}_pkey", f"{build}_gist") if replacing else (pkey, gist)
    conn.execute(sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})").format(
        sql.Identifier(schema, build), sql.Identifier(tmp_pkey), sql.Identifier(pk)))
    conn.execute(sql.SQL("CREATE INDEX {} ON {} USING gist ({})").format(
        sql.Identifier(tmp_gist), sql.Identifier(schema, build), sql.Identifier(geom_col)))
    # the identity sequence continues after the COPYed rows (they took the default, so it is already there)
    _check_cancel(cancel)
    if replacing:
        conn.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(schema, table)))
        conn.execute(sql.SQL("ALTER TABLE {} RENAME TO {}").format(sql.Identifier(schema, build),
                                                                     sql.Identifier(table)))
        conn.execute(sql.SQL("ALTER TABLE {} RENAME CONSTRAINT {} TO {}").format(
            sql.Identifier(schema, table), sql.Identifier(tmp_pkey), sql.Identifier(pkey)))
        conn.execute(sql.SQL("ALTER INDEX {} RENAME TO {}").format(sql.Identifier(schema, tmp_gist),
                                                                   sql.Identifier(gist)))
    conn.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(schema, table)))
    if progress is not None:
        progress(1.0)
    return PublishResult(schema, table, n, srid, gtype, geom_col, pk, types)


def _append(conn, gdf, schema, table, srid, cancel, progress) -> PublishResult:
    from gisdesk.db.catalog import geometry_table
    from gisdesk.db.source import table_columns

    where = label_of(conn)
    info = geometry_table(conn, schema, table)
    existing = table_columns(conn, schema, table)
    if info.srid > 0 and info.srid != srid:
        gdf = gdf.to_crs(epsg=info.srid)
        srid = info.srid
    attrs = gdf.drop(columns=[gdf.geometry.name])
    names = {c: _name(c, "column", where) for c in attrs.columns}
    missing = [n for n in names.values() if n not in existing]
    if missing:
        raise DatabaseError(where, trf('the table "{schema}"."{table}" has no column(s) {columns}; nothing was '
                                       "appended.", schema=schema, table=table, columns=", ".join(missing)),
                            Kind.BAD_INPUT)
    types = {n: _simple_type(existing[n]) for n in names.values()}
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    if info.geometry_type.rstrip("ZM").startswith("MULTI"):
        geoms = _to_multi(geoms)
    n = _copy_rows(conn, schema, table, attrs, names, types, geoms, info.column, srid, cancel, progress)
    conn.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(schema, table)))
    return PublishResult(schema, table, n, srid, info.geometry_type, info.column, info.primary_key, types)


def _simple_type(pg: str) -> str:
    if pg in ("smallint", "integer", "bigint"):
        return "bigint"
    if pg in ("real", "double precision") or pg.startswith("numeric"):
        return "double precision"
    if pg == "timestamp with time zone":
        return "timestamptz"
    if pg == "timestamp without time zone":
        return "timestamp"
    if pg in ("boolean", "date", "bytea"):
        return pg
    return "text"


def _to_multi(geoms: np.ndarray) -> np.ndarray:
    out = geoms.copy()
    for single, multi in ((0, shapely.multipoints), (1, shapely.multilinestrings), (3, shapely.multipolygons)):
        rows = shapely.get_type_id(geoms) == single
        if rows.any():
            out[rows] = [multi([g]) for g in geoms[rows]]
    return out


def _check_cancel(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise _Cancelled


def _copy_rows(conn, schema, table, attrs: pd.DataFrame, names, types, geoms, geom_col, srid, cancel,
               progress) -> int:
    """COPY the rows as CSV written by pyarrow (columns converted vectorised), BATCH rows at a time."""
    import pyarrow as pa
    from pyarrow import csv

    where = label_of(conn)
    ewkb = np.full(len(geoms), None, dtype=object)
    ok = ~(shapely.is_missing(geoms)) if len(geoms) else np.zeros(0, dtype=bool)
    if ok.any():
        ewkb[ok] = shapely.to_wkb(shapely.set_srid(geoms[ok], srid), hex=True, include_srid=True)
    targets = [names[c] for c in attrs.columns]
    arrays = [_arrow_column(attrs[c], types[names[c]], names[c], where) for c in attrs.columns]
    arrays.append(pa.array(ewkb, type=pa.string()))
    table_data = pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(arrays))])
    ident_cols = sql.SQL(", ").join([sql.Identifier(n) for n in [*targets, geom_col]])
    options = csv.WriteOptions(include_header=False, quoting_style="all_valid")
    total = len(geoms)
    with conn.cursor() as cur, cur.copy(sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv)").format(
            sql.Identifier(schema, table), ident_cols)) as copy:
        for start in range(0, total, BATCH):
            _check_cancel(cancel)
            if progress is not None:
                progress(0.9 * start / total)
            sink = pa.BufferOutputStream()
            csv.write_csv(table_data.slice(start, BATCH), sink, options)
            copy.write(sink.getvalue().to_pybytes())
    return total


def _arrow_column(s: pd.Series, pg_type: str, name: str, where: str):
    """One column as an Arrow array whose CSV text PostgreSQL reads back exactly (NULL: empty, unquoted)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        if pg_type == "text":
            if pd.api.types.is_string_dtype(s.dtype) and not _is_object(s.dtype) or isinstance(s.dtype,
                                                                                                 pd.CategoricalDtype):
                arr = pa.array(s.astype(object).where(s.notna(), None), type=pa.string())
            else:
                arr = pa.array([_cell(v, "text") for v in s], type=pa.string())
            return pc.utf8_normalize(arr, "NFC")
        if pg_type == "bigint":
            if pd.api.types.is_integer_dtype(s.dtype):
                return pa.array(s, type=pa.int64(), from_pandas=True)
            return pa.array([_cell(v, "bigint") for v in s], type=pa.int64())
        if pg_type == "double precision":
            return pa.array(pd.to_numeric(s, errors="raise").astype("float64").to_numpy(na_value=np.nan),
                            type=pa.float64(), from_pandas=True)
        if pg_type == "boolean":
            return pa.array([_cell(v, "boolean") for v in s], type=pa.bool_())
        if pg_type == "timestamptz":
            return pa.array(pd.to_datetime(s, utc=True).astype("datetime64[us, UTC]"), from_pandas=True)
        if pg_type == "timestamp":
            return pa.array(pd.to_datetime(s).astype("datetime64[us]"), from_pandas=True)
        if pg_type == "date":
            return pa.array([_cell(v, "date") for v in s], type=pa.date32())
        if pg_type == "bytea":
            return pa.array([None if _missing(v) else "\\x" + bytes(v).hex() for v in s], type=pa.string())
        return pa.array([None if _missing(v) else str(v) for v in s], type=pa.string())
    except (OverflowError, ValueError, TypeError, pa.ArrowException) as exc:
        raise DatabaseError(where, trf('the column "{name}" has a value that does not fit a PostgreSQL {type} (out '
                                       "of range or of another type: {e}). Nothing was written.", name=name,
                                       type=pg_type, e=str(exc)), Kind.BAD_INPUT) from None
