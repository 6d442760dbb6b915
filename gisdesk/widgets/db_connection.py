"""Database > New connection… / Edit connection…: the settings of one PostgreSQL/PostGIS connection, tested on
a worker thread, saved without its password (the password goes to the system keyring, or stays in memory for
this session when there is none).

``ConnectionDialog(store, passwords, connection=None, parent=None)``: name, host, port, database, user,
password (masked) with a "Save password in the system keyring" box (disabled, with the reason, when the system
has no keyring), SSL mode and timeout; **Test** runs ``gisdesk.db.connections.test_connection`` on a worker
(``widgets.background.CallRun``) and shows the server's versions or the reason it failed below the form; OK
checks the fields (a unique name, a port in range), saves the connection in the ``ConnectionStore`` and the
password in the ``PasswordStore``, and emits ``saved(Connection)``.

``PasswordPrompt``: the small window that asks for a connection's password (with the reason when the last one
was refused); the browser and the publish dialog open it when no password is known.

``remember_password`` / ``known_password``: one place for "keep this password": in the keyring when the user
asked for it (and there is one), else in memory for this session only.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gisdesk.widgets.background import ERROR_COLOUR, CallRun

__all__ = ["ConnectionDialog", "DatabaseCall", "PasswordPrompt", "known_password", "remember_password"]

OK_COLOUR = "#1b7a34"

# Passwords the user typed without asking to save them (or saved while the keyring is persistent but the user
# unticked the box): kept in memory for this session only, never written anywhere.
_UNSAVED: dict[str, str] = {}
_UNSAVED_LOCK = threading.Lock()


def remember_password(passwords: Any, conn: Any, password: str, save: bool) -> None:
    """Keep ``password`` for ``conn``: in the keyring when ``save`` (and the system has one; else in memory),
    in memory for this session only when not ``save`` (and any saved one is removed from the keyring)."""
    if save or not passwords.persistent:
        passwords.set(conn, password)  # memory only when there is no keyring
        with _UNSAVED_LOCK:
            _UNSAVED.pop(conn.label, None)
        return
    passwords.delete(conn)
    with _UNSAVED_LOCK:
        _UNSAVED[conn.label] = password


def forget_password(passwords: Any, conn: Any) -> None:
    passwords.delete(conn)
    with _UNSAVED_LOCK:
        _UNSAVED.pop(conn.label, None)


def known_password(passwords: Any, conn: Any) -> str | None:
    """The password for ``conn`` typed in this session or kept in the keyring, else None."""
    with _UNSAVED_LOCK:
        if conn.label in _UNSAVED:
            return _UNSAVED[conn.label]
    return passwords.get(conn)


def sentence(text: str) -> str:
    """``text`` with a capital first letter (the database layer's problems start in lower case)."""
    text = str(text).strip()
    return text[:1].upper() + text[1:] if text else text


class DatabaseCall(CallRun):
    """A function that talks to the database, on a worker; ``failed`` carries the plain problem and
    ``failed_kind`` the ``DatabaseError.kind`` (e.g. "auth", to ask for the password again)."""

    failed_kind = Signal(str, str)  # (kind, message)

    def __init__(self, fn: Any, parent: QObject | None = None) -> None:
        from gisdesk.db.errors import DatabaseError

        super().__init__(fn, expected=(DatabaseError,), parent=parent)
        self.kind = ""
        self.failed.connect(lambda message: self.failed_kind.emit(self.kind, message))

    def problem(self, exc: BaseException) -> str | None:
        from gisdesk.db.errors import DatabaseError

        if isinstance(exc, DatabaseError):
            self.kind = exc.kind
            return sentence(exc.problem)
        return None

    def unexpected(self, exc: BaseException) -> str:
        self.kind = "other"
        return super().unexpected(exc)


class ConnectionDialog(QDialog):
    """Add or edit one connection; ``saved(Connection)`` after OK."""

    saved = Signal(object)

    def __init__(self, store: Any, passwords: Any, connection: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gisdesk.db.connections import SSL_MODES

        self.store = store
        self.passwords = passwords
        self.original = connection
        self.test_job: DatabaseCall | None = None
        self.result_connection: Any = None
        self.setWindowTitle(self.tr("Edit database connection") if connection is not None
                            else self.tr("New database connection"))
        self.setMinimumWidth(520)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. City database"))
        self.host_edit = QLineEdit("localhost")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.port_spin.setGroupSeparatorShown(False)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(self.tr("Port:")))
        host_row.addWidget(self.port_spin)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password = QCheckBox(self.tr("Save password in the system keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(placeholder-text);")
        if passwords.persistent:
            self.save_password.setChecked(True)
            self.keyring_note.hide()
        else:
            self.save_password.setChecked(False)
            self.save_password.setEnabled(False)
            self.keyring_note.setText(self.tr("The password is kept for this session only. {0}").format(
                passwords.status))
            self.save_password.setToolTip(passwords.status)
        self.ssl_combo = QComboBox()
        ssl_help = {
            "disable": self.tr("never encrypt"),
            "allow": self.tr("encrypt only if the server insists"),
            "prefer": self.tr("encrypt when the server can (default)"),
            "require": self.tr("always encrypt, do not check the certificate"),
            "verify-ca": self.tr("always encrypt, check the certificate"),
            "verify-full": self.tr("always encrypt, check the certificate and the host name"),
        }
        for mode in SSL_MODES:
            self.ssl_combo.addItem(f"{mode} — {ssl_help[mode]}", mode)
        self.ssl_combo.setCurrentIndex(self.ssl_combo.findData("prefer"))
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setRange(1, 300)
        self.timeout_spin.setValue(10)
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setMinimumWidth(90)
        timeout_row = QHBoxLayout()
        timeout_row.addWidget(self.timeout_spin)
        timeout_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Host:"), host_row)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.save_password)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("SSL mode:"), self.ssl_combo)
        form.addRow(self.tr("Connection timeout:"), timeout_row)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.test_icon = QLabel()
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        self.test_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_icon, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_label, 1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addSpacing(6)
        lay.addLayout(test_row)
        lay.addStretch(1)
        lay.addWidget(self.error_label)
        lay.addWidget(self.buttons)

        if connection is not None:
            self.set_connection(connection)
            pw = known_password(passwords, connection)
            if pw is not None:
                self.password_edit.setText(pw)
        for w in (self.name_edit, self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            w.textChanged.connect(self._edited)
        for s in (self.port_spin, self.timeout_spin):
            s.valueChanged.connect(self._edited)
        self.ssl_combo.currentIndexChanged.connect(self._edited)

    # -- fields ---------------------------------------------------------------------------------------------
    def set_connection(self, conn: Any) -> None:
        self.name_edit.setText(conn.name)
        self.host_edit.setText(conn.host)
        self.port_spin.setValue(int(conn.port))
        self.database_edit.setText(conn.database)
        self.user_edit.setText(conn.user)
        i = self.ssl_combo.findData(conn.sslmode)
        self.ssl_combo.setCurrentIndex(max(0, i))
        self.timeout_spin.setValue(int(conn.connect_timeout))

    def connection(self) -> Any:
        """The Connection the fields describe; raises ValueError with the field's problem."""
        from gisdesk.db.connections import Connection

        return Connection(name=self.name_edit.text().strip(), host=self.host_edit.text().strip(),
                          port=self.port_spin.value(), database=self.database_edit.text().strip(),
                          user=self.user_edit.text().strip(), sslmode=self.ssl_combo.currentData(),
                          connect_timeout=self.timeout_spin.value())

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def problem(self) -> tuple[str, QWidget] | None:
        """What is wrong with the fields (the message and the field to fix), or None."""
        if not self.name_edit.text().strip():
            return self.tr("Give the connection a name."), self.name_edit
        name = self.name_edit.text().strip()
        original = self.original.name if self.original is not None else None
        if name != original and any(c.name == name for c in self.store.load()):
            return self.tr("There is already a connection named “{0}”. Choose another name.").format(name), \
                self.name_edit
        if not self.host_edit.text().strip():
            return self.tr("Type the server's host name or address."), self.host_edit
        if not 0 < self.port_spin.value() < 65536:
            return self.tr("The port must be between 1 and 65535."), self.port_spin
        if not self.database_edit.text().strip():
            return self.tr("Type the name of the database."), self.database_edit
        if not self.user_edit.text().strip():
            return self.tr("Type the user name."), self.user_edit
        return None

    def _edited(self, *_: Any) -> None:
        self.error_label.hide()
        if self.test_job is None or not self.test_job.running:
            self._show_test("", None)

    # -- testing --------------------------------------------------------------------------------------------
    def test(self) -> DatabaseCall | None:
        """Test the connection on a worker; the result shows below the form."""
        from gisdesk.db.connections import test_connection

        if self.test_job is not None and self.test_job.running:
            return None
        try:
            conn = self.connection()
        except ValueError as exc:
            self._show_test(sentence(str(exc)) + ".", False)
            return None
        password = self.password()
        job = DatabaseCall(lambda: test_connection(conn, password))
        job.finished.connect(self._tested)
        job.failed.connect(self._test_failed)
        self.test_job = job
        self.test_button.setEnabled(False)
        self._show_test(self.tr("Connecting to {0}…").format(conn.label), None)
        job.start()
        return job

    def _tested(self, versions: str) -> None:
        self.test_button.setEnabled(True)
        self._show_test(self.tr("Connected: {0}").format(versions), True)

    def _test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self._show_test(message, False)

    def _show_test(self, text: str, ok: bool | None) -> None:
        self.test_label.setText(text)
        if ok is None:
            self.test_icon.clear()
            self.test_label.setStyleSheet("")
            return
        pixmap = QStyle.StandardPixmap.SP_DialogApplyButton if ok else QStyle.StandardPixmap.SP_MessageBoxCritical
        self.test_icon.setPixmap(self.style().standardIcon(pixmap).pixmap(16, 16))
        self.test_label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")

    # -- saving ---------------------------------------------------------------------------------------------
    def accept(self) -> None:
        found = self.problem()
        if found is not None:
            message, field = found
            self.error_label.setText(message)
            self.error_label.show()
            field.setFocus()
            return
        try:
            conn = self.connection()
        except ValueError as exc:  # whatever Connection refuses that problem() did not foresee
            self.error_label.setText(sentence(str(exc)) + ".")
            self.error_label.show()
            return
        old = self.original
        if old is not None and old.label != conn.label:
            forget_password(self.passwords, old)  # the password belonged to the old address
        password = self.password()
        if password is not None:
            remember_password(self.passwords, conn, password, self.save_password.isChecked())
        else:
            forget_password(self.passwords, conn)
        self.store.save(conn, old_name=old.name if old is not None else None)
        self.result_connection = conn
        self.saved.emit(conn)
        super().accept()


class PasswordPrompt(QDialog):
    """Asks for one connection's password, saying why when the last one was refused. Open it with ``open()``;
    ``answered(password, save)`` follows OK."""

    answered = Signal(str, bool)

    def __init__(self, conn: Any, passwords: Any, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setWindowTitle(self.tr("Password for {0}").format(conn.name))
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("Password of {0} on {1}:").format(conn.user, f"{conn.host}:{conn.port}/"
                                                                            f"{conn.database}"))
        intro.setWordWrap(True)
        self.reason_label = QLabel(reason)
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.reason_label.setVisible(bool(reason))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password = QCheckBox(self.tr("Save password in the system keyring"))
        self.save_password.setChecked(False)
        if not passwords.persistent:
            self.save_password.setEnabled(False)
            self.save_password.setToolTip(passwords.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.reason_label)
        lay.addWidget(self.password_edit)
        lay.addWidget(self.save_password)
        lay.addWidget(buttons)
        self.password_edit.setFocus()

    def accept(self) -> None:
        self.answered.emit(self.password_edit.text(), self.save_password.isChecked())
        super().accept()
