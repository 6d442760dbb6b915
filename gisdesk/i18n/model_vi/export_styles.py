"""Vietnamese of the model's messages about output and drawing: data export (export/data.py), the interactive
HTML map (export/html.py), print layouts and printing (export/layout.py, export/printing.py), style checks and
the legend's fixed words (styles/), the layers' checks and the labels of their default styles (layers/), and the
render settings (render/settings.py).

The basemap texts of layers/tiles.py and render/tiles.py are in ``base``. The printed page's own wording (legend
heading, default labels on paper) is ``gisdesk.export.page_text`` (always Vietnamese); the labels of the default
styles are here as well, for the screen (the style dialog) in the UI's language.
"""

from __future__ import annotations

VI: dict[str, str] = {
    # gisdesk/export/data.py (exporting a layer to a data file)
    "the layer": "lớp",
    "no feature of {name!r} is shown on the map (the filters and the time window hide all of them), so there is "
    "nothing to export; widen the time window, clear the filters or export all features.":
        "không có đối tượng nào của lớp {name!r} đang hiển thị trên bản đồ (bộ lọc và khoảng thời gian đã ẩn tất cả), "
        "nên không có gì để xuất; hãy mở rộng khoảng thời gian, bỏ bộ lọc hoặc xuất tất cả đối tượng.",
    "{hidden:,} of {n:,} features hidden by the filters or the time window were left out.":
        "Đã bỏ qua {hidden:,}/{n:,} đối tượng bị bộ lọc hoặc khoảng thời gian ẩn đi.",
    "nothing is selected in {name!r}; select features on the map or in the attribute table first, or export the "
    "features shown on the map.":
        "chưa chọn đối tượng nào trong lớp {name!r}; hãy chọn đối tượng trên bản đồ hoặc trong bảng thuộc tính "
        "trước, hoặc xuất các đối tượng đang hiển thị trên bản đồ.",
    "the {n:,} selected features of {name!r} are all hidden by the filters or the time window, so there is nothing "
    "to export; widen the time window or clear the filters.":
        "cả {n:,} đối tượng đã chọn của lớp {name!r} đều bị bộ lọc hoặc khoảng thời gian ẩn đi, nên không có gì để "
        "xuất; hãy mở rộng khoảng thời gian hoặc bỏ bộ lọc.",
    "{n:,} selected feature is hidden by the filters or the time window and was left out.":
        "{n:,} đối tượng đã chọn bị bộ lọc hoặc khoảng thời gian ẩn đi nên đã được bỏ qua.",
    "{n:,} selected features are hidden by the filters or the time window and were left out.":
        "{n:,} đối tượng đã chọn bị bộ lọc hoặc khoảng thời gian ẩn đi nên đã được bỏ qua.",
    "this is a folder, not a file name.": "đây là một thư mục, không phải tên tệp.",
    "{crs!r} is not a coordinate reference system this program knows ({exc}).":
        "{crs!r} không phải hệ tọa độ mà chương trình này nhận biết được ({exc}).",
    "{crs!r} is not a coordinate reference system.": "{crs!r} không phải là một hệ tọa độ.",
    "Choosing the rows": "Đang chọn các dòng",
    "Building the features": "Đang tạo các đối tượng",
    "Writing the file": "Đang ghi tệp",
    "Done": "Xong",
    "all features": "tất cả đối tượng",
    "the features shown on the map": "các đối tượng đang hiển thị trên bản đồ",
    "the selected features": "các đối tượng đã chọn",
    "{n:,} feature was written to {file} ({what}).": "Đã ghi {n:,} đối tượng vào {file} ({what}).",
    "{n:,} features were written to {file} ({what}).": "Đã ghi {n:,} đối tượng vào {file} ({what}).",
    "Personal column left out: {columns}. Tick 'Keep personal columns' to keep it.":
        "Đã bỏ cột thông tin cá nhân: {columns}. Đánh dấu 'Giữ các cột thông tin cá nhân' để giữ lại.",
    "Personal columns left out: {columns}. Tick 'Keep personal columns' to keep them.":
        "Đã bỏ các cột thông tin cá nhân: {columns}. Đánh dấu 'Giữ các cột thông tin cá nhân' để giữ lại.",
    "The file holds personal data ({columns}), as asked: do not publish it.":
        "Theo yêu cầu, tệp có chứa thông tin cá nhân ({columns}): không được công bố tệp này.",
    # gisdesk/export/html.py (the interactive HTML map)
    "The basemap is loaded from {host}; the rest works offline.":
        "Bản đồ nền được tải từ {host}; phần còn lại dùng được khi không có mạng.",
    "The export was cancelled; no file was written.": "Đã hủy việc xuất; không có tệp nào được ghi.",
    "Could not write {path}: {problem}.": "Không ghi được {path}: {problem}.",
    "the basemap must be an http(s) tile URL, got {url!r}":
        "bản đồ nền phải là địa chỉ ô bản đồ http(s), nhưng nhận được {url!r}",
    "the basemap URL {url!r} lacks {missing}": "địa chỉ bản đồ nền {url!r} thiếu {missing}",
    "Layer {name!r} ({kind}) was left out: the HTML map holds vector and raster layers only.":
        "Đã bỏ qua lớp {name!r} ({kind}): bản đồ HTML chỉ chứa được lớp vector và lớp raster.",
    "Layer {name!r} has a broken style ({error}); it is drawn with the default symbol.":
        "Kiểu hiển thị của lớp {name!r} bị lỗi ({error}); lớp được vẽ bằng ký hiệu mặc định.",
    "Layer {name!r} is drawn as a heatmap because its style is a heatmap; its points have no popups.":
        "Lớp {name!r} được vẽ dạng bản đồ nhiệt vì kiểu hiển thị của lớp là bản đồ nhiệt; các điểm của lớp không có "
        "cửa sổ thông tin.",
    "Layer {name!r} is drawn as a heatmap because it has {n:,} points (more than {limit:,}); its points have no "
    "popups.":
        "Lớp {name!r} được vẽ dạng bản đồ nhiệt vì có {n:,} điểm (nhiều hơn {limit:,}); các điểm của lớp không có "
        "cửa sổ thông tin.",
    "Layer {name!r} has {n:,} points (more than {limit:,}): its markers are clustered.":
        "Lớp {name!r} có {n:,} điểm (nhiều hơn {limit:,}): các điểm được gom cụm.",
    "Layer {name!r} was left out: {error}": "Đã bỏ qua lớp {name!r}: {error}",
    "Layer {name!r} was left out: it has no coordinate system (or no pixel with data) to place it on the map.":
        "Đã bỏ qua lớp {name!r}: lớp không có hệ tọa độ (hoặc không có điểm ảnh nào có dữ liệu) để đặt lên bản đồ.",
    # gisdesk/export/layout.py (print layouts: checks of the page, extent, scale, grid, table)
    "unknown page size {page!r} (choose one of {sizes})": "khổ giấy {page!r} không hợp lệ (hãy chọn một trong {sizes})",
    "unknown orientation {orientation!r} (choose landscape or portrait)":
        "hướng giấy {orientation!r} không hợp lệ (hãy chọn ngang hoặc dọc)",
    "margins of {mm:g} mm do not fit a {page} page": "lề {mm:g} mm không vừa với trang khổ {page}",
    "extent mode {mode!r}: use 'canvas', 'layer:<name>' or 'explicit'":
        "chế độ phạm vi {mode!r} không hợp lệ: hãy dùng 'canvas', 'layer:<tên lớp>' hoặc 'explicit'",
    "a layout extent is minx, miny, maxx, maxy with max > min, got {extent!r}":
        "phạm vi của bố cục in phải là minx, miny, maxx, maxy với giá trị max lớn hơn min, nhưng nhận được "
        "{extent!r}",
    "extent mode 'explicit' needs an extent": "chế độ phạm vi 'explicit' cần có phạm vi cụ thể",
    "a scale is 1:N with N > 0, got {scale:,g}": "tỷ lệ phải có dạng 1:N với N > 0, nhưng nhận được {scale:,g}",
    "grid {grid!r}: use one of {kinds}": "lưới tọa độ {grid!r} không hợp lệ: hãy dùng một trong {kinds}",
    "a grid interval must be a positive number, got {interval:,g}":
        "khoảng cách lưới phải là số dương, nhưng nhận được {interval:,g}",
    "a table frame lists 1 to 500 rows, got {n:,}": "khung bảng chỉ liệt kê từ 1 đến 500 dòng, nhưng nhận được {n:,}",
    "print layout field {field!r} must be a layer or column name, got {value!r}":
        "trường {field!r} của bố cục in phải là tên lớp hoặc tên cột, nhưng nhận được {value!r}",
    "a print layout is a JSON object": "bố cục in phải là một đối tượng JSON",
    "print layout field {field!r} must be text, got {value!r}":
        "trường {field!r} của bố cục in phải là văn bản, nhưng nhận được {value!r}",
    "print layout field 'table_columns' must be a list of names, got {value!r}":
        "trường 'table_columns' của bố cục in phải là danh sách tên cột, nhưng nhận được {value!r}",
    "print layout {name!r} has a value of the wrong type ({error})":
        "bố cục in {name!r} có giá trị sai kiểu ({error})",
    "print layout field {field!r} must be a number, got {value!r}":
        "trường {field!r} của bố cục in phải là một số, nhưng nhận được {value!r}",
    "'layouts' is not a list; no print layout was read":
        "'layouts' không phải là danh sách; không đọc được bố cục in nào",
    "print layout {n}: {error}; skipped": "bố cục in thứ {n}: {error}; đã bỏ qua",
    "layout {name!r}: no room left for the map frame on a {page} page":
        "bố cục {name!r}: trang khổ {page} không còn chỗ cho khung bản đồ",
    "a scale bar needs positive metres per mm and room": "thước tỷ lệ cần số mét trên mỗi mm dương và đủ chỗ để vẽ",
    # gisdesk/export/printing.py (printing a layout to PDF, PNG or a printer; the atlas)
    "the printer does not take a {page} landscape page": "máy in không nhận trang khổ {page} nằm ngang",
    "the printer does not take a {page} portrait page": "máy in không nhận trang khổ {page} đứng dọc",
    "the printer could not be started": "không khởi động được máy in",
    "the printer could not start a new page": "máy in không sang được trang mới",
    "the printer reported an error": "máy in báo lỗi",
    "{name}: choose a .pdf or .png file": "{name}: hãy chọn tệp .pdf hoặc .png",
    "a resolution of {dpi:g} dpi is outside 25 to 1200": "độ phân giải {dpi:g} dpi nằm ngoài khoảng 25 đến 1200",
    "permission denied: the folder is read-only or not yours":
        "không có quyền ghi: thư mục chỉ cho phép đọc hoặc không thuộc quyền của bạn",
    "the disk is full": "ổ đĩa đã đầy",
    "a part of the folder's path is a file, not a folder":
        "một phần trong đường dẫn thư mục là một tệp, không phải thư mục",
    "the folder does not exist and could not be made": "thư mục không tồn tại và không tạo được",
    "{path}: could not write the file ({why}); nothing was written":
        "{path}: không ghi được tệp ({why}); chưa có gì được ghi",
    "layout {name!r}: the project has no layer named {layer!r}": "bố cục {name!r}: dự án không có lớp nào tên {layer!r}",
    "layout {name!r}: layer {layer!r} has no location to show":
        "bố cục {name!r}: lớp {layer!r} không có vị trí nào để hiển thị",
    "nothing to print: no layer has a location": "không có gì để in: không lớp nào có vị trí trên bản đồ",
    "the project has no layer named {name!r} for the table frame": "dự án không có lớp nào tên {name!r} cho khung bảng",
    "the project has no layer named {name!r} for the overview":
        "dự án không có lớp nào tên {name!r} cho bản đồ vị trí tổng quan",
    "the project has no layer named {name!r} for the atlas": "dự án không có lớp nào tên {name!r} cho tập bản đồ",
    "the table frame needs a vector layer; {name!r} has no attribute table":
        "khung bảng cần một lớp vector; lớp {name!r} không có bảng thuộc tính",
    "the table frame's layer {name!r} has no column {columns}": "lớp {name!r} của khung bảng không có cột {columns}",
    "the overview layer {name!r} has no location to show":
        "lớp bản đồ tổng quan {name!r} không có vị trí nào để hiển thị",
    "layout {name!r} has no atlas layer": "bố cục {name!r} chưa có lớp tập bản đồ",
    "the atlas layer {name!r} has no polygons: an atlas needs a layer of areas (e.g. the wards)":
        "lớp tập bản đồ {name!r} không có vùng nào: tập bản đồ cần một lớp vùng (ví dụ các phường/xã)",
    "the atlas layer {name!r} has no column {field!r} to name its pages":
        "lớp tập bản đồ {name!r} không có cột {field!r} để đặt tên cho các trang",
    "the atlas layer {name!r} has no polygons shown (its filters or the time window hide them): an atlas needs a "
    "layer of areas (e.g. the wards)":
        "lớp tập bản đồ {name!r} không có vùng nào đang hiển thị (bộ lọc hoặc khoảng thời gian đã ẩn chúng): tập bản "
        "đồ cần một lớp vùng (ví dụ các phường/xã)",
    "layout {name!r}: {error}": "bố cục {name!r}: {error}",
    "Qt could not start the PDF": "Qt không tạo được tệp PDF",
    "Qt could not add a page to the PDF": "Qt không thêm được trang vào tệp PDF",
    "the PDF came out empty": "tệp PDF tạo ra bị rỗng",
    "a {w}×{h} pixel image is too large; choose a lower resolution":
        "ảnh {w}×{h} điểm ảnh quá lớn; hãy chọn độ phân giải thấp hơn",
    "not enough memory for a {w}×{h} pixel image": "không đủ bộ nhớ cho ảnh {w}×{h} điểm ảnh",
    "Qt could not encode the PNG": "Qt không mã hóa được ảnh PNG",
    # gisdesk/styles/ (style checks: shown by the style dialog, and for a broken style in a project file)
    "the heatmap radius must be a finite number of pixels >= 0, got {radius!r}":
        "bán kính bản đồ nhiệt phải là một số điểm ảnh hữu hạn và không âm, nhưng nhận được {radius!r}",
    "unknown colour ramp {ramp!r}; known ramps: {ramps}":
        "không có dải màu {ramp!r}; các dải màu hiện có: {ramps}",
    "a colour ramp is a ramp name or a list of colours, got {ramp!r}":
        "dải màu phải là tên một dải màu hoặc một danh sách màu, nhưng nhận được {ramp!r}",
    "a colour ramp needs at least 2 colours, got {n}": "dải màu cần ít nhất 2 màu, nhưng chỉ có {n}",
    "a palette is a ramp name or a list of colours, got {palette!r}":
        "bảng màu phải là tên một dải màu hoặc một danh sách màu, nhưng nhận được {palette!r}",
    "unknown marker shape {value!r}; expected one of {shapes}":
        "không có hình ký hiệu điểm {value!r}; hãy dùng một trong các hình: {shapes}",
    "a symbol is a dict, got {type}": "ký hiệu phải là một từ điển (dict), nhưng nhận được {type}",
    "not a single-symbol style: {kind!r}": "không phải kiểu hiển thị một ký hiệu: {kind!r}",
    "a colour is 3 or 4 integers 0-255 or '#rrggbb[aa]', got {value!r}":
        "màu phải gồm 3 hoặc 4 số nguyên từ 0 đến 255, hoặc có dạng '#rrggbb[aa]', nhưng nhận được {value!r}",
    "{name} is a length in millimetres, got {value!r}": "{name} phải là độ dài tính bằng milimét, nhưng nhận được {value!r}",
    "{name} must be a length of 0 mm or more, got {value!r}":
        "{name} phải là độ dài từ 0 mm trở lên, nhưng nhận được {value!r}",
    "Other values": "Giá trị khác",
    "No value": "Không có giá trị",
    "Point density": "Mật độ điểm",
    "low": "thấp",
    "high": "cao",
    "labels are a dict, got {type}": "thiết lập nhãn phải là một từ điển (dict), nhưng nhận được {type}",
    "labels need a 'column' (the column whose values are written)":
        "nhãn cần có 'column' (cột có giá trị được ghi lên bản đồ)",
    "labels size_pt must be above 0, got {size:g}": "cỡ chữ nhãn (size_pt) phải lớn hơn 0, nhưng nhận được {size:g}",
    "max_categories must be 1 or more, got {n!r}": "số nhóm tối đa (max_categories) phải từ 1 trở lên, nhưng nhận được {n!r}",
    "unknown classification method {method!r}; expected one of {methods} or manual":
        "không có phương pháp phân lớp {method!r}; hãy dùng một trong {methods} hoặc manual",
    "k (the number of classes) must be a whole number of 1 or more, got {k!r}":
        "k (số lớp) phải là số nguyên từ 1 trở lên, nhưng nhận được {k!r}",
    "a class goes from a lower to a higher finite number, got {lower:g} to {upper:g}":
        "mỗi lớp phải đi từ một số hữu hạn nhỏ hơn đến một số hữu hạn lớn hơn, nhưng nhận được {lower:g} đến {upper:g}",
    "unknown classification method {method!r}; expected one of {methods}":
        "không có phương pháp phân lớp {method!r}; hãy dùng một trong {methods}",
    "column {column!r} holds no numbers to classify": "cột {column!r} không chứa số nào để phân lớp",
    "no finite values to classify": "không có giá trị hữu hạn nào để phân lớp",
    "k (the number of classes) must be 1 or more, got {k}": "k (số lớp) phải từ 1 trở lên, nhưng nhận được {k}",
    "radius_mm must be above 0, got {radius:g}": "bán kính (radius_mm) phải lớn hơn 0, nhưng nhận được {radius:g}",
    "weight is a column name or None, got {weight!r}":
        "trọng số (weight) phải là tên cột hoặc None, nhưng nhận được {weight!r}",
    "max_value must be above 0 (or None for automatic), got {value:g}":
        "giá trị tối đa (max_value) phải lớn hơn 0 (hoặc None để tự động), nhưng nhận được {value:g}",
    "a style is a dict, got {type}": "kiểu hiển thị phải là một từ điển (dict), nhưng nhận được {type}",
    "unknown style kind {kind!r}; expected one of {kinds}":
        "không có loại kiểu hiển thị {kind!r}; hãy dùng một trong {kinds}",
    "missing {key!r}": "thiếu {key!r}",
    "broken {kind} style: {problem}": "kiểu hiển thị {kind} bị lỗi: {problem}",
    "it needs a 'column' (the name of the column it colours by)": "cần có 'column' (tên cột dùng để tô màu)",
    "{key!r} is a list, got {type}": "{key!r} phải là một danh sách, nhưng nhận được {type}",
    "a category is a dict with a 'value' and a 'symbol', got {value!r}":
        "mỗi nhóm phải là một từ điển (dict) có 'value' và 'symbol', nhưng nhận được {value!r}",
    "a category value is text, a number, true/false or null, got {value!r}":
        "giá trị của nhóm phải là văn bản, số, true/false hoặc null, nhưng nhận được {value!r}",
    "a class is a dict with 'lower', 'upper' and 'symbol', got {value!r}":
        "mỗi lớp phải là một từ điển (dict) có 'lower', 'upper' và 'symbol', nhưng nhận được {value!r}",
    "{name} is a number, got {value!r}": "{name} phải là một số, nhưng nhận được {value!r}",
    "there is no column {column!r}; the layer has no columns": "không có cột {column!r}; lớp không có cột nào",
    "there is no column {column!r}; the columns are: {columns}": "không có cột {column!r}; các cột hiện có: {columns}",
    # gisdesk/layers/ (the layers: their checks and the labels of their default styles)
    "1-hour mean": "trung bình 1 giờ",
    "8-hour mean": "trung bình 8 giờ",
    "24-hour mean": "trung bình 24 giờ",
    "annual mean": "trung bình năm",
    "{period!r} is not an averaging period; use one of {periods}":
        "{period!r} không phải là thời gian lấy trung bình; hãy dùng một trong {periods}",
    "the limit must be a number, not {limit!r}": "ngưỡng phải là một số, không phải {limit!r}",
    "the thresholds ({name}) have no {period} limit for {parameter}":
        "bộ ngưỡng ({name}) không có ngưỡng {period} cho {parameter}",
    "the {parameter} readings are in {units} but the limit is in {unit}; they cannot be compared":
        "số liệu {parameter} tính bằng {units} nhưng ngưỡng tính bằng {unit}; không thể so sánh",
    "the {parameter} readings mix units ({units}); they cannot be compared with one limit":
        "số liệu {parameter} dùng lẫn nhiều đơn vị ({units}); không thể so sánh với cùng một ngưỡng",
    "Good (at most half the limit)": "Tốt (không quá nửa ngưỡng)",
    "Moderate (up to the limit)": "Trung bình (đến ngưỡng)",
    "Over the limit": "Vượt ngưỡng",
    "No limit for this parameter": "Chỉ số này không có ngưỡng",
    "No data": "Không có số liệu",
    "there are no {parameter} readings (there are no readings at all)":
        "không có số liệu {parameter} (hoàn toàn chưa có số liệu nào)",
    "there are no {parameter} readings (the readings have: {parameters})":
        "không có số liệu {parameter} (số liệu hiện có: {parameters})",
    "the stations table has no 'station_id' column": "bảng trạm quan trắc không có cột 'station_id'",
    "the readings table lacks {columns}": "bảng số liệu quan trắc thiếu cột {columns}",
    "the readings' times have no time zone": "thời gian của số liệu quan trắc không có múi giờ",
    "a deadline is a positive number of hours: {categories}": "thời hạn xử lý phải là số giờ dương: {categories}",
    "Closed": "Đã đóng",
    "Open": "Đang mở",
    "Overdue": "Quá hạn",
    "there is no column {column!r} to style the requests by": "không có cột {column!r} để tạo kiểu hiển thị cho phản ánh",
    "{value!r} has no time zone": "{value!r} không có múi giờ",
    "layer {name!r} has no column {column!r}": "lớp {name!r} không có cột {column!r}",
    "cannot open as a raster ({error})": "không mở được dưới dạng raster ({error})",
    "the raster has no bands": "raster không có kênh (band) nào",
    "band(s) {bands} do not exist (the raster has {n})": "kênh {bands} không tồn tại (raster chỉ có {n} kênh)",
    "reading the raster failed ({error}); the file may be corrupt": "đọc raster không thành công ({error}); tệp có thể bị hỏng",
    # gisdesk/render/settings.py (what a map drawing needs: extent, size, background, dpi, CRS)
    "a map extent is 4 finite numbers (minx, miny, maxx, maxy), got {extent!r}":
        "phạm vi bản đồ phải gồm 4 số hữu hạn (minx, miny, maxx, maxy), nhưng nhận được {extent!r}",
    "a map extent needs maxx > minx and maxy > miny, got {extent!r}":
        "phạm vi bản đồ cần maxx > minx và maxy > miny, nhưng nhận được {extent!r}",
    "a map size is (width, height) of at least 1 pixel, got {size!r}":
        "kích thước bản đồ phải là (rộng, cao) với mỗi chiều ít nhất 1 điểm ảnh, nhưng nhận được {size!r}",
    "background is an RGBA colour, got {background!r}": "màu nền phải là một màu RGBA, nhưng nhận được {background!r}",
    "dpi must be a positive number, got {dpi!r}": "dpi phải là một số dương, nhưng nhận được {dpi!r}",
    "a map needs a CRS": "bản đồ cần có hệ tọa độ",
}
