"""What the user may read: schemas and tables/views with geometry columns (no Qt).

:func:`list_geometry_tables` gives one :class:`GeometryTable` per geometry column the user may SELECT (in a
schema they may USE): geometry type, SRID, a row estimate, whether a spatial index exists, the primary key.
The row estimate is ``pg_class.reltuples`` once the table has been analysed; a never-analysed table is
counted exactly when small (< :data:`COUNT_BELOW_BYTES` on disk) and otherwise estimated by the planner
(which scales by the table's real size); views are estimated by the planner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import psycopg
from psycopg import sql

from gisdesk.core.i18n import N_, trf
from gisdesk.db.errors import DatabaseError, Kind, database_errors, label_of

__all__ = ["GeometryTable", "geometry_table", "list_geometry_tables", "list_schemas", "plan_rows"]

#: never-analysed tables smaller than this on disk are counted exactly
COUNT_BELOW_BYTES = 8 * 1024 * 1024

#: what the publish dialog says when reading the schemas (``publish_targets``) fails
READING_SCHEMAS_FAILED = N_("Reading the schemas failed: {problem}")
_KINDS = {"r": "table", "p": "partitioned table", "v": "view", "m": "materialized view", "f": "foreign table"}


@dataclass(frozen=True)
class GeometryTable:
    schema: str
    table: str
    column: str
    geometry_type: str  # e.g. "POINT", "MULTIPOLYGON", "GEOMETRY" (unconstrained/mixed)
    srid: int  # 0: not constrained (rows may carry different SRIDs)
    kind: str  # table / view / materialized view / partitioned table / foreign table
    rows: int | None  # estimate (None: unknown)
    rows_exact: bool  # True when counted
    has_spatial_index: bool
    primary_key: str | None  # single-column primary key, else None

    @property
    def crs(self) -> str | None:
        return f"EPSG:{self.srid}" if self.srid > 0 else None

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.table}"


def list_schemas(conn: psycopg.Connection) -> list[str]:
    """Schemas the user may use, system schemas left out, sorted."""
    with database_errors(label_of(conn), N_("Listing the schemas failed: {problem}")):
        rows = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE has_schema_privilege(oid, 'USAGE') "
            "AND nspname !~ '^pg_' AND nspname <> 'information_schema' ORDER BY nspname").fetchall()
    return [r[0] for r in rows]


_QUERY = """
SELECT n.nspname, c.relname, a.attname,
       upper(coalesce(postgis_typmod_type(a.atttypmod), 'GEOMETRY')) AS gtype,
       coalesce(nullif(postgis_typmod_srid(a.atttypmod), -1), 0) AS srid,
       c.relkind, c.reltuples::float8, pg_relation_size(c.oid) AS bytes,
       EXISTS (SELECT 1 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                 JOIN pg_am am ON am.oid = ic.relam
               WHERE i.indrelid = c.oid AND am.amname IN ('gist', 'spgist', 'brin')
                 AND a.attnum = ANY (i.indkey)) AS has_index,
       (SELECT pa.attname FROM pg_constraint k JOIN pg_attribute pa
                 ON pa.attrelid = k.conrelid AND pa.attnum = k.conkey[1]
        WHERE k.conrelid = c.oid AND k.contype = 'p' AND cardinality(k.conkey) = 1) AS pk
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
WHERE t.typname = 'geometry' AND a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  AND NOT pg_is_other_temp_schema(n.oid)
  AND has_schema_privilege(n.oid, 'USAGE')
  AND (has_table_privilege(c.oid, 'SELECT') OR has_column_privilege(c.oid, a.attnum, 'SELECT'))
  {extra}
ORDER BY n.nspname, c.relname, a.attnum
"""


def list_geometry_tables(conn: psycopg.Connection, schema: str | None = None, *,
                         exact_counts: bool = True) -> list[GeometryTable]:
    """Every geometry column the user may read (in ``schema`` only, if given)."""
    return _tables(conn, schema, None, exact_counts)


def geometry_table(conn: psycopg.Connection, schema: str, table: str, column: str | None = None) -> GeometryTable:
    """The catalogue entry of one table's geometry column (the first one if ``column`` is None).

    Raises :class:`DatabaseError` (kind ``not_found``) when there is none the user may read.
    """
    found = [t for t in _tables(conn, schema, table, True) if column is None or t.column == column]
    if not found:
        problem = (trf('"{schema}"."{table}" column "{column}" is not a table with a geometry column that you may '
                       "read (check the names and your permissions).", schema=schema, table=table, column=column)
                   if column else
                   trf('"{schema}"."{table}" is not a table with a geometry column that you may read (check the '
                       "names and your permissions).", schema=schema, table=table))
        raise DatabaseError(label_of(conn), problem, Kind.NOT_FOUND)
    return found[0]


def _tables(conn: psycopg.Connection, schema: str | None, table: str | None, exact: bool) -> list[GeometryTable]:
    extra, params = [], []
    if schema is not None:
        extra.append("AND n.nspname = %s")
        params.append(schema)
    if table is not None:
        extra.append("AND c.relname = %s")
        params.append(table)
    with database_errors(label_of(conn), N_("Listing the tables failed: {problem}")):
        rows = conn.execute(_QUERY.format(extra=" ".join(extra)), params).fetchall()
        out = []
        for nsp, rel, col, gtype, srid, relkind, reltuples, nbytes, has_index, pk in rows:
            rows_est, is_exact = _estimate(conn, nsp, rel, relkind, reltuples, nbytes, exact)
            out.append(GeometryTable(nsp, rel, col, gtype, int(srid), _KINDS.get(relkind, relkind), rows_est,
                                     is_exact, bool(has_index), pk))
    return out


def _estimate(conn, nsp, rel, relkind, reltuples, nbytes, exact) -> tuple[int | None, bool]:
    ident = sql.Identifier(nsp, rel)
    if relkind in ("r", "m") and reltuples is not None and reltuples >= 0:
        return int(reltuples), False
    if relkind in ("r", "m") and exact and nbytes < COUNT_BELOW_BYTES:
        return int(conn.execute(sql.SQL("SELECT count(*) FROM {}").format(ident)).fetchone()[0]), True
    try:
        return plan_rows(conn, sql.SQL("SELECT 1 FROM {}").format(ident)), False
    except psycopg.Error:
        return None, False


def plan_rows(conn: psycopg.Connection, query: sql.Composable, params: list | None = None) -> int:
    """The planner's row estimate for ``query`` (cheap: nothing is run)."""
    plan = conn.execute(sql.SQL("EXPLAIN (FORMAT JSON) ") + query, params or None).fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


@dataclass(frozen=True)
class PublishTargets:
    """What a publish dialog needs to know of a server: its schemas, those where the user may create tables,
    the table names of each schema, and whether the server knows the layer's SRID (PostGIS 3.3's
    spatial_ref_sys lacks EPSG:9214, for one)."""

    schemas: list[str]
    writable: set[str]
    tables: dict[str, set[str]]
    srid_known: bool


def publish_targets(conn: psycopg.Connection, srid: int | None = None) -> PublishTargets:
    schemas = list_schemas(conn)
    writable = {r[0] for r in conn.execute(
        "SELECT nspname FROM pg_namespace WHERE has_schema_privilege(oid, 'CREATE')").fetchall()}
    tables: dict[str, set[str]] = {}
    for nsp, rel in conn.execute(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY(%s)", [schemas]).fetchall():
        tables.setdefault(nsp, set()).add(rel)
    srid_known = True
    if srid:
        srid_known = conn.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", [srid]).fetchone() is not None
    return PublishTargets(schemas, writable, tables, srid_known)
