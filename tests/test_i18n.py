"""The UI ships in Vietnamese: every tr() string of the widgets and every text of the analysis toolbox has a
Vietnamese text, and the .qm is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gisdesk.i18n import I18N_DIR, analysis_vi, translate_vi
from tests.conftest import ROOT


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def test_every_ui_string_has_a_vietnamese_text(tmp_path):
    ts = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gisdesk" / "widgets").glob("*.py")) + [str(ROOT / "gisdesk" / "app.py")]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True)
    found = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert len(found) >= 15  # lupdate really scanned the widgets
    missing = sorted(found - set(translate_vi.VI))
    assert not missing, f"add Vietnamese texts to gisdesk/i18n/translate_vi.py: {missing}"
    committed = {m.findtext("source"): m.findtext("translation") for c in
                 ET.parse(I18N_DIR / "gisdesk_vi.ts").getroot().iter("context")
                 if c.findtext("name") not in (translate_vi.ANALYSIS_CONTEXT, translate_vi.MODEL_CONTEXT)
                 for m in c.iter("message")
                 if m.find("translation").get("type") not in ("vanished", "obsolete")}
    assert all(committed.get(s) == translate_vi.VI[s] for s in found), "run python gisdesk/i18n/translate_vi.py"


def test_compiled_qm_matches_the_ts(tmp_path):
    qm = tmp_path / "vi.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(I18N_DIR / "gisdesk_vi.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == (I18N_DIR / "gisdesk_vi.qm").read_bytes()


def test_window_in_vietnamese_and_english(qtbot, qapp, restore_locale):
    from PySide6.QtCore import QCoreApplication

    from gisdesk.app import install_translator
    from gisdesk.widgets.main_window import MainWindow

    assert install_translator(qapp, "vi") == "vi"
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.menuBar().actions()[0].text() == "&Dự án"
    # back to English: remove our translators
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
    assert install_translator(qapp, "en") == "en"
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert w2.menuBar().actions()[0].text() == "&Project"


# -- the analysis toolbox: texts lupdate cannot see, in the context "analysis" ---------------------------------
def _committed_analysis_context() -> dict[str, ET.Element]:
    root = ET.parse(I18N_DIR / "gisdesk_vi.ts").getroot()
    contexts = [c for c in root.iter("context") if c.findtext("name") == translate_vi.ANALYSIS_CONTEXT]
    assert len(contexts) == 1, "run python gisdesk/i18n/translate_vi.py"
    return {m.findtext("source"): m.find("translation") for m in contexts[0].iter("message")}


def test_every_algorithm_text_has_a_vietnamese_text():
    texts = translate_vi.analysis_texts()
    # the collection reaches every kind of text: names, groups, descriptions, labels, help, choices, progress
    for text, where in [("Hot spots (Getis-Ord Gi*)", "hotspots: name"), ("Proximity", "buffer: group"),
                        ("Cell size", "hotspots.cell_size: label"), ("Which empty cells of a grid take part.",
                                                                      "hotspots.empty_cells: help"),
                        ("Hexagon grid", "hotspots.units=hexagons: choice")]:
        assert where in texts[text]
    assert "progress message (hotspots.py)" in texts["Testing for hot spots"]
    assert "Kernel density (heat map raster)" in texts and "Zonal statistics" in texts
    missing = sorted(set(texts) - set(analysis_vi.VI))
    assert not missing, f"add Vietnamese texts to gisdesk/i18n/analysis_vi.py: {missing}"
    unused = sorted(set(analysis_vi.VI) - set(texts))
    assert not unused, f"these English texts are no longer used by any algorithm (changed?): {unused}"
    committed = _committed_analysis_context()
    for text in texts:
        assert text in committed, "run python gisdesk/i18n/translate_vi.py"
        assert committed[text].text == analysis_vi.VI[text], "run python gisdesk/i18n/translate_vi.py"
        assert committed[text].get("type") is None  # finished: lrelease includes it


def test_no_progress_message_is_built_untranslatable(tmp_path):
    """Progress messages are literals (translated by the toolbox) or tr/trf templates (translated where they are
    made); one built as an f-string could not be looked up, and the scan names it."""
    literal, dynamic = translate_vi.progress_messages()
    assert "Reading the points" in literal and "" not in literal
    assert dynamic == []
    (tmp_path / "tool.py").write_text(
        "def run(feedback, layer):\n"
        "    feedback.progress(0.1, f'Reading {layer.name}')\n"
        "    feedback.progress(0.2, trf('Reading {layer}', layer=layer.name))\n"
        "    feedback.progress(0.3, 'Counting')\n", encoding="utf-8")
    literal, dynamic = translate_vi.progress_messages(tmp_path)
    assert literal == {"Counting": ["tool.py:4"]}
    assert dynamic == ["tool.py:2: f'Reading {layer.name}'"]


_KEEP = re.compile(r"%[sd]|\b[A-Za-z0-9]+_[A-Za-z0-9_]*|µg/m³|km²|QCVN 05:2023/BTNMT|Gi\*|PM2\.5|PM10|GeoTIFF|"
                   r"exactextract|Open311|NYC 311|\d+ ?m\b|\d+ ?%")


def test_vietnamese_keeps_column_names_units_and_placeholders():
    table = analysis_vi.VI
    for en, vi in table.items():
        assert vi.strip() and vi == vi.strip(), en
        keep = _KEEP.findall(en)
        lost = [k for k in keep if k not in vi]
        assert not lost, f"{en!r}: the Vietnamese lost {lost}"
    # and it is Vietnamese: every name and group differs from the English
    algs = translate_vi._import_analysis()[0]().values()
    for text in {a.name for a in algs} | {a.group for a in algs}:
        assert analysis_vi.VI[text] != text


@pytest.fixture
def restore_locale():
    """install_translator sets the default QLocale and the format helpers' language: put them back."""
    from PySide6.QtCore import QLocale

    from gisdesk import settings

    before, lang = QLocale(), settings.ui_language()
    yield
    QLocale.setDefault(before)
    settings.set_ui_language(lang, set_default_locale=False)


@pytest.fixture
def vietnamese(qapp, restore_locale):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from gisdesk.app import install_translator

    assert install_translator(qapp, "vi") == "vi"
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    assert QCoreApplication.translate("analysis", "Buffer") == "Buffer"  # English again
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_compiled_qm_translates_every_algorithm_text(vietnamese):
    from PySide6.QtCore import QCoreApplication

    from gisdesk.widgets.toolbox import atr

    assert atr("Hot spots (Getis-Ord Gi*)") == "Điểm nóng (Getis-Ord Gi*)"
    assert atr("Kernel density (heat map raster)") == "Mật độ hạt nhân (raster bản đồ nhiệt)"
    wrong = {t: QCoreApplication.translate("analysis", t) for t in translate_vi.analysis_texts()
             if QCoreApplication.translate("analysis", t) != analysis_vi.VI[t]}
    assert not wrong, "run python gisdesk/i18n/translate_vi.py"
    from gisdesk.core.i18n import trf

    assert trf("Reading {layer}", layer="Phường") == "Đang đọc Phường"  # a run-time progress text, in the model


def test_analysis_context_survives_a_later_lupdate(tmp_path):
    """lupdate marks the "analysis" context vanished (no tr() call holds it); the script restores it, and the
    .qm built from that is the committed one."""
    ts, qm = tmp_path / "vi.ts", tmp_path / "vi.qm"
    shutil.copy(I18N_DIR / "gisdesk_vi.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "gisdesk" / "widgets").glob("*.py")) + [str(ROOT / "gisdesk" / "app.py")]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True)
    after_lupdate = {m.findtext("source"): m.find("translation").get("type") for c in ET.parse(ts).getroot()
                     .iter("context") if c.findtext("name") == "analysis" for m in c.iter("message")}
    assert set(after_lupdate.values()) == {"vanished"}  # what the script has to undo
    assert translate_vi.update(ts) == []
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (I18N_DIR / "gisdesk_vi.qm").read_bytes()


def test_toolbox_shows_vietnamese_groups_and_tools(qtbot, vietnamese):
    from gisdesk.analysis import algorithms
    from gisdesk.widgets.toolbox import ToolboxDock

    algs = algorithms()
    dock = ToolboxDock()
    qtbot.addWidget(dock)
    assert dock.windowTitle() == "Hộp công cụ phân tích"
    groups = {dock.tree.topLevelItem(i).text(0) for i in range(dock.tree.topLevelItemCount())}
    assert groups == {analysis_vi.VI[a.group] for a in algs.values()}
    assert "Điểm nóng và mật độ" in groups
    tools = {it.text(0): it.toolTip(0) for it in dock.tool_items()}
    assert tools == {analysis_vi.VI[a.name]: analysis_vi.VI[a.description] for a in algs.values()}
    dock.filter("diem nong")  # Vietnamese without its marks finds the tools (here by their group)
    assert sorted(dock.shown_tools()) == ["hotspots", "kernel_density"]
    dock.filter("điểm lạnh")  # and by their description
    assert dock.shown_tools() == ["hotspots"]
    dock.filter("độ sâu ngập")  # flood depth: the zonal statistics description
    assert dock.shown_tools() == ["zonal_statistics"]
    dock.filter("kernel density")  # the English still works
    assert dock.shown_tools() == ["kernel_density"]


def test_tool_dialog_in_vietnamese(qtbot, vietnamese):
    from types import SimpleNamespace

    from PySide6.QtWidgets import QFormLayout

    from gisdesk.analysis import get_algorithm
    from gisdesk.widgets.toolbox import AlgorithmDialog

    project = SimpleNamespace(layers=[], time_window=None, crs="EPSG:9214")
    dialog = AlgorithmDialog(get_algorithm("hotspots"), project)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Điểm nóng (Getis-Ord Gi*)"
    labels = [dialog.form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().text()
              for i in range(dialog.form.rowCount())
              if dialog.form.itemAt(i, QFormLayout.ItemRole.LabelRole) is not None]
    assert labels == ["Lớp điểm *", "Giá trị cần cộng", "Đơn vị vùng", "Kích thước ô", "Lớp đa giác",
                      "Ô lưới trống", "Số lần hoán vị"]
    units = dialog.editors["units"]
    assert [units.itemText(i) for i in range(units.count())] == [
        "Lưới lục giác", "Lưới ô vuông", "Đa giác của một lớp (ví dụ phường/xã)"]
    assert units.currentData() == "hexagons"  # the values stay the English keys
    assert dialog.editors["cell_size"].toolTip().startswith("Với lưới: khoảng cách")
    assert dialog.run_button.text() == "Chạy"
    assert dialog.window_label.text().startswith("Khoảng thời gian: toàn bộ")
    dialog._progress(0.5, "Testing for hot spots")
    assert dialog.status.text() == "Đang kiểm định điểm nóng"


# -- Qt's own texts: standard buttons and dialogs (qt_vi.py -> qtbase_vi.qm) -----------------------------------
def _qt_translations() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _read_qm(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of a compiled .qm (its "messages" block: tag, big-endian length,
    bytes; 7 = context, 6 = source text, 3 = translation (UTF-16), 1 = end of a message)."""
    import struct

    data = path.read_bytes()
    i, block = 16, b""
    while i < len(data):
        tag, length = data[i], struct.unpack(">I", data[i + 1:i + 5])[0]
        if tag == 0x69:
            block = data[i + 5:i + 5 + length]
        i += 5 + length
    out, j, current = [], 0, {}
    while j < len(block):
        tag = block[j]
        j += 1
        if tag == 1:
            out.append((current.get(7, ""), current.get(6, "")))
            current = {}
            continue
        if tag == 5:
            continue
        length = struct.unpack(">I", block[j:j + 4])[0]
        j += 4
        if length == 0xFFFFFFFF:
            length = 0
        if tag in (6, 7):
            current[tag] = block[j:j + length].decode("utf-8")
        j += length
    return out


def test_qt_texts_use_the_contexts_and_sources_qt_translates():
    """Every context/source in qt_vi.QT_VI is one Qt 6 looks up: each is in some translation Qt ships (a typo or
    a Qt 5 context would silently stay English)."""
    from gisdesk.i18n import qt_vi

    shipped = set()
    for qm in sorted(_qt_translations().glob("qtbase_*.qm")):
        shipped.update(_read_qm(qm))
    if not shipped:
        pytest.skip("this PySide6 ships no qtbase translations to compare with")
    assert ("QPlatformTheme", "Restore Defaults") in shipped  # the reader works
    unknown = sorted((c, s) for c, texts in qt_vi.QT_VI.items() for s in texts if (c, s) not in shipped)
    assert not unknown, unknown
    for texts in qt_vi.QT_VI.values():
        for source, vi in texts.items():
            assert vi.strip() and vi.count("&") <= 1 and re.findall("%[0-9]", vi) == re.findall("%[0-9]", source)


def test_qt_qm_is_current(tmp_path):
    from gisdesk.i18n import qt_vi

    ts, qm = qt_vi.write_ts(tmp_path / "qtbase_vi.ts"), tmp_path / "qtbase_vi.qm"
    assert ts.read_text(encoding="utf-8") == (I18N_DIR / "qtbase_vi.ts").read_text(encoding="utf-8"), \
        "run python gisdesk/i18n/translate_vi.py"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (I18N_DIR / "qtbase_vi.qm").read_bytes(), "run python gisdesk/i18n/translate_vi.py"


def test_qt_standard_buttons_in_vietnamese(qtbot, vietnamese):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    B = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(B.Ok | B.Cancel)
    qtbot.addWidget(box)
    assert box.button(B.Ok).text() == "Đồng ý" and box.button(B.Cancel).text() == "Hủy"
    # every standard button the UI may show has a Vietnamese text
    every = [b for b in B if b not in (B.NoButton,) and b.name not in ("FirstButton", "LastButton")]
    english = {"Ok": "OK", "Save": "Save", "SaveAll": "Save All", "Open": "Open", "Yes": "&Yes",
               "YesToAll": "Yes to &All", "No": "&No", "NoToAll": "N&o to All", "Abort": "Abort", "Retry": "Retry",
               "Ignore": "Ignore", "Close": "Close", "Cancel": "Cancel", "Discard": "Discard", "Help": "Help",
               "Apply": "Apply", "Reset": "Reset", "RestoreDefaults": "Restore Defaults"}
    assert {b.name for b in every} == set(english)
    all_buttons = QDialogButtonBox()
    qtbot.addWidget(all_buttons)
    for b in every:
        all_buttons.addButton(b)
    texts = {b.name: all_buttons.button(b).text() for b in every}
    untranslated = {name: text for name, text in texts.items() if text == english[name]}
    assert not untranslated, untranslated
    assert texts["Discard"] == "Không lưu" and texts["RestoreDefaults"] == "Khôi phục mặc định"
    # the message box: Yes / No and its details button
    box = QMessageBox(QMessageBox.Icon.Question, "gisdesk", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Không"
    box.show()
    details = [b.text() for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert details == ["Hiện chi tiết..."]


def test_qt_file_and_colour_dialogs_in_vietnamese(qtbot, vietnamese):
    from PySide6.QtWidgets import QColorDialog, QFileDialog, QLabel, QPushButton

    files = QFileDialog(None, "Mở", "", "Dự án (*.gisdesk);;Mọi tệp (*)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    labels = {label.text() for label in files.findChildren(QLabel)}
    assert {"Tìm tr&ong:", "Tê&n tệp:", "&Loại tệp:"} <= labels
    assert "&Mở" in {b.text() for b in files.findChildren(QPushButton)}
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeView

    tree = files.findChild(QTreeView, "treeView")  # the detail view: the file system model's headers
    model = tree.model()
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Tên", "Kích thước", "Loại", "Ngày sửa"]
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(colours)
    assert colours.windowTitle() == "Chọn màu"
    assert "Màu cơ bả&n" in {label.text() for label in colours.findChildren(QLabel)}


def test_numbers_and_dates_follow_the_ui_language(restore_locale):
    import datetime as dt

    from gisdesk import settings

    when = dt.datetime(2025, 12, 31, 20, 15, tzinfo=dt.UTC)  # 1 January 2026, 03:15 in Huế
    settings.set_ui_language("vi")
    assert settings.fmt_number(1234567.891, 2) == "1.234.567,89"
    assert settings.fmt_int(50000) == "50.000"
    assert settings.fmt_date(when) == "01/01/2026" and settings.fmt_datetime(when) == "01/01/2026 03:15"
    assert settings.fmt_date(dt.date(2025, 3, 9)) == "09/03/2025"
    assert settings.fmt_area(123_456.0) == "12,35 ha" and settings.fmt_area(950.0) == "950 m²"
    assert settings.fmt_area(123_456.0, "km2") == "0,123 km²"
    assert settings.fmt_distance(1500.0) == "1,500 km" and settings.fmt_distance(850.0) == "850,0 m"
    from PySide6.QtCore import QLocale

    assert QLocale().decimalPoint() == ","  # spin boxes too
    settings.set_ui_language("en")
    assert settings.fmt_number(1234567.891, 2) == "1,234,567.89" and settings.fmt_int(50000) == "50,000"
    assert settings.fmt_datetime(when) == "2026-01-01 03:15"
    assert settings.fmt_area(123_456.0, "m2") == "123,456 m²"


def test_every_model_text_has_a_vietnamese_text():
    """The Qt-free code's own texts (``gisdesk.core.i18n.tr``, e.g. the basemap's status) are found by
    translate_vi.model_texts and each has Vietnamese with the same placeholders; the committed .qm holds them."""
    import string

    texts = translate_vi.model_texts()
    assert "offline: showing cached tiles ({n} of {m})" in texts  # the scan finds them
    missing = sorted(set(texts) - set(translate_vi.MODEL_VI))
    assert not missing, f"add Vietnamese texts to translate_vi.MODEL_VI: {missing}"

    def fields(t: str) -> list[str]:
        return sorted(f for _, f, _, _ in string.Formatter().parse(t) if f is not None)

    for text in texts:
        assert fields(text) == fields(translate_vi.MODEL_VI[text]), text
    committed = {m.findtext("source"): m.findtext("translation") for c in
                 ET.parse(I18N_DIR / "gisdesk_vi.ts").getroot().iter("context")
                 if c.findtext("name") == translate_vi.MODEL_CONTEXT for m in c.iter("message")}
    assert committed == {t: translate_vi.MODEL_VI[t] for t in texts}, "run python gisdesk/i18n/translate_vi.py"


def test_model_messages_go_through_tr():
    """Errors users see, import-report lines and analysis summaries are written with core.i18n.tr/trf, never as a
    raw f-string or literal (those would stay English in the Vietnamese UI). A raise never shown to users is
    marked ``# programming error``."""
    found = translate_vi.untranslated_messages()
    assert not found, "write these with gisdesk.core.i18n.trf(...) and add Vietnamese to gisdesk/i18n/model_vi/:\n" \
        + "\n".join(found)


def test_the_message_scan_finds_raw_texts(tmp_path):
    """The scan behind the test above catches each kind of raw message, and lets tr/trf texts and marked
    programming errors pass."""
    source = tmp_path / "module.py"
    source.write_text(
        "from gisdesk.core.i18n import tr, trf\n"
        "def f(report, summary, path, n):\n"
        "    report.warn('crs', f'{n} rows have no CRS')\n"                         # 3: raw
        "    report.warn('crs', trf('{n:,} rows have no CRS', n=n))\n"
        "    summary.append('Counted every point.')\n"                               # 5: raw
        "    summary.append(tr('Counted every point.'))\n"
        "    x = Result(summary=[f'{n} points'])\n"                                   # 7: raw
        "    if n:\n"
        "        raise ReadError(path, 'the file is empty ' + str(n))\n"              # 9: raw
        "    if n > 1:\n"
        "        raise ValueError(f'bad n {n}')  # programming error\n"
        "    raise AnalysisError(trf('{n} is too many', n=n))\n",
        encoding="utf-8")
    found = translate_vi.untranslated_messages([source])
    assert [f.split(":")[1].split()[0] for f in found] == ["3", "5", "7", "9"], found


def test_window_shows_the_models_messages_in_vietnamese(qtbot, vietnamese, window, shared_data, tmp_path):
    """End to end with the committed .qm: a shapefile without .prj opened in the Vietnamese window gives a
    Vietnamese import report (the report's own words, the reader's sentences, numbers with a decimal comma), and
    a file that cannot be read gives a Vietnamese reason."""
    shp = shared_data / "shapefile_quirks/pyshp/blockgroups_no_prj/blockgroups.shp"
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_paths([str(shp)])
    text = window.report_view.toPlainText()
    assert "lớp 'blockgroups' (ESRI Shapefile): 663/663 đối tượng" in text
    assert "THÔNG TIN tệp đi kèm: blockgroups không có tệp .prj, nên không khai báo hệ tọa độ." in text
    assert "CẢNH BÁO hệ tọa độ: Không có tệp .prj: Tọa độ (x từ -122,515 đến -122,328" in text
    assert "Đây là phỏng đoán, hãy kiểm tra lại." in text and "Lớp có lẫn Polygon (655) và MultiPolygon (8)" in text
    assert "has no .prj" not in text and "WARNING" not in text
    bad = tmp_path / "hỏng.shp"
    bad.write_bytes(b"not a shapefile at all")
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        window.open_paths([str(bad)])
    assert window.shown_warnings and window.shown_warnings[-1].endswith(
        "hỏng.shp: không phải shapefile: đó là văn bản thuần (ví dụ bảng CSV) mang đuôi .shp.")
    assert "Không mở được" in window.report_view.toPlainText(), window.report_view.toPlainText()[-400:]
