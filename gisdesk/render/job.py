"""RenderJob: one frame drawn on a worker thread (gisdesk.core.workers), cancellable.

The canvas makes a job per frame, connects ``finished`` and calls ``start()``; starting a newer frame
cancels the older job, which then stops between layers or symbol groups and emits nothing. ``finished``
is emitted from the worker thread; Qt delivers it to receivers in their own (GUI) thread.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from gisdesk.core import workers
from gisdesk.render.cache import RenderCache
from gisdesk.render.draw import render_image
from gisdesk.render.settings import MapSettings

log = logging.getLogger(__name__)


class _Task(QRunnable):
    def __init__(self, job: RenderJob) -> None:
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job._run()


class RenderJob(QObject):
    finished = Signal(object, object)  # (QImage, MapSettings); not emitted when cancelled
    failed = Signal(str)  # an unexpected error: the message (the traceback is logged)

    def __init__(self, settings: MapSettings, layers: Sequence[Any], cache: RenderCache | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.layers = list(layers)  # a snapshot: later changes to the project's list do not reach this frame
        self.cache = cache
        self._cancelled = threading.Event()
        self._done = threading.Event()
        self._task: _Task | None = None
        self.image: Any = None  # the QImage once finished (also for callers that wait())
        self.error: str | None = None

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run on gisdesk's worker threads (or on ``pool`` when one is given)."""
        self._task = _Task(self)
        if pool is not None:
            pool.start(self._task)
        else:
            workers.submit(self._task.run)

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (finished, cancelled or failed); False on timeout."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        try:
            if self._cancelled.is_set():
                return
            image = render_image(self.settings, self.layers, cache=self.cache, cancel=self._cancelled.is_set)
            if self._cancelled.is_set():
                return
            self.image = image
            self.finished.emit(image, self.settings)
        except Exception as exc:  # noqa: BLE001 - a worker must report, not die silently
            self.error = f"{type(exc).__name__}: {exc}"
            log.error("rendering failed:\n%s", traceback.format_exc())
            self.failed.emit(self.error)
        finally:
            self._task = None
            self._done.set()
