"""Fill gisdesk_vi.ts with the Vietnamese texts below and compile gisdesk_vi.qm.

    pyside6-lupdate gisdesk/widgets/*.py gisdesk/app.py -ts gisdesk/i18n/gisdesk_vi.ts
    python gisdesk/i18n/translate_vi.py          # fills the translations and runs pyside6-lrelease

Translators may equally edit the .ts in Qt Linguist; this table is the reviewed source for now.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "gisdesk_vi.ts"
QM = HERE / "gisdesk_vi.qm"

VI = {
    "Untitled": "Chưa đặt tên",
    "Layers": "Lớp bản đồ",
    "&Project": "&Dự án",
    "&Open…": "&Mở…",
    "&Save": "&Lưu",
    "&Quit": "&Thoát",
    "Open project or data": "Mở dự án hoặc dữ liệu",
    "Projects and data (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif "
    "*.tiff);;All files (*)": "Dự án và dữ liệu (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb "
    "*.csv *.xlsx *.tif *.tiff);;Mọi tệp (*)",
    "Opening %s…": "Đang mở %s…",
    "Project %s: %d layer(s)": "Dự án %s: %d lớp",
    "Could not open: %s": "Không mở được: %s",
    "Could not open": "Không mở được",
    "Ready": "Sẵn sàng",
    "Project CRS: %s": "Hệ tọa độ của dự án: %s",
    "Save project": "Lưu dự án",
    "gisdesk project (*%s)": "Dự án gisdesk (*%s)",
    "Could not save": "Không lưu được",
    "Saved %s": "Đã lưu %s",
}


def fill(ts_path: Path = TS) -> list[str]:
    """Write the translations into the .ts; return the source texts that have none."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in VI:
            translation.text = VI[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    missing = fill()
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, str(TS), "-qm", str(QM)], check=True)
    for m in missing:
        print(f"no Vietnamese text yet: {m!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
