"""One piece of work on a worker thread (``core.workers``) with Qt signals for its progress and its end.

Subclasses implement ``work()`` (on the worker thread; report with ``self.progress.emit(fraction, message)``),
``cancel()``, and say which exceptions mean "cancelled" (``is_cancel``) and which are the user's problem in
plain words (``problem``). Exactly one of ``finished(result)``, ``failed(message)`` or ``cancelled()`` follows,
on the GUI thread. A run outlives the dialog that started it until its worker is done.
"""

from __future__ import annotations

import traceback
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Signal

from gisdesk.core import workers

__all__ = ["BackgroundRun", "CallRun"]

_CANCELLED = object()


class BackgroundRun(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    _done = Signal(object, object)  # (result | None, error message | _CANCELLED | None)

    _alive: ClassVar[set[BackgroundRun]] = set()
    #: said when the work runs out of memory
    memory_message = "There is not enough memory for this."

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    # -- for subclasses ------------------------------------------------------------------------------------------
    def work(self) -> Any:  # worker thread
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError

    def is_cancel(self, exc: BaseException) -> bool:
        return False

    def problem(self, exc: BaseException) -> str | None:
        """The plain message for an expected failure (bad input, a file that cannot be written), else None."""
        return None

    def unexpected(self, exc: BaseException) -> str:
        return f"It stopped on an unexpected error: {type(exc).__name__}: {exc}"

    # -- running -------------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.running = True
        BackgroundRun._alive.add(self)
        workers.submit(self._work)

    def _work(self) -> None:  # worker thread
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - whatever happens, the GUI hears how it ended
            if self.is_cancel(exc):
                self._done.emit(None, _CANCELLED)
                return
            message = self.problem(exc)
            if message is None and isinstance(exc, MemoryError):
                message = self.memory_message
            if message is None:
                traceback.print_exc()  # a bug: keep the traceback for the log
                message = self.unexpected(exc)
            self._done.emit(None, message)
        else:
            self._done.emit(result, None)

    def _finish(self, result: Any, error: Any) -> None:
        self.running = False
        BackgroundRun._alive.discard(self)
        if error is _CANCELLED:
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class CallRun(BackgroundRun):
    """A plain function on a worker thread (not cancellable). The exception types in ``expected`` (bad input,
    an unreadable file) fail with their own message; any other with its type and message."""

    def __init__(self, fn: Any, expected: tuple[type[BaseException], ...] = (), parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._expected = expected

    def work(self) -> Any:  # worker thread
        return self._fn()

    def cancel(self) -> None:
        pass  # runs to its end; what it writes is atomic

    def problem(self, exc: BaseException) -> str | None:
        return str(exc) if isinstance(exc, self._expected) else None

    def unexpected(self, exc: BaseException) -> str:
        return f"{type(exc).__name__}: {exc}"
