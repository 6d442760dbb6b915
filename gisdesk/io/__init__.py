"""Readers, writers and import doctors (no Qt).

Importing this package registers the reading factories with ``core.registry`` so a project's layer
states are rebuilt by reading their sources through the doctors.
"""

from gisdesk.core.errors import ReadError
from gisdesk.core.registry import register_layer_type
from gisdesk.io.readers import (
    OpenResult,
    layer_from_source_state,
    open_path,
    read_vector,
)
from gisdesk.io.report import ImportReport, LayerReport, Message

from gisdesk.io.city_layers import open_service_requests, service_requests_from_state  # noqa: E402
from gisdesk.io.sensor_layers import open_sensor_feed, open_sensors, sensors_from_state  # noqa: F401

register_layer_type("vector", layer_from_source_state)
register_layer_type("service_requests", service_requests_from_state)
register_layer_type("sensors", sensors_from_state)

__all__ = ["ImportReport", "LayerReport", "Message", "OpenResult", "ReadError", "open_path", "open_service_requests", "read_vector"]
