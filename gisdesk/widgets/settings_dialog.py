"""The Settings dialog: language, default CRS and folder, units, basemap tile server, proxy.

Everything is stored with QSettings in the user's profile through ``gisdesk.settings.Settings``. OK saves and
closes, Apply saves, Cancel forgets the edits, Restore Defaults puts the defaults in the form (saved by OK or
Apply). A field with a problem shows it in red beneath it and nothing is saved until it is fixed. A new language
takes effect the next time gisdesk starts; the proxy applies at once (every new connection uses it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gisdesk.settings import (
    DEFAULTS,
    Settings,
    apply_proxy,
    resolve_language,
    system_language,
    ui_language,
    validate_folder,
    validate_proxy_host,
    validate_tile_url,
)
from gisdesk.widgets.background import ERROR_COLOUR

__all__ = ["SettingsDialog"]

_ERROR_STYLE = f"color: {ERROR_COLOUR};"


class SettingsDialog(QDialog):
    """Edit gisdesk's preferences. ``applied`` is emitted after they are saved (OK or Apply) with the names of
    the settings that changed."""

    applied = Signal(list)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = Settings(settings)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self._saved = self.settings.values()
        self._default_crs = DEFAULTS["default_crs"]
        self.errors: dict[str, QLabel] = {}

        # -- general: language and units --
        self.language = QComboBox()
        system = self.tr("Follow the system (now: %s)") % self._language_name(system_language())
        for code, text in (("system", system), ("vi", "Tiếng Việt"), ("en", "English")):
            self.language.addItem(text, code)  # language names are written in their own language
        self.language_note = self._note(self.tr("A new language is used the next time gisdesk starts."))
        self.distance_unit = QComboBox()
        for code, text in (("auto", self.tr("Automatic: m, then km from 1 km")), ("m", self.tr("Metres (m)")),
                           ("km", self.tr("Kilometres (km)"))):
            self.distance_unit.addItem(text, code)
        self.area_unit = QComboBox()
        for code, text in (("auto", self.tr("Automatic: m², then ha from 1 ha")),
                           ("m2", self.tr("Square metres (m²)")), ("ha", self.tr("Hectares (ha)")),
                           ("km2", self.tr("Square kilometres (km²)"))):
            self.area_unit.addItem(text, code)
        general = QGroupBox(self.tr("Language and units"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language:"), self._with_below(self.language, self.language_note))
        form.addRow(self.tr("Distances:"), self.distance_unit)
        form.addRow(self.tr("Areas:"), self.area_unit)

        # -- projects and files --
        self.crs_label = QLineEdit()
        self.crs_label.setReadOnly(True)
        self.crs_button = QPushButton(self.tr("Choose…"))
        self.crs_button.clicked.connect(self.choose_crs)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Documents"))
        self.folder.setClearButtonEnabled(True)
        self.folder_button = QPushButton(self.tr("Browse…"))
        self.folder_button.clicked.connect(self.choose_folder)
        files = QGroupBox(self.tr("Projects and files"))
        form = QFormLayout(files)
        form.addRow(self.tr("CRS of new projects:"), self._row(self.crs_label, self.crs_button))
        form.addRow(self.tr("Default folder:"),
                    self._with_below(self._row(self.folder, self.folder_button), self._error("default_folder"),
                                     self._note(self.tr("Where the Open and Save dialogs start. Empty: your "
                                                        "Documents folder."))))

        # -- basemap --
        self.basemap_url = QLineEdit()
        self.basemap_url.setPlaceholderText("https://tiles.example.vn/{z}/{x}/{y}.png")
        self.basemap_url.setClearButtonEnabled(True)
        self.basemap_attribution = QLineEdit()
        self.basemap_attribution.setPlaceholderText(self.tr("e.g. © OpenStreetMap contributors"))
        basemap = QGroupBox(self.tr("Basemap"))
        form = QFormLayout(basemap)
        form.addRow(self.tr("Tile server (XYZ):"), self._with_below(
            self.basemap_url, self._error("basemap_url"),
            self._note(self.tr("An address with {z}, {x} and {y}. Leave it empty for no basemap: gisdesk then "
                               "fetches nothing from the network."))))
        form.addRow(self.tr("Attribution:"), self.basemap_attribution)

        # -- network --
        self.proxy_none = QRadioButton(self.tr("No proxy (connect directly)"))
        self.proxy_system = QRadioButton(self.tr("Use the system's proxy settings"))
        self.proxy_manual = QRadioButton(self.tr("Manual proxy:"))
        self.proxy_group = QButtonGroup(self)
        for button, mode in ((self.proxy_none, "none"), (self.proxy_system, "system"), (self.proxy_manual, "manual")):
            button.setProperty("mode", mode)
            self.proxy_group.addButton(button)
        self.proxy_host = QLineEdit()
        self.proxy_host.setPlaceholderText("proxy.hue.gov.vn")
        self.proxy_port = QSpinBox()
        self.proxy_port.setRange(1, 65535)
        self.proxy_port.setGroupSeparatorShown(False)
        self.proxy_user = QLineEdit()
        self.proxy_user.setPlaceholderText(self.tr("optional"))
        self.proxy_password = QLineEdit()
        self.proxy_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.proxy_password.setPlaceholderText(self.tr("optional"))
        network = QGroupBox(self.tr("Network"))
        box = QVBoxLayout(network)
        box.addWidget(self.proxy_none)
        box.addWidget(self.proxy_system)
        box.addWidget(self.proxy_manual)
        self.manual_box = QWidget()
        form = QFormLayout(self.manual_box)
        form.setContentsMargins(24, 0, 0, 0)
        host_row = QHBoxLayout()
        host_row.addWidget(self.proxy_host, 1)
        host_row.addWidget(QLabel(self.tr("Port:")))
        host_row.addWidget(self.proxy_port)
        host_widget = QWidget()
        host_widget.setLayout(host_row)
        host_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server:"), self._with_below(host_widget, self._error("proxy_host")))
        form.addRow(self.tr("User name:"), self.proxy_user)
        form.addRow(self.tr("Password:"), self.proxy_password)
        box.addWidget(self.manual_box)
        box.addWidget(self._note(self.tr("Used for service request and sensor feeds and for the basemap.")))
        self.proxy_group.buttonToggled.connect(lambda *_: self._update_enabled())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        for group in (general, files, basemap, network):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.load(self._saved)
        self.language.currentIndexChanged.connect(lambda *_: self._update_language_note())
        self.basemap_url.textChanged.connect(lambda *_: self.errors["basemap_url"].hide())
        self.proxy_host.textChanged.connect(lambda *_: self.errors["proxy_host"].hide())
        self.folder.textChanged.connect(lambda *_: self.errors["default_folder"].hide())

    # -- the form ------------------------------------------------------------------------------------------------
    def load(self, values: dict[str, Any]) -> None:
        """Put ``values`` (as Settings.values() gives them) in the form."""
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        self.distance_unit.setCurrentIndex(max(0, self.distance_unit.findData(values["distance_unit"])))
        self.area_unit.setCurrentIndex(max(0, self.area_unit.findData(values["area_unit"])))
        self.set_default_crs(values["default_crs"])
        self.folder.setText(values["default_folder"])
        self.basemap_url.setText(values["basemap_url"])
        self.basemap_attribution.setText(values["basemap_attribution"])
        mode = values["proxy_mode"]
        {"none": self.proxy_none, "manual": self.proxy_manual}.get(mode, self.proxy_system).setChecked(True)
        self.proxy_host.setText(values["proxy_host"])
        self.proxy_port.setValue(int(values["proxy_port"]))
        self.proxy_user.setText(values["proxy_user"])
        self.proxy_password.setText("")
        self.proxy_password.setPlaceholderText(self.tr("stored") if values["proxy_user"]
                                               and self.settings.proxy_password() else self.tr("optional"))
        for label in self.errors.values():
            label.hide()
        self._update_enabled()
        self._update_language_note()

    def form_values(self) -> dict[str, Any]:
        """The values in the form (not yet checked or saved)."""
        checked = self.proxy_group.checkedButton()
        return {
            "language": self.language.currentData(),
            "default_crs": self._default_crs,
            "default_folder": self.folder.text().strip(),
            "distance_unit": self.distance_unit.currentData(),
            "area_unit": self.area_unit.currentData(),
            "basemap_url": self.basemap_url.text().strip(),
            "basemap_attribution": self.basemap_attribution.text().strip(),
            "proxy_mode": checked.property("mode") if checked is not None else "system",
            "proxy_host": self.proxy_host.text().strip(),
            "proxy_port": self.proxy_port.value(),
            "proxy_user": self.proxy_user.text().strip(),
        }

    def set_default_crs(self, code: str) -> None:
        self._default_crs = code
        try:
            from pyproj import CRS

            name = CRS.from_user_input(code).name
        except Exception:  # noqa: BLE001 - an unknown code stays shown as it is
            name = ""
        self.crs_label.setText(f"{code} — {name}" if name else code)

    def choose_crs(self) -> None:
        from gisdesk.widgets.crs_dialog import CrsDialog

        code = CrsDialog.get_crs(self, self._default_crs)
        if code:
            self.set_default_crs(code)

    def choose_folder(self) -> None:
        start = self.folder.text().strip() or self.settings.start_folder()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default folder"), start)
        if folder:
            self.folder.setText(folder)

    # -- checking and saving -------------------------------------------------------------------------------------
    def validate(self) -> bool:
        """Show each field's problem beneath it; True when there is none."""
        values = self.form_values()
        problems = {
            "default_folder": {"missing": self.tr("This folder does not exist or cannot be reached.")}
            .get(validate_folder(values["default_folder"]) or ""),
            "basemap_url": {
                "scheme": self.tr("The address must start with http:// or https://."),
                "spaces": self.tr("The address must not contain spaces."),
                "host": self.tr("The address has no server name."),
                "placeholders": self.tr("The address must contain {z}, {x} and {y}, "
                                        "e.g. https://tiles.example.vn/{z}/{x}/{y}.png"),
            }.get(validate_tile_url(values["basemap_url"]) or ""),
            "proxy_host": None,
        }
        if values["proxy_mode"] == "manual":
            problems["proxy_host"] = {
                "empty": self.tr("Type the proxy server's name or address."),
                "url": self.tr("Type only the server's name, without http:// or a path."),
                "spaces": self.tr("The server's name cannot contain spaces."),
                "port": self.tr("Type the port in its own box."),
            }.get(validate_proxy_host(values["proxy_host"]) or "")
        for name, problem in problems.items():
            label = self.errors[name]
            label.setText(problem or "")
            label.setVisible(bool(problem))
        return not any(problems.values())

    def apply(self) -> bool:
        """Check and save the form; False (nothing saved) when a field has a problem."""
        if not self.validate():
            return False
        values = self.form_values()
        changed = [name for name, value in values.items() if value != self._saved.get(name)]
        self.settings.update(values)
        password = self.proxy_password.text()
        if values["proxy_mode"] == "manual" and values["proxy_user"] and password:
            self.settings.set_proxy_password(password)
            changed.append("proxy_password")
        self._saved = self.settings.values()
        if {"proxy_mode", "proxy_host", "proxy_port", "proxy_user", "proxy_password"} & set(changed):
            apply_proxy(self.settings)
        self.applied.emit(changed)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def restore_defaults(self) -> None:
        """Put the defaults in the form; OK or Apply saves them."""
        self.load(dict(DEFAULTS))

    # -- helpers ---------------------------------------------------------------------------------------------------
    def _update_enabled(self) -> None:
        self.manual_box.setEnabled(self.proxy_manual.isChecked())
        if not self.proxy_manual.isChecked():
            self.errors["proxy_host"].hide()

    def _update_language_note(self) -> None:
        """Say that a language other than the one on screen needs a restart."""
        chosen = resolve_language(saved=self.language.currentData())
        self.language_note.setVisible(chosen != ui_language())

    def _language_name(self, code: str) -> str:
        return "Tiếng Việt" if code == "vi" else "English"

    def _error(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(_ERROR_STYLE)
        label.hide()
        self.errors[name] = label
        return label

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widgets[0], 1)
        for w in widgets[1:]:
            layout.addWidget(w)
        return row

    @staticmethod
    def _with_below(*widgets: QWidget) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for w in widgets:
            layout.addWidget(w)
        return column
