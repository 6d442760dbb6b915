"""The shared city database: PostgreSQL/PostGIS connections, catalogue, reading, publishing, push-down (no Qt).

* :mod:`gisdesk.db.connections`: saved connections (JSON, no passwords), passwords in the OS keyring (or in
  memory for the session when there is none), :func:`~gisdesk.db.connections.connect`,
  :func:`~gisdesk.db.connections.test_connection`.
* :mod:`gisdesk.db.catalog`: schemas and geometry tables/views the user may read.
* :mod:`gisdesk.db.source`: ``read_table`` (GeoDataFrame), ``read_points`` (PointData), by view (bbox, time
  window, structured filters), ``estimate_rows`` / ``load_strategy``.
* :mod:`gisdesk.db.publish`: ``publish_layer``, one transaction.
* :mod:`gisdesk.db.pushdown`: counts in polygons and within-distance run by the server.
* :mod:`gisdesk.db.errors`: :class:`~gisdesk.db.errors.DatabaseError`, the one error type, with a plain message.
* :mod:`gisdesk.db.testserver`: a throwaway PostgreSQL + PostGIS for tests and benchmarks.
"""
