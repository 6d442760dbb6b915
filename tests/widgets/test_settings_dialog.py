"""The Settings dialog and gisdesk.settings: every preference round-trips through the dialog into an INI
QSettings, problems are shown beside their field, defaults, the proxy reaches httpx."""

from __future__ import annotations

import http.server
import os
import threading
import typing

import pytest

from gisdesk import settings as settings_module
from gisdesk.settings import DEFAULTS, Settings


@pytest.fixture
def ini(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def proxy_env(monkeypatch):
    """The proxy variables as this test leaves them are undone afterwards; start with none set."""
    for name in settings_module._PROXY_VARS:
        monkeypatch.setenv(name, "x")  # recorded, so the undo removes what apply_proxy sets
        monkeypatch.delenv(name)
    monkeypatch.setattr(settings_module, "_env_snapshot", None)
    return os.environ


@pytest.fixture
def dialog(qtbot, ini, proxy_env):
    from gisdesk.widgets.settings_dialog import SettingsDialog

    d = SettingsDialog(ini)
    qtbot.addWidget(d)
    return d


def _reread(ini):
    from PySide6.QtCore import QSettings

    ini.sync()
    return Settings(QSettings(ini.fileName(), QSettings.Format.IniFormat))


def _click(dialog, which):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.buttons.button(getattr(QDialogButtonBox.StandardButton, which)).click()


def test_defaults(ini, dialog):
    s = Settings(ini)
    assert s.values() == DEFAULTS
    assert s.default_crs == "EPSG:9214" and s.language == "system" and s.proxy_mode == "system"
    assert s.basemap() is None and s.basemap_url == ""  # no basemap, so nothing is fetched
    assert dialog.form_values() == DEFAULTS
    assert dialog.crs_label.text() == "EPSG:9214 — VN-2000 / TM-3 107-00"
    assert dialog.proxy_system.isChecked() and not dialog.manual_box.isEnabled()
    assert not any(label.isVisible() for label in dialog.errors.values())
    assert s.start_folder() and os.path.isdir(s.start_folder())  # Documents (or home) when none is set


def test_every_setting_round_trips_through_the_dialog(ini, dialog, tmp_path, qtbot, monkeypatch):
    from gisdesk.widgets import crs_dialog

    monkeypatch.setattr(crs_dialog.CrsDialog, "get_crs", classmethod(lambda cls, parent, current: "EPSG:3405"))
    folder = tmp_path / "Dữ liệu phường"
    folder.mkdir()
    assert settings_module.ui_language() == "en"  # the UI on screen (tests run in English)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isVisibleTo(dialog)  # the language on screen: nothing to restart
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert dialog.language_note.isVisibleTo(dialog)  # "used the next time gisdesk starts"
    dialog.distance_unit.setCurrentIndex(dialog.distance_unit.findData("km"))
    dialog.area_unit.setCurrentIndex(dialog.area_unit.findData("ha"))
    dialog.crs_button.click()
    assert dialog.crs_label.text().startswith("EPSG:3405 — VN-2000 / UTM zone 48N")
    dialog.folder.setText(str(folder))
    dialog.basemap_url.setText("https://tiles.hue.gov.vn/nen/{z}/{x}/{y}.png")
    dialog.basemap_attribution.setText("© Sở Xây dựng Huế")
    dialog.proxy_manual.setChecked(True)
    assert dialog.manual_box.isEnabled()
    dialog.proxy_host.setText("proxy.hue.gov.vn")
    dialog.proxy_port.setValue(3128)
    dialog.proxy_user.setText("canbo")
    with qtbot.waitSignal(dialog.applied) as signal:
        _click(dialog, "Apply")
    expected = {"language": "vi", "default_crs": "EPSG:3405", "default_folder": str(folder),
                "distance_unit": "km", "area_unit": "ha",
                "basemap_url": "https://tiles.hue.gov.vn/nen/{z}/{x}/{y}.png",
                "basemap_attribution": "© Sở Xây dựng Huế", "proxy_mode": "manual",
                "proxy_host": "proxy.hue.gov.vn", "proxy_port": 3128, "proxy_user": "canbo"}
    assert sorted(signal.args[0]) == sorted(expected)  # every one changed
    again = _reread(ini)
    assert again.values() == expected  # a fresh QSettings on the same file: really written
    assert again.start_folder() == str(folder)
    assert again.basemap() == ("https://tiles.hue.gov.vn/nen/{z}/{x}/{y}.png", "© Sở Xây dựng Huế")
    assert again.proxy_url() == "http://canbo@proxy.hue.gov.vn:3128"  # no keyring here: no password
    assert dialog.language_note.isVisibleTo(dialog)  # saved, but still for the next start
    # a new dialog on the same settings shows them
    from gisdesk.widgets.settings_dialog import SettingsDialog

    d2 = SettingsDialog(again.qsettings)
    qtbot.addWidget(d2)
    assert d2.form_values() == expected
    assert d2.proxy_manual.isChecked() and d2.proxy_port.value() == 3128
    # Restore Defaults fills the form; OK saves and closes
    _click(d2, "RestoreDefaults")
    assert d2.form_values() == DEFAULTS
    assert _reread(ini).values() == expected  # not saved yet
    _click(d2, "Ok")
    assert d2.result() == d2.DialogCode.Accepted
    assert _reread(ini).values() == DEFAULTS


def test_cancel_saves_nothing(ini, dialog):
    dialog.basemap_url.setText("https://a.example/{z}/{x}/{y}.png")
    dialog.area_unit.setCurrentIndex(dialog.area_unit.findData("km2"))
    _click(dialog, "Cancel")
    assert _reread(ini).values() == DEFAULTS


@pytest.mark.parametrize(("url", "problem"), [
    ("tiles.example.vn/{z}/{x}/{y}.png", "http:// or https://"),
    ("ftp://tiles.example.vn/{z}/{x}/{y}.png", "http:// or https://"),
    ("https://tiles.example.vn/{z}/{x}.png", "{z}, {x} and {y}"),
    ("https:///{z}/{x}/{y}.png", "no server name"),
    ("https://tiles.example.vn/{z}/{x}/{y} .png", "spaces"),
])
def test_a_bad_tile_address_is_shown_beside_it_and_not_saved(ini, dialog, url, problem):
    dialog.show()
    dialog.basemap_url.setText(url)
    _click(dialog, "Ok")
    error = dialog.errors["basemap_url"]
    assert error.isVisible() and problem in error.text()
    assert dialog.isVisible()  # OK did not close the dialog
    assert _reread(ini).basemap_url == ""
    dialog.basemap_url.setText("http://127.0.0.1:8080/{z}/{x}/{y}.png")  # typing hides the message
    assert not error.isVisible()
    assert dialog.apply() and _reread(ini).basemap_url == "http://127.0.0.1:8080/{z}/{x}/{y}.png"


def test_proxy_and_folder_problems_are_shown_inline(ini, dialog, tmp_path):
    dialog.show()
    dialog.proxy_manual.setChecked(True)
    for host, problem in [("", "name or address"), ("http://proxy.hue.gov.vn", "without http://"),
                          ("proxy.hue.gov.vn:3128", "port"), ("proxy hue", "spaces")]:
        dialog.proxy_host.setText(host)
        assert not dialog.apply()
        assert dialog.errors["proxy_host"].isVisible() and problem in dialog.errors["proxy_host"].text(), host
    dialog.proxy_host.setText("10.0.0.1")
    dialog.folder.setText(str(tmp_path / "không có"))
    assert not dialog.apply()
    assert not dialog.errors["proxy_host"].isVisible()
    assert dialog.errors["default_folder"].isVisible() and "does not exist" in dialog.errors["default_folder"].text()
    assert _reread(ini).values() == DEFAULTS  # nothing saved while a field is wrong
    dialog.proxy_system.setChecked(True)  # a wrong manual host does not matter when the proxy is not manual
    dialog.proxy_host.setText("http://wrong")
    dialog.folder.setText("")
    assert dialog.apply()
    assert _reread(ini).proxy_mode == "system"


def test_hand_edited_values_fall_back_to_defaults(ini):
    ini.setValue("units/area", "acres")
    ini.setValue("network/proxy_port", "abc")
    ini.setValue("ui/language", "fr")
    ini.setValue("projects/default_crs", "")
    s = Settings(ini)
    assert (s.area_unit, s.proxy_port, s.language, s.default_crs) == ("auto", 8080, "system", "EPSG:9214")
    with pytest.raises(ValueError):
        s.area_unit = "acres"


class _FakeProxy(http.server.BaseHTTPRequestHandler):
    seen: typing.ClassVar[list[str]] = []

    def do_GET(self):
        type(self).seen.append(self.path)
        body = b"via proxy"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_proxy():
    _FakeProxy.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FakeProxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_the_proxy_setting_reaches_every_httpx_client(ini, proxy_env, fake_proxy, monkeypatch):
    """apply_proxy sets the variables httpx reads: a plain httpx.get (as the Open311 and SensorThings feeds
    make their clients) goes through the manual proxy, and directly with "none"."""
    import httpx
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        store: typing.ClassVar[dict] = {}

        def get_password(self, service, user):
            return self.store.get((service, user))

        def set_password(self, service, user, password):
            self.store[(service, user)] = password

        def delete_password(self, service, user):
            self.store.pop((service, user), None)

    keyring.set_keyring(Memory())  # conftest puts the "fail" backend back afterwards
    s = Settings(ini)
    port = fake_proxy.server_address[1]
    proxy_env["NO_PROXY"] = "internal.hue.gov.vn"  # the user's own exceptions are kept
    s.update({"proxy_mode": "manual", "proxy_host": "127.0.0.1", "proxy_port": port, "proxy_user": "cán bộ"})
    assert s.set_proxy_password("p@ss:1")
    url = settings_module.apply_proxy(s)
    assert url == f"http://c%C3%A1n%20b%E1%BB%99:p%40ss%3A1@127.0.0.1:{port}"
    assert os.environ["HTTPS_PROXY"] == url and os.environ["NO_PROXY"] == "internal.hue.gov.vn"
    response = httpx.get("http://open311.example.invalid/requests.json", timeout=5)
    assert response.text == "via proxy"
    assert _FakeProxy.seen == ["http://open311.example.invalid/requests.json"]  # the absolute form: a proxy
    with httpx.Client(**s.httpx_options()) as client:  # the explicit way gives the same
        assert client.get("http://other.example.invalid/", timeout=5).text == "via proxy"
    # "none": every client connects directly, whatever the environment says
    s.proxy_mode = "none"
    assert settings_module.apply_proxy(s) is None
    assert os.environ["NO_PROXY"] == "*" and "HTTPS_PROXY" not in os.environ
    _FakeProxy.seen.clear()
    assert httpx.get(f"http://127.0.0.1:{port}/direct", timeout=5).text == "via proxy"
    assert _FakeProxy.seen == ["/direct"]  # the origin form: no proxy between
    # "system": the variables gisdesk started with
    s.proxy_mode = "system"
    settings_module.apply_proxy(s)
    assert os.environ.get("NO_PROXY") == "internal.hue.gov.vn" and "HTTPS_PROXY" not in os.environ


def test_dialog_applies_a_new_proxy_at_once(dialog, proxy_env):
    dialog.proxy_manual.setChecked(True)
    dialog.proxy_host.setText("proxy.hue.gov.vn")
    dialog.proxy_port.setValue(8081)
    assert dialog.apply()
    assert os.environ["HTTP_PROXY"] == "http://proxy.hue.gov.vn:8081"
    dialog.proxy_none.setChecked(True)
    assert dialog.apply()
    assert "HTTP_PROXY" not in os.environ and os.environ["NO_PROXY"] == "*"


def test_settings_dialog_in_vietnamese(qtbot, ini, proxy_env, vietnamese_ui, tmp_path):
    """As a user sees it: every label, group and Qt's own buttons in Vietnamese (and a picture to look at)."""
    from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QRadioButton

    from gisdesk.widgets.settings_dialog import SettingsDialog

    d = SettingsDialog(ini)
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Cài đặt"
    groups = [g.title() for g in d.findChildren(QGroupBox)]
    assert groups == ["Ngôn ngữ và đơn vị", "Dự án và tệp", "Bản đồ nền", "Mạng"]
    B = QDialogButtonBox.StandardButton
    assert [d.buttons.button(b).text() for b in (B.Ok, B.Apply, B.Cancel, B.RestoreDefaults)] == [
        "Đồng ý", "Áp dụng", "Hủy", "Khôi phục mặc định"]
    assert d.language.itemText(0) == "Theo hệ thống (hiện là: Tiếng Việt)"
    assert d.findChildren(QRadioButton)[0].text() == "Không dùng proxy (kết nối trực tiếp)"
    d.basemap_url.setText("tiles/{z}")
    d.apply()
    assert d.errors["basemap_url"].text() == "Địa chỉ phải bắt đầu bằng http:// hoặc https://."
    texts = [label.text() for label in d.findChildren(QLabel) if label.isVisible() and label.text()]
    english = [t for t in texts if any(w in t for w in (" the ", "Language", "folder", "Network"))]
    assert not english, english
    if os.environ.get("GISDESK_SHOT_DIR"):  # for a person to look at
        d.grab().save(os.path.join(os.environ["GISDESK_SHOT_DIR"], "settings_vi.png"))


@pytest.fixture
def vietnamese_ui(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from gisdesk.app import install_translator

    before = QLocale()
    assert install_translator(qapp, "vi") == "vi"
    yield
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(before)
    settings_module.set_ui_language("en", set_default_locale=False)
