"""Layer types by name, so a project file (a list of layer states) can be rebuilt without the
core knowing the layer classes (the core sits below ``layers`` and ``io``).

Providers register factories ``state -> layer``. The built-in providers are imported on first use,
in order; a later provider may override an earlier factory (``gisdesk.io`` replaces the plain
``vector`` factory with one that reads the source through the import doctors).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Mapping
from typing import Any

from gisdesk.core.i18n import trf

LayerFactory = Callable[[Mapping[str, Any]], Any]

BUILTIN_PROVIDERS: tuple[str, ...] = ("gisdesk.layers", "gisdesk.io", "gisdesk.db.provider")

_factories: dict[str, LayerFactory] = {}
_providers_loaded = False
_providers_lock = threading.RLock()  # layers are rebuilt on several threads at once (Project.load)


class UnknownLayerType(KeyError):
    pass


def register_layer_type(type_name: str, factory: LayerFactory) -> None:
    _factories[type_name] = factory


def _load_providers() -> None:
    """Import the built-in providers once; other threads wait until every one is registered."""
    global _providers_loaded
    if _providers_loaded:
        return
    with _providers_lock:
        if _providers_loaded:
            return
        for name in BUILTIN_PROVIDERS:
            importlib.import_module(name)
        _providers_loaded = True


def layer_types() -> list[str]:
    _load_providers()
    return sorted(_factories)


def layer_from_state(state: Mapping[str, Any]) -> Any:
    """Rebuild a layer from ``layer.get_state()`` (or a project file entry)."""
    _load_providers()
    type_name = state.get("type")
    try:
        factory = _factories[type_name]
    except KeyError:
        raise UnknownLayerType(trf("unknown layer type {type!r} (known: {known})", type=type_name,
                                   known=", ".join(sorted(_factories)))) from None
    return factory(state)


UNAVAILABLE = "unavailable"


def unavailable_layer(state: Mapping[str, Any], problem: str) -> Any:
    """A placeholder for a layer that could not be rebuilt; it keeps ``state`` for saving."""
    _load_providers()
    return _factories[UNAVAILABLE]({"state": dict(state), "problem": problem})
