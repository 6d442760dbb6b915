"""ViewFetcher: keeps the PostGIS layers loaded "by view" in step with the map view and the time slider.

It listens to the canvas's ``extent_changed``, the project's ``time_window`` and, per PostGIS layer, its
visibility and filters; 150 ms after the last change it plans a fetch for every visible PostGIS layer in
"view" mode (:meth:`gisdesk.db.layer.PostGISLayer.plan_fetch`: nothing when the view is still inside what is
loaded) and reads it on a worker thread (its own small pool, so a slow server never holds up the app's other
background work). Each read uses a connection of the layer's pool that no other thread uses meanwhile.

When the view moves again before a read ends, the newer plan makes the older one stale: the read's
``cancel`` callable says so, the query is cancelled on the server (PostgreSQL's cancel request) and its
result, if it still arrives, is dropped (:meth:`~gisdesk.db.layer.PostGISLayer.apply_fetch` refuses stale
plans). Results are applied on the GUI thread, so the layer's ``events.data`` (and the canvas's re-render)
fire there. Errors (server down, lost connection, statement timeout) never raise: they come out as
``failed(layer_name, message)`` for the status bar, the layer keeping what it had.

Create one per main window, after the canvas::

    self.view_fetcher = ViewFetcher(self.canvas, self.project, parent=self)
    self.view_fetcher.failed.connect(lambda name, msg: self.statusBar().showMessage(f"{name}: {msg}", 10000))

and call ``set_project`` when the window opens another project.
"""

from __future__ import annotations

import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from gisdesk.db.errors import DatabaseError, Kind
from gisdesk.db.layer import PostGISLayer

__all__ = ["DEBOUNCE_MS", "ViewFetcher"]

DEBOUNCE_MS = 150

_executor: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="gisdesk-db-fetch")
    return _executor


class ViewFetcher(QObject):
    """Fetches the features of the view for PostGIS layers loaded by view (see the module docstring)."""

    failed = Signal(str, str)  # (layer name, plain message)
    fetched = Signal(str, int)  # (layer name, rows now loaded)
    busy = Signal(bool)  # True while any read runs (e.g. for a spinner in the status bar)
    _done = Signal(object, object, object, object)  # (layer, plan, data | None, error | None), worker -> GUI

    def __init__(self, canvas: Any, project: Any = None, *, delay_ms: int = DEBOUNCE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._project: Any = None
        self._running: dict[int, list[Any]] = {}  # id(layer) -> plans being read
        self._layers: list[PostGISLayer] = []  # the ones whose events we follow
        self.dropped = 0  # stale results dropped (diagnostics and tests)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(delay_ms))
        self._timer.timeout.connect(self.fetch_now)
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        canvas.extent_changed.connect(self.schedule)
        project = project if project is not None else getattr(canvas, "project", None)
        if project is not None:
            self.set_project(project)

    # -- project binding --------------------------------------------------------------------------------
    def set_project(self, project: Any) -> None:
        if self._project is not None:
            self._unbind()
        self._project = project
        ev = project.layers.events
        ev.inserted.connect(self._layers_changed)
        ev.removed.connect(self._layers_changed)
        project.events.time_window.connect(self._schedule_any)
        self._layers_changed()

    def _unbind(self) -> None:
        project = self._project
        ev = project.layers.events
        ev.inserted.disconnect(self._layers_changed)
        ev.removed.disconnect(self._layers_changed)
        project.events.time_window.disconnect(self._schedule_any)
        for layer in self._layers:
            _disconnect(layer)(self)
        self._layers = []
        self._project = None

    def _layers_changed(self, *args: Any) -> None:
        current = [lyr for lyr in self._project.layers if isinstance(lyr, PostGISLayer)] if self._project else []
        for layer in self._layers:
            if not any(layer is c for c in current):
                _disconnect(layer)(self)
        for layer in current:
            if not any(layer is c for c in self._layers):
                layer.events.visible.connect(self._schedule_any)
                layer.events.filter.connect(self._schedule_any)
        self._layers = current
        self.schedule()

    # -- scheduling ---------------------------------------------------------------------------------------
    def _schedule_any(self, *args: Any) -> None:
        self.schedule()

    def schedule(self, *args: Any) -> None:
        """Fetch after the debounce delay (restarted by every change)."""
        if any(lyr.strategy == "view" for lyr in self._layers):
            self._timer.start()

    def fetch_now(self) -> None:
        """Plan and start the reads the current view needs (GUI thread)."""
        self._timer.stop()
        project = self._project
        extent = getattr(self._canvas, "extent", None)  # MapCanvas.extent is a property (project CRS)
        if callable(extent):
            extent = extent()
        if project is None or extent is None:
            return
        window = project.time_window
        for layer in list(self._layers):
            if not layer.visible or layer.strategy != "view":
                continue
            try:
                plan = layer.plan_fetch(extent, project.crs, window)
            except Exception as exc:  # noqa: BLE001 - a view the layer cannot express: say so, do not crash
                self.failed.emit(layer.name, f"cannot work out what to load for this view ({exc}).")
                continue
            if plan is None:
                continue
            # a newer plan makes the running ones stale: their cancel() now says stop
            self._running.setdefault(id(layer), []).append(plan)
            if sum(len(v) for v in self._running.values()) == 1:
                self.busy.emit(True)
            _pool().submit(self._read, layer, plan)

    # -- worker ---------------------------------------------------------------------------------------------
    def _read(self, layer: PostGISLayer, plan: Any) -> None:  # worker thread
        try:
            data = layer.read(plan, cancel=lambda: not layer.is_current(plan))
        except DatabaseError as exc:
            self._done.emit(layer, plan, None, exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not take the app down: report it
            traceback.print_exc()
            self._done.emit(layer, plan, None, exc)
        else:
            self._done.emit(layer, plan, data, None)

    def _finished(self, layer: PostGISLayer, plan: Any, data: Any, error: Any) -> None:  # GUI thread
        plans = self._running.get(id(layer), [])
        if plan in plans:
            plans.remove(plan)
        if not plans:
            self._running.pop(id(layer), None)
        if not self._running:
            self.busy.emit(False)
        if error is not None:
            if not layer.is_current(plan):
                self.dropped += 1  # cancelled (or failed) because the view moved on: nothing to say
                return
            if isinstance(error, DatabaseError) and error.kind == Kind.CANCELLED:
                self.schedule()  # cancelled although still wanted (a late cancel): read again
                return
            message = str(error.problem if isinstance(error, DatabaseError) else
                          f"reading failed on an unexpected error ({type(error).__name__}: {error}).")
            self.failed.emit(layer.name, message)
            return
        if not any(layer is lyr for lyr in self._layers) or not layer.apply_fetch(plan, data):
            self.dropped += 1
            return
        self.fetched.emit(layer.name, len(layer))

    @property
    def running(self) -> bool:
        """True while a read runs."""
        return bool(self._running)

    def shutdown(self) -> None:
        """Stop listening (the reads still running end on their own; their results are dropped)."""
        self._timer.stop()
        if self._project is not None:
            self._unbind()
        try:
            self._canvas.extent_changed.disconnect(self.schedule)
        except (RuntimeError, TypeError):
            pass


def _disconnect(layer: PostGISLayer) -> Any:
    def run(fetcher: ViewFetcher) -> None:
        for sig in (layer.events.visible, layer.events.filter):
            sig.disconnect(fetcher._schedule_any)
    return run
