"""The UI ships in Vietnamese: every tr() string of the widgets has a Vietnamese text, and the .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from gisdesk.i18n import I18N_DIR, translate_vi
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
    committed = {m.findtext("source"): m.findtext("translation") for m in
                 ET.parse(I18N_DIR / "gisdesk_vi.ts").getroot().iter("message")}
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
