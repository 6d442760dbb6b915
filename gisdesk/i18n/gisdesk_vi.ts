<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttributeTableWidget</name>
    <message>
        <location filename="../widgets/attribute_table.py" line="671" />
        <source>Search text columns…</source>
        <extracomment>text filters on layers with more rows than this run in a worker thread a layer selection in more runs of consecutive view rows than this is shown by highlight only</extracomment>
        <translation>Tìm trong các cột văn bản…</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="674" />
        <source>Filter by the value of a column</source>
        <translation>Lọc theo giá trị của một cột</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="679" />
        <source>Selected only</source>
        <translation>Chỉ dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="789" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="812" />
        <source>(all values)</source>
        <translation>(mọi giá trị)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="813" />
        <location filename="../widgets/attribute_table.py" line="853" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="824" />
        <source>(any column)</source>
        <translation>(mọi cột)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="964" />
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
        <location filename="../widgets/main_window.py" line="89" />
        <location filename="../widgets/main_window.py" line="307" />
        <location filename="../widgets/main_window.py" line="371" />
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="115" />
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="245" />
        <source>&amp;Project</source>
        <translation>&amp;Dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="209" />
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="119" />
        <source>Attribute table</source>
        <translation>Bảng thuộc tính</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="125" />
        <source>Import report</source>
        <translation>Báo cáo nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="131" />
        <source>Feature</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="131" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="132" />
        <source>Identify results</source>
        <translation>Kết quả truy vấn</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="152" />
        <source>Project coordinate reference system: click to change it</source>
        <translation>Hệ quy chiếu tọa độ của dự án: bấm để đổi</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="174" />
        <source>Scale 1:%s</source>
        <translation>Tỷ lệ 1:%s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="179" />
        <source>Distance: %s</source>
        <translation>Khoảng cách: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="182" />
        <source>Area: %s</source>
        <translation>Diện tích: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="208" />
        <source>&amp;New project</source>
        <translation>Dự án &amp;mới</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="210" />
        <source>&amp;Add layer…</source>
        <translation>&amp;Thêm lớp…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="211" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="212" />
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="213" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="214" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="216" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="218" />
        <source>Zoom to &amp;full extent</source>
        <translation>Xem &amp;toàn bộ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="219" />
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="220" />
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="221" />
        <source>Zoom to &amp;layer</source>
        <translation>Phóng tới &amp;lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="222" />
        <source>&amp;Clear selection</source>
        <translation>&amp;Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="223" />
        <source>Open &amp;attribute table</source>
        <translation>Mở &amp;bảng thuộc tính</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="224" />
        <source>Layer &amp;style…</source>
        <translation>&amp;Kiểu hiển thị của lớp…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="228" />
        <source>Pan</source>
        <translation>Di chuyển bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="229" />
        <source>Identify features</source>
        <translation>Truy vấn đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="230" />
        <source>Select by rectangle</source>
        <translation>Chọn bằng hình chữ nhật</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="231" />
        <source>Select by polygon</source>
        <translation>Chọn bằng đa giác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="232" />
        <source>Measure distance</source>
        <translation>Đo khoảng cách</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="233" />
        <source>Measure area</source>
        <translation>Đo diện tích</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="247" />
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="252" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="256" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="260" />
        <source>&amp;Layer</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="263" />
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="266" />
        <source>Map navigation</source>
        <translation>Điều hướng bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="358" />
        <source>Open project or data</source>
        <translation>Mở dự án hoặc dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="359" />
        <source>Projects and data (%s);;All files (*)</source>
        <translation>Dự án và dữ liệu (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="364" />
        <source>Add layer</source>
        <translation>Thêm lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="365" />
        <source>Data (%s);;All files (*)</source>
        <translation>Dữ liệu (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="472" />
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="473" />
        <source>The project has unsaved changes. Save them first?</source>
        <translation>Dự án có thay đổi chưa lưu. Lưu lại trước không?</translation>
    </message>
    <message>
        <source>Projects and data (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;All files (*)</source>
        <translation>Dự án và dữ liệu (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="380" />
        <source>Opening %s…</source>
        <translation>Đang mở %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="430" />
        <source>Project %s: %d layer(s)</source>
        <translation>Dự án %s: %d lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="437" />
        <source>Some layers could not be opened</source>
        <translation>Không mở được một số lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="420" />
        <source>Could not open: %s</source>
        <translation>Không mở được: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="421" />
        <source>Could not open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="422" />
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Project CRS: %s</source>
        <translation>Hệ tọa độ của dự án: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="448" />
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="449" />
        <source>gisdesk project (*%s)</source>
        <translation>Dự án gisdesk (*%s)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="461" />
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="464" />
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
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
    <name>app</name>
    <message>
        <location filename="../app.py" line="117" />
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