"""Web feeds (Open311 GeoReport v2, OGC SensorThings API): clients that page, sync and cache locally. No Qt."""
