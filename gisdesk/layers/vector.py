"""VectorLayer: a GeoDataFrame with its source, CRS, extent, spatial index and style."""

from __future__ import annotations

import copy
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from gisdesk.core.crs import crs_to_string
from gisdesk.layers.base import Layer


class VectorLayer(Layer):
    """Features in a GeoDataFrame.

    Rows with a null or empty geometry are kept (attribute-only rows); they have no place on the
    map but stay in the table. ``source``/``source_layer``/``read_options`` say where the data came
    from and how it was read (the import doctors' decisions), so ``get_state()`` can rebuild the layer
    by reading the source again. A layer without a source (e.g. an analysis result) carries its data
    in the state.
    """

    type_name = "vector"

    def __init__(
        self,
        data: gpd.GeoDataFrame,
        *,
        name: str = "",
        source: str | None = None,
        source_layer: str | None = None,
        read_options: dict[str, Any] | None = None,
        style: dict[str, Any] | None = None,
        visible: bool = True,
        opacity: float = 1.0,
        report: Any = None,
    ) -> None:
        if not isinstance(data, gpd.GeoDataFrame):
            raise TypeError(f"VectorLayer needs a GeoDataFrame, got {type(data).__name__}")
        super().__init__(name=name or source_layer or "layer", source=source, style=style,
                         visible=visible, opacity=opacity)
        self.source_layer = source_layer
        self.read_options: dict[str, Any] = dict(read_options or {})
        self.report = report
        self._data = data
        self._extent: tuple[float, float, float, float] | None | bool = False  # False = not computed
        self._selection = np.zeros(0, dtype=np.int64)
        self.data_version = 0  # bumped on every data change: caches (reprojection, rendering) key on it
        self._crs_version = -1
        self._crs_str: str | None = None
        _ = self.crs  # resolve now, on the constructing thread

    # -- data ---------------------------------------------------------------------------------
    @property
    def data(self) -> gpd.GeoDataFrame:
        return self._data

    @data.setter
    def data(self, value: gpd.GeoDataFrame) -> None:
        if not isinstance(value, gpd.GeoDataFrame):
            raise TypeError("data must be a GeoDataFrame")
        self._data = value
        self._extent = False
        self.data_version += 1
        _ = self.crs
        self._selection = np.zeros(0, dtype=np.int64)
        self.events.data.emit()

    # -- selection (row positions, not index labels) -------------------------------------------
    @property
    def selection(self) -> np.ndarray:
        return self._selection

    @selection.setter
    def selection(self, rows: Any) -> None:
        rows = np.sort(np.asarray(rows, dtype=np.int64).ravel())
        if rows.size > 1:  # unique of a sorted array (np.unique re-sorts: 40x slower on 1M rows)
            rows = rows[np.r_[True, rows[1:] != rows[:-1]]]
        if rows.size and (rows[0] < 0 or rows[-1] >= len(self._data)):
            raise IndexError(f"selection rows out of range 0..{len(self._data) - 1}")
        if not np.array_equal(rows, self._selection):
            self._selection = rows
            self.events.selection.emit(rows)

    def __len__(self) -> int:
        return len(self._data)

    @property
    def crs(self) -> str | None:
        """"EPSG:xxxx" or WKT2. Computed once per data (on the thread that set it): pyproj CRS objects
        must not be used from the render threads."""
        if self._crs_version != self.data_version:
            self._crs_str = crs_to_string(self._data.crs)
            self._crs_version = self.data_version
        return self._crs_str

    @property
    def geometry(self) -> gpd.GeoSeries:
        return self._data.geometry

    @property
    def geometry_types(self) -> dict[str, int]:
        """Count of features per geometry type; null/empty geometries counted under ``None``."""
        geoms = self._data.geometry.values
        missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
        types = self._data.geometry.geom_type[~missing].value_counts()
        out = {str(k): int(v) for k, v in types.items()}
        if missing.any():
            out["None"] = int(missing.sum())
        return out

    @property
    def extent(self) -> tuple[float, float, float, float] | None:
        if self._extent is False:
            bounds = shapely.bounds(self._data.geometry.values)
            finite = np.isfinite(bounds).all(axis=1)
            if not finite.any():
                self._extent = None
            else:
                b = bounds[finite]
                self._extent = (float(b[:, 0].min()), float(b[:, 1].min()),
                                float(b[:, 2].max()), float(b[:, 3].max()))
        return self._extent  # type: ignore[return-value]

    @property
    def sindex(self):
        """The spatial index (shapely STRtree via geopandas), built on first use."""
        return self._data.sindex

    def query_bbox(self, bbox: tuple[float, float, float, float]) -> np.ndarray:
        """Positions (iloc) of the features whose envelope meets ``bbox``, sorted."""
        hits = self.sindex.query(shapely.box(*bbox))
        return np.sort(hits)

    # -- state --------------------------------------------------------------------------------
    def get_state(self) -> dict[str, Any]:
        state = super().get_state()
        state["source_layer"] = self.source_layer
        state["read_options"] = copy.deepcopy(self.read_options)
        if not self.source:
            state["data"] = self._data
        return state


def vector_from_state(state: dict[str, Any]) -> VectorLayer:
    """Factory for ``core.registry`` when no reader is registered: needs the data in the state."""
    state = dict(state)
    state.pop("type", None)
    if "data" not in state:
        raise ValueError(
            f"layer {state.get('name')!r}: reading its source {state.get('source')!r} needs gisdesk.io"
        )
    return VectorLayer(**state)
