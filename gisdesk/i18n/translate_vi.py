"""Fill gisdesk_vi.ts with the Vietnamese texts and compile gisdesk_vi.qm.

    pyside6-lupdate gisdesk/widgets/*.py gisdesk/app.py -ts gisdesk/i18n/gisdesk_vi.ts
    python gisdesk/i18n/translate_vi.py          # fills the translations and runs pyside6-lrelease

It also writes qtbase_vi.ts / qtbase_vi.qm from ``qt_vi.QT_VI``: Vietnamese for Qt's own standard buttons and
dialogs, which Qt does not ship.

Two tables: ``VI`` below holds the widgets' tr() texts (the contexts lupdate finds); ``analysis_vi.VI`` holds the
analysis toolbox's texts (algorithm names, groups, descriptions, parameter labels, help, choices, progress
messages), which are class attributes lupdate cannot see. The script collects those from
``gisdesk.analysis.algorithms()`` and the ``feedback.progress(fraction, "...")`` calls of gisdesk/analysis, and
(re)writes them as the context "analysis" after every lupdate run (lupdate marks that context vanished).

Translators may edit the widget contexts in Qt Linguist; the "analysis" context is rewritten from analysis_vi.py
on every run, so its texts are edited there. This table is the reviewed source for now.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "gisdesk_vi.ts"
QM = HERE / "gisdesk_vi.qm"
ROOT = HERE.parents[1]
ANALYSIS_DIR = ROOT / "gisdesk" / "analysis"
ANALYSIS_CONTEXT = "analysis"  # widgets.toolbox.atr() translates in this context

VI = {
    "Starting…": "Đang khởi động…",
    "History": "Lịch sử",
    "Requested": "Gửi phản ánh",
    "Updated": "Cập nhật",
    "Due": "Hạn xử lý",
    "Closed": "Đã đóng",
    "Untitled": "Chưa đặt tên",
    "Layers": "Lớp bản đồ",
    "&Project": "&Dự án",
    "&Open…": "&Mở…",
    "&Save": "&Lưu",
    "&Quit": "T&hoát",  # not &t: "Lưu &thành…" has it
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
    # the layers panel's styles for service requests
    'Style by &state': '&Kiểu theo trạng thái',
    'Style by &category (icons)': 'Kiểu theo &lĩnh vực (biểu tượng)',
    'Colour the requests by state: overdue, open, closed':
        'Tô màu các phản ánh theo trạng thái: quá hạn, đang mở, đã đóng',
    'Give each of the most frequent categories of requests its own marker shape and colour':
        'Cho mỗi lĩnh vực phản ánh thường gặp nhất một hình và màu biểu tượng riêng',
    'Style by category': 'Kiểu theo lĩnh vực',
    'The requests of “%s” have no category to style them by.':
        'Các phản ánh của “%s” không có lĩnh vực nào để tạo kiểu theo.',
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
    '&New project': 'Tạo &dự án mới',  # not &m: "&Mở…" has it
    '&Add layer…': '&Thêm lớp…',
    'Save &as…': 'Lưu &thành…',
    '&Undo': '&Hoàn tác',
    '&Redo': '&Làm lại',
    'Zoom to &full extent': 'Xem &toàn bộ',
    'Zoom &in': '&Phóng to',  # not &t: "Xem &toàn bộ" has it
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
    # the time slider dock (widgets/time_slider.py)
    'Time': 'Thời gian',
    'All time': 'Toàn bộ thời gian',
    'Show every row, whatever its time.': 'Hiển thị mọi dòng, bất kể thời gian.',
    'Custom range': 'Khoảng tùy chọn',
    'Last 24 hours': '24 giờ qua',
    'Last 7 days': '7 ngày qua',
    'Last 30 days': '30 ngày qua',
    'This week': 'Tuần này',
    'This month': 'Tháng này',
    'Until now': 'Đến hiện tại',
    'Presets end at the current time instead of at the end of the data.':
        'Các khoảng có sẵn kết thúc ở thời điểm hiện tại thay vì ở cuối dữ liệu.',
    'From': 'Từ',
    'To': 'Đến',
    'Times are in Asia/Ho_Chi_Minh (UTC+07:00).': 'Thời gian theo múi giờ Asia/Ho_Chi_Minh (UTC+07:00).',
    'Move the window through the data.': 'Di chuyển khoảng thời gian dọc theo dữ liệu.',
    'Step back': 'Lùi một bước',
    'Step forward': 'Tiến một bước',
    'Play': 'Phát',
    'Pause': 'Tạm dừng',
    'Step': 'Bước',
    '1 hour': '1 giờ',
    '1 day': '1 ngày',
    '1 week': '1 tuần',
    'Window length': 'Độ dài khoảng',
    'Speed': 'Tốc độ',
    'Time between two frames of the animation': 'Thời gian giữa hai khung hình của hoạt ảnh',
    '0.5 s': '0,5 giây',
    '1 s': '1 giây',
    '2 s': '2 giây',
    'Loop': 'Lặp lại',
    'At the end of the data, start again from the beginning.': 'Đến cuối dữ liệu thì bắt đầu lại từ đầu.',
    'The end must be after the start.': 'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
    'No layer has a time field.': 'Không lớp nào có trường thời gian.',
    '%s of %s time-stamped rows shown': 'Hiển thị %s / %s dòng có thời gian',
    # the service-request import dialog (widgets/request_import.py)
    'Import service requests…': 'Nhập phản ánh hiện trường…',
    'Import service requests: %s': 'Nhập phản ánh hiện trường: %s',
    'Sheet:': 'Trang tính:',
    'Layer:': 'Lớp:',
    'Columns': 'Cột dữ liệu',
    'Position and time': 'Vị trí và thời gian',
    'Statuses': 'Trạng thái',
    'Deadlines': 'Thời hạn xử lý',
    'Preview (first %d requests)': 'Xem trước (%d phản ánh đầu tiên)',
    'Import': 'Nhập',
    'Cancel': 'Hủy',
    'Field': 'Trường',
    'Source column': 'Cột nguồn',
    'Example value': 'Giá trị ví dụ',
    'Why': 'Lý do',
    'Open311 field: %s': 'Trường Open311: %s',
    'The file has its own point geometry: it places the requests first; the columns below are used where a '
    'feature has none.': 'Tệp có sẵn hình học điểm: vị trí phản ánh được lấy từ đó trước; các cột dưới đây chỉ '
    'được dùng khi một đối tượng không có hình học.',
    'Position': 'Vị trí',
    'EPSG code, e.g. 9214 (VN-2000 Huế) or 2263 (New York)': 'Mã EPSG, ví dụ 9214 (VN-2000 Huế) hoặc 2263 (New York)',
    'Choose…': 'Chọn…',
    'Latitude': 'Vĩ độ',
    'Longitude': 'Kinh độ',
    'Location (both in one column)': 'Vị trí (cả hai trong một cột)',
    'Projected X': 'Tọa độ phẳng X',
    'Projected Y': 'Tọa độ phẳng Y',
    'CRS of X/Y': 'Hệ tọa độ của X/Y',
    'Each request takes its position from latitude/longitude, else from the location column, else from X/Y (only '
    'once their CRS is set).': 'Mỗi phản ánh lấy vị trí từ vĩ độ/kinh độ, nếu không có thì từ cột vị trí, sau cùng '
    'từ X/Y (chỉ khi đã đặt hệ tọa độ của chúng).',
    'Dates and times': 'Ngày và giờ',
    'Automatic (from the values)': 'Tự động (theo giá trị)',
    'Day first (dd/mm/yyyy)': 'Ngày trước (dd/mm/yyyy)',
    'Month first (mm/dd/yyyy)': 'Tháng trước (mm/dd/yyyy)',
    'Time zone of times written without one': 'Múi giờ của thời gian không ghi múi giờ',
    'Date order': 'Thứ tự ngày tháng',
    'What each status written in the file means. Statuses gisdesk does not know count as open until you choose.':
        'Ý nghĩa của từng trạng thái ghi trong tệp. Trạng thái gisdesk không nhận ra được tính là đang mở cho đến '
        'khi bạn chọn.',
    'Status in the file': 'Trạng thái trong tệp',
    'Requests': 'Số phản ánh',
    'Means': 'Nghĩa là',
    'No status column is mapped.': 'Chưa chọn cột trạng thái.',
    'Optional: hours allowed per category. A request without its own due time is overdue once it has been open '
    'longer (0 = no deadline).': 'Không bắt buộc: số giờ cho phép theo từng lĩnh vực. Phản ánh không có hạn xử lý '
    'riêng bị quá hạn khi đã mở lâu hơn thế (0 = không có thời hạn).',
    'Category': 'Lĩnh vực',
    'Deadline (hours)': 'Thời hạn (giờ)',
    'No category column is mapped.': 'Chưa chọn cột lĩnh vực.',
    '— none —': '— không —',
    'Request id': 'Mã phản ánh',
    'Category code': 'Mã lĩnh vực',
    'Status': 'Trạng thái',
    'Status as written': 'Trạng thái như trong tệp',
    'Requested at': 'Thời gian gửi',
    'Updated at': 'Thời gian cập nhật',
    'Due at': 'Hạn xử lý',
    'Closed at': 'Thời gian hoàn thành',
    'Description': 'Nội dung',
    'Reply / status notes': 'Trả lời / ghi chú xử lý',
    'Address': 'Địa chỉ',
    'Address id': 'Mã địa chỉ',
    'Postcode': 'Mã bưu chính',
    'Ward': 'Phường/Xã',
    'Ward code': 'Mã phường/xã',
    'Agency': 'Đơn vị xử lý',
    'Urgency': 'Mức độ khẩn',
    'Channel': 'Kênh tiếp nhận',
    'Photo URL': 'Đường dẫn ảnh',
    'Service notice': 'Thông báo dịch vụ',
    'Due (computed)': 'Hạn (đã tính)',
    'State': 'Tình trạng',
    'open': 'đang mở',
    'closed': 'đã đóng',
    'overdue': 'quá hạn',
    '“%s” is not a time zone name: choose one from the list, such as Asia/Ho_Chi_Minh.':
        '“%s” không phải tên múi giờ: hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh.',
    '“%s” is not a coordinate reference system gisdesk knows: type an EPSG code such as 9214 or 2263.':
        '“%s” không phải hệ quy chiếu tọa độ gisdesk biết: hãy nhập mã EPSG, ví dụ 9214 hoặc 2263.',
    'Reading %s…': 'Đang đọc %s…',
    '(first sheet with data)': '(trang tính đầu tiên có dữ liệu)',
    '(first layer)': '(lớp đầu tiên)',
    '%s (not in this file)': '%s (không có trong tệp này)',
    'The saved column mapping is used.': 'Đang dùng cách ghép cột đã lưu.',
    'Open311 field names': 'tên trường Open311',
    'the NYC 311 export': 'tệp xuất NYC 311',
    'the Socrata API (NYC 311)': 'API Socrata (NYC 311)',
    'Vietnamese column names': 'tên cột tiếng Việt',
    'column names matched one by one': 'tên cột được ghép từng cột một',
    'Detected: %s (confidence %d%%). Check the columns below.':
        'Nhận dạng: %s (độ tin cậy %d%%). Hãy kiểm tra các cột bên dưới.',
    'chosen by you': 'do bạn chọn',
    'Updating the preview…': 'Đang cập nhật bản xem trước…',
    'The preview could not be made: %s': 'Không tạo được bản xem trước: %s',
    '%d requests, %d with a location': '%d phản ánh, %d có vị trí',
    'not recognised (counts as open)': 'không nhận ra (tính là đang mở)',
    'none': 'không',
    ' h': ' giờ',
    'Importing…': 'Đang nhập…',
    'Could not import: %s': 'Không nhập được: %s',
    # sensor chart dock (gisdesk/widgets/sensor_chart.py) and the "Open sensors…" action
    "Sensor readings": "Số đo cảm biến",
    "Parameter:": "Thông số:",
    "The parameter the stations show, on the map and here": "Thông số các trạm hiển thị, trên bản đồ và tại đây",
    "No readings": "Không có số đo",
    "No reading": "Không có số đo",
    "Limit %s %s": "Giới hạn %s %s",
    "No sensor layer": "Chưa có lớp cảm biến",
    "Open a sensor layer to see its readings": "Mở một lớp cảm biến để xem số đo",
    "Select a station on the map to see its readings": "Chọn một trạm trên bản đồ để xem số đo",
    "No reading before the end of the time window": "Không có số đo trước khi khoảng thời gian kết thúc",
    "Latest: %s %s at %s": "Mới nhất: %s %s lúc %s",
    "%s%% of the limit": "bằng %s%% giới hạn",
    "%s periods over the limit in the time window": "%s kỳ vượt giới hạn trong khoảng thời gian",
    "%s periods over the limit": "%s kỳ vượt giới hạn",
    "Temperature": "Nhiệt độ",
    "Humidity": "Độ ẩm",
    "Pressure": "Áp suất",
    "Water level": "Mực nước",
    "Flood depth": "Độ sâu ngập",
    "Rainfall": "Lượng mưa",
    "1-hour mean": "Trung bình 1 giờ",
    "8-hour mean": "Trung bình 8 giờ",
    "24-hour mean": "Trung bình 24 giờ",
    "annual mean": "Trung bình năm",
    "Good": "Tốt",
    "Moderate": "Trung bình",
    "Over the limit": "Vượt giới hạn",
    "No limit for this parameter": "Không có giới hạn cho thông số này",
    "No data": "Không có dữ liệu",
    "Open &sensors…": "Mở dữ liệu &cảm biến…",
    "Open sensors": "Mở dữ liệu cảm biến",
    "Sensor readings (*.csv *.xlsx *.xlsm *.parquet *.gpkg);;All files (*)":
        "Số đo cảm biến (*.csv *.xlsx *.xlsm *.parquet *.gpkg);;Mọi tệp (*)",
    # Open311 feed dialog (gisdesk/widgets/feed_dialog.py) and its Layer-menu actions
    "Add Open311 feed": "Thêm nguồn Open311",
    "Add Open311 feed…": "Thêm nguồn Open311…",
    "Sync feed now": "Đồng bộ nguồn ngay",
    "%s: %d new and %d updated requests": "%s: %d phản ánh mới và %d phản ánh được cập nhật",
    "Could not sync %s: %s": "Không đồng bộ được %s: %s",
    "Endpoint:": "Địa chỉ dịch vụ:",
    "Jurisdiction id:": "Mã đơn vị quản lý:",
    "Optional, e.g. hue.gov.vn": "Không bắt buộc, ví dụ hue.gov.vn",
    "API key:": "Khóa API:",
    "Optional": "Không bắt buộc",
    "Remember in the system keyring": "Ghi nhớ trong kho khóa của hệ thống",
    "No system keyring is available: the key is not kept; type it again next time.":
        "Không có kho khóa của hệ thống: khóa không được lưu; lần sau hãy nhập lại.",
    "Period:": "Khoảng thời gian:",
    "Last 90 days": "90 ngày qua",
    "Last 365 days": "365 ngày qua",
    "From a date": "Từ một ngày",
    "How far back the first sync reaches; later syncs fetch only what changed since.":
        "Lần đồng bộ đầu tiên lấy dữ liệu lùi về bao xa; các lần sau chỉ lấy những gì đã thay đổi.",
    "Check": "Kiểm tra",
    "List the request types the endpoint offers": "Liệt kê các loại phản ánh mà dịch vụ cung cấp",
    "Asking %s for its request types…": "Đang hỏi %s về các loại phản ánh…",
    "%d request types offered": "Có %d loại phản ánh",
    "Sync": "Đồng bộ",
    "Syncing %s…": "Đang đồng bộ %s…",
    "%d of %d periods": "%d / %d khoảng thời gian",
    "%d requests": "%d phản ánh",
    "Stop": "Dừng",
    "Stopping…": "Đang dừng…",
    "Cancelled: nothing was changed.": "Đã hủy: không có gì thay đổi.",
    "Type the web address of the Open311 endpoint first.": "Hãy nhập địa chỉ web của dịch vụ Open311 trước.",
    # layer filter dock (widgets/layer_filter.py)
    "Filter": "Lọc",
    "%s (filtered)": "%s (đang lọc)",
    "%s of %s features shown": "Đang hiện %s trên %s đối tượng",
    "%s of %s requests shown": "Đang hiện %s trên %s phản ánh",
    "All": "Chọn hết",
    "None": "Bỏ hết",
    "Clear filters": "Xóa bộ lọc",
    "Hide the rows with any of the listed values": "Ẩn các dòng có một trong các giá trị đang liệt kê",
    "Show the rows with any of the listed values": "Hiện các dòng có một trong các giá trị đang liệt kê",
    "Only vector layers can be filtered.": "Chỉ lọc được lớp vector.",
    "Open": "Đang mở",
    "Overdue": "Quá hạn",
    "Open: %s (overdue: %s), closed: %s": "Đang mở: %s (quá hạn: %s), đã đóng: %s",
    "Search values": "Tìm giá trị",
    "Select a layer to filter its rows.": "Chọn một lớp để lọc các dòng của nó.",
    "Show every row of the layer again": "Hiện lại mọi dòng của lớp",
    "The column whose values you choose": "Cột có các giá trị bạn chọn",
    "This layer has no column with few enough values to filter by.":
        "Lớp này không có cột nào có ít giá trị đủ để lọc theo.",
    # marker shapes (widgets/style_dialog.py)
    "Marker shape": "Hình dạng ký hiệu điểm",
    "Circle": "Hình tròn",
    "Square": "Hình vuông",
    "Triangle": "Tam giác",
    "Diamond": "Hình thoi",
    "Star": "Ngôi sao",
    "Pentagon": "Ngũ giác",
    "Hexagon": "Lục giác",
    "Cross": "Dấu cộng",
    "Diagonal cross": "Dấu nhân",
    # analysis toolbox and results (widgets/toolbox.py, widgets/analysis_results.py, the Analysis menu); the
    # algorithms' own texts are in analysis_vi.py
    "&Analysis": "&Phân tích",
    "&Toolbox": "&Hộp công cụ",
    "Analysis toolbox": "Hộp công cụ phân tích",
    "Search tools…": "Tìm công cụ…",
    "Run": "Chạy",
    "Close": "Đóng",
    "(none)": "(không chọn)",
    "Selected features only": "Chỉ các đối tượng đã chọn",
    "Selected features only (%d)": "Chỉ các đối tượng đã chọn (%d)",
    "The time slider does not apply to this tool.": "Thanh trượt thời gian không áp dụng cho công cụ này.",
    "Time window: all times (set one with the time slider).":
        "Khoảng thời gian: toàn bộ (chọn khoảng bằng thanh trượt thời gian).",
    "Time window: %s (time-aware layers keep only these rows).":
        "Khoảng thời gian: %s (các lớp có dữ liệu thời gian chỉ giữ các dòng trong khoảng này).",
    "Running…": "Đang chạy…",
    "Cancelling…": "Đang hủy…",
    "Done.": "Xong.",
    "Cancelled; nothing was added.": "Đã hủy; không có gì được thêm vào.",
    "%d features of %s selected": "Đã chọn %d đối tượng của %s",
    "Analysis: %s": "Phân tích: %s",
    "Analysis results": "Kết quả phân tích",
    "No data to chart": "Không có dữ liệu để vẽ biểu đồ",
    "Save table…": "Lưu bảng…",
    "Save table": "Lưu bảng",
    "Excel (*.xlsx);;CSV, UTF-8 (*.csv)": "Excel (*.xlsx);;CSV, UTF-8 (*.csv)",
    # export dialog (widgets/export_dialog.py)
    "%s rows were written to %s.": "Đã ghi %s dòng vào %s.",
    "All features (%s)": "Tất cả đối tượng (%s)",
    "As the layer (%s)": "Như lớp dữ liệu (%s)",
    "Cancelled; nothing was written.": "Đã hủy; không ghi gì cả.",
    "Choose a file name first.": "Hãy chọn tên tệp trước.",
    "Coordinate reference system:": "Hệ quy chiếu tọa độ:",
    "Export": "Xuất",
    "Export data": "Xuất dữ liệu",
    "Export data: %s": "Xuất dữ liệu: %s",
    "Export finished": "Đã xuất xong",
    "Export:": "Xuất:",
    "Exporting…": "Đang xuất…",
    "Features shown on the map: filters and time window (%s)":
        "Đối tượng đang hiện trên bản đồ: bộ lọc và khoảng thời gian (%s)",
    "File:": "Tệp:",
    "Format:": "Định dạng:",
    "GeoJSON is written in WGS 84 (lon/lat) unless another CRS is chosen.":
        "GeoJSON được ghi theo WGS 84 (kinh độ/vĩ độ) trừ khi chọn hệ quy chiếu khác.",
    "Keep personal columns (%s)": "Giữ các cột thông tin cá nhân (%s)",
    "Keep personal columns (none found)": "Giữ các cột thông tin cá nhân (không tìm thấy cột nào)",
    "No column looks like personal data.": "Không có cột nào giống thông tin cá nhân.",
    "Nothing is selected in this layer.": "Chưa chọn đối tượng nào trong lớp này.",
    "Other…": "Khác…",
    "Project CRS (%s)": "Hệ quy chiếu của dự án (%s)",
    "Save as…": "Lưu thành…",
    "Selected features (%s)": "Đối tượng đã chọn (%s)",
    "The export failed: %s": "Xuất không thành công: %s",
    "The file will hold personal data: do not publish it.": "Tệp sẽ chứa thông tin cá nhân: không được công bố.",
    "These columns will be left out: %s": "Các cột sau sẽ bị bỏ ra: %s",
    "This file exists and will be replaced.": "Tệp này đã có và sẽ bị ghi đè.",
    "Writing the file…": "Đang ghi tệp…",
    "custom": "tùy chỉnh",
    "no CRS": "không có hệ quy chiếu",
    # main window: Layer > Export layer…
    "&Export layer…": "&Xuất lớp dữ liệu…",
    "Choose a vector layer to export in the Layers panel.": "Hãy chọn một lớp vector trong bảng Lớp bản đồ để xuất.",
    "Exported %d features to %s": "Đã xuất %d đối tượng ra %s",
    "Export interactive &map (HTML)…": "Xuất &bản đồ tương tác (HTML)…",
    "Export interactive map": "Xuất bản đồ tương tác",
    "Web page (*.html)": "Trang web (*.html)",
    "Exporting %s…": "Đang xuất %s…",
    "Interactive map written to %s": "Đã ghi bản đồ tương tác vào %s",
    "Interactive map: %s": "Bản đồ tương tác: %s",
    "cancelled": "đã hủy",
    "Could not export the map": "Không xuất được bản đồ",
    # print layouts dialog (widgets/layout_dialog.py) and Project > Print layouts and atlas…
    "&Print layouts and atlas…": "Bố cục &in và tập bản đồ…",
    "No grid": "Không có lưới",
    "Print layouts": "Bố cục in",
    "Some saved layouts could not be read and were skipped: {0}":
        "Không đọc được một số bố cục đã lưu nên đã bỏ qua: {0}",
    "New": "Tạo mới",
    "A new layout, starting from one of the standard layouts": "Bố cục mới, bắt đầu từ một trong các bố cục mẫu",
    "Duplicate": "Nhân bản",
    "Rename": "Đổi tên",
    "Delete": "Xóa",
    "Layouts": "Bố cục",
    "{0} ({1:g} × {2:g} mm)": "{0} ({1:g} × {2:g} mm)",
    "Landscape": "Khổ ngang",
    "Portrait": "Khổ dọc",
    " mm": " mm",
    "Page": "Trang in",
    "Name:": "Tên:",
    "Size:": "Khổ giấy:",
    "Orientation:": "Hướng giấy:",
    "Margins:": "Lề:",
    "No title": "Không có tiêu đề",
    "e.g. © OpenStreetMap contributors": "ví dụ: © Những người đóng góp OpenStreetMap",
    "Text": "Chữ trên bản đồ",
    "Title:": "Tiêu đề:",
    "Subtitle:": "Tiêu đề phụ:",
    "Author:": "Người lập:",
    "Data sources:": "Nguồn dữ liệu:",
    "The current map view": "Vùng đang xem trên bản đồ",
    "The extent of a layer": "Phạm vi của một lớp",
    "A fixed extent": "Một phạm vi cố định",
    "Use the current view": "Lấy vùng đang xem",
    "Keep the map's current view as this layout's fixed extent":
        "Lấy vùng đang xem trên bản đồ làm phạm vi cố định của bố cục này",
    "Fit the extent": "Vừa với phạm vi",
    "1:N, e.g. 1:7500": "1:N, ví dụ 1:7500",
    "Map": "Bản đồ",
    "Show:": "Hiển thị:",
    "Scale:": "Tỷ lệ:",
    "Scale bar": "Thước tỷ lệ",
    "North arrow": "Hướng Bắc",  # a checkbox in a row of four: "Mũi tên chỉ hướng Bắc" does not fit
    "Date": "Ngày",
    "Map coordinates": "Tọa độ bản đồ",
    "Longitude / latitude": "Kinh độ / vĩ độ",
    "Overview map": "Bản đồ định vị",
    "Map items": "Thành phần bản đồ",
    "Grid:": "Lưới tọa độ:",
    "Inset:": "Bản đồ phụ:",
    "Open requests only": "Chỉ phản ánh đang mở",
    "At most:": "Tối đa:",
    " rows": " dòng",
    "Dim the map outside the feature": "Làm mờ bản đồ bên ngoài đối tượng",
    "One PDF with a page per feature": "Một tệp PDF nhiều trang",
    "One file per feature": "Mỗi đối tượng một tệp",
    "Atlas": "Tập bản đồ (Atlas)",
    "One page per:": "Chia trang theo:",
    "Page name from:": "Tên trang lấy từ:",
    "Output:": "Kết quả xuất:",
    "With an atlas layer, Export PDF, Export PNG and Print also make one page per feature; the preview shows one "
    "of them.": "Khi đã chọn lớp tập bản đồ, các nút Xuất PDF, Xuất PNG và In cũng tạo mỗi đối tượng một trang; "
    "bản xem trước hiển thị một trong các trang đó.",
    "Preview": "Xem trước",
    "Atlas page:": "Trang của tập bản đồ:",
    " dpi": " dpi",
    "The resolution of PNG images, and of rasters and markers in PDFs":
        "Độ phân giải của ảnh PNG, và của raster và ký hiệu điểm trong tệp PDF",
    "Export PDF…": "Xuất PDF…",
    "Export PNG…": "Xuất PNG…",
    "Export atlas…": "Xuất tập bản đồ…",
    "Print…": "In…",
    "Open folder": "Mở thư mục",
    "Resolution:": "Độ phân giải:",
    "{0} (copy)": "{0} (bản sao)",
    "A layout needs a name.": "Bố cục cần có tên.",
    "There is already a layout named “{0}”.": "Đã có một bố cục tên “{0}”.",
    "Delete layout": "Xóa bố cục",
    "Delete the layout “{0}”? This cannot be undone.": "Xóa bố cục “{0}”? Thao tác này không hoàn tác được.",
    "{0} (missing)": "{0} (không tìm thấy)",
    "All visible layers": "Mọi lớp đang hiển thị",
    "“{0}” is not a scale: type it as 1:5000, or pick one.":
        "“{0}” không phải là tỷ lệ: hãy nhập theo dạng 1:5000 hoặc chọn trong danh sách.",
    "(page number)": "(số trang)",
    "x: {0} – {2}\ny: {1} – {3}": "x: {0} – {2}\ny: {1} – {3}",
    "No extent is fixed yet.": "Chưa cố định phạm vi nào.",
    "Choose the layer whose extent the map shows.": "Hãy chọn lớp để bản đồ hiển thị theo phạm vi của lớp đó.",
    "There is no map view to fix; show the map first.":
        "Không có vùng bản đồ đang xem để cố định; hãy hiển thị bản đồ trước.",
    "Not saved: {0}": "Chưa lưu: {0}",
    "Drawing the page…": "Đang vẽ trang…",
    "Drawing the preview…": "Đang vẽ bản xem trước…",
    "of {0}": "/ {0}",
    "{0}, {1}: preview at {2} dpi, drawn in {3} s": "{0}, {1}: xem trước ở {2} dpi, vẽ trong {3} giây",
    "This page cannot be drawn: {0}": "Không vẽ được trang này: {0}",
    "Fix the layout first: {0}": "Hãy sửa bố cục trước: {0}",
    "Export PDF": "Xuất PDF",
    "PDF documents (*.pdf)": "Tài liệu PDF (*.pdf)",
    "Export PNG": "Xuất PNG",
    "PNG images (*.png)": "Ảnh PNG (*.png)",
    "Choose the layer whose features make the atlas pages first.":
        "Hãy chọn trước lớp có các đối tượng tạo nên các trang của tập bản đồ.",
    "This version of gisdesk cannot export an atlas yet.": "Phiên bản gisdesk này chưa xuất được tập bản đồ.",
    "Export atlas": "Xuất tập bản đồ",
    "Print {0}": "In {0}",
    "Printing…": "Đang in…",
    "Writing {0}…": "Đang ghi {0}…",
    "Printing was cancelled.": "Đã hủy lệnh in.",
    "Cancelled: no file was written.": "Đã hủy: không ghi tệp nào.",
    "Printing failed: {0}": "In không thành công: {0}",
    "The export failed: {0}": "Xuất không thành công: {0}",
    "Sent 1 page to the printer.": "Đã gửi 1 trang tới máy in.",
    "Sent {0} pages to the printer.": "Đã gửi {0} trang tới máy in.",
    "Written: {0} files in {1} ({2}).": "Đã ghi: {0} tệp trong {1} ({2}).",
    "Written: {0} (1 page, {1}).": "Đã ghi: {0} (1 trang, {1}).",
    "Written: {0} ({1} pages, {2}).": "Đã ghi: {0} ({1} trang, {2}).",
    "Choose a layer under Atlas: one page per feature.":
        "Hãy chọn một lớp trong mục Tập bản đồ: mỗi đối tượng một trang.",
    "Export running": "Đang xuất",
    "An export is still running. Cancel it and close this window?":
        "Việc xuất vẫn đang chạy. Hủy việc xuất và đóng cửa sổ này?",
    # PostGIS: connection dialog and password prompt (widgets/db_connection.py)
    "Edit database connection": "Sửa kết nối cơ sở dữ liệu",
    "New database connection": "Kết nối cơ sở dữ liệu mới",
    "e.g. City database": "ví dụ: Cơ sở dữ liệu thành phố",
    "Port:": "Cổng:",
    "Save password in the system keyring": "Lưu mật khẩu vào kho mật khẩu của hệ điều hành",
    "The password is kept for this session only. {0}": "Mật khẩu chỉ được giữ trong phiên làm việc này. {0}",
    "never encrypt": "không bao giờ mã hóa",
    "encrypt only if the server insists": "chỉ mã hóa khi máy chủ đòi hỏi",
    "encrypt when the server can (default)": "mã hóa nếu máy chủ hỗ trợ (mặc định)",
    "always encrypt, do not check the certificate": "luôn mã hóa, không kiểm tra chứng chỉ",
    "always encrypt, check the certificate": "luôn mã hóa, kiểm tra chứng chỉ",
    "always encrypt, check the certificate and the host name": "luôn mã hóa, kiểm tra chứng chỉ và tên máy chủ",
    " s": " giây",
    "Host:": "Máy chủ:",
    "Database:": "Cơ sở dữ liệu:",
    "User name:": "Tên người dùng:",
    "Password:": "Mật khẩu:",
    "SSL mode:": "Chế độ SSL:",
    "Connection timeout:": "Thời gian chờ kết nối:",
    "Test connection": "Kiểm tra kết nối",
    "Give the connection a name.": "Hãy đặt tên cho kết nối.",
    "There is already a connection named “{0}”. Choose another name.":
        "Đã có một kết nối tên “{0}”. Hãy chọn tên khác.",
    "Type the server's host name or address.": "Hãy nhập tên hoặc địa chỉ của máy chủ.",
    "The port must be between 1 and 65535.": "Cổng phải nằm trong khoảng từ 1 đến 65535.",
    "Type the name of the database.": "Hãy nhập tên cơ sở dữ liệu.",
    "Type the user name.": "Hãy nhập tên người dùng.",
    "Connecting to {0}…": "Đang kết nối tới {0}…",
    "Connected: {0}": "Đã kết nối: {0}",
    "Password for {0}": "Mật khẩu cho {0}",
    "Password of {0} on {1}:": "Mật khẩu của {0} trên {1}:",
    # PostGIS: database browser dock (widgets/db_browser.py) and Layer > Add PostGIS layer…
    "Add &PostGIS layer…": "Thêm lớp &PostGIS…",
    "Added %s": "Đã thêm %s",
    "%s could not be read: %s": "Không đọc được %s: %s",  # a PostGIS layer, while fetching the view
    "Database browser": "Trình duyệt cơ sở dữ liệu",
    "New connection…": "Kết nối mới…",
    "Edit connection…": "Sửa kết nối…",
    "Remove connection": "Xóa kết nối",
    "Refresh": "Làm mới",
    "Add to map": "Thêm vào bản đồ",
    "Search tables…": "Tìm bảng…",
    "Name": "Tên",
    "CRS": "Hệ tọa độ",
    "Rows": "Số dòng",
    "No database connections yet: click “New connection…” above.":
        "Chưa có kết nối nào: bấm “Kết nối mới…” ở trên.",
    "Remove the connection “{0}” ({1})? Its saved password is removed too; the database itself is not changed.":
        "Xóa kết nối “{0}” ({1})? Mật khẩu đã lưu của kết nối này cũng bị xóa; bản thân cơ sở dữ liệu không thay "
        "đổi.",
    "Connecting…": "Đang kết nối…",
    "No tables with a geometry column that you may read.": "Không có bảng nào có cột hình học mà bạn được phép đọc.",
    "Waiting for the password…": "Đang chờ nhập mật khẩu…",
    "Not connected: a password is needed.": "Chưa kết nối: cần có mật khẩu.",
    "no SRID": "không có SRID",
    "The geometry column has no SRID constraint: rows may carry different coordinate systems.":
        "Cột hình học không ràng buộc SRID: các dòng có thể mang các hệ tọa độ khác nhau.",
    "? rows": "? dòng",
    "1 row": "1 dòng",
    "{0} rows": "{0} dòng",
    "≈ {0} million rows": "≈ {0} triệu dòng",
    "≈ {0} thousand rows": "≈ {0} nghìn dòng",
    "≈ {0} rows": "≈ {0} dòng",
    "table": "bảng",
    "view": "khung nhìn (view)",
    "materialized view": "khung nhìn vật chất hóa (materialized view)",
    "partitioned table": "bảng phân vùng",
    "foreign table": "bảng ngoài (foreign table)",
    "Kind: {0}": "Loại: {0}",
    "Geometry: {0} in column “{1}”": "Hình học: {0} trong cột “{1}”",
    "CRS: {0}": "Hệ tọa độ: {0}",
    "not constrained (SRID 0)": "không ràng buộc (SRID 0)",
    "Rows: {0}": "Số dòng: {0}",
    "Primary key: {0}": "Khóa chính: {0}",
    "No spatial index on “{0}”: a large table without one is slow to show by view and to analyse. Ask the "
    "database administrator to create a GiST index on this column.":
        "Cột “{0}” chưa có chỉ mục không gian: bảng lớn không có chỉ mục thì hiển thị chậm mỗi lần di chuyển "
        "bản đồ và phân tích chậm. Hãy đề nghị quản trị viên cơ sở dữ liệu tạo chỉ mục GiST cho cột này.",
    # PostGIS: publish dialog (widgets/db_publish.py) and Layer > Publish to database…
    "&Publish to database…": "Đưa lên cơ sở &dữ liệu…",
    "Choose a vector layer to publish in the Layers panel.":
        "Hãy chọn một lớp vector trong bảng Lớp bản đồ để đưa lên cơ sở dữ liệu.",
    "Published %s": "Đã đưa %s lên cơ sở dữ liệu",
    "Publish to database: {0}": "Đưa lên cơ sở dữ liệu: {0}",
    "Read the schemas again": "Đọc lại các lược đồ",
    "Stop with an error (nothing is written)": "Dừng và báo lỗi (không ghi gì)",
    "Replace the table": "Thay thế bảng",
    "Append the rows to the table": "Nối thêm các dòng vào bảng",
    "As the layer (EPSG:{0})": "Như lớp dữ liệu (EPSG:{0})",
    "WGS 84 (EPSG:4326)": "WGS 84 (EPSG:4326)",
    "Features shown on the map: filters and time window ({0})":
        "Đối tượng đang hiện trên bản đồ: bộ lọc và khoảng thời gian ({0})",
    "All features ({0})": "Tất cả đối tượng ({0})",
    "Selected features ({0})": "Đối tượng đã chọn ({0})",
    "Keep personal columns ({0})": "Giữ các cột thông tin cá nhân ({0})",
    "Connection:": "Kết nối:",
    "Schema:": "Lược đồ:",
    "Table name:": "Tên bảng:",
    "If the table exists:": "Nếu bảng đã có:",
    "Publish:": "Đưa lên:",
    "Publish": "Đưa lên",
    "No database connection is saved: add one in the database browser first.":
        "Chưa lưu kết nối cơ sở dữ liệu nào: hãy thêm một kết nối trong Trình duyệt cơ sở dữ liệu trước.",
    "Reading the schemas of {0}…": "Đang đọc các lược đồ của {0}…",
    "You may not create tables in this schema.": "Bạn không có quyền tạo bảng trong lược đồ này.",
    "You may not create tables in any schema of this database. Ask the administrator for the CREATE privilege "
    "on a schema.": "Bạn không có quyền tạo bảng trong bất kỳ lược đồ nào của cơ sở dữ liệu này. Hãy đề nghị "
    "quản trị viên cấp quyền CREATE trên một lược đồ.",
    "A new table will be created.": "Một bảng mới sẽ được tạo.",
    "“{0}” exists in this schema: publishing will stop. Choose “Replace” or “Append”, or another name.":
        "“{0}” đã có trong lược đồ này: việc đưa lên sẽ dừng lại. Hãy chọn “Thay thế” hoặc “Nối thêm”, hoặc đặt "
        "tên khác.",
    "“{0}” exists in this schema and will be replaced (at the very end; until then the old table stays as it is).":
        "“{0}” đã có trong lược đồ này và sẽ bị thay thế (ở bước cuối cùng; đến lúc đó bảng cũ vẫn giữ nguyên).",
    "“{0}” exists in this schema: the rows will be added to it (its columns must include the layer's).":
        "“{0}” đã có trong lược đồ này: các dòng sẽ được nối thêm vào bảng (bảng phải có đủ các cột của lớp).",
    "The layer has no coordinate system; it cannot be published.":
        "Lớp không có hệ tọa độ nên không thể đưa lên cơ sở dữ liệu.",
    "This server does not know EPSG:{0} (its spatial_ref_sys table lacks it): gisdesk reads the table correctly, "
    "but SQL on the server cannot reproject it. Choose WGS 84 to let other programs reproject it.":
        "Máy chủ này không có EPSG:{0} (bảng spatial_ref_sys của máy chủ thiếu mã này): gisdesk vẫn đọc đúng bảng, "
        "nhưng lệnh SQL trên máy chủ không chuyển được bảng sang hệ tọa độ khác. Hãy chọn WGS 84 để các phần mềm "
        "khác chuyển đổi được.",
    "The table will hold personal data: everyone who may read it will see it.":
        "Bảng sẽ chứa thông tin cá nhân: mọi người có quyền đọc bảng đều xem được.",
    "These columns will be left out: {0}": "Các cột sau sẽ bị bỏ ra: {0}",
    "Choose a connection first.": "Hãy chọn một kết nối trước.",
    "Choose a schema first.": "Hãy chọn một lược đồ trước.",
    "Type a table name first.": "Hãy nhập tên bảng trước.",
    "The table name is too long for PostgreSQL (at most 63 bytes; a Vietnamese letter takes 2 or 3). Choose a "
    "shorter name.": "Tên bảng quá dài đối với PostgreSQL (tối đa 63 byte; mỗi chữ cái tiếng Việt có dấu chiếm 2 "
    "hoặc 3 byte). Hãy chọn tên ngắn hơn.",
    "Publishing to {0}.{1}…": "Đang đưa lên {0}.{1}…",
    "{0} rows were appended to {1} ({2}, {3}).": "Đã nối thêm {0} dòng vào {1} ({2}, {3}).",
    "{0} rows replaced the table {1} ({2}, {3}), with a spatial index (GiST) on “{4}” and the primary key “{5}”.":
        "Đã thay bảng {1} bằng {0} dòng ({2}, {3}), có chỉ mục không gian (GiST) trên “{4}” và khóa chính “{5}”.",
    "{0} rows were written to the new table {1} ({2}, {3}), with a spatial index (GiST) on “{4}” and the primary "
    "key “{5}”.": "Đã ghi {0} dòng vào bảng mới {1} ({2}, {3}), có chỉ mục không gian (GiST) trên “{4}” và khóa "
    "chính “{5}”.",
    "Personal columns left out: {0}.": "Các cột thông tin cá nhân đã bỏ ra: {0}.",
    "Published": "Đã đưa lên cơ sở dữ liệu",
    "Publishing failed: {0}": "Đưa lên cơ sở dữ liệu không thành công: {0}",
    "Cancelled; the database was left as it was.": "Đã hủy; cơ sở dữ liệu vẫn giữ nguyên như cũ.",
    # SettingsDialog
    "Settings": "Cài đặt",
    "Follow the system (now: %s)": "Theo hệ thống (hiện là: %s)",
    "A new language is used the next time gisdesk starts.": "Ngôn ngữ mới được dùng từ lần khởi động gisdesk sau.",
    "Automatic: m, then km from 1 km": "Tự động: m, từ 1 km trở lên dùng km",
    "Metres (m)": "Mét (m)",
    "Kilometres (km)": "Ki-lô-mét (km)",
    "Automatic: m², then ha from 1 ha": "Tự động: m², từ 1 ha trở lên dùng ha",
    "Square metres (m²)": "Mét vuông (m²)",
    "Hectares (ha)": "Héc-ta (ha)",
    "Square kilometres (km²)": "Ki-lô-mét vuông (km²)",
    "Language and units": "Ngôn ngữ và đơn vị",
    "Language:": "Ngôn ngữ:",
    "Distances:": "Khoảng cách:",
    "Areas:": "Diện tích:",
    "Documents": "Tài liệu",
    "Browse…": "Duyệt…",
    "Projects and files": "Dự án và tệp",
    "CRS of new projects:": "Hệ tọa độ cho dự án mới:",
    "Default folder:": "Thư mục mặc định:",
    "Where the Open and Save dialogs start. Empty: your Documents folder.":
        "Nơi hộp thoại Mở và Lưu bắt đầu. Để trống: thư mục Tài liệu của bạn.",
    "Basemap": "Bản đồ nền",
    "Tile server (XYZ):": "Máy chủ ô bản đồ (XYZ):",
    "An address with {z}, {x} and {y}. Leave it empty for no basemap: gisdesk then fetches nothing from the "
    "network.": "Địa chỉ có {z}, {x} và {y}. Để trống nếu không dùng bản đồ nền: khi đó gisdesk không tải gì từ "
    "mạng.",
    "Attribution:": "Ghi nguồn:",
    "No proxy (connect directly)": "Không dùng proxy (kết nối trực tiếp)",
    "Use the system's proxy settings": "Dùng cài đặt proxy của hệ thống",
    "Manual proxy:": "Tự nhập proxy:",
    "Server:": "Máy chủ:",
    "optional": "không bắt buộc",
    "stored": "đã lưu",
    "Network": "Mạng",
    "Used for service request and sensor feeds and for the basemap.":
        "Dùng khi tải phản ánh, dữ liệu cảm biến và bản đồ nền.",
    "Default folder": "Thư mục mặc định",
    "This folder does not exist or cannot be reached.": "Thư mục này không tồn tại hoặc không truy cập được.",
    "The address must start with http:// or https://.": "Địa chỉ phải bắt đầu bằng http:// hoặc https://.",
    "The address must not contain spaces.": "Địa chỉ không được có dấu cách.",
    "The address has no server name.": "Địa chỉ thiếu tên máy chủ.",
    "The address must contain {z}, {x} and {y}, e.g. https://tiles.example.vn/{z}/{x}/{y}.png":
        "Địa chỉ phải có {z}, {x} và {y}, ví dụ https://tiles.example.vn/{z}/{x}/{y}.png",
    "Type the proxy server's name or address.": "Hãy nhập tên hoặc địa chỉ của máy chủ proxy.",
    "Type only the server's name, without http:// or a path.":
        "Chỉ nhập tên máy chủ, không kèm http:// hay đường dẫn.",
    "The server's name cannot contain spaces.": "Tên máy chủ không được có dấu cách.",
    "Type the port in its own box.": "Hãy nhập cổng vào ô Cổng riêng.",
    # -- start page (widgets/start_page.py) -------------------------------------------------------------------
    "Welcome to gisdesk": "Chào mừng đến với gisdesk",
    "Maps and analysis for the city of Huế. Everything works without the internet.":
        "Bản đồ và phân tích cho thành phố Huế. Mọi chức năng đều dùng được khi không có Internet.",
    "Recent projects": "Dự án gần đây",
    "No recent projects yet. Start with the Huế sample project, or open your own data.":
        "Chưa có dự án nào được mở gần đây. Hãy bắt đầu với dự án mẫu Huế hoặc mở dữ liệu của đơn vị.",
    "Start": "Bắt đầu",
    "Open the Huế sample project": "Mở dự án mẫu Huế",
    "Open a project…": "Mở dự án…",
    "Add data…": "Thêm dữ liệu…",
    "Shapefiles, GeoPackage, GeoJSON, KML, CSV or Excel, GeoTIFF": "Shapefile, GeoPackage, GeoJSON, KML, CSV hoặc Excel, GeoTIFF",
    "Citizens' reports from a spreadsheet or a GIS file": "Phản ánh của người dân từ bảng tính hoặc tệp GIS",
    "Connect to the city database…": "Kết nối cơ sở dữ liệu của thành phố…",
    "Layers shared by the city's departments (PostGIS)": "Các lớp dữ liệu dùng chung giữa các sở, ngành (PostGIS)",
    "First steps": "Các bước đầu tiên",
    "<b>Add a shapefile</b>: <i>Layer ▸ Add layer…</i>, or drag the file onto the window. Vietnamese text in TCVN3 "
    "or VNI is converted for you, and the Import report says what was fixed.":
        "<b>Thêm shapefile</b>: <i>Lớp ▸ Thêm lớp…</i>, hoặc kéo thả tệp vào cửa sổ. Chữ tiếng Việt mã TCVN3 hay VNI "
        "được tự động chuyển sang Unicode; bảng Báo cáo nhập dữ liệu cho biết những gì đã được sửa.",
    "<b>Style it</b>: double-click the layer in the Layers panel to colour it by category or by value.":
        "<b>Chọn kiểu hiển thị</b>: nháy đúp vào lớp trong bảng Lớp bản đồ để tô màu theo phân loại hoặc theo giá trị.",
    "<b>Choose a time window</b>: the Time slider at the bottom shows the service requests of a day, a week or a "
    "month.":
        "<b>Chọn khoảng thời gian</b>: thanh trượt Thời gian ở cuối cửa sổ lọc các phản ánh theo ngày, tuần hoặc tháng.",
    "<b>Analyse</b>: <i>Analysis ▸ Toolbox</i> counts requests per ward, finds hot spots and measures service "
    "levels.":
        "<b>Phân tích</b>: <i>Phân tích ▸ Hộp công cụ</i> đếm phản ánh theo phường/xã, tìm điểm nóng và đánh giá tình "
        "hình xử lý phản ánh.",
    "<b>Print a map pack</b>: <i>Project ▸ Print layouts and atlas…</i> makes one PDF page per ward.":
        "<b>In bộ bản đồ</b>: <i>Dự án ▸ Bố cục in và tập bản đồ…</i> tạo tệp PDF, mỗi phường/xã một trang.",
    "Read the user guide (F1)": "Xem hướng dẫn sử dụng (F1)",
    "%s · saved %s": "%s · lưu lúc %s",
    "%s · file not found": "%s · không tìm thấy tệp",
    "This project file is no longer there: %s\nRight-click to remove it from the list.":
        "Tệp dự án này không còn nữa: %s\nNhấp chuột phải để xóa khỏi danh sách.",
    "The sample project is not installed with this copy of gisdesk.": "Bản gisdesk này không được cài kèm dự án mẫu.",
    "Open this project": "Mở dự án này",
    "Remove from this list": "Xóa khỏi danh sách này",
    # -- user guide and about (widgets/help_viewer.py) ----------------------------------------------------------
    "gisdesk user guide": "Hướng dẫn sử dụng gisdesk",
    "Back": "Quay lại",
    "Forward": "Tiếp",
    "Contents": "Mục lục",
    "Find in the guide…": "Tìm trong hướng dẫn…",
    "Find": "Tìm",
    "Open in web browser": "Mở bằng trình duyệt web",
    "Open this page in the system's web browser, to print it": "Mở trang này bằng trình duyệt web của máy để in",
    "This link leads outside the guide and was not opened: %s":
        "Liên kết này dẫn ra ngoài tài liệu hướng dẫn nên không được mở: %s",
    "“%s” is not in this page.": "Không tìm thấy “%s” trong trang này.",
    "About gisdesk": "Giới thiệu gisdesk",
    "A desktop GIS for the city of Huế.": "Phần mềm GIS trên máy tính dành cho thành phố Huế.",
    "Python %1, Qt %2, PySide6 %3.": "Python %1, Qt %2, PySide6 %3.",
    "Built on GDAL and PROJ (MIT), Qt for Python (LGPL-3.0), GeoPandas, Shapely, pandas, NumPy and rasterio (BSD) "
    "and pyproj (MIT).":
        "Sử dụng các thư viện GDAL và PROJ (MIT), Qt for Python (LGPL-3.0), GeoPandas, Shapely, pandas, NumPy, "
        "rasterio (BSD) và pyproj (MIT).",
    "Web libraries inlined into exported interactive maps:": "Các thư viện web được nhúng vào bản đồ tương tác khi xuất:",
    "Their licence texts are in %1.": "Toàn văn giấy phép của các thư viện này nằm trong %1.",
    # -- main window: Help and Settings ------------------------------------------------------------------------
    "&Help": "&Trợ giúp",
    "&User guide": "&Hướng dẫn sử dụng",
    "&About gisdesk": "&Giới thiệu gisdesk",
    "&Settings…": "&Cài đặt…",
    "Restart gisdesk?": "Khởi động lại gisdesk?",
    "The new language is used after a restart. Restart gisdesk now? If the project has unsaved changes, you are "
    "asked about them first.":
        "Ngôn ngữ mới được dùng sau khi khởi động lại. Khởi động lại gisdesk ngay bây giờ? Nếu dự án có thay đổi chưa "
        "lưu, bạn sẽ được hỏi trước.",
    "gisdesk could not be started again; close it and open it yourself.":
        "Không khởi động lại được gisdesk; hãy đóng rồi tự mở lại chương trình.",
    "Add basemap (XYZ tiles)…": "Thêm bản đồ nền (ô XYZ)…",
    "No basemap URL is set: enter a tile server URL in Settings.":
        "Chưa đặt địa chỉ bản đồ nền: hãy nhập địa chỉ máy chủ ô bản đồ trong Cài đặt.",
}


def fill(root: ET.Element) -> list[str]:
    """Write the widget translations (VI) into every context but "analysis"; return the texts that have none.

    Messages lupdate marked vanished or obsolete keep that mark (lrelease leaves them out)."""
    missing = []
    for context in root.iter("context"):
        if context.findtext("name") in (ANALYSIS_CONTEXT, MODEL_CONTEXT):
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source in VI:
                translation.text = VI[source]
                if translation.get("type") == "unfinished":
                    del translation.attrib["type"]
            elif translation.get("type") not in ("vanished", "obsolete"):
                missing.append(source)
    return missing


def _import_model_vi() -> dict[str, str]:
    try:
        from gisdesk.i18n.model_vi import MODEL_VI
    except ModuleNotFoundError:  # run as a script from a checkout that is not installed
        sys.path.insert(0, str(ROOT))
        from gisdesk.i18n.model_vi import MODEL_VI
    return MODEL_VI


def _import_analysis():
    try:
        import gisdesk.analysis  # noqa: F401
    except ModuleNotFoundError:  # run as a script from a checkout that is not installed
        sys.path.insert(0, str(ROOT))
    from gisdesk.analysis import algorithms
    from gisdesk.i18n import analysis_vi

    return algorithms, analysis_vi


def progress_messages(folder: Path = ANALYSIS_DIR) -> tuple[dict[str, list[str]], list[str]]:
    """The messages the algorithms pass to ``feedback.progress(fraction, message)``: the literal ones (text ->
    where; the toolbox translates them in the "analysis" context) and, separately, the ones built at run time
    in a way no table can translate (f-strings, concatenations: "file:line: code"). A ``tr``/``trf`` call is
    translated where it is made (the model's "gisdesk" context); a variable is taken to hold such a text."""
    literal: dict[str, list[str]] = {}
    dynamic: list[str] = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "progress"):
                continue
            arg = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "message"), None)
            where = f"{path.name}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if arg.value:
                    literal.setdefault(arg.value, []).append(where)
            elif isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id in ("tr", "trf"):
                continue
            elif arg is not None and not isinstance(arg, ast.Name):
                dynamic.append(f"{where}: {ast.unparse(arg)}")
    return literal, dynamic


def analysis_texts() -> dict[str, list[str]]:
    """Every text the toolbox shows through ``atr()`` (context "analysis") -> where it is used: each algorithm's
    name, group, description, parameter labels, help and choice labels, then the literal progress messages."""
    algorithms, _ = _import_analysis()
    texts: dict[str, list[str]] = {}

    def add(text: str, where: str) -> None:
        if text:
            texts.setdefault(text, []).append(where)

    for alg in algorithms().values():
        add(alg.group, f"{alg.id}: group")
        add(alg.name, f"{alg.id}: name")
        add(alg.description, f"{alg.id}: description")
        for p in alg.params:
            add(p.label, f"{alg.id}.{p.name}: label")
            add(p.help, f"{alg.id}.{p.name}: help")
            for value, label in p.choices:
                add(label, f"{alg.id}.{p.name}={value}: choice")
    for text, places in progress_messages()[0].items():
        for module in dict.fromkeys(where.split(":")[0] for where in places):  # no line numbers: less churn
            add(text, f"progress message ({module})")
    return texts


def write_analysis_context(root: ET.Element) -> list[str]:
    """(Re)write the "analysis" context with finished translations from analysis_vi (after lupdate, which marks
    it vanished since no tr() call holds these texts); return the texts that have no Vietnamese yet."""
    _, analysis_vi = _import_analysis()
    return _write_context(root, ANALYSIS_CONTEXT, analysis_texts(), analysis_vi.VI)


#: gisdesk.core.i18n.tr() marks the model's user-facing texts with this context
MODEL_CONTEXT = "gisdesk"
#: the model's own texts (Qt-free code: gisdesk.core.i18n.tr/trf/N_("...")): English -> Vietnamese, one module
#: per area in gisdesk/i18n/model_vi/
MODEL_VI = _import_model_vi()


def model_texts(folder: Path = ROOT / "gisdesk") -> dict[str, list[str]]:
    """Every literal text the Qt-free code passes to ``gisdesk.core.i18n.tr`` -> where (file:line); found with
    ``ast`` (lupdate scans the widgets only)."""
    import ast

    out: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        if path.parent.name in ("widgets", "i18n"):
            continue
        source = path.read_text(encoding="utf-8")
        if "from gisdesk.core.i18n import" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "trf", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                out.setdefault(node.args[0].value, []).append(f"{path.relative_to(folder.parent)}:{node.lineno}")
    return out


#: the errors whose message reaches the user; raised with a literal or f-string text they are untranslated
USER_ERRORS = frozenset({
    "ReadError", "WriteError", "ProjectError", "AnalysisError", "ExportError", "DatabaseError", "FeedError",
    "ServerUnavailable", "PostGISUnavailable", "UnknownLayerType", "_BadInput", "ValueError", "OSError",
})
#: the import report's methods (gisdesk.io.report.LayerReport) and the analysis summary's lists
REPORT_METHODS = frozenset({"info", "warn", "warning", "error", "add"})
LIST_METHODS = frozenset({"append", "insert", "extend"})
#: a raise whose first line ends with this comment is a programming error, never shown to users as a message
NOT_SHOWN = "# programming error"
_NOT_USER_RECEIVERS = frozenset({"log", "logger", "logging", "LOG", "warnings", "seen", "done", "names"})


def _raw_text(node: ast.AST) -> bool:
    """A user-facing text written in place (not through tr/trf): an f-string, a sentence literal, a
    ``"...".format()`` or ``%`` of one, or a concatenation holding one."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value.strip()
    if isinstance(node, ast.BinOp):
        return _raw_text(node.left) or _raw_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _raw_text(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_raw_text(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _raw_text(node.body) or _raw_text(node.orelse)
    return False


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def untranslated_messages(paths: list[Path] | None = None) -> list[str]:
    """Where the Qt-free model writes a user-facing message without ``tr``/``trf`` ("file:line what"): errors
    users see (``USER_ERRORS``) raised with a raw text, import-report lines (``report.warn(...)``), and analysis
    summary / note lines (``summary.append(...)``, ``summary=[...]``). ``tests/test_i18n.py`` fails on any."""
    folder = ROOT / "gisdesk"
    if paths is None:
        paths = [p for p in sorted(folder.rglob("*.py"))
                 if p.relative_to(folder).parts[0] not in ("widgets", "i18n", "help")
                 and p.name not in ("app.py", "cli.py", "cli_run.py", "cli_export.py", "testserver.py")]
    found = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for node in ast.walk(ast.parse(source)):
            what = ""
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                if (_name(call.func) in USER_ERRORS and NOT_SHOWN not in lines[node.lineno - 1]
                        and any(_raw_text(a) for a in [*call.args, *(k.value for k in call.keywords)])):
                    what = f"raise {_name(call.func)}"
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                receiver = _name(node.func.value)
                if node.func.attr in REPORT_METHODS and receiver not in _NOT_USER_RECEIVERS:
                    if any(_raw_text(a) for a in node.args):
                        what = f".{node.func.attr}()"
                elif (node.func.attr in LIST_METHODS and ("summary" in receiver or "notes" in receiver)
                      and any(_raw_text(a) for a in node.args)):
                    what = f"{receiver}.{node.func.attr}()"
            if (not what and isinstance(node, ast.Call)
                    and any(k.arg in ("summary", "notes") and _raw_text(k.value) for k in node.keywords)):
                what = "summary=[...]"
            elif (isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add)
                  and ("summary" in _name(node.target) or "notes" in _name(node.target)) and _raw_text(node.value)):
                what = f"{_name(node.target)} +="
            if what:
                found.append((str(where), node.lineno, what))
    return [f"{where}:{line} {what}" for where, line, what in sorted(found)]


def write_model_context(root: ET.Element) -> list[str]:
    """(Re)write the "gisdesk" context (the model's tr() texts) from MODEL_VI; return the texts without one."""
    return _write_context(root, MODEL_CONTEXT, model_texts(), MODEL_VI)


def _write_context(root: ET.Element, name: str, texts: dict[str, list[str]], table: dict[str, str]) -> list[str]:
    for old in [c for c in root.findall("context") if c.findtext("name") == name]:
        root.remove(old)
    context = ET.Element("context")
    ET.SubElement(context, "name").text = name
    missing = []
    for text, places in texts.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "extracomment").text = "; ".join(places)
        translation = ET.SubElement(message, "translation")
        if text in table:
            translation.text = table[text]
        else:
            translation.set("type", "unfinished")
            missing.append(text)
    # where lupdate keeps it: contexts sorted by name
    after = [c for c in root.findall("context") if (c.findtext("name") or "") > name]
    root.insert(list(root).index(after[0]) if after else len(root), context)
    return missing


def update(ts_path: Path = TS) -> list[str]:
    """Fill the widget texts and (re)write the analysis context of ``ts_path``; return the texts without
    Vietnamese."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    missing = fill(root) + write_analysis_context(root) + write_model_context(root)
    root.text = "\n"  # lupdate's layout: contexts at the margin, their content indented by 4 spaces
    for context in root.findall("context"):
        ET.indent(context, space="    ")
        context.tail = "\n"
    # as lupdate writes them ('>' in text is escaped, so " />" only ends a tag)
    body = ET.tostring(root, encoding="unicode").replace(" />", "/>").replace(
        '<translation type="unfinished"/>', '<translation type="unfinished"></translation>')
    ts_path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return missing


def release(ts_path: Path = TS, qm_path: Path = QM) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, str(ts_path), "-qm", str(qm_path)], check=True)


def release_qt() -> None:
    """Write qtbase_vi.ts from qt_vi.QT_VI (Qt's own texts) and compile qtbase_vi.qm."""
    try:
        from gisdesk.i18n import qt_vi
    except ModuleNotFoundError:  # run as a script from a checkout that is not installed
        sys.path.insert(0, str(ROOT))
        from gisdesk.i18n import qt_vi
    release(qt_vi.write_ts(qt_vi.TS), qt_vi.QM)


def main() -> int:
    missing = update()
    release()
    release_qt()
    for m in missing:
        print(f"no Vietnamese text yet: {m!r}")
    for where in progress_messages()[1]:
        print(f"progress message built at run time (cannot be translated): {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
