"""Vietnamese for Qt's own texts (Qt ships no qtbase_vi): standard buttons, message boxes, file, colour, input and
print dialogs, line-edit menus, dock widgets, undo.

``QT_VI`` maps Qt's translation context to {English source: Vietnamese}; the contexts and sources are Qt 6's
(as in the qtbase_*.qm Qt ships: QPlatformTheme holds the standard button texts of QDialogButtonBox and
QMessageBox). ``python gisdesk/i18n/translate_vi.py`` writes them to qtbase_vi.ts and compiles qtbase_vi.qm,
which ``gisdesk.app.install_translator`` installs beside gisdesk_vi.qm. tests/test_i18n.py checks that every
context/source pair here is one Qt knows.

Mnemonics (&) sit on letters without diacritics, which a Vietnamese keyboard layout types with Alt.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

_BUTTONS = {
    "OK": "Đồng ý",
    "Cancel": "Hủy",
    "Apply": "Áp dụng",
    "Close": "Đóng",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Discard": "Không lưu",
    "Help": "Trợ giúp",
    "Open": "Mở",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Abort": "Ngừng",
    "&Yes": "&Có",
    "&No": "&Không",
    "Yes to &All": "Có với &tất cả",
    "N&o to All": "Không &với tất cả",
}

_EDIT_MENU = {
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "&Cắt",
    "&Copy": "Sao ché&p",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
}

_FILE_ICONS = {
    "Drive": "Ổ đĩa",
    "File": "Tệp",
    "File Folder": "Thư mục",
    "Folder": "Thư mục",
    "Shortcut": "Lối tắt",
    "Alias": "Bí danh",
    "Unknown": "Không rõ",
}

QT_VI: dict[str, dict[str, str]] = {
    # the standard buttons of QDialogButtonBox and QMessageBox (Windows, offscreen and most platforms)
    "QPlatformTheme": dict(_BUTTONS),
    # Linux desktops with the GNOME platform theme use these instead for five buttons
    "QGnomeTheme": {
        "&OK": "Đồ&ng ý",
        "&Cancel": "&Hủy",
        "&Close": "Đón&g",
        "&Save": "&Lưu",
        "Close without Saving": "Đóng không lưu",
    },
    # Qt 5's button texts, still listed in Qt 6's translations
    "QDialogButtonBox": {
        **_BUTTONS,
        "&OK": "Đồ&ng ý",
        "&Cancel": "&Hủy",
        "&Close": "Đón&g",
        "&Save": "&Lưu",
        "Don't Save": "Không lưu",
        "Close without Saving": "Đóng không lưu",
    },
    "QMessageBox": {
        "OK": "Đồng ý",
        "Help": "Trợ giúp",
        "Show Details...": "Hiện chi tiết...",
        "Hide Details...": "Ẩn chi tiết...",
        "About Qt": "Giới thiệu Qt",
    },
    "QFileDialog": {
        "Look in:": "Tìm trong:",
        "&Look in:": "Tìm tr&ong:",
        "File &name:": "Tê&n tệp:",
        "Files of type:": "Loại tệp:",
        "Files of &type:": "&Loại tệp:",
        "Directory:": "Thư mục:",
        "Open": "Mở",
        "&Open": "&Mở",
        "Save As": "Lưu thành",
        "&Save": "&Lưu",
        "&Choose": "&Chọn",
        "All Files (*)": "Mọi tệp (*)",
        "All files (*)": "Mọi tệp (*)",
        "Directories": "Thư mục",
        "Files": "Tệp",
        "Find Directory": "Chọn thư mục",
        "New Folder": "Thư mục mới",
        "&New Folder": "Thư mục &mới",
        "Create New Folder": "Tạo thư mục mới",
        "Create a New Folder": "Tạo thư mục mới",
        "&Rename": "Đổi t&ên",
        "&Delete": "&Xóa",
        "Delete": "Xóa",
        "Remove": "Bỏ khỏi danh sách",
        "Show &hidden files": "Hiện tệp ẩ&n",
        "Back": "Lùi lại",
        "Go back": "Quay lại",
        "Forward": "Tiến tới",
        "Go forward": "Tiến tới",
        "Parent Directory": "Thư mục cha",
        "Go to the parent directory": "Lên thư mục cha",
        "List View": "Dạng danh sách",
        "Detail View": "Dạng chi tiết",
        "Change to list view mode": "Chuyển sang dạng danh sách",
        "Change to detail view mode": "Chuyển sang dạng chi tiết",
        "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Danh sách vị trí và dấu trang",
        "Recent Places": "Vị trí gần đây",
        "My Computer": "Máy tính",
        "%1 File": "Tệp %1",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn thay thế tệp này không?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
        "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xóa '%1' không?",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "'%1' đang được chống ghi.\nBạn vẫn muốn xóa chứ?",
        "Could not delete directory.": "Không xóa được thư mục.",
        **_FILE_ICONS,
    },
    "QFileSystemModel": {
        "Name": "Tên",
        "Size": "Kích thước",
        "Type": "Loại",
        "Kind": "Loại",
        "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính",
        "Computer": "Máy tính",
        "%1 bytes": "%1 byte",
        "%1 byte(s)": "%1 byte",
        "Invalid filename": "Tên tệp không hợp lệ",
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters or no punctuation '
        'marks.': '<b>Không dùng được tên "%1".</b><p>Hãy dùng tên khác, ngắn hơn hoặc không có dấu câu.',
    },
    "QAbstractFileIconProvider": dict(_FILE_ICONS),
    "QColorDialog": {
        "Select Color": "Chọn màu",
        "&Basic colors": "Màu cơ bả&n",
        "&Custom colors": "Màu &tự chọn",
        "&Add to Custom Colors": "Thêm &vào màu tự chọn",
        "&Pick Screen Color": "Lấ&y màu trên màn hình",
        "Pick Screen Color": "Lấy màu trên màn hình",
        "Hu&e:": "Sắ&c độ:",
        "&Sat:": "Độ &bão hòa:",
        "&Val:": "Độ sán&g:",
        "&Red:": "Đỏ:",
        "&Green:": "&Lục:",
        "Bl&ue:": "La&m:",
        "A&lpha channel:": "&Kênh alpha:",
        "&HTML:": "&HTML:",
        "Cursor at %1, %2\nPress ESC to cancel": "Con trỏ ở %1, %2\nNhấn ESC để hủy",
        "Cursor at %1, %2, color: %3\nPress ESC to cancel": "Con trỏ ở %1, %2, màu: %3\nNhấn ESC để hủy",
    },
    "QInputDialog": {"Enter a value:": "Nhập một giá trị:"},
    "QProgressDialog": {"Cancel": "Hủy"},
    "QLineEdit": dict(_EDIT_MENU),
    "QWidgetTextControl": {**_EDIT_MENU, "Copy &Link Location": "Sao chép địa chỉ liê&n kết"},
    "QAbstractSpinBox": {"&Select All": "Chọn tất &cả", "&Step up": "&Tăng lên", "Step &down": "G&iảm xuống"},
    "QDockWidget": {
        "Close": "Đóng",
        "Float": "Tách rời",
        "Closes the dock widget": "Đóng khung này",
        "Undocks and re-attaches the dock widget": "Tách rời hoặc gắn lại khung này",
    },
    "QTabBar": {"Scroll Left": "Cuộn sang trái", "Scroll Right": "Cuộn sang phải"},
    "QUndoStack": {"Undo": "Hoàn tác", "Redo": "Làm lại", "Undo %1": "Hoàn tác %1", "Redo %1": "Làm lại %1"},
    "QUndoGroup": {"Undo": "Hoàn tác", "Redo": "Làm lại", "Undo %1": "Hoàn tác %1", "Redo %1": "Làm lại %1"},
    "QUndoModel": {"<empty>": "<trống>"},
    "QErrorMessage": {"&OK": "Đồ&ng ý", "&Show this message again": "&Hiện lại thông báo này"},
    # the print dialog is the system's own on Windows; Qt's shows on Linux
    "QPrintDialog": {
        "Print": "In",
        "&Print": "&In",
        "OK": "Đồng ý",
        "Print to File (PDF)": "In ra tệp (PDF)",
        "Print To File ...": "In ra tệp...",
        "Local file": "Tệp trên máy",
        "Write PDF file": "Ghi tệp PDF",
        "All Pages": "Mọi trang",
        "Odd Pages": "Trang lẻ",
        "Even Pages": "Trang chẵn",
        "&Options >>": "&Tùy chọn >>",
        "&Options <<": "&Tùy chọn <<",
        "%1 already exists.\nDo you want to overwrite it?": "%1 đã có.\nBạn có muốn ghi đè không?",
    },
    "QPrintWidget": {"Printer": "Máy in", "&Name:": "&Tên:", "Location:": "Vị trí:", "Type:": "Loại:",
                     "Output &file:": "&Tệp kết quả:", "P&roperties": "T&huộc tính", "Preview": "Xem trước"},
    "QPrintSettingsOutput": {"Copies": "Số bản", "Copies:": "Số bản:", "Print range": "Phạm vi in",
                             "Print all": "In tất cả", "Pages from": "Các trang từ", "to": "đến",
                             "Current Page": "Trang hiện tại", "Selection": "Vùng chọn", "Collate": "Xếp theo bộ",
                             "Reverse": "Đảo ngược", "Options": "Tùy chọn", "Color Mode": "Chế độ màu",
                             "Color": "Màu", "Grayscale": "Thang xám"},
    "QPageSetupWidget": {"Paper": "Giấy", "Page size:": "Khổ giấy:", "Orientation": "Hướng giấy",
                         "Portrait": "Dọc", "Landscape": "Ngang", "Margins": "Lề", "Width:": "Rộng:",
                         "Height:": "Cao:", "Millimeters (mm)": "Milimét (mm)", "Centimeters (cm)": "Xentimét (cm)"},
}

HERE = Path(__file__).resolve().parent
TS = HERE / "qtbase_vi.ts"
QM = HERE / "qtbase_vi.qm"


def write_ts(path: Path = TS) -> Path:
    """Write QT_VI as a Qt Linguist file (finished translations, contexts and messages sorted)."""
    root = ET.Element("TS", version="2.1", language="vi_VN")
    root.text = "\n"
    for name in sorted(QT_VI):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sorted(QT_VI[name]):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = QT_VI[name][source]
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return path
