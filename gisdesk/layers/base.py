"""The layer base class: data + source + style + display settings, with events.

``get_state()`` returns everything needed to rebuild the layer (``core.registry.layer_from_state``):
for a layer read from a file that is the source and the read options, not the data.
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from gisdesk.core.events import LayerEvents


class Layer:
    type_name: ClassVar[str] = "layer"

    def __init__(
        self,
        *,
        name: str = "",
        source: str | None = None,
        style: dict[str, Any] | None = None,
        visible: bool = True,
        opacity: float = 1.0,
    ) -> None:
        self.events = LayerEvents()
        self._name = name
        self.source = source
        self._style: dict[str, Any] = dict(style or {})
        self._visible = bool(visible)
        self._opacity = _clamp_opacity(opacity)
        self.report: Any = None  # the import report (gisdesk.io.report.LayerReport) when read from a file

    # -- evented properties -------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        if value != self._name:
            self._name = value
            self.events.name.emit(value)

    @property
    def visible(self) -> bool:
        return self._visible

    @visible.setter
    def visible(self, value: bool) -> None:
        value = bool(value)
        if value != self._visible:
            self._visible = value
            self.events.visible.emit(value)

    @property
    def opacity(self) -> float:
        return self._opacity

    @opacity.setter
    def opacity(self, value: float) -> None:
        value = _clamp_opacity(value)
        if value != self._opacity:
            self._opacity = value
            self.events.opacity.emit(value)

    @property
    def style(self) -> dict[str, Any]:
        """The style as a plain dict (its schema belongs to ``gisdesk.styles``). Assign to change it."""
        return copy.deepcopy(self._style)

    @style.setter
    def style(self, value: dict[str, Any]) -> None:
        value = dict(value or {})
        if value != self._style:
            self._style = copy.deepcopy(value)
            self.events.style.emit(self.style)

    # -- extent / state -----------------------------------------------------------------------
    @property
    def crs(self) -> str | None:
        """"EPSG:xxxx" or WKT2; None when unknown."""
        return None

    @property
    def extent(self) -> tuple[float, float, float, float] | None:
        """(minx, miny, maxx, maxy) in the layer's CRS, or None when the layer has no geometry."""
        return None

    def get_state(self) -> dict[str, Any]:
        return {
            "type": self.type_name,
            "name": self.name,
            "source": self.source,
            "style": self.style,
            "visible": self.visible,
            "opacity": self.opacity,
        }

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class UnavailableLayer(Layer):
    """A project layer whose source could not be opened (moved file, unreadable data...).

    It keeps its saved state untouched so saving the project does not lose it, and says why.
    """

    type_name = "unavailable"

    def __init__(self, state: dict[str, Any], problem: str) -> None:
        super().__init__(
            name=state.get("name") or str(state.get("source") or "?"),
            source=state.get("source"),
            style=state.get("style"),
            visible=state.get("visible", True),
            opacity=state.get("opacity", 1.0),
        )
        self._state = copy.deepcopy(dict(state))
        self.problem = problem

    def get_state(self) -> dict[str, Any]:
        state = copy.deepcopy(self._state)
        state.update(name=self.name, visible=self.visible, opacity=self.opacity, style=self.style)
        return state


def _clamp_opacity(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
