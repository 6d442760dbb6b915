"""The plain main window: opens the sample project in a worker and lists its layers (qtbot)."""

from __future__ import annotations

import pytest

from gisdesk.core.project import Project


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    # pytest-qt closes the window before fixtures end: answer the unsaved-changes question with "Discard"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    from gisdesk.widgets.main_window import MainWindow

    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    return w


def test_opens_sample_project(window, qtbot, sample_data, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    project_file = sample_data / "hue_sample.gisdesk"
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_paths([str(project_file)])
    expected = Project.load(project_file)
    assert window.project.path == project_file.absolute()
    assert window.project.load_problems == []
    model = window.layer_panel.model
    names = [model.data(model.index(i), Qt.ItemDataRole.DisplayRole) for i in range(model.rowCount())]
    assert names == list(reversed(expected.layers.names()))  # top layer first, as in QGIS
    assert not window.project.modified  # layers arrive one by one while the project opens: not an edit
    assert window.canvas.wait_for_render() and window.canvas._image is not None
    assert "EPSG:9214" in window.crs_button.text()
    # the attribute table follows the current layer
    requests = window.project.layers.by_name("Phản ánh của người dân")
    window.layer_panel.set_current_layer(requests)
    assert window.attribute_table.model.total_count == len(requests) == 50_000
    # toggle visibility in the panel: undoable, marks the project modified
    index = model.index(names.index(requests.name))
    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert requests.visible is False and window.project.modified and window.windowTitle().startswith("*")
    window.undo_stack.undo()
    assert requests.visible is True
    # save as, reopen: the same layers and states
    out = tmp_path / "copy.gisdesk"
    assert window._save_to(out)
    again = Project.load(out)
    assert again.layers.names() == window.project.layers.names()
    assert again.view_extent == pytest.approx(window.canvas.extent)  # the view is saved with the project
    assert str(out.absolute()) in window.recent.paths()


def test_tools_identify_select_measure(window, qtbot, sample_data):
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_paths([str(sample_data / "hue_sample.gisdesk")])
    canvas = window.canvas
    assert canvas.wait_for_render()
    window.set_tool("select_rect")
    w, h = canvas.width(), canvas.height()
    counts = canvas.select_in_pixel_polygon([(0, 0), (w, 0), (w, h), (0, h)])
    requests = window.project.layers.by_name("Phản ánh của người dân")
    assert counts[requests.name] == len(requests)  # everything is in view at full extent
    canvas.clear_selection()
    window.set_tool("measure_distance")
    with qtbot.waitSignal(canvas.measured):
        canvas._rubber = [canvas.rect().center().toPointF()]
        canvas._hover = None
        from PySide6.QtCore import QPointF

        canvas._rubber.append(QPointF(canvas.rect().center().x() + 100, canvas.rect().center().y()))
        canvas._emit_measure(final=True)
    assert window.measure_label.text().startswith(("Distance", "Khoảng cách"))
    window.set_tool("identify")
    wards = window.project.layers.by_name("Phường/xã (2025)")
    hits = canvas.identify(w / 2, h / 2)
    assert any(layer is wards for layer, _ in hits)
    window._show_identify(hits)
    assert window.identify_tree.topLevelItemCount() == min(len(hits), 50)
    # a request under the cursor: identified from the point arrays, its fields in the identify panel
    from PySide6.QtCore import QPointF

    from gisdesk.render.geometry import transform_coords

    row = 123
    mx, my = transform_coords(requests.points.x[[row]], requests.points.y[[row]], requests.crs, window.project.crs)
    p = canvas.settings().map_to_pixel().map(QPointF(float(mx[0]), float(my[0])))
    hits = canvas.identify(p.x(), p.y())
    assert (requests, row) in hits
    window._show_identify([(requests, row)])
    item = window.identify_tree.topLevelItem(0)
    fields = {item.child(i).text(0): item.child(i).text(1) for i in range(item.childCount())}
    assert fields["service_request_id"] == str(requests.attributes["service_request_id"].iloc[row])
    history = next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0) in ("History", "Lịch sử"))
    assert history.childCount() == len(requests.history(row)) >= 2  # requested ... closed/due, one click away
    # table, selection, style dialog, tooltips: 50,000 requests never became shapely points
    window.layer_panel.set_current_layer(requests)
    requests.selection = [row, row + 1]
    canvas.wait_for_render()
    from gisdesk.widgets.style_dialog import StyleDialog

    StyleDialog(requests, window.undo_stack, window).deleteLater()
    assert requests.points is not None and not requests.geometries_built


def test_unsaved_changes_prompt(window, qtbot, monkeypatch):
    import geopandas as gpd
    from PySide6.QtWidgets import QMessageBox
    from shapely.geometry import Point

    from gisdesk.layers import VectorLayer

    window.project.add_layer(VectorLayer(gpd.GeoDataFrame(geometry=[Point(107.6, 16.46)], crs=4326), name="p"))
    assert window.project.modified
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert window.maybe_save() is False
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.maybe_save() is True


def test_bad_file_shows_message_and_keeps_running(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.shp"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.open_paths([str(bad)])
    assert shown and "empty" in shown[0] and str(bad) in shown[0]
    assert window.layer_panel.model.rowCount() == 0


def test_gisdesk_command_opens_the_sample_and_quits(tmp_path, sample_data):
    """`gisdesk PROJECT` as a user runs it (offscreen), with a screenshot of the window."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    shot = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GISDESK_QUIT_AFTER_LOAD="1", GISDESK_SCREENSHOT=str(shot))
    proc = subprocess.run([sys.executable, "-m", "gisdesk", str(sample_data / "hue_sample.gisdesk")], cwd=ROOT, check=False,
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 600


def test_drop_files_and_status_bar(window, qtbot, tmp_path):
    import geopandas as gpd
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from shapely.geometry import Point

    path = tmp_path / "diem.geojson"
    gpd.GeoDataFrame({"ten": ["Kim Long"]}, geometry=[Point(107.554, 16.462)], crs=4326).to_file(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.loaded, timeout=30_000):
        window.dropEvent(event)
    assert window.project.layers.names() == ["diem"]
    # cursor position in the project CRS and in lon/lat
    window._show_cursor(560_000.0, 1_820_000.0)
    assert window.coord_label.text() == "560,000.0; 1,820,000.0"
    assert window.lonlat_label.text().endswith("°E") and "16." in window.lonlat_label.text()


def test_saved_view_is_restored_and_layers_keep_their_order(window, qtbot, sample_data, tmp_path):
    """A project opens at its saved view; its layers, read in parallel, end up in the file's order even when
    they arrive in another order."""
    project = Project.load(sample_data / "hue_sample.gisdesk")
    project.view_extent = (560000.0, 1815000.0, 565000.0, 1818000.0)
    out = tmp_path / "view.gisdesk"
    import shutil

    for f in sample_data.iterdir():  # the project's relative sources must resolve from tmp_path
        if f.suffix in (".gpkg", ".tif", ".zip"):
            shutil.copy(f, tmp_path / f.name)
    project.save(out)
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_paths([str(out)])
    assert window.project.layers.names() == project.layers.names()
    ext = window.canvas.extent
    cx, cy = (ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2
    assert cx == pytest.approx(562500.0) and cy == pytest.approx(1816500.0)
    assert ext[2] - ext[0] >= 5000.0 - 1e-6 and ext[3] - ext[1] >= 3000.0 - 1e-6  # the view fits the window
    assert not window.project.modified


def test_layers_arriving_out_of_order_take_their_place(window):
    import geopandas as gpd
    from shapely.geometry import Point

    from gisdesk.layers import VectorLayer

    shell = Project(name="p", crs="EPSG:4326")
    window._project_opened(shell)
    layers = [VectorLayer(gpd.GeoDataFrame(geometry=[Point(107.5 + i / 10, 16.4)], crs=4326), name=f"l{i}")
              for i in range(4)]
    for i in (2, 0, 3, 1):
        window._layer_arrived(i, layers[i])
    assert shell.layers.names() == ["l0", "l1", "l2", "l3"]
    assert not shell.modified
    ext = window.canvas.extent  # no saved view: the map follows the layers as they arrive
    assert ext[0] <= 107.5 and ext[2] >= 107.8


def test_import_service_requests_from_the_layer_menu(window, qtbot, tmp_path):
    from gisdesk.layers import ServiceRequestLayer

    csv = tmp_path / "phan_anh.csv"
    csv.write_text("Mã phản ánh,Lĩnh vực,Trạng thái,Thời gian gửi,Vĩ độ,Kinh độ,Nội dung\n"
                   "PA-1,Môi trường,Đã xử lý,01/06/2025 08:30,16.46,107.59,Rác ở Phú Hội\n"
                   "PA-2,Giao thông,Đang xử lý,02/06/2025 09:00,16.47,107.60,<b>Ổ gà</b>\n", encoding="utf-8")
    assert window.act_import_requests in window.menuBar().actions()[3].menu().actions()
    dialog = window.import_requests(str(csv))
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    with qtbot.waitSignal(dialog.layer_ready, timeout=20_000):
        dialog.accept()
    layer = window.project.layers[-1]
    assert isinstance(layer, ServiceRequestLayer) and len(layer) == 2
    assert layer.attributes["service_request_id"].tolist() == ["PA-1", "PA-2"]
    assert layer.attributes["status"].tolist() == ["closed", "open"]
    assert layer.attributes["description"].tolist()[1] == "<b>Ổ gà</b>"  # citizen text kept as text
    assert layer.mapping["fields"]["service_request_id"] == "Mã phản ánh"


# -- the UI language: --lang, $GISDESK_LANG, the saved setting, the system locale ------------------------------
@pytest.fixture
def clean_translators(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from gisdesk import settings

    before, lang = QLocale(), settings.ui_language()
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(before)
    settings.set_ui_language(lang, set_default_locale=False)


def test_language_follows_the_system_locale_unless_chosen():
    from PySide6.QtCore import QLocale

    from gisdesk.settings import resolve_language

    vietnamese = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert resolve_language(system=vietnamese) == "vi"
    assert resolve_language(system=english) == "en"
    assert resolve_language(system=french) == "vi"  # neither: the city's desks work in Vietnamese
    assert resolve_language(saved="system", system=english) == "en"
    assert resolve_language(saved="vi", system=english) == "vi"  # the saved choice beats the system
    assert resolve_language(env="en_US.UTF-8", saved="vi", system=vietnamese) == "en"  # $GISDESK_LANG beats it
    assert resolve_language(explicit="vi", env="en", saved="en", system=english) == "vi"  # --lang beats all
    assert resolve_language(explicit="fr", env="", saved="xx", system=english) == "en"  # unknown ones skipped


def test_install_translator_reads_the_saved_language(clean_translators, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from gisdesk.app import install_translator
    from gisdesk.settings import Settings, ui_language

    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    Settings(qsettings).language = "en"
    monkeypatch.delenv("GISDESK_LANG", raising=False)
    assert install_translator(clean_translators, None, qsettings) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel" and ui_language() == "en"
    monkeypatch.setenv("GISDESK_LANG", "vi")  # the environment beats the saved setting
    assert install_translator(clean_translators, None, qsettings) == "vi"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"  # Qt's own buttons too
    assert QCoreApplication.translate("MainWindow", "&Project") == "&Dự án"
    assert QLocale().language() == QLocale.Language.Vietnamese and ui_language() == "vi"
