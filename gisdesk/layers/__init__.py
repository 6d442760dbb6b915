"""Qt-free layer types. Importing this package registers them with ``core.registry``."""

from gisdesk.core.registry import register_layer_type
from gisdesk.layers.base import Layer, UnavailableLayer
from gisdesk.layers.raster import RasterLayer, RasterView, raster_from_state
from gisdesk.layers.sensors import SensorLayer, sensor_layer_from_state  # noqa: F401
from gisdesk.layers.service_requests import ServiceRequestLayer, request_layer_from_state
from gisdesk.layers.tiles import TileLayer, tiles_from_state
from gisdesk.layers.vector import PointData, VectorLayer, vector_from_state

register_layer_type("vector", vector_from_state)
register_layer_type("raster", raster_from_state)
register_layer_type("service_requests", request_layer_from_state)
register_layer_type("sensors", sensor_layer_from_state)
register_layer_type("tiles", tiles_from_state)
register_layer_type("unavailable", lambda s: UnavailableLayer(s["state"], s["problem"]))

__all__ = ["Layer", "PointData", "RasterLayer", "RasterView", "ServiceRequestLayer", "TileLayer", "UnavailableLayer", "VectorLayer"]
