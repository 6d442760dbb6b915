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
                 if c.findtext("name") != translate_vi.ANALYSIS_CONTEXT for m in c.iter("message")
                 if m.find("translation").get("type") not in ("vanished", "obsolete")}
    assert all(committed.get(s) == translate_vi.VI[s] for s in found), "run python gisdesk/i18n/translate_vi.py"


def test_compiled_qm_matches_the_ts(tmp_path):
    qm = tmp_path / "vi.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(I18N_DIR / "gisdesk_vi.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == (I18N_DIR / "gisdesk_vi.qm").read_bytes()


def test_window_in_vietnamese_and_english(qtbot, qapp):
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


def test_dynamic_progress_messages_are_known():
    """Messages built at run time cannot be looked up; the script lists them (f"Reading {layer.name}")."""
    literal, dynamic = translate_vi.progress_messages()
    assert "Reading the points" in literal and "" not in literal
    assert any("f'Reading {" in d for d in dynamic)
    assert not any("Reading the points" in d for d in dynamic)


_KEEP = re.compile(r"%[sd]|\b[A-Za-z0-9]+_[A-Za-z0-9_]*|µg/m³|km²|QCVN 05:2023/BTNMT|Gi\*|PM2\.5|PM10|GeoTIFF|"
                   r"exactextract|Open311|NYC 311|\d+ ?m\b|\d+ ?%")


def test_vietnamese_keeps_column_names_units_and_placeholders():
    table = {**analysis_vi.VI, **analysis_vi.TEMPLATES}
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
def vietnamese(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from gisdesk.app import install_translator

    assert install_translator(qapp, "vi") == "vi"
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    assert QCoreApplication.translate("analysis", "Buffer") == "Buffer"  # English again


def test_compiled_qm_translates_every_algorithm_text(vietnamese):
    from PySide6.QtCore import QCoreApplication

    from gisdesk.widgets.toolbox import atr

    assert atr("Hot spots (Getis-Ord Gi*)") == "Điểm nóng (Getis-Ord Gi*)"
    assert atr("Kernel density (heat map raster)") == "Mật độ hạt nhân (raster bản đồ nhiệt)"
    wrong = {t: QCoreApplication.translate("analysis", t) for t in translate_vi.analysis_texts()
             if QCoreApplication.translate("analysis", t) != analysis_vi.VI[t]}
    assert not wrong, "run python gisdesk/i18n/translate_vi.py"
    assert atr("Reading %s") % "Phường" == "Đang đọc Phường"


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
