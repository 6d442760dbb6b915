"""The Project: ordered layers with events, a project CRS, and a versioned JSON file.

File format (UTF-8 JSON, ``.gisdesk``)::

    {"format": "gisdesk-project", "version": 1, "name": "...", "crs": "EPSG:9214",
     "view": [minx, miny, maxx, maxy],      # the map's last view (project CRS); optional
     "layers": [<layer state>, ...]}        # bottom layer first

Layer ``source`` paths are stored relative to the project file (forward slashes) when they sit on
the same drive, so a project folder can be moved or shared; they are made absolute again on load.
The file is written atomically. A layer whose source cannot be opened on load becomes an
``UnavailableLayer`` that keeps its state, so saving the project again loses nothing.

Loading reads the layers in parallel (``core.workers.submit_read``). ``Project.open_shell`` and
``read_layers`` split the load so a window can show the project at once and add its layers as they arrive.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from psygnal import Signal, SignalGroup
from pyproj.exceptions import CRSError

from gisdesk.core.crs import HUE_CRS, crs_to_string
from gisdesk.core.errors import ProjectError, ReadError
from gisdesk.core.events import STATE_EVENTS, LayerList
from gisdesk.core.fileutil import atomic_write_text
from gisdesk.core.i18n import tr, trf
from gisdesk.core.registry import layer_from_state, unavailable_layer

FORMAT = "gisdesk-project"
#: the keys of a layer state that hold file paths: stored relative to the project file, made absolute on load
PATH_KEYS = ("source", "stations_path")
VERSION = 1
SUFFIX = ".gisdesk"

# Older file versions -> a function upgrading the dict by one version. Empty while there is one version.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ProjectEvents(SignalGroup):
    name = Signal(str)
    crs = Signal(str)
    path = Signal(object)
    modified = Signal(bool)
    time_window = Signal(object)  # the time slider's window (core.timewindow.TimeWindow) or None
    layouts = Signal(object)  # the print layouts changed (the new list of dicts)


class Project:
    def __init__(self, *, name: str = "", crs: Any = HUE_CRS, layers: Any = ()) -> None:
        self.events = ProjectEvents()
        self._name = name
        self._crs = crs_to_string(crs) or HUE_CRS
        self.layers = LayerList(layers)
        self.path: Path | None = None
        self.load_problems: list[str] = []
        #: the map view to restore (project CRS); set by the canvas before saving; not an edit of the project
        self.view_extent: tuple[float, float, float, float] | None = None
        self._time_window: Any = None
        #: print layouts as plain dicts (``gisdesk.export.layout.PrintLayout.to_dict``); the core keeps them
        #: as they are, so it needs nothing from the export package
        self.layouts: list[dict[str, Any]] = []
        self._modified = False
        self.layers.events.inserted.connect(self._layer_inserted)
        self.layers.events.removed.connect(self._layer_removed)
        for layer in self.layers:
            layer.events.all.connect(self._layer_event)
        self.layers.events.moved.connect(self._set_modified)
        self.layers.events.reordered.connect(self._set_modified)

    # -- properties ---------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        if value != self._name:
            self._name = value
            self.events.name.emit(value)
            self._set_modified()

    @property
    def crs(self) -> str:
        return self._crs

    @crs.setter
    def crs(self, value: Any) -> None:
        value = crs_to_string(value)
        if not value:
            raise ValueError(tr("a project needs a CRS"))
        if value != self._crs:
            self._crs = value
            self.events.crs.emit(value)
            self._set_modified()

    @property
    def time_window(self) -> Any:
        """The period every time-aware layer shows (``core.timewindow.TimeWindow``), or None for all time.
        Saved with the project; moving the slider is not an edit."""
        return self._time_window

    @time_window.setter
    def time_window(self, value: Any) -> None:
        if value != self._time_window:
            self._time_window = value
            self.events.time_window.emit(value)

    def set_layouts(self, layouts: list[dict[str, Any]]) -> None:
        """Replace the print layouts (plain dicts, as ``PrintLayout.to_dict`` gives): an edit of the project."""
        new = [dict(d) for d in layouts]
        if new != self.layouts:
            self.layouts = new
            self.events.layouts.emit(list(new))
            self._set_modified()

    @property
    def modified(self) -> bool:
        return self._modified

    def _set_modified(self, *_: Any) -> None:
        if not self._modified:
            self._modified = True
            self.events.modified.emit(True)

    def _layer_inserted(self, index: int, layer: Any) -> None:
        layer.events.all.connect(self._layer_event)
        self._set_modified()

    def _layer_removed(self, index: int, layer: Any) -> None:
        layer.events.all.disconnect(self._layer_event)
        self._set_modified()

    def _layer_event(self, info: Any) -> None:
        if info.signal.name in STATE_EVENTS:  # visibility, opacity, style, name: saved in the file
            self._set_modified()

    def mark_saved(self) -> None:
        if self._modified:
            self._modified = False
            self.events.modified.emit(False)

    def add_layer(self, layer: Any) -> Any:
        """Append ``layer`` on top, renaming it if its name is taken."""
        layer.name = self.layers.unique_name(layer.name)
        self.layers.append(layer)
        return layer

    # -- (de)serialisation --------------------------------------------------------------------
    def to_dict(self, base_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
        layers = []
        unsaved = []
        for layer in self.layers:
            state = layer.get_state()
            if "data" in state:
                unsaved.append(layer.name)
                continue
            if base_dir is not None:
                for key in PATH_KEYS:
                    if isinstance(state.get(key), str) and state[key]:
                        state[key] = _relative_source(state[key], base_dir)
            layers.append(state)
        if unsaved:
            raise ProjectError(trf("these layers exist only in memory; export them to a file before saving the "
                                   "project: {layers}", layers=", ".join(unsaved)))
        out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": self.name, "crs": self.crs}
        if self.view_extent is not None:
            out["view"] = [float(v) for v in self.view_extent]
        if self._time_window is not None:
            out["time_window"] = self._time_window.to_dict()
        out["layers"] = layers
        if self.layouts:
            out["layouts"] = [dict(d) for d in self.layouts]
        return out

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ProjectError(tr("the project has no file yet: choose where to save it"))
        target = target.absolute()
        text = json.dumps(self.to_dict(target.parent), ensure_ascii=False, indent=2)
        try:
            atomic_write_text(target, text + "\n")
        except OSError as exc:
            raise ProjectError(trf("{path}: could not save the project ({e})", path=str(target),
                                   e=str(exc.strerror or exc))) from exc
        if self.path != target:
            self.path = target
            self.events.path.emit(target)
        self.mark_saved()
        return target

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], base_dir: str | os.PathLike[str] | None = None, *, origin: str = "<project>"
    ) -> Project:
        project, states = cls.shell_from_dict(data, base_dir, origin=origin)
        return project._read_layers(states)

    def _read_layers(self, states: Sequence[Mapping[str, Any]]) -> Project:
        """Read ``states`` (in parallel) into this project's layers; the problems go to ``load_problems``."""
        layers, problems = read_layers(states)
        for layer in layers:
            self.layers.append(layer)
        self.load_problems.extend(problems)
        self._modified = False
        return self

    @classmethod
    def shell_from_dict(
        cls, data: Mapping[str, Any], base_dir: str | os.PathLike[str] | None = None, *, origin: str = "<project>"
    ) -> tuple[Project, list[Any]]:
        """The project without its layers, and the layer states to read (sources made absolute; an entry
        that is not a layer state is reported in ``load_problems`` and left out)."""
        data = _upgrade(dict(data), origin)
        try:
            project = cls(name=str(data.get("name") or ""), crs=data.get("crs") or HUE_CRS)
        except (CRSError, ValueError, TypeError) as exc:  # a garbage CRS in the file
            raise ProjectError(trf("{path}: the project CRS {crs!r} is not valid ({e})", path=origin,
                                   crs=data.get("crs"), e=str(exc))) from exc
        project.view_extent = _view(data.get("view"))
        if data.get("time_window") is not None:
            from gisdesk.core.timewindow import TimeWindow

            project._time_window = TimeWindow.from_dict(data.get("time_window"))
        layouts = data.get("layouts") or []
        if isinstance(layouts, list):
            project.layouts = [dict(d) for d in layouts if isinstance(d, Mapping)]
            if len(project.layouts) != len(layouts):
                project.load_problems.append(tr("a print layout entry that is not a layout was skipped"))
        else:
            project.load_problems.append(tr("'layouts' is not a list; the print layouts were not read"))
        layer_states = data.get("layers") or []
        if not isinstance(layer_states, list):
            raise ProjectError(trf("{path}: 'layers' must be a list", path=origin))
        states: list[Any] = []
        for i, raw in enumerate(layer_states):
            if not isinstance(raw, Mapping):
                project.load_problems.append(trf("layer {n}: not a layer entry, skipped", n=str(i + 1)))
                continue
            state = dict(raw)
            if base_dir is not None:
                for key in PATH_KEYS:
                    if isinstance(state.get(key), str) and state[key]:
                        state[key] = _absolute_source(state[key], base_dir)
            states.append(state)
        return project, states

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Project:
        project, states = cls.open_shell(path)
        return project._read_layers(states)

    @classmethod
    def open_shell(cls, path: str | os.PathLike[str]) -> tuple[Project, list[Any]]:
        """Read a project file: the project without its layers (``path`` set) and the layer states to read
        with ``read_layers``."""
        path = Path(path).absolute()
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ProjectError(trf("{path}: no such project file", path=str(path))) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ProjectError(trf("{path}: could not read the project file ({e})", path=str(path),
                                   e=str(exc))) from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProjectError(trf("{path}: not a valid project file (JSON error at line {line:,}: {e})",
                                   path=str(path), line=exc.lineno, e=exc.msg)) from exc
        if not isinstance(data, dict):
            raise ProjectError(trf("{path}: not a gisdesk project file", path=str(path)))
        project, states = cls.shell_from_dict(data, path.parent, origin=str(path))
        project.path = path
        return project, states


def read_layers(states: Sequence[Mapping[str, Any]],
                on_layer: Callable[[int, Any], None] | None = None) -> tuple[list[Any], list[str]]:
    """Build the layers of ``states`` in parallel (one read per layer on ``core.workers.submit_read``).

    Returns the layers in the order of ``states`` and the problems met. A layer that cannot be read becomes
    an unavailable layer (its state kept) and a problem. ``on_layer(index, layer)`` is called as each layer
    is ready, in the order they finish, on the calling thread.

    Big sources (``HEAVY_BYTES`` or more, and service requests and sensors) are read after the
    small ones have arrived: reads share one interpreter lock, so reading them alongside would delay the
    boundaries and roads the user sees first while adding nothing to the total.
    """
    from concurrent.futures import FIRST_COMPLETED, wait

    from gisdesk.core import workers

    light = [i for i, s in enumerate(states) if s.get("type") not in HEAVY_TYPES and _source_bytes(s) < HEAVY_BYTES]
    heavy = [i for i in range(len(states)) if i not in set(light)]
    layers: list[Any] = [None] * len(states)
    problems: list[str | None] = [None] * len(states)
    for batch in (light, heavy):
        futures = {workers.submit_read(_read_one, dict(states[i])): i for i in batch}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in sorted(done, key=futures.__getitem__):
                i = futures[fut]
                layers[i], problems[i] = fut.result()
                if on_layer is not None:
                    on_layer(i, layers[i])
    return layers, [p for p in problems if p]


HEAVY_BYTES = 4 * 1024 * 1024
HEAVY_TYPES = ("service_requests", "sensors")  # many rows, normalised after reading


def _source_bytes(state: Mapping[str, Any]) -> int:
    """The size on disk of a layer's source (the archive for a zip member; 0 when unknown, e.g. a feed)."""
    source = str(state.get("source") or "")
    if not source or "://" in source:
        return 0
    try:
        return os.path.getsize(_split_source(source)[0])
    except OSError:
        return 0


def _read_one(state: dict[str, Any]) -> tuple[Any, str | None]:
    try:
        return layer_from_state(state), None
    except (ReadError, ValueError, KeyError, OSError) as exc:
        problem = str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken layer must not stop the project from opening
        problem = trf("could not be read ({type}: {e})", type=type(exc).__name__, e=str(exc))
    return unavailable_layer(state, problem), trf("layer {name!r}: {problem}", name=state.get("name") or "?",
                                                  problem=problem)


def _view(value: Any) -> tuple[float, float, float, float] | None:
    """A saved view extent, or None when absent or not four finite numbers with max > min."""
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        return None
    try:
        v = tuple(float(x) for x in value)
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(x) for x in v) or v[2] <= v[0] or v[3] <= v[1]:
        return None
    return v  # type: ignore[return-value]


def _upgrade(data: dict[str, Any], origin: str) -> dict[str, Any]:
    if data.get("format") != FORMAT:
        raise ProjectError(trf("{path}: not a gisdesk project file (format is {format!r})", path=origin,
                               format=data.get("format")))
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise ProjectError(trf("{path}: the project file has no valid version number", path=origin))
    if version > VERSION:
        raise ProjectError(trf("{path}: the project was saved by a newer gisdesk (file version {version}, this one "
                               "reads up to {supported}); update gisdesk to open it", path=origin,
                               version=str(version), supported=str(VERSION)))
    while version < VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    return data


# Sources may carry a suffix after "!" (a member inside a zip): only the file part is a path.
def _split_source(source: str) -> tuple[str, str]:
    if "!" in source:
        path, member = source.split("!", 1)
        return path, "!" + member
    return source, ""


def _relative_source(source: str, base_dir: str | os.PathLike[str]) -> str:
    path, rest = _split_source(source)
    if "://" in path:  # a URL (feeds, later) stays as it is
        return source
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    except ValueError:  # another drive on Windows
        return source
    return PurePosixPath(*Path(rel).parts).as_posix() + rest


def _absolute_source(source: str, base_dir: str | os.PathLike[str]) -> str:
    path, rest = _split_source(str(source))
    if "://" in path or os.path.isabs(path):
        return source
    return os.path.normpath(os.path.join(os.fspath(base_dir), *PurePosixPath(path).parts)) + rest
