"""The "postgis" layer type for the registry (its only registration), without importing psycopg: opening any project loads the built-in
providers, and a project without a PostGIS layer should not pay ~0.2 s for the database driver. The factory
imports :mod:`gisdesk.db.layer` the first time a project holds a PostGIS layer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gisdesk.core.registry import register_layer_type


def _postgis_layer_from_state(state: Mapping[str, Any]) -> Any:
    from gisdesk.db.layer import postgis_layer_from_state

    return postgis_layer_from_state(state)


register_layer_type("postgis", _postgis_layer_from_state)
