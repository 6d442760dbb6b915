"""Events for the model (psygnal: no Qt, works the same with or without a GUI).

``LayerList`` is the project's ordered list of layers (index 0 is drawn first, at the bottom).
Its events come from psygnal's ``EventedList``: ``inserted(index, layer)``, ``removed(index, layer)``,
``moved(old_index, new_index, layer)``, ``changed``, ``reordered``.
"""

from __future__ import annotations

from typing import Any

from psygnal import Signal, SignalGroup
from psygnal.containers import EventedList

__all__ = ["STATE_EVENTS", "LayerEvents", "LayerList", "Signal", "SignalGroup"]


class LayerEvents(SignalGroup):
    """Signals every layer has. Each carries the new value (``data`` carries nothing)."""

    name = Signal(str)
    visible = Signal(bool)
    opacity = Signal(float)
    style = Signal(object)
    data = Signal()
    selection = Signal(object)  # vector layers: the selected row positions (sorted int array)
    filter = Signal(object)  # vector layers: time fields or attribute filters changed (the new settings)

#: layer events that change what a project file holds (selection and data are not saved in it)
STATE_EVENTS = frozenset({"name", "visible", "opacity", "style", "filter"})


class LayerList(EventedList):
    """Ordered layers, bottom first. Layers are looked up by index or by name."""

    def __init__(self, data: Any = ()) -> None:
        # child_events=False: psygnal would otherwise read every property of each appended layer (building
        # a VectorLayer's spatial index and more); the Project connects to each layer's own events instead.
        super().__init__(data, child_events=False)

    def names(self) -> list[str]:
        return [layer.name for layer in self]

    def by_name(self, name: str) -> Any:
        for layer in self:
            if layer.name == name:
                return layer
        raise KeyError(name)

    def unique_name(self, base: str) -> str:
        """``base``, or ``base (2)``, ``base (3)``... whichever is not taken yet."""
        taken = set(self.names())
        if base not in taken:
            return base
        n = 2
        while f"{base} ({n})" in taken:
            n += 1
        return f"{base} ({n})"
