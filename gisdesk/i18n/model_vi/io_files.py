"""Vietnamese of the model's messages about reading and writing files: the readers and their doctors
(io/readers.py, io/shapefile.py, io/encoding.py, io/crs_doctor.py, io/geometry_doctor.py, io/archive.py),
the city's feed layers (io/city_layers.py) and the writers (io/writers.py).

A ReadError/WriteError problem follows the file's path ("<path>: <problem>"), so it is written as what follows
a subject: "không có lớp nào tên ...", "là một thư mục; ...".
"""

from __future__ import annotations

VI: dict[str, str] = {
    # gisdesk/io/readers.py
    "Shapefile (.shp, also inside .zip), GeoPackage (.gpkg), GeoJSON, KML/KMZ, FlatGeobuf (.fgb), GML, GPX, "
    "CSV/XLSX with coordinates, GeoTIFF":
        "Shapefile (.shp, kể cả trong tệp .zip), GeoPackage (.gpkg), GeoJSON, KML/KMZ, FlatGeobuf (.fgb), GML, GPX, "
        "CSV/XLSX có cột tọa độ, GeoTIFF",
    "has no layer named {layer!r}": "không có lớp nào tên {layer!r}",
    "holds no vector layer": "không chứa lớp vector nào",
    "layer {name!r} has neither data nor source": "lớp {name!r} không có dữ liệu cũng không có nguồn",
    "holds no vector layer any more": "không còn chứa lớp vector nào",
    "layer {name!r}: the time column(s) {columns} are no longer in the data; the layer ignores the time slider "
    "until one is chosen":
        "lớp {name!r}: (các) cột thời gian {columns} không còn trong dữ liệu; lớp sẽ không theo thanh trượt thời "
        "gian cho đến khi chọn lại một cột",
    "no such file": "tệp không tồn tại",
    "is a folder; open a file inside it (or the .zip of the folder)":
        "là một thư mục; hãy mở một tệp bên trong (hoặc tệp .zip của thư mục đó)",
    "is a shapefile side file ({ext}) with no .shp or .dbf beside it; open the shapefile's .shp":
        "là tệp phụ của shapefile ({ext}) nhưng bên cạnh không có tệp .shp hay .dbf; hãy mở tệp .shp của shapefile",
    "{name} belongs to the shapefile {shapefile}, which was opened":
        "{name} thuộc shapefile {shapefile}, nên shapefile đó đã được mở",
    "is {kind}, not a map data file ({supported})":
        "là {kind}, không phải tệp dữ liệu bản đồ ({supported})",
    "the file is named {ext} but its content is {kind}; it was read by its content":
        "tệp có đuôi {ext} nhưng nội dung là {kind}; tệp đã được đọc theo nội dung thực",
    "is not a format gisdesk can read ({supported})":
        "không phải định dạng gisdesk đọc được ({supported})",
    "the archive no longer holds {member!r}": "tệp nén không còn chứa {member!r}",
    "zip archive with {n} dataset(s): {names}": "tệp nén zip có {n} bộ dữ liệu: {names}",
    "{member}: {problem}; the other files were read": "{member}: {problem}; các tệp khác vẫn được đọc",
    "holds no layers": "không chứa lớp nào",
    "has no layer named {layer!r} (it has: {names})": "không có lớp nào tên {layer!r} (các lớp có trong tệp: {names})",
    "{n} layers: {names}": "{n} lớp: {names}",
    "layer {name!r} could not be read: {problem}; the other layers were read":
        "không đọc được lớp {name!r}: {problem}; các lớp khác vẫn được đọc",
    "none of its layers could be read": "không đọc được lớp nào trong tệp",
    "an attribute table without geometry: its rows are kept as attribute-only rows":
        "bảng thuộc tính không có hình học: các dòng được giữ lại, chỉ có thuộc tính",
    "its text could not be decoded ({error})": "không giải mã được văn bản trong tệp ({error})",
    "binary (BLOB) column(s) {columns} could not be read and were left out":
        "không đọc được (các) cột nhị phân (BLOB) {columns} nên đã bỏ qua",
    "permission denied": "không có quyền truy cập",
    "could not be read: {error}": "không đọc được: {error}",
    "could not be read": "không đọc được",
    "sheet {sheet!r}: {problem}": "trang tính {sheet!r}: {problem}",
    "no sheet holds a table": "không trang tính nào chứa bảng dữ liệu",
    "{width} × {height} pixels, {bands} band(s) ({types}), {levels} overview level(s)":
        "{width} × {height} điểm ảnh, {bands} kênh ({types}), {levels} mức ảnh thu nhỏ",
    "the raster has no CRS: it cannot be placed on the map with other layers until one is set":
        "raster không có hệ tọa độ: chưa thể đặt lên bản đồ cùng các lớp khác cho đến khi được gán hệ tọa độ",
    "the raster is rotated (its geotransform has rotation terms); it is drawn by its bounding box":
        "raster bị xoay (phép biến đổi địa lý có thành phần xoay); raster được vẽ theo khung bao của nó",
    "no nodata value is set; every pixel is treated as data":
        "chưa đặt giá trị nodata; mọi điểm ảnh đều được coi là dữ liệu",
    "CRS set by the user: {crs}": "Hệ tọa độ do người dùng đặt: {crs}",
    "No .prj": "Không có tệp .prj",
    "No CRS was declared": "Tệp không khai báo hệ tọa độ",
    # gisdesk/io/archive.py
    "a ZIP archive": "một tệp nén ZIP",
    "a RAR archive": "một tệp nén RAR",
    "a 7-Zip archive": "một tệp nén 7-Zip",
    "a gzip-compressed file": "một tệp nén gzip",
    "a bzip2-compressed file": "một tệp nén bzip2",
    "an xz-compressed file": "một tệp nén xz",
    "a tar archive": "một tệp lưu trữ tar",
    "a TIFF/GeoTIFF raster image": "một ảnh raster TIFF/GeoTIFF",
    "a PNG image": "một ảnh PNG",
    "a JPEG image": "một ảnh JPEG",
    "a PDF document": "một tài liệu PDF",
    "an SQLite database (for example a GeoPackage)": "một cơ sở dữ liệu SQLite (ví dụ GeoPackage)",
    "a shapefile geometry file (.shp)": "một tệp hình học của shapefile (.shp)",
    "a FlatGeobuf file": "một tệp FlatGeobuf",
    "an HTML web page": "một trang web HTML",
    "an XML document": "một tài liệu XML",
    "a KML document": "một tài liệu KML",
    "a JSON or GeoJSON text": "một văn bản JSON hoặc GeoJSON",
    "plain text (for example a CSV table)": "văn bản thuần (ví dụ bảng CSV)",
    "unrecognised binary data": "dữ liệu nhị phân không nhận dạng được",
    "an empty file": "một tệp rỗng",
    "could not be opened ({error}).": "không mở được ({error}).",
    "is a RAR archive, which gisdesk cannot open (the GIS library it uses does not read RAR). Please unpack it "
    "first (for example with 7-Zip or WinRAR) and open the .shp file inside, or ask the sender for a .zip.":
        "là tệp nén RAR, gisdesk không mở được (thư viện GIS mà gisdesk dùng không đọc được RAR). Hãy giải nén "
        "trước (ví dụ bằng 7-Zip hoặc WinRAR) rồi mở tệp .shp bên trong, hoặc đề nghị người gửi gửi tệp .zip.",
    "is a 7-Zip archive, which gisdesk cannot open. Please unpack it first (for example with 7-Zip) and open the "
    "data file inside, or ask the sender for a .zip.":
        "là tệp nén 7-Zip, gisdesk không mở được. Hãy giải nén trước (ví dụ bằng 7-Zip) rồi mở tệp dữ liệu bên "
        "trong, hoặc đề nghị người gửi gửi tệp .zip.",
    "is {kind}, which gisdesk cannot open directly. Please unpack it first and open the data file inside, or ask "
    "the sender for a .zip.":
        "là {kind}, gisdesk không mở trực tiếp được. Hãy giải nén trước rồi mở tệp dữ liệu bên trong, hoặc đề nghị "
        "người gửi gửi tệp .zip.",
    "is empty (0 bytes): there is nothing to read. It was probably not copied or downloaded completely.":
        "rỗng (0 byte): không có gì để đọc. Có lẽ tệp chưa được sao chép hoặc tải về đầy đủ.",
    "is a damaged ZIP archive: its table of contents cannot be read (it was probably not copied or downloaded "
    "completely). Ask for a new copy.":
        "là tệp nén ZIP bị hỏng: không đọc được mục lục của tệp (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). "
        "Hãy xin một bản sao mới.",
    "is not a ZIP archive: it looks like {kind}.": "không phải tệp nén ZIP: tệp có vẻ là {kind}.",
    "could not be read as a ZIP archive ({error}).": "không đọc được dưới dạng tệp nén ZIP ({error}).",
    "holds only files with unsafe paths (absolute or containing '..'); nothing was unpacked.":
        "chỉ chứa các tệp có đường dẫn không an toàn (đường dẫn tuyệt đối hoặc có '..'); không giải nén gì cả.",
    "is an empty ZIP archive: it holds no files.": "là tệp nén ZIP rỗng: không chứa tệp nào.",
    "holds no data set that gisdesk can read (it holds: {files}).":
        "không chứa bộ dữ liệu nào gisdesk đọc được (trong tệp có: {files}).",
    "{zip}: {n} file(s) in the archive have unsafe paths (absolute or with '..', for example {example!r}) and were "
    "not unpacked.":
        "{zip}: {n} tệp trong tệp nén có đường dẫn không an toàn (đường dẫn tuyệt đối hoặc có '..', ví dụ "
        "{example!r}) nên không được giải nén.",
    "holds no file called {member!r}.": "không chứa tệp nào tên {member!r}.",
    "is password-protected ({member!r}); gisdesk cannot open encrypted archives. Please unpack it with the "
    "password and open the files inside.":
        "được bảo vệ bằng mật khẩu ({member!r}); gisdesk không mở được tệp nén mã hóa. Hãy giải nén bằng mật khẩu "
        "rồi mở các tệp bên trong.",
    "would unpack to {size}, more than the {limit} allowed (the archive itself is {zip_size}); it was not unpacked. "
    "If the data really is that large, unpack it yourself and open the files directly.":
        "sẽ bung ra {size}, vượt mức cho phép {limit} (bản thân tệp nén là {zip_size}); tệp không được giải nén. "
        "Nếu dữ liệu thật sự lớn như vậy, hãy tự giải nén rồi mở trực tiếp các tệp.",
    "needs {size} to unpack but the temporary folder has only {free} free; it was not unpacked.":
        "cần {size} để giải nén nhưng thư mục tạm chỉ còn trống {free}; tệp không được giải nén.",
    "is damaged: {member!r} inside it cannot be unpacked ({error}). It was probably not copied or downloaded "
    "completely; ask for a new copy.":
        "bị hỏng: không giải nén được {member!r} bên trong ({error}). Có lẽ tệp chưa được sao chép hoặc tải về đầy "
        "đủ; hãy xin một bản sao mới.",
    "uses a compression method gisdesk cannot unpack for {member!r} ({error}).":
        "dùng phương thức nén mà gisdesk không giải nén được cho {member!r} ({error}).",
    "Unpacked {n} file(s) from {zip} into a temporary folder.": "Đã giải nén {n} tệp từ {zip} vào một thư mục tạm.",
    "{n} bytes": "{n} byte",
    # gisdesk/io/shapefile.py
    "could not be opened: its folder cannot be read ({error}).": "không mở được: không đọc được thư mục chứa tệp ({error}).",
    "does not exist (no file of that name, in any letter case, is in its folder).":
        "không tồn tại (trong thư mục không có tệp nào mang tên này, dù viết hoa hay viết thường).",
    "is empty (0 bytes): there are no shapes to read. It was probably not copied or downloaded completely.":
        "rỗng (0 byte): không có hình nào để đọc. Có lẽ tệp chưa được sao chép hoặc tải về đầy đủ.",
    "is not a valid shapefile: it does not start with the shapefile signature (9994), so it is damaged or is another "
    "kind of file.":
        "không phải shapefile hợp lệ: tệp không bắt đầu bằng mã nhận dạng shapefile (9994), nên tệp bị hỏng hoặc là "
        "loại tệp khác.",
    "is not a shapefile: it is {kind} with a .shp name.": "không phải shapefile: đó là {kind} mang đuôi .shp.",
    "is too short to be a shapefile ({size} bytes; the header alone takes {header}): it was probably cut off while "
    "copying or downloading.":
        "quá ngắn để là một shapefile ({size} byte; riêng phần đầu tệp đã cần {header}): có lẽ tệp bị cắt cụt khi "
        "sao chép hoặc tải về.",
    "has an unknown shape type ({type}) in its header: the file is damaged or is not a shapefile.":
        "có kiểu hình không xác định ({type}) ở phần đầu tệp: tệp bị hỏng hoặc không phải shapefile.",
    "is empty (0 bytes): the attribute table holds nothing.": "rỗng (0 byte): bảng thuộc tính không có gì.",
    "is not a valid dBase attribute table.": "không phải bảng thuộc tính dBase hợp lệ.",
    "is not a valid dBase attribute table (it is {kind}).": "không phải bảng thuộc tính dBase hợp lệ (đó là {kind}).",
    "is a damaged dBase attribute table: its header is inconsistent.":
        "là bảng thuộc tính dBase bị hỏng: phần đầu tệp không nhất quán.",
    "could not be read ({error})": "không đọc được ({error})",
    "is empty": "rỗng",
    "holds a web page (HTML), not what its name says; someone probably saved a download page instead of the file":
        "chứa một trang web (HTML), không phải nội dung như tên tệp; có lẽ ai đó đã lưu trang tải về thay vì chính "
        "tệp đó",
    "holds {kind}, not text": "chứa {kind}, không phải văn bản",
    "is far too large ({size:,} bytes) to be what its name says": "quá lớn ({size:,} byte) so với loại tệp như tên gọi",
    "is not readable text": "không phải văn bản đọc được",
    "{name} has no .prj file, so it declares no coordinate reference system.":
        "{name} không có tệp .prj, nên không khai báo hệ tọa độ.",
    "does not hold a coordinate system gisdesk understands (it starts with {start!r})":
        "không chứa hệ tọa độ nào gisdesk hiểu được (tệp bắt đầu bằng {start!r})",
    "The projection file {name} {why}. It was ignored, so the layer has no declared coordinate system; check where "
    "the data lies on the map.":
        "Tệp hệ tọa độ {name} {why}. Tệp này đã bị bỏ qua, nên lớp không có hệ tọa độ khai báo; hãy kiểm tra vị trí "
        "của dữ liệu trên bản đồ.",
    "does not hold a single encoding name": "không chứa đúng một tên bảng mã",
    "The encoding file {name} {why}. It was ignored; the text encoding will be taken from the attribute table or "
    "detected from the text instead.":
        "Tệp bảng mã {name} {why}. Tệp này đã bị bỏ qua; bảng mã sẽ được lấy từ bảng thuộc tính hoặc nhận diện từ "
        "chính văn bản.",
    "The encoding file {name} names an encoding gisdesk does not know ({text!r}). It was ignored; the text encoding "
    "will be detected from the text instead.":
        "Tệp bảng mã {name} ghi một bảng mã gisdesk không biết ({text!r}). Tệp này đã bị bỏ qua; bảng mã sẽ được "
        "nhận diện từ chính văn bản.",
    "The index file {shx} does not match {shp}: its header lists {listed:,} record(s), it has {entries:,} entries "
    "({wrong:,} pointing to the wrong place), but the .shp holds {records:,} records. GDAL would have read wrong or "
    "too few shapes, so the index was rebuilt from the .shp in a temporary copy; your files were not changed.":
        "Tệp chỉ mục {shx} không khớp với {shp}: phần đầu ghi {listed:,} bản ghi, tệp có {entries:,} mục ({wrong:,} "
        "mục trỏ sai chỗ), nhưng tệp .shp có {records:,} bản ghi. GDAL sẽ đọc sai hoặc thiếu hình, nên chỉ mục đã "
        "được dựng lại từ tệp .shp trong một bản sao tạm; các tệp của bạn không bị thay đổi.",
    "The index file (.shx) of {shp} is missing. It was rebuilt from the .shp in a temporary copy; your files were "
    "not changed.":
        "Thiếu tệp chỉ mục (.shx) của {shp}. Chỉ mục đã được dựng lại từ tệp .shp trong một bản sao tạm; các tệp "
        "của bạn không bị thay đổi.",
    "The index file (.shx) of {shp} is damaged (it is not a shapefile index). It was rebuilt from the .shp in a "
    "temporary copy; your files were not changed.":
        "Tệp chỉ mục (.shx) của {shp} bị hỏng (không phải chỉ mục shapefile). Chỉ mục đã được dựng lại từ tệp .shp "
        "trong một bản sao tạm; các tệp của bạn không bị thay đổi.",
    "{shp} has {extra:,} byte(s) of extra data after its last record; they were ignored.":
        "{shp} có {extra:,} byte dữ liệu thừa sau bản ghi cuối; phần này đã được bỏ qua.",
    "{name} is cut off: its header says {declared_size:,} bytes but the file has {actual_size:,} (it was probably "
    "not copied or downloaded completely). {complete:,} of {declared:,} shapes were read; the other {lost:,} are "
    "lost.":
        "{name} bị cắt cụt: phần đầu tệp ghi {declared_size:,} byte nhưng tệp chỉ có {actual_size:,} (có lẽ tệp chưa "
        "được sao chép hoặc tải về đầy đủ). Đã đọc {complete:,}/{declared:,} hình; {lost:,} hình còn lại bị mất.",
    "{name} is damaged at byte {at:,}: record {record:,} is not a valid shape record. {complete:,} of {declared:,} "
    "shapes were read; the other {lost:,} are lost.":
        "{name} bị hỏng tại byte {at:,}: bản ghi {record:,} không phải bản ghi hình hợp lệ. Đã đọc "
        "{complete:,}/{declared:,} hình; {lost:,} hình còn lại bị mất.",
    "{name} is cut off: its header says {declared_size:,} bytes but the file has {actual_size:,} (it was probably "
    "not copied or downloaded completely). The {complete:,} complete shapes before that point were read; anything "
    "after it is lost.":
        "{name} bị cắt cụt: phần đầu tệp ghi {declared_size:,} byte nhưng tệp chỉ có {actual_size:,} (có lẽ tệp chưa "
        "được sao chép hoặc tải về đầy đủ). Đã đọc {complete:,} hình hoàn chỉnh trước điểm đó; phần sau bị mất.",
    "{name} is damaged at byte {at:,}: record {record:,} is not a valid shape record. The {complete:,} complete "
    "shapes before that point were read; anything after it is lost.":
        "{name} bị hỏng tại byte {at:,}: bản ghi {record:,} không phải bản ghi hình hợp lệ. Đã đọc {complete:,} hình "
        "hoàn chỉnh trước điểm đó; phần sau bị mất.",
    "The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it "
    "was probably not copied or downloaded completely). Those {complete:,} rows were read; the rest are lost.":
        "Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn "
        "(có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Đã đọc {complete:,} dòng đó; phần còn lại bị mất.",
    "The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it "
    "was probably not copied or downloaded completely). All {shapes:,} shapes were read; the last {missing:,} have "
    "empty attributes.":
        "Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn "
        "(có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Đã đọc đủ {shapes:,} hình; {missing:,} hình cuối có "
        "thuộc tính trống.",
    "The attribute table {name} has {complete:,} rows but {shp} holds {shapes:,} shapes. All {shapes:,} shapes were "
    "read; the last {missing:,} have empty attributes.":
        "Bảng thuộc tính {name} có {complete:,} dòng nhưng {shp} có {shapes:,} hình. Đã đọc đủ {shapes:,} hình; "
        "{missing:,} hình cuối có thuộc tính trống.",
    "The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it "
    "was probably not copied or downloaded completely). The last {extra:,} rows have no shape and were not loaded.":
        "Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn "
        "(có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). {extra:,} dòng cuối không có hình nên không được nạp.",
    "The attribute table {name} has {complete:,} rows but {shp} holds only {shapes:,} shapes. The last {extra:,} rows "
    "have no shape and were not loaded.":
        "Bảng thuộc tính {name} có {complete:,} dòng nhưng {shp} chỉ có {shapes:,} hình. {extra:,} dòng cuối không có "
        "hình nên không được nạp.",
    "The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it "
    "was probably not copied or downloaded completely). Its complete rows cover all {shapes:,} shapes that were "
    "read.":
        "Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn "
        "(có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Các dòng nguyên vẹn đã đủ cho cả {shapes:,} hình được "
        "đọc.",
    "belongs to a shapefile ({name}) whose main files are missing: there is no .shp (shapes) and no .dbf "
    "(attributes) beside it.":
        "thuộc một shapefile ({name}) bị thiếu các tệp chính: bên cạnh không có tệp .shp (hình) và cũng không có "
        "tệp .dbf (thuộc tính).",
    "{name} has no .shp beside it, so it was read as an attribute table without geometry.":
        "{name} không có tệp .shp bên cạnh, nên được đọc như một bảng thuộc tính không có hình học.",
    "{name} has no attribute table (.dbf) beside it: only the shapes were read, with no attributes.":
        "{name} không có bảng thuộc tính (.dbf) bên cạnh: chỉ đọc được các hình, không có thuộc tính.",
    "The attribute table {name} could not be used: it {problem} It was left out, so only the shapes were read, with "
    "no attributes.":
        "Không dùng được bảng thuộc tính {name}: tệp {problem} Bảng đã bị bỏ qua, nên chỉ đọc được các hình, không "
        "có thuộc tính.",
    "is damaged.": "bị hỏng.",
    # gisdesk/io/writers.py
    "saving with the {driver!r} driver is not supported; choose GeoPackage, GeoJSON, shapefile, FlatGeobuf, CSV or "
    "Excel (.xlsx).":
        "không hỗ trợ lưu bằng trình điều khiển {driver!r}; hãy chọn GeoPackage, GeoJSON, shapefile, FlatGeobuf, CSV "
        "hoặc Excel (.xlsx).",
    "cannot save as the extension {ext!r}; use .gpkg, .geojson, .shp, .fgb, .csv or .xlsx.":
        "không lưu được với đuôi tệp {ext!r}; hãy dùng .gpkg, .geojson, .shp, .fgb, .csv hoặc .xlsx.",
    "cannot save as a file name without an extension; use .gpkg, .geojson, .shp, .fgb, .csv or .xlsx.":
        "không lưu được với tên tệp không có đuôi; hãy dùng .gpkg, .geojson, .shp, .fgb, .csv hoặc .xlsx.",
    "there is no geometry column to write (expected a GeoDataFrame).":
        "không có cột hình học để ghi (cần một GeoDataFrame).",
    "this is a folder, not a file name.": "đây là một thư mục, không phải tên tệp.",
    "only a GeoPackage (.gpkg) can hold several layers; cannot add a layer to this file.":
        "chỉ GeoPackage (.gpkg) mới chứa được nhiều lớp; không thể thêm lớp vào tệp này.",
    "permission denied: you cannot write in the folder {folder}.":
        "không có quyền: bạn không được ghi vào thư mục {folder}.",
    "could not write the file ({error}).": "không ghi được tệp ({error}).",
    "permission denied: you cannot create a file in the folder {folder}.":
        "không có quyền: bạn không được tạo tệp trong thư mục {folder}.",
    "could not create the file ({error}).": "không tạo được tệp ({error}).",
    "permission denied: you cannot copy the existing GeoPackage in the folder {folder}.":
        "không có quyền: bạn không được sao chép tệp GeoPackage hiện có trong thư mục {folder}.",
    "could not copy the existing GeoPackage ({error}).": "không sao chép được tệp GeoPackage hiện có ({error}).",
    "permission denied: the file could not be replaced (it may be open in another program, or the folder {folder} is "
    "read-only). The previous file was left as it was.":
        "không có quyền: không thay thế được tệp (có thể tệp đang mở trong chương trình khác, hoặc thư mục {folder} "
        "chỉ cho phép đọc). Tệp cũ vẫn được giữ nguyên.",
    "could not replace the file ({error}).": "không thay thế được tệp ({error}).",
    "the disk is full; nothing was written and the previous file (if any) was left as it was.":
        "ổ đĩa đã đầy; chưa ghi gì và tệp cũ (nếu có) vẫn được giữ nguyên.",
    "your disk quota is used up; nothing was written and the previous file was left as it was.":
        "đã hết hạn mức dung lượng đĩa của bạn; chưa ghi gì và tệp cũ vẫn được giữ nguyên.",
    "the layer could not be written ({error}). The previous file (if any) was left as it was.":
        "không ghi được lớp ({error}). Tệp cũ (nếu có) vẫn được giữ nguyên.",
    "the layer has no CRS, so it cannot be reprojected to {crs}; set its CRS first.":
        "lớp không có hệ tọa độ nên không chuyển được sang {crs}; hãy đặt hệ tọa độ cho lớp trước.",
    "The layer has no CRS, so it could not be reprojected to WGS 84 as GeoJSON (RFC 7946) requires; the coordinates "
    "were written as they are.":
        "Lớp không có hệ tọa độ nên không chuyển được sang WGS 84 như GeoJSON (RFC 7946) yêu cầu; tọa độ được ghi "
        "nguyên như hiện có.",
    "could not reproject the layer to {crs} ({error}).": "không chuyển được lớp sang hệ tọa độ {crs} ({error}).",
    "GeoJSON (RFC 7946) is always WGS 84 longitude/latitude, so the layer was reprojected from {source} to {target}.":
        "GeoJSON (RFC 7946) luôn dùng kinh độ/vĩ độ WGS 84, nên lớp đã được chuyển từ {source} sang {target}.",
    "The layer was reprojected from {source} to {target}.": "Lớp đã được chuyển hệ tọa độ từ {source} sang {target}.",
    "points ({n:,})": "điểm ({n:,})",
    "lines ({n:,})": "đường ({n:,})",
    "polygons ({n:,})": "vùng ({n:,})",
    "geometry collections ({n:,})": "tập hợp hình học ({n:,})",
    "GDAL noted while writing: {text}": "GDAL ghi chú khi ghi tệp: {text}",
    "The GeoJSON was written in {crs} as asked, with a 'crs' member; this is the older 2008 GeoJSON, not RFC 7946, "
    "and some programs will assume WGS 84 and misplace it.":
        "Tệp GeoJSON đã được ghi theo {crs} như yêu cầu, kèm mục 'crs'; đây là GeoJSON kiểu cũ năm 2008, không phải "
        "RFC 7946, và một số chương trình sẽ coi là WGS 84 rồi đặt dữ liệu sai chỗ.",
    "{n:,} row has no geometry, which a FlatGeobuf spatial index cannot hold, so the file was written without a "
    "spatial index.":
        "{n:,} dòng không có hình học, mà chỉ mục không gian FlatGeobuf không chứa được dòng như vậy, nên tệp được ghi "
        "không kèm chỉ mục không gian.",
    "{n:,} rows have no geometry, which a FlatGeobuf spatial index cannot hold, so the file was written without a "
    "spatial index.":
        "{n:,} dòng không có hình học, mà chỉ mục không gian FlatGeobuf không chứa được dòng như vậy, nên tệp được ghi "
        "không kèm chỉ mục không gian.",
    "a shapefile holds only one kind of geometry, but this layer has {listing}. Save it as GeoPackage (.gpkg) or "
    "GeoJSON instead, which keep them all, or split the layer by geometry type first.":
        "shapefile chỉ chứa được một loại hình học, nhưng lớp này có {listing}. Hãy lưu thành GeoPackage (.gpkg) "
        "hoặc GeoJSON để giữ tất cả, hoặc tách lớp theo loại hình học trước.",
    "A shapefile (DBF) field name can only be 10 bytes long, so {n} field was renamed: {renames}.":
        "Tên trường của shapefile (DBF) chỉ dài tối đa 10 byte, nên {n} trường đã được đổi tên: {renames}.",
    "A shapefile (DBF) field name can only be 10 bytes long, so {n} fields were renamed: {renames}.":
        "Tên trường của shapefile (DBF) chỉ dài tối đa 10 byte, nên {n} trường đã được đổi tên: {renames}.",
    "The DBF of a shapefile has no date-and-time type, so '{field}' was written as ISO 8601 text with its UTC offset "
    "(e.g. 2024-05-01T08:30:00+07:00).":
        "Tệp DBF của shapefile không có kiểu ngày giờ, nên '{field}' được ghi thành văn bản ISO 8601 kèm độ lệch UTC "
        "(ví dụ 2024-05-01T08:30:00+07:00).",
    "The DBF of a shapefile has no date-and-time type, so '{field}' was written as ISO 8601 text (e.g. "
    "2024-05-01T08:30:00+07:00).":
        "Tệp DBF của shapefile không có kiểu ngày giờ, nên '{field}' được ghi thành văn bản ISO 8601 (ví dụ "
        "2024-05-01T08:30:00+07:00).",
    "{n:,} text in '{field}' was longer than the 254 bytes a shapefile (DBF) field can hold and was cut; save as "
    "GeoPackage to keep them whole.":
        "{n:,} giá trị văn bản trong '{field}' dài hơn 254 byte mà một trường shapefile (DBF) chứa được nên đã bị cắt "
        "bớt; hãy lưu thành GeoPackage để giữ nguyên.",
    "{n:,} texts in '{field}' were longer than the 254 bytes a shapefile (DBF) field can hold and were cut; save as "
    "GeoPackage to keep them whole.":
        "{n:,} giá trị văn bản trong '{field}' dài hơn 254 byte mà một trường shapefile (DBF) chứa được nên đã bị cắt "
        "bớt; hãy lưu thành GeoPackage để giữ nguyên.",
    "{format} has no time-zone-aware date type, so {columns} was written as ISO 8601 text with the UTC offset (e.g. "
    "2024-05-01T08:30:00+07:00).":
        "{format} không có kiểu ngày giờ kèm múi giờ, nên {columns} được ghi thành văn bản ISO 8601 kèm độ lệch UTC "
        "(ví dụ 2024-05-01T08:30:00+07:00).",
    "{format} has no time-zone-aware date type, so {columns} were written as ISO 8601 text with the UTC offset (e.g. "
    "2024-05-01T08:30:00+07:00).":
        "{format} không có kiểu ngày giờ kèm múi giờ, nên {columns} được ghi thành văn bản ISO 8601 kèm độ lệch UTC "
        "(ví dụ 2024-05-01T08:30:00+07:00).",
    "CSV has no place for a CRS: the WKT coordinates are in {crs}; tell whoever opens the file.":
        "CSV không có chỗ ghi hệ tọa độ: tọa độ WKT theo {crs}; hãy báo cho người mở tệp biết.",
    "CSV has no place for a CRS: the WKT coordinates are in the layer CRS; tell whoever opens the file.":
        "CSV không có chỗ ghi hệ tọa độ: tọa độ WKT theo hệ tọa độ của lớp; hãy báo cho người mở tệp biết.",
    "the layer has {n:,} rows but an Excel sheet holds at most {limit:,}; save it as GeoPackage or CSV instead.":
        "lớp có {n:,} dòng nhưng một trang tính Excel chỉ chứa tối đa {limit:,} dòng; hãy lưu thành GeoPackage hoặc "
        "CSV.",
    "The layer has no CRS, so no lon/lat columns could be added to the Excel sheet.":
        "Lớp không có hệ tọa độ nên không thêm được cột kinh độ/vĩ độ vào trang tính Excel.",
    "Point coordinates were added as '{lon}' and '{lat}' (WGS 84 degrees).":
        "Tọa độ điểm đã được thêm thành cột '{lon}' và '{lat}' (độ, WGS 84).",
    "{n:,} geometry is too large for an Excel cell ({limit:,} characters) and was left out of '{column}'; save as "
    "GeoPackage to keep them.":
        "{n:,} hình học quá lớn so với một ô Excel ({limit:,} ký tự) nên không được ghi vào '{column}'; hãy lưu thành "
        "GeoPackage để giữ lại.",
    "{n:,} geometries are too large for an Excel cell ({limit:,} characters) and were left out of '{column}'; save "
    "as GeoPackage to keep them.":
        "{n:,} hình học quá lớn so với một ô Excel ({limit:,} ký tự) nên không được ghi vào '{column}'; hãy lưu thành "
        "GeoPackage để giữ lại.",
    "{n:,} text held control characters that Excel cannot store; they were removed from the Excel copy.":
        "{n:,} giá trị văn bản chứa ký tự điều khiển mà Excel không lưu được; các ký tự đó đã bị bỏ khỏi bản Excel.",
    "{n:,} texts held control characters that Excel cannot store; they were removed from the Excel copy.":
        "{n:,} giá trị văn bản chứa ký tự điều khiển mà Excel không lưu được; các ký tự đó đã bị bỏ khỏi bản Excel.",
    # gisdesk/io/city_layers.py (service requests and the Open311 feed as layers)
    "the saved column mapping is not valid ({error})": "cách ghép cột đã lưu không hợp lệ ({error})",
    "the downloaded requests could not be saved in the local copy ({problem})":
        "không lưu được các phản ánh vừa tải về vào bản sao cục bộ ({problem})",
    "the feed could not be read: {failure}. There is no local copy to show instead.":
        "không đọc được nguồn cấp dữ liệu: {failure}. Không có bản sao cục bộ nào để hiển thị thay thế.",
    "there is no local copy of this feed at {path}; sync the feed (Layer > Add Open311 feed…) to download it.":
        "không có bản sao cục bộ của nguồn cấp dữ liệu này tại {path}; hãy đồng bộ nguồn cấp dữ liệu (Lớp > Thêm "
        "nguồn cấp dữ liệu Open311…) để tải về.",
    "layer {name!r} is not an Open311 feed layer": "lớp {name!r} không phải lớp nguồn cấp dữ liệu Open311",
    "Service requests ({name})": "Phản ánh ({name})",
    "an unknown date": "không rõ",
    "The feed could not be read: {failure}. The local copy of {when} ({n:,} requests) is shown instead; sync again "
    "later.":
        "Không đọc được nguồn cấp dữ liệu: {failure}. Đang hiển thị bản sao cục bộ thay thế (cập nhật lúc: {when}; "
        "{n:,} phản ánh); hãy đồng bộ lại sau.",
    "Opened the local copy of {when} ({n:,} requests) without connecting to the feed; sync the feed to fetch what "
    "changed since.":
        "Đã mở bản sao cục bộ (cập nhật lúc: {when}; {n:,} phản ánh) mà không kết nối tới nguồn cấp dữ liệu; hãy đồng "
        "bộ để lấy những thay đổi từ đó đến nay.",
    "{k:,} of {n:,} requests have no location; they are in the table but not on the map.":
        "{k:,}/{n:,} phản ánh không có vị trí; các phản ánh này có trong bảng nhưng không hiện trên bản đồ.",
    # gisdesk/io/geometry_doctor.py ("points ({n:,})" and the other families: see io/writers.py above)
    "The layer mixes {listing}; both are points, so nothing needs to change.":
        "Lớp có lẫn {listing}; cả hai đều là điểm, nên không cần thay đổi gì.",
    "The layer mixes {listing}; both are lines, so nothing needs to change.":
        "Lớp có lẫn {listing}; cả hai đều là đường, nên không cần thay đổi gì.",
    "The layer mixes {listing}; both are polygons, so nothing needs to change.":
        "Lớp có lẫn {listing}; cả hai đều là vùng, nên không cần thay đổi gì.",
    "The layer mixes {listing}; both are geometry collections, so nothing needs to change.":
        "Lớp có lẫn {listing}; cả hai đều là tập hợp hình học, nên không cần thay đổi gì.",
    "self-intersection": "tự cắt",
    "ring self-intersection": "vòng tự cắt",
    "too few points in geometry component": "thành phần hình học có quá ít điểm",
    "hole lies outside shell": "lỗ nằm ngoài đường bao",
    "interior is disconnected": "phần bên trong bị tách rời",
    "nested shells": "đường bao lồng nhau",
    "nested holes": "lỗ lồng nhau",
    "duplicate rings": "vòng trùng nhau",
    "invalid coordinate": "tọa độ không hợp lệ",
    "ring is not closed": "vòng không khép kín",
    "unknown reason": "không rõ lý do",
    "{items} and {last}": "{items} và {last}",
    "{n:,} geometry had impossible coordinates ({worst}) and was removed; the row was kept without a geometry.":
        "{n:,} hình học có tọa độ không thể có ({worst}) nên đã bị xóa; dòng dữ liệu vẫn được giữ, không có hình học.",
    "{n:,} geometries had impossible coordinates ({worst}) and were removed; the rows were kept without a geometry.":
        "{n:,} hình học có tọa độ không thể có ({worst}) nên đã bị xóa; các dòng dữ liệu vẫn được giữ, không có hình "
        "học.",
    "The layer's only feature has no geometry; it was kept as an attribute-only row.":
        "Đối tượng duy nhất của lớp không có hình học; đối tượng được giữ lại như một dòng chỉ có thuộc tính.",
    "None of the {n:,} features has a geometry; the layer was loaded as a table (attributes only).":
        "Không đối tượng nào trong {n:,} đối tượng có hình học; lớp được nạp như một bảng (chỉ có thuộc tính).",
    "{n:,} null": "{n:,} null",
    "{n:,} empty": "{n:,} rỗng",
    "{n:,} feature has no geometry ({detail}); it was kept as an attribute-only row that is not drawn on the map.":
        "{n:,} đối tượng không có hình học ({detail}); đối tượng được giữ lại như dòng chỉ có thuộc tính, không vẽ "
        "trên bản đồ.",
    "{n:,} features have no geometry ({detail}); they were kept as attribute-only rows that are not drawn on the "
    "map.":
        "{n:,} đối tượng không có hình học ({detail}); các đối tượng này được giữ lại như dòng chỉ có thuộc tính, "
        "không vẽ trên bản đồ.",
    "{n:,} invalid geometry ({reasons}) was repaired with make_valid.":
        "{n:,} hình học không hợp lệ ({reasons}) đã được sửa bằng make_valid.",
    "{n:,} invalid geometries ({reasons}) were repaired with make_valid.":
        "{n:,} hình học không hợp lệ ({reasons}) đã được sửa bằng make_valid.",
    "Repairing {n:,} geometry also produced stray lines or points; they were left out so that each geometry keeps "
    "its kind (a polygon stays a polygon, a line stays a line).":
        "Việc sửa {n:,} hình học còn sinh ra các đường hoặc điểm thừa; chúng đã được bỏ đi để mỗi hình học giữ nguyên "
        "loại (vùng vẫn là vùng, đường vẫn là đường).",
    "Repairing {n:,} geometries also produced stray lines or points; they were left out so that each geometry keeps "
    "its kind (a polygon stays a polygon, a line stays a line).":
        "Việc sửa {n:,} hình học còn sinh ra các đường hoặc điểm thừa; chúng đã được bỏ đi để mỗi hình học giữ nguyên "
        "loại (vùng vẫn là vùng, đường vẫn là đường).",
    "{n:,} invalid geometry collapsed when repaired (e.g. a polygon with no area or a line of zero length) and was "
    "removed; the row was kept without a geometry.":
        "{n:,} hình học không hợp lệ bị suy biến khi sửa (ví dụ vùng không có diện tích hoặc đường dài bằng 0) nên đã "
        "bị xóa; dòng dữ liệu vẫn được giữ, không có hình học.",
    "{n:,} invalid geometries collapsed when repaired (e.g. a polygon with no area or a line of zero length) and "
    "were removed; the rows were kept without a geometry.":
        "{n:,} hình học không hợp lệ bị suy biến khi sửa (ví dụ vùng không có diện tích hoặc đường dài bằng 0) nên đã "
        "bị xóa; các dòng dữ liệu vẫn được giữ, không có hình học.",
    "The layer mixes {listing}. All were kept; each kind is styled separately (points get a marker, lines a stroke, "
    "polygons a fill).":
        "Lớp có lẫn {listing}. Tất cả đều được giữ lại; mỗi loại được tô vẽ riêng (điểm có ký hiệu, đường có nét, "
        "vùng có màu nền).",
    "The geometries have Z values (heights); they were kept.": "Các hình học có giá trị Z (độ cao); đã được giữ lại.",
    "{n:,} geometry of {total:,} has Z values (heights); they were kept.":
        "{n:,}/{total:,} hình học có giá trị Z (độ cao); đã được giữ lại.",
    "{n:,} geometries of {total:,} have Z values (heights); they were kept.":
        "{n:,}/{total:,} hình học có giá trị Z (độ cao); đã được giữ lại.",
    "The geometries have M values (measures); they were kept.":
        "Các hình học có giá trị M (số đo); đã được giữ lại.",
    "{n:,} geometry of {total:,} has M values (measures); they were kept.":
        "{n:,}/{total:,} hình học có giá trị M (số đo); đã được giữ lại.",
    "{n:,} geometries of {total:,} have M values (measures); they were kept.":
        "{n:,}/{total:,} hình học có giá trị M (số đo); đã được giữ lại.",
    "The source declares M values (measures), but M values are not kept: GDAL dropped them while reading, so only "
    "X/Y/Z coordinates were loaded.":
        "Nguồn dữ liệu khai báo có giá trị M (số đo), nhưng giá trị M không được giữ: GDAL đã bỏ chúng khi đọc, nên "
        "chỉ nạp tọa độ X/Y/Z.",
    "The source declares M values (measures), but M values are not kept: GDAL dropped them while reading, so only "
    "X/Y coordinates were loaded.":
        "Nguồn dữ liệu khai báo có giá trị M (số đo), nhưng giá trị M không được giữ: GDAL đã bỏ chúng khi đọc, nên "
        "chỉ nạp tọa độ X/Y.",
    "GDAL could not read this layer ({error}).": "GDAL không đọc được lớp này ({error}).",
    "the geometries and the attributes of this layer did not line up when read.":
        "khi đọc, phần hình học và phần thuộc tính của lớp này không khớp với nhau.",
    "{n:,} geometry was a {kinds} (3D surface made of faces), which gisdesk cannot draw as such; it was converted to "
    "polygons, one per face, with the heights kept.":
        "{n:,} hình học là {kinds} (bề mặt 3D gồm nhiều mặt), gisdesk không vẽ trực tiếp được; hình học này đã được "
        "chuyển thành các vùng, mỗi mặt một vùng, vẫn giữ độ cao.",
    "{n:,} geometries were {kinds} (3D surfaces made of faces), which gisdesk cannot draw as such; each was "
    "converted to polygons, one per face, with the heights kept.":
        "{n:,} hình học là {kinds} (bề mặt 3D gồm nhiều mặt), gisdesk không vẽ trực tiếp được; mỗi hình học đã được "
        "chuyển thành các vùng, mỗi mặt một vùng, vẫn giữ độ cao.",
    "{n:,} geometry had polygon rings that were not closed (the last point differs from the first); the rings were "
    "closed.":
        "{n:,} hình học có vòng của vùng không khép kín (điểm cuối khác điểm đầu); các vòng đã được khép lại.",
    "{n:,} geometries had polygon rings that were not closed (the last point differs from the first); the rings "
    "were closed.":
        "{n:,} hình học có vòng của vùng không khép kín (điểm cuối khác điểm đầu); các vòng đã được khép lại.",
    "{n:,} geometry could not be read ({why}) and was left out; the row was kept without a geometry. This geometry "
    "type is not supported.":
        "Không đọc được {n:,} hình học ({why}) nên đã bỏ qua; dòng dữ liệu vẫn được giữ, không có hình học. Loại hình "
        "học này chưa được hỗ trợ.",
    "{n:,} geometries could not be read ({why}) and were left out; the rows were kept without a geometry. This "
    "geometry type is not supported.":
        "Không đọc được {n:,} hình học ({why}) nên đã bỏ qua; các dòng dữ liệu vẫn được giữ, không có hình học. Loại "
        "hình học này chưa được hỗ trợ.",
    "GDAL noted while reading: {text}": "GDAL ghi chú khi đọc tệp: {text}",
    # gisdesk/io/crs_doctor.py
    "x {minx} to {maxx}, y {miny} to {maxy}": "x từ {minx} đến {maxx}, y từ {miny} đến {maxy}",
    "{v:.2f}°E": "{v:.2f}°Đ",
    "{v:.2f}°W": "{v:.2f}°T",
    "{v:.2f}°N": "{v:.2f}°B",
    "{v:.2f}°S": "{v:.2f}°N",
    "{west} to {east}, {south} to {north}": "{west} đến {east}, {south} đến {north}",
    "no CRS": "không có hệ tọa độ",
    "{name} (no EPSG code)": "{name} (không có mã EPSG)",
    "There are no usable coordinates to work out the CRS from.":
        "Không có tọa độ dùng được để suy ra hệ tọa độ.",
    "The coordinates ({xy}) are not real positions, so the CRS cannot be worked out.":
        "Tọa độ ({xy}) không phải vị trí thực, nên không suy ra được hệ tọa độ.",
    "The coordinates ({xy}) fit longitude/latitude in degrees around Huế, so they look like WGS 84 (EPSG:4326).":
        "Tọa độ ({xy}) khớp với kinh độ/vĩ độ tính bằng độ quanh Huế, nên có vẻ là WGS 84 (EPSG:4326).",
    "The coordinates ({xy}) fit longitude/latitude in degrees, so they look like WGS 84 (EPSG:4326).":
        "Tọa độ ({xy}) khớp với kinh độ/vĩ độ tính bằng độ, nên có vẻ là WGS 84 (EPSG:4326).",
    "The coordinates ({xy}) are not longitude/latitude degrees and do not fall in Vietnam under VN-2000 / TM-3 "
    "107-00, UTM 48N or UTM 49N, so they could not be placed. Set the layer's CRS by hand.":
        "Tọa độ ({xy}) không phải kinh độ/vĩ độ tính bằng độ và không rơi vào Việt Nam theo VN-2000 / TM-3 107-00, "
        "UTM 48N hay UTM 49N, nên không xác định được vị trí. Hãy đặt hệ tọa độ cho lớp bằng tay.",
    "The coordinates ({xy}) look like {name} ({code}) around Huế ({lonlat}).":
        "Tọa độ ({xy}) có vẻ là {name} ({code}), nằm quanh Huế ({lonlat}).",
    "The coordinates ({xy}) look like {name} ({code}) in Vietnam ({lonlat}).":
        "Tọa độ ({xy}) có vẻ là {name} ({code}), nằm trong Việt Nam ({lonlat}).",
    "{others} would also put them in Vietnam; Huế's local TM-3 grid was preferred because Huế's offices use it.":
        "{others} cũng đặt dữ liệu trong Việt Nam; lưới TM-3 địa phương của Huế được ưu tiên vì các cơ quan ở Huế "
        "dùng lưới này.",
    "{others} would also put them in Vietnam.": "{others} cũng đặt dữ liệu trong Việt Nam.",
    "Other provinces' TM-3 grids (another central meridian) give numbers of the same size, so data from outside Huế "
    "may need another VN-2000 TM-3 zone.":
        "Lưới TM-3 của các tỉnh khác (kinh tuyến trục khác) cho số liệu cùng cỡ, nên dữ liệu ngoài Huế có thể cần múi "
        "VN-2000 TM-3 khác.",
    "WGS 84 / UTM coordinates (EPSG:32648/32649) look the same but lie about 200-300 m away.":
        "Tọa độ WGS 84 / UTM (EPSG:32648/32649) trông giống hệt nhưng lệch khoảng 200-300 m.",
    "The coordinates ({xy}) do not fit the declared CRS {label}: they are not longitude/latitude degrees.":
        "Tọa độ ({xy}) không khớp với hệ tọa độ khai báo {label}: đó không phải kinh độ/vĩ độ tính bằng độ.",
    "The coordinates ({xy}) do not fit the declared CRS {label}: they do not project to positions on Earth.":
        "Tọa độ ({xy}) không khớp với hệ tọa độ khai báo {label}: chúng không chiếu ra được vị trí trên Trái Đất.",
    "The coordinates do not fit the declared CRS {label}: it is meant for {area} ({area_name}), but under it the "
    "data ({xy}) would lie at {at}. The file's CRS is probably wrong; check where the data should be.":
        "Tọa độ không khớp với hệ tọa độ khai báo {label}: hệ này dùng cho {area} ({area_name}), nhưng theo hệ này dữ "
        "liệu ({xy}) sẽ nằm ở {at}. Có lẽ hệ tọa độ của tệp bị sai; hãy kiểm tra dữ liệu đáng lẽ nằm ở đâu.",
    "The coordinates do not fit the declared CRS {label}: it is meant for {area}, but under it the data ({xy}) would "
    "lie at {at}. The file's CRS is probably wrong; check where the data should be.":
        "Tọa độ không khớp với hệ tọa độ khai báo {label}: hệ này dùng cho {area}, nhưng theo hệ này dữ liệu ({xy}) "
        "sẽ nằm ở {at}. Có lẽ hệ tọa độ của tệp bị sai; hãy kiểm tra dữ liệu đáng lẽ nằm ở đâu.",
    "at the data's centre": "ở tâm dữ liệu",
    "at Huế's latitude": "ở vĩ độ của Huế",
    "at Huế": "ở Huế",
    "a VN-2000 grid (Transverse Mercator, central meridian {lon0:g}°E, scale {k:g}, false easting {easting:,.0f} m)":
        "một lưới VN-2000 (Transverse Mercator, kinh tuyến trục {lon0:g}°Đ, hệ số tỷ lệ {k:g}, số cộng thêm hướng "
        "đông {easting:,.0f} m)",
    "This .prj declares {grid} on the VN-2000 datum, but with a shift to WGS 84 that is missing or differs from the "
    "official one: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching "
    "VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.":
        "Tệp .prj này khai báo {grid} trên hệ quy chiếu VN-2000, nhưng tham số chuyển sang WGS 84 bị thiếu hoặc khác "
        "tham số chính thức: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 "
        "tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.",
    "This CRS declares {grid} on the VN-2000 datum, but with a shift to WGS 84 that is missing or differs from the "
    "official one: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching "
    "VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.":
        "Hệ tọa độ này khai báo {grid} trên hệ quy chiếu VN-2000, nhưng tham số chuyển sang WGS 84 bị thiếu hoặc khác "
        "tham số chính thức: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 "
        "tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.",
    "This .prj puts {grid} on the {datum} datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept "
    "as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.":
        "Tệp .prj này đặt {grid} trên hệ quy chiếu {datum}: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được "
        "giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.",
    "This CRS puts {grid} on the {datum} datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept as "
    "declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.":
        "Hệ tọa độ này đặt {grid} trên hệ quy chiếu {datum}: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ "
        "được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.",
    "This .prj puts {grid} on an unknown datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept as "
    "declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.":
        "Tệp .prj này đặt {grid} trên một hệ quy chiếu không rõ: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa "
        "độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo "
        "VN-2000.",
    "This CRS puts {grid} on an unknown datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept as "
    "declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.":
        "Hệ tọa độ này đặt {grid} trên một hệ quy chiếu không rõ: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa "
        "độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo "
        "VN-2000.",
    "The file declares a CRS that could not be understood ({text!r}); it was ignored.":
        "Tệp khai báo một hệ tọa độ không hiểu được ({text!r}); khai báo này đã bị bỏ qua.",
    "The .prj file is an HTML page, not a CRS definition; it was ignored.":
        "Tệp .prj là một trang HTML, không phải định nghĩa hệ tọa độ; tệp đã bị bỏ qua.",
    "The .prj file is not a CRS definition pyproj can read; it was ignored.":
        "Tệp .prj không phải định nghĩa hệ tọa độ mà pyproj đọc được; tệp đã bị bỏ qua.",
    "1 feature has absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); it was left out when "
    "working out the layer's extent and CRS.":
        "1 đối tượng có tọa độ vô lý (NaN, vô cực hoặc giá trị 'không có dữ liệu' như -1.797e308); đối tượng này "
        "không được tính khi xác định phạm vi và hệ tọa độ của lớp.",
    "{n:,} features have absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); they were left "
    "out when working out the layer's extent and CRS.":
        "{n:,} đối tượng có tọa độ vô lý (NaN, vô cực hoặc giá trị 'không có dữ liệu' như -1.797e308); các đối tượng "
        "này không được tính khi xác định phạm vi và hệ tọa độ của lớp.",
    "Some features have absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); they were left "
    "out when working out the layer's extent and CRS.":
        "Một số đối tượng có tọa độ vô lý (NaN, vô cực hoặc giá trị 'không có dữ liệu' như -1.797e308); các đối tượng "
        "này không được tính khi xác định phạm vi và hệ tọa độ của lớp.",
    "{missing}: {reason} This is a guess, check it.": "{missing}: {reason} Đây là phỏng đoán, hãy kiểm tra lại.",
    "{missing} and there are no usable coordinates to work it out from; set the layer's CRS by hand.":
        "{missing} và không có tọa độ dùng được để suy ra; hãy đặt hệ tọa độ cho lớp bằng tay.",
    "{missing}. {reason}": "{missing}. {reason}",
    "The CRS declared by the .prj file is equivalent to {label} and is stored as that code.":
        "Hệ tọa độ khai báo trong tệp .prj tương đương {label} và được lưu theo mã đó.",
    "The CRS declared by the file is equivalent to {label} and is stored as that code.":
        "Hệ tọa độ khai báo trong tệp tương đương {label} và được lưu theo mã đó.",
    "The CRS declared by the .prj file is {label}.": "Hệ tọa độ khai báo trong tệp .prj là {label}.",
    "The CRS declared by the file is {label}.": "Hệ tọa độ khai báo trong tệp là {label}.",
    "The CRS declared by the .prj file is {label}; it has no exact EPSG equivalent and is kept as WKT2.":
        "Hệ tọa độ khai báo trong tệp .prj là {label}; hệ này không có mã EPSG tương đương chính xác nên được giữ dạng "
        "WKT2.",
    "The CRS declared by the file is {label}; it has no exact EPSG equivalent and is kept as WKT2.":
        "Hệ tọa độ khai báo trong tệp là {label}; hệ này không có mã EPSG tương đương chính xác nên được giữ dạng WKT2.",
    "They look like {label} instead (a guess, check it).":
        "Tọa độ có vẻ thuộc {label} (phỏng đoán, hãy kiểm tra lại).",
    # gisdesk/io/encoding.py
    "the attribute file could not be opened ({error})": "không mở được tệp thuộc tính ({error})",
    "plain ASCII": "ASCII thuần",
    "TCVN3 (ABC, .VnTime fonts)": "TCVN3 (ABC, phông .VnTime)",
    "VNI-Windows (VNI fonts)": "VNI-Windows (phông VNI)",
    "Windows-1258 Vietnamese (cp1258)": "Windows-1258 tiếng Việt (cp1258)",
    "Windows-1252 Western European (cp1252)": "Windows-1252 Tây Âu (cp1252)",
    "ISO-8859-1 Western European (Latin-1)": "ISO-8859-1 Tây Âu (Latin-1)",
    "Windows-1250 Central European (cp1250)": "Windows-1250 Trung Âu (cp1250)",
    "Windows-1251 Cyrillic (cp1251)": "Windows-1251 chữ Kirin (cp1251)",
    "GBK simplified Chinese (cp936)": "GBK tiếng Trung giản thể (cp936)",
    "Big5 traditional Chinese": "Big5 tiếng Trung phồn thể",
    "all values are plain ASCII, which reads the same in every encoding":
        "mọi giá trị đều là ASCII thuần, đọc theo bảng mã nào cũng như nhau",
    "no text values": "không có giá trị văn bản",
    "declared {name}": "khai báo {name}",
    "its reading is as good as UTF-8's ({good:,} of {n:,} values read well)":
        "đọc theo bảng mã này tốt ngang UTF-8 ({good:,}/{n:,} giá trị đọc tốt)",
    "all {n:,} distinct non-ASCII values are valid UTF-8, which wins over the declared {name}":
        "cả {n:,} giá trị khác nhau có ký tự ngoài ASCII đều là UTF-8 hợp lệ, nên UTF-8 được chọn thay cho {name} "
        "đã khai báo",
    "all {n:,} distinct non-ASCII values are valid UTF-8":
        "cả {n:,} giá trị khác nhau có ký tự ngoài ASCII đều là UTF-8 hợp lệ",
    "declared UTF-8, but {bad:,} of {n:,} distinct non-ASCII values are not valid UTF-8":
        "khai báo UTF-8, nhưng {bad:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII không phải UTF-8 hợp lệ",
    "{good:,} of {n:,} distinct non-ASCII values read as Vietnamese words in {name}":
        "{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành chữ tiếng Việt theo {name}",
    "{good:,} of {n:,} distinct non-ASCII values read as sensible text in {name}":
        "{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành văn bản có nghĩa theo {name}",
    "it reads poorly ({how}), but no other encoding reads better, so it was kept":
        "đọc theo bảng mã này kém ({how}), nhưng không bảng mã nào đọc tốt hơn, nên vẫn giữ bảng mã này",
    "but only {good:,} of {n:,} values read well in it ({bad:,} are not even valid there)":
        "nhưng chỉ {good:,}/{n:,} giá trị đọc tốt theo bảng mã đó ({bad:,} giá trị thậm chí không hợp lệ)",
    "but only {good:,} of {n:,} values read well in it": "nhưng chỉ {good:,}/{n:,} giá trị đọc tốt theo bảng mã đó",
    "next best: {name}, with {good:,} of {n:,}": "đứng thứ hai: {name}, với {good:,}/{n:,}",
    "{names} and {n:,} more": "{names} và {n:,} mục khác",
    "{n:,} distinct non-ASCII values": "{n:,} giá trị khác nhau có ký tự ngoài ASCII",
    "{good:,} of {n:,} distinct non-ASCII values read as Vietnamese words in it":
        "{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành chữ tiếng Việt theo bảng mã này",
    "{good:,} of {n:,} distinct non-ASCII values read as sensible text in it":
        "{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành văn bản có nghĩa theo bảng mã này",
    "The .cpg file declares the text encoding {name}.": "Tệp .cpg khai báo bảng mã {name}.",
    "The DBF language id declares the text encoding {name}.": "Mã ngôn ngữ của tệp DBF khai báo bảng mã {name}.",
    "The DBF language id {ldid} declares the text encoding {name}.":
        "Mã ngôn ngữ {ldid} của tệp DBF khai báo bảng mã {name}.",
    "The file declares the text encoding {name}.": "Tệp khai báo bảng mã {name}.",
    "The {ext} file declares the text encoding {name}.": "Tệp {ext} khai báo bảng mã {name}.",
    "{source} declares the text encoding {name}.": "{source} khai báo bảng mã {name}.",
    "The text encoding {declared!r} you chose is not one gisdesk knows; it was ignored and the encoding was detected "
    "from the text.":
        "Bảng mã {declared!r} bạn chọn không có trong danh sách gisdesk biết; lựa chọn này đã bị bỏ qua và bảng mã "
        "được nhận diện từ văn bản.",
    "The text encoding {declared!r} given by the DBF language id {ldid} is not one gisdesk knows; it was ignored and "
    "the encoding was detected from the text.":
        "Bảng mã {declared!r} theo mã ngôn ngữ {ldid} của tệp DBF không có trong danh sách gisdesk biết; khai báo này "
        "đã bị bỏ qua và bảng mã được nhận diện từ văn bản.",
    "The text encoding {declared!r} given by the file is not one gisdesk knows; it was ignored and the encoding was "
    "detected from the text.":
        "Bảng mã {declared!r} do tệp khai báo không có trong danh sách gisdesk biết; khai báo này đã bị bỏ qua và bảng "
        "mã được nhận diện từ văn bản.",
    "The text encoding {declared!r} given by {source} is not one gisdesk knows; it was ignored and the encoding was "
    "detected from the text.":
        "Bảng mã {declared!r} do {source} khai báo không có trong danh sách gisdesk biết; khai báo này đã bị bỏ qua và "
        "bảng mã được nhận diện từ văn bản.",
    "Column {column}: {n:,} value used the Icelandic letter Ð/ð (U+00D0/U+00F0) in Vietnamese words where Vietnamese "
    "uses Đ/đ (U+0110/U+0111), probably from an old font or converter; they were corrected so that searches and "
    "joins on names like “Đông” find them.":
        "Cột {column}: {n:,} giá trị dùng chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0) trong từ tiếng Việt, thay cho Đ/đ "
        "(U+0110/U+0111), có lẽ do phông chữ hoặc công cụ chuyển mã cũ; các giá trị đã được sửa để tìm kiếm và ghép "
        "nối theo tên như “Đông” tìm thấy chúng.",
    "Column {column}: {n:,} values used the Icelandic letter Ð/ð (U+00D0/U+00F0) in Vietnamese words where "
    "Vietnamese uses Đ/đ (U+0110/U+0111), probably from an old font or converter; they were corrected so that "
    "searches and joins on names like “Đông” find them.":
        "Cột {column}: {n:,} giá trị dùng chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0) trong từ tiếng Việt, thay cho Đ/đ "
        "(U+0110/U+0111), có lẽ do phông chữ hoặc công cụ chuyển mã cũ; các giá trị đã được sửa để tìm kiếm và ghép "
        "nối theo tên như “Đông” tìm thấy chúng.",
    "Column {column}: {n:,} value contains the Icelandic letter Ð/ð (U+00D0/U+00F0). In Vietnamese text this stands "
    "for Đ/đ (U+0110/U+0111), but the column is not clearly Vietnamese, so the values were left unchanged; searches "
    "for “Đ” will not find them.":
        "Cột {column}: {n:,} giá trị chứa chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0). Trong văn bản tiếng Việt, chữ này "
        "thay cho Đ/đ (U+0110/U+0111), nhưng cột không rõ là tiếng Việt, nên các giá trị được giữ nguyên; tìm “Đ” sẽ "
        "không thấy chúng.",
    "Column {column}: {n:,} values contain the Icelandic letter Ð/ð (U+00D0/U+00F0). In Vietnamese text this stands "
    "for Đ/đ (U+0110/U+0111), but the column is not clearly Vietnamese, so the values were left unchanged; searches "
    "for “Đ” will not find them.":
        "Cột {column}: {n:,} giá trị chứa chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0). Trong văn bản tiếng Việt, chữ này "
        "thay cho Đ/đ (U+0110/U+0111), nhưng cột không rõ là tiếng Việt, nên các giá trị được giữ nguyên; tìm “Đ” sẽ "
        "không thấy chúng.",
    "Column {column} mixes encodings: {n:,} value is UTF-8 while the rest is {name}; each was decoded with its own "
    "encoding.":
        "Cột {column} lẫn nhiều bảng mã: {n:,} giá trị là UTF-8 còn lại là {name}; mỗi giá trị đã được giải mã theo "
        "đúng bảng mã của nó.",
    "Column {column} mixes encodings: {n:,} values are UTF-8 while the rest is {name}; each was decoded with its own "
    "encoding.":
        "Cột {column} lẫn nhiều bảng mã: {n:,} giá trị là UTF-8 còn lại là {name}; mỗi giá trị đã được giải mã theo "
        "đúng bảng mã của nó.",
    "The text encoding {name} was chosen by hand.": "Bảng mã {name} do người dùng tự chọn.",
    "No text encoding was declared for this file (no usable .cpg file and no language id in the .dbf), so it is "
    "worked out from the text itself.":
        "Tệp này không khai báo bảng mã (không có tệp .cpg dùng được và tệp .dbf không có mã ngôn ngữ), nên bảng mã "
        "được suy ra từ chính văn bản.",
    "All text ({names}) is plain ASCII, which reads the same in every encoding.":
        "Toàn bộ văn bản ({names}) là ASCII thuần, đọc theo bảng mã nào cũng như nhau.",
    "The text in column {names} was decoded as {name}, as chosen ({reasons}).":
        "Văn bản trong cột {names} đã được giải mã theo {name} như đã chọn ({reasons}).",
    "The text in columns {names} was decoded as {name}, as chosen ({reasons}).":
        "Văn bản trong các cột {names} đã được giải mã theo {name} như đã chọn ({reasons}).",
    "The text in column {names} reads well in the declared {name}, which was used ({reasons}).":
        "Văn bản trong cột {names} đọc tốt theo bảng mã khai báo {name}, nên bảng mã này được dùng ({reasons}).",
    "The text in columns {names} reads well in the declared {name}, which was used ({reasons}).":
        "Văn bản trong các cột {names} đọc tốt theo bảng mã khai báo {name}, nên bảng mã này được dùng ({reasons}).",
    "The text in column {names} does not read as sensible text in the declared {declared}; it reads as {name}, which "
    "was used instead ({reasons}).":
        "Văn bản trong cột {names} không đọc ra chữ có nghĩa theo bảng mã khai báo {declared}; văn bản đọc được theo "
        "{name}, nên bảng mã này được dùng thay thế ({reasons}).",
    "The text in columns {names} does not read as sensible text in the declared {declared}; it reads as {name}, which "
    "was used instead ({reasons}).":
        "Văn bản trong các cột {names} không đọc ra chữ có nghĩa theo bảng mã khai báo {declared}; văn bản đọc được "
        "theo {name}, nên bảng mã này được dùng thay thế ({reasons}).",
    "The text in column {names} was detected as {name} and decoded with it ({reasons}).":
        "Văn bản trong cột {names} được nhận diện là {name} và đã được giải mã theo bảng mã đó ({reasons}).",
    "The text in columns {names} was detected as {name} and decoded with it ({reasons}).":
        "Văn bản trong các cột {names} được nhận diện là {name} và đã được giải mã theo bảng mã đó ({reasons}).",
    "The encoding of column {column} is uncertain (confidence {confidence:.2f}): {reason}. Check the text; if it "
    "looks wrong, reopen the file choosing the encoding by hand.":
        "Bảng mã của cột {column} chưa chắc chắn (độ tin cậy {confidence:.2f}): {reason}. Hãy kiểm tra văn bản; nếu "
        "thấy sai, hãy mở lại tệp và tự chọn bảng mã.",
    "{n:,} value in {names} could not be decoded cleanly; the bytes that make no sense in the encoding used were "
    "replaced with “\ufffd”.":
        "{n:,} giá trị trong {names} không giải mã trọn vẹn được; các byte vô nghĩa theo bảng mã đã dùng được thay "
        "bằng “\ufffd”.",
    "{n:,} values in {names} could not be decoded cleanly; the bytes that make no sense in the encoding used were "
    "replaced with “\ufffd”.":
        "{n:,} giá trị trong {names} không giải mã trọn vẹn được; các byte vô nghĩa theo bảng mã đã dùng được thay "
        "bằng “\ufffd”.",
    "{n:,} value in capitals used TCVN3's small-letter codes for accented capitals (the .VnTimeH font convention, "
    "e.g. “HUế”); those letters were made capitals (“HUẾ”).":
        "{n:,} giá trị viết hoa dùng mã chữ thường của TCVN3 cho chữ hoa có dấu (quy ước của phông .VnTimeH, ví dụ "
        "“HUế”); các chữ đó đã được chuyển thành chữ hoa (“HUẾ”).",
    "{n:,} values in capitals used TCVN3's small-letter codes for accented capitals (the .VnTimeH font convention, "
    "e.g. “HUế”); those letters were made capitals (“HUẾ”).":
        "{n:,} giá trị viết hoa dùng mã chữ thường của TCVN3 cho chữ hoa có dấu (quy ước của phông .VnTimeH, ví dụ "
        "“HUế”); các chữ đó đã được chuyển thành chữ hoa (“HUẾ”).",
    "{n:,} value in {names} was in decomposed Unicode (NFD-style: tone marks stored as separate combining characters, "
    "as some keyboards and converters write them) and was normalised to NFC, so that they match in joins and "
    "searches.":
        "{n:,} giá trị trong {names} ở dạng Unicode tổ hợp rời (kiểu NFD: dấu thanh lưu thành ký tự kết hợp riêng, "
        "như một số bộ gõ và công cụ chuyển mã tạo ra) và đã được chuẩn hóa về NFC để khớp khi ghép nối và tìm kiếm.",
    "{n:,} values in {names} were in decomposed Unicode (NFD-style: tone marks stored as separate combining "
    "characters, as some keyboards and converters write them) and were normalised to NFC, so that they match in "
    "joins and searches.":
        "{n:,} giá trị trong {names} ở dạng Unicode tổ hợp rời (kiểu NFD: dấu thanh lưu thành ký tự kết hợp riêng, "
        "như một số bộ gõ và công cụ chuyển mã tạo ra) và đã được chuẩn hóa về NFC để khớp khi ghép nối và tìm kiếm.",
    "{n:,} value in {names} was not in composed Unicode (NFC) and was normalised to NFC, so that they match in joins "
    "and searches.":
        "{n:,} giá trị trong {names} không ở dạng Unicode dựng sẵn (NFC) và đã được chuẩn hóa về NFC để khớp khi ghép "
        "nối và tìm kiếm.",
    "{n:,} values in {names} were not in composed Unicode (NFC) and were normalised to NFC, so that they match in "
    "joins and searches.":
        "{n:,} giá trị trong {names} không ở dạng Unicode dựng sẵn (NFC) và đã được chuẩn hóa về NFC để khớp khi ghép "
        "nối và tìm kiếm.",
    "chosen by the user ({good:,} of {n:,} values read well in it; the text itself suggests {name})":
        "do người dùng chọn ({good:,}/{n:,} giá trị đọc tốt theo bảng mã này; bản thân văn bản gợi ý {name})",
    "{good:,} of {n:,} values read well in {name}, the encoding the other columns of this file clearly use (own best "
    "guess: {own}, confidence {confidence:.2f})":
        "{good:,}/{n:,} giá trị đọc tốt theo {name}, bảng mã mà các cột khác của tệp rõ ràng đang dùng (phỏng đoán "
        "riêng của cột: {own}, độ tin cậy {confidence:.2f})",
    "unknown problem": "lỗi không xác định",
    # io/report.py: the report as text (the window's Import report)
    "layer {name!r} ({driver}): {kept:,} of {read:,} features; {types}":
        "lớp {name!r} ({driver}): {kept:,}/{read:,} đối tượng; {types}",
    "no geometry": "không có hình học",
    "CRS: {crs} ({status})": "Hệ tọa độ: {crs} ({status})",
    "text encoding: {encodings} ({status})": "Bảng mã: {encodings} ({status})",
    "INFO": "THÔNG TIN",
    "WARNING": "CẢNH BÁO",
    "ERROR": "LỖI",
    "read": "đọc",
    "encoding": "bảng mã",
    "CRS": "hệ tọa độ",
    "geometry": "hình học",
    "sidecar files": "tệp đi kèm",
    "columns": "cột",
    "dropped": "bị loại",
    "write": "ghi",
    "declared": "có khai báo",
    "guessed": "đoán",
    "assumed": "giả định",
    "overridden": "do người dùng chọn",
    "detected": "tự nhận diện",
    "not declared": "không khai báo",
}
