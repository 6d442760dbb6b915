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
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gisdesk.core import workers

__all__ = ["BackgroundRun", "CallRun", "RunFooter"]

ERROR_COLOUR = "#b00020"

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


class RunFooter(QWidget):
    """The bottom of a dialog that runs one job: an error line (hidden until ``show_error``), a status line, a
    progress bar (0-1000) and the action, Cancel and Close buttons. The dialog connects the buttons' ``clicked``
    and calls ``set_busy`` when its run starts and ends."""

    def __init__(self, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.buttons = QDialogButtonBox()
        self.action_button = QPushButton(action_text)
        self.action_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.error_label, self.status, self.progress, self.buttons):
            lay.addWidget(w)

    def attach(self, dialog: Any, run: Any, cancel: Any) -> QPushButton:
        """Give ``dialog`` the footer's parts as its own attributes (``error_label``, ``status``, ``progress``,
        ``buttons``, ``cancel_button``, ``close_button``), connect the action to ``run``, Cancel to ``cancel`` and
        Close to ``dialog.reject``; returns the action button (the dialog names it after its action)."""
        dialog.error_label, dialog.status, dialog.progress = self.error_label, self.status, self.progress
        dialog.buttons, dialog.cancel_button, dialog.close_button = self.buttons, self.cancel_button, self.close_button
        self.action_button.clicked.connect(run)
        self.cancel_button.clicked.connect(cancel)
        self.close_button.clicked.connect(dialog.reject)
        return self.action_button

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def set_busy(self, busy: bool, status: str | None = None) -> None:
        """A run started (the action off, Cancel on, the bar at 0, ``status`` shown) or ended (the reverse)."""
        self.action_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.error_label.hide()
            self.progress.setValue(0)
        if status is not None:
            self.status.setText(status)
