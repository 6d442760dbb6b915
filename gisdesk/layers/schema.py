"""Field names shared by the service-request and sensor readers, the feed clients and the layers.

Service requests follow Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): a request's fields keep
their Open311 names, plus a few the city needs that the spec lacks (``EXTRA_REQUEST_FIELDS``). Date-times are
timezone-aware pandas columns in UTC (``datetime64[ms, UTC]``); the UI shows them in Asia/Ho_Chi_Minh.

Sensors are two tables: stations (one row per station, a point) and readings (one row per measurement).
"""

from __future__ import annotations

#: Open311 GeoReport v2 request fields, in the spec's order
OPEN311_REQUEST_FIELDS = (
    "service_request_id",
    "status",  # "open" | "closed" (the spec's two values; the source's own wording goes to status_detail)
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
)

#: fields the city needs beyond Open311
EXTRA_REQUEST_FIELDS = (
    "status_detail",  # the source's status as written ("In Progress", "Đang xử lý", ...)
    "closed_datetime",  # when it was closed, where the source says (else derived from updated_datetime)
    "urgency",
    "ward_code",
    "ward_name",
    "source",  # the channel: Hue-S app, hotline, Zalo, ...
)

REQUEST_FIELDS = OPEN311_REQUEST_FIELDS + EXTRA_REQUEST_FIELDS
REQUEST_DATETIME_FIELDS = ("requested_datetime", "updated_datetime", "expected_datetime", "closed_datetime")
REQUEST_STATUSES = ("open", "closed")

#: the stations table of a sensor layer (lat/lon in WGS 84)
STATION_FIELDS = ("station_id", "station_name", "provider", "lat", "lon")
#: the readings table: one measurement per row; ``datetime`` is aware (UTC), ``value`` a float
READING_FIELDS = ("station_id", "parameter", "datetime", "value", "unit")

#: canonical parameter codes and their canonical units
PARAMETER_UNITS = {
    "pm25": "µg/m³",
    "pm10": "µg/m³",
    "pm1": "µg/m³",
    "no2": "µg/m³",
    "so2": "µg/m³",
    "co": "µg/m³",
    "o3": "µg/m³",
    "aqi": "",
    "temperature": "°C",
    "humidity": "%",
    "pressure": "hPa",
    "water_level": "m",
    "flood_depth": "m",
    "rainfall": "mm",
}

CITY_TIMEZONE = "Asia/Ho_Chi_Minh"
