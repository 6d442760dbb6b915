<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttributeTableWidget</name>
    <message>
        <location filename="../widgets/attribute_table.py" line="699" />
        <source>Search text columns…</source>
        <extracomment>text filters on layers with more rows than this run in a worker thread a layer selection in more runs of consecutive view rows than this is shown by highlight only</extracomment>
        <translation>Tìm trong các cột văn bản…</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="702" />
        <source>Filter by the value of a column</source>
        <translation>Lọc theo giá trị của một cột</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="707" />
        <source>Selected only</source>
        <translation>Chỉ dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="817" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="840" />
        <source>(all values)</source>
        <translation>(mọi giá trị)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="841" />
        <location filename="../widgets/attribute_table.py" line="881" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="852" />
        <source>(any column)</source>
        <translation>(mọi cột)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="998" />
        <source>%s of %s rows shown, %s selected</source>
        <translation>Hiển thị %s / %s dòng, đã chọn %s</translation>
    </message>
</context>
<context>
    <name>CrsDialog</name>
    <message>
        <location filename="../widgets/crs_dialog.py" line="180" />
        <source>Choose a coordinate reference system</source>
        <translation>Chọn hệ quy chiếu tọa độ</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="184" />
        <source>Search by EPSG code or name, e.g. 9214 or VN-2000</source>
        <translation>Tìm theo mã EPSG hoặc tên, ví dụ 9214 hoặc VN-2000</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="245" />
        <source>projected</source>
        <translation>tọa độ phẳng</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="245" />
        <source>geographic</source>
        <translation>tọa độ địa lý</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="253" />
        <source>%d matching CRSs</source>
        <translation>%d hệ tọa độ phù hợp</translation>
    </message>
</context>
<context>
    <name>CrsListModel</name>
    <message>
        <location filename="../widgets/crs_dialog.py" line="150" />
        <source>Common in Huế (%d)</source>
        <extracomment>shown first, in this order, then every other VN-2000 CRS by code</extracomment>
        <translation>Thường dùng ở Huế (%d)</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="151" />
        <source>All CRSs (%d)</source>
        <translation>Tất cả hệ tọa độ (%d)</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="168" />
        <source>Coordinate reference system</source>
        <translation>Hệ quy chiếu tọa độ</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="168" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>FeedSyncRunner</name>
    <message>
        <location filename="../widgets/feed_dialog.py" line="381" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>LayerFilterDock</name>
    <message>
        <location filename="../widgets/layer_filter.py" line="275" />
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="295" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="297" />
        <source>The column whose values you choose</source>
        <translation>Cột có các giá trị bạn chọn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="317" />
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="318" />
        <source>Show every row of the layer again</source>
        <translation>Hiện lại mọi dòng của lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="334" />
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="334" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="334" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="335" />
        <source>Urgency</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="335" />
        <source>Agency</source>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="336" />
        <source>Ward</source>
        <translation>Phường/Xã</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="341" />
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="341" />
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="341" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="383" />
        <source>Select a layer to filter its rows.</source>
        <translation>Chọn một lớp để lọc các dòng của nó.</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="385" />
        <source>Only vector layers can be filtered.</source>
        <translation>Chỉ lọc được lớp vector.</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="499" />
        <source>This layer has no column with few enough values to filter by.</source>
        <translation>Lớp này không có cột nào có ít giá trị đủ để lọc theo.</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="543" />
        <location filename="../widgets/layer_filter.py" line="546" />
        <source>%s (filtered)</source>
        <translation>%s (đang lọc)</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="597" />
        <source>%s of %s requests shown</source>
        <translation>Đang hiện %s trên %s phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="597" />
        <source>%s of %s features shown</source>
        <translation>Đang hiện %s trên %s đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="602" />
        <source>Open: %s (overdue: %s), closed: %s</source>
        <translation>Đang mở: %s (quá hạn: %s), đã đóng: %s</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../widgets/layer_panel.py" line="301" />
        <source>%s features</source>
        <translation>%s đối tượng</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../widgets/layer_panel.py" line="429" />
        <source>Opacity</source>
        <translation>Độ mờ đục</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="432" />
        <source>Opacity of the current layer</source>
        <translation>Độ mờ đục của lớp đang chọn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="445" />
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Phóng tới lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="447" />
        <source>Re&amp;name</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="451" />
        <source>&amp;Properties…</source>
        <translation>&amp;Thuộc tính…</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="453" />
        <source>&amp;Remove Layer</source>
        <translation>&amp;Xóa lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="501" />
        <source>Remove %d layers</source>
        <translation>Xóa %d lớp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/main_window.py" line="93" />
        <location filename="../widgets/main_window.py" line="351" />
        <location filename="../widgets/main_window.py" line="429" />
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="119" />
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="277" />
        <source>&amp;Project</source>
        <translation>&amp;Dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="236" />
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="123" />
        <source>Attribute table</source>
        <translation>Bảng thuộc tính</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="129" />
        <source>Import report</source>
        <translation>Báo cáo nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="135" />
        <source>Feature</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="135" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="136" />
        <source>Identify results</source>
        <translation>Kết quả truy vấn</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="179" />
        <source>Project coordinate reference system: click to change it</source>
        <translation>Hệ quy chiếu tọa độ của dự án: bấm để đổi</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="201" />
        <source>Scale 1:%s</source>
        <translation>Tỷ lệ 1:%s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="206" />
        <source>Distance: %s</source>
        <translation>Khoảng cách: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="209" />
        <source>Area: %s</source>
        <translation>Diện tích: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="235" />
        <source>&amp;New project</source>
        <translation>Dự án &amp;mới</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="237" />
        <source>&amp;Add layer…</source>
        <translation>&amp;Thêm lớp…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="238" />
        <location filename="../widgets/main_window.py" line="549" />
        <source>Import service requests…</source>
        <translation>Nhập phản ánh hiện trường…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="239" />
        <source>Open &amp;sensors…</source>
        <translation>Mở dữ liệu &amp;cảm biến…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="240" />
        <source>Add Open311 feed…</source>
        <translation>Thêm nguồn Open311…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="241" />
        <source>Sync feed now</source>
        <translation>Đồng bộ nguồn ngay</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="243" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="244" />
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="245" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="246" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="248" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="250" />
        <source>Zoom to &amp;full extent</source>
        <translation>Xem &amp;toàn bộ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="251" />
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="252" />
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="253" />
        <source>Zoom to &amp;layer</source>
        <translation>Phóng tới &amp;lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="254" />
        <source>&amp;Clear selection</source>
        <translation>&amp;Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="255" />
        <source>Open &amp;attribute table</source>
        <translation>Mở &amp;bảng thuộc tính</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="256" />
        <source>Layer &amp;style…</source>
        <translation>&amp;Kiểu hiển thị của lớp…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="260" />
        <source>Pan</source>
        <translation>Di chuyển bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="261" />
        <source>Identify features</source>
        <translation>Truy vấn đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="262" />
        <source>Select by rectangle</source>
        <translation>Chọn bằng hình chữ nhật</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="263" />
        <source>Select by polygon</source>
        <translation>Chọn bằng đa giác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="264" />
        <source>Measure distance</source>
        <translation>Đo khoảng cách</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="265" />
        <source>Measure area</source>
        <translation>Đo diện tích</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="279" />
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="284" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="288" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="296" />
        <source>&amp;Layer</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="300" />
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="303" />
        <source>Map navigation</source>
        <translation>Điều hướng bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="393" />
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="408" />
        <source>Requested</source>
        <translation>Gửi phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="408" />
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="408" />
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="409" />
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="416" />
        <source>Open project or data</source>
        <translation>Mở dự án hoặc dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="417" />
        <source>Projects and data (%s);;All files (*)</source>
        <translation>Dự án và dữ liệu (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="422" />
        <source>Add layer</source>
        <translation>Thêm lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="423" />
        <location filename="../widgets/main_window.py" line="550" />
        <source>Data (%s);;All files (*)</source>
        <translation>Dữ liệu (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="500" />
        <source>Open sensors</source>
        <translation>Mở dữ liệu cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="501" />
        <source>Sensor readings (*.csv *.xlsx *.xlsm *.parquet *.gpkg);;All files (*)</source>
        <translation>Số đo cảm biến (*.csv *.xlsx *.xlsm *.parquet *.gpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="597" />
        <source>Syncing %s…</source>
        <translation>Đang đồng bộ %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="600" />
        <source>%s: %d new and %d updated requests</source>
        <translation>%s: %d phản ánh mới và %d phản ánh được cập nhật</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="607" />
        <source>Could not sync %s: %s</source>
        <translation>Không đồng bộ được %s: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="643" />
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="644" />
        <source>The project has unsaved changes. Save them first?</source>
        <translation>Dự án có thay đổi chưa lưu. Lưu lại trước không?</translation>
    </message>
    <message>
        <source>Projects and data (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;All files (*)</source>
        <translation>Dự án và dữ liệu (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="438" />
        <location filename="../widgets/main_window.py" line="523" />
        <source>Opening %s…</source>
        <translation>Đang mở %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="488" />
        <source>Project %s: %d layer(s)</source>
        <translation>Dự án %s: %d lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="495" />
        <source>Some layers could not be opened</source>
        <translation>Không mở được một số lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="478" />
        <location filename="../widgets/main_window.py" line="530" />
        <source>Could not open: %s</source>
        <translation>Không mở được: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="479" />
        <location filename="../widgets/main_window.py" line="531" />
        <source>Could not open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="480" />
        <location filename="../widgets/main_window.py" line="543" />
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Project CRS: %s</source>
        <translation>Hệ tọa độ của dự án: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="619" />
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="620" />
        <source>gisdesk project (*%s)</source>
        <translation>Dự án gisdesk (*%s)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="632" />
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="635" />
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
</context>
<context>
    <name>Open311Dialog</name>
    <message>
        <location filename="../widgets/feed_dialog.py" line="126" />
        <source>Add Open311 feed</source>
        <translation>Thêm nguồn Open311</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="134" />
        <source>Optional, e.g. hue.gov.vn</source>
        <translation>Không bắt buộc, ví dụ hue.gov.vn</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="137" />
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="138" />
        <source>Remember in the system keyring</source>
        <translation>Ghi nhớ trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="142" />
        <source>No system keyring is available: the key is not kept; type it again next time.</source>
        <translation>Không có kho khóa của hệ thống: khóa không được lưu; lần sau hãy nhập lại.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="145" />
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="145" />
        <source>Last 90 days</source>
        <translation>90 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="146" />
        <source>Last 365 days</source>
        <translation>365 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="148" />
        <source>From a date</source>
        <translation>Từ một ngày</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="150" />
        <source>How far back the first sync reaches; later syncs fetch only what changed since.</source>
        <translation>Lần đồng bộ đầu tiên lấy dữ liệu lùi về bao xa; các lần sau chỉ lấy những gì đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="162" />
        <source>Endpoint:</source>
        <translation>Địa chỉ dịch vụ:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="163" />
        <source>Jurisdiction id:</source>
        <translation>Mã đơn vị quản lý:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="164" />
        <source>API key:</source>
        <translation>Khóa API:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="166" />
        <source>Period:</source>
        <translation>Khoảng thời gian:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="168" />
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="169" />
        <source>List the request types the endpoint offers</source>
        <translation>Liệt kê các loại phản ánh mà dịch vụ cung cấp</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="188" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="190" />
        <location filename="../widgets/feed_dialog.py" line="235" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="235" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="246" />
        <source>Type the web address of the Open311 endpoint first.</source>
        <translation>Hãy nhập địa chỉ web của dịch vụ Open311 trước.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="269" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="279" />
        <source>%d of %d periods</source>
        <translation>%d / %d khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="293" />
        <source>Asking %s for its request types…</source>
        <translation>Đang hỏi %s về các loại phản ánh…</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="301" />
        <source>%d request types offered</source>
        <translation>Có %d loại phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="320" />
        <source>Syncing %s…</source>
        <translation>Đang đồng bộ %s…</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="323" />
        <source>%d requests</source>
        <translation>%d phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="331" />
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <location filename="../widgets/recent.py" line="73" />
        <source>(no recent projects)</source>
        <translation>(chưa có dự án mở gần đây)</translation>
    </message>
    <message>
        <location filename="../widgets/recent.py" line="76" />
        <source>&amp;Clear List</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <location filename="../widgets/recent.py" line="84" />
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
</context>
<context>
    <name>RequestImportDialog</name>
    <message>
        <location filename="../widgets/request_import.py" line="285" />
        <source>Import service requests: %s</source>
        <extracomment>the fields of the column table, in the order an officer thinks of them (lat/long are in "Position") offered in the time-zone box (any IANA name may be typed)</extracomment>
        <translation>Nhập phản ánh hiện trường: %s</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="299" />
        <location filename="../widgets/request_import.py" line="661" />
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="321" />
        <source>Columns</source>
        <translation>Cột dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="322" />
        <source>Position and time</source>
        <translation>Vị trí và thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="323" />
        <source>Statuses</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="324" />
        <source>Deadlines</source>
        <translation>Thời hạn xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="329" />
        <source>Preview (first %d requests)</source>
        <translation>Xem trước (%d phản ánh đầu tiên)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="367" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="369" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388" />
        <source>Source column</source>
        <translation>Cột nguồn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388" />
        <source>Example value</source>
        <translation>Giá trị ví dụ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="401" />
        <source>Open311 field: %s</source>
        <translation>Trường Open311: %s</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="418" />
        <source>The file has its own point geometry: it places the requests first; the columns below are used where a feature has none.</source>
        <translation>Tệp có sẵn hình học điểm: vị trí phản ánh được lấy từ đó trước; các cột dưới đây chỉ được dùng khi một đối tượng không có hình học.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="423" />
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="429" />
        <source>EPSG code, e.g. 9214 (VN-2000 Huế) or 2263 (New York)</source>
        <translation>Mã EPSG, ví dụ 9214 (VN-2000 Huế) hoặc 2263 (New York)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="430" />
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="436" />
        <location filename="../widgets/request_import.py" line="537" />
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="437" />
        <location filename="../widgets/request_import.py" line="538" />
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="438" />
        <source>Location (both in one column)</source>
        <translation>Vị trí (cả hai trong một cột)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="439" />
        <source>Projected X</source>
        <translation>Tọa độ phẳng X</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="440" />
        <source>Projected Y</source>
        <translation>Tọa độ phẳng Y</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="444" />
        <source>CRS of X/Y</source>
        <translation>Hệ tọa độ của X/Y</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="446" />
        <source>Each request takes its position from latitude/longitude, else from the location column, else from X/Y (only once their CRS is set).</source>
        <translation>Mỗi phản ánh lấy vị trí từ vĩ độ/kinh độ, nếu không có thì từ cột vị trí, sau cùng từ X/Y (chỉ khi đã đặt hệ tọa độ của chúng).</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="451" />
        <source>Dates and times</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="463" />
        <source>Automatic (from the values)</source>
        <translation>Tự động (theo giá trị)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="464" />
        <source>Day first (dd/mm/yyyy)</source>
        <translation>Ngày trước (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="465" />
        <source>Month first (mm/dd/yyyy)</source>
        <translation>Tháng trước (mm/dd/yyyy)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="467" />
        <source>Time zone of times written without one</source>
        <translation>Múi giờ của thời gian không ghi múi giờ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="468" />
        <source>Date order</source>
        <translation>Thứ tự ngày tháng</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="477" />
        <source>What each status written in the file means. Statuses gisdesk does not know count as open until you choose.</source>
        <translation>Ý nghĩa của từng trạng thái ghi trong tệp. Trạng thái gisdesk không nhận ra được tính là đang mở cho đến khi bạn chọn.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="480" />
        <source>Status in the file</source>
        <translation>Trạng thái trong tệp</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="480" />
        <location filename="../widgets/request_import.py" line="497" />
        <source>Requests</source>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="481" />
        <source>Means</source>
        <translation>Nghĩa là</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="486" />
        <source>No status column is mapped.</source>
        <translation>Chưa chọn cột trạng thái.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="494" />
        <source>Optional: hours allowed per category. A request without its own due time is overdue once it has been open longer (0 = no deadline).</source>
        <translation>Không bắt buộc: số giờ cho phép theo từng lĩnh vực. Phản ánh không có hạn xử lý riêng bị quá hạn khi đã mở lâu hơn thế (0 = không có thời hạn).</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="497" />
        <location filename="../widgets/request_import.py" line="517" />
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="498" />
        <source>Deadline (hours)</source>
        <translation>Thời hạn (giờ)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="503" />
        <source>No category column is mapped.</source>
        <translation>Chưa chọn cột lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="509" />
        <location filename="../widgets/request_import.py" line="695" />
        <source>— none —</source>
        <translation>— không —</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="516" />
        <source>Request id</source>
        <translation>Mã phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="518" />
        <source>Category code</source>
        <translation>Mã lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="519" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="520" />
        <source>Status as written</source>
        <translation>Trạng thái như trong tệp</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="521" />
        <source>Requested at</source>
        <translation>Thời gian gửi</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="522" />
        <source>Updated at</source>
        <translation>Thời gian cập nhật</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="523" />
        <source>Due at</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="524" />
        <source>Closed at</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="525" />
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="526" />
        <source>Reply / status notes</source>
        <translation>Trả lời / ghi chú xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="527" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="528" />
        <source>Address id</source>
        <translation>Mã địa chỉ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="529" />
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="530" />
        <source>Ward</source>
        <translation>Phường/Xã</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="531" />
        <source>Ward code</source>
        <translation>Mã phường/xã</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="532" />
        <source>Agency</source>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="533" />
        <source>Urgency</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="534" />
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="535" />
        <source>Photo URL</source>
        <translation>Đường dẫn ảnh</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="536" />
        <source>Service notice</source>
        <translation>Thông báo dịch vụ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="539" />
        <source>Due (computed)</source>
        <translation>Hạn (đã tính)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="540" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="544" />
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="544" />
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="544" />
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="584" />
        <source>“%s” is not a time zone name: choose one from the list, such as Asia/Ho_Chi_Minh.</source>
        <translation>“%s” không phải tên múi giờ: hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="592" />
        <source>“%s” is not a coordinate reference system gisdesk knows: type an EPSG code such as 9214 or 2263.</source>
        <translation>“%s” không phải hệ quy chiếu tọa độ gisdesk biết: hãy nhập mã EPSG, ví dụ 9214 hoặc 2263.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="623" />
        <source>Reading %s…</source>
        <translation>Đang đọc %s…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="661" />
        <source>Layer:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="664" />
        <source>(first sheet with data)</source>
        <translation>(trang tính đầu tiên có dữ liệu)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="665" />
        <source>(first layer)</source>
        <translation>(lớp đầu tiên)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="700" />
        <source>%s (not in this file)</source>
        <translation>%s (không có trong tệp này)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="718" />
        <source>The saved column mapping is used.</source>
        <translation>Đang dùng cách ghép cột đã lưu.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="720" />
        <source>Open311 field names</source>
        <translation>tên trường Open311</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="720" />
        <source>the NYC 311 export</source>
        <translation>tệp xuất NYC 311</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="721" />
        <source>the Socrata API (NYC 311)</source>
        <translation>API Socrata (NYC 311)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="721" />
        <source>Vietnamese column names</source>
        <translation>tên cột tiếng Việt</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="722" />
        <source>column names matched one by one</source>
        <translation>tên cột được ghép từng cột một</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="723" />
        <source>Detected: %s (confidence %d%%). Check the columns below.</source>
        <translation>Nhận dạng: %s (độ tin cậy %d%%). Hãy kiểm tra các cột bên dưới.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="735" />
        <source>chosen by you</source>
        <translation>do bạn chọn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="808" />
        <source>Updating the preview…</source>
        <translation>Đang cập nhật bản xem trước…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="825" />
        <source>The preview could not be made: %s</source>
        <translation>Không tạo được bản xem trước: %s</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="854" />
        <source>%d requests, %d with a location</source>
        <translation>%d phản ánh, %d có vị trí</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="884" />
        <source>not recognised (counts as open)</source>
        <translation>không nhận ra (tính là đang mở)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="915" />
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="916" />
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="973" />
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="984" />
        <source>Could not import: %s</source>
        <translation>Không nhập được: %s</translation>
    </message>
</context>
<context>
    <name>SensorChart</name>
    <message>
        <location filename="../widgets/sensor_chart.py" line="109" />
        <source>Limit %s %s</source>
        <translation>Giới hạn %s %s</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="110" />
        <source>No readings</source>
        <translation>Không có số đo</translation>
    </message>
</context>
<context>
    <name>SensorChartDock</name>
    <message>
        <location filename="../widgets/sensor_chart.py" line="328" />
        <source>Sensor readings</source>
        <translation>Số đo cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="345" />
        <source>The parameter the stations show, on the map and here</source>
        <translation>Thông số các trạm hiển thị, trên bản đồ và tại đây</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="349" />
        <source>Parameter:</source>
        <translation>Thông số:</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="489" />
        <source>No sensor layer</source>
        <translation>Chưa có lớp cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="490" />
        <source>Open a sensor layer to see its readings</source>
        <translation>Mở một lớp cảm biến để xem số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="497" />
        <source>Select a station on the map to see its readings</source>
        <translation>Chọn một trạm trên bản đồ để xem số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="521" />
        <source>No reading before the end of the time window</source>
        <translation>Không có số đo trước khi khoảng thời gian kết thúc</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="522" />
        <source>No reading</source>
        <translation>Không có số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="524" />
        <source>Latest: %s %s at %s</source>
        <translation>Mới nhất: %s %s lúc %s</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="529" />
        <source>%s%% of the limit</source>
        <translation>bằng %s%% giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="532" />
        <source>%s periods over the limit in the time window</source>
        <translation>%s kỳ vượt giới hạn trong khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="533" />
        <source>%s periods over the limit</source>
        <translation>%s kỳ vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="540" />
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="540" />
        <source>Humidity</source>
        <translation>Độ ẩm</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="541" />
        <source>Pressure</source>
        <translation>Áp suất</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="541" />
        <source>Water level</source>
        <translation>Mực nước</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="542" />
        <source>Flood depth</source>
        <translation>Độ sâu ngập</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="542" />
        <source>Rainfall</source>
        <translation>Lượng mưa</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="547" />
        <source>1-hour mean</source>
        <translation>Trung bình 1 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="547" />
        <source>8-hour mean</source>
        <translation>Trung bình 8 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="547" />
        <source>24-hour mean</source>
        <translation>Trung bình 24 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="548" />
        <source>annual mean</source>
        <translation>Trung bình năm</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="551" />
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="551" />
        <source>Moderate</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="551" />
        <source>Over the limit</source>
        <translation>Vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="552" />
        <source>No limit for this parameter</source>
        <translation>Không có giới hạn cho thông số này</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="552" />
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../widgets/style_dialog.py" line="224" />
        <source>Style of “%s”</source>
        <translation>Kiểu hiển thị của “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="233" />
        <source>Single symbol</source>
        <translation>Một ký hiệu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="233" />
        <source>Categorized</source>
        <translation>Phân loại theo giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="233" />
        <source>Graduated</source>
        <translation>Phân cấp theo số</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="234" />
        <source>Heatmap</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="251" />
        <source>Renderer</source>
        <translation>Cách hiển thị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="269" />
        <source>Fill colour</source>
        <translation>Màu tô</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="270" />
        <source>Outline colour</source>
        <translation>Màu viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="281" />
        <source>Fill</source>
        <translation>Tô</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="282" />
        <source>Outline</source>
        <translation>Viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="283" />
        <source>Outline width</source>
        <translation>Độ dày viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="284" />
        <source>Marker size</source>
        <translation>Kích thước ký hiệu điểm</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="291" />
        <location filename="../widgets/style_dialog.py" line="323" />
        <source>Classify</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="293" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="293" />
        <location filename="../widgets/style_dialog.py" line="325" />
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="295" />
        <location filename="../widgets/style_dialog.py" line="327" />
        <location filename="../widgets/style_dialog.py" line="386" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="311" />
        <source>Equal interval</source>
        <translation>Khoảng đều</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="311" />
        <source>Quantiles (equal count)</source>
        <translation>Phân vị (số lượng bằng nhau)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="312" />
        <source>Natural breaks (Jenks)</source>
        <translation>Ngắt tự nhiên (Jenks)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="325" />
        <source>Range</source>
        <translation>Khoảng</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="328" />
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="329" />
        <source>Classes</source>
        <translation>Số cấp</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="330" />
        <location filename="../widgets/style_dialog.py" line="364" />
        <source>Colour ramp</source>
        <translation>Dải màu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="350" />
        <source>(none: every point counts 1)</source>
        <translation>(không: mỗi điểm tính là 1)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="361" />
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="362" />
        <source>Radius</source>
        <translation>Bán kính</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="363" />
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="365" />
        <source>Maximum value</source>
        <translation>Giá trị lớn nhất</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="369" />
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="379" />
        <source>Text colour</source>
        <translation>Màu chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="380" />
        <source>Halo colour</source>
        <translation>Màu viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="387" />
        <source>Size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="388" />
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="389" />
        <source>Halo</source>
        <translation>Viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="390" />
        <source>Halo width</source>
        <translation>Độ rộng viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="487" />
        <source>There is nothing to draw with: no classes</source>
        <translation>Không có gì để vẽ: chưa có nhóm nào</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="577" />
        <source>Classifying…</source>
        <translation>Đang phân loại…</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="589" />
        <source>Could not classify: %s</source>
        <translation>Không phân loại được: %s</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="614" />
        <source>(no value)</source>
        <translation>(không có giá trị)</translation>
    </message>
</context>
<context>
    <name>TimeSliderDock</name>
    <message>
        <location filename="../widgets/time_slider.py" line="88" />
        <source>Time</source>
        <extracomment>preset key -&gt; hours back from the reference time (None: a calendar period)</extracomment>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="108" />
        <source>Times are in Asia/Ho_Chi_Minh (UTC+07:00).</source>
        <translation>Thời gian theo múi giờ Asia/Ho_Chi_Minh (UTC+07:00).</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="110" />
        <location filename="../widgets/time_slider.py" line="542" />
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="111" />
        <source>Show every row, whatever its time.</source>
        <translation>Hiển thị mọi dòng, bất kể thời gian.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="115" />
        <source>Custom range</source>
        <translation>Khoảng tùy chọn</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="116" />
        <source>Last 24 hours</source>
        <translation>24 giờ qua</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="116" />
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="117" />
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="117" />
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="118" />
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="121" />
        <source>Until now</source>
        <translation>Đến hiện tại</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="122" />
        <source>Presets end at the current time instead of at the end of the data.</source>
        <translation>Các khoảng có sẵn kết thúc ở thời điểm hiện tại thay vì ở cuối dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="129" />
        <source>Move the window through the data.</source>
        <translation>Di chuyển khoảng thời gian dọc theo dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="134" />
        <source>Step back</source>
        <translation>Lùi một bước</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="142" />
        <source>Step forward</source>
        <translation>Tiến một bước</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="146" />
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="146" />
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="146" />
        <source>1 week</source>
        <translation>1 tuần</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="147" />
        <source>Window length</source>
        <translation>Độ dài khoảng</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="152" />
        <source>0.5 s</source>
        <translation>0,5 giây</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="152" />
        <source>1 s</source>
        <translation>1 giây</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="152" />
        <source>2 s</source>
        <translation>2 giây</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="154" />
        <source>Time between two frames of the animation</source>
        <translation>Thời gian giữa hai khung hình của hoạt ảnh</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="158" />
        <source>Loop</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="159" />
        <source>At the end of the data, start again from the beginning.</source>
        <translation>Đến cuối dữ liệu thì bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="177" />
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="179" />
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="186" />
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="188" />
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="396" />
        <source>The end must be after the start.</source>
        <translation>Thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="537" />
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="537" />
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="548" />
        <source>No layer has a time field.</source>
        <translation>Không lớp nào có trường thời gian.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="560" />
        <source>%s of %s time-stamped rows shown</source>
        <translation>Hiển thị %s / %s dòng có thời gian</translation>
    </message>
</context>
<context>
    <name>ValueFilterList</name>
    <message>
        <location filename="../widgets/layer_filter.py" line="142" />
        <source>Search values</source>
        <extracomment>a column of a plain vector layer is offered when it has at most this many distinct values a value list gets a search box from this many values</extracomment>
        <translation>Tìm giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="148" />
        <source>All</source>
        <translation>Chọn hết</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="149" />
        <source>Show the rows with any of the listed values</source>
        <translation>Hiện các dòng có một trong các giá trị đang liệt kê</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="151" />
        <source>None</source>
        <translation>Bỏ hết</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="152" />
        <source>Hide the rows with any of the listed values</source>
        <translation>Ẩn các dòng có một trong các giá trị đang liệt kê</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="174" />
        <location filename="../widgets/layer_filter.py" line="234" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="120" />
        <source>Starting…</source>
        <translation>Đang khởi động…</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../widgets/undo.py" line="57" />
        <source>Show layer “%s”</source>
        <translation>Hiện lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="58" />
        <source>Hide layer “%s”</source>
        <translation>Ẩn lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="72" />
        <source>Change opacity of “%s”</source>
        <translation>Đổi độ mờ đục của “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="89" />
        <source>Rename layer “%s”</source>
        <translation>Đổi tên lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="95" />
        <source>Change style of “%s”</source>
        <translation>Đổi kiểu hiển thị của “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="118" />
        <source>Reorder layers</source>
        <translation>Sắp xếp lại các lớp</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="137" />
        <source>Move layer “%s”</source>
        <translation>Di chuyển lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="145" />
        <source>Remove layer “%s”</source>
        <translation>Xóa lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="164" />
        <source>Add layer “%s”</source>
        <translation>Thêm lớp “%s”</translation>
    </message>
</context>
</TS>