"""The Open311 dialog against a local fake server: check, sync -> layer_ready, errors in the dialog, cancel;
and "Sync feed now" (FeedSyncRunner) on an existing layer."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from gisdesk.io.city_layers import open_open311
from gisdesk.layers.service_requests import ServiceRequestLayer
from gisdesk.widgets.feed_dialog import FeedSyncRunner, Open311Dialog
from tests.io.feeds.server import FeedServer, Reply
from tests.io.feeds.test_open311 import BASE, FEED, HUE, FakeOpen311, request_calls
from tests.io.feeds.test_open311_layer import KEY, KeyedOpen311, fake_keyring, no_keyring  # noqa: F401

UNTIL = datetime(2024, 6, 1, tzinfo=HUE)


def _records() -> list[dict]:
    return [dict(r) for r in FEED if datetime(2024, 3, 1, tzinfo=HUE) <= r["updated_datetime"] <= UNTIL]


@pytest.fixture
def srv():
    with FeedServer() as server:
        yield server


def make_dialog(qtbot, tmp_path, endpoint, **options):
    dlg = Open311Dialog(sync_options={"cache_dir": tmp_path, "until": UNTIL, **options})
    qtbot.addWidget(dlg)
    dlg.show()  # never exec(): a modal loop would hang the test
    dlg.endpoint_edit.setText(endpoint)
    dlg.jurisdiction_edit.setText("hue.gov.vn")
    dlg.period_combo.setCurrentIndex(dlg.period_combo.findData(None))  # from a date
    dlg.since_edit.setDate(QDate(2024, 3, 1))
    return dlg


def test_sync_emits_the_layer(qtbot, tmp_path, srv, no_keyring):  # noqa: F811
    endpoint = FakeOpen311(records=_records()).install(srv)
    dlg = make_dialog(qtbot, tmp_path, endpoint)
    assert dlg.api_key_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dlg.remember_check.isEnabled()  # no keyring here: nothing to remember the key in
    assert dlg.since_edit.isEnabled()
    values = []
    dlg.progress_bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(dlg.layer_ready, timeout=15000) as got:
        qtbot.mouseClick(dlg.sync_button, Qt.MouseButton.LeftButton)
        assert dlg.is_busy() and not dlg.sync_button.isEnabled()
    layer = got.args[0]
    assert isinstance(layer, ServiceRequestLayer) and len(layer) == len(_records())
    assert layer.source == endpoint and layer.read_options["jurisdiction_id"] == "hue.gov.vn"
    calls = request_calls(srv)
    assert calls[0].arg("updated_after") == "2024-03-01T00:00:00+07:00"
    assert calls[0].arg("jurisdiction_id") == "hue.gov.vn"
    assert values and values[-1] == dlg.progress_bar.maximum() == 2  # 92 days: two windows
    assert list((tmp_path / "open311").glob("*.gpkg"))  # the local copy, in the cache folder given
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert dlg.result() == Open311Dialog.DialogCode.Accepted


def test_check_lists_the_request_types(qtbot, tmp_path, srv, no_keyring):  # noqa: F811
    endpoint = FakeOpen311().install(srv)
    dlg = make_dialog(qtbot, tmp_path, endpoint)
    with qtbot.waitSignal(dlg.services_listed, timeout=10000) as got:
        dlg.check_button.click()
    assert got.args[0] == ["Rác thải", "Cây xanh", "Ngập úng", "Đèn đường", "Hư hỏng mặt đường"]
    assert [dlg.services_list.item(i).text() for i in range(dlg.services_list.count())] == got.args[0]
    assert "5" in dlg.services_label.text() and not dlg.is_busy()
    assert srv.calls[-1].path == f"{BASE}services.json"


def test_errors_show_in_the_dialog_which_stays_open(qtbot, tmp_path, srv, no_keyring):  # noqa: F811
    srv.route(f"{BASE}requests.json", lambda req: Reply(200, "<html><b>Hệ thống đang bảo trì</b></html>",
                                                        {"Content-Type": "text/html"}))
    dlg = make_dialog(qtbot, tmp_path, srv.url(BASE))
    ready = []
    dlg.layer_ready.connect(ready.append)
    with qtbot.waitSignal(dlg.failed, timeout=10000) as got:
        dlg.sync_button.click()
    text = dlg.error_text()
    assert text == got.args[0] and srv.url(BASE) in text and "not valid JSON" in text
    assert "<b>" in text and "Traceback" not in text  # the server's markup is shown as text
    assert dlg.isVisible() and not dlg.is_busy() and dlg.sync_button.isEnabled() and not ready
    # an empty address is refused before anything runs
    dlg.endpoint_edit.setText("  ")
    dlg.sync_button.click()
    assert "web address" in dlg.error_text() and not dlg.is_busy()
    dlg.endpoint_edit.setText("ftp://example.org/open311")
    with qtbot.waitSignal(dlg.failed, timeout=10000):
        dlg.check_button.click()
    assert "http://" in dlg.error_text() and dlg.isVisible()


def test_cancel_stops_the_sync_and_keeps_the_dialog(qtbot, tmp_path, srv, no_keyring):  # noqa: F811
    fake = FakeOpen311()
    endpoint = fake.install(srv)
    srv.route(f"{BASE}requests.json", lambda req: Reply(200, [], delay=0.3))  # each window takes a while
    dlg = make_dialog(qtbot, tmp_path, endpoint)
    dlg.since_edit.setDate(QDate(2023, 1, 1))  # many windows
    ready = []
    dlg.layer_ready.connect(ready.append)
    dlg.sync_button.click()
    qtbot.waitUntil(lambda: len(request_calls(srv)) >= 1, timeout=5000)
    assert dlg.cancel_button.text() == "Stop"
    t0 = time.monotonic()
    dlg.cancel_button.click()
    qtbot.waitUntil(lambda: not dlg.is_busy(), timeout=5000)
    assert time.monotonic() - t0 < 2
    assert "Cancelled" in dlg.status_label.text() and not dlg.error_text()
    assert dlg.isVisible() and not ready and len(request_calls(srv)) < 5
    assert not list(tmp_path.rglob("*.gpkg"))  # nothing was written
    dlg.cancel_button.click()  # idle: Cancel closes
    assert not dlg.isVisible() and dlg.result() == Open311Dialog.DialogCode.Rejected


def test_the_key_is_remembered_only_in_the_keyring(qtbot, tmp_path, srv, fake_keyring):  # noqa: F811
    endpoint = KeyedOpen311(records=_records()).install(srv)
    dlg = make_dialog(qtbot, tmp_path, endpoint)
    assert dlg.remember_check.isEnabled()
    dlg.api_key_edit.setText(KEY)
    dlg.remember_check.setChecked(True)
    with qtbot.waitSignal(dlg.layer_ready, timeout=15000) as got:
        dlg.sync_button.click()
    layer = got.args[0]
    assert list(fake_keyring.values()) == [KEY]
    assert KEY not in json.dumps(layer.get_state())
    # the next dialog needs no key: the keyring has it
    dlg2 = make_dialog(qtbot, tmp_path / "other", endpoint)
    with qtbot.waitSignal(dlg2.layer_ready, timeout=15000):
        dlg2.sync_button.click()


def test_sync_feed_now_updates_the_layer_in_place(qtbot, tmp_path, srv, no_keyring):  # noqa: F811
    fake = FakeOpen311(records=_records())
    endpoint = fake.install(srv)
    layer = open_open311(endpoint, cache_path=tmp_path / "c.gpkg", since="2024-03-01", until=UNTIL)
    n = len(layer)
    later = UNTIL + timedelta(days=1)
    fake.records.append({**FEED[0], "service_request_id": 800001, "requested_datetime": later,
                         "updated_datetime": later, "status": "open"})
    runner = FeedSyncRunner()
    changed = []
    layer.events.data.connect(lambda *a: changed.append(1))
    with qtbot.waitSignal(runner.finished, timeout=15000) as got:
        assert runner.start(layer, until=later + timedelta(hours=1))
        assert not runner.start(layer)  # already running
    assert got.args[0] is layer and got.args[1].added == 1
    assert len(layer) == n + 1 and "800001" in set(layer.attributes["service_request_id"])
    assert changed and not runner.is_running()
    srv.routes.clear()
    with qtbot.waitSignal(runner.failed, timeout=15000) as bad:
        runner.start(layer)
    assert bad.args[0] is layer and "kept unchanged" in bad.args[1] and len(layer) == n + 1
