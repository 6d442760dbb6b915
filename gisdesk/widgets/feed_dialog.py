"""Add an Open311 GeoReport v2 endpoint as a layer, and sync a feed layer again ("Sync feed now").

:class:`Open311Dialog` asks for the endpoint, an optional jurisdiction id and API key (kept only in the
system keyring, and only when asked), and the period of the first sync; *Check* lists the request types the
endpoint offers, *Sync* downloads the requests into the feed's local copy and builds the layer
(``io.city_layers.open_open311``), both off the GUI thread (``core.workers.submit``) with a progress bar
(date windows done / total) and *Cancel*. The layer is handed out by the ``layer_ready`` signal; a failure is
shown in the dialog, which stays open.

:class:`FeedSyncRunner` re-syncs an existing feed layer: the download runs on a worker thread
(``io.city_layers.fetch_layer_update``), the layer's data is replaced on the GUI thread.

Everything the server sends is shown as plain text, never as markup.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gisdesk.core import workers
from gisdesk.core.errors import ReadError
from gisdesk.io.city_layers import fetch_layer_update, open_open311, remember_api_key, stored_api_key
from gisdesk.io.feeds.http import Cancelled, FeedError
from gisdesk.io.feeds.keystore import keyring_available

__all__ = ["FeedSyncRunner", "Open311Dialog"]

PERIOD_DAYS = (30, 90, 365)


@dataclass
class _Failure:
    message: str
    cancelled: bool = False


class _TaskSignals(QObject):
    done = Signal(object)  # the result, or a _Failure
    progress = Signal(int, int)  # windows done, windows in all


class _Task:
    """``fn(cancel, progress)`` on a worker thread; its result (or the problem, in plain words) comes back on
    the GUI thread through ``signals.done``."""

    def __init__(self, fn: Callable[[Callable[[], bool], Callable[[int, int], None]], Any]) -> None:
        self.fn = fn
        self.signals = _TaskSignals()
        self.cancel_event = threading.Event()

    def start(self, done: Callable[[Any], None], progress: Callable[[int, int], None] | None = None) -> None:
        self.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        if progress is not None:
            self.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
        workers.submit(self.run)

    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, done: int, total: int) -> None:
        try:
            self.signals.progress.emit(int(done), int(total))
        except RuntimeError:  # the receiver is gone
            pass

    def run(self) -> None:  # worker thread
        try:
            result: Any = self.fn(self.cancel_event.is_set, self._progress)
        except Cancelled:
            result = _Failure("", cancelled=True)
        except (ReadError, FeedError) as exc:
            result = _Failure(str(exc))
        except Exception as exc:  # noqa: BLE001 - a bad feed must end in a message, never in a dead app
            result = _Failure(f"{type(exc).__name__}: {exc}")
        try:
            self.signals.done.emit(result)
        except RuntimeError:  # the dialog was closed and deleted meanwhile
            pass


def _plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # server text is never markup
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class Open311Dialog(QDialog):
    """Add an Open311 GeoReport v2 endpoint as a service-request layer.

    ``sync_options`` go to ``open_open311`` (``cache_dir``, ``until``, ``date_filter``...). Signals:
    ``layer_ready(layer)`` after a sync (the dialog then closes), ``services_listed(list)`` after *Check*,
    ``failed(str)`` when a sync or check failed (the message is also shown in the dialog).
    """

    layer_ready = Signal(object)
    services_listed = Signal(list)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, endpoint: str = "", jurisdiction_id: str = "",
                 sync_options: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Open311 feed"))
        self._sync_options = dict(sync_options or {})
        self._task: _Task | None = None
        self._tasks: list[_Task] = []  # alive until their answer arrived

        self.endpoint_edit = QLineEdit(endpoint)
        self.endpoint_edit.setPlaceholderText("https://example.org/open311/v2/")
        self.jurisdiction_edit = QLineEdit(jurisdiction_id)
        self.jurisdiction_edit.setPlaceholderText(self.tr("Optional, e.g. hue.gov.vn"))
        self.api_key_edit = QLineEdit()
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key_edit.setPlaceholderText(self.tr("Optional"))
        self.remember_check = QCheckBox(self.tr("Remember in the system keyring"))
        self._keyring_ok = keyring_available()
        if not self._keyring_ok:
            self.remember_check.setEnabled(False)
            self.remember_check.setToolTip(self.tr("No system keyring is available: the key is not kept; type it "
                                                   "again next time."))
        self.period_combo = QComboBox()
        for days, text in zip(PERIOD_DAYS, (self.tr("Last 30 days"), self.tr("Last 90 days"),
                                            self.tr("Last 365 days")), strict=True):
            self.period_combo.addItem(text, days)
        self.period_combo.addItem(self.tr("From a date"), None)
        self.period_combo.setCurrentIndex(1)
        self.period_combo.setToolTip(self.tr("How far back the first sync reaches; later syncs fetch only what "
                                             "changed since."))
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-90))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setMaximumDate(QDate.currentDate())
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_combo, 1)
        period_row.addWidget(self.since_edit)

        form = QFormLayout()
        form.addRow(self.tr("Endpoint:"), self.endpoint_edit)
        form.addRow(self.tr("Jurisdiction id:"), self.jurisdiction_edit)
        form.addRow(self.tr("API key:"), self.api_key_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("Period:"), period_row)

        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setToolTip(self.tr("List the request types the endpoint offers"))
        self.check_button.clicked.connect(self.check)
        self.services_label = _plain_label()
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.services_label, 1)
        self.services_list = QListWidget()
        self.services_list.setMaximumHeight(120)
        self.services_list.hide()

        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.status_label = _plain_label(wrap=True)
        self.error_label = _plain_label(wrap=True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.sync_button = self.buttons.addButton(self.tr("Sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sync_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sync_button.clicked.connect(self.sync)
        self.cancel_button.clicked.connect(self._cancel_clicked)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(check_row)
        lay.addWidget(self.services_list)
        lay.addWidget(self.progress_bar)
        lay.addWidget(self.status_label)
        lay.addWidget(self.error_label)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self._period_changed()
        self.resize(520, self.sizeHint().height())

    # -- state -----------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._task is not None

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def period(self) -> dict[str, Any]:
        """The sync options for the chosen period: ``history`` (a timedelta) or ``since`` (a date at midnight,
        Huế time)."""
        days = self.period_combo.currentData()
        if days is not None:
            return {"history": dt.timedelta(days=int(days))}
        d = self.since_edit.date().toPython()
        return {"since": dt.datetime(d.year, d.month, d.day)}  # naive: read in the city's time zone

    def _period_changed(self) -> None:
        self.since_edit.setEnabled(self.period_combo.currentData() is None)

    def _set_busy(self, task: _Task | None, text: str = "") -> None:
        self._task = task
        busy = task is not None
        for w in (self.endpoint_edit, self.jurisdiction_edit, self.api_key_edit, self.period_combo,
                  self.since_edit, self.check_button, self.sync_button):
            w.setEnabled(not busy)
        if not busy:
            self._period_changed()
        self.remember_check.setEnabled(not busy and self._keyring_ok)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Cancel"))
        self.status_label.setText(text)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.failed.emit(message)

    def _inputs(self) -> tuple[str, str | None, str | None] | None:
        endpoint = self.endpoint_edit.text().strip()
        if not endpoint:
            self._show_error(self.tr("Type the web address of the Open311 endpoint first."))
            return None
        return endpoint, self.jurisdiction_edit.text().strip() or None, self.api_key_edit.text().strip() or None

    def _start(self, fn: Any, done: Callable[[Any], None], text: str, progress: bool) -> None:
        self.error_label.hide()
        task = _Task(fn)
        self._tasks.append(task)
        self._set_busy(task, text)
        if progress:
            self.progress_bar.setRange(0, 0)  # busy until the first window is counted
            self.progress_bar.show()
        task.start(lambda result: self._finished(task, result, done), self._progress if progress else None)

    def _finished(self, task: _Task, result: Any, done: Callable[[Any], None]) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if task is not self._task:
            return
        self.progress_bar.hide()
        self._set_busy(None)
        if isinstance(result, _Failure):
            if result.cancelled:
                self.status_label.setText(self.tr("Cancelled: nothing was changed."))
            else:
                self._show_error(result.message)
            return
        done(result)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            self.progress_bar.setFormat(self.tr("%d of %d periods") % (done, total))

    # -- check -----------------------------------------------------------------------------------
    def check(self) -> None:
        """List the endpoint's request types (``services``), in the background."""
        if self.is_busy() or (inputs := self._inputs()) is None:
            return
        endpoint, jurisdiction, api_key = inputs
        from gisdesk.io.feeds.open311 import services

        def work(cancel: Callable[[], bool], progress: Any) -> list[Any]:
            key = api_key or stored_api_key(endpoint)
            return services(endpoint, jurisdiction, api_key=key, cancel=cancel, retries=0)

        self._start(work, self._services_done, self.tr("Asking %s for its request types…") % endpoint, False)

    def _services_done(self, found: list[Any]) -> None:
        self.services_list.clear()
        names = [s.service_name or s.service_code for s in found]
        for name in names:
            self.services_list.addItem(name)  # QListWidgetItem text is plain text
        self.services_list.setVisible(bool(names))
        self.services_label.setText(self.tr("%d request types offered") % len(names))
        self.services_listed.emit(names)

    # -- sync ------------------------------------------------------------------------------------
    def sync(self) -> None:
        """Download the requests and build the layer, in the background; ``layer_ready`` when done."""
        if self.is_busy() or (inputs := self._inputs()) is None:
            return
        endpoint, jurisdiction, api_key = inputs
        remember = self.remember_check.isEnabled() and self.remember_check.isChecked()
        options = {**self.period(), **self._sync_options}

        def work(cancel: Callable[[], bool], progress: Callable[[int, int], None]) -> Any:
            layer = open_open311(endpoint, jurisdiction_id=jurisdiction, api_key=api_key, cancel=cancel,
                                 progress=progress, **options)
            if remember and api_key:
                remember_api_key(endpoint, api_key)
            return layer

        self._start(work, self._sync_done, self.tr("Syncing %s…") % endpoint, True)

    def _sync_done(self, layer: Any) -> None:
        self.status_label.setText(self.tr("%d requests") % len(layer))
        self.layer_ready.emit(layer)
        self.accept()

    # -- closing ---------------------------------------------------------------------------------
    def _cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status_label.setText(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)  # back when the task has ended (_set_busy)
        else:
            self.reject()

    def done(self, result: int) -> None:  # accept, reject, Esc, closing the window
        if self._task is not None:
            self._task.cancel()  # nobody waits for it any more
            self._task = None
        super().done(result)


class FeedSyncRunner(QObject):
    """"Sync feed now" for an Open311 layer: downloads on a worker thread, replaces the layer's data on the GUI
    thread. Signals: ``progress(done, total)``, ``finished(layer, result)`` (``result.added``,
    ``result.updated``), ``failed(layer, message)`` (the layer is unchanged)."""

    progress = Signal(int, int)
    finished = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[int, _Task] = {}

    def is_running(self, layer: Any = None) -> bool:
        return id(layer) in self._tasks if layer is not None else bool(self._tasks)

    def start(self, layer: Any, api_key: str | None = None, **sync_options: Any) -> bool:
        """Sync ``layer`` (False when it is already being synced)."""
        if id(layer) in self._tasks:
            return False

        def work(cancel: Callable[[], bool], progress: Callable[[int, int], None]) -> Any:
            return fetch_layer_update(layer, api_key=api_key, cancel=cancel, progress=progress, **sync_options)

        task = _Task(work)
        self._tasks[id(layer)] = task
        task.start(lambda result: self._done(layer, result), self.progress.emit)
        return True

    def cancel(self, layer: Any = None) -> None:
        for key, task in self._tasks.items():
            if layer is None or key == id(layer):
                task.cancel()

    def _done(self, layer: Any, result: Any) -> None:
        self._tasks.pop(id(layer), None)
        if isinstance(result, _Failure):
            self.failed.emit(layer, result.message if not result.cancelled else
                             self.tr("Cancelled: nothing was changed."))
            return
        result.apply()
        self.finished.emit(layer, result.result)
