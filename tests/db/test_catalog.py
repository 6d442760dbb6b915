"""The browser's catalogue against the real server: geometry type, SRID, row estimates (analysed,
never analysed, views), spatial index, primary key, and only what the user may read."""

from __future__ import annotations

import pytest

from gisdesk.db import catalog
from gisdesk.db.errors import DatabaseError, Kind


@pytest.fixture
def tables(pg, su, schema, pg_server):
    pg.execute(f'CREATE TABLE "{schema}"."phản_ánh" (id serial PRIMARY KEY, "Tên" text, geom geometry(Point, 4326))')
    pg.execute(f'INSERT INTO "{schema}"."phản_ánh" ("Tên", geom) '
               "SELECT 'a' || g, ST_SetSRID(ST_MakePoint(107.5 + g * 1e-4, 16.4), 4326) FROM generate_series(1, 250) g")
    pg.execute(f'CREATE INDEX ON "{schema}"."phản_ánh" USING gist (geom)')
    pg.execute(f'CREATE TABLE "{schema}".analysed (a integer, b integer, geom geometry(MultiPolygon, 9214))')
    pg.execute(f'INSERT INTO "{schema}".analysed SELECT g, g, NULL FROM generate_series(1, 1000) g')
    pg.execute(f'ANALYZE "{schema}".analysed')
    pg.execute(f'CREATE TABLE "{schema}".free (geom geometry, geom2 geometry(LineStringZ, 3405))')
    pg.execute(f'INSERT INTO "{schema}".free SELECT NULL, NULL FROM generate_series(1, 3)')
    pg.execute(f'CREATE VIEW "{schema}".v AS SELECT id, geom FROM "{schema}"."phản_ánh" WHERE id < 10')
    pg.execute(f'CREATE TABLE "{schema}".no_geom (a integer)')
    # a table of the superuser the test role may not read, and a schema it may not use
    su.execute(f'CREATE TABLE "{schema}".secret (geom geometry(Point, 4326))')
    su.execute("DROP SCHEMA IF EXISTS hidden CASCADE")
    su.execute("CREATE SCHEMA hidden")
    su.execute("CREATE TABLE hidden.t (geom geometry(Point, 4326))")
    su.execute(f'GRANT SELECT ON hidden.t TO "{pg_server.user}"')  # granted, but no USAGE on the schema
    yield schema
    su.execute("DROP SCHEMA hidden CASCADE")


def test_list_geometry_tables(pg, tables):
    found = {(t.table, t.column): t for t in catalog.list_geometry_tables(pg, tables)}
    assert set(found) == {("phản_ánh", "geom"), ("analysed", "geom"), ("free", "geom"), ("free", "geom2"),
                          ("v", "geom")}
    pa = found[("phản_ánh", "geom")]
    assert (pa.geometry_type, pa.srid, pa.kind, pa.has_spatial_index, pa.primary_key) == ("POINT", 4326, "table",
                                                                                          True, "id")
    assert pa.rows == 250  # CREATE INDEX recorded the count in pg_class
    assert pa.crs == "EPSG:4326" and pa.qualified == f"{tables}.phản_ánh"
    an = found[("analysed", "geom")]
    assert (an.geometry_type, an.srid, an.rows, an.rows_exact, an.has_spatial_index, an.primary_key) == (
        "MULTIPOLYGON", 9214, 1000, False, False, None)
    free = found[("free", "geom")]
    assert (free.geometry_type, free.srid, free.crs) == ("GEOMETRY", 0, None)
    assert (free.rows, free.rows_exact) == (3, True)  # never analysed, no index, small: counted
    assert (found[("free", "geom2")].geometry_type, found[("free", "geom2")].srid) == ("LINESTRINGZ", 3405)
    v = found[("v", "geom")]
    assert v.kind == "view" and v.rows is not None and not v.rows_exact


def test_only_what_the_user_may_read(pg, su, tables, pg_server):
    everything = catalog.list_geometry_tables(pg)
    names = {(t.schema, t.table) for t in everything}
    assert (tables, "secret") not in names
    assert ("hidden", "t") not in names
    assert "hidden" not in catalog.list_schemas(pg)
    assert tables in catalog.list_schemas(pg) and "public" in catalog.list_schemas(pg)
    assert not any(s.startswith("pg_") or s == "information_schema" for s in catalog.list_schemas(pg))
    su.execute(f'GRANT SELECT ON "{tables}".secret TO "{pg_server.user}"')
    assert (tables, "secret") in {(t.schema, t.table) for t in catalog.list_geometry_tables(pg, tables)}


def test_geometry_table_lookup(pg, tables):
    assert catalog.geometry_table(pg, tables, "free").column == "geom"
    assert catalog.geometry_table(pg, tables, "free", "geom2").srid == 3405
    for args in ((tables, "secret"), (tables, "no_geom"), (tables, "khong_co"), ("hidden", "t")):
        with pytest.raises(DatabaseError) as ei:
            catalog.geometry_table(pg, *args)
        assert ei.value.kind == Kind.NOT_FOUND and "you may read" in str(ei.value)
