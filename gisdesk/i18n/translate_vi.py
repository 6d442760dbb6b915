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
    "Starting…": "Đang khởi động…",
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
    'Search text columns…': 'Tìm trong các cột văn bản…',
    'Filter by the value of a column': 'Lọc theo giá trị của một cột',
    'Selected only': 'Chỉ dòng đã chọn',
    '(any column)': '(mọi cột)',
    'Searching…': 'Đang tìm…',
    '(all values)': '(mọi giá trị)',
    '(empty)': '(trống)',
    '%s of %s rows shown, %s selected': 'Hiển thị %s / %s dòng, đã chọn %s',
    'Choose a coordinate reference system': 'Chọn hệ quy chiếu tọa độ',
    'Search by EPSG code or name, e.g. 9214 or VN-2000': 'Tìm theo mã EPSG hoặc tên, ví dụ 9214 hoặc VN-2000',
    'projected': 'tọa độ phẳng',
    'geographic': 'tọa độ địa lý',
    '%d matching CRSs': '%d hệ tọa độ phù hợp',
    'Common in Huế (%d)': 'Thường dùng ở Huế (%d)',
    'All CRSs (%d)': 'Tất cả hệ tọa độ (%d)',
    'Coordinate reference system': 'Hệ quy chiếu tọa độ',
    'Code': 'Mã',
    '%s features': '%s đối tượng',
    'Opacity': 'Độ mờ đục',
    'Opacity of the current layer': 'Độ mờ đục của lớp đang chọn',
    '&Zoom to Layer': '&Phóng tới lớp',
    'Re&name': 'Đổi &tên',
    '&Properties…': '&Thuộc tính…',
    '&Remove Layer': '&Xóa lớp',
    'Remove %d layers': 'Xóa %d lớp',
    '(no recent projects)': '(chưa có dự án mở gần đây)',
    '&Clear List': '&Xóa danh sách',
    'Open &Recent': 'Mở &gần đây',
    'Style of “%s”': 'Kiểu hiển thị của “%s”',
    'Single symbol': 'Một ký hiệu',
    'Categorized': 'Phân loại theo giá trị',
    'Graduated': 'Phân cấp theo số',
    'Heatmap': 'Bản đồ nhiệt',
    'Renderer': 'Cách hiển thị',
    'Fill colour': 'Màu tô',
    'Outline colour': 'Màu viền',
    'Fill': 'Tô',
    'Outline': 'Viền',
    'Outline width': 'Độ dày viền',
    'Marker size': 'Kích thước ký hiệu điểm',
    'Classify': 'Phân loại',
    'Value': 'Giá trị',
    'Legend': 'Chú giải',
    'Column': 'Cột',
    'Equal interval': 'Khoảng đều',
    'Quantiles (equal count)': 'Phân vị (số lượng bằng nhau)',
    'Natural breaks (Jenks)': 'Ngắt tự nhiên (Jenks)',
    'Range': 'Khoảng',
    'Method': 'Phương pháp',
    'Classes': 'Số cấp',
    'Colour ramp': 'Dải màu',
    '(none: every point counts 1)': '(không: mỗi điểm tính là 1)',
    'automatic': 'tự động',
    'Radius': 'Bán kính',
    'Weight': 'Trọng số',
    'Maximum value': 'Giá trị lớn nhất',
    'Labels': 'Nhãn',
    'Text colour': 'Màu chữ',
    'Halo colour': 'Màu viền chữ',
    'Size': 'Cỡ chữ',
    'Colour': 'Màu',
    'Halo': 'Viền chữ',
    'Halo width': 'Độ rộng viền chữ',
    'There is nothing to draw with: no classes': 'Không có gì để vẽ: chưa có nhóm nào',
    'Classifying…': 'Đang phân loại…',
    'Could not classify: %s': 'Không phân loại được: %s',
    '(no value)': '(không có giá trị)',
    'Show layer “%s”': 'Hiện lớp “%s”',
    'Hide layer “%s”': 'Ẩn lớp “%s”',
    'Change opacity of “%s”': 'Đổi độ mờ đục của “%s”',
    'Rename layer “%s”': 'Đổi tên lớp “%s”',
    'Change style of “%s”': 'Đổi kiểu hiển thị của “%s”',
    'Reorder layers': 'Sắp xếp lại các lớp',
    'Move layer “%s”': 'Di chuyển lớp “%s”',
    'Remove layer “%s”': 'Xóa lớp “%s”',
    'Add layer “%s”': 'Thêm lớp “%s”',
    'Attribute table': 'Bảng thuộc tính',
    'Import report': 'Báo cáo nhập dữ liệu',
    'Feature': 'Đối tượng',
    'Identify results': 'Kết quả truy vấn',
    'Project coordinate reference system: click to change it': 'Hệ quy chiếu tọa độ của dự án: bấm để đổi',
    'Scale 1:%s': 'Tỷ lệ 1:%s',
    'Distance: %s': 'Khoảng cách: %s',
    'Area: %s': 'Diện tích: %s',
    '&New project': 'Dự án &mới',
    '&Add layer…': '&Thêm lớp…',
    'Save &as…': 'Lưu &thành…',
    '&Undo': '&Hoàn tác',
    '&Redo': '&Làm lại',
    'Zoom to &full extent': 'Xem &toàn bộ',
    'Zoom &in': 'Phóng &to',
    'Zoom &out': 'Thu &nhỏ',
    'Zoom to &layer': 'Phóng tới &lớp',
    '&Clear selection': '&Bỏ chọn',
    'Open &attribute table': 'Mở &bảng thuộc tính',
    'Layer &style…': '&Kiểu hiển thị của lớp…',
    'Pan': 'Di chuyển bản đồ',
    'Identify features': 'Truy vấn đối tượng',
    'Select by rectangle': 'Chọn bằng hình chữ nhật',
    'Select by polygon': 'Chọn bằng đa giác',
    'Measure distance': 'Đo khoảng cách',
    'Measure area': 'Đo diện tích',
    'Open &recent': 'Mở &gần đây',
    '&Edit': '&Sửa',
    '&View': '&Xem',
    '&Layer': '&Lớp',
    'Project': 'Dự án',
    'Map navigation': 'Điều hướng bản đồ',
    'Projects and data (%s);;All files (*)': 'Dự án và dữ liệu (%s);;Mọi tệp (*)',
    'Add layer': 'Thêm lớp',
    'Data (%s);;All files (*)': 'Dữ liệu (%s);;Mọi tệp (*)',
    'Unsaved changes': 'Thay đổi chưa lưu',
    'The project has unsaved changes. Save them first?': 'Dự án có thay đổi chưa lưu. Lưu lại trước không?',
    'Some layers could not be opened': 'Không mở được một số lớp',
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
