"""Service requests (and later sensors) as first-class layers: read a file through the column mapping into a
``ServiceRequestLayer``, and rebuild one from a project state (registered with ``core.registry``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gisdesk.core.errors import ReadError
from gisdesk.io.service_requests import ColumnMapping, read_requests
from gisdesk.layers.service_requests import ServiceRequestLayer, request_layer_from_state


def open_service_requests(path: str | Path, mapping: ColumnMapping | dict[str, Any] | None = None, *,
                          name: str | None = None, layer: str | None = None, sheet: str | int | None = None,
                          deadlines: dict[str, float] | None = None, now: Any = None) -> ServiceRequestLayer:
    """Read an export of requests (CSV, XLSX, GeoJSON, Socrata JSON, GPKG/SHP...) as a ServiceRequestLayer.
    Without ``mapping`` the columns are mapped automatically (``io.service_requests.detect_mapping``); the
    mapping used is kept on the layer (and saved in the project). Raises ReadError."""
    source = str(path)
    if isinstance(mapping, dict):
        mapping = ColumnMapping.from_dict(mapping)
    data = read_requests(source, mapping, layer=layer, sheet=sheet)
    lyr = ServiceRequestLayer(
        data.points(),
        name=name or (layer or Path(source.split("!")[-1]).stem),
        source=str(path),
        source_layer=layer,
        read_options={"sheet": sheet} if sheet is not None else {},
        mapping=data.mapping.to_dict(),
        deadlines=deadlines,
        now=now,
        report=data.report,
    )
    return lyr


def service_requests_from_state(state: dict[str, Any]) -> ServiceRequestLayer:
    """``core.registry`` factory: read the source again through the saved mapping."""
    if "data" in state:
        return request_layer_from_state(state)
    source = state.get("source")
    if not source:
        raise ValueError(f"layer {state.get('name')!r} has neither data nor source")
    try:
        mapping = ColumnMapping.from_dict(state["mapping"]) if state.get("mapping") else None
    except (ValueError, TypeError, KeyError) as exc:
        raise ReadError(source, f"the saved column mapping is not valid ({exc})") from exc
    opts = state.get("read_options") or {}
    lyr = open_service_requests(source, mapping, name=state.get("name"), layer=state.get("source_layer"),
                                sheet=opts.get("sheet"), deadlines=state.get("deadlines"))
    from gisdesk.io.readers import apply_layer_state

    return apply_layer_state(lyr, state)
