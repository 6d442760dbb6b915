<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AlgorithmDialog</name>
    <message>
        <location filename="../widgets/toolbox.py" line="212"/>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Đóng</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="231"/>
        <location filename="../widgets/toolbox.py" line="327"/>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="241"/>
        <location filename="../widgets/toolbox.py" line="316"/>
        <source>Selected features only</source>
        <translation>Chỉ các đối tượng đã chọn</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="270"/>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="316"/>
        <source>Selected features only (%d)</source>
        <translation>Chỉ các đối tượng đã chọn (%d)</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="343"/>
        <source>The time slider does not apply to this tool.</source>
        <translation>Thanh trượt thời gian không áp dụng cho công cụ này.</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="345"/>
        <source>Time window: all times (set one with the time slider).</source>
        <translation>Khoảng thời gian: toàn bộ (chọn khoảng bằng thanh trượt thời gian).</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="347"/>
        <source>Time window: %s (time-aware layers keep only these rows).</source>
        <translation>Khoảng thời gian: %s (các lớp có dữ liệu thời gian chỉ giữ các dòng trong khoảng này).</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="415"/>
        <source>Running…</source>
        <translation>Đang chạy…</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="421"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="435"/>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="448"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Đã hủy; không có gì được thêm vào.</translation>
    </message>
</context>
<context>
    <name>AttributeTableWidget</name>
    <message>
        <location filename="../widgets/attribute_table.py" line="699"/>
        <source>Search text columns…</source>
        <extracomment>text filters on layers with more rows than this run in a worker thread a layer selection in more runs of consecutive view rows than this is shown by highlight only</extracomment>
        <translation>Tìm trong các cột văn bản…</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="702"/>
        <source>Filter by the value of a column</source>
        <translation>Lọc theo giá trị của một cột</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="707"/>
        <source>Selected only</source>
        <translation>Chỉ dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="817"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="840"/>
        <source>(all values)</source>
        <translation>(mọi giá trị)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="841"/>
        <location filename="../widgets/attribute_table.py" line="881"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="852"/>
        <source>(any column)</source>
        <translation>(mọi cột)</translation>
    </message>
    <message>
        <location filename="../widgets/attribute_table.py" line="998"/>
        <source>%s of %s rows shown, %s selected</source>
        <translation>Hiển thị %s / %s dòng, đã chọn %s</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../widgets/db_connection.py" line="126"/>
        <source>Edit database connection</source>
        <translation>Sửa kết nối cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="127"/>
        <source>New database connection</source>
        <translation>Kết nối cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="131"/>
        <source>e.g. City database</source>
        <translation>ví dụ: Cơ sở dữ liệu thành phố</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="139"/>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="145"/>
        <source>Save password in the system keyring</source>
        <translation>Lưu mật khẩu vào kho mật khẩu của hệ điều hành</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="155"/>
        <source>The password is kept for this session only. {0}</source>
        <translation>Mật khẩu chỉ được giữ trong phiên làm việc này. {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="160"/>
        <source>never encrypt</source>
        <translation>không bao giờ mã hóa</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="161"/>
        <source>encrypt only if the server insists</source>
        <translation>chỉ mã hóa khi máy chủ đòi hỏi</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="162"/>
        <source>encrypt when the server can (default)</source>
        <translation>mã hóa nếu máy chủ hỗ trợ (mặc định)</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="163"/>
        <source>always encrypt, do not check the certificate</source>
        <translation>luôn mã hóa, không kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="164"/>
        <source>always encrypt, check the certificate</source>
        <translation>luôn mã hóa, kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="165"/>
        <source>always encrypt, check the certificate and the host name</source>
        <translation>luôn mã hóa, kiểm tra chứng chỉ và tên máy chủ</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="173"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="180"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="181"/>
        <source>Host:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="182"/>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="183"/>
        <source>User name:</source>
        <translation>Tên người dùng:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="184"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="187"/>
        <source>SSL mode:</source>
        <translation>Chế độ SSL:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="188"/>
        <source>Connection timeout:</source>
        <translation>Thời gian chờ kết nối:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="190"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="255"/>
        <source>Give the connection a name.</source>
        <translation>Hãy đặt tên cho kết nối.</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="259"/>
        <source>There is already a connection named “{0}”. Choose another name.</source>
        <translation>Đã có một kết nối tên “{0}”. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="262"/>
        <source>Type the server's host name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ.</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="264"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Cổng phải nằm trong khoảng từ 1 đến 65535.</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="266"/>
        <source>Type the name of the database.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="268"/>
        <source>Type the user name.</source>
        <translation>Hãy nhập tên người dùng.</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="294"/>
        <source>Connecting to {0}…</source>
        <translation>Đang kết nối tới {0}…</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="300"/>
        <source>Connected: {0}</source>
        <translation>Đã kết nối: {0}</translation>
    </message>
</context>
<context>
    <name>CrsDialog</name>
    <message>
        <location filename="../widgets/crs_dialog.py" line="180"/>
        <source>Choose a coordinate reference system</source>
        <translation>Chọn hệ quy chiếu tọa độ</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="184"/>
        <source>Search by EPSG code or name, e.g. 9214 or VN-2000</source>
        <translation>Tìm theo mã EPSG hoặc tên, ví dụ 9214 hoặc VN-2000</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="245"/>
        <source>projected</source>
        <translation>tọa độ phẳng</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="245"/>
        <source>geographic</source>
        <translation>tọa độ địa lý</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="253"/>
        <source>%d matching CRSs</source>
        <translation>%d hệ tọa độ phù hợp</translation>
    </message>
</context>
<context>
    <name>CrsListModel</name>
    <message>
        <location filename="../widgets/crs_dialog.py" line="150"/>
        <source>Common in Huế (%d)</source>
        <extracomment>shown first, in this order, then every other VN-2000 CRS by code</extracomment>
        <translation>Thường dùng ở Huế (%d)</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="151"/>
        <source>All CRSs (%d)</source>
        <translation>Tất cả hệ tọa độ (%d)</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="168"/>
        <source>Coordinate reference system</source>
        <translation>Hệ quy chiếu tọa độ</translation>
    </message>
    <message>
        <location filename="../widgets/crs_dialog.py" line="168"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>DatabaseBrowser</name>
    <message>
        <location filename="../widgets/db_browser.py" line="106"/>
        <source>Database browser</source>
        <extracomment>(Connection, password or None, schema, table, geometry column)</extracomment>
        <translation>Trình duyệt cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="121"/>
        <source>New connection…</source>
        <translation>Kết nối mới…</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="123"/>
        <source>Edit connection…</source>
        <translation>Sửa kết nối…</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="125"/>
        <location filename="../widgets/db_browser.py" line="244"/>
        <source>Remove connection</source>
        <translation>Xóa kết nối</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="127"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="129"/>
        <source>Add to map</source>
        <translation>Thêm vào bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="144"/>
        <source>Search tables…</source>
        <translation>Tìm bảng…</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="150"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="150"/>
        <source>CRS</source>
        <translation>Hệ tọa độ</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="150"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="192"/>
        <source>No database connections yet: click “New connection…” above.</source>
        <translation>Chưa có kết nối nào: bấm “Kết nối mới…” ở trên.</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="245"/>
        <source>Remove the connection “{0}” ({1})? Its saved password is removed too; the database itself is not changed.</source>
        <translation>Xóa kết nối “{0}” ({1})? Mật khẩu đã lưu của kết nối này cũng bị xóa; bản thân cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="281"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="319"/>
        <location filename="../widgets/db_browser.py" line="325"/>
        <source>No tables with a geometry column that you may read.</source>
        <translation>Không có bảng nào có cột hình học mà bạn được phép đọc.</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="342"/>
        <source>Waiting for the password…</source>
        <translation>Đang chờ nhập mật khẩu…</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="367"/>
        <source>Not connected: a password is needed.</source>
        <translation>Chưa kết nối: cần có mật khẩu.</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="411"/>
        <source>no SRID</source>
        <translation>không có SRID</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="424"/>
        <source>The geometry column has no SRID constraint: rows may carry different coordinate systems.</source>
        <translation>Cột hình học không ràng buộc SRID: các dòng có thể mang các hệ tọa độ khác nhau.</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="437"/>
        <source>? rows</source>
        <translation>? dòng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="439"/>
        <source>1 row</source>
        <translation>1 dòng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="439"/>
        <source>{0} rows</source>
        <translation>{0} dòng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="441"/>
        <source>≈ {0} million rows</source>
        <translation>≈ {0} triệu dòng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="443"/>
        <source>≈ {0} thousand rows</source>
        <translation>≈ {0} nghìn dòng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="444"/>
        <source>≈ {0} rows</source>
        <translation>≈ {0} dòng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="447"/>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="447"/>
        <source>view</source>
        <translation>khung nhìn (view)</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="447"/>
        <source>materialized view</source>
        <translation>khung nhìn vật chất hóa (materialized view)</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="448"/>
        <source>partitioned table</source>
        <translation>bảng phân vùng</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="448"/>
        <source>foreign table</source>
        <translation>bảng ngoài (foreign table)</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="450"/>
        <source>Kind: {0}</source>
        <translation>Loại: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="451"/>
        <source>Geometry: {0} in column “{1}”</source>
        <translation>Hình học: {0} trong cột “{1}”</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="452"/>
        <source>CRS: {0}</source>
        <translation>Hệ tọa độ: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="452"/>
        <source>not constrained (SRID 0)</source>
        <translation>không ràng buộc (SRID 0)</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="453"/>
        <source>Rows: {0}</source>
        <translation>Số dòng: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="455"/>
        <source>Primary key: {0}</source>
        <translation>Khóa chính: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_browser.py" line="461"/>
        <source>No spatial index on “{0}”: a large table without one is slow to show by view and to analyse. Ask the database administrator to create a GiST index on this column.</source>
        <translation>Cột “{0}” chưa có chỉ mục không gian: bảng lớn không có chỉ mục thì hiển thị chậm mỗi lần di chuyển bản đồ và phân tích chậm. Hãy đề nghị quản trị viên cơ sở dữ liệu tạo chỉ mục GiST cho cột này.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../widgets/export_dialog.py" line="102"/>
        <source>Export data: %s</source>
        <extracomment>(extension, label) in the order the dialog offers them</extracomment>
        <translation>Xuất dữ liệu: %s</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="107"/>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="122"/>
        <source>As the layer (%s)</source>
        <translation>Như lớp dữ liệu (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="125"/>
        <source>Project CRS (%s)</source>
        <translation>Hệ quy chiếu của dự án (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="126"/>
        <source>Other…</source>
        <translation>Khác…</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="128"/>
        <source>GeoJSON is written in WGS 84 (lon/lat) unless another CRS is chosen.</source>
        <translation>GeoJSON được ghi theo WGS 84 (kinh độ/vĩ độ) trừ khi chọn hệ quy chiếu khác.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="136"/>
        <source>All features (%s)</source>
        <translation>Tất cả đối tượng (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="137"/>
        <source>Features shown on the map: filters and time window (%s)</source>
        <translation>Đối tượng đang hiện trên bản đồ: bộ lọc và khoảng thời gian (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="139"/>
        <source>Selected features (%s)</source>
        <translation>Đối tượng đã chọn (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="142"/>
        <source>Nothing is selected in this layer.</source>
        <translation>Chưa chọn đối tượng nào trong lớp này.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="158"/>
        <source>Keep personal columns (%s)</source>
        <translation>Giữ các cột thông tin cá nhân (%s)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="160"/>
        <source>Keep personal columns (none found)</source>
        <translation>Giữ các cột thông tin cá nhân (không tìm thấy cột nào)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="169"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="170"/>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="172"/>
        <source>Coordinate reference system:</source>
        <translation>Hệ quy chiếu tọa độ:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="174"/>
        <source>Export:</source>
        <translation>Xuất:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="178"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Đóng</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="199"/>
        <source>no CRS</source>
        <translation>không có hệ quy chiếu</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="200"/>
        <source>custom</source>
        <translation>tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="235"/>
        <source>No column looks like personal data.</source>
        <translation>Không có cột nào giống thông tin cá nhân.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="237"/>
        <source>The file will hold personal data: do not publish it.</source>
        <translation>Tệp sẽ chứa thông tin cá nhân: không được công bố.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="239"/>
        <source>These columns will be left out: %s</source>
        <translation>Các cột sau sẽ bị bỏ ra: %s</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="251"/>
        <source>This file exists and will be replaced.</source>
        <translation>Tệp này đã có và sẽ bị ghi đè.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="264"/>
        <source>Export data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="289"/>
        <source>Choose a file name first.</source>
        <translation>Hãy chọn tên tệp trước.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="298"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="304"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="311"/>
        <source>Writing the file…</source>
        <translation>Đang ghi tệp…</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="319"/>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="321"/>
        <source>Export finished</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="322"/>
        <source>%s rows were written to %s.</source>
        <translation>Đã ghi %s dòng vào %s.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="335"/>
        <source>The export failed: %s</source>
        <translation>Xuất không thành công: %s</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.py" line="340"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; không ghi gì cả.</translation>
    </message>
</context>
<context>
    <name>FeedSyncRunner</name>
    <message>
        <location filename="../widgets/feed_dialog.py" line="381"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../widgets/help_viewer.py" line="53"/>
        <source>gisdesk user guide</source>
        <translation>Hướng dẫn sử dụng gisdesk</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="66"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="68"/>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="71"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="79"/>
        <source>Find in the guide…</source>
        <translation>Tìm trong hướng dẫn…</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="84"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="90"/>
        <source>Open in web browser</source>
        <translation>Mở bằng trình duyệt web</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="91"/>
        <source>Open this page in the system's web browser, to print it</source>
        <translation>Mở trang này bằng trình duyệt web của máy để in</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="129"/>
        <source>This link leads outside the guide and was not opened: %s</source>
        <translation>Liên kết này dẫn ra ngoài tài liệu hướng dẫn nên không được mở: %s</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="143"/>
        <source>“%s” is not in this page.</source>
        <translation>Không tìm thấy “%s” trong trang này.</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="178"/>
        <source>Python %1, Qt %2, PySide6 %3.</source>
        <translation>Python %1, Qt %2, PySide6 %3.</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="182"/>
        <source>A desktop GIS for the city of Huế.</source>
        <translation>Phần mềm GIS trên máy tính dành cho thành phố Huế.</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="184"/>
        <source>Built on GDAL and PROJ (MIT), Qt for Python (LGPL-3.0), GeoPandas, Shapely, pandas, NumPy and rasterio (BSD) and pyproj (MIT).</source>
        <translation>Sử dụng các thư viện GDAL và PROJ (MIT), Qt for Python (LGPL-3.0), GeoPandas, Shapely, pandas, NumPy, rasterio (BSD) và pyproj (MIT).</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="190"/>
        <source>Web libraries inlined into exported interactive maps:</source>
        <translation>Các thư viện web được nhúng vào bản đồ tương tác khi xuất:</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="193"/>
        <source>Their licence texts are in %1.</source>
        <translation>Toàn văn giấy phép của các thư viện này nằm trong %1.</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="200"/>
        <source>About gisdesk</source>
        <translation>Giới thiệu gisdesk</translation>
    </message>
</context>
<context>
    <name>LayerFilterDock</name>
    <message>
        <location filename="../widgets/layer_filter.py" line="274"/>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="294"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="296"/>
        <source>The column whose values you choose</source>
        <translation>Cột có các giá trị bạn chọn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="316"/>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="317"/>
        <source>Show every row of the layer again</source>
        <translation>Hiện lại mọi dòng của lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="333"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="333"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="333"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="334"/>
        <source>Urgency</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="334"/>
        <source>Agency</source>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="335"/>
        <source>Ward</source>
        <translation>Phường/Xã</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="340"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="340"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="340"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="382"/>
        <source>Select a layer to filter its rows.</source>
        <translation>Chọn một lớp để lọc các dòng của nó.</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="384"/>
        <source>Only vector layers can be filtered.</source>
        <translation>Chỉ lọc được lớp vector.</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="492"/>
        <source>This layer has no column with few enough values to filter by.</source>
        <translation>Lớp này không có cột nào có ít giá trị đủ để lọc theo.</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="536"/>
        <location filename="../widgets/layer_filter.py" line="539"/>
        <source>%s (filtered)</source>
        <translation>%s (đang lọc)</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="590"/>
        <source>%s of %s requests shown</source>
        <translation>Đang hiện %s trên %s phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="590"/>
        <source>%s of %s features shown</source>
        <translation>Đang hiện %s trên %s đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="595"/>
        <source>Open: %s (overdue: %s), closed: %s</source>
        <translation>Đang mở: %s (quá hạn: %s), đã đóng: %s</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../widgets/layer_panel.py" line="369"/>
        <source>%s features</source>
        <translation>%s đối tượng</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../widgets/layer_panel.py" line="497"/>
        <source>Opacity</source>
        <translation>Độ mờ đục</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="500"/>
        <source>Opacity of the current layer</source>
        <translation>Độ mờ đục của lớp đang chọn</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="513"/>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Phóng tới lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="515"/>
        <source>Re&amp;name</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="519"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Thuộc tính…</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="521"/>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Xóa lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="524"/>
        <source>Style by &amp;state</source>
        <translation>&amp;Kiểu theo trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="525"/>
        <source>Colour the requests by state: overdue, open, closed</source>
        <translation>Tô màu các phản ánh theo trạng thái: quá hạn, đang mở, đã đóng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="527"/>
        <source>Style by &amp;category (icons)</source>
        <translation>Kiểu theo &amp;lĩnh vực (biểu tượng)</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="529"/>
        <source>Give each of the most frequent categories of requests its own marker shape and colour</source>
        <translation>Cho mỗi lĩnh vực phản ánh thường gặp nhất một hình và màu biểu tượng riêng</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="577"/>
        <source>Remove %d layers</source>
        <translation>Xóa %d lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="677"/>
        <source>Style by category</source>
        <translation>Kiểu theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/layer_panel.py" line="678"/>
        <source>The requests of “%s” have no category to style them by.</source>
        <translation>Các phản ánh của “%s” không có lĩnh vực nào để tạo kiểu theo.</translation>
    </message>
</context>
<context>
    <name>LayoutDialog</name>
    <message>
        <location filename="../widgets/layout_dialog.py" line="284"/>
        <source>Print layouts</source>
        <extracomment>how long the preview waits after the last edit (ms) the preview's resolution is chosen to fit the widget, within these bounds (dpi)</extracomment>
        <translation>Bố cục in</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="310"/>
        <source>Some saved layouts could not be read and were skipped: {0}</source>
        <translation>Không đọc được một số bố cục đã lưu nên đã bỏ qua: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="342"/>
        <source>New</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="343"/>
        <source>A new layout, starting from one of the standard layouts</source>
        <translation>Bố cục mới, bắt đầu từ một trong các bố cục mẫu</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="351"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="354"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="357"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="369"/>
        <source>Layouts</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="391"/>
        <source>{0} ({1:g} × {2:g} mm)</source>
        <translation>{0} ({1:g} × {2:g} mm)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="393"/>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="394"/>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="399"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="400"/>
        <source>Page</source>
        <translation>Trang in</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="401"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="402"/>
        <source>Size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="403"/>
        <source>Orientation:</source>
        <translation>Hướng giấy:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="404"/>
        <source>Margins:</source>
        <translation>Lề:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="411"/>
        <source>No title</source>
        <translation>Không có tiêu đề</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="412"/>
        <source>e.g. © OpenStreetMap contributors</source>
        <translation>ví dụ: © Những người đóng góp OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="413"/>
        <source>Text</source>
        <translation>Chữ trên bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="414"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="415"/>
        <source>Subtitle:</source>
        <translation>Tiêu đề phụ:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="416"/>
        <source>Author:</source>
        <translation>Người lập:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="417"/>
        <source>Data sources:</source>
        <translation>Nguồn dữ liệu:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="421"/>
        <source>The current map view</source>
        <translation>Vùng đang xem trên bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="422"/>
        <source>The extent of a layer</source>
        <translation>Phạm vi của một lớp</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="423"/>
        <source>A fixed extent</source>
        <translation>Một phạm vi cố định</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="425"/>
        <source>Use the current view</source>
        <translation>Lấy vùng đang xem</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="426"/>
        <source>Keep the map's current view as this layout's fixed extent</source>
        <translation>Lấy vùng đang xem trên bản đồ làm phạm vi cố định của bố cục này</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="434"/>
        <source>Fit the extent</source>
        <translation>Vừa với phạm vi</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="437"/>
        <source>1:N, e.g. 1:7500</source>
        <translation>1:N, ví dụ 1:7500</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="441"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="442"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="443"/>
        <location filename="../widgets/layout_dialog.py" line="479"/>
        <source>Layer:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="446"/>
        <source>Scale:</source>
        <translation>Tỷ lệ:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="450"/>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="451"/>
        <source>Scale bar</source>
        <translation>Thước tỷ lệ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="452"/>
        <source>North arrow</source>
        <translation>Hướng Bắc</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="453"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="vanished">Bỏ hết</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="460"/>
        <source>No grid</source>
        <translation>Không có lưới</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="461"/>
        <source>Map coordinates</source>
        <translation>Tọa độ bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="462"/>
        <source>Longitude / latitude</source>
        <translation>Kinh độ / vĩ độ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="463"/>
        <source>Overview map</source>
        <translation>Bản đồ định vị</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="468"/>
        <source>Map items</source>
        <translation>Thành phần bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="470"/>
        <source>Grid:</source>
        <translation>Lưới tọa độ:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="471"/>
        <source>Inset:</source>
        <translation>Bản đồ phụ:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="475"/>
        <source>Open requests only</source>
        <translation>Chỉ phản ánh đang mở</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="478"/>
        <source>Attribute table</source>
        <translation>Bảng thuộc tính</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="481"/>
        <source>At most:</source>
        <translation>Tối đa:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="482"/>
        <source> rows</source>
        <translation> dòng</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="487"/>
        <source>Dim the map outside the feature</source>
        <translation>Làm mờ bản đồ bên ngoài đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="489"/>
        <source>One PDF with a page per feature</source>
        <translation>Một tệp PDF nhiều trang</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="490"/>
        <source>One file per feature</source>
        <translation>Mỗi đối tượng một tệp</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="491"/>
        <source>Atlas</source>
        <translation>Tập bản đồ (Atlas)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="492"/>
        <source>One page per:</source>
        <translation>Chia trang theo:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="493"/>
        <source>Page name from:</source>
        <translation>Tên trang lấy từ:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="495"/>
        <source>Output:</source>
        <translation>Kết quả xuất:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="496"/>
        <source>With an atlas layer, Export PDF, Export PNG and Print also make one page per feature; the preview shows one of them.</source>
        <translation>Khi đã chọn lớp tập bản đồ, các nút Xuất PDF, Xuất PNG và In cũng tạo mỗi đối tượng một trang; bản xem trước hiển thị một trong các trang đó.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="552"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="554"/>
        <source>Atlas page:</source>
        <translation>Trang của tập bản đồ:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="575"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="576"/>
        <source>The resolution of PNG images, and of rasters and markers in PDFs</source>
        <translation>Độ phân giải của ảnh PNG, và của raster và ký hiệu điểm trong tệp PDF</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="577"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="579"/>
        <source>Export PNG…</source>
        <translation>Xuất PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="581"/>
        <source>Export atlas…</source>
        <translation>Xuất tập bản đồ…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="583"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="589"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="594"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="596"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="601"/>
        <source>Resolution:</source>
        <translation>Độ phân giải:</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="679"/>
        <source>{0} (copy)</source>
        <translation>{0} (bản sao)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="695"/>
        <location filename="../widgets/layout_dialog.py" line="952"/>
        <source>A layout needs a name.</source>
        <translation>Bố cục cần có tên.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="698"/>
        <location filename="../widgets/layout_dialog.py" line="954"/>
        <source>There is already a layout named “{0}”.</source>
        <translation>Đã có một bố cục tên “{0}”.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="730"/>
        <source>Delete layout</source>
        <translation>Xóa bố cục</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="731"/>
        <source>Delete the layout “{0}”? This cannot be undone.</source>
        <translation>Xóa bố cục “{0}”? Thao tác này không hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="786"/>
        <location filename="../widgets/layout_dialog.py" line="869"/>
        <source>{0} (missing)</source>
        <translation>{0} (không tìm thấy)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="810"/>
        <source>All visible layers</source>
        <translation>Mọi lớp đang hiển thị</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="813"/>
        <location filename="../widgets/layout_dialog.py" line="817"/>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="849"/>
        <location filename="../widgets/layout_dialog.py" line="925"/>
        <source>“{0}” is not a scale: type it as 1:5000, or pick one.</source>
        <translation>“{0}” không phải là tỷ lệ: hãy nhập theo dạng 1:5000 hoặc chọn trong danh sách.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="868"/>
        <source>(page number)</source>
        <translation>(số trang)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="884"/>
        <source>x: {0} – {2}
y: {1} – {3}</source>
        <translation>x: {0} – {2}
y: {1} – {3}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1044"/>
        <source>{0}, {1}: preview at {2} dpi, drawn in {3} s</source>
        <translation>{0}, {1}: xem trước ở {2} dpi, vẽ trong {3} giây</translation>
    </message>
    <message>
        <source>x: {0:,.0f} – {2:,.0f}
y: {1:,.0f} – {3:,.0f}</source>
        <translation type="vanished">x: {0:,.0f} – {2:,.0f}
y: {1:,.0f} – {3:,.0f}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="886"/>
        <source>No extent is fixed yet.</source>
        <translation>Chưa cố định phạm vi nào.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="908"/>
        <source>Choose the layer whose extent the map shows.</source>
        <translation>Hãy chọn lớp để bản đồ hiển thị theo phạm vi của lớp đó.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="915"/>
        <location filename="../widgets/layout_dialog.py" line="974"/>
        <source>There is no map view to fix; show the map first.</source>
        <translation>Không có vùng bản đồ đang xem để cố định; hãy hiển thị bản đồ trước.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="957"/>
        <source>Not saved: {0}</source>
        <translation>Chưa lưu: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1023"/>
        <source>Drawing the page…</source>
        <translation>Đang vẽ trang…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1024"/>
        <source>Drawing the preview…</source>
        <translation>Đang vẽ bản xem trước…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1040"/>
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <source>{0}, {1}: preview at {2:g} dpi, drawn in {3:.2f} s</source>
        <translation type="vanished">{0}, {1}: xem trước ở {2:g} dpi, vẽ trong {3:.2f} giây</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1054"/>
        <source>This page cannot be drawn: {0}</source>
        <translation>Không vẽ được trang này: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1092"/>
        <source>Fix the layout first: {0}</source>
        <translation>Hãy sửa bố cục trước: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1110"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1110"/>
        <location filename="../widgets/layout_dialog.py" line="1152"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1112"/>
        <source>Export PNG</source>
        <translation>Xuất PNG</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1112"/>
        <location filename="../widgets/layout_dialog.py" line="1154"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1144"/>
        <source>Choose the layer whose features make the atlas pages first.</source>
        <translation>Hãy chọn trước lớp có các đối tượng tạo nên các trang của tập bản đồ.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1147"/>
        <location filename="../widgets/layout_dialog.py" line="1317"/>
        <source>This version of gisdesk cannot export an atlas yet.</source>
        <translation>Phiên bản gisdesk này chưa xuất được tập bản đồ.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1155"/>
        <source>Export atlas</source>
        <translation>Xuất tập bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1181"/>
        <source>Print {0}</source>
        <translation>In {0}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1210"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1212"/>
        <source>Writing {0}…</source>
        <translation>Đang ghi {0}…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1222"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1247"/>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy lệnh in.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1249"/>
        <source>Cancelled: no file was written.</source>
        <translation>Đã hủy: không ghi tệp nào.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1257"/>
        <source>Printing failed: {0}</source>
        <translation>In không thành công: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1258"/>
        <source>The export failed: {0}</source>
        <translation>Xuất không thành công: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1276"/>
        <source>Sent 1 page to the printer.</source>
        <translation>Đã gửi 1 trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1277"/>
        <source>Sent {0} pages to the printer.</source>
        <translation>Đã gửi {0} trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1285"/>
        <source>Written: {0} files in {1} ({2}).</source>
        <translation>Đã ghi: {0} tệp trong {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1289"/>
        <source>Written: {0} (1 page, {1}).</source>
        <translation>Đã ghi: {0} (1 trang, {1}).</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1290"/>
        <source>Written: {0} ({1} pages, {2}).</source>
        <translation>Đã ghi: {0} ({1} trang, {2}).</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1319"/>
        <source>Choose a layer under Atlas: one page per feature.</source>
        <translation>Hãy chọn một lớp trong mục Tập bản đồ: mỗi đối tượng một trang.</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1333"/>
        <source>Export running</source>
        <translation>Đang xuất</translation>
    </message>
    <message>
        <location filename="../widgets/layout_dialog.py" line="1334"/>
        <source>An export is still running. Cancel it and close this window?</source>
        <translation>Việc xuất vẫn đang chạy. Hủy việc xuất và đóng cửa sổ này?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/main_window.py" line="94"/>
        <location filename="../widgets/main_window.py" line="455"/>
        <location filename="../widgets/main_window.py" line="533"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="129"/>
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/help_viewer.py" line="45"/>
        <location filename="../widgets/main_window.py" line="296"/>
        <source>&amp;Project</source>
        <extracomment>the application property the lead's ``install_translator`` caller may set to the UI language</extracomment>
        <translation>&amp;Dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="246"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="133"/>
        <source>Attribute table</source>
        <translation>Bảng thuộc tính</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="139"/>
        <source>Import report</source>
        <translation>Báo cáo nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="145"/>
        <source>Feature</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="145"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="146"/>
        <source>Identify results</source>
        <translation>Kết quả truy vấn</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="189"/>
        <source>Project coordinate reference system: click to change it</source>
        <translation>Hệ quy chiếu tọa độ của dự án: bấm để đổi</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="212"/>
        <source>Scale 1:%s</source>
        <translation>Tỷ lệ 1:%s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="217"/>
        <source>Distance: %s</source>
        <translation>Khoảng cách: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="219"/>
        <source>Area: %s</source>
        <translation>Diện tích: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="245"/>
        <source>&amp;New project</source>
        <translation>Tạo &amp;dự án mới</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="247"/>
        <source>&amp;Add layer…</source>
        <translation>&amp;Thêm lớp…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="248"/>
        <location filename="../widgets/main_window.py" line="659"/>
        <source>Import service requests…</source>
        <translation>Nhập phản ánh hiện trường…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="249"/>
        <source>Open &amp;sensors…</source>
        <translation>Mở dữ liệu &amp;cảm biến…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="250"/>
        <source>Add Open311 feed…</source>
        <translation>Thêm nguồn Open311…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="251"/>
        <source>Sync feed now</source>
        <translation>Đồng bộ nguồn ngay</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="253"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="254"/>
        <source>Save &amp;as…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="255"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="258"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="260"/>
        <source>Zoom to &amp;full extent</source>
        <translation>Xem &amp;toàn bộ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="261"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="262"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="263"/>
        <source>Zoom to &amp;layer</source>
        <translation>Phóng tới &amp;lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="264"/>
        <source>&amp;Clear selection</source>
        <translation>&amp;Bỏ chọn</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="265"/>
        <source>Open &amp;attribute table</source>
        <translation>Mở &amp;bảng thuộc tính</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="266"/>
        <source>Layer &amp;style…</source>
        <translation>&amp;Kiểu hiển thị của lớp…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="267"/>
        <source>&amp;Toolbox</source>
        <translation>&amp;Hộp công cụ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="268"/>
        <source>&amp;Export layer…</source>
        <translation>&amp;Xuất lớp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="269"/>
        <source>Export interactive &amp;map (HTML)…</source>
        <translation>Xuất &amp;bản đồ tương tác (HTML)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="270"/>
        <source>&amp;Print layouts and atlas…</source>
        <translation>Bố cục &amp;in và tập bản đồ…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="271"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="273"/>
        <source>Add basemap (XYZ tiles)…</source>
        <translation>Thêm bản đồ nền (ô XYZ)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="274"/>
        <source>Add &amp;PostGIS layer…</source>
        <translation>Thêm lớp &amp;PostGIS…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="275"/>
        <source>&amp;Publish to database…</source>
        <translation>Đưa lên cơ sở &amp;dữ liệu…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="279"/>
        <source>Pan</source>
        <translation>Di chuyển bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="280"/>
        <source>Identify features</source>
        <translation>Truy vấn đối tượng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="281"/>
        <source>Select by rectangle</source>
        <translation>Chọn bằng hình chữ nhật</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="282"/>
        <source>Select by polygon</source>
        <translation>Chọn bằng đa giác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="283"/>
        <source>Measure distance</source>
        <translation>Đo khoảng cách</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="284"/>
        <source>Measure area</source>
        <translation>Đo diện tích</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="298"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="305"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="311"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="320"/>
        <source>&amp;Layer</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="325"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Phân tích</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="328"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="329"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="330"/>
        <source>&amp;About gisdesk</source>
        <translation>&amp;Giới thiệu gisdesk</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="334"/>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="337"/>
        <source>Map navigation</source>
        <translation>Điều hướng bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="497"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="512"/>
        <source>Requested</source>
        <translation>Gửi phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="512"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="512"/>
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="513"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="520"/>
        <source>Open project or data</source>
        <translation>Mở dự án hoặc dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="521"/>
        <source>Projects and data (%s);;All files (*)</source>
        <translation>Dự án và dữ liệu (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="526"/>
        <source>Add layer</source>
        <translation>Thêm lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="527"/>
        <location filename="../widgets/main_window.py" line="660"/>
        <source>Data (%s);;All files (*)</source>
        <translation>Dữ liệu (%s);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="604"/>
        <source>Open sensors</source>
        <translation>Mở dữ liệu cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="605"/>
        <source>Sensor readings (*.csv *.xlsx *.xlsm *.parquet *.gpkg);;All files (*)</source>
        <translation>Số đo cảm biến (*.csv *.xlsx *.xlsm *.parquet *.gpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="707"/>
        <source>Syncing %s…</source>
        <translation>Đang đồng bộ %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="710"/>
        <source>%s: %d new and %d updated requests</source>
        <translation>%s: %d phản ánh mới và %d phản ánh được cập nhật</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="717"/>
        <source>Could not sync %s: %s</source>
        <translation>Không đồng bộ được %s: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="728"/>
        <source>Choose a vector layer to export in the Layers panel.</source>
        <translation>Hãy chọn một lớp vector trong bảng Lớp bản đồ để xuất.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="732"/>
        <source>Exported %d features to %s</source>
        <translation>Đã xuất %d đối tượng ra %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="761"/>
        <location filename="../widgets/main_window.py" line="780"/>
        <source>Restart gisdesk?</source>
        <translation>Khởi động lại gisdesk?</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="762"/>
        <source>The new language is used after a restart. Restart gisdesk now? If the project has unsaved changes, you are asked about them first.</source>
        <translation>Ngôn ngữ mới được dùng sau khi khởi động lại. Khởi động lại gisdesk ngay bây giờ? Nếu dự án có thay đổi chưa lưu, bạn sẽ được hỏi trước.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="781"/>
        <source>gisdesk could not be started again; close it and open it yourself.</source>
        <translation>Không khởi động lại được gisdesk; hãy đóng rồi tự mở lại chương trình.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="811"/>
        <location filename="../widgets/main_window.py" line="816"/>
        <location filename="../widgets/main_window.py" line="818"/>
        <source>Basemap</source>
        <translation>Bản đồ nền</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="812"/>
        <source>No basemap URL is set: enter a tile server URL in Settings.</source>
        <translation>Chưa đặt địa chỉ bản đồ nền: hãy nhập địa chỉ máy chủ ô bản đồ trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="835"/>
        <location filename="../widgets/main_window.py" line="836"/>
        <source>%s could not be read: %s</source>
        <translation>Không đọc được %s: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="876"/>
        <source>Added %s</source>
        <translation>Đã thêm %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="885"/>
        <source>Choose a vector layer to publish in the Layers panel.</source>
        <translation>Hãy chọn một lớp vector trong bảng Lớp bản đồ để đưa lên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="889"/>
        <source>Published %s</source>
        <translation>Đã đưa %s lên cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="896"/>
        <source>Export interactive map</source>
        <translation>Xuất bản đồ tương tác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="898"/>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="912"/>
        <source>Exporting %s…</source>
        <translation>Đang xuất %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="918"/>
        <source>Interactive map written to %s</source>
        <translation>Đã ghi bản đồ tương tác vào %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="920"/>
        <source>Interactive map: %s</source>
        <translation>Bản đồ tương tác: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="922"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="924"/>
        <source>Could not export the map</source>
        <translation>Không xuất được bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="969"/>
        <source>%d features of %s selected</source>
        <translation>Đã chọn %d đối tượng của %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="978"/>
        <source>Analysis: %s</source>
        <translation>Phân tích: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="1035"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="1036"/>
        <source>The project has unsaved changes. Save them first?</source>
        <translation>Dự án có thay đổi chưa lưu. Lưu lại trước không?</translation>
    </message>
    <message>
        <source>Projects and data (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;All files (*)</source>
        <translation type="vanished">Dự án và dữ liệu (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="542"/>
        <location filename="../widgets/main_window.py" line="618"/>
        <location filename="../widgets/main_window.py" line="871"/>
        <source>Opening %s…</source>
        <translation>Đang mở %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="592"/>
        <source>Project %s: %d layer(s)</source>
        <translation>Dự án %s: %d lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="599"/>
        <source>Some layers could not be opened</source>
        <translation>Không mở được một số lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="582"/>
        <location filename="../widgets/main_window.py" line="647"/>
        <source>Could not open: %s</source>
        <translation>Không mở được: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="583"/>
        <location filename="../widgets/main_window.py" line="648"/>
        <source>Could not open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="584"/>
        <location filename="../widgets/main_window.py" line="639"/>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Project CRS: %s</source>
        <translation type="vanished">Hệ tọa độ của dự án: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="1011"/>
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="1012"/>
        <source>gisdesk project (*%s)</source>
        <translation>Dự án gisdesk (*%s)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="1024"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="1027"/>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
</context>
<context>
    <name>Open311Dialog</name>
    <message>
        <location filename="../widgets/feed_dialog.py" line="126"/>
        <source>Add Open311 feed</source>
        <translation>Thêm nguồn Open311</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="134"/>
        <source>Optional, e.g. hue.gov.vn</source>
        <translation>Không bắt buộc, ví dụ hue.gov.vn</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="137"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="138"/>
        <source>Remember in the system keyring</source>
        <translation>Ghi nhớ trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="142"/>
        <source>No system keyring is available: the key is not kept; type it again next time.</source>
        <translation>Không có kho khóa của hệ thống: khóa không được lưu; lần sau hãy nhập lại.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="145"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="145"/>
        <source>Last 90 days</source>
        <translation>90 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="146"/>
        <source>Last 365 days</source>
        <translation>365 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="148"/>
        <source>From a date</source>
        <translation>Từ một ngày</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="150"/>
        <source>How far back the first sync reaches; later syncs fetch only what changed since.</source>
        <translation>Lần đồng bộ đầu tiên lấy dữ liệu lùi về bao xa; các lần sau chỉ lấy những gì đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="162"/>
        <source>Endpoint:</source>
        <translation>Địa chỉ dịch vụ:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="163"/>
        <source>Jurisdiction id:</source>
        <translation>Mã đơn vị quản lý:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="164"/>
        <source>API key:</source>
        <translation>Khóa API:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="166"/>
        <source>Period:</source>
        <translation>Khoảng thời gian:</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="168"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="169"/>
        <source>List the request types the endpoint offers</source>
        <translation>Liệt kê các loại phản ánh mà dịch vụ cung cấp</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="188"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="190"/>
        <location filename="../widgets/feed_dialog.py" line="235"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="235"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="246"/>
        <source>Type the web address of the Open311 endpoint first.</source>
        <translation>Hãy nhập địa chỉ web của dịch vụ Open311 trước.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="269"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Đã hủy: không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="279"/>
        <source>%d of %d periods</source>
        <translation>%d / %d khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="293"/>
        <source>Asking %s for its request types…</source>
        <translation>Đang hỏi %s về các loại phản ánh…</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="301"/>
        <source>%d request types offered</source>
        <translation>Có %d loại phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="320"/>
        <source>Syncing %s…</source>
        <translation>Đang đồng bộ %s…</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="323"/>
        <source>%d requests</source>
        <translation>%d phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/feed_dialog.py" line="331"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../widgets/db_connection.py" line="354"/>
        <source>Password for {0}</source>
        <translation>Mật khẩu cho {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="356"/>
        <source>Password of {0} on {1}:</source>
        <translation>Mật khẩu của {0} trên {1}:</translation>
    </message>
    <message>
        <location filename="../widgets/db_connection.py" line="365"/>
        <source>Save password in the system keyring</source>
        <translation>Lưu mật khẩu vào kho mật khẩu của hệ điều hành</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../widgets/db_publish.py" line="172"/>
        <source>Publish to database: {0}</source>
        <translation>Đưa lên cơ sở dữ liệu: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="183"/>
        <source>Read the schemas again</source>
        <translation>Đọc lại các lược đồ</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="192"/>
        <source>Stop with an error (nothing is written)</source>
        <translation>Dừng và báo lỗi (không ghi gì)</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="193"/>
        <source>Replace the table</source>
        <translation>Thay thế bảng</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="194"/>
        <source>Append the rows to the table</source>
        <translation>Nối thêm các dòng vào bảng</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="202"/>
        <source>As the layer (EPSG:{0})</source>
        <translation>Như lớp dữ liệu (EPSG:{0})</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="204"/>
        <source>WGS 84 (EPSG:4326)</source>
        <translation>WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="213"/>
        <source>Features shown on the map: filters and time window ({0})</source>
        <translation>Đối tượng đang hiện trên bản đồ: bộ lọc và khoảng thời gian ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="215"/>
        <source>All features ({0})</source>
        <translation>Tất cả đối tượng ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="216"/>
        <source>Selected features ({0})</source>
        <translation>Đối tượng đã chọn ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="219"/>
        <source>Nothing is selected in this layer.</source>
        <translation>Chưa chọn đối tượng nào trong lớp này.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="233"/>
        <source>Keep personal columns ({0})</source>
        <translation>Giữ các cột thông tin cá nhân ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="235"/>
        <source>Keep personal columns (none found)</source>
        <translation>Giữ các cột thông tin cá nhân (không tìm thấy cột nào)</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="243"/>
        <source>Connection:</source>
        <translation>Kết nối:</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="244"/>
        <source>Schema:</source>
        <translation>Lược đồ:</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="246"/>
        <source>Table name:</source>
        <translation>Tên bảng:</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="247"/>
        <source>If the table exists:</source>
        <translation>Nếu bảng đã có:</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="249"/>
        <source>Coordinate reference system:</source>
        <translation>Hệ quy chiếu tọa độ:</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="251"/>
        <source>Publish:</source>
        <translation>Đưa lên:</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="255"/>
        <source>Publish</source>
        <translation>Đưa lên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Đóng</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="279"/>
        <source>No database connection is saved: add one in the database browser first.</source>
        <translation>Chưa lưu kết nối cơ sở dữ liệu nào: hãy thêm một kết nối trong Trình duyệt cơ sở dữ liệu trước.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="333"/>
        <source>Reading the schemas of {0}…</source>
        <translation>Đang đọc các lược đồ của {0}…</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="360"/>
        <source>You may not create tables in this schema.</source>
        <translation>Bạn không có quyền tạo bảng trong lược đồ này.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="373"/>
        <source>You may not create tables in any schema of this database. Ask the administrator for the CREATE privilege on a schema.</source>
        <translation>Bạn không có quyền tạo bảng trong bất kỳ lược đồ nào của cơ sở dữ liệu này. Hãy đề nghị quản trị viên cấp quyền CREATE trên một lược đồ.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="384"/>
        <source>Waiting for the password…</source>
        <translation>Đang chờ nhập mật khẩu…</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="388"/>
        <source>Not connected: a password is needed.</source>
        <translation>Chưa kết nối: cần có mật khẩu.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="409"/>
        <source>A new table will be created.</source>
        <translation>Một bảng mới sẽ được tạo.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="413"/>
        <source>“{0}” exists in this schema: publishing will stop. Choose “Replace” or “Append”, or another name.</source>
        <translation>“{0}” đã có trong lược đồ này: việc đưa lên sẽ dừng lại. Hãy chọn “Thay thế” hoặc “Nối thêm”, hoặc đặt tên khác.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="415"/>
        <source>“{0}” exists in this schema and will be replaced (at the very end; until then the old table stays as it is).</source>
        <translation>“{0}” đã có trong lược đồ này và sẽ bị thay thế (ở bước cuối cùng; đến lúc đó bảng cũ vẫn giữ nguyên).</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="417"/>
        <source>“{0}” exists in this schema: the rows will be added to it (its columns must include the layer's).</source>
        <translation>“{0}” đã có trong lược đồ này: các dòng sẽ được nối thêm vào bảng (bảng phải có đủ các cột của lớp).</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="427"/>
        <location filename="../widgets/db_publish.py" line="467"/>
        <source>The layer has no coordinate system; it cannot be published.</source>
        <translation>Lớp không có hệ tọa độ nên không thể đưa lên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="429"/>
        <source>This server does not know EPSG:{0} (its spatial_ref_sys table lacks it): gisdesk reads the table correctly, but SQL on the server cannot reproject it. Choose WGS 84 to let other programs reproject it.</source>
        <translation>Máy chủ này không có EPSG:{0} (bảng spatial_ref_sys của máy chủ thiếu mã này): gisdesk vẫn đọc đúng bảng, nhưng lệnh SQL trên máy chủ không chuyển được bảng sang hệ tọa độ khác. Hãy chọn WGS 84 để các phần mềm khác chuyển đổi được.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="439"/>
        <source>No column looks like personal data.</source>
        <translation>Không có cột nào giống thông tin cá nhân.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="441"/>
        <source>The table will hold personal data: everyone who may read it will see it.</source>
        <translation>Bảng sẽ chứa thông tin cá nhân: mọi người có quyền đọc bảng đều xem được.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="444"/>
        <source>These columns will be left out: {0}</source>
        <translation>Các cột sau sẽ bị bỏ ra: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="453"/>
        <source>Choose a connection first.</source>
        <translation>Hãy chọn một kết nối trước.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="456"/>
        <source>Choose a schema first.</source>
        <translation>Hãy chọn một lược đồ trước.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="459"/>
        <source>Type a table name first.</source>
        <translation>Hãy nhập tên bảng trước.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="463"/>
        <source>The table name is too long for PostgreSQL (at most 63 bytes; a Vietnamese letter takes 2 or 3). Choose a shorter name.</source>
        <translation>Tên bảng quá dài đối với PostgreSQL (tối đa 63 byte; mỗi chữ cái tiếng Việt có dấu chiếm 2 hoặc 3 byte). Hãy chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="478"/>
        <source>Publishing to {0}.{1}…</source>
        <translation>Đang đưa lên {0}.{1}…</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="484"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="499"/>
        <source>{0} rows were appended to {1} ({2}, {3}).</source>
        <translation>Đã nối thêm {0} dòng vào {1} ({2}, {3}).</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="501"/>
        <source>{0} rows replaced the table {1} ({2}, {3}), with a spatial index (GiST) on “{4}” and the primary key “{5}”.</source>
        <translation>Đã thay bảng {1} bằng {0} dòng ({2}, {3}), có chỉ mục không gian (GiST) trên “{4}” và khóa chính “{5}”.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="504"/>
        <source>{0} rows were written to the new table {1} ({2}, {3}), with a spatial index (GiST) on “{4}” and the primary key “{5}”.</source>
        <translation>Đã ghi {0} dòng vào bảng mới {1} ({2}, {3}), có chỉ mục không gian (GiST) trên “{4}” và khóa chính “{5}”.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="517"/>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="521"/>
        <source>Personal columns left out: {0}.</source>
        <translation>Các cột thông tin cá nhân đã bỏ ra: {0}.</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="522"/>
        <source>Published</source>
        <translation>Đã đưa lên cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="534"/>
        <source>Publishing failed: {0}</source>
        <translation>Đưa lên cơ sở dữ liệu không thành công: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/db_publish.py" line="541"/>
        <source>Cancelled; the database was left as it was.</source>
        <translation>Đã hủy; cơ sở dữ liệu vẫn giữ nguyên như cũ.</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <location filename="../widgets/recent.py" line="73"/>
        <source>(no recent projects)</source>
        <translation>(chưa có dự án mở gần đây)</translation>
    </message>
    <message>
        <location filename="../widgets/recent.py" line="76"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <location filename="../widgets/recent.py" line="84"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
</context>
<context>
    <name>RequestImportDialog</name>
    <message>
        <location filename="../widgets/request_import.py" line="285"/>
        <source>Import service requests: %s</source>
        <extracomment>the fields of the column table, in the order an officer thinks of them (lat/long are in "Position") offered in the time-zone box (any IANA name may be typed)</extracomment>
        <translation>Nhập phản ánh hiện trường: %s</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="299"/>
        <location filename="../widgets/request_import.py" line="661"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="321"/>
        <source>Columns</source>
        <translation>Cột dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="322"/>
        <source>Position and time</source>
        <translation>Vị trí và thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="323"/>
        <source>Statuses</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="324"/>
        <source>Deadlines</source>
        <translation>Thời hạn xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="329"/>
        <source>Preview (first %d requests)</source>
        <translation>Xem trước (%d phản ánh đầu tiên)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="367"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="369"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388"/>
        <source>Source column</source>
        <translation>Cột nguồn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388"/>
        <source>Example value</source>
        <translation>Giá trị ví dụ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="388"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="401"/>
        <source>Open311 field: %s</source>
        <translation>Trường Open311: %s</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="418"/>
        <source>The file has its own point geometry: it places the requests first; the columns below are used where a feature has none.</source>
        <translation>Tệp có sẵn hình học điểm: vị trí phản ánh được lấy từ đó trước; các cột dưới đây chỉ được dùng khi một đối tượng không có hình học.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="423"/>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="429"/>
        <source>EPSG code, e.g. 9214 (VN-2000 Huế) or 2263 (New York)</source>
        <translation>Mã EPSG, ví dụ 9214 (VN-2000 Huế) hoặc 2263 (New York)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="430"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="436"/>
        <location filename="../widgets/request_import.py" line="537"/>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="437"/>
        <location filename="../widgets/request_import.py" line="538"/>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="438"/>
        <source>Location (both in one column)</source>
        <translation>Vị trí (cả hai trong một cột)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="439"/>
        <source>Projected X</source>
        <translation>Tọa độ phẳng X</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="440"/>
        <source>Projected Y</source>
        <translation>Tọa độ phẳng Y</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="444"/>
        <source>CRS of X/Y</source>
        <translation>Hệ tọa độ của X/Y</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="446"/>
        <source>Each request takes its position from latitude/longitude, else from the location column, else from X/Y (only once their CRS is set).</source>
        <translation>Mỗi phản ánh lấy vị trí từ vĩ độ/kinh độ, nếu không có thì từ cột vị trí, sau cùng từ X/Y (chỉ khi đã đặt hệ tọa độ của chúng).</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="451"/>
        <source>Dates and times</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="463"/>
        <source>Automatic (from the values)</source>
        <translation>Tự động (theo giá trị)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="464"/>
        <source>Day first (dd/mm/yyyy)</source>
        <translation>Ngày trước (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="465"/>
        <source>Month first (mm/dd/yyyy)</source>
        <translation>Tháng trước (mm/dd/yyyy)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="467"/>
        <source>Time zone of times written without one</source>
        <translation>Múi giờ của thời gian không ghi múi giờ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="468"/>
        <source>Date order</source>
        <translation>Thứ tự ngày tháng</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="477"/>
        <source>What each status written in the file means. Statuses gisdesk does not know count as open until you choose.</source>
        <translation>Ý nghĩa của từng trạng thái ghi trong tệp. Trạng thái gisdesk không nhận ra được tính là đang mở cho đến khi bạn chọn.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="480"/>
        <source>Status in the file</source>
        <translation>Trạng thái trong tệp</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="480"/>
        <location filename="../widgets/request_import.py" line="497"/>
        <source>Requests</source>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="481"/>
        <source>Means</source>
        <translation>Nghĩa là</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="486"/>
        <source>No status column is mapped.</source>
        <translation>Chưa chọn cột trạng thái.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="494"/>
        <source>Optional: hours allowed per category. A request without its own due time is overdue once it has been open longer (0 = no deadline).</source>
        <translation>Không bắt buộc: số giờ cho phép theo từng lĩnh vực. Phản ánh không có hạn xử lý riêng bị quá hạn khi đã mở lâu hơn thế (0 = không có thời hạn).</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="497"/>
        <location filename="../widgets/request_import.py" line="517"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="498"/>
        <source>Deadline (hours)</source>
        <translation>Thời hạn (giờ)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="503"/>
        <source>No category column is mapped.</source>
        <translation>Chưa chọn cột lĩnh vực.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="509"/>
        <location filename="../widgets/request_import.py" line="695"/>
        <source>— none —</source>
        <translation>— không —</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="516"/>
        <source>Request id</source>
        <translation>Mã phản ánh</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="518"/>
        <source>Category code</source>
        <translation>Mã lĩnh vực</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="519"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="520"/>
        <source>Status as written</source>
        <translation>Trạng thái như trong tệp</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="521"/>
        <source>Requested at</source>
        <translation>Thời gian gửi</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="522"/>
        <source>Updated at</source>
        <translation>Thời gian cập nhật</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="523"/>
        <source>Due at</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="524"/>
        <source>Closed at</source>
        <translation>Thời gian hoàn thành</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="525"/>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="526"/>
        <source>Reply / status notes</source>
        <translation>Trả lời / ghi chú xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="527"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="528"/>
        <source>Address id</source>
        <translation>Mã địa chỉ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="529"/>
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="530"/>
        <source>Ward</source>
        <translation>Phường/Xã</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="531"/>
        <source>Ward code</source>
        <translation>Mã phường/xã</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="532"/>
        <source>Agency</source>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="533"/>
        <source>Urgency</source>
        <translation>Mức độ khẩn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="534"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="535"/>
        <source>Photo URL</source>
        <translation>Đường dẫn ảnh</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="536"/>
        <source>Service notice</source>
        <translation>Thông báo dịch vụ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="539"/>
        <source>Due (computed)</source>
        <translation>Hạn (đã tính)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="540"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="544"/>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="544"/>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="544"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="584"/>
        <source>“%s” is not a time zone name: choose one from the list, such as Asia/Ho_Chi_Minh.</source>
        <translation>“%s” không phải tên múi giờ: hãy chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="592"/>
        <source>“%s” is not a coordinate reference system gisdesk knows: type an EPSG code such as 9214 or 2263.</source>
        <translation>“%s” không phải hệ quy chiếu tọa độ gisdesk biết: hãy nhập mã EPSG, ví dụ 9214 hoặc 2263.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="623"/>
        <source>Reading %s…</source>
        <translation>Đang đọc %s…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="661"/>
        <source>Layer:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="664"/>
        <source>(first sheet with data)</source>
        <translation>(trang tính đầu tiên có dữ liệu)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="665"/>
        <source>(first layer)</source>
        <translation>(lớp đầu tiên)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="700"/>
        <source>%s (not in this file)</source>
        <translation>%s (không có trong tệp này)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="718"/>
        <source>The saved column mapping is used.</source>
        <translation>Đang dùng cách ghép cột đã lưu.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="720"/>
        <source>Open311 field names</source>
        <translation>tên trường Open311</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="720"/>
        <source>the NYC 311 export</source>
        <translation>tệp xuất NYC 311</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="721"/>
        <source>the Socrata API (NYC 311)</source>
        <translation>API Socrata (NYC 311)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="721"/>
        <source>Vietnamese column names</source>
        <translation>tên cột tiếng Việt</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="722"/>
        <source>column names matched one by one</source>
        <translation>tên cột được ghép từng cột một</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="723"/>
        <source>Detected: %s (confidence %d%%). Check the columns below.</source>
        <translation>Nhận dạng: %s (độ tin cậy %d%%). Hãy kiểm tra các cột bên dưới.</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="735"/>
        <source>chosen by you</source>
        <translation>do bạn chọn</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="808"/>
        <source>Updating the preview…</source>
        <translation>Đang cập nhật bản xem trước…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="825"/>
        <source>The preview could not be made: %s</source>
        <translation>Không tạo được bản xem trước: %s</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="854"/>
        <source>%d requests, %d with a location</source>
        <translation>%d phản ánh, %d có vị trí</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="884"/>
        <source>not recognised (counts as open)</source>
        <translation>không nhận ra (tính là đang mở)</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="915"/>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="916"/>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="973"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../widgets/request_import.py" line="984"/>
        <source>Could not import: %s</source>
        <translation>Không nhập được: %s</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <location filename="../widgets/analysis_results.py" line="231"/>
        <source>Analysis results</source>
        <translation>Kết quả phân tích</translation>
    </message>
</context>
<context>
    <name>RunFooter</name>
    <message>
        <location filename="../widgets/background.py" line="135"/>
        <source>Cancel</source>
        <extracomment>said when the work runs out of memory</extracomment>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../widgets/background.py" line="137"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SensorChart</name>
    <message>
        <location filename="../widgets/sensor_chart.py" line="112"/>
        <source>Limit %s %s</source>
        <translation>Giới hạn %s %s</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="113"/>
        <source>No readings</source>
        <translation>Không có số đo</translation>
    </message>
</context>
<context>
    <name>SensorChartDock</name>
    <message>
        <location filename="../widgets/sensor_chart.py" line="331"/>
        <source>Sensor readings</source>
        <translation>Số đo cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="348"/>
        <source>The parameter the stations show, on the map and here</source>
        <translation>Thông số các trạm hiển thị, trên bản đồ và tại đây</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="352"/>
        <source>Parameter:</source>
        <translation>Thông số:</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="492"/>
        <source>No sensor layer</source>
        <translation>Chưa có lớp cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="493"/>
        <source>Open a sensor layer to see its readings</source>
        <translation>Mở một lớp cảm biến để xem số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="500"/>
        <source>Select a station on the map to see its readings</source>
        <translation>Chọn một trạm trên bản đồ để xem số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="524"/>
        <source>No reading before the end of the time window</source>
        <translation>Không có số đo trước khi khoảng thời gian kết thúc</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="525"/>
        <source>No reading</source>
        <translation>Không có số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="527"/>
        <source>Latest: %s %s at %s</source>
        <translation>Mới nhất: %s %s lúc %s</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="532"/>
        <source>%s%% of the limit</source>
        <translation>bằng %s%% giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="535"/>
        <source>%s periods over the limit in the time window</source>
        <translation>%s kỳ vượt giới hạn trong khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="536"/>
        <source>%s periods over the limit</source>
        <translation>%s kỳ vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="543"/>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="543"/>
        <source>Humidity</source>
        <translation>Độ ẩm</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="544"/>
        <source>Pressure</source>
        <translation>Áp suất</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="544"/>
        <source>Water level</source>
        <translation>Mực nước</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="545"/>
        <source>Flood depth</source>
        <translation>Độ sâu ngập</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="545"/>
        <source>Rainfall</source>
        <translation>Lượng mưa</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="550"/>
        <source>1-hour mean</source>
        <translation>Trung bình 1 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="550"/>
        <source>8-hour mean</source>
        <translation>Trung bình 8 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="550"/>
        <source>24-hour mean</source>
        <translation>Trung bình 24 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="551"/>
        <source>annual mean</source>
        <translation>Trung bình năm</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="554"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="554"/>
        <source>Moderate</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="554"/>
        <source>Over the limit</source>
        <translation>Vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="555"/>
        <source>No limit for this parameter</source>
        <translation>Không có giới hạn cho thông số này</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="555"/>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
</context>
<context>
    <name>SeriesChart</name>
    <message>
        <location filename="../widgets/analysis_results.py" line="117"/>
        <source>No data to chart</source>
        <translation>Không có dữ liệu để vẽ biểu đồ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../widgets/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="67"/>
        <source>Follow the system (now: %s)</source>
        <translation>Theo hệ thống (hiện là: %s)</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="70"/>
        <source>A new language is used the next time gisdesk starts.</source>
        <translation>Ngôn ngữ mới được dùng từ lần khởi động gisdesk sau.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="72"/>
        <source>Automatic: m, then km from 1 km</source>
        <translation>Tự động: m, từ 1 km trở lên dùng km</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="72"/>
        <source>Metres (m)</source>
        <translation>Mét (m)</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="73"/>
        <source>Kilometres (km)</source>
        <translation>Ki-lô-mét (km)</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="76"/>
        <source>Automatic: m², then ha from 1 ha</source>
        <translation>Tự động: m², từ 1 ha trở lên dùng ha</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="77"/>
        <source>Square metres (m²)</source>
        <translation>Mét vuông (m²)</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="77"/>
        <source>Hectares (ha)</source>
        <translation>Héc-ta (ha)</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="78"/>
        <source>Square kilometres (km²)</source>
        <translation>Ki-lô-mét vuông (km²)</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="80"/>
        <source>Language and units</source>
        <translation>Ngôn ngữ và đơn vị</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="82"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="83"/>
        <source>Distances:</source>
        <translation>Khoảng cách:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="84"/>
        <source>Areas:</source>
        <translation>Diện tích:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="89"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="92"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="94"/>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="96"/>
        <source>Projects and files</source>
        <translation>Dự án và tệp</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="98"/>
        <source>CRS of new projects:</source>
        <translation>Hệ tọa độ cho dự án mới:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="99"/>
        <source>Default folder:</source>
        <translation>Thư mục mặc định:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="101"/>
        <source>Where the Open and Save dialogs start. Empty: your Documents folder.</source>
        <translation>Nơi hộp thoại Mở và Lưu bắt đầu. Để trống: thư mục Tài liệu của bạn.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="109"/>
        <source>e.g. © OpenStreetMap contributors</source>
        <translation>ví dụ: © Những người đóng góp OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="110"/>
        <source>Basemap</source>
        <translation>Bản đồ nền</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="112"/>
        <source>Tile server (XYZ):</source>
        <translation>Máy chủ ô bản đồ (XYZ):</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="114"/>
        <source>An address with {z}, {x} and {y}. Leave it empty for no basemap: gisdesk then fetches nothing from the network.</source>
        <translation>Địa chỉ có {z}, {x} và {y}. Để trống nếu không dùng bản đồ nền: khi đó gisdesk không tải gì từ mạng.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="116"/>
        <source>Attribution:</source>
        <translation>Ghi nguồn:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="119"/>
        <source>No proxy (connect directly)</source>
        <translation>Không dùng proxy (kết nối trực tiếp)</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="120"/>
        <source>Use the system's proxy settings</source>
        <translation>Dùng cài đặt proxy của hệ thống</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="121"/>
        <source>Manual proxy:</source>
        <translation>Tự nhập proxy:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="132"/>
        <location filename="../widgets/settings_dialog.py" line="135"/>
        <location filename="../widgets/settings_dialog.py" line="195"/>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="136"/>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="146"/>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="151"/>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="152"/>
        <source>User name:</source>
        <translation>Tên người dùng:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="153"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="155"/>
        <source>Used for service request and sensor feeds and for the basemap.</source>
        <translation>Dùng khi tải phản ánh, dữ liệu cảm biến và bản đồ nền.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="194"/>
        <source>stored</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="237"/>
        <source>Default folder</source>
        <translation>Thư mục mặc định</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="246"/>
        <source>This folder does not exist or cannot be reached.</source>
        <translation>Thư mục này không tồn tại hoặc không truy cập được.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="249"/>
        <source>The address must start with http:// or https://.</source>
        <translation>Địa chỉ phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="250"/>
        <source>The address must not contain spaces.</source>
        <translation>Địa chỉ không được có dấu cách.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="251"/>
        <source>The address has no server name.</source>
        <translation>Địa chỉ thiếu tên máy chủ.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="252"/>
        <source>The address must contain {z}, {x} and {y}, e.g. https://tiles.example.vn/{z}/{x}/{y}.png</source>
        <translation>Địa chỉ phải có {z}, {x} và {y}, ví dụ https://tiles.example.vn/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="259"/>
        <source>Type the proxy server's name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ của máy chủ proxy.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="260"/>
        <source>Type only the server's name, without http:// or a path.</source>
        <translation>Chỉ nhập tên máy chủ, không kèm http:// hay đường dẫn.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="261"/>
        <source>The server's name cannot contain spaces.</source>
        <translation>Tên máy chủ không được có dấu cách.</translation>
    </message>
    <message>
        <location filename="../widgets/settings_dialog.py" line="262"/>
        <source>Type the port in its own box.</source>
        <translation>Hãy nhập cổng vào ô Cổng riêng.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../widgets/start_page.py" line="170"/>
        <source>Welcome to gisdesk</source>
        <extracomment>item data roles of the recent-projects list</extracomment>
        <translation>Chào mừng đến với gisdesk</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="172"/>
        <source>Maps and analysis for the city of Huế. Everything works without the internet.</source>
        <translation>Bản đồ và phân tích cho thành phố Huế. Mọi chức năng đều dùng được khi không có Internet.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="181"/>
        <source>Recent projects</source>
        <translation>Dự án gần đây</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="193"/>
        <source>No recent projects yet. Start with the Huế sample project, or open your own data.</source>
        <translation>Chưa có dự án nào được mở gần đây. Hãy bắt đầu với dự án mẫu Huế hoặc mở dữ liệu của đơn vị.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="202"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="205"/>
        <source>Open the Huế sample project</source>
        <translation>Mở dự án mẫu Huế</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="207"/>
        <source>Open a project…</source>
        <translation>Mở dự án…</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="209"/>
        <source>Add data…</source>
        <translation>Thêm dữ liệu…</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="210"/>
        <source>Shapefiles, GeoPackage, GeoJSON, KML, CSV or Excel, GeoTIFF</source>
        <translation>Shapefile, GeoPackage, GeoJSON, KML, CSV hoặc Excel, GeoTIFF</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="211"/>
        <source>Import service requests…</source>
        <translation>Nhập phản ánh hiện trường…</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="213"/>
        <source>Citizens' reports from a spreadsheet or a GIS file</source>
        <translation>Phản ánh của người dân từ bảng tính hoặc tệp GIS</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="214"/>
        <source>Connect to the city database…</source>
        <translation>Kết nối cơ sở dữ liệu của thành phố…</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="216"/>
        <source>Layers shared by the city's departments (PostGIS)</source>
        <translation>Các lớp dữ liệu dùng chung giữa các sở, ngành (PostGIS)</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="225"/>
        <source>First steps</source>
        <translation>Các bước đầu tiên</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="227"/>
        <source>&lt;b&gt;Add a shapefile&lt;/b&gt;: &lt;i&gt;Layer ▸ Add layer…&lt;/i&gt;, or drag the file onto the window. Vietnamese text in TCVN3 or VNI is converted for you, and the Import report says what was fixed.</source>
        <translation>&lt;b&gt;Thêm shapefile&lt;/b&gt;: &lt;i&gt;Lớp ▸ Thêm lớp…&lt;/i&gt;, hoặc kéo thả tệp vào cửa sổ. Chữ tiếng Việt mã TCVN3 hay VNI được tự động chuyển sang Unicode; bảng Báo cáo nhập dữ liệu cho biết những gì đã được sửa.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="230"/>
        <source>&lt;b&gt;Style it&lt;/b&gt;: double-click the layer in the Layers panel to colour it by category or by value.</source>
        <translation>&lt;b&gt;Chọn kiểu hiển thị&lt;/b&gt;: nháy đúp vào lớp trong bảng Lớp bản đồ để tô màu theo phân loại hoặc theo giá trị.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="232"/>
        <source>&lt;b&gt;Choose a time window&lt;/b&gt;: the Time slider at the bottom shows the service requests of a day, a week or a month.</source>
        <translation>&lt;b&gt;Chọn khoảng thời gian&lt;/b&gt;: thanh trượt Thời gian ở cuối cửa sổ lọc các phản ánh theo ngày, tuần hoặc tháng.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="234"/>
        <source>&lt;b&gt;Analyse&lt;/b&gt;: &lt;i&gt;Analysis ▸ Toolbox&lt;/i&gt; counts requests per ward, finds hot spots and measures service levels.</source>
        <translation>&lt;b&gt;Phân tích&lt;/b&gt;: &lt;i&gt;Phân tích ▸ Hộp công cụ&lt;/i&gt; đếm phản ánh theo phường/xã, tìm điểm nóng và đánh giá tình hình xử lý phản ánh.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="236"/>
        <source>&lt;b&gt;Print a map pack&lt;/b&gt;: &lt;i&gt;Project ▸ Print layouts and atlas…&lt;/i&gt; makes one PDF page per ward.</source>
        <translation>&lt;b&gt;In bộ bản đồ&lt;/b&gt;: &lt;i&gt;Dự án ▸ Bố cục in và tập bản đồ…&lt;/i&gt; tạo tệp PDF, mỗi phường/xã một trang.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="244"/>
        <source>Read the user guide (F1)</source>
        <translation>Xem hướng dẫn sử dụng (F1)</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="288"/>
        <source>%s · saved %s</source>
        <translation>%s · lưu lúc %s</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="291"/>
        <source>%s · file not found</source>
        <translation>%s · không tìm thấy tệp</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="292"/>
        <source>This project file is no longer there: %s
Right-click to remove it from the list.</source>
        <translation>Tệp dự án này không còn nữa: %s
Nhấp chuột phải để xóa khỏi danh sách.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="302"/>
        <source>The sample project is not installed with this copy of gisdesk.</source>
        <translation>Bản gisdesk này không được cài kèm dự án mẫu.</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="314"/>
        <source>Open this project</source>
        <translation>Mở dự án này</translation>
    </message>
    <message>
        <location filename="../widgets/start_page.py" line="316"/>
        <source>Remove from this list</source>
        <translation>Xóa khỏi danh sách này</translation>
    </message>
</context>
<context>
    <name>StyleDialog</name>
    <message>
        <location filename="../widgets/style_dialog.py" line="241"/>
        <source>Style of “%s”</source>
        <translation>Kiểu hiển thị của “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="250"/>
        <source>Single symbol</source>
        <translation>Một ký hiệu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="250"/>
        <source>Categorized</source>
        <translation>Phân loại theo giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="250"/>
        <source>Graduated</source>
        <translation>Phân cấp theo số</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="251"/>
        <source>Heatmap</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="268"/>
        <source>Renderer</source>
        <translation>Cách hiển thị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="286"/>
        <source>Fill colour</source>
        <translation>Màu tô</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="287"/>
        <source>Outline colour</source>
        <translation>Màu viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="298"/>
        <source>Fill</source>
        <translation>Tô</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="299"/>
        <source>Outline</source>
        <translation>Viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="300"/>
        <source>Outline width</source>
        <translation>Độ dày viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="301"/>
        <source>Marker size</source>
        <translation>Kích thước ký hiệu điểm</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="305"/>
        <source>Circle</source>
        <translation>Hình tròn</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="305"/>
        <source>Square</source>
        <translation>Hình vuông</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="305"/>
        <source>Triangle</source>
        <translation>Tam giác</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="306"/>
        <source>Diamond</source>
        <translation>Hình thoi</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="306"/>
        <source>Star</source>
        <translation>Ngôi sao</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="306"/>
        <source>Pentagon</source>
        <translation>Ngũ giác</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="307"/>
        <source>Hexagon</source>
        <translation>Lục giác</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="307"/>
        <source>Cross</source>
        <translation>Dấu cộng</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="307"/>
        <source>Diagonal cross</source>
        <translation>Dấu nhân</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="311"/>
        <source>Marker shape</source>
        <translation>Hình dạng ký hiệu điểm</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="320"/>
        <location filename="../widgets/style_dialog.py" line="352"/>
        <source>Classify</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="322"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="322"/>
        <location filename="../widgets/style_dialog.py" line="354"/>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="324"/>
        <location filename="../widgets/style_dialog.py" line="356"/>
        <location filename="../widgets/style_dialog.py" line="415"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="340"/>
        <source>Equal interval</source>
        <translation>Khoảng đều</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="340"/>
        <source>Quantiles (equal count)</source>
        <translation>Phân vị (số lượng bằng nhau)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="341"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Ngắt tự nhiên (Jenks)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="354"/>
        <source>Range</source>
        <translation>Khoảng</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="357"/>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="358"/>
        <source>Classes</source>
        <translation>Số cấp</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="359"/>
        <location filename="../widgets/style_dialog.py" line="393"/>
        <source>Colour ramp</source>
        <translation>Dải màu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="379"/>
        <source>(none: every point counts 1)</source>
        <translation>(không: mỗi điểm tính là 1)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="390"/>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="391"/>
        <source>Radius</source>
        <translation>Bán kính</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="392"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="394"/>
        <source>Maximum value</source>
        <translation>Giá trị lớn nhất</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="398"/>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="408"/>
        <source>Text colour</source>
        <translation>Màu chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="409"/>
        <source>Halo colour</source>
        <translation>Màu viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="416"/>
        <source>Size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="417"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="418"/>
        <source>Halo</source>
        <translation>Viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="419"/>
        <source>Halo width</source>
        <translation>Độ rộng viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="517"/>
        <source>There is nothing to draw with: no classes</source>
        <translation>Không có gì để vẽ: chưa có nhóm nào</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="609"/>
        <source>Classifying…</source>
        <translation>Đang phân loại…</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="621"/>
        <source>Could not classify: %s</source>
        <translation>Không phân loại được: %s</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="646"/>
        <source>(no value)</source>
        <translation>(không có giá trị)</translation>
    </message>
</context>
<context>
    <name>TimeSliderDock</name>
    <message>
        <location filename="../widgets/time_slider.py" line="87"/>
        <source>Time</source>
        <extracomment>preset key -&gt; hours back from the reference time (None: a calendar period)</extracomment>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="107"/>
        <source>Times are in Asia/Ho_Chi_Minh (UTC+07:00).</source>
        <translation>Thời gian theo múi giờ Asia/Ho_Chi_Minh (UTC+07:00).</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="109"/>
        <location filename="../widgets/time_slider.py" line="535"/>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="110"/>
        <source>Show every row, whatever its time.</source>
        <translation>Hiển thị mọi dòng, bất kể thời gian.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="114"/>
        <source>Custom range</source>
        <translation>Khoảng tùy chọn</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="115"/>
        <source>Last 24 hours</source>
        <translation>24 giờ qua</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="115"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="116"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="116"/>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="117"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="120"/>
        <source>Until now</source>
        <translation>Đến hiện tại</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="121"/>
        <source>Presets end at the current time instead of at the end of the data.</source>
        <translation>Các khoảng có sẵn kết thúc ở thời điểm hiện tại thay vì ở cuối dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="128"/>
        <source>Move the window through the data.</source>
        <translation>Di chuyển khoảng thời gian dọc theo dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="133"/>
        <source>Step back</source>
        <translation>Lùi một bước</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="141"/>
        <source>Step forward</source>
        <translation>Tiến một bước</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="145"/>
        <source>1 hour</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="145"/>
        <source>1 day</source>
        <translation>1 ngày</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="145"/>
        <source>1 week</source>
        <translation>1 tuần</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="146"/>
        <source>Window length</source>
        <translation>Độ dài khoảng</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="151"/>
        <source>0.5 s</source>
        <translation>0,5 giây</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="151"/>
        <source>1 s</source>
        <translation>1 giây</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="151"/>
        <source>2 s</source>
        <translation>2 giây</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="153"/>
        <source>Time between two frames of the animation</source>
        <translation>Thời gian giữa hai khung hình của hoạt ảnh</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="157"/>
        <source>Loop</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="158"/>
        <source>At the end of the data, start again from the beginning.</source>
        <translation>Đến cuối dữ liệu thì bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="176"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="178"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="185"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="187"/>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="389"/>
        <source>The end must be after the start.</source>
        <translation>Thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="530"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="530"/>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="541"/>
        <source>No layer has a time field.</source>
        <translation>Không lớp nào có trường thời gian.</translation>
    </message>
    <message>
        <location filename="../widgets/time_slider.py" line="553"/>
        <source>%s of %s time-stamped rows shown</source>
        <translation>Hiển thị %s / %s dòng có thời gian</translation>
    </message>
</context>
<context>
    <name>ToolboxDock</name>
    <message>
        <location filename="../widgets/toolbox.py" line="99"/>
        <source>Analysis toolbox</source>
        <translation>Hộp công cụ phân tích</translation>
    </message>
    <message>
        <location filename="../widgets/toolbox.py" line="105"/>
        <source>Search tools…</source>
        <translation>Tìm công cụ…</translation>
    </message>
</context>
<context>
    <name>ValueFilterList</name>
    <message>
        <location filename="../widgets/layer_filter.py" line="141"/>
        <source>Search values</source>
        <extracomment>a column of a plain vector layer is offered when it has at most this many distinct values a value list gets a search box from this many values</extracomment>
        <translation>Tìm giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="147"/>
        <source>All</source>
        <translation>Chọn hết</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="148"/>
        <source>Show the rows with any of the listed values</source>
        <translation>Hiện các dòng có một trong các giá trị đang liệt kê</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="150"/>
        <source>None</source>
        <translation>Bỏ hết</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="151"/>
        <source>Hide the rows with any of the listed values</source>
        <translation>Ẩn các dòng có một trong các giá trị đang liệt kê</translation>
    </message>
    <message>
        <location filename="../widgets/layer_filter.py" line="173"/>
        <location filename="../widgets/layer_filter.py" line="233"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>_ResultTab</name>
    <message>
        <location filename="../widgets/analysis_results.py" line="201"/>
        <source>Save table…</source>
        <translation>Lưu bảng…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis_results.py" line="208"/>
        <source>Save table</source>
        <translation>Lưu bảng</translation>
    </message>
    <message>
        <location filename="../widgets/analysis_results.py" line="209"/>
        <source>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis_results.py" line="222"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>Proximity</source>
        <extracomment>buffer: group; nearest: group; within_distance: group</extracomment>
        <translation>Phân tích lân cận</translation>
    </message>
    <message>
        <source>Buffer</source>
        <extracomment>buffer: name</extracomment>
        <translation>Vùng đệm</translation>
    </message>
    <message>
        <source>Draws the area within a distance of each feature of a layer (a circle around a point, a band along a road). The distance is in metres, measured in a metric CRS; the result is given back in the layer's own CRS. With 'Dissolve', overlapping areas merge into one feature. The area of each result is in area_m2 (square metres).</source>
        <extracomment>buffer: description</extracomment>
        <translation>Vẽ vùng nằm trong một khoảng cách quanh mỗi đối tượng của lớp (hình tròn quanh một điểm, dải dọc theo một con đường). Khoảng cách tính bằng mét, đo trong một hệ tọa độ có đơn vị mét; kết quả được trả về trong hệ tọa độ của chính lớp đó. Khi chọn 'Gộp thành một đối tượng', các vùng chồng lên nhau được gộp lại thành một đối tượng. Diện tích của mỗi vùng kết quả nằm trong cột area_m2 (mét vuông).</translation>
    </message>
    <message>
        <source>Input layer</source>
        <extracomment>buffer.input: label; nearest.input: label; within_distance.input: label</extracomment>
        <translation>Lớp đầu vào</translation>
    </message>
    <message>
        <source>Distance</source>
        <extracomment>buffer.distance: label; within_distance.distance: label</extracomment>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <source>Dissolve into one feature</source>
        <extracomment>buffer.dissolve: label</extracomment>
        <translation>Gộp thành một đối tượng</translation>
    </message>
    <message>
        <source>Counting and summaries</source>
        <extracomment>count_points_in_polygons: group</extracomment>
        <translation>Đếm và tổng hợp</translation>
    </message>
    <message>
        <source>Count points in polygons</source>
        <extracomment>count_points_in_polygons: name</extracomment>
        <translation>Đếm điểm trong đa giác</translation>
    </message>
    <message>
        <source>How many points fall in each polygon: for example service requests per ward. The result is the polygon layer with a 'count' column (a point exactly on the border of two polygons counts in both), coloured by natural breaks. Choose a category or status field of the points to get one more column per value ('n_&lt;value&gt;' for categories, 'n_status_&lt;value&gt;' for statuses; at most 30 per field, the least common values are added up in an 'other' column). Choose a population field of the polygons to get 'rate_per_1000': points per 1,000 residents, empty where the population is missing or 0; the map is then coloured by the rate. Points are taken in the polygons' coordinate system; the time window applies to time-aware layers.</source>
        <extracomment>count_points_in_polygons: description</extracomment>
        <translation>Đếm số điểm nằm trong mỗi đa giác, ví dụ số phản ánh trong từng phường/xã. Kết quả là lớp đa giác có thêm cột 'count' (một điểm nằm đúng trên ranh giới giữa hai đa giác được tính cho cả hai), tô màu theo phân loại ngắt tự nhiên. Chọn một trường lĩnh vực hoặc trạng thái của lớp điểm để có thêm một cột cho mỗi giá trị ('n_&lt;giá trị&gt;' cho lĩnh vực, 'n_status_&lt;giá trị&gt;' cho trạng thái; tối đa 30 cột cho mỗi trường, các giá trị ít gặp nhất được cộng chung vào cột 'other'). Chọn một trường dân số của lớp đa giác để có cột 'rate_per_1000': số điểm trên 1.000 dân, để trống ở nơi thiếu số dân hoặc dân số bằng 0; khi đó bản đồ được tô màu theo tỷ lệ này. Các điểm được đặt vào hệ tọa độ của lớp đa giác; khoảng thời gian đang chọn áp dụng cho các lớp có dữ liệu thời gian.</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>count_points_in_polygons.points: label; hotspots.points: label; kernel_density.points: label</extracomment>
        <translation>Lớp điểm</translation>
    </message>
    <message>
        <source>The points to count, e.g. service requests.</source>
        <extracomment>count_points_in_polygons.points: help</extracomment>
        <translation>Các điểm cần đếm, ví dụ các phản ánh.</translation>
    </message>
    <message>
        <source>Polygons</source>
        <extracomment>count_points_in_polygons.polygons: label; zonal_statistics.polygons: label</extracomment>
        <translation>Lớp đa giác</translation>
    </message>
    <message>
        <source>The areas to count in, e.g. wards.</source>
        <extracomment>count_points_in_polygons.polygons: help</extracomment>
        <translation>Các vùng dùng để đếm điểm, ví dụ phường/xã.</translation>
    </message>
    <message>
        <source>Count per category</source>
        <extracomment>count_points_in_polygons.category: label</extracomment>
        <translation>Đếm theo lĩnh vực</translation>
    </message>
    <message>
        <source>A field of the points: one count column per value (e.g. the request category).</source>
        <extracomment>count_points_in_polygons.category: help</extracomment>
        <translation>Một trường của lớp điểm: mỗi giá trị một cột đếm (ví dụ lĩnh vực phản ánh).</translation>
    </message>
    <message>
        <source>Count per status</source>
        <extracomment>count_points_in_polygons.status: label</extracomment>
        <translation>Đếm theo trạng thái</translation>
    </message>
    <message>
        <source>A field of the points: one count column per value (e.g. open / closed).</source>
        <extracomment>count_points_in_polygons.status: help</extracomment>
        <translation>Một trường của lớp điểm: mỗi giá trị một cột đếm (ví dụ đang mở / đã đóng).</translation>
    </message>
    <message>
        <source>Population</source>
        <extracomment>count_points_in_polygons.population: label</extracomment>
        <translation>Dân số</translation>
    </message>
    <message>
        <source>A numeric field of the polygons: adds the number of points per 1,000 residents.</source>
        <extracomment>count_points_in_polygons.population: help</extracomment>
        <translation>Một trường số của lớp đa giác: thêm cột số điểm trên 1.000 dân.</translation>
    </message>
    <message>
        <source>Hot spots and density</source>
        <extracomment>hotspots: group; kernel_density: group</extracomment>
        <translation>Điểm nóng và mật độ</translation>
    </message>
    <message>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <extracomment>hotspots: name</extracomment>
        <translation>Điểm nóng (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <source>Finds where points (e.g. requests) cluster more than chance would give (hot spots) and where there are fewer than expected (cold spots). The points are counted on a grid of hexagons or squares, or in the polygons of a layer such as the wards; each area's count together with its neighbours' is compared with the whole map (the Getis-Ord Gi* statistic). The result colours each area by confidence, from "Hot spot, 99% confidence" to "Cold spot, 99% confidence"; gi_z is the z-score and p_value the chance of a pattern this strong arising at random (from 999 random rearrangements by default). The cell size is in metres: the distance between the centres of neighbouring cells.</source>
        <extracomment>hotspots: description</extracomment>
        <translation>Tìm những nơi các điểm (ví dụ phản ánh) tập trung nhiều hơn mức ngẫu nhiên (điểm nóng) và những nơi ít hơn mức kỳ vọng (điểm lạnh). Các điểm được đếm trên một lưới lục giác hoặc ô vuông, hoặc trong các đa giác của một lớp như phường/xã; số đếm của mỗi vùng cộng với các vùng lân cận được so sánh với toàn bản đồ (thống kê Getis-Ord Gi*). Kết quả tô màu mỗi vùng theo độ tin cậy, từ "Hot spot, 99% confidence" (điểm nóng, độ tin cậy 99%) đến "Cold spot, 99% confidence" (điểm lạnh, độ tin cậy 99%); gi_z là điểm z (z-score) và p_value là xác suất một mẫu hình mạnh như vậy xuất hiện do ngẫu nhiên (mặc định tính từ 999 lần hoán vị ngẫu nhiên). Kích thước ô tính bằng mét: là khoảng cách giữa tâm của hai ô kề nhau.</translation>
    </message>
    <message>
        <source>The points to count (e.g. service requests).</source>
        <extracomment>hotspots.points: help</extracomment>
        <translation>Các điểm cần đếm (ví dụ các phản ánh).</translation>
    </message>
    <message>
        <source>Value to sum</source>
        <extracomment>hotspots.weight: label</extracomment>
        <translation>Giá trị cần cộng</translation>
    </message>
    <message>
        <source>Sum this numeric column per area instead of counting points (values must be 0 or more).</source>
        <extracomment>hotspots.weight: help</extracomment>
        <translation>Cộng giá trị của cột số này theo từng vùng thay vì đếm điểm (giá trị phải từ 0 trở lên).</translation>
    </message>
    <message>
        <source>Areas</source>
        <extracomment>hotspots.units: label</extracomment>
        <translation>Đơn vị vùng</translation>
    </message>
    <message>
        <source>What the points are counted in.</source>
        <extracomment>hotspots.units: help</extracomment>
        <translation>Đơn vị vùng dùng để đếm điểm.</translation>
    </message>
    <message>
        <source>Hexagon grid</source>
        <extracomment>hotspots.units=hexagons: choice</extracomment>
        <translation>Lưới lục giác</translation>
    </message>
    <message>
        <source>Square grid</source>
        <extracomment>hotspots.units=squares: choice</extracomment>
        <translation>Lưới ô vuông</translation>
    </message>
    <message>
        <source>Polygons of a layer (e.g. wards)</source>
        <extracomment>hotspots.units=polygons: choice</extracomment>
        <translation>Đa giác của một lớp (ví dụ phường/xã)</translation>
    </message>
    <message>
        <source>Cell size</source>
        <extracomment>hotspots.cell_size: label; kernel_density.cell_size: label</extracomment>
        <translation>Kích thước ô</translation>
    </message>
    <message>
        <source>For grids: the distance between the centres of neighbouring cells (a 500 m hexagon covers 0.22 km²).</source>
        <extracomment>hotspots.cell_size: help</extracomment>
        <translation>Với lưới: khoảng cách giữa tâm của hai ô kề nhau (một ô lục giác 500 m có diện tích 0,22 km²).</translation>
    </message>
    <message>
        <source>Polygon layer</source>
        <extracomment>hotspots.polygons: label</extracomment>
        <translation>Lớp đa giác</translation>
    </message>
    <message>
        <source>Needed when the areas are the polygons of a layer.</source>
        <extracomment>hotspots.polygons: help</extracomment>
        <translation>Cần khi đơn vị vùng là các đa giác của một lớp.</translation>
    </message>
    <message>
        <source>Empty grid cells</source>
        <extracomment>hotspots.empty_cells: label</extracomment>
        <translation>Ô lưới trống</translation>
    </message>
    <message>
        <source>Which empty cells of a grid take part.</source>
        <extracomment>hotspots.empty_cells: help</extracomment>
        <translation>Những ô trống nào của lưới được đưa vào tính toán.</translation>
    </message>
    <message>
        <source>Keep those next to cells with points</source>
        <extracomment>hotspots.empty_cells=ring: choice</extracomment>
        <translation>Giữ các ô kề với ô có điểm</translation>
    </message>
    <message>
        <source>Keep every cell over the points' extent</source>
        <extracomment>hotspots.empty_cells=all: choice</extracomment>
        <translation>Giữ mọi ô trong phạm vi của các điểm</translation>
    </message>
    <message>
        <source>Permutations</source>
        <extracomment>hotspots.permutations: label</extracomment>
        <translation>Số lần hoán vị</translation>
    </message>
    <message>
        <source>Random rearrangements used for the p-values; 0 uses the normal approximation.</source>
        <extracomment>hotspots.permutations: help</extracomment>
        <translation>Số lần hoán vị ngẫu nhiên dùng để tính giá trị p; 0 = dùng xấp xỉ phân phối chuẩn.</translation>
    </message>
    <message>
        <source>Kernel density (heat map raster)</source>
        <extracomment>kernel_density: name</extracomment>
        <translation>Mật độ hạt nhân (raster bản đồ nhiệt)</translation>
    </message>
    <message>
        <source>Turns points (e.g. requests) into a smooth surface showing where they are dense, written as a GeoTIFF raster in metres. Each point spreads its weight over a circle whose radius is the bandwidth: with a 500 m bandwidth, a request counts fully at its own location, less and less farther away, and not at all beyond 500 m (quartic kernel, as QGIS's heatmap; the Gaussian kernel's bandwidth is its standard deviation and it fades out more gently). A larger bandwidth gives a smoother, broader picture; a smaller one shows individual streets. Values are points per km² (or the weight field's total per km²), so the raster summed over its area gives back the number of points; "Raw kernel sum" gives the plain sum of kernel values instead (1 at a lone point, as QGIS's raw heatmap). Leave the bandwidth empty to have it chosen from the spread of the points; the summary says which value was used and why.</source>
        <extracomment>kernel_density: description</extracomment>
        <translation>Chuyển các điểm (ví dụ phản ánh) thành một bề mặt liên tục cho thấy nơi chúng dày đặc, ghi ra dưới dạng raster GeoTIFF theo đơn vị mét. Mỗi điểm phân bổ trọng số của nó trên một hình tròn có bán kính bằng băng thông: với băng thông 500 m, một phản ánh được tính trọn vẹn tại chính vị trí của nó, giảm dần khi ra xa và bằng 0 ở ngoài 500 m (hạt nhân bậc bốn, như bản đồ nhiệt của QGIS; với hạt nhân Gauss, băng thông là độ lệch chuẩn và giá trị giảm dần êm hơn). Băng thông lớn cho bức tranh mượt và rộng hơn; băng thông nhỏ cho thấy từng tuyến phố. Giá trị là số điểm trên km² (hoặc tổng trường trọng số trên km²), nên cộng raster trên toàn bộ diện tích sẽ được lại số điểm; "Tổng hạt nhân thô" thay vào đó cho tổng thuần các giá trị hạt nhân (bằng 1 tại một điểm đơn lẻ, như bản đồ nhiệt thô của QGIS). Để trống băng thông để chương trình tự chọn theo độ phân tán của các điểm; phần tóm tắt cho biết giá trị đã dùng và lý do.</translation>
    </message>
    <message>
        <source>The points (e.g. service requests).</source>
        <extracomment>kernel_density.points: help</extracomment>
        <translation>Các điểm (ví dụ các phản ánh).</translation>
    </message>
    <message>
        <source>Weight</source>
        <extracomment>kernel_density.weight: label</extracomment>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>A numeric column giving each point's weight (default: every point counts 1).</source>
        <extracomment>kernel_density.weight: help</extracomment>
        <translation>Một cột số cho biết trọng số của mỗi điểm (mặc định: mỗi điểm tính là 1).</translation>
    </message>
    <message>
        <source>Bandwidth (radius)</source>
        <extracomment>kernel_density.bandwidth: label</extracomment>
        <translation>Băng thông (bán kính)</translation>
    </message>
    <message>
        <source>How far each point's weight spreads; empty: chosen from the data by a rule of thumb.</source>
        <extracomment>kernel_density.bandwidth: help</extracomment>
        <translation>Trọng số của mỗi điểm lan ra bao xa; để trống: tự chọn theo dữ liệu bằng quy tắc kinh nghiệm.</translation>
    </message>
    <message>
        <source>The raster's cell size; empty: a tenth of the bandwidth.</source>
        <extracomment>kernel_density.cell_size: help</extracomment>
        <translation>Kích thước ô của raster; để trống: bằng một phần mười băng thông.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <extracomment>kernel_density.kernel: label</extracomment>
        <translation>Hàm hạt nhân</translation>
    </message>
    <message>
        <source>Quartic (as the QGIS heatmap)</source>
        <extracomment>kernel_density.kernel=quartic: choice</extracomment>
        <translation>Bậc bốn (như bản đồ nhiệt của QGIS)</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <extracomment>kernel_density.kernel=gaussian: choice</extracomment>
        <translation>Gauss</translation>
    </message>
    <message>
        <source>Output values</source>
        <extracomment>kernel_density.scale: label</extracomment>
        <translation>Giá trị đầu ra</translation>
    </message>
    <message>
        <source>Points per km²</source>
        <extracomment>kernel_density.scale=density: choice</extracomment>
        <translation>Số điểm trên km²</translation>
    </message>
    <message>
        <source>Raw kernel sum</source>
        <extracomment>kernel_density.scale=raw: choice</extracomment>
        <translation>Tổng hạt nhân thô</translation>
    </message>
    <message>
        <source>Distance to the nearest facility</source>
        <extracomment>nearest: name</extracomment>
        <translation>Khoảng cách đến cơ sở gần nhất</translation>
    </message>
    <message>
        <source>For each feature of the input layer (e.g. service requests or wards), the distance in metres to the nearest feature of the facilities layer (schools, clinics, a road), measured from edge to edge in a metric CRS, and that facility's label when a label field is chosen. With a largest search distance, features with no facility that close get no match (an empty distance). The new layer holds the input features with nearest_distance_m (metres) and is coloured by it.</source>
        <extracomment>nearest: description</extracomment>
        <translation>Với mỗi đối tượng của lớp đầu vào (ví dụ phản ánh hoặc phường/xã), tính khoảng cách bằng mét đến đối tượng gần nhất của lớp cơ sở (trường học, trạm y tế, một con đường), đo từ mép đến mép trong một hệ tọa độ có đơn vị mét, kèm nhãn của cơ sở đó khi có chọn trường nhãn. Khi đặt khoảng cách tìm kiếm tối đa, các đối tượng không có cơ sở nào trong phạm vi đó sẽ không được ghép (khoảng cách để trống). Lớp mới gồm các đối tượng đầu vào với cột nearest_distance_m (mét) và được tô màu theo cột này.</translation>
    </message>
    <message>
        <source>The features to measure from, e.g. service requests.</source>
        <extracomment>nearest.input: help</extracomment>
        <translation>Các đối tượng cần đo khoảng cách, ví dụ các phản ánh.</translation>
    </message>
    <message>
        <source>Facilities</source>
        <extracomment>nearest.facilities: label</extracomment>
        <translation>Lớp cơ sở</translation>
    </message>
    <message>
        <source>The features to measure to: any geometry.</source>
        <extracomment>nearest.facilities: help</extracomment>
        <translation>Các đối tượng đích để đo khoảng cách tới: hình học bất kỳ.</translation>
    </message>
    <message>
        <source>Label of the facilities</source>
        <extracomment>nearest.label: label</extracomment>
        <translation>Nhãn của cơ sở</translation>
    </message>
    <message>
        <source>A column of the facilities copied as nearest_&lt;column&gt; (e.g. the school's name).</source>
        <extracomment>nearest.label: help</extracomment>
        <translation>Một cột của lớp cơ sở, được chép sang thành cột nearest_&lt;tên cột&gt; (ví dụ tên trường học).</translation>
    </message>
    <message>
        <source>Largest search distance</source>
        <extracomment>nearest.max_distance: label</extracomment>
        <translation>Khoảng cách tìm kiếm tối đa</translation>
    </message>
    <message>
        <source>Leave empty to search without limit.</source>
        <extracomment>nearest.max_distance: help</extracomment>
        <translation>Để trống để tìm không giới hạn khoảng cách.</translation>
    </message>
    <message>
        <source>Sensors</source>
        <extracomment>sensor_exceedance: group</extracomment>
        <translation>Cảm biến quan trắc</translation>
    </message>
    <message>
        <source>Hours over the limit per sensor</source>
        <extracomment>sensor_exceedance: name</extracomment>
        <translation>Số giờ vượt ngưỡng theo trạm quan trắc</translation>
    </message>
    <message>
        <source>How many hours each sensor station spent over a limit in the time window, and, with wards, how many in each ward. The readings are averaged per clock hour; an hour counts as over when its mean is strictly greater than the limit, and hours without readings are counted as missing, never as over. The default limit is QCVN 05:2023/BTNMT's 1-hour limit for the parameter, or its 24-hour limit where it sets no 1-hour limit (PM2.5 and PM10: then an hour over it signals bad air but is not a legal exceedance). The result is a point layer of the stations (hours over, % of the hours with data, highest hourly mean, first and last hour over, in Huế time) and, with wards, a table per ward.</source>
        <extracomment>sensor_exceedance: description</extracomment>
        <translation>Đếm số giờ mỗi trạm quan trắc vượt ngưỡng trong khoảng thời gian đang chọn và, khi có lớp phường/xã, số giờ vượt ngưỡng trong từng phường/xã. Số đo được lấy trung bình theo từng giờ đồng hồ; một giờ được tính là vượt khi giá trị trung bình lớn hơn ngưỡng (bằng ngưỡng thì không tính), còn các giờ không có số đo được tính là thiếu dữ liệu, không bao giờ tính là vượt. Ngưỡng mặc định là giá trị giới hạn trung bình 1 giờ của QCVN 05:2023/BTNMT cho thông số đó, hoặc giá trị giới hạn trung bình 24 giờ khi quy chuẩn không quy định giới hạn 1 giờ (PM2.5 và PM10: khi đó một giờ vượt ngưỡng báo hiệu không khí xấu nhưng chưa phải là vượt quy chuẩn theo quy định). Kết quả là một lớp điểm các trạm (số giờ vượt, % số giờ có dữ liệu, trung bình giờ cao nhất, giờ vượt đầu tiên và cuối cùng, theo giờ Huế) và, khi có lớp phường/xã, một bảng theo từng phường/xã.</translation>
    </message>
    <message>
        <source>Sensor stations</source>
        <extracomment>sensor_exceedance.sensors: label</extracomment>
        <translation>Trạm quan trắc</translation>
    </message>
    <message>
        <source>A sensor layer: stations with their readings (Layer &gt; Open sensors…).</source>
        <extracomment>sensor_exceedance.sensors: help</extracomment>
        <translation>Một lớp cảm biến: các trạm cùng số đo của chúng (Lớp &gt; Mở dữ liệu cảm biến…).</translation>
    </message>
    <message>
        <source>Parameter</source>
        <extracomment>sensor_exceedance.parameter: label</extracomment>
        <translation>Thông số</translation>
    </message>
    <message>
        <source>What to count, e.g. pm25 (PM2.5), pm10, no2, o3; default: the parameter the layer shows.</source>
        <extracomment>sensor_exceedance.parameter: help</extracomment>
        <translation>Thông số cần đếm, ví dụ pm25 (PM2.5), pm10, no2, o3; mặc định: thông số lớp đang hiển thị.</translation>
    </message>
    <message>
        <source>Limit</source>
        <extracomment>sensor_exceedance.limit: label</extracomment>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>In the readings' unit (µg/m³ for pollutants). Default: the layer's thresholds (QCVN 05:2023/BTNMT): the 1-hour limit, else the 24-hour limit.</source>
        <extracomment>sensor_exceedance.limit: help</extracomment>
        <translation>Theo đơn vị của số đo (µg/m³ với chất ô nhiễm). Mặc định: ngưỡng của lớp (QCVN 05:2023/BTNMT): giá trị giới hạn 1 giờ, nếu không có thì giá trị giới hạn 24 giờ.</translation>
    </message>
    <message>
        <source>Wards</source>
        <extracomment>sensor_exceedance.polygons: label; service_levels.wards: label; trends.wards: label</extracomment>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Optional: polygons (wards) to sum the hours over per area.</source>
        <extracomment>sensor_exceedance.polygons: help</extracomment>
        <translation>Không bắt buộc: các đa giác (phường/xã) để cộng số giờ vượt ngưỡng theo từng vùng.</translation>
    </message>
    <message>
        <source>Ward name field</source>
        <extracomment>sensor_exceedance.label_field: label; service_levels.ward_label: label; trends.ward_label: label</extracomment>
        <translation>Trường tên phường/xã</translation>
    </message>
    <message>
        <source>The column that names each polygon in the per-ward table.</source>
        <extracomment>sensor_exceedance.label_field: help</extracomment>
        <translation>Cột chứa tên của mỗi đa giác trong bảng theo phường/xã.</translation>
    </message>
    <message>
        <source>Time and service levels</source>
        <extracomment>service_levels: group; trends: group</extracomment>
        <translation>Thời gian và tình hình xử lý</translation>
    </message>
    <message>
        <source>Service levels</source>
        <extracomment>service_levels: name</extracomment>
        <translation>Tình hình xử lý phản ánh</translation>
    </message>
    <message>
        <source>How well requests are handled, per ward, per agency or per category. For the requests received in the time window (all requests without one): 'received' counts them; 'open' are still open and 'overdue' are open past their due time now; 'closed' are closed and 'closed_late' were closed after their due time. Time to close is the hours from request to closing: its median and 90th percentile (9 in 10 closed within it) are over the closed requests. 'pct_closed_on_time' is the share of the closed requests with a due time that were closed by it; 'pct_late' is the share of the requests with a due time that missed it (overdue now or closed late). The due time is the request's expected time, or its request time plus the deadline set for its category. By ward, the result is a polygon layer coloured by 'pct_late'; requests outside every ward or without a location are listed in the table as separate groups.</source>
        <extracomment>service_levels: description</extracomment>
        <translation>Đánh giá tình hình xử lý phản ánh theo phường/xã, theo đơn vị xử lý hoặc theo lĩnh vực. Với các phản ánh nhận được trong khoảng thời gian đang chọn (tất cả phản ánh nếu chưa chọn khoảng thời gian): 'received' là số phản ánh đã nhận; 'open' là số còn đang mở và 'overdue' là số đang mở đã quá hạn xử lý tính đến hiện tại; 'closed' là số đã đóng và 'closed_late' là số đã đóng sau hạn xử lý. Thời gian xử lý là số giờ từ lúc gửi phản ánh đến lúc đóng: trung vị và phân vị 90 (9 trên 10 phản ánh được đóng trong khoảng thời gian này) được tính trên các phản ánh đã đóng. 'pct_closed_on_time' là tỷ lệ đóng đúng hạn trong số các phản ánh đã đóng có hạn xử lý; 'pct_late' là tỷ lệ trễ hạn (đang quá hạn hoặc đã đóng muộn) trong số các phản ánh có hạn xử lý. Hạn xử lý là thời hạn dự kiến ghi trên phản ánh, hoặc thời điểm gửi cộng với thời hạn đặt cho lĩnh vực của phản ánh. Khi nhóm theo phường/xã, kết quả là một lớp đa giác tô màu theo 'pct_late'; các phản ánh nằm ngoài mọi phường/xã hoặc không có vị trí được liệt kê trong bảng thành các nhóm riêng.</translation>
    </message>
    <message>
        <source>Service requests</source>
        <extracomment>service_levels.requests: label; trends.requests: label</extracomment>
        <translation>Lớp phản ánh</translation>
    </message>
    <message>
        <source>A service-request layer, or a point layer with request columns (Open311, NYC 311, ...).</source>
        <extracomment>service_levels.requests: help; trends.requests: help</extracomment>
        <translation>Một lớp phản ánh, hoặc một lớp điểm có các cột của phản ánh (Open311, NYC 311, ...).</translation>
    </message>
    <message>
        <source>Group by</source>
        <extracomment>service_levels.by: label</extracomment>
        <translation>Nhóm theo</translation>
    </message>
    <message>
        <source>Ward (needs a ward layer)</source>
        <extracomment>service_levels.by=ward: choice</extracomment>
        <translation>Phường/xã (cần lớp phường/xã)</translation>
    </message>
    <message>
        <source>Agency</source>
        <extracomment>service_levels.by=agency: choice</extracomment>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>service_levels.by=category: choice</extracomment>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>The ward polygons (needed to group by ward).</source>
        <extracomment>service_levels.wards: help</extracomment>
        <translation>Các đa giác phường/xã (cần khi nhóm theo phường/xã).</translation>
    </message>
    <message>
        <source>The column that names the wards; by default a name-like column.</source>
        <extracomment>service_levels.ward_label: help; trends.ward_label: help</extracomment>
        <translation>Cột chứa tên phường/xã; mặc định là một cột có dạng tên.</translation>
    </message>
    <message>
        <source>Request trends</source>
        <extracomment>trends: name</extracomment>
        <translation>Xu hướng phản ánh</translation>
    </message>
    <message>
        <source>How many requests came in each week or month, per category (and per ward when a ward layer is given), and how that changed against the period before. Periods follow Huế's local time (Asia/Ho_Chi_Minh): a request made at 23:30 on a Sunday belongs to that Sunday's week, and weeks run Monday to Sunday. A period without any request counts as 0. The table gives, per period, the count, the previous period's count, the change and the change in % (empty when the previous count is 0); 'full' is false for a period that the time window or the start or end of the data cuts short. Requests are placed by when they were received; the time window keeps those received inside it.</source>
        <extracomment>trends: description</extracomment>
        <translation>Số phản ánh nhận được mỗi tuần hoặc mỗi tháng, theo lĩnh vực (và theo phường/xã khi có lớp phường/xã), và mức thay đổi so với kỳ trước. Các kỳ tính theo giờ địa phương Huế (Asia/Ho_Chi_Minh): một phản ánh gửi lúc 23:30 ngày Chủ nhật thuộc về tuần của ngày Chủ nhật đó, và mỗi tuần tính từ thứ Hai đến Chủ nhật. Kỳ không có phản ánh nào được tính là 0. Bảng kết quả cho biết, theo từng kỳ, số phản ánh, số của kỳ trước, mức thay đổi và mức thay đổi theo % (để trống khi số của kỳ trước bằng 0); cột 'full' là false với kỳ bị cắt ngắn bởi khoảng thời gian đang chọn hoặc bởi điểm đầu hay điểm cuối của dữ liệu. Phản ánh được xếp theo thời điểm tiếp nhận; khoảng thời gian đang chọn giữ lại những phản ánh tiếp nhận trong khoảng đó.</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>trends.period: label</extracomment>
        <translation>Kỳ thống kê</translation>
    </message>
    <message>
        <source>Week (Monday to Sunday)</source>
        <extracomment>trends.period=week: choice</extracomment>
        <translation>Tuần (thứ Hai đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>trends.period=month: choice</extracomment>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Category field</source>
        <extracomment>trends.category: label</extracomment>
        <translation>Trường lĩnh vực</translation>
    </message>
    <message>
        <source>The column to split the counts by; by default the request's category (service_name).</source>
        <extracomment>trends.category: help</extracomment>
        <translation>Cột dùng để chia số đếm; mặc định là lĩnh vực của phản ánh (service_name).</translation>
    </message>
    <message>
        <source>Optional polygons: the counts are also split by the polygon each request lies in.</source>
        <extracomment>trends.wards: help</extracomment>
        <translation>Các đa giác, không bắt buộc: số đếm được chia thêm theo đa giác chứa mỗi phản ánh.</translation>
    </message>
    <message>
        <source>Features within a distance</source>
        <extracomment>within_distance: name</extracomment>
        <translation>Đối tượng trong phạm vi khoảng cách</translation>
    </message>
    <message>
        <source>Finds the features of the input layer (e.g. service requests) that lie within a distance of any feature of the near layer (schools, markets, a road; any geometry). The distance is measured in metres from edge to edge, so a point inside a polygon is at 0 m; layers in degrees are projected to a metric CRS first. 'Select' selects the features found in the input layer; 'New layer' makes a layer of them with near_distance_m, the distance in metres to the nearest near feature, and that feature's label when a label field is chosen.</source>
        <extracomment>within_distance: description</extracomment>
        <translation>Tìm các đối tượng của lớp đầu vào (ví dụ phản ánh) nằm trong một khoảng cách tính từ bất kỳ đối tượng nào của lớp lân cận (trường học, chợ, một con đường; hình học bất kỳ). Khoảng cách được đo bằng mét từ mép đến mép, nên một điểm nằm trong đa giác có khoảng cách 0 m; các lớp có tọa độ theo độ được chiếu sang một hệ tọa độ có đơn vị mét trước. 'Chọn trên lớp đầu vào' sẽ chọn các đối tượng tìm được ngay trên lớp đầu vào; 'Tạo lớp mới' tạo một lớp gồm các đối tượng đó với cột near_distance_m (khoảng cách bằng mét đến đối tượng lân cận gần nhất) và nhãn của đối tượng đó khi có chọn trường nhãn.</translation>
    </message>
    <message>
        <source>The features to test, e.g. service requests.</source>
        <extracomment>within_distance.input: help</extracomment>
        <translation>Các đối tượng cần kiểm tra, ví dụ các phản ánh.</translation>
    </message>
    <message>
        <source>Near layer</source>
        <extracomment>within_distance.near: label</extracomment>
        <translation>Lớp lân cận</translation>
    </message>
    <message>
        <source>Schools, markets, a road: features of any geometry.</source>
        <extracomment>within_distance.near: help</extracomment>
        <translation>Trường học, chợ, một con đường: đối tượng có hình học bất kỳ.</translation>
    </message>
    <message>
        <source>Features at most this far from a near feature are found (metres).</source>
        <extracomment>within_distance.distance: help</extracomment>
        <translation>Tìm các đối tượng cách một đối tượng lân cận không quá khoảng cách này (mét).</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>within_distance.mode: label</extracomment>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Select them in the input layer</source>
        <extracomment>within_distance.mode=select: choice</extracomment>
        <translation>Chọn trên lớp đầu vào</translation>
    </message>
    <message>
        <source>Make a new layer of them</source>
        <extracomment>within_distance.mode=new_layer: choice</extracomment>
        <translation>Tạo lớp mới</translation>
    </message>
    <message>
        <source>Label of the near features</source>
        <extracomment>within_distance.near_label: label</extracomment>
        <translation>Nhãn của đối tượng lân cận</translation>
    </message>
    <message>
        <source>A column of the near layer copied to the new layer for the nearest near feature.</source>
        <extracomment>within_distance.near_label: help</extracomment>
        <translation>Một cột của lớp lân cận, được chép sang lớp mới theo đối tượng lân cận gần nhất.</translation>
    </message>
    <message>
        <source>Rasters</source>
        <extracomment>zonal_statistics: group</extracomment>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Zonal statistics</source>
        <extracomment>zonal_statistics: name</extracomment>
        <translation>Thống kê vùng</translation>
    </message>
    <message>
        <source>Summarises the cells of a raster inside each polygon, e.g. the mean and largest flood depth per ward. A cell that a polygon only partly covers counts by the fraction covered (exactextract), so 'count' is the number of cells covered and may be fractional, and the mean, median and standard deviation are weighted by coverage. Cells without data (the raster's nodata) are left out. The polygons are reprojected to the raster's CRS; polygons outside the raster get empty statistics. The new layer holds the polygons with one column zonal_&lt;statistic&gt; per statistic, in the raster's units.</source>
        <extracomment>zonal_statistics: description</extracomment>
        <translation>Tổng hợp các ô của raster nằm trong mỗi đa giác, ví dụ độ sâu ngập trung bình và lớn nhất của từng phường/xã. Một ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ phần bị phủ (exactextract), nên 'count' là số ô được phủ và có thể là số lẻ, còn giá trị trung bình, trung vị và độ lệch chuẩn được tính có trọng số theo tỷ lệ phủ. Các ô không có dữ liệu (nodata của raster) bị bỏ qua. Các đa giác được chuyển sang hệ tọa độ của raster; đa giác nằm ngoài raster có thống kê để trống. Lớp mới gồm các đa giác với mỗi thống kê một cột zonal_&lt;thống kê&gt;, theo đơn vị của raster.</translation>
    </message>
    <message>
        <source>Raster</source>
        <extracomment>zonal_statistics.raster: label</extracomment>
        <translation>Lớp raster</translation>
    </message>
    <message>
        <source>The raster to summarise, e.g. a flood depth grid.</source>
        <extracomment>zonal_statistics.raster: help</extracomment>
        <translation>Raster cần tổng hợp, ví dụ lưới độ sâu ngập.</translation>
    </message>
    <message>
        <source>The zones, e.g. wards.</source>
        <extracomment>zonal_statistics.polygons: help</extracomment>
        <translation>Các vùng, ví dụ phường/xã.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <extracomment>zonal_statistics.stats: label</extracomment>
        <translation>Các thống kê</translation>
    </message>
    <message>
        <source>Comma-separated, any of: mean, min, max, count, sum, median, stdev, majority.</source>
        <extracomment>zonal_statistics.stats: help</extracomment>
        <translation>Phân cách bằng dấu phẩy, gồm các giá trị bất kỳ trong: mean (trung bình), min (nhỏ nhất), max (lớn nhất), count (số ô), sum (tổng), median (trung vị), stdev (độ lệch chuẩn), majority (giá trị phổ biến nhất).</translation>
    </message>
    <message>
        <source>Band</source>
        <extracomment>zonal_statistics.band: label</extracomment>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Reading the polygons</source>
        <extracomment>progress message (count.py)</extracomment>
        <translation>Đang đọc các đa giác</translation>
    </message>
    <message>
        <source>Reading the points</source>
        <extracomment>progress message (count.py); progress message (density.py); progress message (hotspots.py)</extracomment>
        <translation>Đang đọc các điểm</translation>
    </message>
    <message>
        <source>Building the result</source>
        <extracomment>progress message (count.py)</extracomment>
        <translation>Đang tạo kết quả</translation>
    </message>
    <message>
        <source>Classifying</source>
        <extracomment>progress message (count.py)</extracomment>
        <translation>Đang phân loại</translation>
    </message>
    <message>
        <source>Finding the polygon of each point</source>
        <extracomment>progress message (count.py)</extracomment>
        <translation>Đang xác định đa giác chứa từng điểm</translation>
    </message>
    <message>
        <source>Binning the points</source>
        <extracomment>progress message (density.py)</extracomment>
        <translation>Đang gom các điểm vào ô lưới</translation>
    </message>
    <message>
        <source>Spreading the points</source>
        <extracomment>progress message (density.py)</extracomment>
        <translation>Đang tính mật độ hạt nhân</translation>
    </message>
    <message>
        <source>Writing the raster</source>
        <extracomment>progress message (density.py)</extracomment>
        <translation>Đang ghi raster</translation>
    </message>
    <message>
        <source>Finding the stations</source>
        <extracomment>progress message (exceedance.py)</extracomment>
        <translation>Đang tìm các trạm</translation>
    </message>
    <message>
        <source>Averaging the readings per hour</source>
        <extracomment>progress message (exceedance.py)</extracomment>
        <translation>Đang tính trung bình số đo theo giờ</translation>
    </message>
    <message>
        <source>Counting the hours over the limit</source>
        <extracomment>progress message (exceedance.py)</extracomment>
        <translation>Đang đếm số giờ vượt ngưỡng</translation>
    </message>
    <message>
        <source>Summing per ward</source>
        <extracomment>progress message (exceedance.py)</extracomment>
        <translation>Đang cộng theo phường/xã</translation>
    </message>
    <message>
        <source>Styling</source>
        <extracomment>progress message (exceedance.py)</extracomment>
        <translation>Đang tạo kiểu hiển thị</translation>
    </message>
    <message>
        <source>Building the grid</source>
        <extracomment>progress message (hotspots.py)</extracomment>
        <translation>Đang tạo lưới</translation>
    </message>
    <message>
        <source>Counting the points</source>
        <extracomment>progress message (hotspots.py)</extracomment>
        <translation>Đang đếm các điểm</translation>
    </message>
    <message>
        <source>Testing for hot spots</source>
        <extracomment>progress message (hotspots.py)</extracomment>
        <translation>Đang kiểm định điểm nóng</translation>
    </message>
    <message>
        <source>Drawing permutations</source>
        <extracomment>progress message (hotspots.py)</extracomment>
        <translation>Đang lấy mẫu hoán vị</translation>
    </message>
    <message>
        <source>Making the new layer</source>
        <extracomment>progress message (proximity.py); progress message (zonal.py)</extracomment>
        <translation>Đang tạo lớp mới</translation>
    </message>
    <message>
        <source>Buffering</source>
        <extracomment>progress message (proximity.py)</extracomment>
        <translation>Đang tạo vùng đệm</translation>
    </message>
    <message>
        <source>Dissolving</source>
        <extracomment>progress message (proximity.py)</extracomment>
        <translation>Đang gộp vùng</translation>
    </message>
    <message>
        <source>Reading the requests</source>
        <extracomment>progress message (service_levels.py); progress message (trends.py)</extracomment>
        <translation>Đang đọc các phản ánh</translation>
    </message>
    <message>
        <source>Grouping</source>
        <extracomment>progress message (service_levels.py)</extracomment>
        <translation>Đang nhóm</translation>
    </message>
    <message>
        <source>Summarising</source>
        <extracomment>progress message (service_levels.py); progress message (trends.py)</extracomment>
        <translation>Đang tổng hợp</translation>
    </message>
    <message>
        <source>Placing the requests in periods</source>
        <extracomment>progress message (trends.py)</extracomment>
        <translation>Đang xếp các phản ánh vào từng kỳ</translation>
    </message>
    <message>
        <source>Counting</source>
        <extracomment>progress message (trends.py)</extracomment>
        <translation>Đang đếm</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="140"/>
        <source>Starting…</source>
        <translation>Đang khởi động…</translation>
    </message>
</context>
<context>
    <name>gisdesk</name>
    <message>
        <source>a point layer</source>
        <extracomment>gisdesk/analysis/base.py:231</extracomment>
        <translation>một lớp điểm</translation>
    </message>
    <message>
        <source>a line layer</source>
        <extracomment>gisdesk/analysis/base.py:231</extracomment>
        <translation>một lớp đường</translation>
    </message>
    <message>
        <source>a polygon layer</source>
        <extracomment>gisdesk/analysis/base.py:231</extracomment>
        <translation>một lớp đa giác</translation>
    </message>
    <message>
        <source>points</source>
        <extracomment>gisdesk/analysis/base.py:232</extracomment>
        <translation>điểm</translation>
    </message>
    <message>
        <source>lines</source>
        <extracomment>gisdesk/analysis/base.py:232</extracomment>
        <translation>đường</translation>
    </message>
    <message>
        <source>polygons</source>
        <extracomment>gisdesk/analysis/base.py:232; gisdesk/analysis/hotspots.py:104</extracomment>
        <translation>đa giác</translation>
    </message>
    <message>
        <source>None of the input layers has a coordinate reference system, so distances cannot be measured; set the layers' CRS first.</source>
        <extracomment>gisdesk/analysis/base.py:526</extracomment>
        <translation>Không lớp đầu vào nào có hệ tọa độ nên không đo được khoảng cách; hãy đặt hệ tọa độ cho các lớp trước.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <extracomment>gisdesk/analysis/base.py:36</extracomment>
        <translation>Phân tích đã bị hủy.</translation>
    </message>
    <message>
        <source>There is no analysis called {name!r}. Known: {known}.</source>
        <extracomment>gisdesk/analysis/base.py:224</extracomment>
        <translation>Không có công cụ phân tích nào tên {name!r}. Các công cụ hiện có: {known}.</translation>
    </message>
    <message>
        <source>{alg}: unknown parameter(s) {names}.</source>
        <extracomment>gisdesk/analysis/base.py:248</extracomment>
        <translation>{alg}: không có tham số {names}.</translation>
    </message>
    <message>
        <source>{alg}: {layer} has no column {column!r} (for '{label}'). Its columns: {columns}.</source>
        <extracomment>gisdesk/analysis/base.py:331</extracomment>
        <translation>{alg}: {layer} không có cột {column!r} (dùng cho '{label}'). Các cột của lớp: {columns}.</translation>
    </message>
    <message>
        <source>{layer} has no features.</source>
        <extracomment>gisdesk/analysis/base.py:379</extracomment>
        <translation>{layer} không có đối tượng nào.</translation>
    </message>
    <message>
        <source>No feature of {layer} is inside the current time window and filters; widen the time window or clear the filters.</source>
        <extracomment>gisdesk/analysis/base.py:381</extracomment>
        <translation>Không có đối tượng nào của {layer} nằm trong khoảng thời gian và bộ lọc hiện tại; hãy mở rộng khoảng thời gian hoặc bỏ bộ lọc.</translation>
    </message>
    <message>
        <source>No feature of {layer} that takes part has a geometry.</source>
        <extracomment>gisdesk/analysis/base.py:411</extracomment>
        <translation>Không có đối tượng nào của {layer} được đưa vào phân tích có hình học.</translation>
    </message>
    <message>
        <source>{layer} holds {found}; points are needed here.</source>
        <extracomment>gisdesk/analysis/base.py:422</extracomment>
        <translation>{layer} chứa các đối tượng {found}; ở đây cần lớp điểm.</translation>
    </message>
    <message>
        <source>No feature of {layer} that takes part has a location.</source>
        <extracomment>gisdesk/analysis/base.py:429</extracomment>
        <translation>Không có đối tượng nào của {layer} được đưa vào phân tích có vị trí.</translation>
    </message>
    <message>
        <source>{layer} has no coordinate reference system; set one (Layer properties) first.</source>
        <extracomment>gisdesk/analysis/base.py:464; gisdesk/analysis/exceedance.py:390; gisdesk/analysis/requests_input.py:313</extracomment>
        <translation>{layer} chưa có hệ tọa độ; hãy đặt hệ tọa độ trước (Thuộc tính lớp).</translation>
    </message>
    <message>
        <source>{a} and {b} do not overlap: no feature of one lies within the area of the other. Check that both layers have the right coordinate reference system.</source>
        <extracomment>gisdesk/analysis/base.py:595</extracomment>
        <translation>{a} và {b} không chồng lên nhau: không đối tượng nào của lớp này nằm trong phạm vi của lớp kia. Hãy kiểm tra xem cả hai lớp đã đúng hệ tọa độ chưa.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be a finite number.</source>
        <extracomment>gisdesk/analysis/base.py:289</extracomment>
        <translation>{alg}: '{label}' phải là một số hữu hạn.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be at least {minimum:g}{unit} (got {value:g}).</source>
        <extracomment>gisdesk/analysis/base.py:297</extracomment>
        <translation>{alg}: '{label}' phải từ {minimum:g}{unit} trở lên (đang là {value:g}).</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be at most {maximum:g}{unit} (got {value:g}).</source>
        <extracomment>gisdesk/analysis/base.py:300</extracomment>
        <translation>{alg}: '{label}' không được vượt quá {maximum:g}{unit} (đang là {value:g}).</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be one of {allowed} (got {value!r}).</source>
        <extracomment>gisdesk/analysis/base.py:306</extracomment>
        <translation>{alg}: '{label}' phải là một trong các giá trị {allowed} (đang là {value!r}).</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be yes or no (got {value!r}).</source>
        <extracomment>gisdesk/analysis/base.py:316</extracomment>
        <translation>{alg}: '{label}' phải là có hoặc không (đang là {value!r}).</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be a numeric column; {column!r} of {layer} holds {dtype}.</source>
        <extracomment>gisdesk/analysis/base.py:338</extracomment>
        <translation>{alg}: '{label}' phải là một cột số; cột {column!r} của {layer} chứa dữ liệu kiểu {dtype}.</translation>
    </message>
    <message>
        <source>{layer} is read from the database by view: only the {n:,} features loaded for the current map view took part.</source>
        <extracomment>gisdesk/analysis/base.py:365</extracomment>
        <translation>{layer} được đọc từ cơ sở dữ liệu theo vùng nhìn: chỉ {n:,} đối tượng đã tải cho vùng bản đồ đang xem được đưa vào phân tích.</translation>
    </message>
    <message>
        <source>'Selected features only' is on for {layer}, but nothing is selected.</source>
        <extracomment>gisdesk/analysis/base.py:386</extracomment>
        <translation>Đã bật 'Chỉ các đối tượng đã chọn' cho {layer} nhưng chưa chọn đối tượng nào.</translation>
    </message>
    <message>
        <source>The selected features of {layer} are all outside the current time window or filters.</source>
        <extracomment>gisdesk/analysis/base.py:390</extracomment>
        <translation>Tất cả các đối tượng đã chọn của {layer} đều nằm ngoài khoảng thời gian hoặc bộ lọc hiện tại.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' is required.</source>
        <extracomment>gisdesk/analysis/base.py:256</extracomment>
        <translation>{alg}: cần nhập '{label}'.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be a vector layer; {layer} is not.</source>
        <extracomment>gisdesk/analysis/base.py:271</extracomment>
        <translation>{alg}: '{label}' phải là một lớp vector; {layer} không phải lớp vector.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be {kind}; {layer} holds {found}.</source>
        <extracomment>gisdesk/analysis/base.py:275</extracomment>
        <translation>{alg}: '{label}' phải là {kind}; {layer} lại chứa các đối tượng {found}.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be a raster layer; {layer} is not.</source>
        <extracomment>gisdesk/analysis/base.py:279</extracomment>
        <translation>{alg}: '{label}' phải là một lớp raster; {layer} không phải lớp raster.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be a number, not {value!r}.</source>
        <extracomment>gisdesk/analysis/base.py:286</extracomment>
        <translation>{alg}: '{label}' phải là một số, không phải {value!r}.</translation>
    </message>
    <message>
        <source>{alg}: '{label}' must be a whole number, not {value!r}.</source>
        <extracomment>gisdesk/analysis/base.py:292</extracomment>
        <translation>{alg}: '{label}' phải là một số nguyên, không phải {value!r}.</translation>
    </message>
    <message>
        <source>{crs} stretches distances by up to {error:.1%} where these layers lie, so {utm} was used to measure instead.</source>
        <extracomment>gisdesk/analysis/base.py:495</extracomment>
        <translation>{crs} làm sai lệch khoảng cách tới {error:.1%} ở khu vực của các lớp này, nên đã dùng {utm} để đo thay thế.</translation>
    </message>
    <message>
        <source>(no value)</source>
        <extracomment>gisdesk/analysis/count.py:236</extracomment>
        <translation>(không có giá trị)</translation>
    </message>
    <message>
        <source>Columns for '{field}': {columns}.</source>
        <extracomment>gisdesk/analysis/count.py:227</extracomment>
        <translation>Các cột của '{field}': {columns}.</translation>
    </message>
    <message>
        <source>Counted {n:,} point of {points} in {m:,} polygon of {polygons}.</source>
        <extracomment>gisdesk/analysis/count.py:263</extracomment>
        <translation>Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.</translation>
    </message>
    <message>
        <source>Counted {n:,} point of {points} in {m:,} polygons of {polygons}.</source>
        <extracomment>gisdesk/analysis/count.py:264</extracomment>
        <translation>Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.</translation>
    </message>
    <message>
        <source>Counted {n:,} points of {points} in {m:,} polygon of {polygons}.</source>
        <extracomment>gisdesk/analysis/count.py:266</extracomment>
        <translation>Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.</translation>
    </message>
    <message>
        <source>Counted {n:,} points of {points} in {m:,} polygons of {polygons}.</source>
        <extracomment>gisdesk/analysis/count.py:267</extracomment>
        <translation>Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.</translation>
    </message>
    <message>
        <source>{n:,} points of {points} counted by the database server in {m:,} polygons of {polygons} (both layers are in the same PostGIS database, and {points} is read by view, so the server counted every row, not only those loaded for the map).</source>
        <extracomment>gisdesk/analysis/count.py:78</extracomment>
        <translation>Máy chủ cơ sở dữ liệu đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons} (hai lớp cùng nằm trong một cơ sở dữ liệu PostGIS và {points} được đọc theo vùng nhìn, nên máy chủ đếm mọi dòng chứ không chỉ những dòng đã tải cho bản đồ).</translation>
    </message>
    <message>
        <source>{points} is read from the database by view: only the {n:,} points loaded for the map took part. Counts of every row are made by the server when the polygons are in the same database and no category, status or selection is asked for.</source>
        <extracomment>gisdesk/analysis/count.py:122</extracomment>
        <translation>{points} được đọc từ cơ sở dữ liệu theo vùng nhìn: chỉ {n:,} điểm đã tải cho bản đồ được đưa vào phân tích. Máy chủ sẽ đếm mọi dòng khi lớp đa giác nằm trong cùng cơ sở dữ liệu và không yêu cầu đếm theo lĩnh vực, trạng thái hay đối tượng đã chọn.</translation>
    </message>
    <message>
        <source>{layer} has no coordinate reference system: its coordinates were taken to be in that of {other}.</source>
        <extracomment>gisdesk/analysis/count.py:128</extracomment>
        <translation>{layer} chưa có hệ tọa độ: tọa độ của lớp được coi là theo hệ tọa độ của {other}.</translation>
    </message>
    <message>
        <source>{points} per {polygons}</source>
        <extracomment>gisdesk/analysis/count.py:153; gisdesk/analysis/count.py:82</extracomment>
        <translation>{points} theo {polygons}</translation>
    </message>
    <message>
        <source>'{field}' takes {n} values among the points counted: the {k} most common have their own column; the other {rest} ({points:,} point) are counted together in {column}.</source>
        <extracomment>gisdesk/analysis/count.py:221</extracomment>
        <translation>'{field}' có {n} giá trị khác nhau trong các điểm được đếm: {k} giá trị phổ biến nhất có cột riêng; {rest} giá trị còn lại ({points:,} điểm) được đếm chung trong cột {column}.</translation>
    </message>
    <message>
        <source>'{field}' takes {n} values among the points counted: the {k} most common have their own column; the other {rest} ({points:,} points) are counted together in {column}.</source>
        <extracomment>gisdesk/analysis/count.py:224</extracomment>
        <translation>'{field}' có {n} giá trị khác nhau trong các điểm được đếm: {k} giá trị phổ biến nhất có cột riêng; {rest} giá trị còn lại ({points:,} điểm) được đếm chung trong cột {column}.</translation>
    </message>
    <message>
        <source>{n:,} point fell outside every polygon and is not counted.</source>
        <extracomment>gisdesk/analysis/count.py:271</extracomment>
        <translation>{n:,} điểm nằm ngoài mọi đa giác nên không được đếm.</translation>
    </message>
    <message>
        <source>{n:,} points fell outside every polygon and are not counted.</source>
        <extracomment>gisdesk/analysis/count.py:272</extracomment>
        <translation>{n:,} điểm nằm ngoài mọi đa giác nên không được đếm.</translation>
    </message>
    <message>
        <source>{n:,} point on a border shared by polygons (or where polygons overlap) is counted in each of them.</source>
        <extracomment>gisdesk/analysis/count.py:274</extracomment>
        <translation>{n:,} điểm nằm trên ranh giới chung của các đa giác (hoặc ở chỗ các đa giác chồng lên nhau) được đếm cho từng đa giác đó.</translation>
    </message>
    <message>
        <source>{n:,} points on a border shared by polygons (or where polygons overlap) are counted in each of them.</source>
        <extracomment>gisdesk/analysis/count.py:276</extracomment>
        <translation>{n:,} điểm nằm trên ranh giới chung của các đa giác (hoặc ở chỗ các đa giác chồng lên nhau) được đếm cho từng đa giác đó.</translation>
    </message>
    <message>
        <source>{n:,} point without a location was left out.</source>
        <extracomment>gisdesk/analysis/count.py:281</extracomment>
        <translation>Đã bỏ qua {n:,} điểm không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} points without a location were left out.</source>
        <extracomment>gisdesk/analysis/count.py:282</extracomment>
        <translation>Đã bỏ qua {n:,} điểm không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} polygon of {layer} without a geometry was left out.</source>
        <extracomment>gisdesk/analysis/count.py:302</extracomment>
        <translation>Đã bỏ qua {n:,} đa giác của {layer} không có hình học.</translation>
    </message>
    <message>
        <source>{n:,} polygons of {layer} without a geometry were left out.</source>
        <extracomment>gisdesk/analysis/count.py:304</extracomment>
        <translation>Đã bỏ qua {n:,} đa giác của {layer} không có hình học.</translation>
    </message>
    <message>
        <source>{n:,} polygon has no population in '{field}' (missing, 0 or negative): {column} is empty there.</source>
        <extracomment>gisdesk/analysis/count.py:145</extracomment>
        <translation>{n:,} đa giác không có dân số trong '{field}' (thiếu, bằng 0 hoặc âm): cột {column} để trống ở đó.</translation>
    </message>
    <message>
        <source>{n:,} polygons have no population in '{field}' (missing, 0 or negative): {column} is empty there.</source>
        <extracomment>gisdesk/analysis/count.py:147</extracomment>
        <translation>{n:,} đa giác không có dân số trong '{field}' (thiếu, bằng 0 hoặc âm): cột {column} để trống ở đó.</translation>
    </message>
    <message>
        <source>{n:,} point of {layer} outside the time window was left out.</source>
        <extracomment>gisdesk/analysis/count.py:291</extracomment>
        <translation>Đã bỏ qua {n:,} điểm của {layer} nằm ngoài khoảng thời gian.</translation>
    </message>
    <message>
        <source>{n:,} points of {layer} outside the time window were left out.</source>
        <extracomment>gisdesk/analysis/count.py:293</extracomment>
        <translation>Đã bỏ qua {n:,} điểm của {layer} nằm ngoài khoảng thời gian.</translation>
    </message>
    <message>
        <source>{n:,} polygon of {layer} outside the time window was left out.</source>
        <extracomment>gisdesk/analysis/count.py:296</extracomment>
        <translation>Đã bỏ qua {n:,} đa giác của {layer} nằm ngoài khoảng thời gian.</translation>
    </message>
    <message>
        <source>{n:,} polygons of {layer} outside the time window were left out.</source>
        <extracomment>gisdesk/analysis/count.py:298</extracomment>
        <translation>Đã bỏ qua {n:,} đa giác của {layer} nằm ngoài khoảng thời gian.</translation>
    </message>
    <message>
        <source>Bandwidth {h}, chosen by Silverman's rule of thumb (the spatial variant ArcGIS uses): 0.9 × min(standard distance {sd}, 1.20 × median distance to the mean centre {dm}) × n^-0.2 with n = {n:,} points.</source>
        <extracomment>gisdesk/analysis/density.py:112</extracomment>
        <translation>Băng thông {h}, chọn theo quy tắc kinh nghiệm Silverman (dạng không gian mà ArcGIS dùng): 0,9 × min(khoảng cách chuẩn {sd}; 1,20 × khoảng cách trung vị tới tâm trung bình {dm}) × n^-0,2 với n = {n:,} điểm.</translation>
    </message>
    <message>
        <source>Bandwidth {h}, chosen by Scott's rule for two dimensions: n^(-1/6) × the spread of the points ({spread}, the root mean square of the x and y standard deviations) with n = {n:,} points.</source>
        <extracomment>gisdesk/analysis/density.py:119</extracomment>
        <translation>Băng thông {h}, chọn theo quy tắc Scott cho hai chiều: n^(-1/6) × độ phân tán của các điểm ({spread}, căn trung bình bình phương của độ lệch chuẩn theo x và y) với n = {n:,} điểm.</translation>
    </message>
    <message>
        <source>Bandwidth {h} (as given).</source>
        <extracomment>gisdesk/analysis/density.py:223</extracomment>
        <translation>Băng thông {h} (theo giá trị đã nhập).</translation>
    </message>
    <message>
        <source>Cell size {cell} (a tenth of the bandwidth, or coarser to keep the raster small).</source>
        <extracomment>gisdesk/analysis/density.py:235</extracomment>
        <translation>Kích thước ô {cell} (một phần mười băng thông, hoặc lớn hơn để raster không quá lớn).</translation>
    </message>
    <message>
        <source>Cell size {cell} (as given).</source>
        <extracomment>gisdesk/analysis/density.py:239</extracomment>
        <translation>Kích thước ô {cell} (theo giá trị đã nhập).</translation>
    </message>
    <message>
        <source>Kernel density: the bandwidth ({h}) is smaller than the cell size ({cell}), so each point would fall into a single cell. Use cells of at most {most} or a larger bandwidth.</source>
        <extracomment>gisdesk/analysis/density.py:241</extracomment>
        <translation>Mật độ hạt nhân: băng thông ({h}) nhỏ hơn kích thước ô ({cell}) nên mỗi điểm sẽ chỉ rơi vào một ô. Hãy dùng ô không quá {most} hoặc băng thông lớn hơn.</translation>
    </message>
    <message>
        <source>Kernel density: with {cell} cells the raster would be {cols:,} × {rows:,} cells ({millions:.0f} million; at most {most:.0f} million are allowed). Choose a cell size of at least {need}, or fewer points (a time window or a filter).</source>
        <extracomment>gisdesk/analysis/density.py:247</extracomment>
        <translation>Mật độ hạt nhân: với ô {cell}, raster sẽ có {cols:,} × {rows:,} ô ({millions:.0f} triệu ô; cho phép tối đa {most:.0f} triệu). Hãy chọn kích thước ô từ {need} trở lên, hoặc bớt điểm (dùng khoảng thời gian hoặc bộ lọc).</translation>
    </message>
    <message>
        <source>Spread {field} of {n:,} points with a quartic kernel on a raster of {cols:,} × {rows:,} cells in {crs}.</source>
        <extracomment>gisdesk/analysis/density.py:265</extracomment>
        <translation>Đã phân bố {field} của {n:,} điểm bằng hàm hạt nhân bậc bốn (quartic) trên raster {cols:,} × {rows:,} ô trong {crs}.</translation>
    </message>
    <message>
        <source>Spread {n:,} points with a quartic kernel on a raster of {cols:,} × {rows:,} cells in {crs}.</source>
        <extracomment>gisdesk/analysis/density.py:267</extracomment>
        <translation>Đã phân bố {n:,} điểm bằng hàm hạt nhân bậc bốn (quartic) trên raster {cols:,} × {rows:,} ô trong {crs}.</translation>
    </message>
    <message>
        <source>Spread {field} of {n:,} points with a Gaussian kernel on a raster of {cols:,} × {rows:,} cells in {crs}.</source>
        <extracomment>gisdesk/analysis/density.py:270</extracomment>
        <translation>Đã phân bố {field} của {n:,} điểm bằng hàm hạt nhân Gauss trên raster {cols:,} × {rows:,} ô trong {crs}.</translation>
    </message>
    <message>
        <source>Spread {n:,} points with a Gaussian kernel on a raster of {cols:,} × {rows:,} cells in {crs}.</source>
        <extracomment>gisdesk/analysis/density.py:272</extracomment>
        <translation>Đã phân bố {n:,} điểm bằng hàm hạt nhân Gauss trên raster {cols:,} × {rows:,} ô trong {crs}.</translation>
    </message>
    <message>
        <source>Each point spreads its weight over a circle of {h} radius, most at its centre and none beyond the circle.</source>
        <extracomment>gisdesk/analysis/density.py:277</extracomment>
        <translation>Mỗi điểm phân bố trọng số của nó trong một hình tròn bán kính {h}, nhiều nhất ở tâm và bằng 0 bên ngoài hình tròn.</translation>
    </message>
    <message>
        <source>Each point spreads its weight like a bell of standard deviation {h}: about 39% of it within {h}, 86% within {h2}, none beyond {reach}.</source>
        <extracomment>gisdesk/analysis/density.py:280</extracomment>
        <translation>Mỗi điểm phân bố trọng số của nó theo hình chuông có độ lệch chuẩn {h}: khoảng 39% trong phạm vi {h}, 86% trong phạm vi {h2}, bằng 0 ngoài {reach}.</translation>
    </message>
    <message>
        <source>The bandwidth spans fewer than 3 cells, so the surface is coarse; cells of {cell} would show it better.</source>
        <extracomment>gisdesk/analysis/density.py:285</extracomment>
        <translation>Băng thông trải chưa tới 3 ô nên bề mặt còn thô; dùng ô {cell} sẽ thể hiện rõ hơn.</translation>
    </message>
    <message>
        <source>Values are {field} per km²; summed over the raster's area they give back {total} (the weight total).</source>
        <extracomment>gisdesk/analysis/density.py:291</extracomment>
        <translation>Giá trị là {field} trên mỗi km²; cộng trên toàn diện tích raster sẽ được {total} (tổng trọng số).</translation>
    </message>
    <message>
        <source>Highest density: {peak} {field} per km² at x {x:,.0f}, y {y:,.0f}.</source>
        <extracomment>gisdesk/analysis/density.py:293</extracomment>
        <translation>Mật độ cao nhất: {peak} {field} trên mỗi km² tại x {x:,.0f}, y {y:,.0f}.</translation>
    </message>
    <message>
        <source>Kernel density of {layer}</source>
        <extracomment>gisdesk/analysis/density.py:304</extracomment>
        <translation>Mật độ hạt nhân của {layer}</translation>
    </message>
    <message>
        <source>Kernel density: '{field}' of {layer} has {n:,} negative values; a density needs weights of 0 or more. Filter them out or choose another column.</source>
        <extracomment>gisdesk/analysis/density.py:196</extracomment>
        <translation>Mật độ hạt nhân: '{field}' của {layer} có {n:,} giá trị âm; tính mật độ cần trọng số từ 0 trở lên. Hãy lọc bỏ các giá trị đó hoặc chọn cột khác.</translation>
    </message>
    <message>
        <source>Kernel density: no point of {layer} that takes part has a value in '{field}'.</source>
        <extracomment>gisdesk/analysis/density.py:200</extracomment>
        <translation>Mật độ hạt nhân: không điểm nào của {layer} được đưa vào phân tích có giá trị trong '{field}'.</translation>
    </message>
    <message>
        <source>Kernel density: one point is not enough to choose a bandwidth; give the bandwidth in metres.</source>
        <extracomment>gisdesk/analysis/density.py:215</extracomment>
        <translation>Mật độ hạt nhân: một điểm không đủ để chọn băng thông; hãy nhập băng thông theo mét.</translation>
    </message>
    <message>
        <source>Kernel density: all the points are at the same place, so no bandwidth can be chosen from their spread; give the bandwidth in metres.</source>
        <extracomment>gisdesk/analysis/density.py:219</extracomment>
        <translation>Mật độ hạt nhân: tất cả các điểm nằm cùng một chỗ nên không thể chọn băng thông theo độ phân tán; hãy nhập băng thông theo mét.</translation>
    </message>
    <message>
        <source>Values are points per km²; summed over the raster's area they give back {total} (the number of points).</source>
        <extracomment>gisdesk/analysis/density.py:296</extracomment>
        <translation>Giá trị là số điểm trên mỗi km²; cộng trên toàn diện tích raster sẽ được {total} (số điểm).</translation>
    </message>
    <message>
        <source>Highest density: {peak} points per km² at x {x:,.0f}, y {y:,.0f}.</source>
        <extracomment>gisdesk/analysis/density.py:298</extracomment>
        <translation>Mật độ cao nhất: {peak} điểm trên mỗi km² tại x {x:,.0f}, y {y:,.0f}.</translation>
    </message>
    <message>
        <source>Values are raw kernel sums: each point adds 1 at its own location, less around it.</source>
        <extracomment>gisdesk/analysis/density.py:301</extracomment>
        <translation>Giá trị là tổng thô của hàm hạt nhân: mỗi điểm cộng thêm 1 tại chính vị trí của nó và ít hơn ở xung quanh.</translation>
    </message>
    <message>
        <source>Highest value: {peak} at x {x:,.0f}, y {y:,.0f}.</source>
        <extracomment>gisdesk/analysis/density.py:302</extracomment>
        <translation>Giá trị cao nhất: {peak} tại x {x:,.0f}, y {y:,.0f}.</translation>
    </message>
    <message>
        <source>{n:,} point without a value in '{field}' was left out.</source>
        <extracomment>gisdesk/analysis/density.py:204; gisdesk/analysis/hotspots.py:173</extracomment>
        <translation>Đã bỏ qua {n:,} điểm không có giá trị trong '{field}'.</translation>
    </message>
    <message>
        <source>{n:,} points without a value in '{field}' were left out.</source>
        <extracomment>gisdesk/analysis/density.py:206; gisdesk/analysis/hotspots.py:175</extracomment>
        <translation>Đã bỏ qua {n:,} điểm không có giá trị trong '{field}'.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <extracomment>gisdesk/analysis/exceedance.py:348; gisdesk/io/geometry_doctor.py:103; gisdesk/io/sensors.py:168</extracomment>
        <translation>{items} và {last}</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>gisdesk/analysis/exceedance.py:226; gisdesk/io/report.py:34; gisdesk/io/report.py:104; gisdesk/io/service_requests.py:1913; gisdesk/io/service_requests.py:2237; gisdesk/io/service_requests.py:1767</extracomment>
        <translation>không có</translation>
    </message>
    <message>
        <source>{layer} has no readings of {given!r}; its readings are of {have}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:227</extracomment>
        <translation>{layer} không có số đo {given!r}; lớp này có số đo của {have}.</translation>
    </message>
    <message>
        <source>Polygon {n}</source>
        <extracomment>gisdesk/analysis/exceedance.py:379; gisdesk/analysis/exceedance.py:376; gisdesk/analysis/requests_input.py:307; gisdesk/analysis/requests_input.py:304</extracomment>
        <translation>Vùng {n}</translation>
    </message>
    <message>
        <source>An hour counts as over when the mean of its readings is strictly greater than the limit (a mean exactly at the limit is not over). Hours without any reading are counted as missing, never as over.</source>
        <extracomment>gisdesk/analysis/exceedance.py:474</extracomment>
        <translation>Một giờ được tính là vượt ngưỡng khi trung bình các số đo trong giờ đó lớn hơn hẳn ngưỡng (trung bình đúng bằng ngưỡng thì không tính là vượt). Các giờ không có số đo nào được tính là thiếu số liệu, không bao giờ tính là vượt ngưỡng.</translation>
    </message>
    <message>
        <source>The {parameter} readings mix units ({units}); they cannot be compared with one limit. Convert them to one unit first.</source>
        <extracomment>gisdesk/analysis/exceedance.py:247</extracomment>
        <translation>Các số đo {parameter} dùng lẫn nhiều đơn vị ({units}) nên không so được với một ngưỡng. Hãy chuyển về cùng một đơn vị trước.</translation>
    </message>
    <message>
        <source>{names} and {k} more</source>
        <extracomment>gisdesk/analysis/exceedance.py:421; gisdesk/analysis/hotspots.py:514; gisdesk/analysis/trends.py:210</extracomment>
        <translation>{names} và {k} nơi khác</translation>
    </message>
    <message>
        <source>{n:,} station measuring {parameter}, in the time window {window} (Huế time): {hours:,} clock hours.</source>
        <extracomment>gisdesk/analysis/exceedance.py:463</extracomment>
        <translation>{n:,} trạm quan trắc đo {parameter}, trong khoảng thời gian {window} (giờ Huế): {hours:,} giờ đồng hồ.</translation>
    </message>
    <message>
        <source>{n:,} stations measuring {parameter}, in the time window {window} (Huế time): {hours:,} clock hours.</source>
        <extracomment>gisdesk/analysis/exceedance.py:465</extracomment>
        <translation>{n:,} trạm quan trắc đo {parameter}, trong khoảng thời gian {window} (giờ Huế): {hours:,} giờ đồng hồ.</translation>
    </message>
    <message>
        <source>{n:,} station measuring {parameter}, over all the readings (no time window): {hours:,} clock hours.</source>
        <extracomment>gisdesk/analysis/exceedance.py:468</extracomment>
        <translation>{n:,} trạm quan trắc đo {parameter}, trên toàn bộ số đo (không giới hạn thời gian): {hours:,} giờ đồng hồ.</translation>
    </message>
    <message>
        <source>{n:,} stations measuring {parameter}, over all the readings (no time window): {hours:,} clock hours.</source>
        <extracomment>gisdesk/analysis/exceedance.py:470</extracomment>
        <translation>{n:,} trạm quan trắc đo {parameter}, trên toàn bộ số đo (không giới hạn thời gian): {hours:,} giờ đồng hồ.</translation>
    </message>
    <message>
        <source>{k:,} of {n:,} stations went over the limit; most hours over: {stations}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:483</extracomment>
        <translation>{k:,}/{n:,} trạm quan trắc đã vượt ngưỡng; nhiều giờ vượt nhất: {stations}.</translation>
    </message>
    <message>
        <source>{layer}: this layer has stations but no readings. Open the sensors with Layer &gt; Open sensors… (a readings file, a GeoPackage of stations and readings, or a SensorThings feed) and choose that layer.</source>
        <extracomment>gisdesk/analysis/exceedance.py:101</extracomment>
        <translation>{layer}: lớp này có trạm quan trắc nhưng không có số đo. Hãy mở dữ liệu cảm biến bằng Lớp &gt; Mở dữ liệu cảm biến… (một tệp số đo, một GeoPackage chứa trạm và số đo, hoặc một nguồn cấp dữ liệu SensorThings) rồi chọn lớp đó.</translation>
    </message>
    <message>
        <source>None of the stations of {layer} that take part measures {parameter}; choose other stations or another parameter.</source>
        <extracomment>gisdesk/analysis/exceedance.py:118</extracomment>
        <translation>Không trạm quan trắc nào của {layer} được đưa vào phân tích đo {parameter}; hãy chọn trạm khác hoặc thông số khác.</translation>
    </message>
    <message>
        <source>No {parameter} reading of the stations taking part falls inside the layer; widen the time window.</source>
        <extracomment>gisdesk/analysis/exceedance.py:141</extracomment>
        <translation>Không có số đo {parameter} nào của các trạm được đưa vào phân tích nằm trong lớp; hãy mở rộng khoảng thời gian.</translation>
    </message>
    <message>
        <source>Hours over the limit</source>
        <extracomment>gisdesk/analysis/exceedance.py:200</extracomment>
        <translation>Số giờ vượt ngưỡng</translation>
    </message>
    <message>
        <source>Hours over the {parameter} limit</source>
        <extracomment>gisdesk/analysis/exceedance.py:203</extracomment>
        <translation>Số giờ vượt ngưỡng {parameter}</translation>
    </message>
    <message>
        <source>{layer} has no readings.</source>
        <extracomment>gisdesk/analysis/exceedance.py:216</extracomment>
        <translation>{layer} không có số đo nào.</translation>
    </message>
    <message>
        <source>The layer's thresholds ({thresholds}) set no 1-hour or 24-hour limit for {parameter}; give a limit.</source>
        <extracomment>gisdesk/analysis/exceedance.py:275</extracomment>
        <translation>Bộ ngưỡng của lớp ({thresholds}) không quy định ngưỡng 1 giờ hay 24 giờ cho {parameter}; hãy nhập một ngưỡng.</translation>
    </message>
    <message>
        <source>Limit used: {limit:g} {unit} (given), for every hour.</source>
        <extracomment>gisdesk/analysis/exceedance.py:318</extracomment>
        <translation>Ngưỡng áp dụng: {limit:g} {unit} (theo giá trị đã nhập), cho mọi giờ.</translation>
    </message>
    <message>
        <source>{limit:g} {unit} from {date}</source>
        <extracomment>gisdesk/analysis/exceedance.py:321</extracomment>
        <translation>{limit:g} {unit} từ ngày {date}</translation>
    </message>
    <message>
        <source>QCVN 05:2023 sets no 1-hour limit for {parameter}, so each hourly mean was compared with the 24-hour limit: hours over it signal bad air but are not legal exceedances (those are days whose mean is over the limit: the sensor layer's 'exceedances' column).</source>
        <extracomment>gisdesk/analysis/exceedance.py:337</extracomment>
        <translation>QCVN 05:2023 không quy định ngưỡng 1 giờ cho {parameter}, nên trung bình của từng giờ được so với ngưỡng 24 giờ: các giờ vượt ngưỡng này cho thấy không khí kém nhưng chưa phải là vượt chuẩn theo quy chuẩn (vượt chuẩn là những ngày có trung bình vượt ngưỡng: cột 'exceedances' của lớp cảm biến).</translation>
    </message>
    <message>
        <source>{n:,} station has no position and is in no ward.</source>
        <extracomment>gisdesk/analysis/exceedance.py:415</extracomment>
        <translation>{n:,} trạm quan trắc không có vị trí nên không thuộc phường/xã nào.</translation>
    </message>
    <message>
        <source>{n:,} stations have no position and are in no ward.</source>
        <extracomment>gisdesk/analysis/exceedance.py:416</extracomment>
        <translation>{n:,} trạm quan trắc không có vị trí nên không thuộc phường/xã nào.</translation>
    </message>
    <message>
        <source>{n:,} station lies outside every ward: {stations}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:422</extracomment>
        <translation>{n:,} trạm quan trắc nằm ngoài mọi phường/xã: {stations}.</translation>
    </message>
    <message>
        <source>{n:,} stations lie outside every ward: {stations}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:423</extracomment>
        <translation>{n:,} trạm quan trắc nằm ngoài mọi phường/xã: {stations}.</translation>
    </message>
    <message>
        <source>{n:,} station-hours had no reading (missing).</source>
        <extracomment>gisdesk/analysis/exceedance.py:492</extracomment>
        <translation>{n:,} giờ-trạm không có số đo (thiếu số liệu).</translation>
    </message>
    <message>
        <source>{n:,} station that does not measure {parameter} was left out.</source>
        <extracomment>gisdesk/analysis/exceedance.py:500</extracomment>
        <translation>Đã bỏ qua {n:,} trạm quan trắc không đo {parameter}.</translation>
    </message>
    <message>
        <source>{n:,} stations that do not measure {parameter} were left out.</source>
        <extracomment>gisdesk/analysis/exceedance.py:502</extracomment>
        <translation>Đã bỏ qua {n:,} trạm quan trắc không đo {parameter}.</translation>
    </message>
    <message>
        <source>No {parameter} reading of the stations taking part falls inside the time window ({window}); widen the time window.</source>
        <extracomment>gisdesk/analysis/exceedance.py:138</extracomment>
        <translation>Không có số đo {parameter} nào của các trạm được đưa vào phân tích nằm trong khoảng thời gian ({window}); hãy mở rộng khoảng thời gian.</translation>
    </message>
    <message>
        <source>Hours with a mean {parameter} over {limit:g} {unit}</source>
        <extracomment>gisdesk/analysis/exceedance.py:201</extracomment>
        <translation>Số giờ có {parameter} trung bình vượt {limit:g} {unit}</translation>
    </message>
    <message>
        <source>The {parameter} readings are in {unit} but the limit is in {limit_unit}; they cannot be compared. Give a limit in the readings' unit.</source>
        <extracomment>gisdesk/analysis/exceedance.py:284</extracomment>
        <translation>Các số đo {parameter} tính bằng {unit} nhưng ngưỡng tính bằng {limit_unit} nên không so sánh được. Hãy nhập ngưỡng theo đơn vị của số đo.</translation>
    </message>
    <message>
        <source>Limit used: {limit:g} (given), for every hour.</source>
        <extracomment>gisdesk/analysis/exceedance.py:317</extracomment>
        <translation>Ngưỡng áp dụng: {limit:g} (theo giá trị đã nhập), cho mọi giờ.</translation>
    </message>
    <message>
        <source>Limit used: {limits} (each hour against the limit in force on its day), the 1-hour limit for {parameter} of {source}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:328</extracomment>
        <translation>Ngưỡng áp dụng: {limits} (mỗi giờ so với ngưỡng có hiệu lực trong ngày đó), là ngưỡng 1 giờ cho {parameter} theo {source}.</translation>
    </message>
    <message>
        <source>Limit used: {limits} (each hour against the limit in force on its day), the 24-hour limit for {parameter} of {source}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:330</extracomment>
        <translation>Ngưỡng áp dụng: {limits} (mỗi giờ so với ngưỡng có hiệu lực trong ngày đó), là ngưỡng 24 giờ cho {parameter} theo {source}.</translation>
    </message>
    <message>
        <source>Limit used: {limits}, the 1-hour limit for {parameter} of {source}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:333</extracomment>
        <translation>Ngưỡng áp dụng: {limits}, là ngưỡng 1 giờ cho {parameter} theo {source}.</translation>
    </message>
    <message>
        <source>Limit used: {limits}, the 24-hour limit for {parameter} of {source}.</source>
        <extracomment>gisdesk/analysis/exceedance.py:335</extracomment>
        <translation>Ngưỡng áp dụng: {limits}, là ngưỡng 24 giờ cho {parameter} theo {source}.</translation>
    </message>
    <message>
        <source>{station} ({id}): {hours:,} h, {pct:.1f} % of its hours with data, highest hourly mean {highest:g} {unit}</source>
        <extracomment>gisdesk/analysis/exceedance.py:479</extracomment>
        <translation>{station} ({id}): {hours:,} giờ, {pct:.1f} % số giờ có số liệu, trung bình giờ cao nhất {highest:g} {unit}</translation>
    </message>
    <message>
        <source>No station went over the limit (highest hourly mean {highest:g} {unit}).</source>
        <extracomment>gisdesk/analysis/exceedance.py:486</extracomment>
        <translation>Không trạm quan trắc nào vượt ngưỡng (trung bình giờ cao nhất {highest:g} {unit}).</translation>
    </message>
    <message>
        <source>{n:,} station-hours had no reading (missing); {k:,} station had no {parameter} reading in the window.</source>
        <extracomment>gisdesk/analysis/exceedance.py:494</extracomment>
        <translation>{n:,} giờ-trạm không có số đo (thiếu số liệu); {k:,} trạm không có số đo {parameter} nào trong khoảng thời gian.</translation>
    </message>
    <message>
        <source>{n:,} station-hours had no reading (missing); {k:,} stations had no {parameter} reading in the window.</source>
        <extracomment>gisdesk/analysis/exceedance.py:496</extracomment>
        <translation>{n:,} giờ-trạm không có số đo (thiếu số liệu); {k:,} trạm không có số đo {parameter} nào trong khoảng thời gian.</translation>
    </message>
    <message>
        <source>hexagon cells</source>
        <extracomment>gisdesk/analysis/hotspots.py:104</extracomment>
        <translation>ô lục giác</translation>
    </message>
    <message>
        <source>square cells</source>
        <extracomment>gisdesk/analysis/hotspots.py:104</extracomment>
        <translation>ô vuông</translation>
    </message>
    <message>
        <source>Hot spots: a square grid of {size:g} m cells would need {n:,} cells here (at most {most:,} are allowed). Choose a cell size of at least {need:g} m, or fewer points (a time window or a filter).</source>
        <extracomment>gisdesk/analysis/hotspots.py:440</extracomment>
        <translation>Điểm nóng: lưới ô vuông với ô {size:g} m sẽ cần {n:,} ô ở đây (cho phép tối đa {most:,} ô). Hãy chọn kích thước ô từ {need:g} m trở lên, hoặc bớt điểm (dùng khoảng thời gian hoặc bộ lọc).</translation>
    </message>
    <message>
        <source>Significance: pseudo p-values from {n:,} random permutations of the other areas' values (conditional randomisation, fixed seed {seed}, two-sided).</source>
        <extracomment>gisdesk/analysis/hotspots.py:539</extracomment>
        <translation>Mức ý nghĩa: giá trị p giả định từ {n:,} lần hoán vị ngẫu nhiên giá trị của các vùng khác (ngẫu nhiên hóa có điều kiện, hạt giống cố định {seed}, hai phía).</translation>
    </message>
    <message>
        <source>Result: {hot:,} hot spots ({hot99:,} at 99% confidence), {cold:,} cold spots ({cold99:,} at 99% confidence), {none:,} {units} not significant.</source>
        <extracomment>gisdesk/analysis/hotspots.py:635</extracomment>
        <translation>Kết quả: {hot:,} điểm nóng ({hot99:,} ở độ tin cậy 99%), {cold:,} điểm lạnh ({cold99:,} ở độ tin cậy 99%), {none:,} {units} không có ý nghĩa thống kê.</translation>
    </message>
    <message>
        <source>Hot spot, 99% confidence</source>
        <extracomment>gisdesk/analysis/hotspots.py:92</extracomment>
        <translation>Điểm nóng, độ tin cậy 99%</translation>
    </message>
    <message>
        <source>Hot spot, 95% confidence</source>
        <extracomment>gisdesk/analysis/hotspots.py:93</extracomment>
        <translation>Điểm nóng, độ tin cậy 95%</translation>
    </message>
    <message>
        <source>Hot spot, 90% confidence</source>
        <extracomment>gisdesk/analysis/hotspots.py:94</extracomment>
        <translation>Điểm nóng, độ tin cậy 90%</translation>
    </message>
    <message>
        <source>Not significant</source>
        <extracomment>gisdesk/analysis/hotspots.py:95</extracomment>
        <translation>Không có ý nghĩa thống kê</translation>
    </message>
    <message>
        <source>Cold spot, 90% confidence</source>
        <extracomment>gisdesk/analysis/hotspots.py:96</extracomment>
        <translation>Điểm lạnh, độ tin cậy 90%</translation>
    </message>
    <message>
        <source>Cold spot, 95% confidence</source>
        <extracomment>gisdesk/analysis/hotspots.py:97</extracomment>
        <translation>Điểm lạnh, độ tin cậy 95%</translation>
    </message>
    <message>
        <source>Cold spot, 99% confidence</source>
        <extracomment>gisdesk/analysis/hotspots.py:98</extracomment>
        <translation>Điểm lạnh, độ tin cậy 99%</translation>
    </message>
    <message>
        <source>Counted {n:,} points on a grid of {cells:,} hexagon cells of {size:g} m ({area:.3g} km² each): the cells holding points and the ring of empty cells touching them ({full:,} with points, {empty:,} empty).</source>
        <extracomment>gisdesk/analysis/hotspots.py:387</extracomment>
        <translation>Đã đếm {n:,} điểm trên lưới {cells:,} ô lục giác cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm các ô có điểm và vòng ô trống tiếp giáp với chúng ({full:,} ô có điểm, {empty:,} ô trống).</translation>
    </message>
    <message>
        <source>Hot spots: a hexagon grid of {size:g} m cells would need {n:,} cells here (at most {most:,} are allowed). Choose a cell size of at least {need:g} m, or fewer points (a time window or a filter).</source>
        <extracomment>gisdesk/analysis/hotspots.py:437</extracomment>
        <translation>Điểm nóng: lưới lục giác với ô {size:g} m sẽ cần {n:,} ô ở đây (cho phép tối đa {most:,} ô). Hãy chọn kích thước ô từ {need:g} m trở lên, hoặc bớt điểm (dùng khoảng thời gian hoặc bộ lọc).</translation>
    </message>
    <message>
        <source>Counted {n:,} points in {m:,} polygons of {layer}.</source>
        <extracomment>gisdesk/analysis/hotspots.py:471</extracomment>
        <translation>Đã đếm {n:,} điểm trong {m:,} đa giác của {layer}.</translation>
    </message>
    <message>
        <source>Neighbours: polygons that touch, overlap or lie within {d:g} m of each other (queen contiguity, tolerant of boundaries whose vertices do not match).</source>
        <extracomment>gisdesk/analysis/hotspots.py:487</extracomment>
        <translation>Lân cận: các đa giác tiếp giáp, chồng lên nhau hoặc cách nhau không quá {d:g} m (kề cạnh kiểu quân hậu, chấp nhận ranh giới có đỉnh không trùng khớp).</translation>
    </message>
    <message>
        <source>Significance: p-values from the normal approximation of the z-scores (two-sided), without permutations.</source>
        <extracomment>gisdesk/analysis/hotspots.py:533</extracomment>
        <translation>Mức ý nghĩa: giá trị p tính theo xấp xỉ phân phối chuẩn của điểm z (hai phía), không hoán vị.</translation>
    </message>
    <message>
        <source>No correction for testing many areas at once is applied: about 1 area in 10 can reach 90% confidence by chance alone, so trust the 99% class most.</source>
        <extracomment>gisdesk/analysis/hotspots.py:230</extracomment>
        <translation>Không áp dụng hiệu chỉnh cho việc kiểm định nhiều vùng cùng lúc: cứ khoảng 10 vùng thì có 1 vùng có thể đạt độ tin cậy 90% chỉ do ngẫu nhiên, vì vậy hãy tin cậy nhất vào nhóm 99%.</translation>
    </message>
    <message>
        <source>Hot spots: '{field}' of {layer} has {n:,} negative values; Gi* needs values of 0 or more. Filter them out or choose another column.</source>
        <extracomment>gisdesk/analysis/hotspots.py:248</extracomment>
        <translation>Điểm nóng: '{field}' của {layer} có {n:,} giá trị âm; Gi* cần giá trị từ 0 trở lên. Hãy lọc bỏ các giá trị đó hoặc chọn cột khác.</translation>
    </message>
    <message>
        <source>Hot spots: no point of {layer} that takes part has a value in '{field}'.</source>
        <extracomment>gisdesk/analysis/hotspots.py:253</extracomment>
        <translation>Điểm nóng: không điểm nào của {layer} được đưa vào phân tích có giá trị trong '{field}'.</translation>
    </message>
    <message>
        <source>Hot spots: only {n} {units} take part; at least 3 are needed (30 or more for a reliable answer). Use a smaller cell size or more points.</source>
        <extracomment>gisdesk/analysis/hotspots.py:264</extracomment>
        <translation>Điểm nóng: chỉ có {n} {units} tham gia; cần ít nhất 3 (từ 30 trở lên để kết quả đáng tin cậy). Hãy dùng ô nhỏ hơn hoặc thêm điểm.</translation>
    </message>
    <message>
        <source>Hot spots: the sum of '{field}' is 0 in every one of the {n:,} {units}, so there is no pattern to test. Check the time window, the filters and the chosen column.</source>
        <extracomment>gisdesk/analysis/hotspots.py:272</extracomment>
        <translation>Điểm nóng: tổng của '{field}' bằng 0 ở tất cả {n:,} {units} nên không có phân bố nào để kiểm định. Hãy kiểm tra khoảng thời gian, bộ lọc và cột đã chọn.</translation>
    </message>
    <message>
        <source>Hot spots: the sum of '{field}' is the same ({value:g}) in all {n:,} {units}, so there is no pattern to test. Use smaller cells or another unit.</source>
        <extracomment>gisdesk/analysis/hotspots.py:280</extracomment>
        <translation>Điểm nóng: tổng của '{field}' như nhau ({value:g}) ở tất cả {n:,} {units} nên không có phân bố nào để kiểm định. Hãy dùng ô nhỏ hơn hoặc loại vùng khác.</translation>
    </message>
    <message>
        <source>Counted {n:,} points on a grid of {cells:,} hexagon cells of {size:g} m ({area:.3g} km² each): every cell over the points' extent ({full:,} with points, {empty:,} empty).</source>
        <extracomment>gisdesk/analysis/hotspots.py:391</extracomment>
        <translation>Đã đếm {n:,} điểm trên lưới {cells:,} ô lục giác cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm mọi ô trong phạm vi của các điểm ({full:,} ô có điểm, {empty:,} ô trống).</translation>
    </message>
    <message>
        <source>Neighbours: each hexagon and the 6 hexagons sharing an edge with it.</source>
        <extracomment>gisdesk/analysis/hotspots.py:402</extracomment>
        <translation>Lân cận: mỗi ô lục giác cùng 6 ô lục giác chung cạnh với nó.</translation>
    </message>
    <message>
        <source>Neighbours: each square and the 8 squares sharing an edge or a corner with it.</source>
        <extracomment>gisdesk/analysis/hotspots.py:403</extracomment>
        <translation>Lân cận: mỗi ô vuông cùng 8 ô vuông chung cạnh hoặc chung góc với nó.</translation>
    </message>
    <message>
        <source>Hot spots: {layer} has only {n} polygon(s) that take part; at least 3 are needed (30 or more for a reliable answer). Use a grid instead.</source>
        <extracomment>gisdesk/analysis/hotspots.py:465</extracomment>
        <translation>Điểm nóng: {layer} chỉ có {n} đa giác tham gia; cần ít nhất 3 (từ 30 trở lên để kết quả đáng tin cậy). Hãy dùng lưới ô thay thế.</translation>
    </message>
    <message>
        <source>{n} polygon(s) touch no other ({names}); each was linked to its nearest polygon so that it takes part.</source>
        <extracomment>gisdesk/analysis/hotspots.py:498</extracomment>
        <translation>{n} đa giác không tiếp giáp đa giác nào ({names}); mỗi đa giác đó được nối với đa giác gần nhất để được đưa vào phân tích.</translation>
    </message>
    <message>
        <source>Hot spots: the areas are set to 'Polygons of a layer', but no polygon layer was chosen; choose one (e.g. the wards) or use a hexagon or square grid.</source>
        <extracomment>gisdesk/analysis/hotspots.py:158</extracomment>
        <translation>Điểm nóng: vùng phân tích đang đặt là 'Đa giác của một lớp' nhưng chưa chọn lớp đa giác nào; hãy chọn một lớp (ví dụ phường/xã) hoặc dùng lưới lục giác hay lưới ô vuông.</translation>
    </message>
    <message>
        <source>Only {n} areas were tested; Gi* results are unreliable with fewer than about {few}.</source>
        <extracomment>gisdesk/analysis/hotspots.py:224</extracomment>
        <translation>Chỉ có {n} vùng được kiểm định; kết quả Gi* không đáng tin cậy khi có ít hơn khoảng {few} vùng.</translation>
    </message>
    <message>
        <source>With {n} permutations the smallest possible p-value is {p:.3f}, so no area can reach 99% confidence; use 999.</source>
        <extracomment>gisdesk/analysis/hotspots.py:227</extracomment>
        <translation>Với {n} lần hoán vị, giá trị p nhỏ nhất có thể là {p:.3f} nên không vùng nào đạt độ tin cậy 99%; hãy dùng 999 lần.</translation>
    </message>
    <message>
        <source>Hot spots of {layer}</source>
        <extracomment>gisdesk/analysis/hotspots.py:233</extracomment>
        <translation>Điểm nóng của {layer}</translation>
    </message>
    <message>
        <source>Hot spots: the number of points is 0 in every one of the {n:,} {units}, so there is no pattern to test. Check the time window, the filters and the chosen column.</source>
        <extracomment>gisdesk/analysis/hotspots.py:269</extracomment>
        <translation>Điểm nóng: số điểm bằng 0 ở tất cả {n:,} {units} nên không có phân bố nào để kiểm định. Hãy kiểm tra khoảng thời gian, bộ lọc và cột đã chọn.</translation>
    </message>
    <message>
        <source>Hot spots: the number of points is the same ({value:g}) in all {n:,} {units}, so there is no pattern to test. Use smaller cells or another unit.</source>
        <extracomment>gisdesk/analysis/hotspots.py:277</extracomment>
        <translation>Điểm nóng: số điểm như nhau ({value:g}) ở tất cả {n:,} {units} nên không có phân bố nào để kiểm định. Hãy dùng ô nhỏ hơn hoặc loại vùng khác.</translation>
    </message>
    <message>
        <source>Counted {n:,} points on a grid of {cells:,} square cells of {size:g} m ({area:.3g} km² each): the cells holding points and the ring of empty cells touching them ({full:,} with points, {empty:,} empty).</source>
        <extracomment>gisdesk/analysis/hotspots.py:394</extracomment>
        <translation>Đã đếm {n:,} điểm trên lưới {cells:,} ô vuông cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm các ô có điểm và vòng ô trống tiếp giáp với chúng ({full:,} ô có điểm, {empty:,} ô trống).</translation>
    </message>
    <message>
        <source>Counted {n:,} points on a grid of {cells:,} square cells of {size:g} m ({area:.3g} km² each): every cell over the points' extent ({full:,} with points, {empty:,} empty).</source>
        <extracomment>gisdesk/analysis/hotspots.py:398</extracomment>
        <translation>Đã đếm {n:,} điểm trên lưới {cells:,} ô vuông cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm mọi ô trong phạm vi của các điểm ({full:,} ô có điểm, {empty:,} ô trống).</translation>
    </message>
    <message>
        <source>{n:,} point falls in no polygon of {layer} and was left out.</source>
        <extracomment>gisdesk/analysis/hotspots.py:474</extracomment>
        <translation>{n:,} điểm không nằm trong đa giác nào của {layer} nên đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} points fall in no polygon of {layer} and were left out.</source>
        <extracomment>gisdesk/analysis/hotspots.py:476</extracomment>
        <translation>{n:,} điểm không nằm trong đa giác nào của {layer} nên đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>The polygons' own column(s) {columns} were replaced by the result's.</source>
        <extracomment>gisdesk/analysis/hotspots.py:214</extracomment>
        <translation>Các cột {columns} vốn có của lớp đa giác đã được thay bằng cột kết quả.</translation>
    </message>
    <message>
        <source>row {n}</source>
        <extracomment>gisdesk/analysis/hotspots.py:511</extracomment>
        <translation>dòng {n}</translation>
    </message>
    <message>
        <source>{name} has nothing to write.</source>
        <extracomment>gisdesk/analysis/outputs.py:73</extracomment>
        <translation>{name} không có gì để ghi.</translation>
    </message>
    <message>
        <source>{name} is a raster; write it to a .tif file, not {file}.</source>
        <extracomment>gisdesk/analysis/outputs.py:45</extracomment>
        <translation>{name} là raster; hãy ghi ra tệp .tif, không phải {file}.</translation>
    </message>
    <message>
        <source>{name} is a layer; write it to one of {suffixes}, not {file}.</source>
        <extracomment>gisdesk/analysis/outputs.py:59</extracomment>
        <translation>{name} là một lớp; hãy ghi ra một trong các định dạng {suffixes}, không phải {file}.</translation>
    </message>
    <message>
        <source>{name} is a table; write it to a .csv or .xlsx file, not {file}.</source>
        <extracomment>gisdesk/analysis/outputs.py:69</extracomment>
        <translation>{name} là một bảng; hãy ghi ra tệp .csv hoặc .xlsx, không phải {file}.</translation>
    </message>
    <message>
        <source>{file}: could not write the table ({problem}).</source>
        <extracomment>gisdesk/analysis/outputs.py:92</extracomment>
        <translation>{file}: không ghi được bảng ({problem}).</translation>
    </message>
    <message>
        <source>Distances were measured in metres in {crs}.</source>
        <extracomment>gisdesk/analysis/proximity.py:74</extracomment>
        <translation>Khoảng cách được đo theo mét trong {crs}.</translation>
    </message>
    <message>
        <source>{n:,} features of {layer} lie within {d} of a feature of {near}, found by the database server (both layers are in the same PostGIS database and {layer} is read by view, so every row was searched, not only those loaded for the map).</source>
        <extracomment>gisdesk/analysis/proximity.py:476</extracomment>
        <translation>{n:,} đối tượng của {layer} nằm trong phạm vi {d} quanh một đối tượng của {near}, do máy chủ cơ sở dữ liệu tìm (hai lớp cùng nằm trong một cơ sở dữ liệu PostGIS và {layer} được đọc theo vùng nhìn, nên đã tìm trên mọi dòng chứ không chỉ những dòng đã tải cho bản đồ).</translation>
    </message>
    <message>
        <source>{layer} within {d} of {near}</source>
        <extracomment>gisdesk/analysis/proximity.py:541; gisdesk/analysis/proximity.py:480</extracomment>
        <translation>{layer} trong phạm vi {d} quanh {near}</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <extracomment>gisdesk/analysis/proximity.py:93; gisdesk/analysis/proximity.py:91</extracomment>
        <translation>đơn vị không xác định</translation>
    </message>
    <message>
        <source>Only the features of {layer} inside the current time window took part.</source>
        <extracomment>gisdesk/analysis/proximity.py:423</extracomment>
        <translation>Chỉ các đối tượng của {layer} nằm trong khoảng thời gian hiện tại được đưa vào phân tích.</translation>
    </message>
    <message>
        <source>Reading {layer}</source>
        <extracomment>gisdesk/analysis/proximity.py:523; gisdesk/analysis/proximity.py:526; gisdesk/analysis/proximity.py:588; gisdesk/analysis/proximity.py:591; gisdesk/analysis/proximity.py:657; gisdesk/analysis/zonal.py:96</extracomment>
        <translation>Đang đọc {layer}</translation>
    </message>
    <message>
        <source>Measuring distances to {layer}</source>
        <extracomment>gisdesk/analysis/proximity.py:530; gisdesk/analysis/proximity.py:594</extracomment>
        <translation>Đang đo khoảng cách đến {layer}</translation>
    </message>
    <message>
        <source>{n:,} of {m:,} features of {layer} lie within {d} of a feature of {near}.</source>
        <extracomment>gisdesk/analysis/proximity.py:533</extracomment>
        <translation>{n:,}/{m:,} đối tượng của {layer} nằm trong phạm vi {d} quanh một đối tượng của {near}.</translation>
    </message>
    <message>
        <source>{a} and {b} do not overlap: no feature of {a} can lie within {d} of {b}. Check that both layers have the right coordinate reference system.</source>
        <extracomment>gisdesk/analysis/proximity.py:715</extracomment>
        <translation>{a} và {b} không chồng lên nhau: không đối tượng nào của {a} có thể nằm trong phạm vi {d} quanh {b}. Hãy kiểm tra xem cả hai lớp đã đúng hệ tọa độ chưa.</translation>
    </message>
    <message>
        <source>{layer} has no coordinate reference system, so distances to or from its features cannot be measured in metres. Set its CRS (Layer properties) first.</source>
        <extracomment>gisdesk/analysis/proximity.py:70</extracomment>
        <translation>{layer} chưa có hệ tọa độ nên không đo được khoảng cách theo mét tới hoặc từ các đối tượng của lớp. Hãy đặt hệ tọa độ cho lớp trước (Thuộc tính lớp).</translation>
    </message>
    <message>
        <source>{layer} is in {crs}, whose unit is the {unit}; its features were projected to {metric} so that distances are in metres.</source>
        <extracomment>gisdesk/analysis/proximity.py:83</extracomment>
        <translation>{layer} dùng {crs} có đơn vị là {unit}; các đối tượng của lớp đã được chuyển sang {metric} để khoảng cách tính theo mét.</translation>
    </message>
    <message>
        <source>{n:,} feature of {layer} without a location was left out.</source>
        <extracomment>gisdesk/analysis/proximity.py:426</extracomment>
        <translation>Đã bỏ qua {n:,} đối tượng của {layer} không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} features of {layer} without a location were left out.</source>
        <extracomment>gisdesk/analysis/proximity.py:427</extracomment>
        <translation>Đã bỏ qua {n:,} đối tượng của {layer} không có vị trí.</translation>
    </message>
    <message>
        <source>The distance must be 0 m or more (got {d:g} m).</source>
        <extracomment>gisdesk/analysis/proximity.py:516</extracomment>
        <translation>Khoảng cách phải từ 0 m trở lên (đang là {d:g} m).</translation>
    </message>
    <message>
        <source>{layer} is read from the database by view: only the features loaded for the map took part. With 'New layer', no label field and both layers in the same database, the server searches every row.</source>
        <extracomment>gisdesk/analysis/proximity.py:538</extracomment>
        <translation>{layer} được đọc từ cơ sở dữ liệu theo vùng nhìn: chỉ các đối tượng đã tải cho bản đồ được đưa vào phân tích. Khi chọn 'Tạo lớp mới', không chọn trường nhãn và hai lớp cùng nằm trong một cơ sở dữ liệu, máy chủ sẽ tìm trên mọi dòng.</translation>
    </message>
    <message>
        <source>{layer} and {near} do not overlap; if the distances look wrong, check that both layers have the right coordinate reference system.</source>
        <extracomment>gisdesk/analysis/proximity.py:621</extracomment>
        <translation>{layer} và {near} không chồng lên nhau; nếu khoảng cách có vẻ sai, hãy kiểm tra xem cả hai lớp đã đúng hệ tọa độ chưa.</translation>
    </message>
    <message>
        <source>Distance from {layer} to {near}</source>
        <extracomment>gisdesk/analysis/proximity.py:624</extracomment>
        <translation>Khoảng cách từ {layer} đến {near}</translation>
    </message>
    <message>
        <source>The buffer distance must be more than 0 m (got {d:g} m).</source>
        <extracomment>gisdesk/analysis/proximity.py:655</extracomment>
        <translation>Khoảng cách vùng đệm phải lớn hơn 0 m (đang là {d:g} m).</translation>
    </message>
    <message>
        <source>{layer} buffer {d}</source>
        <extracomment>gisdesk/analysis/proximity.py:705</extracomment>
        <translation>Vùng đệm {d} của {layer}</translation>
    </message>
    <message>
        <source>The largest search distance must be 0 m or more (got {d:g} m).</source>
        <extracomment>gisdesk/analysis/proximity.py:586</extracomment>
        <translation>Khoảng cách tìm kiếm lớn nhất phải từ 0 m trở lên (đang là {d:g} m).</translation>
    </message>
    <message>
        <source>Distance from the {n:,} feature of {layer} to the nearest feature of {near}: median {median}, longest {longest}.</source>
        <extracomment>gisdesk/analysis/proximity.py:610</extracomment>
        <translation>Khoảng cách từ {n:,} đối tượng của {layer} đến đối tượng gần nhất của {near}: trung vị {median}, xa nhất {longest}.</translation>
    </message>
    <message>
        <source>Distance from the {n:,} features of {layer} to the nearest feature of {near}: median {median}, longest {longest}.</source>
        <extracomment>gisdesk/analysis/proximity.py:612</extracomment>
        <translation>Khoảng cách từ {n:,} đối tượng của {layer} đến đối tượng gần nhất của {near}: trung vị {median}, xa nhất {longest}.</translation>
    </message>
    <message>
        <source>{n:,} feature of {layer} has no feature of {near} within {d}: its distance is empty.</source>
        <extracomment>gisdesk/analysis/proximity.py:616</extracomment>
        <translation>{n:,} đối tượng của {layer} không có đối tượng nào của {near} trong phạm vi {d}: khoảng cách để trống.</translation>
    </message>
    <message>
        <source>{n:,} features of {layer} have no feature of {near} within {d}: their distance is empty.</source>
        <extracomment>gisdesk/analysis/proximity.py:618</extracomment>
        <translation>{n:,} đối tượng của {layer} không có đối tượng nào của {near} trong phạm vi {d}: khoảng cách để trống.</translation>
    </message>
    <message>
        <source>{n:,} feature of {layer} was buffered by {d}, and the areas merged into one feature.</source>
        <extracomment>gisdesk/analysis/proximity.py:691</extracomment>
        <translation>Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer} và gộp các vùng thành một đối tượng.</translation>
    </message>
    <message>
        <source>{n:,} features of {layer} were buffered by {d}, and the areas merged into one feature.</source>
        <extracomment>gisdesk/analysis/proximity.py:693</extracomment>
        <translation>Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer} và gộp các vùng thành một đối tượng.</translation>
    </message>
    <message>
        <source>{n:,} feature of {layer} was buffered by {d}.</source>
        <extracomment>gisdesk/analysis/proximity.py:696</extracomment>
        <translation>Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer}.</translation>
    </message>
    <message>
        <source>{n:,} features of {layer} were buffered by {d}.</source>
        <extracomment>gisdesk/analysis/proximity.py:697</extracomment>
        <translation>Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer}.</translation>
    </message>
    <message>
        <source>{n:,} feature of {layer} without a geometry was left out.</source>
        <extracomment>gisdesk/analysis/proximity.py:699; gisdesk/analysis/zonal.py:180</extracomment>
        <translation>Đã bỏ qua {n:,} đối tượng của {layer} không có hình học.</translation>
    </message>
    <message>
        <source>{n:,} features of {layer} without a geometry were left out.</source>
        <extracomment>gisdesk/analysis/proximity.py:701; gisdesk/analysis/zonal.py:182</extracomment>
        <translation>Đã bỏ qua {n:,} đối tượng của {layer} không có hình học.</translation>
    </message>
    <message>
        <source>(outside the wards)</source>
        <extracomment>gisdesk/analysis/requests_input.py:56</extracomment>
        <translation>(ngoài các phường/xã)</translation>
    </message>
    <message>
        <source>(no location)</source>
        <extracomment>gisdesk/analysis/requests_input.py:57</extracomment>
        <translation>(không có vị trí)</translation>
    </message>
    <message>
        <source>the time a request was made (requested_datetime; e.g. 'Created Date', 'Ngày tạo')</source>
        <extracomment>gisdesk/analysis/requests_input.py:47</extracomment>
        <translation>thời điểm gửi phản ánh (requested_datetime; ví dụ 'Created Date', 'Ngày tạo')</translation>
    </message>
    <message>
        <source>the status (status; e.g. 'Status', 'Trạng thái') or a closing time (closed_datetime)</source>
        <extracomment>gisdesk/analysis/requests_input.py:48</extracomment>
        <translation>trạng thái (status; ví dụ 'Status', 'Trạng thái') hoặc thời điểm đóng (closed_datetime)</translation>
    </message>
    <message>
        <source>the category (service_name; e.g. 'Complaint Type', 'Lĩnh vực')</source>
        <extracomment>gisdesk/analysis/requests_input.py:49</extracomment>
        <translation>lĩnh vực (service_name; ví dụ 'Complaint Type', 'Lĩnh vực')</translation>
    </message>
    <message>
        <source>the agency (agency_responsible; e.g. 'Agency', 'Đơn vị xử lý')</source>
        <extracomment>gisdesk/analysis/requests_input.py:50</extracomment>
        <translation>đơn vị xử lý (agency_responsible; ví dụ 'Agency', 'Đơn vị xử lý')</translation>
    </message>
    <message>
        <source>the due time (expected_datetime; e.g. 'Due Date', 'Hạn xử lý')</source>
        <extracomment>gisdesk/analysis/requests_input.py:51</extracomment>
        <translation>hạn xử lý (expected_datetime; ví dụ 'Due Date', 'Hạn xử lý')</translation>
    </message>
    <message>
        <source>{layer} is not opened as service requests, so its columns were matched to the request fields ({mapped}); ages and overdue requests are computed for now ({now:%Y-%m-%d %H:%M} in Huế).</source>
        <extracomment>gisdesk/analysis/requests_input.py:233</extracomment>
        <translation>{layer} không được mở dưới dạng phản ánh nên các cột đã được khớp với các trường phản ánh ({mapped}); tuổi và tình trạng quá hạn của phản ánh được tính tại thời điểm hiện tại ({now:%d/%m/%Y %H:%M} giờ Huế).</translation>
    </message>
    <message>
        <source>{layer} does not look like a layer of service requests: no column gives {wanted}. Its columns: {columns}.{how} Open the file as service requests (Layer &gt; Open service requests…) to map the columns by hand.</source>
        <extracomment>gisdesk/analysis/requests_input.py:160</extracomment>
        <translation>{layer} không giống một lớp phản ánh hiện trường: không có cột nào cho biết {wanted}. Các cột của lớp: {columns}.{how} Hãy mở tệp dưới dạng phản ánh (Lớp &gt; Mở phản ánh hiện trường…) để tự gán các cột.</translation>
    </message>
    <message>
        <source>Times without a zone in {cols} were read as {tz} time.</source>
        <extracomment>gisdesk/analysis/requests_input.py:210</extracomment>
        <translation>Thời gian không có múi giờ trong {cols} được đọc theo giờ {tz}.</translation>
    </message>
    <message>
        <source>{layer} has no status column: requests with a closing time are taken as closed, the others as open.</source>
        <extracomment>gisdesk/analysis/requests_input.py:213</extracomment>
        <translation>{layer} không có cột trạng thái: phản ánh có thời điểm đóng được coi là đã đóng, các phản ánh khác là đang mở.</translation>
    </message>
    <message>
        <source>{field} from {col!r}</source>
        <extracomment>gisdesk/analysis/requests_input.py:232</extracomment>
        <translation>{field} lấy từ {col!r}</translation>
    </message>
    <message>
        <source>{layer}: the column {col!r} holds no readable date, so the requests cannot be placed in time.</source>
        <extracomment>gisdesk/analysis/requests_input.py:237</extracomment>
        <translation>{layer}: cột {col!r} không có ngày tháng nào đọc được nên không thể xếp các phản ánh theo thời gian.</translation>
    </message>
    <message>
        <source>No request of {layer} was received inside the current time window ({window}); widen the time window.</source>
        <extracomment>gisdesk/analysis/requests_input.py:136; gisdesk/analysis/trends.py:75</extracomment>
        <translation>Không có phản ánh nào của {layer} được tiếp nhận trong khoảng thời gian hiện tại ({window}); hãy mở rộng khoảng thời gian.</translation>
    </message>
    <message>
        <source>{n:,} requests received outside the time window ({window}) were left out.</source>
        <extracomment>gisdesk/analysis/requests_input.py:141</extracomment>
        <translation>Đã bỏ qua {n:,} phản ánh nhận ngoài khoảng thời gian ({window}).</translation>
    </message>
    <message>
        <source>{n:,} {what} received outside the time window ({window}) were left out.</source>
        <extracomment>gisdesk/analysis/requests_input.py:143</extracomment>
        <translation>Đã bỏ qua {n:,} {what} nhận ngoài khoảng thời gian ({window}).</translation>
    </message>
    <message>
        <source>{n:,} value of {col!r} ({field}) could not be read as a date (e.g. {examples}); it was left empty.</source>
        <extracomment>gisdesk/analysis/requests_input.py:205</extracomment>
        <translation>{n:,} giá trị của {col!r} ({field}) không đọc được thành ngày tháng (ví dụ {examples}); đã để trống.</translation>
    </message>
    <message>
        <source>{n:,} values of {col!r} ({field}) could not be read as a date (e.g. {examples}); they were left empty.</source>
        <extracomment>gisdesk/analysis/requests_input.py:207</extracomment>
        <translation>{n:,} giá trị của {col!r} ({field}) không đọc được thành ngày tháng (ví dụ {examples}); đã để trống.</translation>
    </message>
    <message>
        <source>{n:,} request has a status not known as open or closed ({listed}); it was taken as open.</source>
        <extracomment>gisdesk/analysis/requests_input.py:218</extracomment>
        <translation>{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng ({listed}); đã được coi là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} requests have a status not known as open or closed ({listed}); they were taken as open.</source>
        <extracomment>gisdesk/analysis/requests_input.py:220</extracomment>
        <translation>{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng ({listed}); đã được coi là đang mở.</translation>
    </message>
    <message>
        <source>(no agency)</source>
        <extracomment>gisdesk/analysis/service_levels.py:21</extracomment>
        <translation>(không rõ đơn vị xử lý)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <extracomment>gisdesk/analysis/service_levels.py:22; gisdesk/analysis/trends.py:21</extracomment>
        <translation>(không rõ lĩnh vực)</translation>
    </message>
    <message>
        <source>{layer}: {n:,} requests, {open:,} open, of which {overdue:,} overdue; {closed:,} closed, of which {late:,} late.</source>
        <extracomment>gisdesk/analysis/service_levels.py:220</extracomment>
        <translation>{layer}: {n:,} phản ánh, {open:,} đang mở, trong đó {overdue:,} quá hạn; {closed:,} đã đóng, trong đó {late:,} trễ hạn.</translation>
    </message>
    <message>
        <source>{h:.1f} h</source>
        <extracomment>gisdesk/analysis/service_levels.py:245</extracomment>
        <translation>{h:.1f} giờ</translation>
    </message>
    <message>
        <source>{d:.1f} days</source>
        <extracomment>gisdesk/analysis/service_levels.py:245</extracomment>
        <translation>{d:.1f} ngày</translation>
    </message>
    <message>
        <source>{layer}: {n:,} requests, {open:,} open, of which {overdue:,} overdue; {closed:,} closed, of which {late:,} late; median time to close {median}.</source>
        <extracomment>gisdesk/analysis/service_levels.py:218</extracomment>
        <translation>{layer}: {n:,} phản ánh, {open:,} đang mở, trong đó {overdue:,} quá hạn; {closed:,} đã đóng, trong đó {late:,} trễ hạn; thời gian xử lý trung vị {median}.</translation>
    </message>
    <message>
        <source>Most overdue wards: {groups}.</source>
        <extracomment>gisdesk/analysis/service_levels.py:239</extracomment>
        <translation>Các phường/xã có nhiều phản ánh quá hạn nhất: {groups}.</translation>
    </message>
    <message>
        <source>Most overdue agencies: {groups}.</source>
        <extracomment>gisdesk/analysis/service_levels.py:239</extracomment>
        <translation>Các đơn vị xử lý có nhiều phản ánh quá hạn nhất: {groups}.</translation>
    </message>
    <message>
        <source>Most overdue categories: {groups}.</source>
        <extracomment>gisdesk/analysis/service_levels.py:240</extracomment>
        <translation>Các lĩnh vực có nhiều phản ánh quá hạn nhất: {groups}.</translation>
    </message>
    <message>
        <source>Service levels by ward need the ward polygons: choose a layer for 'Wards', or group by agency or category.</source>
        <extracomment>gisdesk/analysis/service_levels.py:60</extracomment>
        <translation>Thống kê tình hình xử lý theo phường/xã cần lớp đa giác phường/xã: hãy chọn một lớp cho 'Phường/xã', hoặc nhóm theo đơn vị xử lý hay lĩnh vực.</translation>
    </message>
    <message>
        <source>Service levels by ward</source>
        <extracomment>gisdesk/analysis/service_levels.py:96</extracomment>
        <translation>Tình hình xử lý theo phường/xã</translation>
    </message>
    <message>
        <source>Service levels by agency</source>
        <extracomment>gisdesk/analysis/service_levels.py:96</extracomment>
        <translation>Tình hình xử lý theo đơn vị xử lý</translation>
    </message>
    <message>
        <source>Service levels by category</source>
        <extracomment>gisdesk/analysis/service_levels.py:97</extracomment>
        <translation>Tình hình xử lý theo lĩnh vực</translation>
    </message>
    <message>
        <source>{n:,} request was closed before it was made according to the data; its times to close were left out of the median and 90th percentile.</source>
        <extracomment>gisdesk/analysis/service_levels.py:145</extracomment>
        <translation>Theo dữ liệu, {n:,} phản ánh được đóng trước cả thời điểm gửi; thời gian xử lý của phản ánh này không được tính vào trung vị và phân vị 90.</translation>
    </message>
    <message>
        <source>{n:,} requests were closed before they were made according to the data; their times to close were left out of the median and 90th percentile.</source>
        <extracomment>gisdesk/analysis/service_levels.py:147</extracomment>
        <translation>Theo dữ liệu, {n:,} phản ánh được đóng trước cả thời điểm gửi; thời gian xử lý của các phản ánh này không được tính vào trung vị và phân vị 90.</translation>
    </message>
    <message>
        <source>{n:,} request has no due time (no expected time and no deadline for its category): it can be neither overdue nor late.</source>
        <extracomment>gisdesk/analysis/service_levels.py:182</extracomment>
        <translation>{n:,} phản ánh không có hạn xử lý (không có thời gian dự kiến và lĩnh vực của nó không có thời hạn): phản ánh này không thể bị tính là quá hạn hay trễ hạn.</translation>
    </message>
    <message>
        <source>{n:,} requests have no due time (no expected time and no deadline for their category): they can be neither overdue nor late.</source>
        <extracomment>gisdesk/analysis/service_levels.py:184</extracomment>
        <translation>{n:,} phản ánh không có hạn xử lý (không có thời gian dự kiến và lĩnh vực của chúng không có thời hạn): các phản ánh này không thể bị tính là quá hạn hay trễ hạn.</translation>
    </message>
    <message>
        <source>{n:,} closed request has no closing time: it counts as closed but not in the times to close.</source>
        <extracomment>gisdesk/analysis/service_levels.py:204</extracomment>
        <translation>{n:,} phản ánh đã đóng không có thời gian đóng: được tính là đã đóng nhưng không tính vào thời gian xử lý.</translation>
    </message>
    <message>
        <source>{n:,} closed requests have no closing time: they count as closed but not in the times to close.</source>
        <extracomment>gisdesk/analysis/service_levels.py:206</extracomment>
        <translation>{n:,} phản ánh đã đóng không có thời gian đóng: được tính là đã đóng nhưng không tính vào thời gian xử lý.</translation>
    </message>
    <message>
        <source>No ward has an overdue request.</source>
        <extracomment>gisdesk/analysis/service_levels.py:228</extracomment>
        <translation>Không phường/xã nào có phản ánh quá hạn.</translation>
    </message>
    <message>
        <source>No agency has an overdue request.</source>
        <extracomment>gisdesk/analysis/service_levels.py:228</extracomment>
        <translation>Không đơn vị xử lý nào có phản ánh quá hạn.</translation>
    </message>
    <message>
        <source>No category has an overdue request.</source>
        <extracomment>gisdesk/analysis/service_levels.py:229</extracomment>
        <translation>Không lĩnh vực nào có phản ánh quá hạn.</translation>
    </message>
    <message>
        <source>{group}: {overdue:,} overdue of {open:,} open ({pct:.0f}% of its requests missed the due time)</source>
        <extracomment>gisdesk/analysis/service_levels.py:235</extracomment>
        <translation>{group}: {overdue:,} quá hạn trên {open:,} đang mở ({pct:.0f}% số phản ánh không kịp hạn xử lý)</translation>
    </message>
    <message>
        <source>{group}: {overdue:,} overdue of {open:,} open</source>
        <extracomment>gisdesk/analysis/service_levels.py:238</extracomment>
        <translation>{group}: {overdue:,} quá hạn trên {open:,} đang mở</translation>
    </message>
    <message>
        <source>{n:,} request is open but has a closing time in the data (before it was made); the status was trusted and it counts as open.</source>
        <extracomment>gisdesk/analysis/service_levels.py:193</extracomment>
        <translation>{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng (trước cả thời điểm gửi); trạng thái được coi là đúng nên phản ánh này được tính là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} request is open but has a closing time in the data; the status was trusted and it counts as open.</source>
        <extracomment>gisdesk/analysis/service_levels.py:195</extracomment>
        <translation>{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng; trạng thái được coi là đúng nên phản ánh này được tính là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} requests are open but have a closing time in the data ({k:,} of them before they were made); the status was trusted and they count as open.</source>
        <extracomment>gisdesk/analysis/service_levels.py:198</extracomment>
        <translation>{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng ({k:,} phản ánh trong số đó đóng trước cả thời điểm gửi); trạng thái được coi là đúng nên các phản ánh này được tính là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} requests are open but have a closing time in the data; the status was trusted and they count as open.</source>
        <extracomment>gisdesk/analysis/service_levels.py:200</extracomment>
        <translation>{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng; trạng thái được coi là đúng nên các phản ánh này được tính là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} request lies outside every ward: not on the ward map, but in the table as '{group}' ({open:,} open, {overdue:,} overdue).</source>
        <extracomment>gisdesk/analysis/service_levels.py:115</extracomment>
        <translation>{n:,} phản ánh nằm ngoài mọi phường/xã: không có trên bản đồ phường/xã nhưng có trong bảng với tên '{group}' ({open:,} đang mở, {overdue:,} quá hạn).</translation>
    </message>
    <message>
        <source>{n:,} requests lie outside every ward: not on the ward map, but in the table as '{group}' ({open:,} open, {overdue:,} overdue).</source>
        <extracomment>gisdesk/analysis/service_levels.py:117</extracomment>
        <translation>{n:,} phản ánh nằm ngoài mọi phường/xã: không có trên bản đồ phường/xã nhưng có trong bảng với tên '{group}' ({open:,} đang mở, {overdue:,} quá hạn).</translation>
    </message>
    <message>
        <source>{n:,} request has no location: not on the ward map, but in the table as '{group}' ({open:,} open, {overdue:,} overdue).</source>
        <extracomment>gisdesk/analysis/service_levels.py:120</extracomment>
        <translation>{n:,} phản ánh không có vị trí: không có trên bản đồ phường/xã nhưng có trong bảng với tên '{group}' ({open:,} đang mở, {overdue:,} quá hạn).</translation>
    </message>
    <message>
        <source>{n:,} requests have no location: not on the ward map, but in the table as '{group}' ({open:,} open, {overdue:,} overdue).</source>
        <extracomment>gisdesk/analysis/service_levels.py:122</extracomment>
        <translation>{n:,} phản ánh không có vị trí: không có trên bản đồ phường/xã nhưng có trong bảng với tên '{group}' ({open:,} đang mở, {overdue:,} quá hạn).</translation>
    </message>
    <message>
        <source>{pct:+.0f}%</source>
        <extracomment>gisdesk/analysis/trends.py:310</extracomment>
        <translation>{pct:+.0f}%</translation>
    </message>
    <message>
        <source>the week of {date}</source>
        <extracomment>gisdesk/analysis/trends.py:265</extracomment>
        <translation>tuần bắt đầu ngày {date}</translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>gisdesk/analysis/trends.py:183</extracomment>
        <translation>phản ánh</translation>
    </message>
    <message>
        <source>Request trends per week</source>
        <extracomment>gisdesk/analysis/trends.py:215</extracomment>
        <translation>Xu hướng phản ánh theo tuần</translation>
    </message>
    <message>
        <source>Request trends per month</source>
        <extracomment>gisdesk/analysis/trends.py:215</extracomment>
        <translation>Xu hướng phản ánh theo tháng</translation>
    </message>
    <message>
        <source>{period} (the latest complete week): {n:,} requests, against {before:,} the week before ({change}).</source>
        <extracomment>gisdesk/analysis/trends.py:287</extracomment>
        <translation>{period} (tuần trọn vẹn gần nhất): {n:,} phản ánh, so với {before:,} của tuần trước ({change}).</translation>
    </message>
    <message>
        <source>{period} (the latest complete month): {n:,} requests, against {before:,} the month before ({change}).</source>
        <extracomment>gisdesk/analysis/trends.py:289</extracomment>
        <translation>{period} (tháng trọn vẹn gần nhất): {n:,} phản ánh, so với {before:,} của tháng trước ({change}).</translation>
    </message>
    <message>
        <source>{category}: {before:,} → {after:,} ({change})</source>
        <extracomment>gisdesk/analysis/trends.py:296</extracomment>
        <translation>{category}: {before:,} → {after:,} ({change})</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>gisdesk/analysis/trends.py:309</extracomment>
        <translation>mới</translation>
    </message>
    <message>
        <source>no change</source>
        <extracomment>gisdesk/analysis/trends.py:309</extracomment>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>No request of {layer} has a request time, so none can be placed in a period.</source>
        <extracomment>gisdesk/analysis/trends.py:60</extracomment>
        <translation>Không phản ánh nào của {layer} có thời gian gửi nên không xếp được vào kỳ nào.</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>gisdesk/analysis/trends.py:178</extracomment>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Requests per week by category</source>
        <extracomment>gisdesk/analysis/trends.py:181</extracomment>
        <translation>Số phản ánh mỗi tuần theo lĩnh vực</translation>
    </message>
    <message>
        <source>Requests per month by category</source>
        <extracomment>gisdesk/analysis/trends.py:181</extracomment>
        <translation>Số phản ánh mỗi tháng theo lĩnh vực</translation>
    </message>
    <message>
        <source>week starting</source>
        <extracomment>gisdesk/analysis/trends.py:183</extracomment>
        <translation>tuần bắt đầu từ</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>gisdesk/analysis/trends.py:183</extracomment>
        <translation>tháng</translation>
    </message>
    <message>
        <source>{n:,} requests counted in {k} week, {first} to {last} (Huế local time; weeks run Monday to Sunday).</source>
        <extracomment>gisdesk/analysis/trends.py:188</extracomment>
        <translation>Đã đếm {n:,} phản ánh trong {k} tuần, từ {first} đến {last} (giờ địa phương Huế; tuần tính từ thứ Hai đến Chủ nhật).</translation>
    </message>
    <message>
        <source>{n:,} requests counted in {k} weeks, {first} to {last} (Huế local time; weeks run Monday to Sunday).</source>
        <extracomment>gisdesk/analysis/trends.py:190</extracomment>
        <translation>Đã đếm {n:,} phản ánh trong {k} tuần, từ {first} đến {last} (giờ địa phương Huế; tuần tính từ thứ Hai đến Chủ nhật).</translation>
    </message>
    <message>
        <source>{n:,} requests counted in {k} month, {first} to {last} (Huế local time).</source>
        <extracomment>gisdesk/analysis/trends.py:193</extracomment>
        <translation>Đã đếm {n:,} phản ánh trong {k} tháng, từ {first} đến {last} (giờ địa phương Huế).</translation>
    </message>
    <message>
        <source>{n:,} requests counted in {k} months, {first} to {last} (Huế local time).</source>
        <extracomment>gisdesk/analysis/trends.py:195</extracomment>
        <translation>Đã đếm {n:,} phản ánh trong {k} tháng, từ {first} đến {last} (giờ địa phương Huế).</translation>
    </message>
    <message>
        <source>Only requests received in the time window ({window}) were counted.</source>
        <extracomment>gisdesk/analysis/trends.py:201</extracomment>
        <translation>Chỉ đếm các phản ánh được tiếp nhận trong khoảng thời gian ({window}).</translation>
    </message>
    <message>
        <source>No week is complete in the data and the time window, so no change is given.</source>
        <extracomment>gisdesk/analysis/trends.py:274</extracomment>
        <translation>Không có tuần nào trọn vẹn trong dữ liệu và khoảng thời gian nên không tính mức thay đổi.</translation>
    </message>
    <message>
        <source>No month is complete in the data and the time window, so no change is given.</source>
        <extracomment>gisdesk/analysis/trends.py:275</extracomment>
        <translation>Không có tháng nào trọn vẹn trong dữ liệu và khoảng thời gian nên không tính mức thay đổi.</translation>
    </message>
    <message>
        <source>The only complete week is the first one in the data, so there is nothing to compare it with.</source>
        <extracomment>gisdesk/analysis/trends.py:278</extracomment>
        <translation>Tuần trọn vẹn duy nhất là tuần đầu tiên của dữ liệu nên không có tuần nào để so sánh.</translation>
    </message>
    <message>
        <source>The only complete month is the first one in the data, so there is nothing to compare it with.</source>
        <extracomment>gisdesk/analysis/trends.py:280</extracomment>
        <translation>Tháng trọn vẹn duy nhất là tháng đầu tiên của dữ liệu nên không có tháng nào để so sánh.</translation>
    </message>
    <message>
        <source>Rose most: {changes}.</source>
        <extracomment>gisdesk/analysis/trends.py:300</extracomment>
        <translation>Tăng nhiều nhất: {changes}.</translation>
    </message>
    <message>
        <source>Fell most: {changes}.</source>
        <extracomment>gisdesk/analysis/trends.py:302</extracomment>
        <translation>Giảm nhiều nhất: {changes}.</translation>
    </message>
    <message>
        <source>{layer} has no category column, so all requests are counted together.</source>
        <extracomment>gisdesk/analysis/trends.py:101</extracomment>
        <translation>{layer} không có cột lĩnh vực nên mọi phản ánh được đếm chung.</translation>
    </message>
    <message>
        <source>{n:,} request without a request time was left out.</source>
        <extracomment>gisdesk/analysis/trends.py:198</extracomment>
        <translation>Đã bỏ qua {n:,} phản ánh không có thời gian gửi.</translation>
    </message>
    <message>
        <source>{n:,} requests without a request time were left out.</source>
        <extracomment>gisdesk/analysis/trends.py:199</extracomment>
        <translation>Đã bỏ qua {n:,} phản ánh không có thời gian gửi.</translation>
    </message>
    <message>
        <source>Not complete (cut by the time window or the start or end of the data): {periods}; compare them with care.</source>
        <extracomment>gisdesk/analysis/trends.py:211</extracomment>
        <translation>Chưa trọn kỳ (bị cắt bởi khoảng thời gian hoặc phần đầu, phần cuối của dữ liệu): {periods}; hãy thận trọng khi so sánh các kỳ này.</translation>
    </message>
    <message>
        <source>Not complete (cut by the time window or the start or end of the data): {periods}; compare it with care.</source>
        <extracomment>gisdesk/analysis/trends.py:213</extracomment>
        <translation>Chưa trọn kỳ (bị cắt bởi khoảng thời gian hoặc phần đầu, phần cuối của dữ liệu): {periods}; hãy thận trọng khi so sánh kỳ này.</translation>
    </message>
    <message>
        <source>Of the requests counted, {first}.</source>
        <extracomment>gisdesk/analysis/trends.py:123</extracomment>
        <translation>Trong số các phản ánh được đếm, {first}.</translation>
    </message>
    <message>
        <source>Of the requests counted, {first} and {second}.</source>
        <extracomment>gisdesk/analysis/trends.py:124</extracomment>
        <translation>Trong số các phản ánh được đếm, {first} và {second}.</translation>
    </message>
    <message>
        <source>{n:,} lies outside every polygon of {layer} (counted as '{group}')</source>
        <extracomment>gisdesk/analysis/trends.py:116</extracomment>
        <translation>{n:,} phản ánh nằm ngoài mọi đa giác của {layer} (được tính vào '{group}')</translation>
    </message>
    <message>
        <source>{n:,} lie outside every polygon of {layer} (counted as '{group}')</source>
        <extracomment>gisdesk/analysis/trends.py:118</extracomment>
        <translation>{n:,} phản ánh nằm ngoài mọi đa giác của {layer} (được tính vào '{group}')</translation>
    </message>
    <message>
        <source>{n:,} has no location (counted as '{group}')</source>
        <extracomment>gisdesk/analysis/trends.py:120</extracomment>
        <translation>{n:,} phản ánh không có vị trí (được tính vào '{group}')</translation>
    </message>
    <message>
        <source>{n:,} have no location (counted as '{group}')</source>
        <extracomment>gisdesk/analysis/trends.py:122</extracomment>
        <translation>{n:,} phản ánh không có vị trí (được tính vào '{group}')</translation>
    </message>
    <message>
        <source>mean</source>
        <extracomment>gisdesk/analysis/zonal.py:35</extracomment>
        <translation>giá trị trung bình</translation>
    </message>
    <message>
        <source>smallest value</source>
        <extracomment>gisdesk/analysis/zonal.py:35</extracomment>
        <translation>giá trị nhỏ nhất</translation>
    </message>
    <message>
        <source>largest value</source>
        <extracomment>gisdesk/analysis/zonal.py:35</extracomment>
        <translation>giá trị lớn nhất</translation>
    </message>
    <message>
        <source>number of cells</source>
        <extracomment>gisdesk/analysis/zonal.py:35</extracomment>
        <translation>số ô</translation>
    </message>
    <message>
        <source>sum</source>
        <extracomment>gisdesk/analysis/zonal.py:36</extracomment>
        <translation>tổng</translation>
    </message>
    <message>
        <source>median</source>
        <extracomment>gisdesk/analysis/zonal.py:36</extracomment>
        <translation>trung vị</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <extracomment>gisdesk/analysis/zonal.py:36</extracomment>
        <translation>độ lệch chuẩn</translation>
    </message>
    <message>
        <source>most common value</source>
        <extracomment>gisdesk/analysis/zonal.py:36</extracomment>
        <translation>giá trị phổ biến nhất</translation>
    </message>
    <message>
        <source>The polygons were reprojected from {crs} to the raster's CRS, {raster_crs}.</source>
        <extracomment>gisdesk/analysis/zonal.py:207</extracomment>
        <translation>Các đa giác đã được chuyển từ {crs} sang hệ tọa độ của raster, {raster_crs}.</translation>
    </message>
    <message>
        <source>Name at least one statistic: {stats}.</source>
        <extracomment>gisdesk/analysis/zonal.py:45</extracomment>
        <translation>Hãy nêu ít nhất một đại lượng thống kê: {stats}.</translation>
    </message>
    <message>
        <source>Neither {raster} nor {layer} has a coordinate reference system; their coordinates were taken to be in the same system.</source>
        <extracomment>gisdesk/analysis/zonal.py:196</extracomment>
        <translation>Cả {raster} và {layer} đều chưa có hệ tọa độ; tọa độ của chúng được coi là cùng một hệ.</translation>
    </message>
    <message>
        <source>{raster} has no coordinate reference system, so the polygons cannot be placed on it. Set the raster's CRS (Layer properties) first.</source>
        <extracomment>gisdesk/analysis/zonal.py:200</extracomment>
        <translation>{raster} chưa có hệ tọa độ nên không đặt được các đa giác lên raster. Hãy đặt hệ tọa độ cho raster trước (Thuộc tính lớp).</translation>
    </message>
    <message>
        <source>{layer} has no coordinate reference system, so it cannot be placed on the raster. Set its CRS (Layer properties) first.</source>
        <extracomment>gisdesk/analysis/zonal.py:203</extracomment>
        <translation>{layer} chưa có hệ tọa độ nên không đặt được lên raster. Hãy đặt hệ tọa độ cho lớp trước (Thuộc tính lớp).</translation>
    </message>
    <message>
        <source>{raster} is stored upside down (its rows run from south to north) and is too large to turn around here; warp it to a north-up grid first.</source>
        <extracomment>gisdesk/analysis/zonal.py:232</extracomment>
        <translation>{raster} được lưu lộn ngược (các hàng chạy từ nam lên bắc) và quá lớn để lật lại ở đây; hãy nắn raster về lưới hướng bắc lên trên trước.</translation>
    </message>
    <message>
        <source>'{name}' is not a statistic this tool computes; choose from {stats}.</source>
        <extracomment>gisdesk/analysis/zonal.py:49</extracomment>
        <translation>'{name}' không phải đại lượng thống kê mà công cụ này tính được; hãy chọn trong {stats}.</translation>
    </message>
    <message>
        <source>Zonal statistics: {raster} is not a raster layer.</source>
        <extracomment>gisdesk/analysis/zonal.py:85</extracomment>
        <translation>Thống kê vùng: {raster} không phải lớp raster.</translation>
    </message>
    <message>
        <source>{raster} is rotated (its grid is not aligned with the map axes); zonal statistics need a north-up raster. Warp it to a north-up grid first.</source>
        <extracomment>gisdesk/analysis/zonal.py:92</extracomment>
        <translation>{raster} bị xoay (lưới ô không song song với các trục bản đồ); thống kê vùng cần raster hướng bắc lên trên. Hãy nắn raster về lưới hướng bắc lên trên trước.</translation>
    </message>
    <message>
        <source>{layer} and {raster} do not overlap: no polygon lies on the raster. Check that both layers have the right coordinate reference system.</source>
        <extracomment>gisdesk/analysis/zonal.py:115</extracomment>
        <translation>{layer} và {raster} không chồng lên nhau: không đa giác nào nằm trên raster. Hãy kiểm tra xem cả hai lớp đã đúng hệ tọa độ chưa.</translation>
    </message>
    <message>
        <source>{stats} of band {band} of {raster} for {n:,} polygon of {layer}; cells partly inside a polygon count by the fraction covered.</source>
        <extracomment>gisdesk/analysis/zonal.py:137</extracomment>
        <translation>{stats} của kênh {band} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ diện tích bị phủ.</translation>
    </message>
    <message>
        <source>{stats} of band {band} of {raster} for {n:,} polygons of {layer}; cells partly inside a polygon count by the fraction covered.</source>
        <extracomment>gisdesk/analysis/zonal.py:139</extracomment>
        <translation>{stats} của kênh {band} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ diện tích bị phủ.</translation>
    </message>
    <message>
        <source>{stats} of {raster} for {n:,} polygon of {layer}; cells partly inside a polygon count by the fraction covered.</source>
        <extracomment>gisdesk/analysis/zonal.py:142</extracomment>
        <translation>{stats} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ diện tích bị phủ.</translation>
    </message>
    <message>
        <source>{stats} of {raster} for {n:,} polygons of {layer}; cells partly inside a polygon count by the fraction covered.</source>
        <extracomment>gisdesk/analysis/zonal.py:144</extracomment>
        <translation>{stats} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ diện tích bị phủ.</translation>
    </message>
    <message>
        <source>{raster} per {layer}</source>
        <extracomment>gisdesk/analysis/zonal.py:185</extracomment>
        <translation>{raster} theo {layer}</translation>
    </message>
    <message>
        <source>Zonal statistics of {raster}</source>
        <extracomment>gisdesk/analysis/zonal.py:274</extracomment>
        <translation>Đang thống kê vùng trên {raster}</translation>
    </message>
    <message>
        <source>Reading the raster {raster} failed ({problem}); the file may be damaged.</source>
        <extracomment>gisdesk/analysis/zonal.py:286</extracomment>
        <translation>Không đọc được raster {raster} ({problem}); tệp có thể đã bị hỏng.</translation>
    </message>
    <message>
        <source>Zonal statistics of {raster} failed: {problem}.</source>
        <extracomment>gisdesk/analysis/zonal.py:289</extracomment>
        <translation>Thống kê vùng trên {raster} không thành công: {problem}.</translation>
    </message>
    <message>
        <source>{raster} has {n} band; there is no band {band}.</source>
        <extracomment>gisdesk/analysis/zonal.py:87</extracomment>
        <translation>{raster} có {n} kênh; không có kênh {band}.</translation>
    </message>
    <message>
        <source>{raster} has {n} bands; there is no band {band}.</source>
        <extracomment>gisdesk/analysis/zonal.py:89</extracomment>
        <translation>{raster} có {n} kênh; không có kênh {band}.</translation>
    </message>
    <message>
        <source>{n:,} invalid polygon of {layer} was repaired before counting.</source>
        <extracomment>gisdesk/analysis/zonal.py:108</extracomment>
        <translation>Đã sửa {n:,} đa giác không hợp lệ của {layer} trước khi tính.</translation>
    </message>
    <message>
        <source>{n:,} invalid polygons of {layer} were repaired before counting.</source>
        <extracomment>gisdesk/analysis/zonal.py:110</extracomment>
        <translation>Đã sửa {n:,} đa giác không hợp lệ của {layer} trước khi tính.</translation>
    </message>
    <message>
        <source>{n:,} feature of {layer} is not a polygon: no statistics.</source>
        <extracomment>gisdesk/analysis/zonal.py:150</extracomment>
        <translation>{n:,} đối tượng của {layer} không phải đa giác: không có số liệu thống kê.</translation>
    </message>
    <message>
        <source>{n:,} features of {layer} are not polygons: no statistics.</source>
        <extracomment>gisdesk/analysis/zonal.py:152</extracomment>
        <translation>{n:,} đối tượng của {layer} không phải đa giác: không có số liệu thống kê.</translation>
    </message>
    <message>
        <source>{n:,} polygon lies wholly outside the raster: its statistics are empty.</source>
        <extracomment>gisdesk/analysis/zonal.py:156</extracomment>
        <translation>{n:,} đa giác nằm hoàn toàn ngoài raster: các giá trị thống kê để trống.</translation>
    </message>
    <message>
        <source>{n:,} polygons lie wholly outside the raster: their statistics are empty.</source>
        <extracomment>gisdesk/analysis/zonal.py:158</extracomment>
        <translation>{n:,} đa giác nằm hoàn toàn ngoài raster: các giá trị thống kê để trống.</translation>
    </message>
    <message>
        <source>{n:,} polygon lies partly outside the raster: only the part on the raster was counted.</source>
        <extracomment>gisdesk/analysis/zonal.py:162</extracomment>
        <translation>{n:,} đa giác nằm một phần ngoài raster: chỉ tính phần nằm trên raster.</translation>
    </message>
    <message>
        <source>{n:,} polygons lie partly outside the raster: only the part on the raster was counted.</source>
        <extracomment>gisdesk/analysis/zonal.py:164</extracomment>
        <translation>{n:,} đa giác nằm một phần ngoài raster: chỉ tính phần nằm trên raster.</translation>
    </message>
    <message>
        <source>{n:,} polygon covers only cells without data (nodata): its statistics are empty.</source>
        <extracomment>gisdesk/analysis/zonal.py:170</extracomment>
        <translation>{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata): các giá trị thống kê để trống.</translation>
    </message>
    <message>
        <source>{n:,} polygons cover only cells without data (nodata): their statistics are empty.</source>
        <extracomment>gisdesk/analysis/zonal.py:172</extracomment>
        <translation>{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata): các giá trị thống kê để trống.</translation>
    </message>
    <message>
        <source>{n:,} polygon covers only cells without data (nodata = {nodata:g}): its statistics are empty.</source>
        <extracomment>gisdesk/analysis/zonal.py:175</extracomment>
        <translation>{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata = {nodata:g}): các giá trị thống kê để trống.</translation>
    </message>
    <message>
        <source>{n:,} polygons cover only cells without data (nodata = {nodata:g}): their statistics are empty.</source>
        <extracomment>gisdesk/analysis/zonal.py:177</extracomment>
        <translation>{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata = {nodata:g}): các giá trị thống kê để trống.</translation>
    </message>
    <message>
        <source>layer {name!r}: {problem}</source>
        <extracomment>gisdesk/core/project.py:340</extracomment>
        <translation>lớp {name!r}: {problem}</translation>
    </message>
    <message>
        <source>could not be read ({type}: {e})</source>
        <extracomment>gisdesk/core/project.py:339</extracomment>
        <translation>không đọc được ({type}: {e})</translation>
    </message>
    <message>
        <source>{path}: not a gisdesk project file (format is {format!r})</source>
        <extracomment>gisdesk/core/project.py:359</extracomment>
        <translation>{path}: không phải tệp dự án gisdesk (định dạng là {format!r})</translation>
    </message>
    <message>
        <source>{path}: the project file has no valid version number</source>
        <extracomment>gisdesk/core/project.py:363</extracomment>
        <translation>{path}: tệp dự án không có số phiên bản hợp lệ</translation>
    </message>
    <message>
        <source>{path}: the project was saved by a newer gisdesk (file version {version}, this one reads up to {supported}); update gisdesk to open it</source>
        <extracomment>gisdesk/core/project.py:365</extracomment>
        <translation>{path}: dự án được lưu bởi phiên bản gisdesk mới hơn (phiên bản tệp {version}, phiên bản này chỉ đọc được đến {supported}); hãy cập nhật gisdesk để mở</translation>
    </message>
    <message>
        <source>a project needs a CRS</source>
        <extracomment>gisdesk/core/project.py:98</extracomment>
        <translation>dự án cần có hệ tọa độ</translation>
    </message>
    <message>
        <source>these layers exist only in memory; export them to a file before saving the project: {layers}</source>
        <extracomment>gisdesk/core/project.py:171</extracomment>
        <translation>các lớp sau chỉ có trong bộ nhớ; hãy xuất chúng ra tệp trước khi lưu dự án: {layers}</translation>
    </message>
    <message>
        <source>the project has no file yet: choose where to save it</source>
        <extracomment>gisdesk/core/project.py:186</extracomment>
        <translation>dự án chưa có tệp: hãy chọn nơi lưu</translation>
    </message>
    <message>
        <source>'layouts' is not a list; the print layouts were not read</source>
        <extracomment>gisdesk/core/project.py:239</extracomment>
        <translation>'layouts' không phải một danh sách; chưa đọc được các bố cục in</translation>
    </message>
    <message>
        <source>{path}: 'layers' must be a list</source>
        <extracomment>gisdesk/core/project.py:242</extracomment>
        <translation>{path}: 'layers' phải là một danh sách</translation>
    </message>
    <message>
        <source>{path}: not a gisdesk project file</source>
        <extracomment>gisdesk/core/project.py:279</extracomment>
        <translation>{path}: không phải tệp dự án gisdesk</translation>
    </message>
    <message>
        <source>{path}: could not save the project ({e})</source>
        <extracomment>gisdesk/core/project.py:192</extracomment>
        <translation>{path}: không lưu được dự án ({e})</translation>
    </message>
    <message>
        <source>{path}: the project CRS {crs!r} is not valid ({e})</source>
        <extracomment>gisdesk/core/project.py:226</extracomment>
        <translation>{path}: hệ tọa độ của dự án {crs!r} không hợp lệ ({e})</translation>
    </message>
    <message>
        <source>a print layout entry that is not a layout was skipped</source>
        <extracomment>gisdesk/core/project.py:237</extracomment>
        <translation>đã bỏ qua một mục bố cục in không hợp lệ</translation>
    </message>
    <message>
        <source>layer {n}: not a layer entry, skipped</source>
        <extracomment>gisdesk/core/project.py:246</extracomment>
        <translation>lớp thứ {n}: không phải mục khai báo lớp, đã bỏ qua</translation>
    </message>
    <message>
        <source>{path}: no such project file</source>
        <extracomment>gisdesk/core/project.py:269</extracomment>
        <translation>{path}: không có tệp dự án này</translation>
    </message>
    <message>
        <source>{path}: could not read the project file ({e})</source>
        <extracomment>gisdesk/core/project.py:271</extracomment>
        <translation>{path}: không đọc được tệp dự án ({e})</translation>
    </message>
    <message>
        <source>{path}: not a valid project file (JSON error at line {line:,}: {e})</source>
        <extracomment>gisdesk/core/project.py:276</extracomment>
        <translation>{path}: tệp dự án không hợp lệ (lỗi JSON ở dòng {line:,}: {e})</translation>
    </message>
    <message>
        <source>unknown layer type {type!r} (known: {known})</source>
        <extracomment>gisdesk/core/registry.py:60</extracomment>
        <translation>không rõ loại lớp {type!r} (các loại đã biết: {known})</translation>
    </message>
    <message>
        <source>{value!r} has no time zone; give an aware time (e.g. with +07:00)</source>
        <extracomment>gisdesk/core/timewindow.py:34</extracomment>
        <translation>{value!r} không có múi giờ; hãy nhập thời gian có múi giờ (ví dụ kèm +07:00)</translation>
    </message>
    <message>
        <source>%Y-%m-%d %H:%M</source>
        <extracomment>gisdesk/core/timewindow.py:111; gisdesk/io/feeds/open311.py:1189; gisdesk/io/feeds/sensorthings.py:459</extracomment>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <source>a time window must end after it starts</source>
        <extracomment>gisdesk/core/timewindow.py:47</extracomment>
        <translation>khoảng thời gian phải kết thúc sau thời điểm bắt đầu</translation>
    </message>
    <message>
        <source>column {name!r} holds times without a zone</source>
        <extracomment>gisdesk/core/timewindow.py:127</extracomment>
        <translation>cột {name!r} chứa thời gian không có múi giờ</translation>
    </message>
    <message>
        <source>Reading the schemas failed: {problem}</source>
        <extracomment>gisdesk/db/catalog.py:27</extracomment>
        <translation>Không đọc được các lược đồ: {problem}</translation>
    </message>
    <message>
        <source>Listing the schemas failed: {problem}</source>
        <extracomment>gisdesk/db/catalog.py:55</extracomment>
        <translation>Không liệt kê được các lược đồ: {problem}</translation>
    </message>
    <message>
        <source>"{schema}"."{table}" column "{column}" is not a table with a geometry column that you may read (check the names and your permissions).</source>
        <extracomment>gisdesk/db/catalog.py:102</extracomment>
        <translation>cột "{column}" của "{schema}"."{table}" không phải cột hình học của một bảng mà bạn được phép đọc (hãy kiểm tra các tên và quyền của bạn).</translation>
    </message>
    <message>
        <source>"{schema}"."{table}" is not a table with a geometry column that you may read (check the names and your permissions).</source>
        <extracomment>gisdesk/db/catalog.py:105</extracomment>
        <translation>"{schema}"."{table}" không phải bảng có cột hình học mà bạn được phép đọc (hãy kiểm tra các tên và quyền của bạn).</translation>
    </message>
    <message>
        <source>Listing the tables failed: {problem}</source>
        <extracomment>gisdesk/db/catalog.py:119</extracomment>
        <translation>Không liệt kê được các bảng: {problem}</translation>
    </message>
    <message>
        <source>No system keyring is available (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet). Passwords are kept in memory until gisdesk closes and are never written to disk.</source>
        <extracomment>gisdesk/db/connections.py:184</extracomment>
        <translation>Máy không có kho mật khẩu của hệ điều hành (trên Linux, hãy cài và mở khóa một dịch vụ Secret Service như GNOME Keyring hoặc KWallet). Mật khẩu chỉ được giữ trong bộ nhớ cho đến khi đóng gisdesk và không bao giờ được ghi ra đĩa.</translation>
    </message>
    <message>
        <source>Connecting failed: {problem}</source>
        <extracomment>gisdesk/db/connections.py:241</extracomment>
        <translation>Kết nối không thành công: {problem}</translation>
    </message>
    <message>
        <source>Testing the connection failed: {problem}</source>
        <extracomment>gisdesk/db/connections.py:250</extracomment>
        <translation>Kiểm tra kết nối không thành công: {problem}</translation>
    </message>
    <message>
        <source>a connection needs a name</source>
        <extracomment>gisdesk/db/connections.py:51</extracomment>
        <translation>kết nối cần có tên</translation>
    </message>
    <message>
        <source>a connection needs a host</source>
        <extracomment>gisdesk/db/connections.py:53</extracomment>
        <translation>kết nối cần có máy chủ</translation>
    </message>
    <message>
        <source>a connection needs a database and a user name</source>
        <extracomment>gisdesk/db/connections.py:55</extracomment>
        <translation>kết nối cần có tên cơ sở dữ liệu và tên người dùng</translation>
    </message>
    <message>
        <source>SSL mode must be one of {modes}, not {mode!r}</source>
        <extracomment>gisdesk/db/connections.py:57</extracomment>
        <translation>chế độ SSL phải là một trong {modes}, không phải {mode!r}</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535, not {port}</source>
        <extracomment>gisdesk/db/connections.py:64</extracomment>
        <translation>cổng phải nằm trong khoảng 1 đến 65535, không phải {port}</translation>
    </message>
    <message>
        <source>the connection timeout must be at least 1 second</source>
        <extracomment>gisdesk/db/connections.py:67</extracomment>
        <translation>thời gian chờ kết nối phải ít nhất 1 giây</translation>
    </message>
    <message>
        <source>the server (PostgreSQL {server}) answers, but the PostGIS extension is not installed in this database. Ask the administrator to run CREATE EXTENSION postgis.</source>
        <extracomment>gisdesk/db/connections.py:254</extracomment>
        <translation>máy chủ (PostgreSQL {server}) có phản hồi, nhưng cơ sở dữ liệu này chưa cài phần mở rộng PostGIS. Hãy đề nghị quản trị viên chạy CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <source>the port must be a number, not {port!r}</source>
        <extracomment>gisdesk/db/connections.py:62</extracomment>
        <translation>cổng phải là một số, không phải {port!r}</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({backend}).</source>
        <extracomment>gisdesk/db/connections.py:181</extracomment>
        <translation>Mật khẩu được lưu trong kho mật khẩu của hệ điều hành ({backend}).</translation>
    </message>
    <message>
        <source>database</source>
        <extracomment>gisdesk/db/errors.py:57; gisdesk/db/errors.py:65</extracomment>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the user name or password was not accepted. Check them and try again.</source>
        <extracomment>gisdesk/db/errors.py:71</extracomment>
        <translation>tên người dùng hoặc mật khẩu không đúng. Hãy kiểm tra lại rồi thử lại.</translation>
    </message>
    <message>
        <source>the server has no database named "{db}". Check the database name.</source>
        <extracomment>gisdesk/db/errors.py:73</extracomment>
        <translation>máy chủ không có cơ sở dữ liệu tên "{db}". Hãy kiểm tra tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>the server has no user named "{role}". Check the user name.</source>
        <extracomment>gisdesk/db/errors.py:75</extracomment>
        <translation>máy chủ không có người dùng tên "{role}". Hãy kiểm tra tên người dùng.</translation>
    </message>
    <message>
        <source>the connection asks for SSL but the server does not offer it. Choose SSL mode 'prefer' or 'disable', or ask the administrator to enable SSL on the server.</source>
        <extracomment>gisdesk/db/errors.py:77</extracomment>
        <translation>kết nối yêu cầu SSL nhưng máy chủ không hỗ trợ. Hãy chọn chế độ SSL 'prefer' hoặc 'disable', hoặc đề nghị quản trị viên bật SSL trên máy chủ.</translation>
    </message>
    <message>
        <source>the server only accepts encrypted (SSL) connections from here. Choose SSL mode 'require' (or 'verify-full').</source>
        <extracomment>gisdesk/db/errors.py:80</extracomment>
        <translation>máy chủ chỉ nhận kết nối được mã hóa (SSL) từ máy này. Hãy chọn chế độ SSL 'require' (hoặc 'verify-full').</translation>
    </message>
    <message>
        <source>the server does not accept connections from this computer for this user and database. Ask the administrator to allow it (pg_hba.conf).</source>
        <extracomment>gisdesk/db/errors.py:83</extracomment>
        <translation>máy chủ không nhận kết nối từ máy tính này cho người dùng và cơ sở dữ liệu này. Hãy đề nghị quản trị viên cho phép (pg_hba.conf).</translation>
    </message>
    <message>
        <source>the server did not answer in time. It may be down, overloaded, or behind a firewall.</source>
        <extracomment>gisdesk/db/errors.py:86</extracomment>
        <translation>máy chủ không phản hồi kịp. Có thể máy chủ đang tắt, quá tải hoặc bị tường lửa chặn.</translation>
    </message>
    <message>
        <source>no database server is running at that address (connection refused). Check the host and port, and that the server is up.</source>
        <extracomment>gisdesk/db/errors.py:88</extracomment>
        <translation>không có máy chủ cơ sở dữ liệu nào chạy ở địa chỉ đó (kết nối bị từ chối). Hãy kiểm tra máy chủ, cổng và xem máy chủ đã bật chưa.</translation>
    </message>
    <message>
        <source>the host name could not be found. Check the host name and the network.</source>
        <extracomment>gisdesk/db/errors.py:91</extracomment>
        <translation>không tìm thấy tên máy chủ. Hãy kiểm tra tên máy chủ và mạng.</translation>
    </message>
    <message>
        <source>the server cannot be reached. Check the network, the host and the port.</source>
        <extracomment>gisdesk/db/errors.py:93</extracomment>
        <translation>không kết nối được tới máy chủ. Hãy kiểm tra mạng, tên máy chủ và cổng.</translation>
    </message>
    <message>
        <source>the SSL connection failed (certificate not trusted or SSL error). Check the SSL mode and the server's certificate.</source>
        <extracomment>gisdesk/db/errors.py:95</extracomment>
        <translation>kết nối SSL không thành công (chứng chỉ không được tin cậy hoặc lỗi SSL). Hãy kiểm tra chế độ SSL và chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>the connection to the server was lost. Nothing was changed by the interrupted action; reconnect and try again.</source>
        <extracomment>gisdesk/db/errors.py:99</extracomment>
        <translation>mất kết nối tới máy chủ. Thao tác bị gián đoạn không làm thay đổi gì; hãy kết nối lại và thử lại.</translation>
    </message>
    <message>
        <source>the server does not know the coordinate system EPSG:{srid} (it is missing from its spatial_ref_sys table), so it cannot reproject to or from it. Ask the administrator to add it, or work in a coordinate system the server knows.</source>
        <extracomment>gisdesk/db/errors.py:102</extracomment>
        <translation>máy chủ không biết hệ tọa độ EPSG:{srid} (thiếu trong bảng spatial_ref_sys) nên không chuyển đổi tọa độ sang hoặc từ hệ này được. Hãy đề nghị quản trị viên bổ sung, hoặc dùng một hệ tọa độ máy chủ đã có.</translation>
    </message>
    <message>
        <source>{action} failed: {problem}</source>
        <extracomment>gisdesk/db/errors.py:121</extracomment>
        <translation>{action} không thành công: {problem}</translation>
    </message>
    <message>
        <source>the query was cancelled; nothing was changed.</source>
        <extracomment>gisdesk/db/errors.py:133</extracomment>
        <translation>truy vấn đã bị hủy; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>the connection to the server was lost (the server ended it). Nothing was changed by the interrupted action; reconnect and try again.</source>
        <extracomment>gisdesk/db/errors.py:137</extracomment>
        <translation>mất kết nối tới máy chủ (máy chủ đã ngắt). Thao tác bị gián đoạn không làm thay đổi gì; hãy kết nối lại và thử lại.</translation>
    </message>
    <message>
        <source>the PostGIS extension is not installed in this database. Ask the administrator to run CREATE EXTENSION postgis.</source>
        <extracomment>gisdesk/db/errors.py:152</extracomment>
        <translation>cơ sở dữ liệu này chưa cài phần mở rộng PostGIS. Hãy đề nghị quản trị viên chạy CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <source>the query took longer than the server's time limit (statement timeout) and was stopped. Zoom in, narrow the time window or add a filter, or ask the administrator for a longer limit.</source>
        <extracomment>gisdesk/db/errors.py:130</extracomment>
        <translation>truy vấn chạy quá thời gian cho phép của máy chủ (statement timeout) nên đã bị dừng. Hãy phóng to, thu hẹp khoảng thời gian hoặc thêm bộ lọc, hoặc đề nghị quản trị viên nới giới hạn.</translation>
    </message>
    <message>
        <source>the server is starting up or shutting down. Try again in a moment.</source>
        <extracomment>gisdesk/db/errors.py:136</extracomment>
        <translation>máy chủ đang khởi động hoặc đang tắt. Hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>the database reported an error: {detail}.</source>
        <extracomment>gisdesk/db/errors.py:164</extracomment>
        <translation>cơ sở dữ liệu báo lỗi: {detail}.</translation>
    </message>
    <message>
        <source>you do not have permission for this ({detail}).</source>
        <extracomment>gisdesk/db/errors.py:140</extracomment>
        <translation>bạn không có quyền thực hiện việc này ({detail}).</translation>
    </message>
    <message>
        <source>{detail}; check the schema name.</source>
        <extracomment>gisdesk/db/errors.py:142</extracomment>
        <translation>{detail}; hãy kiểm tra tên lược đồ.</translation>
    </message>
    <message>
        <source>{detail}; check the table name (it may have been removed).</source>
        <extracomment>gisdesk/db/errors.py:144</extracomment>
        <translation>{detail}; hãy kiểm tra tên bảng (có thể bảng đã bị xóa).</translation>
    </message>
    <message>
        <source>{detail}; check the column name.</source>
        <extracomment>gisdesk/db/errors.py:147</extracomment>
        <translation>{detail}; hãy kiểm tra tên cột.</translation>
    </message>
    <message>
        <source>the database refused a value or filter: {detail}.</source>
        <extracomment>gisdesk/db/errors.py:160</extracomment>
        <translation>cơ sở dữ liệu không chấp nhận một giá trị hoặc bộ lọc: {detail}.</translation>
    </message>
    <message>
        <source>the database connection failed: {detail}.</source>
        <extracomment>gisdesk/db/errors.py:162</extracomment>
        <translation>kết nối cơ sở dữ liệu không thành công: {detail}.</translation>
    </message>
    <message>
        <source>the database</source>
        <extracomment>gisdesk/db/layer.py:424</extracomment>
        <translation>cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Reading the extent of "{table}" failed: {problem}</source>
        <extracomment>gisdesk/db/layer.py:405</extracomment>
        <translation>Không đọc được phạm vi của "{table}": {problem}</translation>
    </message>
    <message>
        <source>the project does not say which database connection this layer uses.</source>
        <extracomment>gisdesk/db/layer.py:426</extracomment>
        <translation>dự án không cho biết lớp này dùng kết nối cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>the database connection "{name}" ({label}) is not saved on this computer. Add it in the database connections (same name) and reopen the project.</source>
        <extracomment>gisdesk/db/layer.py:429</extracomment>
        <translation>kết nối cơ sở dữ liệu "{name}" ({label}) chưa được lưu trên máy tính này. Hãy thêm kết nối này trong mục kết nối cơ sở dữ liệu (cùng tên) rồi mở lại dự án.</translation>
    </message>
    <message>
        <source>the read was cancelled.</source>
        <extracomment>gisdesk/db/layer.py:612</extracomment>
        <translation>việc đọc dữ liệu đã bị hủy.</translation>
    </message>
    <message>
        <source>the project's entry for this layer lacks {key}.</source>
        <extracomment>gisdesk/db/layer.py:447</extracomment>
        <translation>mục khai báo lớp này trong dự án thiếu {key}.</translation>
    </message>
    <message>
        <source>no password is stored for the connection "{name}" ({label}) on this computer (the project never holds one). Connect once from the database connections to enter it, then reopen the project.</source>
        <extracomment>gisdesk/db/layer.py:441</extracomment>
        <translation>máy tính này chưa lưu mật khẩu cho kết nối "{name}" ({label}) (tệp dự án không bao giờ chứa mật khẩu). Hãy kết nối một lần từ mục kết nối cơ sở dữ liệu để nhập mật khẩu, rồi mở lại dự án.</translation>
    </message>
    <message>
        <source>reading "{table}" was cancelled.</source>
        <extracomment>gisdesk/db/layer.py:277</extracomment>
        <translation>việc đọc "{table}" đã bị hủy.</translation>
    </message>
    <message>
        <source>the schema name</source>
        <extracomment>gisdesk/db/publish.py:98</extracomment>
        <translation>tên lược đồ</translation>
    </message>
    <message>
        <source>the table name</source>
        <extracomment>gisdesk/db/publish.py:98</extracomment>
        <translation>tên bảng</translation>
    </message>
    <message>
        <source>the column name</source>
        <extracomment>gisdesk/db/publish.py:98</extracomment>
        <translation>tên cột</translation>
    </message>
    <message>
        <source>the geometry column name</source>
        <extracomment>gisdesk/db/publish.py:99</extracomment>
        <translation>tên cột hình học</translation>
    </message>
    <message>
        <source>the key column name</source>
        <extracomment>gisdesk/db/publish.py:99</extracomment>
        <translation>tên cột khóa</translation>
    </message>
    <message>
        <source>the key name</source>
        <extracomment>gisdesk/db/publish.py:100</extracomment>
        <translation>tên khóa</translation>
    </message>
    <message>
        <source>the index name</source>
        <extracomment>gisdesk/db/publish.py:100</extracomment>
        <translation>tên chỉ mục</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <extracomment>gisdesk/db/publish.py:108</extracomment>
        <translation>{what} đang để trống.</translation>
    </message>
    <message>
        <source>{what} "{name}" is longer than PostgreSQL allows ({limit:,} bytes in UTF-8; it has {size:,}). Choose a shorter name.</source>
        <extracomment>gisdesk/db/publish.py:110</extracomment>
        <translation>{what} "{name}" dài hơn mức PostgreSQL cho phép ({limit:,} byte theo UTF-8; tên này có {size:,} byte). Hãy chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <source>{what} contains a NUL character.</source>
        <extracomment>gisdesk/db/publish.py:114</extracomment>
        <translation>{what} chứa ký tự NUL.</translation>
    </message>
    <message>
        <source>the layer has no coordinate system; choose the SRID to store it in.</source>
        <extracomment>gisdesk/db/publish.py:122</extracomment>
        <translation>lớp chưa có hệ tọa độ; hãy chọn SRID để lưu lớp.</translation>
    </message>
    <message>
        <source>the table "{schema}"."{table}" has no column(s) {columns}; nothing was appended.</source>
        <extracomment>gisdesk/db/publish.py:298</extracomment>
        <translation>bảng "{schema}"."{table}" không có (các) cột {columns}; chưa nối thêm dòng nào.</translation>
    </message>
    <message>
        <source>Publishing to "{schema}"."{table}" failed: {problem}</source>
        <extracomment>gisdesk/db/publish.py:70</extracomment>
        <translation>Không xuất bản được lên "{schema}"."{table}": {problem}</translation>
    </message>
    <message>
        <source>publishing to "{schema}"."{table}" was cancelled; the database was left as it was.</source>
        <extracomment>gisdesk/db/publish.py:85</extracomment>
        <translation>việc xuất bản lên "{schema}"."{table}" đã bị hủy; cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>the layer's coordinate system ({crs}) has no EPSG code; choose the SRID to store it in.</source>
        <extracomment>gisdesk/db/publish.py:127</extracomment>
        <translation>hệ tọa độ của lớp ({crs}) không có mã EPSG; hãy chọn SRID để lưu lớp.</translation>
    </message>
    <message>
        <source>the column "{name}" has a value that does not fit a PostgreSQL {type} (out of range or of another type: {e}). Nothing was written.</source>
        <extracomment>gisdesk/db/publish.py:400</extracomment>
        <translation>cột "{name}" có giá trị không phù hợp với kiểu {type} của PostgreSQL (nằm ngoài phạm vi hoặc khác kiểu: {e}). Chưa ghi gì.</translation>
    </message>
    <message>
        <source>there is no schema "{schema}" in this database; create it first or choose another. Nothing was written.</source>
        <extracomment>gisdesk/db/publish.py:73</extracomment>
        <translation>cơ sở dữ liệu này không có lược đồ "{schema}"; hãy tạo lược đồ trước hoặc chọn lược đồ khác. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>the table "{schema}"."{table}" already exists; choose "replace" or "append", or another name. Nothing was written.</source>
        <extracomment>gisdesk/db/publish.py:78</extracomment>
        <translation>bảng "{schema}"."{table}" đã tồn tại; hãy chọn "replace" (thay thế) hoặc "append" (nối thêm), hoặc đặt tên khác. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Counting "{points}" in "{polygons}" failed: {problem}</source>
        <extracomment>gisdesk/db/pushdown.py:66</extracomment>
        <translation>Không đếm được "{points}" trong "{polygons}": {problem}</translation>
    </message>
    <message>
        <source>"{schema}"."{table}" has no SRID constraint (its rows may mix coordinate systems); the server cannot count it directly. Load it instead.</source>
        <extracomment>gisdesk/db/pushdown.py:41</extracomment>
        <translation>"{schema}"."{table}" không có ràng buộc SRID (các dòng có thể dùng lẫn nhiều hệ tọa độ); máy chủ không đếm trực tiếp được. Hãy tải bảng về máy.</translation>
    </message>
    <message>
        <source>the distance must be 0 m or more (got {distance!r}).</source>
        <extracomment>gisdesk/db/pushdown.py:113</extracomment>
        <translation>khoảng cách phải từ 0 m trở lên (nhận được {distance!r}).</translation>
    </message>
    <message>
        <source>the points are in EPSG:{srid}, neither in metres nor in degrees; the distance cannot be measured on the server.</source>
        <extracomment>gisdesk/db/pushdown.py:126</extracomment>
        <translation>các điểm ở hệ EPSG:{srid}, không tính bằng mét cũng không tính bằng độ; máy chủ không đo được khoảng cách.</translation>
    </message>
    <message>
        <source>Finding "{points}" near "{near}" failed: {problem}</source>
        <extracomment>gisdesk/db/pushdown.py:166</extracomment>
        <translation>Không tìm được "{points}" gần "{near}": {problem}</translation>
    </message>
    <message>
        <source>"{table}" has no column {column!r} that you may read.</source>
        <extracomment>gisdesk/db/pushdown.py:121</extracomment>
        <translation>"{table}" không có cột {column!r} mà bạn được phép đọc.</translation>
    </message>
    <message>
        <source>Reading "{schema}"."{table}" failed: {problem}</source>
        <extracomment>gisdesk/db/source.py:57</extracomment>
        <translation>Không đọc được "{schema}"."{table}": {problem}</translation>
    </message>
    <message>
        <source>Reading the columns of "{schema}"."{table}" failed: {problem}</source>
        <extracomment>gisdesk/db/source.py:63</extracomment>
        <translation>Không đọc được danh sách cột của "{schema}"."{table}": {problem}</translation>
    </message>
    <message>
        <source>a filter must be (column, operator, value), not {filter!r}.</source>
        <extracomment>gisdesk/db/source.py:121</extracomment>
        <translation>bộ lọc phải có dạng (cột, toán tử, giá trị), không phải {filter!r}.</translation>
    </message>
    <message>
        <source>the filter operator {op!r} is not allowed; use one of {allowed}.</source>
        <extracomment>gisdesk/db/source.py:125</extracomment>
        <translation>không được dùng toán tử lọc {op!r}; hãy dùng một trong {allowed}.</translation>
    </message>
    <message>
        <source>the filter on {column!r} with {op!r} needs a value.</source>
        <extracomment>gisdesk/db/source.py:135</extracomment>
        <translation>bộ lọc trên {column!r} với {op!r} cần một giá trị.</translation>
    </message>
    <message>
        <source>"{schema}"."{table}" has no column {column!r} that you may read.</source>
        <extracomment>gisdesk/db/source.py:150</extracomment>
        <translation>"{schema}"."{table}" không có cột {column!r} mà bạn được phép đọc.</translation>
    </message>
    <message>
        <source>the box {box} is not (xmin, ymin, xmax, ymax).</source>
        <extracomment>gisdesk/db/source.py:179</extracomment>
        <translation>khung {box} không có dạng (xmin, ymin, xmax, ymax).</translation>
    </message>
    <message>
        <source>the box {box} cannot be expressed in EPSG:{srid}.</source>
        <extracomment>gisdesk/db/source.py:191</extracomment>
        <translation>không biểu diễn được khung {box} trong EPSG:{srid}.</translation>
    </message>
    <message>
        <source>Estimating the size of "{schema}"."{table}" failed: {problem}</source>
        <extracomment>gisdesk/db/source.py:227</extracomment>
        <translation>Không ước tính được kích thước của "{schema}"."{table}": {problem}</translation>
    </message>
    <message>
        <source>"{schema}"."{table}" is not a single-point column with an SRID ({type}, SRID {srid}); read it as a table.</source>
        <extracomment>gisdesk/db/source.py:315</extracomment>
        <translation>"{schema}"."{table}" không phải cột điểm đơn có SRID ({type}, SRID {srid}); hãy đọc như một bảng.</translation>
    </message>
    <message>
        <source>Reading the SRIDs of "{schema}"."{table}" failed: {problem}</source>
        <extracomment>gisdesk/db/source.py:358</extracomment>
        <translation>Không đọc được các SRID của "{schema}"."{table}": {problem}</translation>
    </message>
    <message>
        <source>"{schema}"."{table}" mixes coordinate systems ({present}); all rows were brought to EPSG:{target}.</source>
        <extracomment>gisdesk/db/source.py:375</extracomment>
        <translation>"{schema}"."{table}" dùng lẫn nhiều hệ tọa độ ({present}); mọi dòng đã được chuyển về EPSG:{target}.</translation>
    </message>
    <message>
        <source>a time window needs the table's time column.</source>
        <extracomment>gisdesk/db/source.py:102</extracomment>
        <translation>khoảng thời gian cần có cột thời gian của bảng.</translation>
    </message>
    <message>
        <source>the operator {op!r} takes no value.</source>
        <extracomment>gisdesk/db/source.py:132</extracomment>
        <translation>toán tử {op!r} không nhận giá trị.</translation>
    </message>
    <message>
        <source>the operator {op!r} needs a list of values.</source>
        <extracomment>gisdesk/db/source.py:140</extracomment>
        <translation>toán tử {op!r} cần một danh sách giá trị.</translation>
    </message>
    <message>
        <source>the time window bound {value!r} has no time zone; give an aware time (e.g. with +07:00).</source>
        <extracomment>gisdesk/db/source.py:170</extracomment>
        <translation>mốc {value!r} của khoảng thời gian không có múi giờ; hãy nhập thời gian có múi giờ (ví dụ kèm +07:00).</translation>
    </message>
    <message>
        <source>Read {n:,} row from "{schema}"."{table}" on {database}.</source>
        <extracomment>gisdesk/db/source.py:298</extracomment>
        <translation>Đã đọc {n:,} dòng từ "{schema}"."{table}" trên {database}.</translation>
    </message>
    <message>
        <source>Read {n:,} rows from "{schema}"."{table}" on {database}.</source>
        <extracomment>gisdesk/db/source.py:299</extracomment>
        <translation>Đã đọc {n:,} dòng từ "{schema}"."{table}" trên {database}.</translation>
    </message>
    <message>
        <source>{crs!r} has no EPSG code; give the SRID to read the mixed column in.</source>
        <extracomment>gisdesk/db/source.py:366</extracomment>
        <translation>{crs!r} không có mã EPSG; hãy cho biết SRID để đọc cột dùng lẫn nhiều hệ tọa độ.</translation>
    </message>
    <message>
        <source>{n:,} row of "{schema}"."{table}" has geometry without an SRID (0) in a column of mixed SRIDs; its position is unknown, so its geometry was left empty (the attributes are kept).</source>
        <extracomment>gisdesk/db/source.py:400</extracomment>
        <translation>{n:,} dòng của "{schema}"."{table}" có hình học không có SRID (0) trong một cột dùng lẫn nhiều SRID; không xác định được vị trí nên hình học được để trống (vẫn giữ các thuộc tính).</translation>
    </message>
    <message>
        <source>{n:,} rows of "{schema}"."{table}" have geometry without an SRID (0) in a column of mixed SRIDs; their position is unknown, so their geometry was left empty (the attributes are kept).</source>
        <extracomment>gisdesk/db/source.py:403</extracomment>
        <translation>{n:,} dòng của "{schema}"."{table}" có hình học không có SRID (0) trong một cột dùng lẫn nhiều SRID; không xác định được vị trí nên hình học được để trống (vẫn giữ các thuộc tính).</translation>
    </message>
    <message>
        <source>{n:,} in SRID 0 (none)</source>
        <extracomment>gisdesk/db/source.py:373</extracomment>
        <translation>{n:,} ở SRID 0 (không có)</translation>
    </message>
    <message>
        <source>{n:,} in EPSG:{srid}</source>
        <extracomment>gisdesk/db/source.py:374</extracomment>
        <translation>{n:,} ở EPSG:{srid}</translation>
    </message>
    <message>
        <source>the layer</source>
        <extracomment>gisdesk/export/data.py:134</extracomment>
        <translation>lớp</translation>
    </message>
    <message>
        <source>Choosing the rows</source>
        <extracomment>gisdesk/export/data.py:229</extracomment>
        <translation>Đang chọn các dòng</translation>
    </message>
    <message>
        <source>Building the features</source>
        <extracomment>gisdesk/export/data.py:244</extracomment>
        <translation>Đang tạo các đối tượng</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <extracomment>gisdesk/export/data.py:249</extracomment>
        <translation>Đang ghi tệp</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>gisdesk/export/data.py:257</extracomment>
        <translation>Xong</translation>
    </message>
    <message>
        <source>nothing is selected in {name!r}; select features on the map or in the attribute table first, or export the features shown on the map.</source>
        <extracomment>gisdesk/export/data.py:156</extracomment>
        <translation>chưa chọn đối tượng nào trong lớp {name!r}; hãy chọn đối tượng trên bản đồ hoặc trong bảng thuộc tính trước, hoặc xuất các đối tượng đang hiển thị trên bản đồ.</translation>
    </message>
    <message>
        <source>the {n:,} selected features of {name!r} are all hidden by the filters or the time window, so there is nothing to export; widen the time window or clear the filters.</source>
        <extracomment>gisdesk/export/data.py:160</extracomment>
        <translation>cả {n:,} đối tượng đã chọn của lớp {name!r} đều bị bộ lọc hoặc khoảng thời gian ẩn đi, nên không có gì để xuất; hãy mở rộng khoảng thời gian hoặc bỏ bộ lọc.</translation>
    </message>
    <message>
        <source>this is a folder, not a file name.</source>
        <extracomment>gisdesk/export/data.py:218; gisdesk/io/writers.py:168</extracomment>
        <translation>đây là một thư mục, không phải tên tệp.</translation>
    </message>
    <message>
        <source>all features</source>
        <extracomment>gisdesk/export/data.py:259</extracomment>
        <translation>tất cả đối tượng</translation>
    </message>
    <message>
        <source>the features shown on the map</source>
        <extracomment>gisdesk/export/data.py:259</extracomment>
        <translation>các đối tượng đang hiển thị trên bản đồ</translation>
    </message>
    <message>
        <source>the selected features</source>
        <extracomment>gisdesk/export/data.py:260</extracomment>
        <translation>các đối tượng đã chọn</translation>
    </message>
    <message>
        <source>{n:,} feature was written to {file} ({what}).</source>
        <extracomment>gisdesk/export/data.py:261</extracomment>
        <translation>Đã ghi {n:,} đối tượng vào {file} ({what}).</translation>
    </message>
    <message>
        <source>{n:,} features were written to {file} ({what}).</source>
        <extracomment>gisdesk/export/data.py:263</extracomment>
        <translation>Đã ghi {n:,} đối tượng vào {file} ({what}).</translation>
    </message>
    <message>
        <source>no feature of {name!r} is shown on the map (the filters and the time window hide all of them), so there is nothing to export; widen the time window, clear the filters or export all features.</source>
        <extracomment>gisdesk/export/data.py:145</extracomment>
        <translation>không có đối tượng nào của lớp {name!r} đang hiển thị trên bản đồ (bộ lọc và khoảng thời gian đã ẩn tất cả), nên không có gì để xuất; hãy mở rộng khoảng thời gian, bỏ bộ lọc hoặc xuất tất cả đối tượng.</translation>
    </message>
    <message>
        <source>{hidden:,} of {n:,} features hidden by the filters or the time window were left out.</source>
        <extracomment>gisdesk/export/data.py:150</extracomment>
        <translation>Đã bỏ qua {hidden:,}/{n:,} đối tượng bị bộ lọc hoặc khoảng thời gian ẩn đi.</translation>
    </message>
    <message>
        <source>{n:,} selected feature is hidden by the filters or the time window and was left out.</source>
        <extracomment>gisdesk/export/data.py:165</extracomment>
        <translation>{n:,} đối tượng đã chọn bị bộ lọc hoặc khoảng thời gian ẩn đi nên đã được bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} selected features are hidden by the filters or the time window and were left out.</source>
        <extracomment>gisdesk/export/data.py:167</extracomment>
        <translation>{n:,} đối tượng đã chọn bị bộ lọc hoặc khoảng thời gian ẩn đi nên đã được bỏ qua.</translation>
    </message>
    <message>
        <source>{crs!r} is not a coordinate reference system.</source>
        <extracomment>gisdesk/export/data.py:227</extracomment>
        <translation>{crs!r} không phải là một hệ tọa độ.</translation>
    </message>
    <message>
        <source>Personal column left out: {columns}. Tick 'Keep personal columns' to keep it.</source>
        <extracomment>gisdesk/export/data.py:266</extracomment>
        <translation>Đã bỏ cột thông tin cá nhân: {columns}. Đánh dấu 'Giữ các cột thông tin cá nhân' để giữ lại.</translation>
    </message>
    <message>
        <source>Personal columns left out: {columns}. Tick 'Keep personal columns' to keep them.</source>
        <extracomment>gisdesk/export/data.py:268</extracomment>
        <translation>Đã bỏ các cột thông tin cá nhân: {columns}. Đánh dấu 'Giữ các cột thông tin cá nhân' để giữ lại.</translation>
    </message>
    <message>
        <source>The file holds personal data ({columns}), as asked: do not publish it.</source>
        <extracomment>gisdesk/export/data.py:271</extracomment>
        <translation>Theo yêu cầu, tệp có chứa thông tin cá nhân ({columns}): không được công bố tệp này.</translation>
    </message>
    <message>
        <source>{crs!r} is not a coordinate reference system this program knows ({exc}).</source>
        <extracomment>gisdesk/export/data.py:224</extracomment>
        <translation>{crs!r} không phải hệ tọa độ mà chương trình này nhận biết được ({exc}).</translation>
    </message>
    <message>
        <source>Could not write {path}: {problem}.</source>
        <extracomment>gisdesk/export/html.py:209</extracomment>
        <translation>Không ghi được {path}: {problem}.</translation>
    </message>
    <message>
        <source>the basemap must be an http(s) tile URL, got {url!r}</source>
        <extracomment>gisdesk/export/html.py:217</extracomment>
        <translation>bản đồ nền phải là địa chỉ ô bản đồ http(s), nhưng nhận được {url!r}</translation>
    </message>
    <message>
        <source>the basemap URL {url!r} lacks {missing}</source>
        <extracomment>gisdesk/export/html.py:220</extracomment>
        <translation>địa chỉ bản đồ nền {url!r} thiếu {missing}</translation>
    </message>
    <message>
        <source>Layer {name!r} ({kind}) was left out: the HTML map holds vector and raster layers only.</source>
        <extracomment>gisdesk/export/html.py:241</extracomment>
        <translation>Đã bỏ qua lớp {name!r} ({kind}): bản đồ HTML chỉ chứa được lớp vector và lớp raster.</translation>
    </message>
    <message>
        <source>Layer {name!r} has a broken style ({error}); it is drawn with the default symbol.</source>
        <extracomment>gisdesk/export/html.py:248</extracomment>
        <translation>Kiểu hiển thị của lớp {name!r} bị lỗi ({error}); lớp được vẽ bằng ký hiệu mặc định.</translation>
    </message>
    <message>
        <source>Layer {name!r} is drawn as a heatmap because its style is a heatmap; its points have no popups.</source>
        <extracomment>gisdesk/export/html.py:282</extracomment>
        <translation>Lớp {name!r} được vẽ dạng bản đồ nhiệt vì kiểu hiển thị của lớp là bản đồ nhiệt; các điểm của lớp không có cửa sổ thông tin.</translation>
    </message>
    <message>
        <source>Layer {name!r} is drawn as a heatmap because it has {n:,} points (more than {limit:,}); its points have no popups.</source>
        <extracomment>gisdesk/export/html.py:284</extracomment>
        <translation>Lớp {name!r} được vẽ dạng bản đồ nhiệt vì có {n:,} điểm (nhiều hơn {limit:,}); các điểm của lớp không có cửa sổ thông tin.</translation>
    </message>
    <message>
        <source>Layer {name!r} has {n:,} points (more than {limit:,}): its markers are clustered.</source>
        <extracomment>gisdesk/export/html.py:307</extracomment>
        <translation>Lớp {name!r} có {n:,} điểm (nhiều hơn {limit:,}): các điểm được gom cụm.</translation>
    </message>
    <message>
        <source>Layer {name!r} was left out: it has no coordinate system (or no pixel with data) to place it on the map.</source>
        <extracomment>gisdesk/export/html.py:392</extracomment>
        <translation>Đã bỏ qua lớp {name!r}: lớp không có hệ tọa độ (hoặc không có điểm ảnh nào có dữ liệu) để đặt lên bản đồ.</translation>
    </message>
    <message>
        <source>The basemap is loaded from {host}; the rest works offline.</source>
        <extracomment>gisdesk/export/html.py:169</extracomment>
        <translation>Bản đồ nền được tải từ {host}; phần còn lại dùng được khi không có mạng.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <extracomment>gisdesk/export/html.py:206</extracomment>
        <translation>Đã hủy việc xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Layer {name!r} was left out: {error}</source>
        <extracomment>gisdesk/export/html.py:389</extracomment>
        <translation>Đã bỏ qua lớp {name!r}: {error}</translation>
    </message>
    <message>
        <source>unknown orientation {orientation!r} (choose landscape or portrait)</source>
        <extracomment>gisdesk/export/layout.py:47</extracomment>
        <translation>hướng giấy {orientation!r} không hợp lệ (hãy chọn ngang hoặc dọc)</translation>
    </message>
    <message>
        <source>layout {name!r}: no room left for the map frame on a {page} page</source>
        <extracomment>gisdesk/export/layout.py:293</extracomment>
        <translation>bố cục {name!r}: trang khổ {page} không còn chỗ cho khung bản đồ</translation>
    </message>
    <message>
        <source>a scale bar needs positive metres per mm and room</source>
        <extracomment>gisdesk/export/layout.py:374</extracomment>
        <translation>thước tỷ lệ cần số mét trên mỗi mm dương và đủ chỗ để vẽ</translation>
    </message>
    <message>
        <source>unknown page size {page!r} (choose one of {sizes})</source>
        <extracomment>gisdesk/export/layout.py:44</extracomment>
        <translation>khổ giấy {page!r} không hợp lệ (hãy chọn một trong {sizes})</translation>
    </message>
    <message>
        <source>margins of {mm:g} mm do not fit a {page} page</source>
        <extracomment>gisdesk/export/layout.py:97</extracomment>
        <translation>lề {mm:g} mm không vừa với trang khổ {page}</translation>
    </message>
    <message>
        <source>extent mode {mode!r}: use 'canvas', 'layer:&lt;name&gt;' or 'explicit'</source>
        <extracomment>gisdesk/export/layout.py:99</extracomment>
        <translation>chế độ phạm vi {mode!r} không hợp lệ: hãy dùng 'canvas', 'layer:&lt;tên lớp&gt;' hoặc 'explicit'</translation>
    </message>
    <message>
        <source>extent mode 'explicit' needs an extent</source>
        <extracomment>gisdesk/export/layout.py:111</extracomment>
        <translation>chế độ phạm vi 'explicit' cần có phạm vi cụ thể</translation>
    </message>
    <message>
        <source>grid {grid!r}: use one of {kinds}</source>
        <extracomment>gisdesk/export/layout.py:117</extracomment>
        <translation>lưới tọa độ {grid!r} không hợp lệ: hãy dùng một trong {kinds}</translation>
    </message>
    <message>
        <source>a table frame lists 1 to 500 rows, got {n:,}</source>
        <extracomment>gisdesk/export/layout.py:126</extracomment>
        <translation>khung bảng chỉ liệt kê từ 1 đến 500 dòng, nhưng nhận được {n:,}</translation>
    </message>
    <message>
        <source>a print layout is a JSON object</source>
        <extracomment>gisdesk/export/layout.py:154</extracomment>
        <translation>bố cục in phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>print layout field {field!r} must be a number, got {value!r}</source>
        <extracomment>gisdesk/export/layout.py:191</extracomment>
        <translation>trường {field!r} của bố cục in phải là một số, nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>'layouts' is not a list; no print layout was read</source>
        <extracomment>gisdesk/export/layout.py:207</extracomment>
        <translation>'layouts' không phải là danh sách; không đọc được bố cục in nào</translation>
    </message>
    <message>
        <source>a layout extent is minx, miny, maxx, maxy with max &gt; min, got {extent!r}</source>
        <extracomment>gisdesk/export/layout.py:107</extracomment>
        <translation>phạm vi của bố cục in phải là minx, miny, maxx, maxy với giá trị max lớn hơn min, nhưng nhận được {extent!r}</translation>
    </message>
    <message>
        <source>a scale is 1:N with N &gt; 0, got {scale:,g}</source>
        <extracomment>gisdesk/export/layout.py:115</extracomment>
        <translation>tỷ lệ phải có dạng 1:N với N &gt; 0, nhưng nhận được {scale:,g}</translation>
    </message>
    <message>
        <source>a grid interval must be a positive number, got {interval:,g}</source>
        <extracomment>gisdesk/export/layout.py:121</extracomment>
        <translation>khoảng cách lưới phải là số dương, nhưng nhận được {interval:,g}</translation>
    </message>
    <message>
        <source>print layout field {field!r} must be a layer or column name, got {value!r}</source>
        <extracomment>gisdesk/export/layout.py:130</extracomment>
        <translation>trường {field!r} của bố cục in phải là tên lớp hoặc tên cột, nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>print layout {name!r} has a value of the wrong type ({error})</source>
        <extracomment>gisdesk/export/layout.py:177</extracomment>
        <translation>bố cục in {name!r} có giá trị sai kiểu ({error})</translation>
    </message>
    <message>
        <source>print layout {n}: {error}; skipped</source>
        <extracomment>gisdesk/export/layout.py:212</extracomment>
        <translation>bố cục in thứ {n}: {error}; đã bỏ qua</translation>
    </message>
    <message>
        <source>print layout field {field!r} must be text, got {value!r}</source>
        <extracomment>gisdesk/export/layout.py:162</extracomment>
        <translation>trường {field!r} của bố cục in phải là văn bản, nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>print layout field 'table_columns' must be a list of names, got {value!r}</source>
        <extracomment>gisdesk/export/layout.py:169</extracomment>
        <translation>trường 'table_columns' của bố cục in phải là danh sách tên cột, nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>permission denied: the folder is read-only or not yours</source>
        <extracomment>gisdesk/export/oserror.py:19</extracomment>
        <translation>không có quyền ghi: thư mục chỉ cho phép đọc hoặc không thuộc quyền của bạn</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <extracomment>gisdesk/export/oserror.py:21</extracomment>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>a part of the folder's path is a file, not a folder</source>
        <extracomment>gisdesk/export/oserror.py:23</extracomment>
        <translation>một phần trong đường dẫn thư mục là một tệp, không phải thư mục</translation>
    </message>
    <message>
        <source>the folder does not exist and could not be made</source>
        <extracomment>gisdesk/export/oserror.py:25</extracomment>
        <translation>thư mục không tồn tại và không tạo được</translation>
    </message>
    <message>
        <source>{path}: could not write the file ({why}); nothing was written</source>
        <extracomment>gisdesk/export/printing.py:271</extracomment>
        <translation>{path}: không ghi được tệp ({why}); chưa có gì được ghi</translation>
    </message>
    <message>
        <source>the project has no layer named {name!r} for the table frame</source>
        <extracomment>gisdesk/export/printing.py:362</extracomment>
        <translation>dự án không có lớp nào tên {name!r} cho khung bảng</translation>
    </message>
    <message>
        <source>the project has no layer named {name!r} for the overview</source>
        <extracomment>gisdesk/export/printing.py:363</extracomment>
        <translation>dự án không có lớp nào tên {name!r} cho bản đồ vị trí tổng quan</translation>
    </message>
    <message>
        <source>the project has no layer named {name!r} for the atlas</source>
        <extracomment>gisdesk/export/printing.py:364</extracomment>
        <translation>dự án không có lớp nào tên {name!r} cho tập bản đồ</translation>
    </message>
    <message>
        <source>the overview layer {name!r} has no location to show</source>
        <extracomment>gisdesk/export/printing.py:585</extracomment>
        <translation>lớp bản đồ tổng quan {name!r} không có vị trí nào để hiển thị</translation>
    </message>
    <message>
        <source>layout {name!r} has no atlas layer</source>
        <extracomment>gisdesk/export/printing.py:609</extracomment>
        <translation>bố cục {name!r} chưa có lớp tập bản đồ</translation>
    </message>
    <message>
        <source>the atlas layer {name!r} has no polygons: an atlas needs a layer of areas (e.g. the wards)</source>
        <extracomment>gisdesk/export/printing.py:612; gisdesk/export/printing.py:630</extracomment>
        <translation>lớp tập bản đồ {name!r} không có vùng nào: tập bản đồ cần một lớp vùng (ví dụ các phường/xã)</translation>
    </message>
    <message>
        <source>the atlas layer {name!r} has no column {field!r} to name its pages</source>
        <extracomment>gisdesk/export/printing.py:618</extracomment>
        <translation>lớp tập bản đồ {name!r} không có cột {field!r} để đặt tên cho các trang</translation>
    </message>
    <message>
        <source>Qt could not start the PDF</source>
        <extracomment>gisdesk/export/printing.py:781</extracomment>
        <translation>Qt không tạo được tệp PDF</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <extracomment>gisdesk/export/printing.py:794</extracomment>
        <translation>tệp PDF tạo ra bị rỗng</translation>
    </message>
    <message>
        <source>a {w}×{h} pixel image is too large; choose a lower resolution</source>
        <extracomment>gisdesk/export/printing.py:800</extracomment>
        <translation>ảnh {w}×{h} điểm ảnh quá lớn; hãy chọn độ phân giải thấp hơn</translation>
    </message>
    <message>
        <source>not enough memory for a {w}×{h} pixel image</source>
        <extracomment>gisdesk/export/printing.py:803</extracomment>
        <translation>không đủ bộ nhớ cho ảnh {w}×{h} điểm ảnh</translation>
    </message>
    <message>
        <source>Qt could not encode the PNG</source>
        <extracomment>gisdesk/export/printing.py:819</extracomment>
        <translation>Qt không mã hóa được ảnh PNG</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <extracomment>gisdesk/export/printing.py:238</extracomment>
        <translation>không khởi động được máy in</translation>
    </message>
    <message>
        <source>the printer reported an error</source>
        <extracomment>gisdesk/export/printing.py:253</extracomment>
        <translation>máy in báo lỗi</translation>
    </message>
    <message>
        <source>{name}: choose a .pdf or .png file</source>
        <extracomment>gisdesk/export/printing.py:262</extracomment>
        <translation>{name}: hãy chọn tệp .pdf hoặc .png</translation>
    </message>
    <message>
        <source>a resolution of {dpi:g} dpi is outside 25 to 1200</source>
        <extracomment>gisdesk/export/printing.py:264</extracomment>
        <translation>độ phân giải {dpi:g} dpi nằm ngoài khoảng 25 đến 1200</translation>
    </message>
    <message>
        <source>the table frame needs a vector layer; {name!r} has no attribute table</source>
        <extracomment>gisdesk/export/printing.py:398</extracomment>
        <translation>khung bảng cần một lớp vector; lớp {name!r} không có bảng thuộc tính</translation>
    </message>
    <message>
        <source>the atlas layer {name!r} has no polygons shown (its filters or the time window hide them): an atlas needs a layer of areas (e.g. the wards)</source>
        <extracomment>gisdesk/export/printing.py:627</extracomment>
        <translation>lớp tập bản đồ {name!r} không có vùng nào đang hiển thị (bộ lọc hoặc khoảng thời gian đã ẩn chúng): tập bản đồ cần một lớp vùng (ví dụ các phường/xã)</translation>
    </message>
    <message>
        <source>the printer does not take a {page} landscape page</source>
        <extracomment>gisdesk/export/printing.py:227</extracomment>
        <translation>máy in không nhận trang khổ {page} nằm ngang</translation>
    </message>
    <message>
        <source>the printer does not take a {page} portrait page</source>
        <extracomment>gisdesk/export/printing.py:229</extracomment>
        <translation>máy in không nhận trang khổ {page} đứng dọc</translation>
    </message>
    <message>
        <source>layout {name!r}: the project has no layer named {layer!r}</source>
        <extracomment>gisdesk/export/printing.py:284</extracomment>
        <translation>bố cục {name!r}: dự án không có lớp nào tên {layer!r}</translation>
    </message>
    <message>
        <source>layout {name!r}: layer {layer!r} has no location to show</source>
        <extracomment>gisdesk/export/printing.py:288</extracomment>
        <translation>bố cục {name!r}: lớp {layer!r} không có vị trí nào để hiển thị</translation>
    </message>
    <message>
        <source>nothing to print: no layer has a location</source>
        <extracomment>gisdesk/export/printing.py:294</extracomment>
        <translation>không có gì để in: không lớp nào có vị trí trên bản đồ</translation>
    </message>
    <message>
        <source>the table frame's layer {name!r} has no column {columns}</source>
        <extracomment>gisdesk/export/printing.py:407</extracomment>
        <translation>lớp {name!r} của khung bảng không có cột {columns}</translation>
    </message>
    <message>
        <source>layout {name!r}: {error}</source>
        <extracomment>gisdesk/export/printing.py:714</extracomment>
        <translation>bố cục {name!r}: {error}</translation>
    </message>
    <message>
        <source>Qt could not add a page to the PDF</source>
        <extracomment>gisdesk/export/printing.py:788</extracomment>
        <translation>Qt không thêm được trang vào tệp PDF</translation>
    </message>
    <message>
        <source>the printer could not start a new page</source>
        <extracomment>gisdesk/export/printing.py:243</extracomment>
        <translation>máy in không sang được trang mới</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <extracomment>gisdesk/io/archive.py:90</extracomment>
        <translation>một tệp nén ZIP</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <extracomment>gisdesk/io/archive.py:91</extracomment>
        <translation>một tệp nén RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <extracomment>gisdesk/io/archive.py:92</extracomment>
        <translation>một tệp nén 7-Zip</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <extracomment>gisdesk/io/archive.py:93</extracomment>
        <translation>một tệp nén gzip</translation>
    </message>
    <message>
        <source>a bzip2-compressed file</source>
        <extracomment>gisdesk/io/archive.py:94</extracomment>
        <translation>một tệp nén bzip2</translation>
    </message>
    <message>
        <source>an xz-compressed file</source>
        <extracomment>gisdesk/io/archive.py:95</extracomment>
        <translation>một tệp nén xz</translation>
    </message>
    <message>
        <source>a tar archive</source>
        <extracomment>gisdesk/io/archive.py:96</extracomment>
        <translation>một tệp lưu trữ tar</translation>
    </message>
    <message>
        <source>a TIFF/GeoTIFF raster image</source>
        <extracomment>gisdesk/io/archive.py:97</extracomment>
        <translation>một ảnh raster TIFF/GeoTIFF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <extracomment>gisdesk/io/archive.py:98</extracomment>
        <translation>một ảnh PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <extracomment>gisdesk/io/archive.py:99</extracomment>
        <translation>một ảnh JPEG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <extracomment>gisdesk/io/archive.py:100</extracomment>
        <translation>một tài liệu PDF</translation>
    </message>
    <message>
        <source>an SQLite database (for example a GeoPackage)</source>
        <extracomment>gisdesk/io/archive.py:101</extracomment>
        <translation>một cơ sở dữ liệu SQLite (ví dụ GeoPackage)</translation>
    </message>
    <message>
        <source>a shapefile geometry file (.shp)</source>
        <extracomment>gisdesk/io/archive.py:102</extracomment>
        <translation>một tệp hình học của shapefile (.shp)</translation>
    </message>
    <message>
        <source>a FlatGeobuf file</source>
        <extracomment>gisdesk/io/archive.py:103</extracomment>
        <translation>một tệp FlatGeobuf</translation>
    </message>
    <message>
        <source>an HTML web page</source>
        <extracomment>gisdesk/io/archive.py:104</extracomment>
        <translation>một trang web HTML</translation>
    </message>
    <message>
        <source>an XML document</source>
        <extracomment>gisdesk/io/archive.py:105</extracomment>
        <translation>một tài liệu XML</translation>
    </message>
    <message>
        <source>a KML document</source>
        <extracomment>gisdesk/io/archive.py:106</extracomment>
        <translation>một tài liệu KML</translation>
    </message>
    <message>
        <source>a JSON or GeoJSON text</source>
        <extracomment>gisdesk/io/archive.py:107</extracomment>
        <translation>một văn bản JSON hoặc GeoJSON</translation>
    </message>
    <message>
        <source>plain text (for example a CSV table)</source>
        <extracomment>gisdesk/io/archive.py:108</extracomment>
        <translation>văn bản thuần (ví dụ bảng CSV)</translation>
    </message>
    <message>
        <source>unrecognised binary data</source>
        <extracomment>gisdesk/io/archive.py:109</extracomment>
        <translation>dữ liệu nhị phân không nhận dạng được</translation>
    </message>
    <message>
        <source>an empty file</source>
        <extracomment>gisdesk/io/archive.py:116</extracomment>
        <translation>một tệp rỗng</translation>
    </message>
    <message>
        <source>is a RAR archive, which gisdesk cannot open (the GIS library it uses does not read RAR). Please unpack it first (for example with 7-Zip or WinRAR) and open the .shp file inside, or ask the sender for a .zip.</source>
        <extracomment>gisdesk/io/archive.py:192</extracomment>
        <translation>là tệp nén RAR, gisdesk không mở được (thư viện GIS mà gisdesk dùng không đọc được RAR). Hãy giải nén trước (ví dụ bằng 7-Zip hoặc WinRAR) rồi mở tệp .shp bên trong, hoặc đề nghị người gửi gửi tệp .zip.</translation>
    </message>
    <message>
        <source>is a 7-Zip archive, which gisdesk cannot open. Please unpack it first (for example with 7-Zip) and open the data file inside, or ask the sender for a .zip.</source>
        <extracomment>gisdesk/io/archive.py:198</extracomment>
        <translation>là tệp nén 7-Zip, gisdesk không mở được. Hãy giải nén trước (ví dụ bằng 7-Zip) rồi mở tệp dữ liệu bên trong, hoặc đề nghị người gửi gửi tệp .zip.</translation>
    </message>
    <message>
        <source>is {kind}, which gisdesk cannot open directly. Please unpack it first and open the data file inside, or ask the sender for a .zip.</source>
        <extracomment>gisdesk/io/archive.py:203</extracomment>
        <translation>là {kind}, gisdesk không mở trực tiếp được. Hãy giải nén trước rồi mở tệp dữ liệu bên trong, hoặc đề nghị người gửi gửi tệp .zip.</translation>
    </message>
    <message>
        <source>is empty (0 bytes): there is nothing to read. It was probably not copied or downloaded completely.</source>
        <extracomment>gisdesk/io/archive.py:257</extracomment>
        <translation>rỗng (0 byte): không có gì để đọc. Có lẽ tệp chưa được sao chép hoặc tải về đầy đủ.</translation>
    </message>
    <message>
        <source>is an empty ZIP archive: it holds no files.</source>
        <extracomment>gisdesk/io/archive.py:326; gisdesk/io/archive.py:414</extracomment>
        <translation>là tệp nén ZIP rỗng: không chứa tệp nào.</translation>
    </message>
    <message>
        <source>holds no data set that gisdesk can read (it holds: {files}).</source>
        <extracomment>gisdesk/io/archive.py:353</extracomment>
        <translation>không chứa bộ dữ liệu nào gisdesk đọc được (trong tệp có: {files}).</translation>
    </message>
    <message>
        <source>could not be opened ({error}).</source>
        <extracomment>gisdesk/io/archive.py:185; gisdesk/io/archive.py:255; gisdesk/io/shapefile.py:273; gisdesk/io/shapefile.py:466</extracomment>
        <translation>không mở được ({error}).</translation>
    </message>
    <message>
        <source>is not a ZIP archive: it looks like {kind}.</source>
        <extracomment>gisdesk/io/archive.py:278</extracomment>
        <translation>không phải tệp nén ZIP: tệp có vẻ là {kind}.</translation>
    </message>
    <message>
        <source>could not be read as a ZIP archive ({error}).</source>
        <extracomment>gisdesk/io/archive.py:280</extracomment>
        <translation>không đọc được dưới dạng tệp nén ZIP ({error}).</translation>
    </message>
    <message>
        <source>holds only files with unsafe paths (absolute or containing '..'); nothing was unpacked.</source>
        <extracomment>gisdesk/io/archive.py:324</extracomment>
        <translation>chỉ chứa các tệp có đường dẫn không an toàn (đường dẫn tuyệt đối hoặc có '..'); không giải nén gì cả.</translation>
    </message>
    <message>
        <source>{zip}: {n} file(s) in the archive have unsafe paths (absolute or with '..', for example {example!r}) and were not unpacked.</source>
        <extracomment>gisdesk/io/archive.py:408</extracomment>
        <translation>{zip}: {n} tệp trong tệp nén có đường dẫn không an toàn (đường dẫn tuyệt đối hoặc có '..', ví dụ {example!r}) nên không được giải nén.</translation>
    </message>
    <message>
        <source>is password-protected ({member!r}); gisdesk cannot open encrypted archives. Please unpack it with the password and open the files inside.</source>
        <extracomment>gisdesk/io/archive.py:425</extracomment>
        <translation>được bảo vệ bằng mật khẩu ({member!r}); gisdesk không mở được tệp nén mã hóa. Hãy giải nén bằng mật khẩu rồi mở các tệp bên trong.</translation>
    </message>
    <message>
        <source>would unpack to {size}, more than the {limit} allowed (the archive itself is {zip_size}); it was not unpacked. If the data really is that large, unpack it yourself and open the files directly.</source>
        <extracomment>gisdesk/io/archive.py:432</extracomment>
        <translation>sẽ bung ra {size}, vượt mức cho phép {limit} (bản thân tệp nén là {zip_size}); tệp không được giải nén. Nếu dữ liệu thật sự lớn như vậy, hãy tự giải nén rồi mở trực tiếp các tệp.</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <extracomment>gisdesk/io/archive.py:477</extracomment>
        <translation>{n} byte</translation>
    </message>
    <message>
        <source>is a damaged ZIP archive: its table of contents cannot be read (it was probably not copied or downloaded completely). Ask for a new copy.</source>
        <extracomment>gisdesk/io/archive.py:275</extracomment>
        <translation>là tệp nén ZIP bị hỏng: không đọc được mục lục của tệp (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Hãy xin một bản sao mới.</translation>
    </message>
    <message>
        <source>holds no file called {member!r}.</source>
        <extracomment>gisdesk/io/archive.py:419</extracomment>
        <translation>không chứa tệp nào tên {member!r}.</translation>
    </message>
    <message>
        <source>needs {size} to unpack but the temporary folder has only {free} free; it was not unpacked.</source>
        <extracomment>gisdesk/io/archive.py:443</extracomment>
        <translation>cần {size} để giải nén nhưng thư mục tạm chỉ còn trống {free}; tệp không được giải nén.</translation>
    </message>
    <message>
        <source>Unpacked {n} file(s) from {zip} into a temporary folder.</source>
        <extracomment>gisdesk/io/archive.py:468</extracomment>
        <translation>Đã giải nén {n} tệp từ {zip} vào một thư mục tạm.</translation>
    </message>
    <message>
        <source>is damaged: {member!r} inside it cannot be unpacked ({error}). It was probably not copied or downloaded completely; ask for a new copy.</source>
        <extracomment>gisdesk/io/archive.py:458</extracomment>
        <translation>bị hỏng: không giải nén được {member!r} bên trong ({error}). Có lẽ tệp chưa được sao chép hoặc tải về đầy đủ; hãy xin một bản sao mới.</translation>
    </message>
    <message>
        <source>uses a compression method gisdesk cannot unpack for {member!r} ({error}).</source>
        <extracomment>gisdesk/io/archive.py:464</extracomment>
        <translation>dùng phương thức nén mà gisdesk không giải nén được cho {member!r} ({error}).</translation>
    </message>
    <message>
        <source>Service requests ({name})</source>
        <extracomment>gisdesk/io/city_layers.py:278</extracomment>
        <translation>Phản ánh ({name})</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <extracomment>gisdesk/io/city_layers.py:289; gisdesk/io/city_layers.py:287</extracomment>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>layer {name!r} has neither data nor source</source>
        <extracomment>gisdesk/io/city_layers.py:51; gisdesk/io/readers.py:118; gisdesk/io/sensor_layers.py:99</extracomment>
        <translation>lớp {name!r} không có dữ liệu cũng không có nguồn</translation>
    </message>
    <message>
        <source>the feed could not be read: {failure}. There is no local copy to show instead.</source>
        <extracomment>gisdesk/io/city_layers.py:173</extracomment>
        <translation>không đọc được nguồn cấp dữ liệu: {failure}. Không có bản sao cục bộ nào để hiển thị thay thế.</translation>
    </message>
    <message>
        <source>there is no local copy of this feed at {path}; sync the feed (Layer &gt; Add Open311 feed…) to download it.</source>
        <extracomment>gisdesk/io/city_layers.py:176</extracomment>
        <translation>không có bản sao cục bộ của nguồn cấp dữ liệu này tại {path}; hãy đồng bộ nguồn cấp dữ liệu (Lớp &gt; Thêm nguồn cấp dữ liệu Open311…) để tải về.</translation>
    </message>
    <message>
        <source>layer {name!r} is not an Open311 feed layer</source>
        <extracomment>gisdesk/io/city_layers.py:252</extracomment>
        <translation>lớp {name!r} không phải lớp nguồn cấp dữ liệu Open311</translation>
    </message>
    <message>
        <source>The feed could not be read: {failure}. The local copy of {when} ({n:,} requests) is shown instead; sync again later.</source>
        <extracomment>gisdesk/io/city_layers.py:304</extracomment>
        <translation>Không đọc được nguồn cấp dữ liệu: {failure}. Đang hiển thị bản sao cục bộ thay thế (cập nhật lúc: {when}; {n:,} phản ánh); hãy đồng bộ lại sau.</translation>
    </message>
    <message>
        <source>{k:,} of {n:,} requests have no location; they are in the table but not on the map.</source>
        <extracomment>gisdesk/io/city_layers.py:317</extracomment>
        <translation>{k:,}/{n:,} phản ánh không có vị trí; các phản ánh này có trong bảng nhưng không hiện trên bản đồ.</translation>
    </message>
    <message>
        <source>the saved column mapping is not valid ({error})</source>
        <extracomment>gisdesk/io/city_layers.py:64</extracomment>
        <translation>cách ghép cột đã lưu không hợp lệ ({error})</translation>
    </message>
    <message>
        <source>the downloaded requests could not be saved in the local copy ({problem})</source>
        <extracomment>gisdesk/io/city_layers.py:170</extracomment>
        <translation>không lưu được các phản ánh vừa tải về vào bản sao cục bộ ({problem})</translation>
    </message>
    <message>
        <source>Opened the local copy of {when} ({n:,} requests) without connecting to the feed; sync the feed to fetch what changed since.</source>
        <extracomment>gisdesk/io/city_layers.py:308</extracomment>
        <translation>Đã mở bản sao cục bộ (cập nhật lúc: {when}; {n:,} phản ánh) mà không kết nối tới nguồn cấp dữ liệu; hãy đồng bộ để lấy những thay đổi từ đó đến nay.</translation>
    </message>
    <message>
        <source>x {minx} to {maxx}, y {miny} to {maxy}</source>
        <extracomment>gisdesk/io/crs_doctor.py:158</extracomment>
        <translation>x từ {minx} đến {maxx}, y từ {miny} đến {maxy}</translation>
    </message>
    <message>
        <source>{west} to {east}, {south} to {north}</source>
        <extracomment>gisdesk/io/crs_doctor.py:172</extracomment>
        <translation>{west} đến {east}, {south} đến {north}</translation>
    </message>
    <message>
        <source>{name} (no EPSG code)</source>
        <extracomment>gisdesk/io/crs_doctor.py:304</extracomment>
        <translation>{name} (không có mã EPSG)</translation>
    </message>
    <message>
        <source>The coordinates do not fit the declared CRS {label}: it is meant for {area}, but under it the data ({xy}) would lie at {at}. The file's CRS is probably wrong; check where the data should be.</source>
        <extracomment>gisdesk/io/crs_doctor.py:540</extracomment>
        <translation>Tọa độ không khớp với hệ tọa độ khai báo {label}: hệ này dùng cho {area}, nhưng theo hệ này dữ liệu ({xy}) sẽ nằm ở {at}. Có lẽ hệ tọa độ của tệp bị sai; hãy kiểm tra dữ liệu đáng lẽ nằm ở đâu.</translation>
    </message>
    <message>
        <source>a VN-2000 grid (Transverse Mercator, central meridian {lon0:g}°E, scale {k:g}, false easting {easting:,.0f} m)</source>
        <extracomment>gisdesk/io/crs_doctor.py:579</extracomment>
        <translation>một lưới VN-2000 (Transverse Mercator, kinh tuyến trục {lon0:g}°Đ, hệ số tỷ lệ {k:g}, số cộng thêm hướng đông {easting:,.0f} m)</translation>
    </message>
    <message>
        <source>This .prj declares {grid} on the VN-2000 datum, but with a shift to WGS 84 that is missing or differs from the official one: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.</source>
        <extracomment>gisdesk/io/crs_doctor.py:589</extracomment>
        <translation>Tệp .prj này khai báo {grid} trên hệ quy chiếu VN-2000, nhưng tham số chuyển sang WGS 84 bị thiếu hoặc khác tham số chính thức: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.</translation>
    </message>
    <message>
        <source>This CRS declares {grid} on the VN-2000 datum, but with a shift to WGS 84 that is missing or differs from the official one: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.</source>
        <extracomment>gisdesk/io/crs_doctor.py:593</extracomment>
        <translation>Hệ tọa độ này khai báo {grid} trên hệ quy chiếu VN-2000, nhưng tham số chuyển sang WGS 84 bị thiếu hoặc khác tham số chính thức: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.</translation>
    </message>
    <message>
        <source>This .prj puts {grid} on the {datum} datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.</source>
        <extracomment>gisdesk/io/crs_doctor.py:597</extracomment>
        <translation>Tệp .prj này đặt {grid} trên hệ quy chiếu {datum}: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.</translation>
    </message>
    <message>
        <source>This CRS puts {grid} on the {datum} datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.</source>
        <extracomment>gisdesk/io/crs_doctor.py:601</extracomment>
        <translation>Hệ tọa độ này đặt {grid} trên hệ quy chiếu {datum}: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.</translation>
    </message>
    <message>
        <source>This .prj puts {grid} on an unknown datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.</source>
        <extracomment>gisdesk/io/crs_doctor.py:605</extracomment>
        <translation>Tệp .prj này đặt {grid} trên một hệ quy chiếu không rõ: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.</translation>
    </message>
    <message>
        <source>This CRS puts {grid} on an unknown datum: positions will be about {shift:,.0f} m off {at}. The CRS was kept as declared; the matching VN-2000 CRS is {suggested}: set it if the coordinates were measured in VN-2000.</source>
        <extracomment>gisdesk/io/crs_doctor.py:609</extracomment>
        <translation>Hệ tọa độ này đặt {grid} trên một hệ quy chiếu không rõ: vị trí sẽ lệch khoảng {shift:,.0f} m {at}. Hệ tọa độ được giữ như khai báo; hệ VN-2000 tương ứng là {suggested}: hãy đặt hệ này nếu tọa độ được đo theo VN-2000.</translation>
    </message>
    <message>
        <source>{v:.2f}°E</source>
        <extracomment>gisdesk/io/crs_doctor.py:163</extracomment>
        <translation>{v:.2f}°Đ</translation>
    </message>
    <message>
        <source>{v:.2f}°W</source>
        <extracomment>gisdesk/io/crs_doctor.py:163</extracomment>
        <translation>{v:.2f}°T</translation>
    </message>
    <message>
        <source>{v:.2f}°N</source>
        <extracomment>gisdesk/io/crs_doctor.py:167</extracomment>
        <translation>{v:.2f}°B</translation>
    </message>
    <message>
        <source>{v:.2f}°S</source>
        <extracomment>gisdesk/io/crs_doctor.py:167</extracomment>
        <translation>{v:.2f}°N</translation>
    </message>
    <message>
        <source>no CRS</source>
        <extracomment>gisdesk/io/crs_doctor.py:300</extracomment>
        <translation>không có hệ tọa độ</translation>
    </message>
    <message>
        <source>The coordinates do not fit the declared CRS {label}: it is meant for {area} ({area_name}), but under it the data ({xy}) would lie at {at}. The file's CRS is probably wrong; check where the data should be.</source>
        <extracomment>gisdesk/io/crs_doctor.py:537</extracomment>
        <translation>Tọa độ không khớp với hệ tọa độ khai báo {label}: hệ này dùng cho {area} ({area_name}), nhưng theo hệ này dữ liệu ({xy}) sẽ nằm ở {at}. Có lẽ hệ tọa độ của tệp bị sai; hãy kiểm tra dữ liệu đáng lẽ nằm ở đâu.</translation>
    </message>
    <message>
        <source>at the data's centre</source>
        <extracomment>gisdesk/io/crs_doctor.py:558</extracomment>
        <translation>ở tâm dữ liệu</translation>
    </message>
    <message>
        <source>at Huế's latitude</source>
        <extracomment>gisdesk/io/crs_doctor.py:561</extracomment>
        <translation>ở vĩ độ của Huế</translation>
    </message>
    <message>
        <source>at Huế</source>
        <extracomment>gisdesk/io/crs_doctor.py:578</extracomment>
        <translation>ở Huế</translation>
    </message>
    <message>
        <source>There are no usable coordinates to work out the CRS from.</source>
        <extracomment>gisdesk/io/crs_doctor.py:438</extracomment>
        <translation>Không có tọa độ dùng được để suy ra hệ tọa độ.</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) are not real positions, so the CRS cannot be worked out.</source>
        <extracomment>gisdesk/io/crs_doctor.py:442</extracomment>
        <translation>Tọa độ ({xy}) không phải vị trí thực, nên không suy ra được hệ tọa độ.</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) fit longitude/latitude in degrees around Huế, so they look like WGS 84 (EPSG:4326).</source>
        <extracomment>gisdesk/io/crs_doctor.py:447</extracomment>
        <translation>Tọa độ ({xy}) khớp với kinh độ/vĩ độ tính bằng độ quanh Huế, nên có vẻ là WGS 84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) fit longitude/latitude in degrees, so they look like WGS 84 (EPSG:4326).</source>
        <extracomment>gisdesk/io/crs_doctor.py:450</extracomment>
        <translation>Tọa độ ({xy}) khớp với kinh độ/vĩ độ tính bằng độ, nên có vẻ là WGS 84 (EPSG:4326).</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) are not longitude/latitude degrees and do not fall in Vietnam under VN-2000 / TM-3 107-00, UTM 48N or UTM 49N, so they could not be placed. Set the layer's CRS by hand.</source>
        <extracomment>gisdesk/io/crs_doctor.py:463</extracomment>
        <translation>Tọa độ ({xy}) không phải kinh độ/vĩ độ tính bằng độ và không rơi vào Việt Nam theo VN-2000 / TM-3 107-00, UTM 48N hay UTM 49N, nên không xác định được vị trí. Hãy đặt hệ tọa độ cho lớp bằng tay.</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) look like {name} ({code}) around Huế ({lonlat}).</source>
        <extracomment>gisdesk/io/crs_doctor.py:473</extracomment>
        <translation>Tọa độ ({xy}) có vẻ là {name} ({code}), nằm quanh Huế ({lonlat}).</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) look like {name} ({code}) in Vietnam ({lonlat}).</source>
        <extracomment>gisdesk/io/crs_doctor.py:475</extracomment>
        <translation>Tọa độ ({xy}) có vẻ là {name} ({code}), nằm trong Việt Nam ({lonlat}).</translation>
    </message>
    <message>
        <source>Other provinces' TM-3 grids (another central meridian) give numbers of the same size, so data from outside Huế may need another VN-2000 TM-3 zone.</source>
        <extracomment>gisdesk/io/crs_doctor.py:485</extracomment>
        <translation>Lưới TM-3 của các tỉnh khác (kinh tuyến trục khác) cho số liệu cùng cỡ, nên dữ liệu ngoài Huế có thể cần múi VN-2000 TM-3 khác.</translation>
    </message>
    <message>
        <source>WGS 84 / UTM coordinates (EPSG:32648/32649) look the same but lie about 200-300 m away.</source>
        <extracomment>gisdesk/io/crs_doctor.py:488</extracomment>
        <translation>Tọa độ WGS 84 / UTM (EPSG:32648/32649) trông giống hệt nhưng lệch khoảng 200-300 m.</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) do not fit the declared CRS {label}: they are not longitude/latitude degrees.</source>
        <extracomment>gisdesk/io/crs_doctor.py:510</extracomment>
        <translation>Tọa độ ({xy}) không khớp với hệ tọa độ khai báo {label}: đó không phải kinh độ/vĩ độ tính bằng độ.</translation>
    </message>
    <message>
        <source>The coordinates ({xy}) do not fit the declared CRS {label}: they do not project to positions on Earth.</source>
        <extracomment>gisdesk/io/crs_doctor.py:516</extracomment>
        <translation>Tọa độ ({xy}) không khớp với hệ tọa độ khai báo {label}: chúng không chiếu ra được vị trí trên Trái Đất.</translation>
    </message>
    <message>
        <source>1 feature has absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); it was left out when working out the layer's extent and CRS.</source>
        <extracomment>gisdesk/io/crs_doctor.py:668</extracomment>
        <translation>1 đối tượng có tọa độ vô lý (NaN, vô cực hoặc giá trị 'không có dữ liệu' như -1.797e308); đối tượng này không được tính khi xác định phạm vi và hệ tọa độ của lớp.</translation>
    </message>
    <message>
        <source>{missing}: {reason} This is a guess, check it.</source>
        <extracomment>gisdesk/io/crs_doctor.py:685</extracomment>
        <translation>{missing}: {reason} Đây là phỏng đoán, hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>The CRS declared by the .prj file is equivalent to {label} and is stored as that code.</source>
        <extracomment>gisdesk/io/crs_doctor.py:704</extracomment>
        <translation>Hệ tọa độ khai báo trong tệp .prj tương đương {label} và được lưu theo mã đó.</translation>
    </message>
    <message>
        <source>The CRS declared by the file is equivalent to {label} and is stored as that code.</source>
        <extracomment>gisdesk/io/crs_doctor.py:706</extracomment>
        <translation>Hệ tọa độ khai báo trong tệp tương đương {label} và được lưu theo mã đó.</translation>
    </message>
    <message>
        <source>{others} would also put them in Vietnam; Huế's local TM-3 grid was preferred because Huế's offices use it.</source>
        <extracomment>gisdesk/io/crs_doctor.py:480</extracomment>
        <translation>{others} cũng đặt dữ liệu trong Việt Nam; lưới TM-3 địa phương của Huế được ưu tiên vì các cơ quan ở Huế dùng lưới này.</translation>
    </message>
    <message>
        <source>{others} would also put them in Vietnam.</source>
        <extracomment>gisdesk/io/crs_doctor.py:483</extracomment>
        <translation>{others} cũng đặt dữ liệu trong Việt Nam.</translation>
    </message>
    <message>
        <source>{n:,} features have absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); they were left out when working out the layer's extent and CRS.</source>
        <extracomment>gisdesk/io/crs_doctor.py:671</extracomment>
        <translation>{n:,} đối tượng có tọa độ vô lý (NaN, vô cực hoặc giá trị 'không có dữ liệu' như -1.797e308); các đối tượng này không được tính khi xác định phạm vi và hệ tọa độ của lớp.</translation>
    </message>
    <message>
        <source>Some features have absurd coordinates (NaN, infinity or a 'no data' value such as -1.797e308); they were left out when working out the layer's extent and CRS.</source>
        <extracomment>gisdesk/io/crs_doctor.py:674</extracomment>
        <translation>Một số đối tượng có tọa độ vô lý (NaN, vô cực hoặc giá trị 'không có dữ liệu' như -1.797e308); các đối tượng này không được tính khi xác định phạm vi và hệ tọa độ của lớp.</translation>
    </message>
    <message>
        <source>{missing} and there are no usable coordinates to work it out from; set the layer's CRS by hand.</source>
        <extracomment>gisdesk/io/crs_doctor.py:687</extracomment>
        <translation>{missing} và không có tọa độ dùng được để suy ra; hãy đặt hệ tọa độ cho lớp bằng tay.</translation>
    </message>
    <message>
        <source>{missing}. {reason}</source>
        <extracomment>gisdesk/io/crs_doctor.py:690</extracomment>
        <translation>{missing}. {reason}</translation>
    </message>
    <message>
        <source>The CRS declared by the .prj file is {label}.</source>
        <extracomment>gisdesk/io/crs_doctor.py:708</extracomment>
        <translation>Hệ tọa độ khai báo trong tệp .prj là {label}.</translation>
    </message>
    <message>
        <source>The CRS declared by the file is {label}.</source>
        <extracomment>gisdesk/io/crs_doctor.py:709</extracomment>
        <translation>Hệ tọa độ khai báo trong tệp là {label}.</translation>
    </message>
    <message>
        <source>The CRS declared by the .prj file is {label}; it has no exact EPSG equivalent and is kept as WKT2.</source>
        <extracomment>gisdesk/io/crs_doctor.py:711</extracomment>
        <translation>Hệ tọa độ khai báo trong tệp .prj là {label}; hệ này không có mã EPSG tương đương chính xác nên được giữ dạng WKT2.</translation>
    </message>
    <message>
        <source>The CRS declared by the file is {label}; it has no exact EPSG equivalent and is kept as WKT2.</source>
        <extracomment>gisdesk/io/crs_doctor.py:713</extracomment>
        <translation>Hệ tọa độ khai báo trong tệp là {label}; hệ này không có mã EPSG tương đương chính xác nên được giữ dạng WKT2.</translation>
    </message>
    <message>
        <source>The file declares a CRS that could not be understood ({text!r}); it was ignored.</source>
        <extracomment>gisdesk/io/crs_doctor.py:622</extracomment>
        <translation>Tệp khai báo một hệ tọa độ không hiểu được ({text!r}); khai báo này đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>They look like {label} instead (a guess, check it).</source>
        <extracomment>gisdesk/io/crs_doctor.py:727</extracomment>
        <translation>Tọa độ có vẻ thuộc {label} (phỏng đoán, hãy kiểm tra lại).</translation>
    </message>
    <message>
        <source>The .prj file is an HTML page, not a CRS definition; it was ignored.</source>
        <extracomment>gisdesk/io/crs_doctor.py:631</extracomment>
        <translation>Tệp .prj là một trang HTML, không phải định nghĩa hệ tọa độ; tệp đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>The .prj file is not a CRS definition pyproj can read; it was ignored.</source>
        <extracomment>gisdesk/io/crs_doctor.py:632</extracomment>
        <translation>Tệp .prj không phải định nghĩa hệ tọa độ mà pyproj đọc được; tệp đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>plain ASCII</source>
        <extracomment>gisdesk/io/encoding.py:489</extracomment>
        <translation>ASCII thuần</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, .VnTime fonts)</source>
        <extracomment>gisdesk/io/encoding.py:491</extracomment>
        <translation>TCVN3 (ABC, phông .VnTime)</translation>
    </message>
    <message>
        <source>VNI-Windows (VNI fonts)</source>
        <extracomment>gisdesk/io/encoding.py:492</extracomment>
        <translation>VNI-Windows (phông VNI)</translation>
    </message>
    <message>
        <source>Windows-1258 Vietnamese (cp1258)</source>
        <extracomment>gisdesk/io/encoding.py:493</extracomment>
        <translation>Windows-1258 tiếng Việt (cp1258)</translation>
    </message>
    <message>
        <source>Windows-1252 Western European (cp1252)</source>
        <extracomment>gisdesk/io/encoding.py:494</extracomment>
        <translation>Windows-1252 Tây Âu (cp1252)</translation>
    </message>
    <message>
        <source>ISO-8859-1 Western European (Latin-1)</source>
        <extracomment>gisdesk/io/encoding.py:495</extracomment>
        <translation>ISO-8859-1 Tây Âu (Latin-1)</translation>
    </message>
    <message>
        <source>Windows-1250 Central European (cp1250)</source>
        <extracomment>gisdesk/io/encoding.py:496</extracomment>
        <translation>Windows-1250 Trung Âu (cp1250)</translation>
    </message>
    <message>
        <source>Windows-1251 Cyrillic (cp1251)</source>
        <extracomment>gisdesk/io/encoding.py:497</extracomment>
        <translation>Windows-1251 chữ Kirin (cp1251)</translation>
    </message>
    <message>
        <source>GBK simplified Chinese (cp936)</source>
        <extracomment>gisdesk/io/encoding.py:498</extracomment>
        <translation>GBK tiếng Trung giản thể (cp936)</translation>
    </message>
    <message>
        <source>Big5 traditional Chinese</source>
        <extracomment>gisdesk/io/encoding.py:499</extracomment>
        <translation>Big5 tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>{names} and {n:,} more</source>
        <extracomment>gisdesk/io/encoding.py:1192; gisdesk/io/feeds/sensorthings.py:288</extracomment>
        <translation>{names} và {n:,} mục khác</translation>
    </message>
    <message>
        <source>{source} declares the text encoding {name}.</source>
        <extracomment>gisdesk/io/encoding.py:1229</extracomment>
        <translation>{source} khai báo bảng mã {name}.</translation>
    </message>
    <message>
        <source>The text encoding {declared!r} given by {source} is not one gisdesk knows; it was ignored and the encoding was detected from the text.</source>
        <extracomment>gisdesk/io/encoding.py:1244</extracomment>
        <translation>Bảng mã {declared!r} do {source} khai báo không có trong danh sách gisdesk biết; khai báo này đã bị bỏ qua và bảng mã được nhận diện từ văn bản.</translation>
    </message>
    <message>
        <source>{good:,} of {n:,} distinct non-ASCII values read as sensible text in {name}</source>
        <extracomment>gisdesk/io/encoding.py:948</extracomment>
        <translation>{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành văn bản có nghĩa theo {name}</translation>
    </message>
    <message>
        <source>{n:,} distinct non-ASCII values</source>
        <extracomment>gisdesk/io/encoding.py:1200</extracomment>
        <translation>{n:,} giá trị khác nhau có ký tự ngoài ASCII</translation>
    </message>
    <message>
        <source>{good:,} of {n:,} distinct non-ASCII values read as Vietnamese words in it</source>
        <extracomment>gisdesk/io/encoding.py:1203</extracomment>
        <translation>{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành chữ tiếng Việt theo bảng mã này</translation>
    </message>
    <message>
        <source>{good:,} of {n:,} distinct non-ASCII values read as sensible text in it</source>
        <extracomment>gisdesk/io/encoding.py:1205</extracomment>
        <translation>{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành văn bản có nghĩa theo bảng mã này</translation>
    </message>
    <message>
        <source>The .cpg file declares the text encoding {name}.</source>
        <extracomment>gisdesk/io/encoding.py:1219</extracomment>
        <translation>Tệp .cpg khai báo bảng mã {name}.</translation>
    </message>
    <message>
        <source>The DBF language id {ldid} declares the text encoding {name}.</source>
        <extracomment>gisdesk/io/encoding.py:1224</extracomment>
        <translation>Mã ngôn ngữ {ldid} của tệp DBF khai báo bảng mã {name}.</translation>
    </message>
    <message>
        <source>The file declares the text encoding {name}.</source>
        <extracomment>gisdesk/io/encoding.py:1226</extracomment>
        <translation>Tệp khai báo bảng mã {name}.</translation>
    </message>
    <message>
        <source>The {ext} file declares the text encoding {name}.</source>
        <extracomment>gisdesk/io/encoding.py:1228</extracomment>
        <translation>Tệp {ext} khai báo bảng mã {name}.</translation>
    </message>
    <message>
        <source>The text encoding {declared!r} you chose is not one gisdesk knows; it was ignored and the encoding was detected from the text.</source>
        <extracomment>gisdesk/io/encoding.py:1235</extracomment>
        <translation>Bảng mã {declared!r} bạn chọn không có trong danh sách gisdesk biết; lựa chọn này đã bị bỏ qua và bảng mã được nhận diện từ văn bản.</translation>
    </message>
    <message>
        <source>The text encoding {declared!r} given by the DBF language id {ldid} is not one gisdesk knows; it was ignored and the encoding was detected from the text.</source>
        <extracomment>gisdesk/io/encoding.py:1238</extracomment>
        <translation>Bảng mã {declared!r} theo mã ngôn ngữ {ldid} của tệp DBF không có trong danh sách gisdesk biết; khai báo này đã bị bỏ qua và bảng mã được nhận diện từ văn bản.</translation>
    </message>
    <message>
        <source>The text encoding {declared!r} given by the file is not one gisdesk knows; it was ignored and the encoding was detected from the text.</source>
        <extracomment>gisdesk/io/encoding.py:1242</extracomment>
        <translation>Bảng mã {declared!r} do tệp khai báo không có trong danh sách gisdesk biết; khai báo này đã bị bỏ qua và bảng mã được nhận diện từ văn bản.</translation>
    </message>
    <message>
        <source>all values are plain ASCII, which reads the same in every encoding</source>
        <extracomment>gisdesk/io/encoding.py:883</extracomment>
        <translation>mọi giá trị đều là ASCII thuần, đọc theo bảng mã nào cũng như nhau</translation>
    </message>
    <message>
        <source>no text values</source>
        <extracomment>gisdesk/io/encoding.py:884</extracomment>
        <translation>không có giá trị văn bản</translation>
    </message>
    <message>
        <source>declared {name}</source>
        <extracomment>gisdesk/io/encoding.py:890</extracomment>
        <translation>khai báo {name}</translation>
    </message>
    <message>
        <source>declared UTF-8, but {bad:,} of {n:,} distinct non-ASCII values are not valid UTF-8</source>
        <extracomment>gisdesk/io/encoding.py:921</extracomment>
        <translation>khai báo UTF-8, nhưng {bad:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII không phải UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>{good:,} of {n:,} distinct non-ASCII values read as Vietnamese words in {name}</source>
        <extracomment>gisdesk/io/encoding.py:946</extracomment>
        <translation>{good:,}/{n:,} giá trị khác nhau có ký tự ngoài ASCII đọc thành chữ tiếng Việt theo {name}</translation>
    </message>
    <message>
        <source>but only {good:,} of {n:,} values read well in it ({bad:,} are not even valid there)</source>
        <extracomment>gisdesk/io/encoding.py:967</extracomment>
        <translation>nhưng chỉ {good:,}/{n:,} giá trị đọc tốt theo bảng mã đó ({bad:,} giá trị thậm chí không hợp lệ)</translation>
    </message>
    <message>
        <source>but only {good:,} of {n:,} values read well in it</source>
        <extracomment>gisdesk/io/encoding.py:970</extracomment>
        <translation>nhưng chỉ {good:,}/{n:,} giá trị đọc tốt theo bảng mã đó</translation>
    </message>
    <message>
        <source>next best: {name}, with {good:,} of {n:,}</source>
        <extracomment>gisdesk/io/encoding.py:977; gisdesk/io/encoding.py:1208</extracomment>
        <translation>đứng thứ hai: {name}, với {good:,}/{n:,}</translation>
    </message>
    <message>
        <source>The DBF language id declares the text encoding {name}.</source>
        <extracomment>gisdesk/io/encoding.py:1223</extracomment>
        <translation>Mã ngôn ngữ của tệp DBF khai báo bảng mã {name}.</translation>
    </message>
    <message>
        <source>Column {column}: {n:,} value contains the Icelandic letter Ð/ð (U+00D0/U+00F0). In Vietnamese text this stands for Đ/đ (U+0110/U+0111), but the column is not clearly Vietnamese, so the values were left unchanged; searches for “Đ” will not find them.</source>
        <extracomment>gisdesk/io/encoding.py:1314</extracomment>
        <translation>Cột {column}: {n:,} giá trị chứa chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0). Trong văn bản tiếng Việt, chữ này thay cho Đ/đ (U+0110/U+0111), nhưng cột không rõ là tiếng Việt, nên các giá trị được giữ nguyên; tìm “Đ” sẽ không thấy chúng.</translation>
    </message>
    <message>
        <source>Column {column}: {n:,} values contain the Icelandic letter Ð/ð (U+00D0/U+00F0). In Vietnamese text this stands for Đ/đ (U+0110/U+0111), but the column is not clearly Vietnamese, so the values were left unchanged; searches for “Đ” will not find them.</source>
        <extracomment>gisdesk/io/encoding.py:1318</extracomment>
        <translation>Cột {column}: {n:,} giá trị chứa chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0). Trong văn bản tiếng Việt, chữ này thay cho Đ/đ (U+0110/U+0111), nhưng cột không rõ là tiếng Việt, nên các giá trị được giữ nguyên; tìm “Đ” sẽ không thấy chúng.</translation>
    </message>
    <message>
        <source>All text ({names}) is plain ASCII, which reads the same in every encoding.</source>
        <extracomment>gisdesk/io/encoding.py:1495</extracomment>
        <translation>Toàn bộ văn bản ({names}) là ASCII thuần, đọc theo bảng mã nào cũng như nhau.</translation>
    </message>
    <message>
        <source>the attribute file could not be opened ({error})</source>
        <extracomment>gisdesk/io/encoding.py:482</extracomment>
        <translation>không mở được tệp thuộc tính ({error})</translation>
    </message>
    <message>
        <source>Column {column}: {n:,} value used the Icelandic letter Ð/ð (U+00D0/U+00F0) in Vietnamese words where Vietnamese uses Đ/đ (U+0110/U+0111), probably from an old font or converter; they were corrected so that searches and joins on names like “Đông” find them.</source>
        <extracomment>gisdesk/io/encoding.py:1301</extracomment>
        <translation>Cột {column}: {n:,} giá trị dùng chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0) trong từ tiếng Việt, thay cho Đ/đ (U+0110/U+0111), có lẽ do phông chữ hoặc công cụ chuyển mã cũ; các giá trị đã được sửa để tìm kiếm và ghép nối theo tên như “Đông” tìm thấy chúng.</translation>
    </message>
    <message>
        <source>Column {column}: {n:,} values used the Icelandic letter Ð/ð (U+00D0/U+00F0) in Vietnamese words where Vietnamese uses Đ/đ (U+0110/U+0111), probably from an old font or converter; they were corrected so that searches and joins on names like “Đông” find them.</source>
        <extracomment>gisdesk/io/encoding.py:1305</extracomment>
        <translation>Cột {column}: {n:,} giá trị dùng chữ Ð/ð của tiếng Iceland (U+00D0/U+00F0) trong từ tiếng Việt, thay cho Đ/đ (U+0110/U+0111), có lẽ do phông chữ hoặc công cụ chuyển mã cũ; các giá trị đã được sửa để tìm kiếm và ghép nối theo tên như “Đông” tìm thấy chúng.</translation>
    </message>
    <message>
        <source>chosen by the user ({good:,} of {n:,} values read well in it; the text itself suggests {name})</source>
        <extracomment>gisdesk/io/encoding.py:1399</extracomment>
        <translation>do người dùng chọn ({good:,}/{n:,} giá trị đọc tốt theo bảng mã này; bản thân văn bản gợi ý {name})</translation>
    </message>
    <message>
        <source>The text encoding {name} was chosen by hand.</source>
        <extracomment>gisdesk/io/encoding.py:1487</extracomment>
        <translation>Bảng mã {name} do người dùng tự chọn.</translation>
    </message>
    <message>
        <source>No text encoding was declared for this file (no usable .cpg file and no language id in the .dbf), so it is worked out from the text itself.</source>
        <extracomment>gisdesk/io/encoding.py:1492</extracomment>
        <translation>Tệp này không khai báo bảng mã (không có tệp .cpg dùng được và tệp .dbf không có mã ngôn ngữ), nên bảng mã được suy ra từ chính văn bản.</translation>
    </message>
    <message>
        <source>The encoding of column {column} is uncertain (confidence {confidence:.2f}): {reason}. Check the text; if it looks wrong, reopen the file choosing the encoding by hand.</source>
        <extracomment>gisdesk/io/encoding.py:1533</extracomment>
        <translation>Bảng mã của cột {column} chưa chắc chắn (độ tin cậy {confidence:.2f}): {reason}. Hãy kiểm tra văn bản; nếu thấy sai, hãy mở lại tệp và tự chọn bảng mã.</translation>
    </message>
    <message>
        <source>{n:,} value in {names} could not be decoded cleanly; the bytes that make no sense in the encoding used were replaced with “�”.</source>
        <extracomment>gisdesk/io/encoding.py:1539</extracomment>
        <translation>{n:,} giá trị trong {names} không giải mã trọn vẹn được; các byte vô nghĩa theo bảng mã đã dùng được thay bằng “�”.</translation>
    </message>
    <message>
        <source>{n:,} values in {names} could not be decoded cleanly; the bytes that make no sense in the encoding used were replaced with “�”.</source>
        <extracomment>gisdesk/io/encoding.py:1542</extracomment>
        <translation>{n:,} giá trị trong {names} không giải mã trọn vẹn được; các byte vô nghĩa theo bảng mã đã dùng được thay bằng “�”.</translation>
    </message>
    <message>
        <source>{n:,} value in capitals used TCVN3's small-letter codes for accented capitals (the .VnTimeH font convention, e.g. “HUế”); those letters were made capitals (“HUẾ”).</source>
        <extracomment>gisdesk/io/encoding.py:1547</extracomment>
        <translation>{n:,} giá trị viết hoa dùng mã chữ thường của TCVN3 cho chữ hoa có dấu (quy ước của phông .VnTimeH, ví dụ “HUế”); các chữ đó đã được chuyển thành chữ hoa (“HUẾ”).</translation>
    </message>
    <message>
        <source>{n:,} values in capitals used TCVN3's small-letter codes for accented capitals (the .VnTimeH font convention, e.g. “HUế”); those letters were made capitals (“HUẾ”).</source>
        <extracomment>gisdesk/io/encoding.py:1550</extracomment>
        <translation>{n:,} giá trị viết hoa dùng mã chữ thường của TCVN3 cho chữ hoa có dấu (quy ước của phông .VnTimeH, ví dụ “HUế”); các chữ đó đã được chuyển thành chữ hoa (“HUẾ”).</translation>
    </message>
    <message>
        <source>{n:,} value in {names} was in decomposed Unicode (NFD-style: tone marks stored as separate combining characters, as some keyboards and converters write them) and was normalised to NFC, so that they match in joins and searches.</source>
        <extracomment>gisdesk/io/encoding.py:1630</extracomment>
        <translation>{n:,} giá trị trong {names} ở dạng Unicode tổ hợp rời (kiểu NFD: dấu thanh lưu thành ký tự kết hợp riêng, như một số bộ gõ và công cụ chuyển mã tạo ra) và đã được chuẩn hóa về NFC để khớp khi ghép nối và tìm kiếm.</translation>
    </message>
    <message>
        <source>{n:,} values in {names} were in decomposed Unicode (NFD-style: tone marks stored as separate combining characters, as some keyboards and converters write them) and were normalised to NFC, so that they match in joins and searches.</source>
        <extracomment>gisdesk/io/encoding.py:1633</extracomment>
        <translation>{n:,} giá trị trong {names} ở dạng Unicode tổ hợp rời (kiểu NFD: dấu thanh lưu thành ký tự kết hợp riêng, như một số bộ gõ và công cụ chuyển mã tạo ra) và đã được chuẩn hóa về NFC để khớp khi ghép nối và tìm kiếm.</translation>
    </message>
    <message>
        <source>{n:,} value in {names} was not in composed Unicode (NFC) and was normalised to NFC, so that they match in joins and searches.</source>
        <extracomment>gisdesk/io/encoding.py:1637</extracomment>
        <translation>{n:,} giá trị trong {names} không ở dạng Unicode dựng sẵn (NFC) và đã được chuẩn hóa về NFC để khớp khi ghép nối và tìm kiếm.</translation>
    </message>
    <message>
        <source>{n:,} values in {names} were not in composed Unicode (NFC) and were normalised to NFC, so that they match in joins and searches.</source>
        <extracomment>gisdesk/io/encoding.py:1639</extracomment>
        <translation>{n:,} giá trị trong {names} không ở dạng Unicode dựng sẵn (NFC) và đã được chuẩn hóa về NFC để khớp khi ghép nối và tìm kiếm.</translation>
    </message>
    <message>
        <source>its reading is as good as UTF-8's ({good:,} of {n:,} values read well)</source>
        <extracomment>gisdesk/io/encoding.py:904</extracomment>
        <translation>đọc theo bảng mã này tốt ngang UTF-8 ({good:,}/{n:,} giá trị đọc tốt)</translation>
    </message>
    <message>
        <source>all {n:,} distinct non-ASCII values are valid UTF-8, which wins over the declared {name}</source>
        <extracomment>gisdesk/io/encoding.py:912</extracomment>
        <translation>cả {n:,} giá trị khác nhau có ký tự ngoài ASCII đều là UTF-8 hợp lệ, nên UTF-8 được chọn thay cho {name} đã khai báo</translation>
    </message>
    <message>
        <source>all {n:,} distinct non-ASCII values are valid UTF-8</source>
        <extracomment>gisdesk/io/encoding.py:915</extracomment>
        <translation>cả {n:,} giá trị khác nhau có ký tự ngoài ASCII đều là UTF-8 hợp lệ</translation>
    </message>
    <message>
        <source>it reads poorly ({how}), but no other encoding reads better, so it was kept</source>
        <extracomment>gisdesk/io/encoding.py:962</extracomment>
        <translation>đọc theo bảng mã này kém ({how}), nhưng không bảng mã nào đọc tốt hơn, nên vẫn giữ bảng mã này</translation>
    </message>
    <message>
        <source>The text in column {names} was decoded as {name}, as chosen ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1507</extracomment>
        <translation>Văn bản trong cột {names} đã được giải mã theo {name} như đã chọn ({reasons}).</translation>
    </message>
    <message>
        <source>The text in columns {names} was decoded as {name}, as chosen ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1509</extracomment>
        <translation>Văn bản trong các cột {names} đã được giải mã theo {name} như đã chọn ({reasons}).</translation>
    </message>
    <message>
        <source>{good:,} of {n:,} values read well in {name}, the encoding the other columns of this file clearly use (own best guess: {own}, confidence {confidence:.2f})</source>
        <extracomment>gisdesk/io/encoding.py:1409</extracomment>
        <translation>{good:,}/{n:,} giá trị đọc tốt theo {name}, bảng mã mà các cột khác của tệp rõ ràng đang dùng (phỏng đoán riêng của cột: {own}, độ tin cậy {confidence:.2f})</translation>
    </message>
    <message>
        <source>Column {column} mixes encodings: {n:,} value is UTF-8 while the rest is {name}; each was decoded with its own encoding.</source>
        <extracomment>gisdesk/io/encoding.py:1448</extracomment>
        <translation>Cột {column} lẫn nhiều bảng mã: {n:,} giá trị là UTF-8 còn lại là {name}; mỗi giá trị đã được giải mã theo đúng bảng mã của nó.</translation>
    </message>
    <message>
        <source>Column {column} mixes encodings: {n:,} values are UTF-8 while the rest is {name}; each was decoded with its own encoding.</source>
        <extracomment>gisdesk/io/encoding.py:1451</extracomment>
        <translation>Cột {column} lẫn nhiều bảng mã: {n:,} giá trị là UTF-8 còn lại là {name}; mỗi giá trị đã được giải mã theo đúng bảng mã của nó.</translation>
    </message>
    <message>
        <source>The text in column {names} reads well in the declared {name}, which was used ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1512</extracomment>
        <translation>Văn bản trong cột {names} đọc tốt theo bảng mã khai báo {name}, nên bảng mã này được dùng ({reasons}).</translation>
    </message>
    <message>
        <source>The text in columns {names} reads well in the declared {name}, which was used ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1514</extracomment>
        <translation>Văn bản trong các cột {names} đọc tốt theo bảng mã khai báo {name}, nên bảng mã này được dùng ({reasons}).</translation>
    </message>
    <message>
        <source>The text in column {names} does not read as sensible text in the declared {declared}; it reads as {name}, which was used instead ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1518</extracomment>
        <translation>Văn bản trong cột {names} không đọc ra chữ có nghĩa theo bảng mã khai báo {declared}; văn bản đọc được theo {name}, nên bảng mã này được dùng thay thế ({reasons}).</translation>
    </message>
    <message>
        <source>The text in columns {names} does not read as sensible text in the declared {declared}; it reads as {name}, which was used instead ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1521</extracomment>
        <translation>Văn bản trong các cột {names} không đọc ra chữ có nghĩa theo bảng mã khai báo {declared}; văn bản đọc được theo {name}, nên bảng mã này được dùng thay thế ({reasons}).</translation>
    </message>
    <message>
        <source>The text in column {names} was detected as {name} and decoded with it ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1525</extracomment>
        <translation>Văn bản trong cột {names} được nhận diện là {name} và đã được giải mã theo bảng mã đó ({reasons}).</translation>
    </message>
    <message>
        <source>The text in columns {names} was detected as {name} and decoded with it ({reasons}).</source>
        <extracomment>gisdesk/io/encoding.py:1527</extracomment>
        <translation>Văn bản trong các cột {names} được nhận diện là {name} và đã được giải mã theo bảng mã đó ({reasons}).</translation>
    </message>
    <message>
        <source>the local copy could not be saved ({why}); the previous copy (if any) was left as it was.</source>
        <extracomment>gisdesk/io/feeds/cache.py:51</extracomment>
        <translation>không lưu được bản sao cục bộ ({why}); bản sao trước đó (nếu có) được giữ nguyên.</translation>
    </message>
    <message>
        <source>the local copy is damaged or incomplete ({why}); delete it (or sync again with rebuild=True) to download the feed afresh.</source>
        <extracomment>gisdesk/io/feeds/cache.py:99</extracomment>
        <translation>bản sao cục bộ bị hỏng hoặc không đầy đủ ({why}); hãy xóa nó (hoặc đồng bộ lại với rebuild=True) để tải lại nguồn cấp dữ liệu từ đầu.</translation>
    </message>
    <message>
        <source>it is not a GeoPackage: it may be empty or overwritten</source>
        <extracomment>gisdesk/io/feeds/cache.py:259</extracomment>
        <translation>đây không phải tệp GeoPackage: tệp có thể rỗng hoặc đã bị ghi đè</translation>
    </message>
    <message>
        <source>its database is damaged, perhaps cut short by a crash or a full disk</source>
        <extracomment>gisdesk/io/feeds/cache.py:261</extracomment>
        <translation>cơ sở dữ liệu trong tệp bị hỏng, có thể do bị ngắt giữa chừng vì chương trình gặp sự cố hoặc đĩa đầy</translation>
    </message>
    <message>
        <source>its metadata table is not readable</source>
        <extracomment>gisdesk/io/feeds/cache.py:263</extracomment>
        <translation>không đọc được bảng siêu dữ liệu</translation>
    </message>
    <message>
        <source>permission denied</source>
        <extracomment>gisdesk/io/feeds/cache.py:265; gisdesk/io/readers.py:477</extracomment>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>the local copy does not exist (it has not been synced yet, or it was deleted).</source>
        <extracomment>gisdesk/io/feeds/cache.py:96</extracomment>
        <translation>chưa có bản sao cục bộ (nguồn cấp dữ liệu chưa được đồng bộ lần nào, hoặc bản sao đã bị xóa).</translation>
    </message>
    <message>
        <source>its column list is missing</source>
        <extracomment>gisdesk/io/feeds/cache.py:129</extracomment>
        <translation>thiếu danh sách cột</translation>
    </message>
    <message>
        <source>this GeoPackage is not a gisdesk feed cache (it has no '{table}' table).</source>
        <extracomment>gisdesk/io/feeds/cache.py:107</extracomment>
        <translation>tệp GeoPackage này không phải bản sao nguồn cấp dữ liệu của gisdesk (không có bảng '{table}').</translation>
    </message>
    <message>
        <source>this GeoPackage is not a gisdesk feed cache.</source>
        <extracomment>gisdesk/io/feeds/cache.py:113</extracomment>
        <translation>tệp GeoPackage này không phải bản sao nguồn cấp dữ liệu của gisdesk.</translation>
    </message>
    <message>
        <source>this cache was written by a newer gisdesk; sync again to rebuild it.</source>
        <extracomment>gisdesk/io/feeds/cache.py:115</extracomment>
        <translation>bản sao này được ghi bởi một phiên bản gisdesk mới hơn; hãy đồng bộ lại để tạo lại bản sao.</translation>
    </message>
    <message>
        <source>the table '{layer}' is missing</source>
        <extracomment>gisdesk/io/feeds/cache.py:120</extracomment>
        <translation>thiếu bảng '{layer}'</translation>
    </message>
    <message>
        <source>no content type</source>
        <extracomment>gisdesk/io/feeds/http.py:150; gisdesk/io/feeds/open311.py:983</extracomment>
        <translation>không rõ kiểu nội dung</translation>
    </message>
    <message>
        <source>{ctype}, starting {text!r}</source>
        <extracomment>gisdesk/io/feeds/http.py:152; gisdesk/io/feeds/open311.py:987</extracomment>
        <translation>{ctype}, bắt đầu bằng {text!r}</translation>
    </message>
    <message>
        <source>{ctype}, empty</source>
        <extracomment>gisdesk/io/feeds/http.py:152; gisdesk/io/feeds/open311.py:986</extracomment>
        <translation>{ctype}, rỗng</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} {phrase} (it may be down or overloaded)</source>
        <extracomment>gisdesk/io/feeds/http.py:127</extracomment>
        <translation>máy chủ trả về mã HTTP {code} {phrase} (có thể máy chủ đang ngừng hoạt động hoặc quá tải)</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} {phrase}: {detail}</source>
        <extracomment>gisdesk/io/feeds/http.py:131</extracomment>
        <translation>máy chủ trả về mã HTTP {code} {phrase}: {detail}</translation>
    </message>
    <message>
        <source>the server answered HTTP {code} {phrase}</source>
        <extracomment>gisdesk/io/feeds/http.py:133</extracomment>
        <translation>máy chủ trả về mã HTTP {code} {phrase}</translation>
    </message>
    <message>
        <source>the server did not answer within {s:g} s</source>
        <extracomment>gisdesk/io/feeds/http.py:113</extracomment>
        <translation>máy chủ không phản hồi trong vòng {s:g} giây</translation>
    </message>
    <message>
        <source>the server could not be reached ({reason}); check the address and the network</source>
        <extracomment>gisdesk/io/feeds/http.py:115</extracomment>
        <translation>không kết nối được tới máy chủ ({reason}); hãy kiểm tra địa chỉ và mạng</translation>
    </message>
    <message>
        <source>the connection was dropped while reading ({reason})</source>
        <extracomment>gisdesk/io/feeds/http.py:118</extracomment>
        <translation>kết nối bị ngắt khi đang đọc dữ liệu ({reason})</translation>
    </message>
    <message>
        <source>this is not a valid web address ({e})</source>
        <extracomment>gisdesk/io/feeds/http.py:120</extracomment>
        <translation>đây không phải là địa chỉ web hợp lệ ({e})</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses can be read</source>
        <extracomment>gisdesk/io/feeds/http.py:122</extracomment>
        <translation>chỉ đọc được các địa chỉ bắt đầu bằng http:// hoặc https://</translation>
    </message>
    <message>
        <source>the request failed ({reason})</source>
        <extracomment>gisdesk/io/feeds/http.py:124</extracomment>
        <translation>yêu cầu không thành công ({reason})</translation>
    </message>
    <message>
        <source>the server sent something that is not valid JSON ({what})</source>
        <extracomment>gisdesk/io/feeds/http.py:145; gisdesk/io/feeds/open311.py:1002</extracomment>
        <translation>máy chủ gửi về dữ liệu không phải JSON hợp lệ ({what})</translation>
    </message>
    <message>
        <source>the response is larger than {mb:,} MB; it was not read (ask for a shorter period or fewer items)</source>
        <extracomment>gisdesk/io/feeds/http.py:107</extracomment>
        <translation>dữ liệu trả về lớn hơn {mb:,} MB nên không được đọc (hãy yêu cầu một khoảng thời gian ngắn hơn hoặc ít mục hơn)</translation>
    </message>
    <message>
        <source>the server's answer is not a list of service requests (it is a JSON object with keys {keys}).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1028</extracomment>
        <translation>câu trả lời của máy chủ không phải danh sách phản ánh (đó là một đối tượng JSON có các khóa {keys}).</translation>
    </message>
    <message>
        <source>the server's answer is not a list of services (it is a JSON object with keys {keys}).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1030</extracomment>
        <translation>câu trả lời của máy chủ không phải danh sách dịch vụ (đó là một đối tượng JSON có các khóa {keys}).</translation>
    </message>
    <message>
        <source>the server's answer is not a list of service requests (it is a JSON {type}).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1031</extracomment>
        <translation>câu trả lời của máy chủ không phải danh sách phản ánh (đó là một giá trị JSON kiểu {type}).</translation>
    </message>
    <message>
        <source>the server's answer is not a list of services (it is a JSON {type}).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1032</extracomment>
        <translation>câu trả lời của máy chủ không phải danh sách dịch vụ (đó là một giá trị JSON kiểu {type}).</translation>
    </message>
    <message>
        <source>the server's answer is not a list of service requests (its items are not key/value objects).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1033</extracomment>
        <translation>câu trả lời của máy chủ không phải danh sách phản ánh (các phần tử không phải đối tượng khóa/giá trị).</translation>
    </message>
    <message>
        <source>the server's answer is not a list of services (its items are not key/value objects).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1035</extracomment>
        <translation>câu trả lời của máy chủ không phải danh sách dịch vụ (các phần tử không phải đối tượng khóa/giá trị).</translation>
    </message>
    <message>
        <source>the server's XML is not a list of service requests (its root element is &lt;{root}&gt;, not &lt;{expected}&gt;).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1036</extracomment>
        <translation>dữ liệu XML của máy chủ không phải danh sách phản ánh (phần tử gốc là &lt;{root}&gt;, không phải &lt;{expected}&gt;).</translation>
    </message>
    <message>
        <source>the server's XML is not a list of services (its root element is &lt;{root}&gt;, not &lt;{expected}&gt;).</source>
        <extracomment>gisdesk/io/feeds/open311.py:1038</extracomment>
        <translation>dữ liệu XML của máy chủ không phải danh sách dịch vụ (phần tử gốc là &lt;{root}&gt;, không phải &lt;{expected}&gt;).</translation>
    </message>
    <message>
        <source>The local copy ({n:,} requests) was kept unchanged.</source>
        <extracomment>gisdesk/io/feeds/open311.py:1227</extracomment>
        <translation>Bản sao cục bộ ({n:,} phản ánh) được giữ nguyên.</translation>
    </message>
    <message>
        <source>The local copy now holds {n:,} requests: {added:,} new and {updated:,} updated in this sync.</source>
        <extracomment>gisdesk/io/feeds/open311.py:358</extracomment>
        <translation>Bản sao cục bộ hiện có {n:,} phản ánh: lần đồng bộ này thêm {added:,} phản ánh mới và cập nhật {updated:,} phản ánh.</translation>
    </message>
    <message>
        <source>no description</source>
        <extracomment>gisdesk/io/feeds/open311.py:1073; gisdesk/io/feeds/open311.py:1059</extracomment>
        <translation>không có mô tả</translation>
    </message>
    <message>
        <source>{n:,} minute</source>
        <extracomment>gisdesk/io/feeds/open311.py:1201</extracomment>
        <translation>{n:,} phút</translation>
    </message>
    <message>
        <source>{n:,} minutes</source>
        <extracomment>gisdesk/io/feeds/open311.py:1201</extracomment>
        <translation>{n:,} phút</translation>
    </message>
    <message>
        <source>The local copy ({n:,} requests, last synced {when}) was kept unchanged.</source>
        <extracomment>gisdesk/io/feeds/open311.py:1225</extracomment>
        <translation>Bản sao cục bộ ({n:,} phản ánh, đồng bộ lần cuối lúc {when}) được giữ nguyên.</translation>
    </message>
    <message>
        <source>the end ({end}) must be after the start ({start})</source>
        <extracomment>gisdesk/io/feeds/open311.py:236</extracomment>
        <translation>thời điểm kết thúc ({end}) phải sau thời điểm bắt đầu ({start})</translation>
    </message>
    <message>
        <source>Read {n:,} service requests from {source} in {calls:,} call covering {start} to {end}.</source>
        <extracomment>gisdesk/io/feeds/open311.py:259</extracomment>
        <translation>Đã đọc {n:,} phản ánh từ {source} qua {calls:,} lần gọi, trong khoảng từ {start} đến {end}.</translation>
    </message>
    <message>
        <source>Read {n:,} service requests from {source} in {calls:,} calls covering {start} to {end}.</source>
        <extracomment>gisdesk/io/feeds/open311.py:261</extracomment>
        <translation>Đã đọc {n:,} phản ánh từ {source} qua {calls:,} lần gọi, trong khoảng từ {start} đến {end}.</translation>
    </message>
    <message>
        <source>The local copy is already up to date; nothing was asked of the server.</source>
        <extracomment>gisdesk/io/feeds/open311.py:331</extracomment>
        <translation>Bản sao cục bộ đã được cập nhật đầy đủ; không cần gửi yêu cầu nào tới máy chủ.</translation>
    </message>
    <message>
        <source>From {start} to {end} the server returned its limit of {limit:,} requests even for a window of {duration}, and paging with 'page' was turned off: some requests of that period may be missing.</source>
        <extracomment>gisdesk/io/feeds/open311.py:844</extracomment>
        <translation>Từ {start} đến {end}, máy chủ trả về đủ số phản ánh tối đa ({limit:,}) ngay cả với khoảng {duration}, và việc đọc theo trang bằng 'page' đã bị tắt: có thể thiếu một số phản ánh trong khoảng thời gian đó.</translation>
    </message>
    <message>
        <source>From {start} to {end} the server returned its limit of {limit:,} requests even for a window of {duration}, and the server does not support the 'page' parameter (page {page} repeated what it had already sent): some requests of that period may be missing.</source>
        <extracomment>gisdesk/io/feeds/open311.py:848</extracomment>
        <translation>Từ {start} đến {end}, máy chủ trả về đủ số phản ánh tối đa ({limit:,}) ngay cả với khoảng {duration}, và máy chủ không hỗ trợ tham số 'page' (trang {page} lặp lại dữ liệu đã gửi): có thể thiếu một số phản ánh trong khoảng thời gian đó.</translation>
    </message>
    <message>
        <source>the server refused the request: {described}</source>
        <extracomment>gisdesk/io/feeds/open311.py:1006; gisdesk/io/feeds/open311.py:1103</extracomment>
        <translation>máy chủ từ chối yêu cầu: {described}</translation>
    </message>
    <message>
        <source>an Open311 endpoint is a web address starting with http:// or https://, such as https://example.org/open311/v2/</source>
        <extracomment>gisdesk/io/feeds/open311.py:1148</extracomment>
        <translation>địa chỉ dịch vụ Open311 phải là một địa chỉ web bắt đầu bằng http:// hoặc https://, ví dụ https://example.org/open311/v2/</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <extracomment>gisdesk/io/feeds/open311.py:1175</extracomment>
        <translation>{what} đang để trống</translation>
    </message>
    <message>
        <source>{n:,} day</source>
        <extracomment>gisdesk/io/feeds/open311.py:1196</extracomment>
        <translation>{n:,} ngày</translation>
    </message>
    <message>
        <source>{n:,} days</source>
        <extracomment>gisdesk/io/feeds/open311.py:1196</extracomment>
        <translation>{n:,} ngày</translation>
    </message>
    <message>
        <source>{n:,} hour</source>
        <extracomment>gisdesk/io/feeds/open311.py:1199</extracomment>
        <translation>{n:,} giờ</translation>
    </message>
    <message>
        <source>{n:,} hours</source>
        <extracomment>gisdesk/io/feeds/open311.py:1199</extracomment>
        <translation>{n:,} giờ</translation>
    </message>
    <message>
        <source>The existing local copy was kept unchanged.</source>
        <extracomment>gisdesk/io/feeds/open311.py:1218</extracomment>
        <translation>Bản sao cục bộ hiện có được giữ nguyên.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <extracomment>gisdesk/io/feeds/open311.py:1218</extracomment>
        <translation>Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>this local copy holds requests from {theirs}, not from {endpoint}; choose another cache file.</source>
        <extracomment>gisdesk/io/feeds/open311.py:307</extracomment>
        <translation>bản sao cục bộ này chứa phản ánh từ {theirs}, không phải từ {endpoint}; hãy chọn một tệp bộ nhớ đệm khác.</translation>
    </message>
    <message>
        <source>this local copy holds jurisdiction {theirs!r}, not {mine!r}; choose another cache file.</source>
        <extracomment>gisdesk/io/feeds/open311.py:310</extracomment>
        <translation>bản sao cục bộ này thuộc khu vực quản lý (jurisdiction) {theirs!r}, không phải {mine!r}; hãy chọn một tệp bộ nhớ đệm khác.</translation>
    </message>
    <message>
        <source>{n:,} item of the answer was not a service request (not a key/value object); left out.</source>
        <extracomment>gisdesk/io/feeds/open311.py:433</extracomment>
        <translation>{n:,} phần tử trong câu trả lời không phải phản ánh (không phải đối tượng khóa/giá trị); đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} items of the answer were not service requests (not key/value objects); left out.</source>
        <extracomment>gisdesk/io/feeds/open311.py:435</extracomment>
        <translation>{n:,} phần tử trong câu trả lời không phải phản ánh (không phải đối tượng khóa/giá trị); đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} date-time had no time zone; read as {tz} time ({offset}).</source>
        <extracomment>gisdesk/io/feeds/open311.py:449</extracomment>
        <translation>{n:,} giá trị ngày giờ không có múi giờ; đã đọc theo giờ {tz} ({offset}).</translation>
    </message>
    <message>
        <source>{n:,} date-times had no time zone; read as {tz} time ({offset}).</source>
        <extracomment>gisdesk/io/feeds/open311.py:451</extracomment>
        <translation>{n:,} giá trị ngày giờ không có múi giờ; đã đọc theo giờ {tz} ({offset}).</translation>
    </message>
    <message>
        <source>{n:,} closed request gave no closing time; updated_datetime was taken as closed_datetime.</source>
        <extracomment>gisdesk/io/feeds/open311.py:461</extracomment>
        <translation>{n:,} phản ánh đã đóng không có thời điểm đóng; đã lấy updated_datetime làm closed_datetime.</translation>
    </message>
    <message>
        <source>{n:,} closed requests gave no closing time; updated_datetime was taken as closed_datetime.</source>
        <extracomment>gisdesk/io/feeds/open311.py:463</extracomment>
        <translation>{n:,} phản ánh đã đóng không có thời điểm đóng; đã lấy updated_datetime làm closed_datetime.</translation>
    </message>
    <message>
        <source>{n:,} field that Open311 does not define kept as an extra column: {shown}.</source>
        <extracomment>gisdesk/io/feeds/open311.py:470</extracomment>
        <translation>{n:,} trường không có trong chuẩn Open311 được giữ lại làm cột bổ sung: {shown}.</translation>
    </message>
    <message>
        <source>{n:,} fields that Open311 does not define kept as extra columns: {shown}.</source>
        <extracomment>gisdesk/io/feeds/open311.py:472</extracomment>
        <translation>{n:,} trường không có trong chuẩn Open311 được giữ lại làm cột bổ sung: {shown}.</translation>
    </message>
    <message>
        <source>{n:,} request without a service_request_id (servers send these while they are still being registered) left out.</source>
        <extracomment>gisdesk/io/feeds/open311.py:479</extracomment>
        <translation>Đã bỏ qua {n:,} phản ánh không có service_request_id (máy chủ gửi các phản ánh này khi chúng còn đang được tiếp nhận).</translation>
    </message>
    <message>
        <source>{n:,} requests without a service_request_id (servers send these while they are still being registered) left out.</source>
        <extracomment>gisdesk/io/feeds/open311.py:481</extracomment>
        <translation>Đã bỏ qua {n:,} phản ánh không có service_request_id (máy chủ gửi các phản ánh này khi chúng còn đang được tiếp nhận).</translation>
    </message>
    <message>
        <source>{n:,} request came back more than once (date windows touch at their edges, or the server repeats them); the newest version was kept.</source>
        <extracomment>gisdesk/io/feeds/open311.py:487</extracomment>
        <translation>{n:,} phản ánh được trả về nhiều lần (các khoảng thời gian giáp nhau ở biên, hoặc máy chủ gửi lặp lại); đã giữ phiên bản mới nhất.</translation>
    </message>
    <message>
        <source>{n:,} requests came back more than once (date windows touch at their edges, or the server repeats them); the newest version of each was kept.</source>
        <extracomment>gisdesk/io/feeds/open311.py:489</extracomment>
        <translation>{n:,} phản ánh được trả về nhiều lần (các khoảng thời gian giáp nhau ở biên, hoặc máy chủ gửi lặp lại); đã giữ phiên bản mới nhất của mỗi phản ánh.</translation>
    </message>
    <message>
        <source>{n:,} request with a lat/long that is not a number or is out of range (for example {examples}) kept without a location.</source>
        <extracomment>gisdesk/io/feeds/open311.py:619</extracomment>
        <translation>{n:,} phản ánh có lat/long không phải số hoặc nằm ngoài phạm vi hợp lệ (ví dụ {examples}) được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} requests with a lat/long that is not a number or is out of range (for example {examples}) kept without a location.</source>
        <extracomment>gisdesk/io/feeds/open311.py:622</extracomment>
        <translation>{n:,} phản ánh có lat/long không phải số hoặc nằm ngoài phạm vi hợp lệ (ví dụ {examples}) được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} request placed at 0°, 0° (a missing location written as zeros) kept without a location.</source>
        <extracomment>gisdesk/io/feeds/open311.py:627</extracomment>
        <translation>{n:,} phản ánh nằm ở tọa độ 0°, 0° (vị trí bị thiếu được ghi thành số 0) được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} requests placed at 0°, 0° (a missing location written as zeros) kept without a location.</source>
        <extracomment>gisdesk/io/feeds/open311.py:629</extracomment>
        <translation>{n:,} phản ánh nằm ở tọa độ 0°, 0° (vị trí bị thiếu được ghi thành số 0) được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} request with only one of lat and long kept without a location.</source>
        <extracomment>gisdesk/io/feeds/open311.py:634</extracomment>
        <translation>{n:,} phản ánh chỉ có một trong hai giá trị lat và long được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} requests with only one of lat and long kept without a location.</source>
        <extracomment>gisdesk/io/feeds/open311.py:636</extracomment>
        <translation>{n:,} phản ánh chỉ có một trong hai giá trị lat và long được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} value of {name} could not be read as an ISO 8601 date-time (for example {examples}); left empty.</source>
        <extracomment>gisdesk/io/feeds/open311.py:680</extracomment>
        <translation>{n:,} giá trị của {name} không đọc được thành ngày giờ ISO 8601 (ví dụ {examples}); đã để trống.</translation>
    </message>
    <message>
        <source>{n:,} values of {name} could not be read as ISO 8601 date-times (for example {examples}); left empty.</source>
        <extracomment>gisdesk/io/feeds/open311.py:682</extracomment>
        <translation>{n:,} giá trị của {name} không đọc được thành ngày giờ ISO 8601 (ví dụ {examples}); đã để trống.</translation>
    </message>
    <message>
        <source>{n:,} request with a status that is neither open nor closed ({shown}): status left empty, the wording kept in status_detail.</source>
        <extracomment>gisdesk/io/feeds/open311.py:723</extracomment>
        <translation>{n:,} phản ánh có trạng thái không phải đang mở cũng không phải đã đóng ({shown}): để trống trạng thái, giữ nguyên cách ghi trong status_detail.</translation>
    </message>
    <message>
        <source>{n:,} requests with a status that is neither open nor closed ({shown}): status left empty, the wording kept in status_detail.</source>
        <extracomment>gisdesk/io/feeds/open311.py:725</extracomment>
        <translation>{n:,} phản ánh có trạng thái không phải đang mở cũng không phải đã đóng ({shown}): để trống trạng thái, giữ nguyên cách ghi trong status_detail.</translation>
    </message>
    <message>
        <source>{n:,} status in the server's own words ({example!r}) was read as open or closed; the wording is kept in status_detail.</source>
        <extracomment>gisdesk/io/feeds/open311.py:731</extracomment>
        <translation>{n:,} trạng thái ghi theo cách riêng của máy chủ ({example!r}) đã được hiểu là đang mở hoặc đã đóng; cách ghi gốc được giữ trong status_detail.</translation>
    </message>
    <message>
        <source>{n:,} statuses in the server's own words (such as {example!r}) were read as open or closed; the wording is kept in status_detail.</source>
        <extracomment>gisdesk/io/feeds/open311.py:733</extracomment>
        <translation>{n:,} trạng thái ghi theo cách riêng của máy chủ (ví dụ {example!r}) đã được hiểu là đang mở hoặc đã đóng; cách ghi gốc được giữ trong status_detail.</translation>
    </message>
    <message>
        <source>stopped after {calls:,} calls to the server ({n:,} requests read so far) without covering the whole period: it keeps returning its limit of {limit:,} requests per call. Ask for a shorter period or fewer services, or allow more calls (max_pages)</source>
        <extracomment>gisdesk/io/feeds/open311.py:855</extracomment>
        <translation>đã dừng sau {calls:,} lần gọi máy chủ (đến lúc này đã đọc {n:,} phản ánh) mà chưa hết khoảng thời gian: máy chủ liên tục trả về đủ số tối đa {limit:,} phản ánh mỗi lần. Hãy chọn khoảng thời gian ngắn hơn hoặc ít dịch vụ hơn, hoặc cho phép nhiều lần gọi hơn (max_pages)</translation>
    </message>
    <message>
        <source>The server returned {n:,} request whose {column} lies outside the period asked for: it may ignore {first}/{second} (try date_filter='requested'). It was kept.</source>
        <extracomment>gisdesk/io/feeds/open311.py:896</extracomment>
        <translation>Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua {first}/{second} (hãy thử date_filter='requested'). Phản ánh này vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>The server returned {n:,} requests whose {column} lies outside the period asked for: it may ignore {first}/{second} (try date_filter='requested'). They were kept.</source>
        <extracomment>gisdesk/io/feeds/open311.py:899</extracomment>
        <translation>Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua {first}/{second} (hãy thử date_filter='requested'). Các phản ánh này vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>The server returned {n:,} request whose {column} lies outside the period asked for: it may ignore {first}/{second}. It was kept.</source>
        <extracomment>gisdesk/io/feeds/open311.py:902</extracomment>
        <translation>Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua {first}/{second}. Phản ánh này vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>The server returned {n:,} requests whose {column} lies outside the period asked for: it may ignore {first}/{second}. They were kept.</source>
        <extracomment>gisdesk/io/feeds/open311.py:905</extracomment>
        <translation>Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua {first}/{second}. Các phản ánh này vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>{text} (code {code})</source>
        <extracomment>gisdesk/io/feeds/open311.py:1061</extracomment>
        <translation>{text} (mã {code})</translation>
    </message>
    <message>
        <source>the server's XML declares entities or external resources, which are refused for safety; it was not read.</source>
        <extracomment>gisdesk/io/feeds/open311.py:1096</extracomment>
        <translation>dữ liệu XML của máy chủ khai báo thực thể (entity) hoặc tài nguyên bên ngoài, vốn bị từ chối vì lý do an toàn; dữ liệu không được đọc.</translation>
    </message>
    <message>
        <source>the server sent something that is not valid XML ({what})</source>
        <extracomment>gisdesk/io/feeds/open311.py:1099</extracomment>
        <translation>máy chủ gửi về dữ liệu không phải XML hợp lệ ({what})</translation>
    </message>
    <message>
        <source>{what} is not a date-time: {value!r}</source>
        <extracomment>gisdesk/io/feeds/open311.py:1173</extracomment>
        <translation>{what} không phải là ngày giờ: {value!r}</translation>
    </message>
    <message>
        <source>The local copy was made with {key} {old}, this sync asks for {new}: requests changed before {when} that the earlier syncs did not ask for are missing. Sync with rebuild=True for a complete copy.</source>
        <extracomment>gisdesk/io/feeds/open311.py:324</extracomment>
        <translation>Bản sao cục bộ được tạo với {key} {old}, còn lần đồng bộ này yêu cầu {new}: các phản ánh thay đổi trước {when} mà những lần đồng bộ trước không yêu cầu sẽ bị thiếu. Hãy đồng bộ với rebuild=True để có bản sao đầy đủ.</translation>
    </message>
    <message>
        <source>{problem}. {kept}</source>
        <extracomment>gisdesk/io/feeds/open311.py:338</extracomment>
        <translation>{problem}. {kept}</translation>
    </message>
    <message>
        <source>the server seems to ignore {first}/{second}: asked for {start} to {end}, it sent its limit of {n:,} requests, {outside:,} of them from outside that period, so the period cannot be read completely. Sync with date_filter='requested' (the spec's start_date/end_date) instead.</source>
        <extracomment>gisdesk/io/feeds/open311.py:828</extracomment>
        <translation>máy chủ có vẻ bỏ qua {first}/{second}: khi được hỏi khoảng từ {start} đến {end}, máy chủ gửi đủ số tối đa {n:,} phản ánh, trong đó {outside:,} phản ánh nằm ngoài khoảng này, nên không đọc được đầy đủ khoảng thời gian đó. Hãy đồng bộ với date_filter='requested' (start_date/end_date theo chuẩn).</translation>
    </message>
    <message>
        <source>the server seems to ignore {first}/{second}: asked for {start} to {end}, it sent its limit of {n:,} requests, {outside:,} of them from outside that period, so the period cannot be read completely.</source>
        <extracomment>gisdesk/io/feeds/open311.py:832</extracomment>
        <translation>máy chủ có vẻ bỏ qua {first}/{second}: khi được hỏi khoảng từ {start} đến {end}, máy chủ gửi đủ số tối đa {n:,} phản ánh, trong đó {outside:,} phản ánh nằm ngoài khoảng này, nên không đọc được đầy đủ khoảng thời gian đó.</translation>
    </message>
    <message>
        <source>the server refused the request (HTTP {status}): {described}</source>
        <extracomment>gisdesk/io/feeds/open311.py:960</extracomment>
        <translation>máy chủ từ chối yêu cầu (HTTP {status}): {described}</translation>
    </message>
    <message>
        <source>the server reported an error (HTTP {status}): {described}</source>
        <extracomment>gisdesk/io/feeds/open311.py:963</extracomment>
        <translation>máy chủ báo lỗi (HTTP {status}): {described}</translation>
    </message>
    <message>
        <source>unfiltered</source>
        <extracomment>gisdesk/io/feeds/open311.py:327</extracomment>
        <translation>không lọc</translation>
    </message>
    <message>
        <source>all values</source>
        <extracomment>gisdesk/io/feeds/open311.py:327</extracomment>
        <translation>mọi giá trị</translation>
    </message>
    <message>
        <source>the value {text}</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:125</extracomment>
        <translation>giá trị {text}</translation>
    </message>
    <message>
        <source>the server was still sending more pages of {what} after {pages:,} pages; reading stopped there and nothing was saved. Ask for a shorter period or fewer things, or raise the page limit if the feed really is that large</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:107</extracomment>
        <translation>máy chủ vẫn tiếp tục gửi thêm trang {what} sau {pages:,} trang; đã dừng đọc tại đó và chưa lưu gì. Hãy chọn khoảng thời gian ngắn hơn hoặc ít trạm hơn, hoặc nâng giới hạn số trang nếu nguồn cấp dữ liệu thực sự lớn như vậy</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has no Location; it was kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:260</extracomment>
        <translation>{n:,} trạm ({names}) không có Location; trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have no Location; they were kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:261</extracomment>
        <translation>{n:,} trạm ({names}) không có Location; các trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has a Location that is not a readable GeoJSON point; it was kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:262</extracomment>
        <translation>{n:,} trạm ({names}) có Location không phải điểm GeoJSON đọc được; trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have a Location that is not a readable GeoJSON point; they were kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:264</extracomment>
        <translation>{n:,} trạm ({names}) có Location không phải điểm GeoJSON đọc được; các trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has an empty Location; it was kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:266</extracomment>
        <translation>{n:,} trạm ({names}) có Location rỗng; trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have an empty Location; they were kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:267</extracomment>
        <translation>{n:,} trạm ({names}) có Location rỗng; các trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has an area, not a point, as Location; the centre of the area was used.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:268</extracomment>
        <translation>{n:,} trạm ({names}) có Location là một vùng chứ không phải một điểm; đã dùng tâm của vùng.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have an area, not a point, as Location; the centre of the area was used.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:269</extracomment>
        <translation>{n:,} trạm ({names}) có Location là một vùng chứ không phải một điểm; đã dùng tâm của vùng.</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has several Locations; the first one was used.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:270</extracomment>
        <translation>{n:,} trạm ({names}) có nhiều Location; đã dùng Location đầu tiên.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have several Locations; the first one was used.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:271</extracomment>
        <translation>{n:,} trạm ({names}) có nhiều Location; đã dùng Location đầu tiên.</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has latitude and longitude the wrong way round in its Location; they were swapped back.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:272</extracomment>
        <translation>{n:,} trạm ({names}) bị ghi ngược vĩ độ và kinh độ trong Location; đã đổi lại cho đúng.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have latitude and longitude the wrong way round in their Location; they were swapped back.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:274</extracomment>
        <translation>{n:,} trạm ({names}) bị ghi ngược vĩ độ và kinh độ trong Location; đã đổi lại cho đúng.</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has coordinates out of range; it was kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:276</extracomment>
        <translation>{n:,} trạm ({names}) có tọa độ nằm ngoài phạm vi hợp lệ; trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have coordinates out of range; they were kept without a position.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:277</extracomment>
        <translation>{n:,} trạm ({names}) có tọa độ nằm ngoài phạm vi hợp lệ; các trạm được giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} Thing ({names}) has no @iot.id; it was skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:278</extracomment>
        <translation>{n:,} trạm ({names}) không có @iot.id; đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} Things ({names}) have no @iot.id; they were skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:279</extracomment>
        <translation>{n:,} trạm ({names}) không có @iot.id; đã bỏ qua.</translation>
    </message>
    <message>
        <source>an object with {keys}</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:121</extracomment>
        <translation>một đối tượng có {keys}</translation>
    </message>
    <message>
        <source>an empty object</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:121</extracomment>
        <translation>một đối tượng rỗng</translation>
    </message>
    <message>
        <source>a list of {n:,} item</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:123</extracomment>
        <translation>một danh sách {n:,} phần tử</translation>
    </message>
    <message>
        <source>a list of {n:,} items</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:123</extracomment>
        <translation>một danh sách {n:,} phần tử</translation>
    </message>
    <message>
        <source>an entity has no usable @iot.id ({ident!r})</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:130</extracomment>
        <translation>một thực thể không có @iot.id dùng được ({ident!r})</translation>
    </message>
    <message>
        <source>the observations of Datastream {ident}</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:329</extracomment>
        <translation>các quan trắc của Datastream {ident}</translation>
    </message>
    <message>
        <source>Read {n:,} station (Thing) with {m:,} Datastream from {root}.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:412</extracomment>
        <translation>Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.</translation>
    </message>
    <message>
        <source>Read {n:,} station (Thing) with {m:,} Datastreams from {root}.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:413</extracomment>
        <translation>Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.</translation>
    </message>
    <message>
        <source>Read {n:,} stations (Things) with {m:,} Datastream from {root}.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:415</extracomment>
        <translation>Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.</translation>
    </message>
    <message>
        <source>Read {n:,} stations (Things) with {m:,} Datastreams from {root}.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:416</extracomment>
        <translation>Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.</translation>
    </message>
    <message>
        <source>Read {n:,} observation newer than those already cached.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:456</extracomment>
        <translation>Đã đọc {n:,} quan trắc mới hơn các quan trắc đã có trong bộ nhớ đệm.</translation>
    </message>
    <message>
        <source>Read {n:,} observations newer than those already cached.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:457</extracomment>
        <translation>Đã đọc {n:,} quan trắc mới hơn các quan trắc đã có trong bộ nhớ đệm.</translation>
    </message>
    <message>
        <source>Read {n:,} observation from {start} to {end} UTC.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:461</extracomment>
        <translation>Đã đọc {n:,} quan trắc từ {start} đến {end} (giờ UTC).</translation>
    </message>
    <message>
        <source>Read {n:,} observations from {start} to {end} UTC.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:462</extracomment>
        <translation>Đã đọc {n:,} quan trắc từ {start} đến {end} (giờ UTC).</translation>
    </message>
    <message>
        <source>there is no local copy of this feed yet; connect once to fetch it</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:512</extracomment>
        <translation>chưa có bản sao cục bộ của nguồn cấp dữ liệu này; hãy kết nối một lần để tải về</translation>
    </message>
    <message>
        <source>the feed</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:543</extracomment>
        <translation>nguồn cấp dữ liệu</translation>
    </message>
    <message>
        <source>Opened the local copy of {source} (last synchronised {when}): {n:,} stations, {m:,} readings.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:545</extracomment>
        <translation>Đã mở bản sao cục bộ của {source} (đồng bộ lần cuối lúc {when}): {n:,} trạm quan trắc, {m:,} số đo.</translation>
    </message>
    <message>
        <source>Opened the local copy of {source} (last synchronised at an unknown time): {n:,} stations, {m:,} readings.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:547</extracomment>
        <translation>Đã mở bản sao cục bộ của {source} (không rõ thời điểm đồng bộ lần cuối): {n:,} trạm quan trắc, {m:,} số đo.</translation>
    </message>
    <message>
        <source>The local copy ({file}) now holds {n:,} readings, {new:,} of them new.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:653</extracomment>
        <translation>Bản sao cục bộ ({file}) hiện có {n:,} số đo, trong đó {new:,} số đo mới.</translation>
    </message>
    <message>
        <source>The local copy ({file}) now holds {n:,} readings.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:654</extracomment>
        <translation>Bản sao cục bộ ({file}) hiện có {n:,} số đo.</translation>
    </message>
    <message>
        <source>the answer for {what} is not a SensorThings list (a JSON object with a 'value' array); got {got}. Check that this is the address of a SensorThings API (it usually ends in /v1.1 or /v1.0)</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:89</extracomment>
        <translation>câu trả lời cho {what} không phải danh sách SensorThings (một đối tượng JSON có mảng 'value'); nhận được {got}. Hãy kiểm tra đây có đúng là địa chỉ của một SensorThings API không (thường kết thúc bằng /v1.1 hoặc /v1.0)</translation>
    </message>
    <message>
        <source>the server's @iot.nextLink for {what} is not a link ({link!r})</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:98</extracomment>
        <translation>@iot.nextLink của máy chủ cho {what} không phải là một liên kết ({link!r})</translation>
    </message>
    <message>
        <source>the server's next-page link for {what} points back to a page already read (after {pages:,} pages); reading stopped so it does not loop forever</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:102</extracomment>
        <translation>liên kết trang tiếp theo của máy chủ cho {what} trỏ lại một trang đã đọc (sau {pages:,} trang); đã dừng đọc để không lặp vô tận</translation>
    </message>
    <message>
        <source>Things</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:301</extracomment>
        <translation>các trạm (Things)</translation>
    </message>
    <message>
        <source>Read {n:,} stations</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:305</extracomment>
        <translation>Đã đọc {n:,} trạm quan trắc</translation>
    </message>
    <message>
        <source>Read the observations of {i:,} of {total:,} Datastreams</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:434</extracomment>
        <translation>Đã đọc quan trắc của {i:,}/{total:,} Datastream</translation>
    </message>
    <message>
        <source>an empty result</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:437</extracomment>
        <translation>kết quả rỗng</translation>
    </message>
    <message>
        <source>{n:,} observation of Datastream '{name}' has a result that is not a number (e.g. {examples}); it was skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:438</extracomment>
        <translation>{n:,} quan trắc của Datastream '{name}' có kết quả không phải số (ví dụ {examples}); đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} observations of Datastream '{name}' have a result that is not a number (e.g. {examples}); they were skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:440</extracomment>
        <translation>{n:,} quan trắc của Datastream '{name}' có kết quả không phải số (ví dụ {examples}); đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} observation had a phenomenonTime that is not a readable ISO 8601 time; it was skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:443</extracomment>
        <translation>{n:,} quan trắc có phenomenonTime không phải thời gian ISO 8601 đọc được; đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} observations had a phenomenonTime that is not a readable ISO 8601 time; they were skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:445</extracomment>
        <translation>{n:,} quan trắc có phenomenonTime không phải thời gian ISO 8601 đọc được; đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} more Datastream has results that are not numbers; skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:449</extracomment>
        <translation>Còn {n:,} Datastream khác có kết quả không phải số; đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} more Datastreams have results that are not numbers; skipped.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:450</extracomment>
        <translation>Còn {n:,} Datastream khác có kết quả không phải số; đã bỏ qua.</translation>
    </message>
    <message>
        <source>this GeoPackage is not a gisdesk sensor cache (it lacks the stations, readings and datastreams tables)</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:516</extracomment>
        <translation>tệp GeoPackage này không phải bộ nhớ đệm cảm biến của gisdesk (thiếu các bảng stations, readings và datastreams)</translation>
    </message>
    <message>
        <source>the local copy of the feed could not be read ({e})</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:525</extracomment>
        <translation>không đọc được bản sao cục bộ của nguồn cấp dữ liệu ({e})</translation>
    </message>
    <message>
        <source>The local copy could not be read ({problem}); it will be replaced by a full download.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:609</extracomment>
        <translation>Không đọc được bản sao cục bộ ({problem}); bản sao sẽ được thay bằng một lần tải đầy đủ.</translation>
    </message>
    <message>
        <source>{n:,} station of the local copy is no longer listed by the server; kept with its cached readings.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:634</extracomment>
        <translation>{n:,} trạm quan trắc trong bản sao cục bộ không còn được máy chủ liệt kê; vẫn giữ lại cùng các số đo đã lưu.</translation>
    </message>
    <message>
        <source>{n:,} stations of the local copy are no longer listed by the server; kept with their cached readings.</source>
        <extracomment>gisdesk/io/feeds/sensorthings.py:636</extracomment>
        <translation>{n:,} trạm quan trắc trong bản sao cục bộ không còn được máy chủ liệt kê; vẫn giữ lại cùng các số đo đã lưu.</translation>
    </message>
    <message>
        <source>points ({n:,})</source>
        <extracomment>gisdesk/io/geometry_doctor.py:74; gisdesk/io/writers.py:367</extracomment>
        <translation>điểm ({n:,})</translation>
    </message>
    <message>
        <source>lines ({n:,})</source>
        <extracomment>gisdesk/io/geometry_doctor.py:74; gisdesk/io/writers.py:368</extracomment>
        <translation>đường ({n:,})</translation>
    </message>
    <message>
        <source>polygons ({n:,})</source>
        <extracomment>gisdesk/io/geometry_doctor.py:74; gisdesk/io/writers.py:369</extracomment>
        <translation>vùng ({n:,})</translation>
    </message>
    <message>
        <source>geometry collections ({n:,})</source>
        <extracomment>gisdesk/io/geometry_doctor.py:75; gisdesk/io/writers.py:370</extracomment>
        <translation>tập hợp hình học ({n:,})</translation>
    </message>
    <message>
        <source>The layer mixes {listing}; both are points, so nothing needs to change.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:78</extracomment>
        <translation>Lớp có lẫn {listing}; cả hai đều là điểm, nên không cần thay đổi gì.</translation>
    </message>
    <message>
        <source>The layer mixes {listing}; both are lines, so nothing needs to change.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:79</extracomment>
        <translation>Lớp có lẫn {listing}; cả hai đều là đường, nên không cần thay đổi gì.</translation>
    </message>
    <message>
        <source>The layer mixes {listing}; both are polygons, so nothing needs to change.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:80</extracomment>
        <translation>Lớp có lẫn {listing}; cả hai đều là vùng, nên không cần thay đổi gì.</translation>
    </message>
    <message>
        <source>The layer mixes {listing}; both are geometry collections, so nothing needs to change.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:81</extracomment>
        <translation>Lớp có lẫn {listing}; cả hai đều là tập hợp hình học, nên không cần thay đổi gì.</translation>
    </message>
    <message>
        <source>self-intersection</source>
        <extracomment>gisdesk/io/geometry_doctor.py:85</extracomment>
        <translation>tự cắt</translation>
    </message>
    <message>
        <source>ring self-intersection</source>
        <extracomment>gisdesk/io/geometry_doctor.py:86</extracomment>
        <translation>vòng tự cắt</translation>
    </message>
    <message>
        <source>too few points in geometry component</source>
        <extracomment>gisdesk/io/geometry_doctor.py:87</extracomment>
        <translation>thành phần hình học có quá ít điểm</translation>
    </message>
    <message>
        <source>hole lies outside shell</source>
        <extracomment>gisdesk/io/geometry_doctor.py:88</extracomment>
        <translation>lỗ nằm ngoài đường bao</translation>
    </message>
    <message>
        <source>interior is disconnected</source>
        <extracomment>gisdesk/io/geometry_doctor.py:89</extracomment>
        <translation>phần bên trong bị tách rời</translation>
    </message>
    <message>
        <source>nested shells</source>
        <extracomment>gisdesk/io/geometry_doctor.py:90</extracomment>
        <translation>đường bao lồng nhau</translation>
    </message>
    <message>
        <source>nested holes</source>
        <extracomment>gisdesk/io/geometry_doctor.py:91</extracomment>
        <translation>lỗ lồng nhau</translation>
    </message>
    <message>
        <source>duplicate rings</source>
        <extracomment>gisdesk/io/geometry_doctor.py:92</extracomment>
        <translation>vòng trùng nhau</translation>
    </message>
    <message>
        <source>invalid coordinate</source>
        <extracomment>gisdesk/io/geometry_doctor.py:93</extracomment>
        <translation>tọa độ không hợp lệ</translation>
    </message>
    <message>
        <source>ring is not closed</source>
        <extracomment>gisdesk/io/geometry_doctor.py:94</extracomment>
        <translation>vòng không khép kín</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <extracomment>gisdesk/io/geometry_doctor.py:95</extracomment>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <extracomment>gisdesk/io/geometry_doctor.py:589</extracomment>
        <translation>lỗi không xác định</translation>
    </message>
    <message>
        <source>The layer's only feature has no geometry; it was kept as an attribute-only row.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:261</extracomment>
        <translation>Đối tượng duy nhất của lớp không có hình học; đối tượng được giữ lại như một dòng chỉ có thuộc tính.</translation>
    </message>
    <message>
        <source>{n:,} geometry had impossible coordinates ({worst}) and was removed; the row was kept without a geometry.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:246</extracomment>
        <translation>{n:,} hình học có tọa độ không thể có ({worst}) nên đã bị xóa; dòng dữ liệu vẫn được giữ, không có hình học.</translation>
    </message>
    <message>
        <source>{n:,} geometries had impossible coordinates ({worst}) and were removed; the rows were kept without a geometry.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:248</extracomment>
        <translation>{n:,} hình học có tọa độ không thể có ({worst}) nên đã bị xóa; các dòng dữ liệu vẫn được giữ, không có hình học.</translation>
    </message>
    <message>
        <source>None of the {n:,} features has a geometry; the layer was loaded as a table (attributes only).</source>
        <extracomment>gisdesk/io/geometry_doctor.py:263</extracomment>
        <translation>Không đối tượng nào trong {n:,} đối tượng có hình học; lớp được nạp như một bảng (chỉ có thuộc tính).</translation>
    </message>
    <message>
        <source>{n:,} invalid geometry ({reasons}) was repaired with make_valid.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:369</extracomment>
        <translation>{n:,} hình học không hợp lệ ({reasons}) đã được sửa bằng make_valid.</translation>
    </message>
    <message>
        <source>{n:,} invalid geometries ({reasons}) were repaired with make_valid.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:370</extracomment>
        <translation>{n:,} hình học không hợp lệ ({reasons}) đã được sửa bằng make_valid.</translation>
    </message>
    <message>
        <source>The layer mixes {listing}. All were kept; each kind is styled separately (points get a marker, lines a stroke, polygons a fill).</source>
        <extracomment>gisdesk/io/geometry_doctor.py:456</extracomment>
        <translation>Lớp có lẫn {listing}. Tất cả đều được giữ lại; mỗi loại được tô vẽ riêng (điểm có ký hiệu, đường có nét, vùng có màu nền).</translation>
    </message>
    <message>
        <source>The geometries have Z values (heights); they were kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:480</extracomment>
        <translation>Các hình học có giá trị Z (độ cao); đã được giữ lại.</translation>
    </message>
    <message>
        <source>The geometries have M values (measures); they were kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:488</extracomment>
        <translation>Các hình học có giá trị M (số đo); đã được giữ lại.</translation>
    </message>
    <message>
        <source>the geometries and the attributes of this layer did not line up when read.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:627</extracomment>
        <translation>khi đọc, phần hình học và phần thuộc tính của lớp này không khớp với nhau.</translation>
    </message>
    <message>
        <source>GDAL noted while reading: {text}</source>
        <extracomment>gisdesk/io/geometry_doctor.py:744</extracomment>
        <translation>GDAL ghi chú khi đọc tệp: {text}</translation>
    </message>
    <message>
        <source>{n:,} feature has no geometry ({detail}); it was kept as an attribute-only row that is not drawn on the map.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:272</extracomment>
        <translation>{n:,} đối tượng không có hình học ({detail}); đối tượng được giữ lại như dòng chỉ có thuộc tính, không vẽ trên bản đồ.</translation>
    </message>
    <message>
        <source>{n:,} features have no geometry ({detail}); they were kept as attribute-only rows that are not drawn on the map.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:275</extracomment>
        <translation>{n:,} đối tượng không có hình học ({detail}); các đối tượng này được giữ lại như dòng chỉ có thuộc tính, không vẽ trên bản đồ.</translation>
    </message>
    <message>
        <source>Repairing {n:,} geometry also produced stray lines or points; they were left out so that each geometry keeps its kind (a polygon stays a polygon, a line stays a line).</source>
        <extracomment>gisdesk/io/geometry_doctor.py:376</extracomment>
        <translation>Việc sửa {n:,} hình học còn sinh ra các đường hoặc điểm thừa; chúng đã được bỏ đi để mỗi hình học giữ nguyên loại (vùng vẫn là vùng, đường vẫn là đường).</translation>
    </message>
    <message>
        <source>Repairing {n:,} geometries also produced stray lines or points; they were left out so that each geometry keeps its kind (a polygon stays a polygon, a line stays a line).</source>
        <extracomment>gisdesk/io/geometry_doctor.py:379</extracomment>
        <translation>Việc sửa {n:,} hình học còn sinh ra các đường hoặc điểm thừa; chúng đã được bỏ đi để mỗi hình học giữ nguyên loại (vùng vẫn là vùng, đường vẫn là đường).</translation>
    </message>
    <message>
        <source>{n:,} invalid geometry collapsed when repaired (e.g. a polygon with no area or a line of zero length) and was removed; the row was kept without a geometry.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:386</extracomment>
        <translation>{n:,} hình học không hợp lệ bị suy biến khi sửa (ví dụ vùng không có diện tích hoặc đường dài bằng 0) nên đã bị xóa; dòng dữ liệu vẫn được giữ, không có hình học.</translation>
    </message>
    <message>
        <source>{n:,} invalid geometries collapsed when repaired (e.g. a polygon with no area or a line of zero length) and were removed; the rows were kept without a geometry.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:389</extracomment>
        <translation>{n:,} hình học không hợp lệ bị suy biến khi sửa (ví dụ vùng không có diện tích hoặc đường dài bằng 0) nên đã bị xóa; các dòng dữ liệu vẫn được giữ, không có hình học.</translation>
    </message>
    <message>
        <source>{n:,} geometry of {total:,} has Z values (heights); they were kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:482</extracomment>
        <translation>{n:,}/{total:,} hình học có giá trị Z (độ cao); đã được giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} geometries of {total:,} have Z values (heights); they were kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:484</extracomment>
        <translation>{n:,}/{total:,} hình học có giá trị Z (độ cao); đã được giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} geometry of {total:,} has M values (measures); they were kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:490</extracomment>
        <translation>{n:,}/{total:,} hình học có giá trị M (số đo); đã được giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} geometries of {total:,} have M values (measures); they were kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:492</extracomment>
        <translation>{n:,}/{total:,} hình học có giá trị M (số đo); đã được giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} geometry was a {kinds} (3D surface made of faces), which gisdesk cannot draw as such; it was converted to polygons, one per face, with the heights kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:704</extracomment>
        <translation>{n:,} hình học là {kinds} (bề mặt 3D gồm nhiều mặt), gisdesk không vẽ trực tiếp được; hình học này đã được chuyển thành các vùng, mỗi mặt một vùng, vẫn giữ độ cao.</translation>
    </message>
    <message>
        <source>{n:,} geometries were {kinds} (3D surfaces made of faces), which gisdesk cannot draw as such; each was converted to polygons, one per face, with the heights kept.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:706</extracomment>
        <translation>{n:,} hình học là {kinds} (bề mặt 3D gồm nhiều mặt), gisdesk không vẽ trực tiếp được; mỗi hình học đã được chuyển thành các vùng, mỗi mặt một vùng, vẫn giữ độ cao.</translation>
    </message>
    <message>
        <source>{n:,} geometry had polygon rings that were not closed (the last point differs from the first); the rings were closed.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:715</extracomment>
        <translation>{n:,} hình học có vòng của vùng không khép kín (điểm cuối khác điểm đầu); các vòng đã được khép lại.</translation>
    </message>
    <message>
        <source>{n:,} geometries had polygon rings that were not closed (the last point differs from the first); the rings were closed.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:717</extracomment>
        <translation>{n:,} hình học có vòng của vùng không khép kín (điểm cuối khác điểm đầu); các vòng đã được khép lại.</translation>
    </message>
    <message>
        <source>{n:,} geometry could not be read ({why}) and was left out; the row was kept without a geometry. This geometry type is not supported.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:727</extracomment>
        <translation>Không đọc được {n:,} hình học ({why}) nên đã bỏ qua; dòng dữ liệu vẫn được giữ, không có hình học. Loại hình học này chưa được hỗ trợ.</translation>
    </message>
    <message>
        <source>{n:,} geometries could not be read ({why}) and were left out; the rows were kept without a geometry. This geometry type is not supported.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:729</extracomment>
        <translation>Không đọc được {n:,} hình học ({why}) nên đã bỏ qua; các dòng dữ liệu vẫn được giữ, không có hình học. Loại hình học này chưa được hỗ trợ.</translation>
    </message>
    <message>
        <source>{n:,} null</source>
        <extracomment>gisdesk/io/geometry_doctor.py:268</extracomment>
        <translation>{n:,} null</translation>
    </message>
    <message>
        <source>{n:,} empty</source>
        <extracomment>gisdesk/io/geometry_doctor.py:270</extracomment>
        <translation>{n:,} rỗng</translation>
    </message>
    <message>
        <source>The source declares M values (measures), but M values are not kept: GDAL dropped them while reading, so only X/Y/Z coordinates were loaded.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:497</extracomment>
        <translation>Nguồn dữ liệu khai báo có giá trị M (số đo), nhưng giá trị M không được giữ: GDAL đã bỏ chúng khi đọc, nên chỉ nạp tọa độ X/Y/Z.</translation>
    </message>
    <message>
        <source>The source declares M values (measures), but M values are not kept: GDAL dropped them while reading, so only X/Y coordinates were loaded.</source>
        <extracomment>gisdesk/io/geometry_doctor.py:499</extracomment>
        <translation>Nguồn dữ liệu khai báo có giá trị M (số đo), nhưng giá trị M không được giữ: GDAL đã bỏ chúng khi đọc, nên chỉ nạp tọa độ X/Y.</translation>
    </message>
    <message>
        <source>GDAL could not read this layer ({error}).</source>
        <extracomment>gisdesk/io/geometry_doctor.py:620</extracomment>
        <translation>GDAL không đọc được lớp này ({error}).</translation>
    </message>
    <message>
        <source>Shapefile (.shp, also inside .zip), GeoPackage (.gpkg), GeoJSON, KML/KMZ, FlatGeobuf (.fgb), GML, GPX, CSV/XLSX with coordinates, GeoTIFF</source>
        <extracomment>gisdesk/io/readers.py:57</extracomment>
        <translation>Shapefile (.shp, kể cả trong tệp .zip), GeoPackage (.gpkg), GeoJSON, KML/KMZ, FlatGeobuf (.fgb), GML, GPX, CSV/XLSX có cột tọa độ, GeoTIFF</translation>
    </message>
    <message>
        <source>holds no vector layer</source>
        <extracomment>gisdesk/io/readers.py:107</extracomment>
        <translation>không chứa lớp vector nào</translation>
    </message>
    <message>
        <source>zip archive with {n} dataset(s): {names}</source>
        <extracomment>gisdesk/io/readers.py:259</extracomment>
        <translation>tệp nén zip có {n} bộ dữ liệu: {names}</translation>
    </message>
    <message>
        <source>is not a format gisdesk can read ({supported})</source>
        <extracomment>gisdesk/io/readers.py:473; gisdesk/io/readers.py:209</extracomment>
        <translation>không phải định dạng gisdesk đọc được ({supported})</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>gisdesk/io/readers.py:475; gisdesk/io/readers.py:167</extracomment>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>could not be read: {error}</source>
        <extracomment>gisdesk/io/readers.py:478</extracomment>
        <translation>không đọc được: {error}</translation>
    </message>
    <message>
        <source>could not be read</source>
        <extracomment>gisdesk/io/readers.py:478</extracomment>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {bands} band(s) ({types}), {levels} overview level(s)</source>
        <extracomment>gisdesk/io/readers.py:522</extracomment>
        <translation>{width} × {height} điểm ảnh, {bands} kênh ({types}), {levels} mức ảnh thu nhỏ</translation>
    </message>
    <message>
        <source>has no layer named {layer!r}</source>
        <extracomment>gisdesk/io/readers.py:97</extracomment>
        <translation>không có lớp nào tên {layer!r}</translation>
    </message>
    <message>
        <source>holds no vector layer any more</source>
        <extracomment>gisdesk/io/readers.py:122</extracomment>
        <translation>không còn chứa lớp vector nào</translation>
    </message>
    <message>
        <source>layer {name!r}: the time column(s) {columns} are no longer in the data; the layer ignores the time slider until one is chosen</source>
        <extracomment>gisdesk/io/readers.py:144</extracomment>
        <translation>lớp {name!r}: (các) cột thời gian {columns} không còn trong dữ liệu; lớp sẽ không theo thanh trượt thời gian cho đến khi chọn lại một cột</translation>
    </message>
    <message>
        <source>is a folder; open a file inside it (or the .zip of the folder)</source>
        <extracomment>gisdesk/io/readers.py:171</extracomment>
        <translation>là một thư mục; hãy mở một tệp bên trong (hoặc tệp .zip của thư mục đó)</translation>
    </message>
    <message>
        <source>{name} belongs to the shapefile {shapefile}, which was opened</source>
        <extracomment>gisdesk/io/readers.py:180</extracomment>
        <translation>{name} thuộc shapefile {shapefile}, nên shapefile đó đã được mở</translation>
    </message>
    <message>
        <source>is {kind}, not a map data file ({supported})</source>
        <extracomment>gisdesk/io/readers.py:184</extracomment>
        <translation>là {kind}, không phải tệp dữ liệu bản đồ ({supported})</translation>
    </message>
    <message>
        <source>the file is named {ext} but its content is {kind}; it was read by its content</source>
        <extracomment>gisdesk/io/readers.py:191</extracomment>
        <translation>tệp có đuôi {ext} nhưng nội dung là {kind}; tệp đã được đọc theo nội dung thực</translation>
    </message>
    <message>
        <source>holds no layers</source>
        <extracomment>gisdesk/io/readers.py:343</extracomment>
        <translation>không chứa lớp nào</translation>
    </message>
    <message>
        <source>{n} layers: {names}</source>
        <extracomment>gisdesk/io/readers.py:350</extracomment>
        <translation>{n} lớp: {names}</translation>
    </message>
    <message>
        <source>none of its layers could be read</source>
        <extracomment>gisdesk/io/readers.py:370</extracomment>
        <translation>không đọc được lớp nào trong tệp</translation>
    </message>
    <message>
        <source>an attribute table without geometry: its rows are kept as attribute-only rows</source>
        <extracomment>gisdesk/io/readers.py:424</extracomment>
        <translation>bảng thuộc tính không có hình học: các dòng được giữ lại, chỉ có thuộc tính</translation>
    </message>
    <message>
        <source>binary (BLOB) column(s) {columns} could not be read and were left out</source>
        <extracomment>gisdesk/io/readers.py:464</extracomment>
        <translation>không đọc được (các) cột nhị phân (BLOB) {columns} nên đã bỏ qua</translation>
    </message>
    <message>
        <source>no sheet holds a table</source>
        <extracomment>gisdesk/io/readers.py:510</extracomment>
        <translation>không trang tính nào chứa bảng dữ liệu</translation>
    </message>
    <message>
        <source>the raster is rotated (its geotransform has rotation terms); it is drawn by its bounding box</source>
        <extracomment>gisdesk/io/readers.py:530</extracomment>
        <translation>raster bị xoay (phép biến đổi địa lý có thành phần xoay); raster được vẽ theo khung bao của nó</translation>
    </message>
    <message>
        <source>no nodata value is set; every pixel is treated as data</source>
        <extracomment>gisdesk/io/readers.py:533</extracomment>
        <translation>chưa đặt giá trị nodata; mọi điểm ảnh đều được coi là dữ liệu</translation>
    </message>
    <message>
        <source>CRS set by the user: {crs}</source>
        <extracomment>gisdesk/io/readers.py:551</extracomment>
        <translation>Hệ tọa độ do người dùng đặt: {crs}</translation>
    </message>
    <message>
        <source>is a shapefile side file ({ext}) with no .shp or .dbf beside it; open the shapefile's .shp</source>
        <extracomment>gisdesk/io/readers.py:178</extracomment>
        <translation>là tệp phụ của shapefile ({ext}) nhưng bên cạnh không có tệp .shp hay .dbf; hãy mở tệp .shp của shapefile</translation>
    </message>
    <message>
        <source>the archive no longer holds {member!r}</source>
        <extracomment>gisdesk/io/readers.py:257</extracomment>
        <translation>tệp nén không còn chứa {member!r}</translation>
    </message>
    <message>
        <source>has no layer named {layer!r} (it has: {names})</source>
        <extracomment>gisdesk/io/readers.py:346</extracomment>
        <translation>không có lớp nào tên {layer!r} (các lớp có trong tệp: {names})</translation>
    </message>
    <message>
        <source>its text could not be decoded ({error})</source>
        <extracomment>gisdesk/io/readers.py:462</extracomment>
        <translation>không giải mã được văn bản trong tệp ({error})</translation>
    </message>
    <message>
        <source>the raster has no CRS: it cannot be placed on the map with other layers until one is set</source>
        <extracomment>gisdesk/io/readers.py:528</extracomment>
        <translation>raster không có hệ tọa độ: chưa thể đặt lên bản đồ cùng các lớp khác cho đến khi được gán hệ tọa độ</translation>
    </message>
    <message>
        <source>No .prj</source>
        <extracomment>gisdesk/io/readers.py:553</extracomment>
        <translation>Không có tệp .prj</translation>
    </message>
    <message>
        <source>No CRS was declared</source>
        <extracomment>gisdesk/io/readers.py:553</extracomment>
        <translation>Tệp không khai báo hệ tọa độ</translation>
    </message>
    <message>
        <source>layer {name!r} could not be read: {problem}; the other layers were read</source>
        <extracomment>gisdesk/io/readers.py:361</extracomment>
        <translation>không đọc được lớp {name!r}: {problem}; các lớp khác vẫn được đọc</translation>
    </message>
    <message>
        <source>sheet {sheet!r}: {problem}</source>
        <extracomment>gisdesk/io/readers.py:503</extracomment>
        <translation>trang tính {sheet!r}: {problem}</translation>
    </message>
    <message>
        <source>{member}: {problem}; the other files were read</source>
        <extracomment>gisdesk/io/readers.py:280</extracomment>
        <translation>{member}: {problem}; các tệp khác vẫn được đọc</translation>
    </message>
    <message>
        <source>INFO</source>
        <extracomment>gisdesk/io/report.py:28</extracomment>
        <translation>THÔNG TIN</translation>
    </message>
    <message>
        <source>WARNING</source>
        <extracomment>gisdesk/io/report.py:28</extracomment>
        <translation>CẢNH BÁO</translation>
    </message>
    <message>
        <source>ERROR</source>
        <extracomment>gisdesk/io/report.py:28</extracomment>
        <translation>LỖI</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>gisdesk/io/report.py:30</extracomment>
        <translation>đọc</translation>
    </message>
    <message>
        <source>encoding</source>
        <extracomment>gisdesk/io/report.py:30</extracomment>
        <translation>bảng mã</translation>
    </message>
    <message>
        <source>CRS</source>
        <extracomment>gisdesk/io/report.py:30</extracomment>
        <translation>hệ tọa độ</translation>
    </message>
    <message>
        <source>geometry</source>
        <extracomment>gisdesk/io/report.py:30</extracomment>
        <translation>hình học</translation>
    </message>
    <message>
        <source>sidecar files</source>
        <extracomment>gisdesk/io/report.py:31</extracomment>
        <translation>tệp đi kèm</translation>
    </message>
    <message>
        <source>columns</source>
        <extracomment>gisdesk/io/report.py:31</extracomment>
        <translation>cột</translation>
    </message>
    <message>
        <source>dropped</source>
        <extracomment>gisdesk/io/report.py:31</extracomment>
        <translation>bị loại</translation>
    </message>
    <message>
        <source>write</source>
        <extracomment>gisdesk/io/report.py:31</extracomment>
        <translation>ghi</translation>
    </message>
    <message>
        <source>declared</source>
        <extracomment>gisdesk/io/report.py:34</extracomment>
        <translation>có khai báo</translation>
    </message>
    <message>
        <source>guessed</source>
        <extracomment>gisdesk/io/report.py:34</extracomment>
        <translation>đoán</translation>
    </message>
    <message>
        <source>assumed</source>
        <extracomment>gisdesk/io/report.py:34</extracomment>
        <translation>giả định</translation>
    </message>
    <message>
        <source>overridden</source>
        <extracomment>gisdesk/io/report.py:35</extracomment>
        <translation>do người dùng chọn</translation>
    </message>
    <message>
        <source>detected</source>
        <extracomment>gisdesk/io/report.py:35</extracomment>
        <translation>tự nhận diện</translation>
    </message>
    <message>
        <source>not declared</source>
        <extracomment>gisdesk/io/report.py:38</extracomment>
        <translation>không khai báo</translation>
    </message>
    <message>
        <source>no geometry</source>
        <extracomment>gisdesk/io/report.py:101</extracomment>
        <translation>không có hình học</translation>
    </message>
    <message>
        <source>layer {name!r} ({driver}): {kept:,} of {read:,} features; {types}</source>
        <extracomment>gisdesk/io/report.py:102</extracomment>
        <translation>lớp {name!r} ({driver}): {kept:,}/{read:,} đối tượng; {types}</translation>
    </message>
    <message>
        <source>CRS: {crs} ({status})</source>
        <extracomment>gisdesk/io/report.py:104</extracomment>
        <translation>Hệ tọa độ: {crs} ({status})</translation>
    </message>
    <message>
        <source>text encoding: {encodings} ({status})</source>
        <extracomment>gisdesk/io/report.py:108</extracomment>
        <translation>Bảng mã: {encodings} ({status})</translation>
    </message>
    <message>
        <source>The layer was saved showing {param}, but there are no {param} readings any more; it shows the default parameter instead.</source>
        <extracomment>gisdesk/io/sensor_layers.py:83</extracomment>
        <translation>Lớp được lưu khi đang hiển thị {param}, nhưng nay không còn số đo {param} nào; lớp hiển thị thông số mặc định thay thế.</translation>
    </message>
    <message>
        <source>The saved thresholds are not valid ({e}); QCVN 05:2023/BTNMT is used instead.</source>
        <extracomment>gisdesk/io/sensor_layers.py:106</extracomment>
        <translation>Các ngưỡng đã lưu không hợp lệ ({e}); dùng QCVN 05:2023/BTNMT thay thế.</translation>
    </message>
    <message>
        <source>{items} and {n:,} more</source>
        <extracomment>gisdesk/io/sensors.py:169; gisdesk/io/service_requests.py:2133</extracomment>
        <translation>{items} và {n:,} mục khác</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <extracomment>gisdesk/io/sensors.py:499</extracomment>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <extracomment>gisdesk/io/sensors.py:499</extracomment>
        <translation>tháng/ngày/năm</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <extracomment>gisdesk/io/sensors.py:499</extracomment>
        <translation>năm-tháng-ngày</translation>
    </message>
    <message>
        <source>day/month/year with a 12-hour AM/PM clock</source>
        <extracomment>gisdesk/io/sensors.py:500</extracomment>
        <translation>ngày/tháng/năm với giờ 12 tiếng AM/PM</translation>
    </message>
    <message>
        <source>month/day/year with a 12-hour AM/PM clock</source>
        <extracomment>gisdesk/io/sensors.py:501</extracomment>
        <translation>tháng/ngày/năm với giờ 12 tiếng AM/PM</translation>
    </message>
    <message>
        <source>year-month-day with a 12-hour AM/PM clock</source>
        <extracomment>gisdesk/io/sensors.py:502</extracomment>
        <translation>năm-tháng-ngày với giờ 12 tiếng AM/PM</translation>
    </message>
    <message>
        <source>the table has a header but no rows of readings</source>
        <extracomment>gisdesk/io/sensors.py:713</extracomment>
        <translation>bảng có dòng tiêu đề nhưng không có dòng số đo nào</translation>
    </message>
    <message>
        <source>the table has a header but no rows of stations</source>
        <extracomment>gisdesk/io/sensors.py:714</extracomment>
        <translation>bảng có dòng tiêu đề nhưng không có dòng trạm nào</translation>
    </message>
    <message>
        <source>{v:.1f} days</source>
        <extracomment>gisdesk/io/sensors.py:1540</extracomment>
        <translation>{v:.1f} ngày</translation>
    </message>
    <message>
        <source>typed date-times</source>
        <extracomment>gisdesk/io/sensors.py:439</extracomment>
        <translation>giá trị ngày giờ</translation>
    </message>
    <message>
        <source>{v:.0f} s</source>
        <extracomment>gisdesk/io/sensors.py:1534</extracomment>
        <translation>{v:.0f} giây</translation>
    </message>
    <message>
        <source>{v:.0f} min</source>
        <extracomment>gisdesk/io/sensors.py:1536</extracomment>
        <translation>{v:.0f} phút</translation>
    </message>
    <message>
        <source>{n:,} feature</source>
        <extracomment>gisdesk/io/sensors.py:1723</extracomment>
        <translation>{n:,} đối tượng</translation>
    </message>
    <message>
        <source>{n:,} features</source>
        <extracomment>gisdesk/io/sensors.py:1723</extracomment>
        <translation>{n:,} đối tượng</translation>
    </message>
    <message>
        <source>{n:,} row</source>
        <extracomment>gisdesk/io/sensors.py:1724; gisdesk/io/sensors.py:2159; gisdesk/io/tabular.py:1260</extracomment>
        <translation>{n:,} dòng</translation>
    </message>
    <message>
        <source>{n:,} rows</source>
        <extracomment>gisdesk/io/sensors.py:1724; gisdesk/io/sensors.py:2159; gisdesk/io/tabular.py:1260</extracomment>
        <translation>{n:,} dòng</translation>
    </message>
    <message>
        <source>Read the stations from layer '{stations}' ({features}) and the readings from table '{readings}' ({rows}) of '{file}'.</source>
        <extracomment>gisdesk/io/sensors.py:1725</extracomment>
        <translation>Đã đọc các trạm từ lớp '{stations}' ({features}) và số đo từ bảng '{readings}' ({rows}) của '{file}'.</translation>
    </message>
    <message>
        <source>no readings were found: expected either columns for the parameter and the value (e.g. 'parameter'/'value', 'thông số'/'giá trị') or a column per parameter (e.g. 'pm25', 'PM2.5', 'nhiệt độ'); the columns are {columns}</source>
        <extracomment>gisdesk/io/sensors.py:1897</extracomment>
        <translation>không tìm thấy số đo nào: cần có cột thông số và cột giá trị (ví dụ 'parameter'/'value', 'thông số'/'giá trị') hoặc mỗi thông số một cột (ví dụ 'pm25', 'PM2.5', 'nhiệt độ'); các cột hiện có là {columns}</translation>
    </message>
    <message>
        <source>{n:,} station of the readings matched the stations table.</source>
        <extracomment>gisdesk/io/sensors.py:2231</extracomment>
        <translation>{n:,} trạm trong tệp số đo khớp với bảng trạm.</translation>
    </message>
    <message>
        <source>{n:,} stations of the readings matched the stations table.</source>
        <extracomment>gisdesk/io/sensors.py:2232</extracomment>
        <translation>{n:,} trạm trong tệp số đo khớp với bảng trạm.</translation>
    </message>
    <message>
        <source>with a time zone</source>
        <extracomment>gisdesk/io/sensors.py:478</extracomment>
        <translation>có múi giờ</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <extracomment>gisdesk/io/sensors.py:570; gisdesk/io/sensors.py:1604; gisdesk/io/service_requests.py:1323; gisdesk/io/tabular.py:1623</extracomment>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>this is a folder, not a sensor table</source>
        <extracomment>gisdesk/io/sensors.py:572</extracomment>
        <translation>đây là một thư mục, không phải bảng dữ liệu cảm biến</translation>
    </message>
    <message>
        <source>a {ext} file is not a sensor table; sensor stations and readings are read from CSV, Excel (.xlsx) or Parquet files, or from a SensorThings API address</source>
        <extracomment>gisdesk/io/sensors.py:583</extracomment>
        <translation>tệp {ext} không phải bảng dữ liệu cảm biến; trạm quan trắc và số đo được đọc từ tệp CSV, Excel (.xlsx) hoặc Parquet, hoặc từ một địa chỉ SensorThings API</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (comma-separated, UTF-8).</source>
        <extracomment>gisdesk/io/sensors.py:657</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, UTF-8).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (semicolon-separated, UTF-8).</source>
        <extracomment>gisdesk/io/sensors.py:658</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, UTF-8).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (tab-separated, UTF-8).</source>
        <extracomment>gisdesk/io/sensors.py:659</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, UTF-8).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (vertical bar-separated, UTF-8).</source>
        <extracomment>gisdesk/io/sensors.py:660</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, UTF-8).</translation>
    </message>
    <message>
        <source>Point positions come from '{lat}'/'{lon}' (latitude/longitude, taken as WGS 84).</source>
        <extracomment>gisdesk/io/sensors.py:664</extracomment>
        <translation>Vị trí điểm lấy từ '{lat}'/'{lon}' (vĩ độ/kinh độ, coi là WGS 84).</translation>
    </message>
    <message>
        <source>the Parquet file has no rows</source>
        <extracomment>gisdesk/io/sensors.py:737</extracomment>
        <translation>tệp Parquet không có dòng nào</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} column ({what}).</source>
        <extracomment>gisdesk/io/sensors.py:779</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột ({what}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} columns ({what}).</source>
        <extracomment>gisdesk/io/sensors.py:780</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột ({what}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} column ({what}).</source>
        <extracomment>gisdesk/io/sensors.py:782</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột ({what}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns ({what}).</source>
        <extracomment>gisdesk/io/sensors.py:783</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột ({what}).</translation>
    </message>
    <message>
        <source>{n:,} {param} reading in {unit} was converted to µg/m³ at 25 °C and 1 atm, the reference conditions of QCVN 05:2023 (molar mass {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).</source>
        <extracomment>gisdesk/io/sensors.py:1058</extracomment>
        <translation>{n:,} số đo {param} tính bằng {unit} đã được đổi sang µg/m³ ở 25 °C và 1 atm, điều kiện tham chiếu của QCVN 05:2023 (khối lượng mol {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).</translation>
    </message>
    <message>
        <source>{n:,} {param} readings in {unit} were converted to µg/m³ at 25 °C and 1 atm, the reference conditions of QCVN 05:2023 (molar mass {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).</source>
        <extracomment>gisdesk/io/sensors.py:1061</extracomment>
        <translation>{n:,} số đo {param} tính bằng {unit} đã được đổi sang µg/m³ ở 25 °C và 1 atm, điều kiện tham chiếu của QCVN 05:2023 (khối lượng mol {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).</translation>
    </message>
    <message>
        <source> (and {n:,} more)</source>
        <extracomment>gisdesk/io/sensors.py:1280</extracomment>
        <translation> (và {n:,} trạm khác)</translation>
    </message>
    <message>
        <source>They were kept where they are and marked in column 'location_note'.</source>
        <extracomment>gisdesk/io/sensors.py:1283</extracomment>
        <translation>Các trạm này được giữ nguyên vị trí và được đánh dấu trong cột 'location_note'.</translation>
    </message>
    <message>
        <source>{n:,} {param} (lowest {low:g})</source>
        <extracomment>gisdesk/io/sensors.py:1446</extracomment>
        <translation>{n:,} số đo {param} (thấp nhất {low:g})</translation>
    </message>
    <message>
        <source>all {n:,} {param} readings of {station} are {value:g}</source>
        <extracomment>gisdesk/io/sensors.py:1473</extracomment>
        <translation>cả {n:,} số đo {param} của {station} đều bằng {value:g}</translation>
    </message>
    <message>
        <source> (and {n:,} more series)</source>
        <extracomment>gisdesk/io/sensors.py:1476</extracomment>
        <translation> (và {n:,} chuỗi số liệu khác)</translation>
    </message>
    <message>
        <source>{parts}{more}. A series that never changes usually means the sensor is below its detection limit, stuck or not reporting; kept as given.</source>
        <extracomment>gisdesk/io/sensors.py:1477</extracomment>
        <translation>{parts}{more}. Chuỗi số liệu không bao giờ thay đổi thường có nghĩa là cảm biến đo dưới ngưỡng phát hiện, bị kẹt hoặc không gửi số liệu; đã giữ nguyên như trong tệp.</translation>
    </message>
    <message>
        <source>Readings come about every {every} at most stations, at times that do not follow the clock (e.g. {when:%H:%M:%S} UTC); hourly and daily means weigh each hour equally.</source>
        <extracomment>gisdesk/io/sensors.py:1503</extracomment>
        <translation>Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần, vào những thời điểm không tròn giờ (ví dụ {when:%H:%M:%S} UTC); trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.</translation>
    </message>
    <message>
        <source>Readings come about every {every}, at times that do not follow the clock (e.g. {when:%H:%M:%S} UTC); hourly and daily means weigh each hour equally.</source>
        <extracomment>gisdesk/io/sensors.py:1506</extracomment>
        <translation>Số đo được ghi khoảng {every} một lần, vào những thời điểm không tròn giờ (ví dụ {when:%H:%M:%S} UTC); trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.</translation>
    </message>
    <message>
        <source>{v:.0f} h</source>
        <extracomment>gisdesk/io/sensors.py:1539</extracomment>
        <translation>{v:.0f} giờ</translation>
    </message>
    <message>
        <source>{v:.1f} h</source>
        <extracomment>gisdesk/io/sensors.py:1539</extracomment>
        <translation>{v:.1f} giờ</translation>
    </message>
    <message>
        <source>this is a folder, not a GeoPackage</source>
        <extracomment>gisdesk/io/sensors.py:1606</extracomment>
        <translation>đây là một thư mục, không phải GeoPackage</translation>
    </message>
    <message>
        <source>the archive '{name}' holds no '{member}'</source>
        <extracomment>gisdesk/io/sensors.py:1617</extracomment>
        <translation>tệp nén '{name}' không chứa '{member}'</translation>
    </message>
    <message>
        <source>the table '{table}' holds no readings</source>
        <extracomment>gisdesk/io/sensors.py:1729</extracomment>
        <translation>bảng '{table}' không có số đo nào</translation>
    </message>
    <message>
        <source>The stations layer declares no coordinate reference system; its coordinates were taken as longitude/latitude (WGS 84).</source>
        <extracomment>gisdesk/io/sensors.py:1754</extracomment>
        <translation>Lớp trạm không khai báo hệ tọa độ; tọa độ của lớp được coi là kinh độ/vĩ độ (WGS 84).</translation>
    </message>
    <message>
        <source>no column of dates/times was found (looked for names such as 'datetime', 'timestamp', 'time', 'date', 'thời gian', 'ngày giờ'); the columns are {columns}</source>
        <extracomment>gisdesk/io/sensors.py:1806</extracomment>
        <translation>không tìm thấy cột ngày/giờ nào (đã tìm các tên như 'datetime', 'timestamp', 'time', 'date', 'thời gian', 'ngày giờ'); các cột hiện có là {columns}</translation>
    </message>
    <message>
        <source>Dates from column '{date}' and times of day from '{clock}' were joined.</source>
        <extracomment>gisdesk/io/sensors.py:1817</extracomment>
        <translation>Đã ghép ngày từ cột '{date}' với giờ trong ngày từ cột '{clock}'.</translation>
    </message>
    <message>
        <source>Read as one row per station and time with a column per parameter ({shown}); time from '{time}'.</source>
        <extracomment>gisdesk/io/sensors.py:1857</extracomment>
        <translation>Đọc theo dạng mỗi dòng một trạm và một thời điểm, mỗi thông số một cột ({shown}); thời gian lấy từ '{time}'.</translation>
    </message>
    <message>
        <source>{n:,} reading</source>
        <extracomment>gisdesk/io/sensors.py:1883</extracomment>
        <translation>{n:,} số đo</translation>
    </message>
    <message>
        <source>{n:,} readings</source>
        <extracomment>gisdesk/io/sensors.py:1883</extracomment>
        <translation>{n:,} số đo</translation>
    </message>
    <message>
        <source>{n:,} parameter</source>
        <extracomment>gisdesk/io/sensors.py:1884</extracomment>
        <translation>{n:,} thông số</translation>
    </message>
    <message>
        <source>{n:,} parameters</source>
        <extracomment>gisdesk/io/sensors.py:1884</extracomment>
        <translation>{n:,} thông số</translation>
    </message>
    <message>
        <source>{n:,} station</source>
        <extracomment>gisdesk/io/sensors.py:1885</extracomment>
        <translation>{n:,} trạm</translation>
    </message>
    <message>
        <source>{n:,} stations</source>
        <extracomment>gisdesk/io/sensors.py:1885</extracomment>
        <translation>{n:,} trạm</translation>
    </message>
    <message>
        <source>{readings} of {parameters} at {stations}, from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC.</source>
        <extracomment>gisdesk/io/sensors.py:1886</extracomment>
        <translation>{readings} của {parameters} tại {stations}, từ {start:%d/%m/%Y %H:%M} đến {end:%d/%m/%Y %H:%M} UTC.</translation>
    </message>
    <message>
        <source>{readings} of {parameters} at {stations}.</source>
        <extracomment>gisdesk/io/sensors.py:1889</extracomment>
        <translation>{readings} của {parameters} tại {stations}.</translation>
    </message>
    <message>
        <source>this looks like a table of stations (names and positions) without readings; open it as the stations table of a readings file</source>
        <extracomment>gisdesk/io/sensors.py:1895</extracomment>
        <translation>đây có vẻ là bảng các trạm (tên và vị trí) không có số đo; hãy mở nó làm bảng trạm của một tệp số đo</translation>
    </message>
    <message>
        <source>Dates in column '{column}' were read as {how}.</source>
        <extracomment>gisdesk/io/sensors.py:1950</extracomment>
        <translation>Ngày trong cột '{column}' được đọc theo dạng {how}.</translation>
    </message>
    <message>
        <source>Every date in column '{column}' fits both day/month and month/day order (no day is above 12); they were read as {how}. Check a known date.</source>
        <extracomment>gisdesk/io/sensors.py:1953</extracomment>
        <translation>Mọi ngày trong cột '{column}' đều đọc được theo cả thứ tự ngày/tháng lẫn tháng/ngày (không có ngày nào lớn hơn 12); đã đọc theo dạng {how}. Hãy kiểm tra lại với một ngày đã biết.</translation>
    </message>
    <message>
        <source>Column '{column}' says '{flag}' for every reading.</source>
        <extracomment>gisdesk/io/sensors.py:1966</extracomment>
        <translation>Cột '{column}' ghi '{flag}' cho mọi số đo.</translation>
    </message>
    <message>
        <source>Column '{column}' repeats an air-quality index with each reading; it was added as {n:,} reading of parameter 'aqi' (one per station and time).</source>
        <extracomment>gisdesk/io/sensors.py:1992</extracomment>
        <translation>Cột '{column}' lặp lại chỉ số chất lượng không khí ở mỗi số đo; đã được thêm thành {n:,} số đo của thông số 'aqi' (mỗi trạm và thời điểm một số đo).</translation>
    </message>
    <message>
        <source>Column '{column}' repeats an air-quality index with each reading; it was added as {n:,} readings of parameter 'aqi' (one per station and time).</source>
        <extracomment>gisdesk/io/sensors.py:1995</extracomment>
        <translation>Cột '{column}' lặp lại chỉ số chất lượng không khí ở mỗi số đo; đã được thêm thành {n:,} số đo của thông số 'aqi' (mỗi trạm và thời điểm một số đo).</translation>
    </message>
    <message>
        <source>the stations table {label} has no column of station ids or names (looked for 'station_id', 'location_id', 'mã trạm', 'station_name', 'tên trạm', 'name'...)</source>
        <extracomment>gisdesk/io/sensors.py:2130</extracomment>
        <translation>bảng trạm {label} không có cột mã trạm hay tên trạm (đã tìm 'station_id', 'location_id', 'mã trạm', 'station_name', 'tên trạm', 'name'...)</translation>
    </message>
    <message>
        <source>Stations were read from {label} ({rows}); station ids come from column '{column}'.</source>
        <extracomment>gisdesk/io/sensors.py:2161</extracomment>
        <translation>Đã đọc các trạm từ {label} ({rows}); mã trạm lấy từ cột '{column}'.</translation>
    </message>
    <message>
        <source>Stations were read from {label} ({rows}); station names come from column '{column}'.</source>
        <extracomment>gisdesk/io/sensors.py:2164</extracomment>
        <translation>Đã đọc các trạm từ {label} ({rows}); tên trạm lấy từ cột '{column}'.</translation>
    </message>
    <message>
        <source>The stations table {label} has no coordinate columns; the stations have no positions.</source>
        <extracomment>gisdesk/io/sensors.py:2167</extracomment>
        <translation>Bảng trạm {label} không có cột tọa độ; các trạm không có vị trí.</translation>
    </message>
    <message>
        <source>{tz!r} is not a time zone name (use e.g. 'Asia/Ho_Chi_Minh')</source>
        <extracomment>gisdesk/io/sensors.py:361</extracomment>
        <translation>{tz!r} không phải tên múi giờ (hãy dùng tên như 'Asia/Ho_Chi_Minh')</translation>
    </message>
    <message>
        <source>typed date-times with a time zone</source>
        <extracomment>gisdesk/io/sensors.py:436</extracomment>
        <translation>giá trị ngày giờ có múi giờ</translation>
    </message>
    <message>
        <source>numbers</source>
        <extracomment>gisdesk/io/sensors.py:453</extracomment>
        <translation>số</translation>
    </message>
    <message>
        <source>the file could not be opened ({e})</source>
        <extracomment>gisdesk/io/sensors.py:579; gisdesk/io/service_requests.py:1330; gisdesk/io/tabular.py:1632</extracomment>
        <translation>không mở được tệp ({e})</translation>
    </message>
    <message>
        <source>The coordinates were in {crs}; they were converted to longitude/latitude (WGS 84).</source>
        <extracomment>gisdesk/io/sensors.py:691</extracomment>
        <translation>Tọa độ thuộc hệ {crs}; đã được chuyển sang kinh độ/vĩ độ (WGS 84).</translation>
    </message>
    <message>
        <source>this Parquet file could not be read ({e})</source>
        <extracomment>gisdesk/io/sensors.py:724</extracomment>
        <translation>không đọc được tệp Parquet này ({e})</translation>
    </message>
    <message>
        <source>Column {names} holds lists or records, not single values; left out.</source>
        <extracomment>gisdesk/io/sensors.py:730</extracomment>
        <translation>Cột {names} chứa danh sách hoặc bản ghi chứ không phải giá trị đơn; đã bỏ qua.</translation>
    </message>
    <message>
        <source>Columns {names} hold lists or records, not single values; left out.</source>
        <extracomment>gisdesk/io/sensors.py:732</extracomment>
        <translation>Các cột {names} chứa danh sách hoặc bản ghi chứ không phải giá trị đơn; đã bỏ qua.</translation>
    </message>
    <message>
        <source>Station positions come from columns '{lat}' (latitude) and '{lon}' (longitude), taken as WGS 84.</source>
        <extracomment>gisdesk/io/sensors.py:770</extracomment>
        <translation>Vị trí trạm lấy từ cột '{lat}' (vĩ độ) và '{lon}' (kinh độ), coi là WGS 84.</translation>
    </message>
    <message>
        <source>{n:,} row has the coordinates 0, 0 (a placeholder for 'unknown', in the sea off Africa); it was kept without a position.</source>
        <extracomment>gisdesk/io/sensors.py:795</extracomment>
        <translation>{n:,} dòng có tọa độ 0, 0 (giá trị thay cho 'không rõ', nằm ngoài biển châu Phi); đã giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} rows have the coordinates 0, 0 (a placeholder for 'unknown', in the sea off Africa); they were kept without a position.</source>
        <extracomment>gisdesk/io/sensors.py:797</extracomment>
        <translation>{n:,} dòng có tọa độ 0, 0 (giá trị thay cho 'không rõ', nằm ngoài biển châu Phi); đã giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} row has latitude/longitude out of range; kept without a position.</source>
        <extracomment>gisdesk/io/sensors.py:802</extracomment>
        <translation>{n:,} dòng có vĩ độ/kinh độ nằm ngoài phạm vi hợp lệ; đã giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} rows have latitude/longitude out of range; kept without a position.</source>
        <extracomment>gisdesk/io/sensors.py:803</extracomment>
        <translation>{n:,} dòng có vĩ độ/kinh độ nằm ngoài phạm vi hợp lệ; đã giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>Parameter names were turned into gisdesk's codes: {shown} and more.</source>
        <extracomment>gisdesk/io/sensors.py:899</extracomment>
        <translation>Tên thông số đã được đổi sang mã của gisdesk: {shown} và các thông số khác.</translation>
    </message>
    <message>
        <source>Parameter names were turned into gisdesk's codes: {shown}.</source>
        <extracomment>gisdesk/io/sensors.py:900</extracomment>
        <translation>Tên thông số đã được đổi sang mã của gisdesk: {shown}.</translation>
    </message>
    <message>
        <source>{n:,} parameter that QCVN and gisdesk have no standard code for was kept under its own name: {names}.</source>
        <extracomment>gisdesk/io/sensors.py:904</extracomment>
        <translation>{n:,} thông số không có mã chuẩn trong QCVN và gisdesk được giữ nguyên tên gốc: {names}.</translation>
    </message>
    <message>
        <source>{n:,} parameters that QCVN and gisdesk have no standard code for were kept under their own name: {names}.</source>
        <extracomment>gisdesk/io/sensors.py:906</extracomment>
        <translation>{n:,} thông số không có mã chuẩn trong QCVN và gisdesk được giữ nguyên tên gốc: {names}.</translation>
    </message>
    <message>
        <source>{n:,} reading has no parameter name; it was dropped.</source>
        <extracomment>gisdesk/io/sensors.py:911</extracomment>
        <translation>{n:,} số đo không có tên thông số; đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} readings have no parameter name; they were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:912</extracomment>
        <translation>{n:,} số đo không có tên thông số; đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{param} in {unit}</source>
        <extracomment>gisdesk/io/sensors.py:1014</extracomment>
        <translation>{param} tính bằng {unit}</translation>
    </message>
    <message>
        <source>{n:,} reading had no unit; they were taken to be in the usual unit of their parameter ({shown}).</source>
        <extracomment>gisdesk/io/sensors.py:1016</extracomment>
        <translation>{n:,} số đo không có đơn vị; đã coi là đơn vị thường dùng của thông số tương ứng ({shown}).</translation>
    </message>
    <message>
        <source>{n:,} readings had no unit; they were taken to be in the usual unit of their parameter ({shown}).</source>
        <extracomment>gisdesk/io/sensors.py:1018</extracomment>
        <translation>{n:,} số đo không có đơn vị; đã coi là đơn vị thường dùng của thông số tương ứng ({shown}).</translation>
    </message>
    <message>
        <source>{n:,} reading repeated another reading exactly (same station, parameter, time and value); the repeats were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:1073</extracomment>
        <translation>{n:,} số đo trùng hoàn toàn với một số đo khác (cùng trạm, thông số, thời điểm và giá trị); các bản trùng đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} readings repeated another reading exactly (same station, parameter, time and value); the repeats were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:1075</extracomment>
        <translation>{n:,} số đo trùng hoàn toàn với một số đo khác (cùng trạm, thông số, thời điểm và giá trị); các bản trùng đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} reading gave a second, different value for a station, parameter and time already read (e.g. {param} at station '{station}' on {when:%Y-%m-%d %H:%M} UTC); the first value was kept and the others dropped.</source>
        <extracomment>gisdesk/io/sensors.py:1082</extracomment>
        <translation>{n:,} số đo cho giá trị thứ hai, khác đi, cho cùng trạm, thông số và thời điểm đã đọc (ví dụ {param} tại trạm '{station}' lúc {when:%d/%m/%Y %H:%M} UTC); đã giữ giá trị đầu tiên và loại bỏ các giá trị còn lại.</translation>
    </message>
    <message>
        <source>{n:,} readings gave a second, different value for a station, parameter and time already read (e.g. {param} at station '{station}' on {when:%Y-%m-%d %H:%M} UTC); the first value was kept and the others dropped.</source>
        <extracomment>gisdesk/io/sensors.py:1086</extracomment>
        <translation>{n:,} số đo cho giá trị thứ hai, khác đi, cho cùng trạm, thông số và thời điểm đã đọc (ví dụ {param} tại trạm '{station}' lúc {when:%d/%m/%Y %H:%M} UTC); đã giữ giá trị đầu tiên và loại bỏ các giá trị còn lại.</translation>
    </message>
    <message>
        <source>named after {prov} province but placed about {km:,.0f} km outside it, in {where}</source>
        <extracomment>gisdesk/io/sensors.py:1270</extracomment>
        <translation>mang tên tỉnh {prov} nhưng nằm ngoài tỉnh này khoảng {km:,.0f} km, tại {where}</translation>
    </message>
    <message>
        <source>named after {prov} province but placed about {km:,.0f} km outside it</source>
        <extracomment>gisdesk/io/sensors.py:1272</extracomment>
        <translation>mang tên tỉnh {prov} nhưng nằm ngoài tỉnh này khoảng {km:,.0f} km</translation>
    </message>
    <message>
        <source>Its position was removed so that its readings do not appear in the wrong place (the position as given is kept in columns 'source_lat'/'source_lon'); set the position by hand if you know it.</source>
        <extracomment>gisdesk/io/sensors.py:1289</extracomment>
        <translation>Vị trí của trạm đã bị gỡ bỏ để số đo không hiện sai chỗ (vị trí gốc được giữ trong các cột 'source_lat'/'source_lon'); hãy nhập vị trí bằng tay nếu biết.</translation>
    </message>
    <message>
        <source>Their positions were removed so that their readings do not appear in the wrong place (the position as given is kept in columns 'source_lat'/'source_lon'); set the position by hand if you know it.</source>
        <extracomment>gisdesk/io/sensors.py:1292</extracomment>
        <translation>Vị trí của các trạm này đã bị gỡ bỏ để số đo không hiện sai chỗ (vị trí gốc được giữ trong các cột 'source_lat'/'source_lon'); hãy nhập vị trí bằng tay nếu biết.</translation>
    </message>
    <message>
        <source>{n:,} station is named after one province but placed in another, probably by a geocoder that matched a place name shared by both: {examples}{more}. {done}</source>
        <extracomment>gisdesk/io/sensors.py:1295</extracomment>
        <translation>{n:,} trạm mang tên một tỉnh nhưng lại nằm ở tỉnh khác, có lẽ do công cụ mã hóa địa lý khớp nhầm một địa danh trùng tên ở cả hai tỉnh: {examples}{more}. {done}</translation>
    </message>
    <message>
        <source>{n:,} stations are named after one province but placed in another, probably by a geocoder that matched a place name shared by both: {examples}{more}. {done}</source>
        <extracomment>gisdesk/io/sensors.py:1298</extracomment>
        <translation>{n:,} trạm mang tên một tỉnh nhưng lại nằm ở tỉnh khác, có lẽ do công cụ mã hóa địa lý khớp nhầm một địa danh trùng tên ở cả hai tỉnh: {examples}{more}. {done}</translation>
    </message>
    <message>
        <source>{n:,} point with several stations: {shown}</source>
        <extracomment>gisdesk/io/sensors.py:1339</extracomment>
        <translation>{n:,} điểm có nhiều trạm: {shown}</translation>
    </message>
    <message>
        <source>{n:,} points with several stations: {shown}</source>
        <extracomment>gisdesk/io/sensors.py:1340</extracomment>
        <translation>{n:,} điểm có nhiều trạm: {shown}</translation>
    </message>
    <message>
        <source>{column} says '{value}'</source>
        <extracomment>gisdesk/io/sensors.py:1372</extracomment>
        <translation>{column} ghi '{value}'</translation>
    </message>
    <message>
        <source>{n:,} station has no position ({names}); it was kept with its readings but cannot be drawn on the map.</source>
        <extracomment>gisdesk/io/sensors.py:1388</extracomment>
        <translation>{n:,} trạm không có vị trí ({names}); đã giữ lại cùng các số đo nhưng không thể vẽ trên bản đồ.</translation>
    </message>
    <message>
        <source>{n:,} stations have no position ({names}); they were kept with their readings but cannot be drawn on the map.</source>
        <extracomment>gisdesk/io/sensors.py:1390</extracomment>
        <translation>{n:,} trạm không có vị trí ({names}); đã giữ lại cùng các số đo nhưng không thể vẽ trên bản đồ.</translation>
    </message>
    <message>
        <source>{n:,} reading is negative: {parts}. Instruments report small negative values near zero; they were kept as measured.</source>
        <extracomment>gisdesk/io/sensors.py:1449</extracomment>
        <translation>{n:,} số đo có giá trị âm: {parts}. Thiết bị đo thường báo giá trị âm nhỏ khi gần bằng không; đã giữ nguyên như số đo.</translation>
    </message>
    <message>
        <source>{n:,} readings are negative: {parts}. Instruments report small negative values near zero; they were kept as measured.</source>
        <extracomment>gisdesk/io/sensors.py:1451</extracomment>
        <translation>{n:,} số đo có giá trị âm: {parts}. Thiết bị đo thường báo giá trị âm nhỏ khi gần bằng không; đã giữ nguyên như số đo.</translation>
    </message>
    <message>
        <source>{n:,} humidity reading is above 100 % (highest {high:g}); kept as measured.</source>
        <extracomment>gisdesk/io/sensors.py:1457</extracomment>
        <translation>{n:,} số đo độ ẩm vượt 100 % (cao nhất {high:g}); đã giữ nguyên như số đo.</translation>
    </message>
    <message>
        <source>{n:,} humidity readings are above 100 % (highest {high:g}); kept as measured.</source>
        <extracomment>gisdesk/io/sensors.py:1459</extracomment>
        <translation>{n:,} số đo độ ẩm vượt 100 % (cao nhất {high:g}); đã giữ nguyên như số đo.</translation>
    </message>
    <message>
        <source>{n:,} temperature reading is outside -50 to 60 °C (e.g. {value:g}); check the unit. Kept as measured.</source>
        <extracomment>gisdesk/io/sensors.py:1464</extracomment>
        <translation>{n:,} số đo nhiệt độ nằm ngoài khoảng -50 đến 60 °C (ví dụ {value:g}); hãy kiểm tra đơn vị. Đã giữ nguyên như số đo.</translation>
    </message>
    <message>
        <source>{n:,} temperature readings are outside -50 to 60 °C (e.g. {value:g}); check the unit. Kept as measured.</source>
        <extracomment>gisdesk/io/sensors.py:1466</extracomment>
        <translation>{n:,} số đo nhiệt độ nằm ngoài khoảng -50 đến 60 °C (ví dụ {value:g}); hãy kiểm tra đơn vị. Đã giữ nguyên như số đo.</translation>
    </message>
    <message>
        <source>Readings come about every {every}, at irregular intervals; hourly and daily means weigh each hour equally.</source>
        <extracomment>gisdesk/io/sensors.py:1510</extracomment>
        <translation>Số đo được ghi khoảng {every} một lần, cách quãng không đều; trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.</translation>
    </message>
    <message>
        <source>Readings come about every {every} at most stations.</source>
        <extracomment>gisdesk/io/sensors.py:1519</extracomment>
        <translation>Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần.</translation>
    </message>
    <message>
        <source>Readings come about every {every}.</source>
        <extracomment>gisdesk/io/sensors.py:1520</extracomment>
        <translation>Số đo được ghi khoảng {every} một lần.</translation>
    </message>
    <message>
        <source>There is {n:,} gap longer than three times the usual interval (the longest: {longest} without readings at {station} before {when:%Y-%m-%d %H:%M} UTC).</source>
        <extracomment>gisdesk/io/sensors.py:1523</extracomment>
        <translation>Có {n:,} khoảng trống dài hơn ba lần khoảng cách thường lệ (dài nhất: {longest} không có số đo tại {station} trước {when:%d/%m/%Y %H:%M} UTC).</translation>
    </message>
    <message>
        <source>There are {n:,} gaps longer than three times the usual interval (the longest: {longest} without readings at {station} before {when:%Y-%m-%d %H:%M} UTC).</source>
        <extracomment>gisdesk/io/sensors.py:1525</extracomment>
        <translation>Có {n:,} khoảng trống dài hơn ba lần khoảng cách thường lệ (dài nhất: {longest} không có số đo tại {station} trước {when:%d/%m/%Y %H:%M} UTC).</translation>
    </message>
    <message>
        <source>the table could not be read as sensor data ({kind}: {e})</source>
        <extracomment>gisdesk/io/sensors.py:1579</extracomment>
        <translation>không đọc được bảng này thành dữ liệu cảm biến ({kind}: {e})</translation>
    </message>
    <message>
        <source>'{name}' is not a readable zip archive ({e})</source>
        <extracomment>gisdesk/io/sensors.py:1615</extracomment>
        <translation>'{name}' không phải tệp nén zip đọc được ({e})</translation>
    </message>
    <message>
        <source>this is not a GeoPackage GDAL can open ({e})</source>
        <extracomment>gisdesk/io/sensors.py:1693</extracomment>
        <translation>đây không phải GeoPackage mà GDAL mở được ({e})</translation>
    </message>
    <message>
        <source>this GeoPackage does not hold sensors: expected a point layer of stations (named 'stations') and a table of readings (named 'readings'); its layers are {layers}</source>
        <extracomment>gisdesk/io/sensors.py:1710</extracomment>
        <translation>GeoPackage này không chứa dữ liệu cảm biến: cần một lớp điểm các trạm (tên 'stations') và một bảng số đo (tên 'readings'); các lớp hiện có là {layers}</translation>
    </message>
    <message>
        <source>this GeoPackage does not hold sensors: expected a point layer of stations (named 'stations') and a table of readings (named 'readings'); its layers are none</source>
        <extracomment>gisdesk/io/sensors.py:1713</extracomment>
        <translation>GeoPackage này không chứa dữ liệu cảm biến: cần một lớp điểm các trạm (tên 'stations') và một bảng số đo (tên 'readings'); tệp không có lớp nào</translation>
    </message>
    <message>
        <source>the layers '{stations}' and '{readings}' could not be read ({e})</source>
        <extracomment>gisdesk/io/sensors.py:1720</extracomment>
        <translation>không đọc được các lớp '{stations}' và '{readings}' ({e})</translation>
    </message>
    <message>
        <source>the GeoPackage could not be read as sensor data ({kind}: {e})</source>
        <extracomment>gisdesk/io/sensors.py:1741</extracomment>
        <translation>không đọc được GeoPackage này thành dữ liệu cảm biến ({kind}: {e})</translation>
    </message>
    <message>
        <source>{n:,} station is not a single point; it was kept without a position.</source>
        <extracomment>gisdesk/io/sensors.py:1770</extracomment>
        <translation>{n:,} trạm không phải một điểm đơn; đã giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} stations are not a single point; they were kept without a position.</source>
        <extracomment>gisdesk/io/sensors.py:1771</extracomment>
        <translation>{n:,} trạm không phải một điểm đơn; đã giữ lại nhưng không có vị trí.</translation>
    </message>
    <message>
        <source>Read as one reading per row: station from '{station}', parameter from '{parameter}', value from '{value}', unit from '{unit}', time from '{time}'.</source>
        <extracomment>gisdesk/io/sensors.py:1837</extracomment>
        <translation>Đọc theo dạng mỗi dòng một số đo: trạm lấy từ '{station}', thông số từ '{parameter}', giá trị từ '{value}', đơn vị từ '{unit}', thời gian từ '{time}'.</translation>
    </message>
    <message>
        <source>Read as one reading per row: station from '{station}', parameter from '{parameter}', value from '{value}', time from '{time}'.</source>
        <extracomment>gisdesk/io/sensors.py:1840</extracomment>
        <translation>Đọc theo dạng mỗi dòng một số đo: trạm lấy từ '{station}', thông số từ '{parameter}', giá trị từ '{value}', thời gian từ '{time}'.</translation>
    </message>
    <message>
        <source>The file names no station; all readings were taken as one station, '{name}' (the file's name).</source>
        <extracomment>gisdesk/io/sensors.py:1911</extracomment>
        <translation>Tệp không ghi tên trạm; mọi số đo được coi là của một trạm, '{name}' (tên tệp).</translation>
    </message>
    <message>
        <source>{n:,} row names no station; it was put under a station called 'unknown station'.</source>
        <extracomment>gisdesk/io/sensors.py:1919</extracomment>
        <translation>{n:,} dòng không ghi trạm; đã được xếp vào một trạm tên 'unknown station'.</translation>
    </message>
    <message>
        <source>{n:,} rows name no station; they were put under a station called 'unknown station'.</source>
        <extracomment>gisdesk/io/sensors.py:1921</extracomment>
        <translation>{n:,} dòng không ghi trạm; đã được xếp vào một trạm tên 'unknown station'.</translation>
    </message>
    <message>
        <source>The times in column '{column}' carry no time zone; they were taken as UTC, as the column's name says.</source>
        <extracomment>gisdesk/io/sensors.py:1939</extracomment>
        <translation>Thời gian trong cột '{column}' không ghi múi giờ; đã được coi là UTC, như tên cột cho biết.</translation>
    </message>
    <message>
        <source>Column '{column}' holds the quality flags {shown}.</source>
        <extracomment>gisdesk/io/sensors.py:1970</extracomment>
        <translation>Cột '{column}' chứa các cờ chất lượng {shown}.</translation>
    </message>
    <message>
        <source>{n:,} reading is flagged as invalid in column '{column}' ({flags}); it was dropped.</source>
        <extracomment>gisdesk/io/sensors.py:1974</extracomment>
        <translation>{n:,} số đo bị đánh dấu không hợp lệ trong cột '{column}' ({flags}); đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} readings are flagged as invalid in column '{column}' ({flags}); they were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:1976</extracomment>
        <translation>{n:,} số đo bị đánh dấu không hợp lệ trong cột '{column}' ({flags}); đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} value is not a number; that reading was dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2010</extracomment>
        <translation>{n:,} giá trị không phải là số; số đo đó đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} values are not a number; those readings were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2011</extracomment>
        <translation>{n:,} giá trị không phải là số; các số đo đó đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} reading holds a 'no data' code ({shown}); it was dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2015</extracomment>
        <translation>{n:,} số đo mang mã 'không có dữ liệu' ({shown}); đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} readings hold a 'no data' code ({shown}); they were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2016</extracomment>
        <translation>{n:,} số đo mang mã 'không có dữ liệu' ({shown}); đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} empty value (no reading) was skipped.</source>
        <extracomment>gisdesk/io/sensors.py:2020</extracomment>
        <translation>Đã bỏ qua {n:,} giá trị trống (không có số đo).</translation>
    </message>
    <message>
        <source>{n:,} empty values (no reading) were skipped.</source>
        <extracomment>gisdesk/io/sensors.py:2021</extracomment>
        <translation>Đã bỏ qua {n:,} giá trị trống (không có số đo).</translation>
    </message>
    <message>
        <source>{n:,} reading has an empty or unreadable time (or one that does not exist in the time zone); it was dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2025</extracomment>
        <translation>{n:,} số đo có thời gian trống hoặc không đọc được (hoặc không tồn tại trong múi giờ); đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} readings have an empty or unreadable time (or one that does not exist in the time zone); they were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2027</extracomment>
        <translation>{n:,} số đo có thời gian trống hoặc không đọc được (hoặc không tồn tại trong múi giờ); đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>Column {names} is empty in every row; left out.</source>
        <extracomment>gisdesk/io/sensors.py:2045</extracomment>
        <translation>Cột {names} trống ở mọi dòng; đã bỏ qua.</translation>
    </message>
    <message>
        <source>Columns {names} are empty in every row; left out.</source>
        <extracomment>gisdesk/io/sensors.py:2046</extracomment>
        <translation>Các cột {names} trống ở mọi dòng; đã bỏ qua.</translation>
    </message>
    <message>
        <source>Column {names} changes from reading to reading and is not part of a reading; it was left out.</source>
        <extracomment>gisdesk/io/sensors.py:2057</extracomment>
        <translation>Cột {names} thay đổi theo từng số đo nhưng không thuộc về số đo; đã bỏ qua.</translation>
    </message>
    <message>
        <source>Columns {names} change from reading to reading and are not part of a reading; they were left out.</source>
        <extracomment>gisdesk/io/sensors.py:2059</extracomment>
        <translation>Các cột {names} thay đổi theo từng số đo nhưng không thuộc về số đo; đã bỏ qua.</translation>
    </message>
    <message>
        <source>In the stations table: {message}</source>
        <extracomment>gisdesk/io/sensors.py:2135</extracomment>
        <translation>Trong bảng trạm: {message}</translation>
    </message>
    <message>
        <source>{n:,} row of the stations table has neither a station id nor a name; it was dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2154</extracomment>
        <translation>{n:,} dòng của bảng trạm không có cả mã trạm lẫn tên trạm; đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} rows of the stations table have neither a station id nor a name; they were dropped.</source>
        <extracomment>gisdesk/io/sensors.py:2156</extracomment>
        <translation>{n:,} dòng của bảng trạm không có cả mã trạm lẫn tên trạm; đã bị loại bỏ.</translation>
    </message>
    <message>
        <source>{n:,} station appears twice in the stations table (e.g. '{station}'); the first row was used.</source>
        <extracomment>gisdesk/io/sensors.py:2178</extracomment>
        <translation>{n:,} trạm xuất hiện hai lần trong bảng trạm (ví dụ '{station}'); đã dùng dòng đầu tiên.</translation>
    </message>
    <message>
        <source>{n:,} stations appear twice in the stations table (e.g. '{station}'); the first row was used.</source>
        <extracomment>gisdesk/io/sensors.py:2180</extracomment>
        <translation>{n:,} trạm xuất hiện hai lần trong bảng trạm (ví dụ '{station}'); đã dùng dòng đầu tiên.</translation>
    </message>
    <message>
        <source>{n:,} station of the readings is not in the stations table ({names}); it was kept, positioned from the readings file if it has coordinates.</source>
        <extracomment>gisdesk/io/sensors.py:2225</extracomment>
        <translation>{n:,} trạm trong tệp số đo không có trong bảng trạm ({names}); đã giữ lại, với vị trí lấy từ tệp số đo nếu tệp có tọa độ.</translation>
    </message>
    <message>
        <source>{n:,} stations of the readings are not in the stations table ({names}); they were kept, positioned from the readings file if it has coordinates.</source>
        <extracomment>gisdesk/io/sensors.py:2228</extracomment>
        <translation>{n:,} trạm trong tệp số đo không có trong bảng trạm ({names}); đã giữ lại, với vị trí lấy từ tệp số đo nếu tệp có tọa độ.</translation>
    </message>
    <message>
        <source>{n:,} station of the table has no readings in this file and was kept.</source>
        <extracomment>gisdesk/io/sensors.py:2235</extracomment>
        <translation>{n:,} trạm của bảng không có số đo trong tệp này và vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} stations of the table have no readings in this file and were kept.</source>
        <extracomment>gisdesk/io/sensors.py:2237</extracomment>
        <translation>{n:,} trạm của bảng không có số đo trong tệp này và vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <extracomment>gisdesk/io/sensors.py:446</extracomment>
        <translation>thời gian Unix tính bằng mili giây</translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <extracomment>gisdesk/io/sensors.py:448</extracomment>
        <translation>thời gian Unix tính bằng giây</translation>
    </message>
    <message>
        <source>spreadsheet serial dates</source>
        <extracomment>gisdesk/io/sensors.py:452</extracomment>
        <translation>số ngày kiểu bảng tính</translation>
    </message>
    <message>
        <source>the GeoParquet geometry could not be read ({e})</source>
        <extracomment>gisdesk/io/sensors.py:753</extracomment>
        <translation>không đọc được hình học GeoParquet ({e})</translation>
    </message>
    <message>
        <source> ({lo:g} to {hi:g})</source>
        <extracomment>gisdesk/io/sensors.py:993</extracomment>
        <translation> (từ {lo:g} đến {hi:g})</translation>
    </message>
    <message>
        <source>'{name}' is placed at {pos}, in {where}, about {km:,.0f} km from {prov}</source>
        <extracomment>gisdesk/io/sensors.py:1275</extracomment>
        <translation>'{name}' nằm tại {pos}, thuộc {where}, cách {prov} khoảng {km:,.0f} km</translation>
    </message>
    <message>
        <source>'{name}' is placed at {pos} about {km:,.0f} km from {prov}</source>
        <extracomment>gisdesk/io/sensors.py:1277</extracomment>
        <translation>'{name}' nằm tại {pos}, cách {prov} khoảng {km:,.0f} km</translation>
    </message>
    <message>
        <source>shares its position with {n:,} other station</source>
        <extracomment>gisdesk/io/sensors.py:1326</extracomment>
        <translation>trùng vị trí với {n:,} trạm khác</translation>
    </message>
    <message>
        <source>shares its position with {n:,} other stations</source>
        <extracomment>gisdesk/io/sensors.py:1327</extracomment>
        <translation>trùng vị trí với {n:,} trạm khác</translation>
    </message>
    <message>
        <source>{n:,} station shares its position with another station ({points}). Their markers sit on top of each other; such positions usually come from geocoding a place name (a city centre) rather than from where the sensors stand. They were kept and marked in column 'location_note'.</source>
        <extracomment>gisdesk/io/sensors.py:1341</extracomment>
        <translation>{n:,} trạm trùng vị trí với một trạm khác ({points}). Các ký hiệu của chúng nằm chồng lên nhau; những vị trí như vậy thường do mã hóa địa lý từ một địa danh (trung tâm thành phố) chứ không phải nơi đặt cảm biến. Các trạm được giữ lại và đánh dấu trong cột 'location_note'.</translation>
    </message>
    <message>
        <source>{n:,} stations share their position with another station ({points}). Their markers sit on top of each other; such positions usually come from geocoding a place name (a city centre) rather than from where the sensors stand. They were kept and marked in column 'location_note'.</source>
        <extracomment>gisdesk/io/sensors.py:1346</extracomment>
        <translation>{n:,} trạm trùng vị trí với một trạm khác ({points}). Các ký hiệu của chúng nằm chồng lên nhau; những vị trí như vậy thường do mã hóa địa lý từ một địa danh (trung tâm thành phố) chứ không phải nơi đặt cảm biến. Các trạm được giữ lại và đánh dấu trong cột 'location_note'.</translation>
    </message>
    <message>
        <source>Stations {names} at {pos} report identical values at the same times (all {n:,} readings they have in common): they are probably one sensor listed under several names. All were kept; count them once when comparing stations.</source>
        <extracomment>gisdesk/io/sensors.py:1354</extracomment>
        <translation>Các trạm {names} tại {pos} báo cùng giá trị vào cùng thời điểm (cả {n:,} số đo chung): có lẽ đây là một cảm biến được ghi dưới nhiều tên. Tất cả đều được giữ lại; khi so sánh các trạm, chỉ tính chúng một lần.</translation>
    </message>
    <message>
        <source>{n:,} station has a position that column '{column}' marks as approximate (e.g. '{first}': '{value}'); it was kept and marked in 'location_note'.</source>
        <extracomment>gisdesk/io/sensors.py:1374</extracomment>
        <translation>{n:,} trạm có vị trí được cột '{column}' ghi là gần đúng (ví dụ '{first}': '{value}'); đã giữ lại và đánh dấu trong 'location_note'.</translation>
    </message>
    <message>
        <source>{n:,} stations have a position that column '{column}' marks as approximate (e.g. '{first}': '{value}'); they were kept and marked in 'location_note'.</source>
        <extracomment>gisdesk/io/sensors.py:1377</extracomment>
        <translation>{n:,} trạm có vị trí được cột '{column}' ghi là gần đúng (ví dụ '{first}': '{value}'); đã giữ lại và đánh dấu trong 'location_note'.</translation>
    </message>
    <message>
        <source>Readings come about every {every} at most stations; {n:,} station reports at irregular intervals; hourly and daily means weigh each hour equally.</source>
        <extracomment>gisdesk/io/sensors.py:1514</extracomment>
        <translation>Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần; {n:,} trạm gửi số liệu cách quãng không đều; trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.</translation>
    </message>
    <message>
        <source>Readings come about every {every} at most stations; {n:,} stations report at irregular intervals; hourly and daily means weigh each hour equally.</source>
        <extracomment>gisdesk/io/sensors.py:1516</extracomment>
        <translation>Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần; {n:,} trạm gửi số liệu cách quãng không đều; trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.</translation>
    </message>
    <message>
        <source>The file has no coordinate columns (looked for latitude/longitude, Vĩ độ/Kinh độ, x/y); the stations were loaded without positions. Open a stations table with it (station id or name and latitude/longitude) to put them on the map.</source>
        <extracomment>gisdesk/io/sensors.py:1868</extracomment>
        <translation>Tệp không có cột tọa độ (đã tìm latitude/longitude, Vĩ độ/Kinh độ, x/y); các trạm được nạp mà không có vị trí. Hãy mở kèm một bảng trạm (mã hoặc tên trạm và vĩ độ/kinh độ) để đưa các trạm lên bản đồ.</translation>
    </message>
    <message>
        <source>The times in column '{column}' carry no time zone; they were taken in the zone named in column '{zones}' ({shown}).</source>
        <extracomment>gisdesk/io/sensors.py:1943</extracomment>
        <translation>Thời gian trong cột '{column}' không ghi múi giờ; đã được tính theo múi giờ ghi trong cột '{zones}' ({shown}).</translation>
    </message>
    <message>
        <source>The times in column '{column}' carry no time zone; they were taken as local time in {zone}.</source>
        <extracomment>gisdesk/io/sensors.py:1947</extracomment>
        <translation>Thời gian trong cột '{column}' không ghi múi giờ; đã được coi là giờ địa phương theo {zone}.</translation>
    </message>
    <message>
        <source>{n:,} station appears with more than one position (e.g. '{station}' at {places} places); the most frequent position was used.</source>
        <extracomment>gisdesk/io/sensors.py:2072</extracomment>
        <translation>{n:,} trạm xuất hiện với nhiều vị trí khác nhau (ví dụ '{station}' ở {places} nơi); đã dùng vị trí xuất hiện nhiều nhất.</translation>
    </message>
    <message>
        <source>{n:,} stations appear with more than one position (e.g. '{station}' at {places} places); the most frequent position was used.</source>
        <extracomment>gisdesk/io/sensors.py:2075</extracomment>
        <translation>{n:,} trạm xuất hiện với nhiều vị trí khác nhau (ví dụ '{station}' ở {places} nơi); đã dùng vị trí xuất hiện nhiều nhất.</translation>
    </message>
    <message>
        <source>{n:,} row has no coordinates; {k} of their stations have a position from other rows.</source>
        <extracomment>gisdesk/io/sensors.py:2085</extracomment>
        <translation>{n:,} dòng không có tọa độ; {k} trạm của các dòng này có vị trí lấy từ dòng khác.</translation>
    </message>
    <message>
        <source>{n:,} rows have no coordinates; {k} of their stations have a position from other rows.</source>
        <extracomment>gisdesk/io/sensors.py:2087</extracomment>
        <translation>{n:,} dòng không có tọa độ; {k} trạm của các dòng này có vị trí lấy từ dòng khác.</translation>
    </message>
    <message>
        <source>{n:,} row has no coordinates.</source>
        <extracomment>gisdesk/io/sensors.py:2089</extracomment>
        <translation>{n:,} dòng không có tọa độ.</translation>
    </message>
    <message>
        <source>{n:,} rows have no coordinates.</source>
        <extracomment>gisdesk/io/sensors.py:2089</extracomment>
        <translation>{n:,} dòng không có tọa độ.</translation>
    </message>
    <message>
        <source>the coordinates could not be turned into longitude/latitude ({e})</source>
        <extracomment>gisdesk/io/sensors.py:689</extracomment>
        <translation>không chuyển được tọa độ sang kinh độ/vĩ độ ({e})</translation>
    </message>
    <message>
        <source>{n:,} {param} reading has the unit {unit!r}, which gisdesk does not know; it was kept with that unit, so they cannot be compared with limits in {target}.</source>
        <extracomment>gisdesk/io/sensors.py:953</extracomment>
        <translation>{n:,} số đo {param} có đơn vị {unit!r} mà gisdesk không nhận biết; đã giữ nguyên đơn vị đó nên không thể so sánh với ngưỡng tính bằng {target}.</translation>
    </message>
    <message>
        <source>{n:,} {param} readings have the unit {unit!r}, which gisdesk does not know; they were kept with that unit, so they cannot be compared with limits in {target}.</source>
        <extracomment>gisdesk/io/sensors.py:956</extracomment>
        <translation>{n:,} số đo {param} có đơn vị {unit!r} mà gisdesk không nhận biết; đã giữ nguyên đơn vị đó nên không thể so sánh với ngưỡng tính bằng {target}.</translation>
    </message>
    <message>
        <source> ({lo:g})</source>
        <extracomment>gisdesk/io/sensors.py:995</extracomment>
        <translation> ({lo:g})</translation>
    </message>
    <message>
        <source>{n:,} at {pos} ({names})</source>
        <extracomment>gisdesk/io/sensors.py:1331</extracomment>
        <translation>{n:,} trạm tại {pos} ({names})</translation>
    </message>
    <message>
        <source>{n:,} {param} reading in {unit} was converted to {target}.</source>
        <extracomment>gisdesk/io/sensors.py:983</extracomment>
        <translation>{n:,} số đo {param} tính bằng {unit} đã được đổi sang {target}.</translation>
    </message>
    <message>
        <source>{n:,} {param} readings in {unit} were converted to {target}.</source>
        <extracomment>gisdesk/io/sensors.py:984</extracomment>
        <translation>{n:,} số đo {param} tính bằng {unit} đã được đổi sang {target}.</translation>
    </message>
    <message>
        <source>{n:,} {param} reading is labelled {unit!r}, which is not a unit of {param}; the values{range} are plausible in {target}, so the unit was corrected to {target}.</source>
        <extracomment>gisdesk/io/sensors.py:999</extracomment>
        <translation>{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}; các giá trị{range} hợp lý nếu tính bằng {target} nên đơn vị đã được sửa thành {target}.</translation>
    </message>
    <message>
        <source>{n:,} {param} readings are labelled {unit!r}, which is not a unit of {param}; the values{range} are plausible in {target}, so the unit was corrected to {target}.</source>
        <extracomment>gisdesk/io/sensors.py:1002</extracomment>
        <translation>{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}; các giá trị{range} hợp lý nếu tính bằng {target} nên đơn vị đã được sửa thành {target}.</translation>
    </message>
    <message>
        <source>{n:,} {param} reading is labelled {unit!r}, which is not a unit of {param}{range}; it was kept as given but cannot be compared with limits in {target}.</source>
        <extracomment>gisdesk/io/sensors.py:1007</extracomment>
        <translation>{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}{range}; đã giữ nguyên như trong tệp nhưng không thể so sánh với ngưỡng tính bằng {target}.</translation>
    </message>
    <message>
        <source>{n:,} {param} readings are labelled {unit!r}, which is not a unit of {param}{range}; they were kept as given but cannot be compared with limits in {target}.</source>
        <extracomment>gisdesk/io/sensors.py:1010</extracomment>
        <translation>{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}{range}; đã giữ nguyên như trong tệp nhưng không thể so sánh với ngưỡng tính bằng {target}.</translation>
    </message>
    <message>
        <source>no date shows the order; AM/PM times are the American month/day/year style</source>
        <extracomment>gisdesk/io/service_requests.py:436</extracomment>
        <translation>không ngày nào cho biết thứ tự; giờ kiểu AM/PM là kiểu tháng/ngày/năm của Mỹ</translation>
    </message>
    <message>
        <source>Columns used: {columns}.</source>
        <extracomment>gisdesk/io/service_requests.py:1913</extracomment>
        <translation>Các cột được dùng: {columns}.</translation>
    </message>
    <message>
        <source>{n:,} request has no status; {closed:,} with a closing time was taken as closed, the other {open:,} as open.</source>
        <extracomment>gisdesk/io/service_requests.py:2161</extracomment>
        <translation>{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản ánh còn lại được coi là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} request has no status; {closed:,} with a closing time were taken as closed, the other {open:,} as open.</source>
        <extracomment>gisdesk/io/service_requests.py:2163</extracomment>
        <translation>{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản ánh còn lại được coi là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} requests have no status; {closed:,} with a closing time was taken as closed, the other {open:,} as open.</source>
        <extracomment>gisdesk/io/service_requests.py:2165</extracomment>
        <translation>{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản ánh còn lại được coi là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} requests have no status; {closed:,} with a closing time were taken as closed, the other {open:,} as open.</source>
        <extracomment>gisdesk/io/service_requests.py:2167</extracomment>
        <translation>{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản ánh còn lại được coi là đang mở.</translation>
    </message>
    <message>
        <source>the file's point geometry</source>
        <extracomment>gisdesk/io/service_requests.py:1282; gisdesk/io/service_requests.py:1280</extracomment>
        <translation>hình học điểm của tệp</translation>
    </message>
    <message>
        <source>Read {records} with {keys} from a JSON array ({driver}).</source>
        <extracomment>gisdesk/io/service_requests.py:1405</extracomment>
        <translation>Đã đọc {records} với {keys} từ một mảng JSON ({driver}).</translation>
    </message>
    <message>
        <source>Read {n:,} rows of a Socrata rows.json export ({cols} columns; {system} Socrata system columns left out).</source>
        <extracomment>gisdesk/io/service_requests.py:1429</extracomment>
        <translation>Đã đọc {n:,} dòng của tệp xuất rows.json của Socrata ({cols} cột; bỏ qua {system} cột hệ thống của Socrata).</translation>
    </message>
    <message>
        <source>columns {lat!r} and {lon!r} are latitude and longitude</source>
        <extracomment>gisdesk/io/service_requests.py:1580</extracomment>
        <translation>các cột {lat!r} và {lon!r} là vĩ độ và kinh độ</translation>
    </message>
    <message>
        <source>column {c!r} contains {alias!r} (a guess: check it)</source>
        <extracomment>gisdesk/io/service_requests.py:1614</extracomment>
        <translation>cột {c!r} chứa {alias!r} (chỉ là phỏng đoán: hãy kiểm tra)</translation>
    </message>
    <message>
        <source>Open311 GeoReport v2 field names</source>
        <extracomment>gisdesk/io/service_requests.py:1679</extracomment>
        <translation>tên trường Open311 GeoReport v2</translation>
    </message>
    <message>
        <source>the NYC 311 export layout</source>
        <extracomment>gisdesk/io/service_requests.py:1679</extracomment>
        <translation>cấu trúc tệp xuất 311 của New York</translation>
    </message>
    <message>
        <source>the Socrata API layout (NYC 311)</source>
        <extracomment>gisdesk/io/service_requests.py:1680</extracomment>
        <translation>cấu trúc API Socrata (311 New York)</translation>
    </message>
    <message>
        <source>Vietnamese column names</source>
        <extracomment>gisdesk/io/service_requests.py:1680</extracomment>
        <translation>tên cột tiếng Việt</translation>
    </message>
    <message>
        <source>column names matched one by one</source>
        <extracomment>gisdesk/io/service_requests.py:1681</extracomment>
        <translation>tên cột được khớp từng cột một</translation>
    </message>
    <message>
        <source>{k:,} of {n:,} requests have a location ({sources}).</source>
        <extracomment>gisdesk/io/service_requests.py:2236</extracomment>
        <translation>{k:,}/{n:,} phản ánh có vị trí ({sources}).</translation>
    </message>
    <message>
        <source>request {id!r}</source>
        <extracomment>gisdesk/io/service_requests.py:2254</extracomment>
        <translation>phản ánh {id!r}</translation>
    </message>
    <message>
        <source>row {number}</source>
        <extracomment>gisdesk/io/service_requests.py:2254</extracomment>
        <translation>dòng {number}</translation>
    </message>
    <message>
        <source>{n:,} with no coordinates at all{examples}</source>
        <extracomment>gisdesk/io/service_requests.py:2264</extracomment>
        <translation>{n:,} phản ánh hoàn toàn không có tọa độ{examples}</translation>
    </message>
    <message>
        <source>{n:,} with only half a coordinate pair{examples}</source>
        <extracomment>gisdesk/io/service_requests.py:2265</extracomment>
        <translation>{n:,} phản ánh chỉ có một nửa cặp tọa độ{examples}</translation>
    </message>
    <message>
        <source>{n:,} with coordinates that cannot be read{examples}</source>
        <extracomment>gisdesk/io/service_requests.py:2266</extracomment>
        <translation>{n:,} phản ánh có tọa độ không đọc được{examples}</translation>
    </message>
    <message>
        <source>{n:,} with a 0 latitude or longitude (a placeholder, not a place){examples}</source>
        <extracomment>gisdesk/io/service_requests.py:2267</extracomment>
        <translation>{n:,} phản ánh có vĩ độ hoặc kinh độ bằng 0 (giá trị thay thế, không phải địa điểm){examples}</translation>
    </message>
    <message>
        <source>{n:,} with coordinates outside any possible range{examples}</source>
        <extracomment>gisdesk/io/service_requests.py:2268</extracomment>
        <translation>{n:,} phản ánh có tọa độ nằm ngoài mọi phạm vi có thể{examples}</translation>
    </message>
    <message>
        <source>{n:,} with projected coordinates whose CRS is not known{examples}</source>
        <extracomment>gisdesk/io/service_requests.py:2269</extracomment>
        <translation>{n:,} phản ánh có tọa độ phẳng chưa biết hệ tọa độ{examples}</translation>
    </message>
    <message>
        <source>{k:,} of {n:,} requests have no usable location ({parts}); they were kept in the table but are not on the map.</source>
        <extracomment>gisdesk/io/service_requests.py:2276</extracomment>
        <translation>{k:,}/{n:,} phản ánh không có vị trí dùng được ({parts}); vẫn được giữ trong bảng nhưng không hiện trên bản đồ.</translation>
    </message>
    <message>
        <source>no date shows the order; day/month/year is the Vietnamese style</source>
        <extracomment>gisdesk/io/service_requests.py:432</extracomment>
        <translation>không ngày nào cho biết thứ tự; ngày/tháng/năm là kiểu của Việt Nam</translation>
    </message>
    <message>
        <source>The points were converted from {crs} to longitude/latitude (WGS 84).</source>
        <extracomment>gisdesk/io/service_requests.py:1278</extracomment>
        <translation>Các điểm đã được chuyển từ {crs} sang kinh độ/vĩ độ (WGS 84).</translation>
    </message>
    <message>
        <source>this is a folder, not an export of requests</source>
        <extracomment>gisdesk/io/service_requests.py:1325</extracomment>
        <translation>đây là một thư mục, không phải tệp xuất phản ánh</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <extracomment>gisdesk/io/service_requests.py:1338; gisdesk/io/service_requests.py:1366; gisdesk/io/tabular.py:1012; gisdesk/io/tabular.py:1017</extracomment>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>The records were read from the JSON key {key!r}.</source>
        <extracomment>gisdesk/io/service_requests.py:1382</extracomment>
        <translation>Các bản ghi được đọc từ khóa JSON {key!r}.</translation>
    </message>
    <message>
        <source>this JSON holds a single value, not a list of records</source>
        <extracomment>gisdesk/io/service_requests.py:1385</extracomment>
        <translation>JSON này chỉ chứa một giá trị, không phải danh sách bản ghi</translation>
    </message>
    <message>
        <source>this JSON array holds {kind} values, not records (objects)</source>
        <extracomment>gisdesk/io/service_requests.py:1389</extracomment>
        <translation>mảng JSON này chứa giá trị kiểu {kind}, không phải bản ghi (đối tượng)</translation>
    </message>
    <message>
        <source>{n:,} record</source>
        <extracomment>gisdesk/io/service_requests.py:1403</extracomment>
        <translation>{n:,} bản ghi</translation>
    </message>
    <message>
        <source>{n:,} records</source>
        <extracomment>gisdesk/io/service_requests.py:1403</extracomment>
        <translation>{n:,} bản ghi</translation>
    </message>
    <message>
        <source>{n:,} key</source>
        <extracomment>gisdesk/io/service_requests.py:1404</extracomment>
        <translation>{n:,} khóa</translation>
    </message>
    <message>
        <source>{n:,} keys</source>
        <extracomment>gisdesk/io/service_requests.py:1404</extracomment>
        <translation>{n:,} khóa</translation>
    </message>
    <message>
        <source>this Socrata export has no column list (meta.view.columns) or its rows are not lists</source>
        <extracomment>gisdesk/io/service_requests.py:1414</extracomment>
        <translation>tệp xuất Socrata này không có danh sách cột (meta.view.columns) hoặc các dòng không phải danh sách</translation>
    </message>
    <message>
        <source>holds no table or vector layer of requests</source>
        <extracomment>gisdesk/io/service_requests.py:1454</extracomment>
        <translation>không chứa bảng hay lớp vector phản ánh nào</translation>
    </message>
    <message>
        <source>The file holds several layers; requests were read from {name!r} (also: {others}).</source>
        <extracomment>gisdesk/io/service_requests.py:1467</extracomment>
        <translation>Tệp có nhiều lớp; phản ánh được đọc từ {name!r} (các lớp khác: {others}).</translation>
    </message>
    <message>
        <source>The columns look like {layout}: {n:,} field was recognised.</source>
        <extracomment>gisdesk/io/service_requests.py:1686</extracomment>
        <translation>Các cột có dạng {layout}: đã nhận ra {n:,} trường.</translation>
    </message>
    <message>
        <source>The columns look like {layout}: {n:,} fields were recognised.</source>
        <extracomment>gisdesk/io/service_requests.py:1687</extracomment>
        <translation>Các cột có dạng {layout}: đã nhận ra {n:,} trường.</translation>
    </message>
    <message>
        <source>No column was found for {fields}; choose one if the export has it.</source>
        <extracomment>gisdesk/io/service_requests.py:1691</extracomment>
        <translation>Không tìm thấy cột cho {fields}; hãy chọn cột nếu tệp xuất có.</translation>
    </message>
    <message>
        <source>No coordinate columns were found: the requests will have no position unless the file has its own geometry.</source>
        <extracomment>gisdesk/io/service_requests.py:1710</extracomment>
        <translation>Không tìm thấy cột tọa độ: các phản ánh sẽ không có vị trí trừ khi tệp có hình học riêng.</translation>
    </message>
    <message>
        <source>The file holds no requests (no data rows).</source>
        <extracomment>gisdesk/io/service_requests.py:1821</extracomment>
        <translation>Tệp không có phản ánh nào (không có dòng dữ liệu).</translation>
    </message>
    <message>
        <source>The mapping takes the {what} from a column {name!r}, which this file does not have; that field was left empty.</source>
        <extracomment>gisdesk/io/service_requests.py:1898</extracomment>
        <translation>Cách gán cột lấy {what} từ cột {name!r} nhưng tệp này không có cột đó; trường này được để trống.</translation>
    </message>
    <message>
        <source>Times without a zone in {cols} were read as {tz} time{offset}.</source>
        <extracomment>gisdesk/io/service_requests.py:2083</extracomment>
        <translation>Thời gian không có múi giờ trong {cols} được đọc theo giờ {tz}{offset}.</translation>
    </message>
    <message>
        <source>Statuses: {open:,} open, {closed:,} closed (from {n:,} distinct status value).</source>
        <extracomment>gisdesk/io/service_requests.py:2152</extracomment>
        <translation>Trạng thái: {open:,} đang mở, {closed:,} đã đóng (từ {n:,} giá trị trạng thái khác nhau).</translation>
    </message>
    <message>
        <source>Statuses: {open:,} open, {closed:,} closed (from {n:,} distinct status values).</source>
        <extracomment>gisdesk/io/service_requests.py:2154</extracomment>
        <translation>Trạng thái: {open:,} đang mở, {closed:,} đã đóng (từ {n:,} giá trị trạng thái khác nhau).</translation>
    </message>
    <message>
        <source>{n:,} from {source}</source>
        <extracomment>gisdesk/io/service_requests.py:2235</extracomment>
        <translation>{n:,} từ {source}</translation>
    </message>
    <message>
        <source>the coordinates</source>
        <extracomment>gisdesk/io/service_requests.py:2285</extracomment>
        <translation>các tọa độ</translation>
    </message>
    <message>
        <source>The requests lie around {where}, but their times, which carry no zone, were read as {tz} time; if they are local times there, choose that place's time zone in the mapping.</source>
        <extracomment>gisdesk/io/service_requests.py:2393</extracomment>
        <translation>Các phản ánh nằm quanh {where}, nhưng thời gian của chúng (không ghi múi giờ) đã được đọc theo giờ {tz}; nếu đó là giờ địa phương tại nơi ấy, hãy chọn múi giờ của nơi đó trong phần gán cột.</translation>
    </message>
    <message>
        <source>{tz!r} is not a time zone name (use one like 'Asia/Ho_Chi_Minh')</source>
        <extracomment>gisdesk/io/service_requests.py:218</extracomment>
        <translation>{tz!r} không phải tên múi giờ (hãy dùng tên như 'Asia/Ho_Chi_Minh')</translation>
    </message>
    <message>
        <source>statuses must map to 'open' or 'closed', not {bad!r}</source>
        <extracomment>gisdesk/io/service_requests.py:254</extracomment>
        <translation>trạng thái phải được gán là 'open' (đang mở) hoặc 'closed' (đã đóng), không phải {bad!r}</translation>
    </message>
    <message>
        <source>{n:,} date have a first number above 12 (day/month/year)</source>
        <extracomment>gisdesk/io/service_requests.py:425</extracomment>
        <translation>{n:,} ngày có số đầu tiên lớn hơn 12 (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>{n:,} dates have a first number above 12 (day/month/year)</source>
        <extracomment>gisdesk/io/service_requests.py:426</extracomment>
        <translation>{n:,} ngày có số đầu tiên lớn hơn 12 (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>{n:,} date have a second number above 12 (month/day/year)</source>
        <extracomment>gisdesk/io/service_requests.py:428</extracomment>
        <translation>{n:,} ngày có số thứ hai lớn hơn 12 (tháng/ngày/năm)</translation>
    </message>
    <message>
        <source>{n:,} dates have a second number above 12 (month/day/year)</source>
        <extracomment>gisdesk/io/service_requests.py:429</extracomment>
        <translation>{n:,} ngày có số thứ hai lớn hơn 12 (tháng/ngày/năm)</translation>
    </message>
    <message>
        <source>the file could not be read ({e})</source>
        <extracomment>gisdesk/io/service_requests.py:1360; gisdesk/io/tabular.py:1649</extracomment>
        <translation>không đọc được tệp ({e})</translation>
    </message>
    <message>
        <source>this JSON file is not UTF-8 text (byte {byte})</source>
        <extracomment>gisdesk/io/service_requests.py:1364</extracomment>
        <translation>tệp JSON này không phải văn bản UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>this is not valid JSON: {msg} at line {line}, column {col} (the file may be cut off)</source>
        <extracomment>gisdesk/io/service_requests.py:1370</extracomment>
        <translation>đây không phải JSON hợp lệ: {msg} ở dòng {line}, cột {col} (tệp có thể bị cắt cụt)</translation>
    </message>
    <message>
        <source>this JSON is nested too deeply to be a table of records</source>
        <extracomment>gisdesk/io/service_requests.py:1373</extracomment>
        <translation>JSON này lồng nhau quá sâu, không thể là một bảng bản ghi</translation>
    </message>
    <message>
        <source>this JSON object holds no list of records (expected an array of requests, GeoJSON or a Socrata rows.json export)</source>
        <extracomment>gisdesk/io/service_requests.py:1380</extracomment>
        <translation>đối tượng JSON này không chứa danh sách bản ghi nào (cần một mảng phản ánh, GeoJSON hoặc tệp xuất rows.json của Socrata)</translation>
    </message>
    <message>
        <source>{n:,} item of the JSON array is not records (objects); it was skipped.</source>
        <extracomment>gisdesk/io/service_requests.py:1392</extracomment>
        <translation>{n:,} phần tử của mảng JSON không phải bản ghi (đối tượng); đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} items of the JSON array are not records (objects); they were skipped.</source>
        <extracomment>gisdesk/io/service_requests.py:1394</extracomment>
        <translation>{n:,} phần tử của mảng JSON không phải bản ghi (đối tượng); đã bỏ qua.</translation>
    </message>
    <message>
        <source>{n:,} row of the Socrata export do not have {width} values; missing values were left empty and extra ones dropped.</source>
        <extracomment>gisdesk/io/service_requests.py:1420</extracomment>
        <translation>{n:,} dòng của tệp xuất Socrata không có đủ {width} giá trị; giá trị thiếu được để trống và giá trị thừa bị bỏ.</translation>
    </message>
    <message>
        <source>{n:,} rows of the Socrata export do not have {width} values; missing values were left empty and extra ones dropped.</source>
        <extracomment>gisdesk/io/service_requests.py:1422</extracomment>
        <translation>{n:,} dòng của tệp xuất Socrata không có đủ {width} giá trị; giá trị thiếu được để trống và giá trị thừa bị bỏ.</translation>
    </message>
    <message>
        <source>no date shows the order; the headers are Vietnamese, so day/month/year</source>
        <extracomment>gisdesk/io/service_requests.py:1561</extracomment>
        <translation>không ngày nào cho biết thứ tự; tên cột là tiếng Việt nên đọc theo ngày/tháng/năm</translation>
    </message>
    <message>
        <source>column {c!r} is named as the {field}</source>
        <extracomment>gisdesk/io/service_requests.py:1599</extracomment>
        <translation>cột {c!r} có tên trùng với trường {field}</translation>
    </message>
    <message>
        <source>Positions come from {lat!r}/{lon!r}; where they are empty, {location!r} is used.</source>
        <extracomment>gisdesk/io/service_requests.py:1695</extracomment>
        <translation>Vị trí lấy từ {lat!r}/{lon!r}; ở dòng nào các cột này trống thì dùng {location!r}.</translation>
    </message>
    <message>
        <source>Positions come from {lat!r}/{lon!r}.</source>
        <extracomment>gisdesk/io/service_requests.py:1698</extracomment>
        <translation>Vị trí lấy từ {lat!r}/{lon!r}.</translation>
    </message>
    <message>
        <source>Positions come from the column {location!r}.</source>
        <extracomment>gisdesk/io/service_requests.py:1700</extracomment>
        <translation>Vị trí lấy từ cột {location!r}.</translation>
    </message>
    <message>
        <source>Projected coordinates {x!r}/{y!r} were found (they are US State Plane feet: EPSG:2263 for New York City); their CRS is not known, so they are used only once one is chosen.</source>
        <extracomment>gisdesk/io/service_requests.py:1703</extracomment>
        <translation>Tìm thấy tọa độ phẳng {x!r}/{y!r} (tính bằng feet theo hệ State Plane của Mỹ: EPSG:2263 cho thành phố New York); chưa biết hệ tọa độ nên chỉ dùng sau khi được chọn.</translation>
    </message>
    <message>
        <source>Projected coordinates {x!r}/{y!r} were found; their CRS is not known, so they are used only once one is chosen.</source>
        <extracomment>gisdesk/io/service_requests.py:1707</extracomment>
        <translation>Tìm thấy tọa độ phẳng {x!r}/{y!r}; chưa biết hệ tọa độ nên chỉ dùng sau khi được chọn.</translation>
    </message>
    <message>
        <source>Statuses not known as open or closed: {statuses}; they will count as open unless mapped.</source>
        <extracomment>gisdesk/io/service_requests.py:1716</extracomment>
        <translation>Các trạng thái không rõ là đang mở hay đã đóng: {statuses}; sẽ được tính là đang mở nếu không được gán.</translation>
    </message>
    <message>
        <source>no column looks like a service request field (id, date, status, category, position); the columns are {columns}. Map the columns by hand.</source>
        <extracomment>gisdesk/io/service_requests.py:1765</extracomment>
        <translation>không cột nào giống trường phản ánh (mã, ngày, trạng thái, lĩnh vực, vị trí); các cột hiện có là {columns}. Hãy tự gán các cột.</translation>
    </message>
    <message>
        <source>The source column {column!r} was kept as {name!r} (its name is a request field).</source>
        <extracomment>gisdesk/io/service_requests.py:1810</extracomment>
        <translation>Cột nguồn {column!r} được giữ lại với tên {name!r} (tên gốc trùng một trường phản ánh).</translation>
    </message>
    <message>
        <source>x/y &lt;- {x!r}/{y!r} in {crs}</source>
        <extracomment>gisdesk/io/service_requests.py:1911</extracomment>
        <translation>x/y &lt;- {x!r}/{y!r} theo {crs}</translation>
    </message>
    <message>
        <source>x/y &lt;- {x!r}/{y!r} in an unknown CRS</source>
        <extracomment>gisdesk/io/service_requests.py:1912</extracomment>
        <translation>x/y &lt;- {x!r}/{y!r} theo hệ tọa độ chưa biết</translation>
    </message>
    <message>
        <source>There is no status column: {closed:,} requests with a closing time were taken as closed, the other {open:,} as open.</source>
        <extracomment>gisdesk/io/service_requests.py:2110</extracomment>
        <translation>Không có cột trạng thái: {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản ánh còn lại được coi là đang mở.</translation>
    </message>
    <message>
        <source>{n:,} request has a status that is not known as open or closed: {listed}; it was taken as open. Map these statuses in the column mapping.</source>
        <extracomment>gisdesk/io/service_requests.py:2135</extracomment>
        <translation>{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng: {listed}; đã được coi là đang mở. Hãy gán các trạng thái này trong phần gán cột.</translation>
    </message>
    <message>
        <source>{n:,} requests have a status that is not known as open or closed: {listed}; they were taken as open. Map these statuses in the column mapping.</source>
        <extracomment>gisdesk/io/service_requests.py:2137</extracomment>
        <translation>{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng: {listed}; đã được coi là đang mở. Hãy gán các trạng thái này trong phần gán cột.</translation>
    </message>
    <message>
        <source>Only one of latitude and longitude is mapped; both are needed, so they were not used for positions.</source>
        <extracomment>gisdesk/io/service_requests.py:2193</extracomment>
        <translation>Chỉ một trong hai cột vĩ độ và kinh độ được gán; cần cả hai nên chúng không được dùng làm vị trí.</translation>
    </message>
    <message>
        <source>No position columns are mapped and the file has no geometry: the {n:,} requests are in the table but not on the map.</source>
        <extracomment>gisdesk/io/service_requests.py:2232</extracomment>
        <translation>Chưa gán cột vị trí nào và tệp không có hình học: {n:,} phản ánh có trong bảng nhưng không hiện trên bản đồ.</translation>
    </message>
    <message>
        <source>{n:,} request has latitude and longitude the wrong way round; it was swapped back.</source>
        <extracomment>gisdesk/io/service_requests.py:2239</extracomment>
        <translation>{n:,} phản ánh bị đảo ngược vĩ độ và kinh độ; đã được đổi chỗ lại.</translation>
    </message>
    <message>
        <source>{n:,} requests have latitude and longitude the wrong way round; they were swapped back.</source>
        <extracomment>gisdesk/io/service_requests.py:2241</extracomment>
        <translation>{n:,} phản ánh bị đảo ngược vĩ độ và kinh độ; đã được đổi chỗ lại.</translation>
    </message>
    <message>
        <source>{n:,} position was converted from {crs} to longitude/latitude.</source>
        <extracomment>gisdesk/io/service_requests.py:2244</extracomment>
        <translation>{n:,} vị trí đã được chuyển từ {crs} sang kinh độ/vĩ độ.</translation>
    </message>
    <message>
        <source>{n:,} positions were converted from {crs} to longitude/latitude.</source>
        <extracomment>gisdesk/io/service_requests.py:2245</extracomment>
        <translation>{n:,} vị trí đã được chuyển từ {crs} sang kinh độ/vĩ độ.</translation>
    </message>
    <message>
        <source>, e.g. {examples}</source>
        <extracomment>gisdesk/io/service_requests.py:2274; gisdesk/io/tabular.py:1826</extracomment>
        <translation>, ví dụ {examples}</translation>
    </message>
    <message>
        <source>{n:,} position was dropped as impossible (0/0 placeholders or values out of range); those requests have no location.</source>
        <extracomment>gisdesk/io/service_requests.py:2280</extracomment>
        <translation>{n:,} vị trí bị loại bỏ vì không thể có thật (giá trị thay thế 0/0 hoặc ngoài phạm vi); các phản ánh đó không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} positions were dropped as impossible (0/0 placeholders or values out of range); those requests have no location.</source>
        <extracomment>gisdesk/io/service_requests.py:2282</extracomment>
        <translation>{n:,} vị trí bị loại bỏ vì không thể có thật (giá trị thay thế 0/0 hoặc ngoài phạm vi); các phản ánh đó không có vị trí.</translation>
    </message>
    <message>
        <source>{n:,} request could only be placed from projected coordinates ({cols}), but their CRS is not known; choose it in the column mapping (for example EPSG:2263 for New York State Plane, EPSG:9214 for Huế's VN-2000) to put them on the map.</source>
        <extracomment>gisdesk/io/service_requests.py:2286</extracomment>
        <translation>{n:,} phản ánh chỉ định vị được từ tọa độ phẳng ({cols}) nhưng chưa biết hệ tọa độ; hãy chọn hệ tọa độ trong phần gán cột (ví dụ EPSG:2263 cho State Plane New York, EPSG:9214 cho VN-2000 Huế) để đưa lên bản đồ.</translation>
    </message>
    <message>
        <source>{n:,} requests could only be placed from projected coordinates ({cols}), but their CRS is not known; choose it in the column mapping (for example EPSG:2263 for New York State Plane, EPSG:9214 for Huế's VN-2000) to put them on the map.</source>
        <extracomment>gisdesk/io/service_requests.py:2290</extracomment>
        <translation>{n:,} phản ánh chỉ định vị được từ tọa độ phẳng ({cols}) nhưng chưa biết hệ tọa độ; hãy chọn hệ tọa độ trong phần gán cột (ví dụ EPSG:2263 cho State Plane New York, EPSG:9214 cho VN-2000 Huế) để đưa lên bản đồ.</translation>
    </message>
    <message>
        <source>{row} at {pos}</source>
        <extracomment>gisdesk/io/service_requests.py:2311</extracomment>
        <translation>{row} tại {pos}</translation>
    </message>
    <message>
        <source>{n:,} request lies more than {limit:,.0f} km from the others (which centre on {centre}), e.g. {examples}; it was kept on the map, but check its coordinates.</source>
        <extracomment>gisdesk/io/service_requests.py:2313</extracomment>
        <translation>{n:,} phản ánh nằm cách các phản ánh khác (tập trung quanh {centre}) hơn {limit:,.0f} km, ví dụ {examples}; vẫn được giữ trên bản đồ nhưng hãy kiểm tra tọa độ.</translation>
    </message>
    <message>
        <source>{n:,} requests lie more than {limit:,.0f} km from the others (which centre on {centre}), e.g. {examples}; they were kept on the map, but check their coordinates.</source>
        <extracomment>gisdesk/io/service_requests.py:2316</extracomment>
        <translation>{n:,} phản ánh nằm cách các phản ánh khác (tập trung quanh {centre}) hơn {limit:,.0f} km, ví dụ {examples}; vẫn được giữ trên bản đồ nhưng hãy kiểm tra tọa độ.</translation>
    </message>
    <message>
        <source>There is no id column: requests cannot be matched with later exports or with an Open311 feed. Choose the id column in the mapping if the export has one.</source>
        <extracomment>gisdesk/io/service_requests.py:2326</extracomment>
        <translation>Không có cột mã phản ánh: không thể đối chiếu phản ánh với các lần xuất sau hay với nguồn cấp dữ liệu Open311. Hãy chọn cột mã trong phần gán cột nếu tệp xuất có.</translation>
    </message>
    <message>
        <source>{n:,} request has no id; it was kept.</source>
        <extracomment>gisdesk/io/service_requests.py:2332</extracomment>
        <translation>{n:,} phản ánh không có mã; vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} requests have no id; they were kept.</source>
        <extracomment>gisdesk/io/service_requests.py:2333</extracomment>
        <translation>{n:,} phản ánh không có mã; vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} requests share {ids:,} id (e.g. {examples}); {exact:,} of them repeat another row exactly; all were kept: check the export for repeated rows.</source>
        <extracomment>gisdesk/io/service_requests.py:2345</extracomment>
        <translation>{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); {exact:,} trong số đó trùng hoàn toàn với một dòng khác; tất cả đều được giữ lại: hãy kiểm tra các dòng lặp trong tệp xuất.</translation>
    </message>
    <message>
        <source>{n:,} requests share {ids:,} ids (e.g. {examples}); {exact:,} of them repeat another row exactly; all were kept: check the export for repeated rows.</source>
        <extracomment>gisdesk/io/service_requests.py:2348</extracomment>
        <translation>{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); {exact:,} trong số đó trùng hoàn toàn với một dòng khác; tất cả đều được giữ lại: hãy kiểm tra các dòng lặp trong tệp xuất.</translation>
    </message>
    <message>
        <source>{n:,} requests share {ids:,} id (e.g. {examples}); all were kept: check the export for repeated rows.</source>
        <extracomment>gisdesk/io/service_requests.py:2351</extracomment>
        <translation>{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); tất cả đều được giữ lại: hãy kiểm tra các dòng lặp trong tệp xuất.</translation>
    </message>
    <message>
        <source>{n:,} requests share {ids:,} ids (e.g. {examples}); all were kept: check the export for repeated rows.</source>
        <extracomment>gisdesk/io/service_requests.py:2353</extracomment>
        <translation>{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); tất cả đều được giữ lại: hãy kiểm tra các dòng lặp trong tệp xuất.</translation>
    </message>
    <message>
        <source>{n:,} request was closed before it was made (e.g. {examples}); the times were kept as given.</source>
        <extracomment>gisdesk/io/service_requests.py:2365</extracomment>
        <translation>{n:,} phản ánh được đóng trước khi được gửi (ví dụ {examples}); thời gian được giữ nguyên như trong tệp.</translation>
    </message>
    <message>
        <source>{n:,} requests were closed before they were made (e.g. {examples}); the times were kept as given.</source>
        <extracomment>gisdesk/io/service_requests.py:2367</extracomment>
        <translation>{n:,} phản ánh được đóng trước khi được gửi (ví dụ {examples}); thời gian được giữ nguyên như trong tệp.</translation>
    </message>
    <message>
        <source>{n:,} request was made in the future according to the export; check the date order (day/month) and the time zone.</source>
        <extracomment>gisdesk/io/service_requests.py:2372</extracomment>
        <translation>Theo tệp xuất, {n:,} phản ánh được gửi vào thời điểm trong tương lai; hãy kiểm tra thứ tự ngày (ngày/tháng) và múi giờ.</translation>
    </message>
    <message>
        <source>{n:,} requests were made in the future according to the export; check the date order (day/month) and the time zone.</source>
        <extracomment>gisdesk/io/service_requests.py:2374</extracomment>
        <translation>Theo tệp xuất, {n:,} phản ánh được gửi vào thời điểm trong tương lai; hãy kiểm tra thứ tự ngày (ngày/tháng) và múi giờ.</translation>
    </message>
    <message>
        <source>The points' CRS ({crs}) cannot be converted to WGS 84 ({e}); the file's geometry was not used for positions.</source>
        <extracomment>gisdesk/io/service_requests.py:1275</extracomment>
        <translation>Không chuyển được hệ tọa độ của các điểm ({crs}) sang WGS 84 ({e}); hình học của tệp không được dùng làm vị trí.</translation>
    </message>
    <message>
        <source>{n:,} feature is not a single point; a point inside each was used as the request's position.</source>
        <extracomment>gisdesk/io/service_requests.py:1482</extracomment>
        <translation>{n:,} đối tượng không phải một điểm đơn; đã dùng một điểm nằm bên trong mỗi đối tượng làm vị trí phản ánh.</translation>
    </message>
    <message>
        <source>{n:,} features are not a single point; a point inside each was used as the request's position.</source>
        <extracomment>gisdesk/io/service_requests.py:1484</extracomment>
        <translation>{n:,} đối tượng không phải một điểm đơn; đã dùng một điểm nằm bên trong mỗi đối tượng làm vị trí phản ánh.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read as day/month/year: {why}. Check a few dates and set the order if they are wrong.</source>
        <extracomment>gisdesk/io/service_requests.py:1566</extracomment>
        <translation>Ngày dạng 05/06/2024 được đọc theo ngày/tháng/năm: {why}. Hãy kiểm tra vài ngày và đặt lại thứ tự nếu sai.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read as month/day/year: {why}. Check a few dates and set the order if they are wrong.</source>
        <extracomment>gisdesk/io/service_requests.py:1568</extracomment>
        <translation>Ngày dạng 05/06/2024 được đọc theo tháng/ngày/năm: {why}. Hãy kiểm tra vài ngày và đặt lại thứ tự nếu sai.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read as day/month/year: {why}.</source>
        <extracomment>gisdesk/io/service_requests.py:1571</extracomment>
        <translation>Ngày dạng 05/06/2024 được đọc theo ngày/tháng/năm: {why}.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 are read as month/day/year: {why}.</source>
        <extracomment>gisdesk/io/service_requests.py:1572</extracomment>
        <translation>Ngày dạng 05/06/2024 được đọc theo tháng/ngày/năm: {why}.</translation>
    </message>
    <message>
        <source>{n:,} value of {col!r} ({field}) is not a date (e.g. {examples}); it was left empty.</source>
        <extracomment>gisdesk/io/service_requests.py:2043</extracomment>
        <translation>{n:,} giá trị của {col!r} ({field}) không phải ngày tháng (ví dụ {examples}); đã để trống.</translation>
    </message>
    <message>
        <source>{n:,} values of {col!r} ({field}) are not a date (e.g. {examples}); they were left empty.</source>
        <extracomment>gisdesk/io/service_requests.py:2045</extracomment>
        <translation>{n:,} giá trị của {col!r} ({field}) không phải ngày tháng (ví dụ {examples}); đã để trống.</translation>
    </message>
    <message>
        <source>{n:,} date of {col!r} ({field}) is before {first} or after {last} (e.g. {examples}), which is a placeholder, not a date; left empty.</source>
        <extracomment>gisdesk/io/service_requests.py:2049</extracomment>
        <translation>{n:,} ngày của {col!r} ({field}) trước năm {first} hoặc sau năm {last} (ví dụ {examples}), là giá trị thay thế chứ không phải ngày thật; đã để trống.</translation>
    </message>
    <message>
        <source>{n:,} dates of {col!r} ({field}) are before {first} or after {last} (e.g. {examples}), which is a placeholder, not a date; left empty.</source>
        <extracomment>gisdesk/io/service_requests.py:2052</extracomment>
        <translation>{n:,} ngày của {col!r} ({field}) trước năm {first} hoặc sau năm {last} (ví dụ {examples}), là giá trị thay thế chứ không phải ngày thật; đã để trống.</translation>
    </message>
    <message>
        <source>The times in {col!r} ({field}) mix time zones: {zones} and {n:,} without a zone (read as {tz} time). Each was converted with its own zone; check that the export is consistent.</source>
        <extracomment>gisdesk/io/service_requests.py:2062</extracomment>
        <translation>Thời gian trong {col!r} ({field}) lẫn nhiều múi giờ: {zones} và {n:,} giá trị không có múi giờ (đọc theo giờ {tz}). Mỗi giá trị được chuyển theo múi giờ riêng; hãy kiểm tra tính nhất quán của tệp xuất.</translation>
    </message>
    <message>
        <source>The times in {col!r} ({field}) mix time zones: {zones}. Each was converted with its own zone; check that the export is consistent.</source>
        <extracomment>gisdesk/io/service_requests.py:2067</extracomment>
        <translation>Thời gian trong {col!r} ({field}) lẫn nhiều múi giờ: {zones}. Mỗi giá trị được chuyển theo múi giờ riêng; hãy kiểm tra tính nhất quán của tệp xuất.</translation>
    </message>
    <message>
        <source>{n:,} time of {col!r} fall in a daylight-saving change of {tz} (an hour that happens twice or not at all); the summer-time reading was used.</source>
        <extracomment>gisdesk/io/service_requests.py:2071</extracomment>
        <translation>{n:,} thời điểm của {col!r} rơi vào lúc đổi giờ mùa hè của {tz} (giờ lặp lại hai lần hoặc không tồn tại); đã dùng cách đọc theo giờ mùa hè.</translation>
    </message>
    <message>
        <source>{n:,} times of {col!r} fall in a daylight-saving change of {tz} (an hour that happens twice or not at all); the summer-time reading was used.</source>
        <extracomment>gisdesk/io/service_requests.py:2074</extracomment>
        <translation>{n:,} thời điểm của {col!r} rơi vào lúc đổi giờ mùa hè của {tz} (giờ lặp lại hai lần hoặc không tồn tại); đã dùng cách đọc theo giờ mùa hè.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 were read as day/month/year: {why}. If they are wrong, change the date order in the column mapping.</source>
        <extracomment>gisdesk/io/service_requests.py:2087</extracomment>
        <translation>Ngày dạng 05/06/2024 đã được đọc theo ngày/tháng/năm: {why}. Nếu sai, hãy đổi thứ tự ngày trong phần gán cột.</translation>
    </message>
    <message>
        <source>Dates like 05/06/2024 were read as month/day/year: {why}. If they are wrong, change the date order in the column mapping.</source>
        <extracomment>gisdesk/io/service_requests.py:2089</extracomment>
        <translation>Ngày dạng 05/06/2024 đã được đọc theo tháng/ngày/năm: {why}. Nếu sai, hãy đổi thứ tự ngày trong phần gán cột.</translation>
    </message>
    <message>
        <source>There is no status column and no closing time: all {n:,} requests were taken as open. Choose the status column in the mapping if the export has one.</source>
        <extracomment>gisdesk/io/service_requests.py:2116</extracomment>
        <translation>Không có cột trạng thái và thời điểm đóng: cả {n:,} phản ánh được coi là đang mở. Hãy chọn cột trạng thái trong phần gán cột nếu tệp xuất có.</translation>
    </message>
    <message>
        <source>{row} in {source}</source>
        <extracomment>gisdesk/io/service_requests.py:2226</extracomment>
        <translation>{row} trong {source}</translation>
    </message>
    <message>
        <source>{crs!r} is not a CRS gisdesk knows ({e})</source>
        <extracomment>gisdesk/io/service_requests.py:259; gisdesk/io/tabular.py:1858</extracomment>
        <translation>{crs!r} không phải hệ tọa độ mà gisdesk biết ({e})</translation>
    </message>
    <message>
        <source>Dates written with slashes were read as day/month/year ({why}).</source>
        <extracomment>gisdesk/io/service_requests.py:2092</extracomment>
        <translation>Ngày viết bằng dấu gạch chéo được đọc theo ngày/tháng/năm ({why}).</translation>
    </message>
    <message>
        <source>Dates written with slashes were read as month/day/year ({why}).</source>
        <extracomment>gisdesk/io/service_requests.py:2094</extracomment>
        <translation>Ngày viết bằng dấu gạch chéo được đọc theo tháng/ngày/năm ({why}).</translation>
    </message>
    <message>
        <source>is not readable text</source>
        <extracomment>gisdesk/io/shapefile.py:514</extracomment>
        <translation>không phải văn bản đọc được</translation>
    </message>
    <message>
        <source>is empty (0 bytes): there are no shapes to read. It was probably not copied or downloaded completely.</source>
        <extracomment>gisdesk/io/shapefile.py:275</extracomment>
        <translation>rỗng (0 byte): không có hình nào để đọc. Có lẽ tệp chưa được sao chép hoặc tải về đầy đủ.</translation>
    </message>
    <message>
        <source>is not a shapefile: it is {kind} with a .shp name.</source>
        <extracomment>gisdesk/io/shapefile.py:285</extracomment>
        <translation>không phải shapefile: đó là {kind} mang đuôi .shp.</translation>
    </message>
    <message>
        <source>is too short to be a shapefile ({size} bytes; the header alone takes {header}): it was probably cut off while copying or downloading.</source>
        <extracomment>gisdesk/io/shapefile.py:289</extracomment>
        <translation>quá ngắn để là một shapefile ({size} byte; riêng phần đầu tệp đã cần {header}): có lẽ tệp bị cắt cụt khi sao chép hoặc tải về.</translation>
    </message>
    <message>
        <source>has an unknown shape type ({type}) in its header: the file is damaged or is not a shapefile.</source>
        <extracomment>gisdesk/io/shapefile.py:298</extracomment>
        <translation>có kiểu hình không xác định ({type}) ở phần đầu tệp: tệp bị hỏng hoặc không phải shapefile.</translation>
    </message>
    <message>
        <source>is empty (0 bytes): the attribute table holds nothing.</source>
        <extracomment>gisdesk/io/shapefile.py:468</extracomment>
        <translation>rỗng (0 byte): bảng thuộc tính không có gì.</translation>
    </message>
    <message>
        <source>is not a valid dBase attribute table (it is {kind}).</source>
        <extracomment>gisdesk/io/shapefile.py:473</extracomment>
        <translation>không phải bảng thuộc tính dBase hợp lệ (đó là {kind}).</translation>
    </message>
    <message>
        <source>is a damaged dBase attribute table: its header is inconsistent.</source>
        <extracomment>gisdesk/io/shapefile.py:476</extracomment>
        <translation>là bảng thuộc tính dBase bị hỏng: phần đầu tệp không nhất quán.</translation>
    </message>
    <message>
        <source>is empty</source>
        <extracomment>gisdesk/io/shapefile.py:500</extracomment>
        <translation>rỗng</translation>
    </message>
    <message>
        <source>holds a web page (HTML), not what its name says; someone probably saved a download page instead of the file</source>
        <extracomment>gisdesk/io/shapefile.py:503</extracomment>
        <translation>chứa một trang web (HTML), không phải nội dung như tên tệp; có lẽ ai đó đã lưu trang tải về thay vì chính tệp đó</translation>
    </message>
    <message>
        <source>holds {kind}, not text</source>
        <extracomment>gisdesk/io/shapefile.py:506</extracomment>
        <translation>chứa {kind}, không phải văn bản</translation>
    </message>
    <message>
        <source>is far too large ({size:,} bytes) to be what its name says</source>
        <extracomment>gisdesk/io/shapefile.py:508</extracomment>
        <translation>quá lớn ({size:,} byte) so với loại tệp như tên gọi</translation>
    </message>
    <message>
        <source>{name} has no .prj file, so it declares no coordinate reference system.</source>
        <extracomment>gisdesk/io/shapefile.py:524</extracomment>
        <translation>{name} không có tệp .prj, nên không khai báo hệ tọa độ.</translation>
    </message>
    <message>
        <source>The projection file {name} {why}. It was ignored, so the layer has no declared coordinate system; check where the data lies on the map.</source>
        <extracomment>gisdesk/io/shapefile.py:543</extracomment>
        <translation>Tệp hệ tọa độ {name} {why}. Tệp này đã bị bỏ qua, nên lớp không có hệ tọa độ khai báo; hãy kiểm tra vị trí của dữ liệu trên bản đồ.</translation>
    </message>
    <message>
        <source>The encoding file {name} {why}. It was ignored; the text encoding will be taken from the attribute table or detected from the text instead.</source>
        <extracomment>gisdesk/io/shapefile.py:565</extracomment>
        <translation>Tệp bảng mã {name} {why}. Tệp này đã bị bỏ qua; bảng mã sẽ được lấy từ bảng thuộc tính hoặc nhận diện từ chính văn bản.</translation>
    </message>
    <message>
        <source>The encoding file {name} names an encoding gisdesk does not know ({text!r}). It was ignored; the text encoding will be detected from the text instead.</source>
        <extracomment>gisdesk/io/shapefile.py:575</extracomment>
        <translation>Tệp bảng mã {name} ghi một bảng mã gisdesk không biết ({text!r}). Tệp này đã bị bỏ qua; bảng mã sẽ được nhận diện từ chính văn bản.</translation>
    </message>
    <message>
        <source>The index file (.shx) of {shp} is missing. It was rebuilt from the .shp in a temporary copy; your files were not changed.</source>
        <extracomment>gisdesk/io/shapefile.py:689</extracomment>
        <translation>Thiếu tệp chỉ mục (.shx) của {shp}. Chỉ mục đã được dựng lại từ tệp .shp trong một bản sao tạm; các tệp của bạn không bị thay đổi.</translation>
    </message>
    <message>
        <source>The index file (.shx) of {shp} is damaged (it is not a shapefile index). It was rebuilt from the .shp in a temporary copy; your files were not changed.</source>
        <extracomment>gisdesk/io/shapefile.py:692</extracomment>
        <translation>Tệp chỉ mục (.shx) của {shp} bị hỏng (không phải chỉ mục shapefile). Chỉ mục đã được dựng lại từ tệp .shp trong một bản sao tạm; các tệp của bạn không bị thay đổi.</translation>
    </message>
    <message>
        <source>{shp} has {extra:,} byte(s) of extra data after its last record; they were ignored.</source>
        <extracomment>gisdesk/io/shapefile.py:697</extracomment>
        <translation>{shp} có {extra:,} byte dữ liệu thừa sau bản ghi cuối; phần này đã được bỏ qua.</translation>
    </message>
    <message>
        <source>{name} is cut off: its header says {declared_size:,} bytes but the file has {actual_size:,} (it was probably not copied or downloaded completely). {complete:,} of {declared:,} shapes were read; the other {lost:,} are lost.</source>
        <extracomment>gisdesk/io/shapefile.py:711</extracomment>
        <translation>{name} bị cắt cụt: phần đầu tệp ghi {declared_size:,} byte nhưng tệp chỉ có {actual_size:,} (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Đã đọc {complete:,}/{declared:,} hình; {lost:,} hình còn lại bị mất.</translation>
    </message>
    <message>
        <source>{name} is damaged at byte {at:,}: record {record:,} is not a valid shape record. {complete:,} of {declared:,} shapes were read; the other {lost:,} are lost.</source>
        <extracomment>gisdesk/io/shapefile.py:715</extracomment>
        <translation>{name} bị hỏng tại byte {at:,}: bản ghi {record:,} không phải bản ghi hình hợp lệ. Đã đọc {complete:,}/{declared:,} hình; {lost:,} hình còn lại bị mất.</translation>
    </message>
    <message>
        <source>{name} is cut off: its header says {declared_size:,} bytes but the file has {actual_size:,} (it was probably not copied or downloaded completely). The {complete:,} complete shapes before that point were read; anything after it is lost.</source>
        <extracomment>gisdesk/io/shapefile.py:721</extracomment>
        <translation>{name} bị cắt cụt: phần đầu tệp ghi {declared_size:,} byte nhưng tệp chỉ có {actual_size:,} (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Đã đọc {complete:,} hình hoàn chỉnh trước điểm đó; phần sau bị mất.</translation>
    </message>
    <message>
        <source>{name} is damaged at byte {at:,}: record {record:,} is not a valid shape record. The {complete:,} complete shapes before that point were read; anything after it is lost.</source>
        <extracomment>gisdesk/io/shapefile.py:725</extracomment>
        <translation>{name} bị hỏng tại byte {at:,}: bản ghi {record:,} không phải bản ghi hình hợp lệ. Đã đọc {complete:,} hình hoàn chỉnh trước điểm đó; phần sau bị mất.</translation>
    </message>
    <message>
        <source>The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it was probably not copied or downloaded completely). All {shapes:,} shapes were read; the last {missing:,} have empty attributes.</source>
        <extracomment>gisdesk/io/shapefile.py:754</extracomment>
        <translation>Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Đã đọc đủ {shapes:,} hình; {missing:,} hình cuối có thuộc tính trống.</translation>
    </message>
    <message>
        <source>The attribute table {name} has {complete:,} rows but {shp} holds {shapes:,} shapes. All {shapes:,} shapes were read; the last {missing:,} have empty attributes.</source>
        <extracomment>gisdesk/io/shapefile.py:759</extracomment>
        <translation>Bảng thuộc tính {name} có {complete:,} dòng nhưng {shp} có {shapes:,} hình. Đã đọc đủ {shapes:,} hình; {missing:,} hình cuối có thuộc tính trống.</translation>
    </message>
    <message>
        <source>The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it was probably not copied or downloaded completely). The last {extra:,} rows have no shape and were not loaded.</source>
        <extracomment>gisdesk/io/shapefile.py:766</extracomment>
        <translation>Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). {extra:,} dòng cuối không có hình nên không được nạp.</translation>
    </message>
    <message>
        <source>The attribute table {name} has {complete:,} rows but {shp} holds only {shapes:,} shapes. The last {extra:,} rows have no shape and were not loaded.</source>
        <extracomment>gisdesk/io/shapefile.py:770</extracomment>
        <translation>Bảng thuộc tính {name} có {complete:,} dòng nhưng {shp} chỉ có {shapes:,} hình. {extra:,} dòng cuối không có hình nên không được nạp.</translation>
    </message>
    <message>
        <source>belongs to a shapefile ({name}) whose main files are missing: there is no .shp (shapes) and no .dbf (attributes) beside it.</source>
        <extracomment>gisdesk/io/shapefile.py:835</extracomment>
        <translation>thuộc một shapefile ({name}) bị thiếu các tệp chính: bên cạnh không có tệp .shp (hình) và cũng không có tệp .dbf (thuộc tính).</translation>
    </message>
    <message>
        <source>{name} has no .shp beside it, so it was read as an attribute table without geometry.</source>
        <extracomment>gisdesk/io/shapefile.py:860</extracomment>
        <translation>{name} không có tệp .shp bên cạnh, nên được đọc như một bảng thuộc tính không có hình học.</translation>
    </message>
    <message>
        <source>could not be opened: its folder cannot be read ({error}).</source>
        <extracomment>gisdesk/io/shapefile.py:183</extracomment>
        <translation>không mở được: không đọc được thư mục chứa tệp ({error}).</translation>
    </message>
    <message>
        <source>does not exist (no file of that name, in any letter case, is in its folder).</source>
        <extracomment>gisdesk/io/shapefile.py:189</extracomment>
        <translation>không tồn tại (trong thư mục không có tệp nào mang tên này, dù viết hoa hay viết thường).</translation>
    </message>
    <message>
        <source>is not a valid shapefile: it does not start with the shapefile signature (9994), so it is damaged or is another kind of file.</source>
        <extracomment>gisdesk/io/shapefile.py:282</extracomment>
        <translation>không phải shapefile hợp lệ: tệp không bắt đầu bằng mã nhận dạng shapefile (9994), nên tệp bị hỏng hoặc là loại tệp khác.</translation>
    </message>
    <message>
        <source>is not a valid dBase attribute table.</source>
        <extracomment>gisdesk/io/shapefile.py:472</extracomment>
        <translation>không phải bảng thuộc tính dBase hợp lệ.</translation>
    </message>
    <message>
        <source>could not be read ({error})</source>
        <extracomment>gisdesk/io/shapefile.py:498</extracomment>
        <translation>không đọc được ({error})</translation>
    </message>
    <message>
        <source>does not hold a coordinate system gisdesk understands (it starts with {start!r})</source>
        <extracomment>gisdesk/io/shapefile.py:535</extracomment>
        <translation>không chứa hệ tọa độ nào gisdesk hiểu được (tệp bắt đầu bằng {start!r})</translation>
    </message>
    <message>
        <source>does not hold a single encoding name</source>
        <extracomment>gisdesk/io/shapefile.py:559</extracomment>
        <translation>không chứa đúng một tên bảng mã</translation>
    </message>
    <message>
        <source>The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it was probably not copied or downloaded completely). Those {complete:,} rows were read; the rest are lost.</source>
        <extracomment>gisdesk/io/shapefile.py:744</extracomment>
        <translation>Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Đã đọc {complete:,} dòng đó; phần còn lại bị mất.</translation>
    </message>
    <message>
        <source>The attribute table {name} is cut off: its header declares {rows:,} rows but only {complete:,} are complete (it was probably not copied or downloaded completely). Its complete rows cover all {shapes:,} shapes that were read.</source>
        <extracomment>gisdesk/io/shapefile.py:774</extracomment>
        <translation>Bảng thuộc tính {name} bị cắt cụt: phần đầu ghi {rows:,} dòng nhưng chỉ {complete:,} dòng còn nguyên vẹn (có lẽ tệp chưa được sao chép hoặc tải về đầy đủ). Các dòng nguyên vẹn đã đủ cho cả {shapes:,} hình được đọc.</translation>
    </message>
    <message>
        <source>{name} has no attribute table (.dbf) beside it: only the shapes were read, with no attributes.</source>
        <extracomment>gisdesk/io/shapefile.py:868</extracomment>
        <translation>{name} không có bảng thuộc tính (.dbf) bên cạnh: chỉ đọc được các hình, không có thuộc tính.</translation>
    </message>
    <message>
        <source>The index file {shx} does not match {shp}: its header lists {listed:,} record(s), it has {entries:,} entries ({wrong:,} pointing to the wrong place), but the .shp holds {records:,} records. GDAL would have read wrong or too few shapes, so the index was rebuilt from the .shp in a temporary copy; your files were not changed.</source>
        <extracomment>gisdesk/io/shapefile.py:678</extracomment>
        <translation>Tệp chỉ mục {shx} không khớp với {shp}: phần đầu ghi {listed:,} bản ghi, tệp có {entries:,} mục ({wrong:,} mục trỏ sai chỗ), nhưng tệp .shp có {records:,} bản ghi. GDAL sẽ đọc sai hoặc thiếu hình, nên chỉ mục đã được dựng lại từ tệp .shp trong một bản sao tạm; các tệp của bạn không bị thay đổi.</translation>
    </message>
    <message>
        <source>The attribute table {name} could not be used: it {problem} It was left out, so only the shapes were read, with no attributes.</source>
        <extracomment>gisdesk/io/shapefile.py:876</extracomment>
        <translation>Không dùng được bảng thuộc tính {name}: tệp {problem} Bảng đã bị bỏ qua, nên chỉ đọc được các hình, không có thuộc tính.</translation>
    </message>
    <message>
        <source>is damaged.</source>
        <extracomment>gisdesk/io/shapefile.py:878</extracomment>
        <translation>bị hỏng.</translation>
    </message>
    <message>
        <source>The coordinates are longitude/latitude degrees; they were taken as WGS 84 (EPSG:4326), as is usual for tables.</source>
        <extracomment>gisdesk/io/tabular.py:1756</extracomment>
        <translation>Tọa độ là độ kinh độ/vĩ độ; đã được coi là WGS 84 (EPSG:4326), như thường lệ với bảng dữ liệu.</translation>
    </message>
    <message>
        <source>Point positions come from {columns}: {why} ({usable:,} of {rows:,} rows have usable positions).</source>
        <extracomment>gisdesk/io/tabular.py:711</extracomment>
        <translation>Vị trí điểm lấy từ {columns}: {why} ({usable:,}/{rows:,} dòng có vị trí dùng được).</translation>
    </message>
    <message>
        <source>these</source>
        <extracomment>gisdesk/io/tabular.py:1846</extracomment>
        <translation>các giá trị này</translation>
    </message>
    <message>
        <source>The file is not UTF-8; its text was read as Windows-1258 (Vietnamese). TCVN3 and VNI files could not be told apart here: check the accented names.</source>
        <extracomment>gisdesk/io/tabular.py:813</extracomment>
        <translation>Tệp không phải UTF-8; văn bản được đọc theo bảng mã Windows-1258 (tiếng Việt). Ở đây không phân biệt được tệp TCVN3 và VNI: hãy kiểm tra các tên có dấu.</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} column (comma-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:845</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} columns (comma-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:846</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} column (comma-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:847</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (comma-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:848</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} column (semicolon-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:849</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} columns (semicolon-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:850</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} column (semicolon-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:851</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (semicolon-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:852</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} column (tab-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:853</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} columns (tab-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:854</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} column (tab-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:855</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (tab-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:856</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} column (vertical bar-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:857</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} columns (vertical bar-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:858</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} column (vertical bar-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:859</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns (vertical bar-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:860</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} column ({delim}-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:861</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} row and {cols:,} columns ({delim}-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:862</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} column ({delim}-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:863</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).</translation>
    </message>
    <message>
        <source>Read {rows:,} rows and {cols:,} columns ({delim}-separated, {enc}).</source>
        <extracomment>gisdesk/io/tabular.py:864</extracomment>
        <translation>Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).</translation>
    </message>
    <message>
        <source>line {shown}</source>
        <extracomment>gisdesk/io/tabular.py:1149</extracomment>
        <translation>dòng {shown}</translation>
    </message>
    <message>
        <source>lines {shown}</source>
        <extracomment>gisdesk/io/tabular.py:1149</extracomment>
        <translation>các dòng {shown}</translation>
    </message>
    <message>
        <source>lines {shown} and {more:,} more</source>
        <extracomment>gisdesk/io/tabular.py:1149</extracomment>
        <translation>các dòng {shown} và {more:,} dòng khác</translation>
    </message>
    <message>
        <source>row {shown}</source>
        <extracomment>gisdesk/io/tabular.py:1150</extracomment>
        <translation>hàng {shown}</translation>
    </message>
    <message>
        <source>rows {shown}</source>
        <extracomment>gisdesk/io/tabular.py:1150</extracomment>
        <translation>các hàng {shown}</translation>
    </message>
    <message>
        <source>rows {shown} and {more:,} more</source>
        <extracomment>gisdesk/io/tabular.py:1150</extracomment>
        <translation>các hàng {shown} và {more:,} hàng khác</translation>
    </message>
    <message>
        <source>there is no sheet named {sheet!r} (the sheets are {sheets})</source>
        <extracomment>gisdesk/io/tabular.py:1283</extracomment>
        <translation>không có trang tính tên {sheet!r} (các trang tính là {sheets})</translation>
    </message>
    <message>
        <source>there is no column named {wanted!r} for the {what}; the columns are {columns}</source>
        <extracomment>gisdesk/io/tabular.py:1591</extracomment>
        <translation>không có cột tên {wanted!r} cho {what}; các cột hiện có là {columns}</translation>
    </message>
    <message>
        <source>No coordinate columns were found (looked for latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ and WKT geometry columns); the {n:,} row was loaded as a table without geometry. Choose the coordinate columns to put them on the map.</source>
        <extracomment>gisdesk/io/tabular.py:1762</extracomment>
        <translation>Không tìm thấy cột tọa độ nào (đã tìm latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ và cột hình học WKT); {n:,} dòng được nạp thành bảng không có hình học. Hãy chọn các cột tọa độ để đưa lên bản đồ.</translation>
    </message>
    <message>
        <source>No coordinate columns were found (looked for latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ and WKT geometry columns); the {n:,} rows were loaded as a table without geometry. Choose the coordinate columns to put them on the map.</source>
        <extracomment>gisdesk/io/tabular.py:1765</extracomment>
        <translation>Không tìm thấy cột tọa độ nào (đã tìm latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ và cột hình học WKT); {n:,} dòng được nạp thành bảng không có hình học. Hãy chọn các cột tọa độ để đưa lên bản đồ.</translation>
    </message>
    <message>
        <source>empty</source>
        <extracomment>gisdesk/io/tabular.py:1814</extracomment>
        <translation>trống</translation>
    </message>
    <message>
        <source>unreadable</source>
        <extracomment>gisdesk/io/tabular.py:1815</extracomment>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>out of range</source>
        <extracomment>gisdesk/io/tabular.py:1816</extracomment>
        <translation>ngoài phạm vi</translation>
    </message>
    <message>
        <source>absurd values such as the -1.797e308 'no data' number</source>
        <extracomment>gisdesk/io/tabular.py:1817</extracomment>
        <translation>giá trị vô lý như số 'không có dữ liệu' -1.797e308</translation>
    </message>
    <message>
        <source>0/0 placeholders</source>
        <extracomment>gisdesk/io/tabular.py:1818</extracomment>
        <translation>giá trị thay thế 0/0</translation>
    </message>
    <message>
        <source>{value!r} on row {number}</source>
        <extracomment>gisdesk/io/tabular.py:1820</extracomment>
        <translation>{value!r} ở hàng {number}</translation>
    </message>
    <message>
        <source>{value!r} on line {number}</source>
        <extracomment>gisdesk/io/tabular.py:1820</extracomment>
        <translation>{value!r} ở dòng {number}</translation>
    </message>
    <message>
        <source>Other coordinate columns were found and kept as plain attributes: {others}.</source>
        <extracomment>gisdesk/io/tabular.py:714</extracomment>
        <translation>Còn tìm thấy các cột tọa độ khác, được giữ lại như thuộc tính thông thường: {others}.</translation>
    </message>
    <message>
        <source>The file has no byte-order mark but its bytes are {enc}; it was read as such.</source>
        <extracomment>gisdesk/io/tabular.py:770</extracomment>
        <translation>Tệp không có dấu thứ tự byte (BOM) nhưng dữ liệu là {enc}; đã đọc theo bảng mã đó.</translation>
    </message>
    <message>
        <source>this is not a text table: it contains binary data</source>
        <extracomment>gisdesk/io/tabular.py:1007; gisdesk/io/tabular.py:768</extracomment>
        <translation>đây không phải bảng văn bản: tệp chứa dữ liệu nhị phân</translation>
    </message>
    <message>
        <source>the file is empty (no header row)</source>
        <extracomment>gisdesk/io/tabular.py:1093</extracomment>
        <translation>tệp trống (không có dòng tiêu đề)</translation>
    </message>
    <message>
        <source>A quote opened on line {first} is never closed, so lines {first} to {last} read as one value; they were not loaded.</source>
        <extracomment>gisdesk/io/tabular.py:1106</extracomment>
        <translation>Dấu ngoặc kép mở ở dòng {first} không bao giờ được đóng, nên các dòng từ {first} đến {last} bị đọc thành một giá trị; các dòng này không được nạp.</translation>
    </message>
    <message>
        <source>The last line ({line}) is incomplete: the file seems to be cut off. That row was not loaded.</source>
        <extracomment>gisdesk/io/tabular.py:1133</extracomment>
        <translation>Dòng cuối ({line}) không đầy đủ: tệp có vẻ bị cắt cụt. Dòng đó không được nạp.</translation>
    </message>
    <message>
        <source>{n:,} column</source>
        <extracomment>gisdesk/io/tabular.py:1261</extracomment>
        <translation>{n:,} cột</translation>
    </message>
    <message>
        <source>{n:,} columns</source>
        <extracomment>gisdesk/io/tabular.py:1261</extracomment>
        <translation>{n:,} cột</translation>
    </message>
    <message>
        <source>Read sheet {sheet!r}: {rows} and {cols}; the workbook also has {others}.</source>
        <extracomment>gisdesk/io/tabular.py:1263</extracomment>
        <translation>Đã đọc trang tính {sheet!r}: {rows} và {cols}; sổ tính còn có {others}.</translation>
    </message>
    <message>
        <source>Read sheet {sheet!r}: {rows} and {cols}.</source>
        <extracomment>gisdesk/io/tabular.py:1266</extracomment>
        <translation>Đã đọc trang tính {sheet!r}: {rows} và {cols}.</translation>
    </message>
    <message>
        <source>there is no sheet number {sheet} (the workbook has {n}: {sheets})</source>
        <extracomment>gisdesk/io/tabular.py:1275</extracomment>
        <translation>không có trang tính số {sheet} (sổ tính có {n} trang: {sheets})</translation>
    </message>
    <message>
        <source>Column {name!r} uses decimal commas (e.g. {example!r}); it was read as numbers.</source>
        <extracomment>gisdesk/io/tabular.py:1464; gisdesk/io/tabular.py:1526</extracomment>
        <translation>Cột {name!r} dùng dấu phẩy thập phân (ví dụ {example!r}); đã được đọc thành số.</translation>
    </message>
    <message>
        <source>Column {name!r} is numeric; {n:,} value such as {shown} were read as empty.</source>
        <extracomment>gisdesk/io/tabular.py:1538</extracomment>
        <translation>Cột {name!r} là cột số; {n:,} giá trị như {shown} được đọc là trống.</translation>
    </message>
    <message>
        <source>Column {name!r} is numeric; {n:,} values such as {shown} were read as empty.</source>
        <extracomment>gisdesk/io/tabular.py:1539</extracomment>
        <translation>Cột {name!r} là cột số; {n:,} giá trị như {shown} được đọc là trống.</translation>
    </message>
    <message>
        <source>this is a folder, not a table file</source>
        <extracomment>gisdesk/io/tabular.py:1625</extracomment>
        <translation>đây là một thư mục, không phải tệp bảng dữ liệu</translation>
    </message>
    <message>
        <source>this is an old Excel .xls workbook; save it as .xlsx (Excel Workbook) and open that</source>
        <extracomment>gisdesk/io/tabular.py:1634</extracomment>
        <translation>đây là sổ tính Excel .xls kiểu cũ; hãy lưu lại thành .xlsx (Excel Workbook) rồi mở tệp đó</translation>
    </message>
    <message>
        <source>A column named 'geometry' that was not used for positions was renamed {name!r}.</source>
        <extracomment>gisdesk/io/tabular.py:1731</extracomment>
        <translation>Cột tên 'geometry' không được dùng làm vị trí nên đã được đổi tên thành {name!r}.</translation>
    </message>
    <message>
        <source>The columns {columns} are named like latitude/longitude but hold values like {sample}, which are not degrees; they were read as projected x/y coordinates.</source>
        <extracomment>gisdesk/io/tabular.py:1778</extracomment>
        <translation>Các cột {columns} có tên như vĩ độ/kinh độ nhưng chứa giá trị như {sample}, không phải độ; đã đọc thành tọa độ phẳng x/y.</translation>
    </message>
    <message>
        <source>geometry in {column!r}</source>
        <extracomment>gisdesk/io/tabular.py:1809</extracomment>
        <translation>hình học trong {column!r}</translation>
    </message>
    <message>
        <source>position in {column!r}</source>
        <extracomment>gisdesk/io/tabular.py:1811</extracomment>
        <translation>vị trí trong {column!r}</translation>
    </message>
    <message>
        <source>{n:,} row has no usable coordinates (empty or unreadable {what}: {parts}); it was kept as attribute-only rows.</source>
        <extracomment>gisdesk/io/tabular.py:1830</extracomment>
        <translation>{n:,} dòng không có tọa độ dùng được ({what} trống hoặc không đọc được: {parts}); đã giữ lại thành dòng chỉ có thuộc tính.</translation>
    </message>
    <message>
        <source>{n:,} rows have no usable coordinates (empty or unreadable {what}: {parts}); they were kept as attribute-only rows.</source>
        <extracomment>gisdesk/io/tabular.py:1832</extracomment>
        <translation>{n:,} dòng không có tọa độ dùng được ({what} trống hoặc không đọc được: {parts}); đã giữ lại thành dòng chỉ có thuộc tính.</translation>
    </message>
    <message>
        <source>{n:,} row has no usable coordinates (unusable {what}: {parts}); it was kept as attribute-only rows.</source>
        <extracomment>gisdesk/io/tabular.py:1835</extracomment>
        <translation>{n:,} dòng không có tọa độ dùng được ({what} không dùng được: {parts}); đã giữ lại thành dòng chỉ có thuộc tính.</translation>
    </message>
    <message>
        <source>{n:,} rows have no usable coordinates (unusable {what}: {parts}); they were kept as attribute-only rows.</source>
        <extracomment>gisdesk/io/tabular.py:1837</extracomment>
        <translation>{n:,} dòng không có tọa độ dùng được ({what} không dùng được: {parts}); đã giữ lại thành dòng chỉ có thuộc tính.</translation>
    </message>
    <message>
        <source>The coordinates were taken in {crs}, as asked.</source>
        <extracomment>gisdesk/io/tabular.py:1860</extracomment>
        <translation>Tọa độ được coi là thuộc {crs}, theo yêu cầu.</translation>
    </message>
    <message>
        <source>The table does not say which CRS its x/y use</source>
        <extracomment>gisdesk/io/tabular.py:1876</extracomment>
        <translation>Bảng không cho biết x/y dùng hệ tọa độ nào</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark: it was read as {label}.</source>
        <extracomment>gisdesk/io/tabular.py:757</extracomment>
        <translation>Tệp bắt đầu bằng dấu thứ tự byte (BOM): đã đọc theo {label}.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; its text was read as {name} ({why}). This is uncertain: check the accented names.</source>
        <extracomment>gisdesk/io/tabular.py:804</extracomment>
        <translation>Tệp không phải UTF-8; văn bản được đọc theo bảng mã {name} ({why}). Kết quả này chưa chắc chắn: hãy kiểm tra các tên có dấu.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; its text was read as {name} ({why}).</source>
        <extracomment>gisdesk/io/tabular.py:807</extracomment>
        <translation>Tệp không phải UTF-8; văn bản được đọc theo bảng mã {name} ({why}).</translation>
    </message>
    <message>
        <source>{n:,} row has more fields than the header ({lines}); it was not loaded because the values cannot be matched to columns.</source>
        <extracomment>gisdesk/io/tabular.py:1115</extracomment>
        <translation>{n:,} dòng có nhiều trường hơn dòng tiêu đề ({lines}); không được nạp vì không thể ghép các giá trị vào cột.</translation>
    </message>
    <message>
        <source>{n:,} rows have more fields than the header ({lines}); they were not loaded because the values cannot be matched to columns.</source>
        <extracomment>gisdesk/io/tabular.py:1117</extracomment>
        <translation>{n:,} dòng có nhiều trường hơn dòng tiêu đề ({lines}); không được nạp vì không thể ghép các giá trị vào cột.</translation>
    </message>
    <message>
        <source>{n:,} row has fewer fields than the header ({lines}); the missing fields were left empty.</source>
        <extracomment>gisdesk/io/tabular.py:1124</extracomment>
        <translation>{n:,} dòng có ít trường hơn dòng tiêu đề ({lines}); các trường thiếu được để trống.</translation>
    </message>
    <message>
        <source>{n:,} rows have fewer fields than the header ({lines}); the missing fields were left empty.</source>
        <extracomment>gisdesk/io/tabular.py:1126</extracomment>
        <translation>{n:,} dòng có ít trường hơn dòng tiêu đề ({lines}); các trường thiếu được để trống.</translation>
    </message>
    <message>
        <source>this is not a readable Excel workbook ({kind}: {e})</source>
        <extracomment>gisdesk/io/tabular.py:1176</extracomment>
        <translation>đây không phải sổ tính Excel đọc được ({kind}: {e})</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <extracomment>gisdesk/io/tabular.py:1224</extracomment>
        <translation>sổ tính không có trang tính nào</translation>
    </message>
    <message>
        <source>Skipped {n:,} title row above the header (header on row {row}).</source>
        <extracomment>gisdesk/io/tabular.py:1248</extracomment>
        <translation>Đã bỏ qua {n:,} dòng tiêu đề phía trên dòng tên cột (dòng tên cột ở hàng {row}).</translation>
    </message>
    <message>
        <source>Skipped {n:,} title rows above the header (header on row {row}).</source>
        <extracomment>gisdesk/io/tabular.py:1249</extracomment>
        <translation>Đã bỏ qua {n:,} dòng tiêu đề phía trên dòng tên cột (dòng tên cột ở hàng {row}).</translation>
    </message>
    <message>
        <source>Column {i} has no name and was called {name!r}.</source>
        <extracomment>gisdesk/io/tabular.py:1338</extracomment>
        <translation>Cột thứ {i} không có tên và được đặt tên là {name!r}.</translation>
    </message>
    <message>
        <source>A second column named {base!r} was renamed {name!r}.</source>
        <extracomment>gisdesk/io/tabular.py:1347</extracomment>
        <translation>Cột thứ hai cùng tên {base!r} được đổi tên thành {name!r}.</translation>
    </message>
    <message>
        <source>Column {name!r} holds codes stored as decimal numbers (e.g. {first!r}), which lost their leading zeros; they were turned back into {width}-digit text codes ({n:,} were padded with zeros, e.g. {example!r} -&gt; {padded!r}).</source>
        <extracomment>gisdesk/io/tabular.py:1563</extracomment>
        <translation>Cột {name!r} chứa mã được lưu dưới dạng số thập phân (ví dụ {first!r}) nên đã mất các số 0 ở đầu; đã chuyển lại thành mã văn bản {width} chữ số ({n:,} mã được thêm số 0 ở đầu, ví dụ {example!r} -&gt; {padded!r}).</translation>
    </message>
    <message>
        <source>Column {name!r} holds codes stored as decimal numbers (e.g. {first!r}); they were kept as text without the '.0'.</source>
        <extracomment>gisdesk/io/tabular.py:1572</extracomment>
        <translation>Cột {name!r} chứa mã được lưu dưới dạng số thập phân (ví dụ {first!r}); đã giữ thành văn bản, bỏ phần '.0'.</translation>
    </message>
    <message>
        <source>this is a zip archive, not a table</source>
        <extracomment>gisdesk/io/tabular.py:1642</extracomment>
        <translation>đây là tệp nén zip, không phải bảng dữ liệu</translation>
    </message>
    <message>
        <source>a CSV file has no sheets</source>
        <extracomment>gisdesk/io/tabular.py:1644</extracomment>
        <translation>tệp CSV không có trang tính</translation>
    </message>
    <message>
        <source>geometries</source>
        <extracomment>gisdesk/io/tabular.py:1682</extracomment>
        <translation>hình học</translation>
    </message>
    <message>
        <source>The latitude column {lat!r} holds longitudes and the longitude column {lon!r} holds latitudes ({k:,} of {n:,} rows); the values were swapped back.</source>
        <extracomment>gisdesk/io/tabular.py:1788</extracomment>
        <translation>Cột vĩ độ {lat!r} chứa kinh độ và cột kinh độ {lon!r} chứa vĩ độ ({k:,}/{n:,} dòng); các giá trị đã được đổi chỗ lại.</translation>
    </message>
    <message>
        <source>{n:,} {label}{examples}</source>
        <extracomment>gisdesk/io/tabular.py:1827</extracomment>
        <translation>{n:,} {label}{examples}</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark: it was read as {label} little-endian.</source>
        <extracomment>gisdesk/io/tabular.py:753</extracomment>
        <translation>Tệp bắt đầu bằng dấu thứ tự byte (BOM): đã đọc theo {label} little-endian.</translation>
    </message>
    <message>
        <source>The file starts with a byte-order mark: it was read as {label} big-endian.</source>
        <extracomment>gisdesk/io/tabular.py:755</extracomment>
        <translation>Tệp bắt đầu bằng dấu thứ tự byte (BOM): đã đọc theo {label} big-endian.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character (it seems cut off); the last bytes were dropped.</source>
        <extracomment>gisdesk/io/tabular.py:780</extracomment>
        <translation>Tệp kết thúc giữa chừng một ký tự (có vẻ bị cắt cụt); các byte cuối đã bị bỏ.</translation>
    </message>
    <message>
        <source>every sheet of the workbook is empty ({sheets})</source>
        <extracomment>gisdesk/io/tabular.py:1233</extracomment>
        <translation>mọi trang tính của sổ tính đều trống ({sheets})</translation>
    </message>
    <message>
        <source>sheet {sheet!r} is empty</source>
        <extracomment>gisdesk/io/tabular.py:1239</extracomment>
        <translation>trang tính {sheet!r} trống</translation>
    </message>
    <message>
        <source>Point positions come from column {col!r}, as asked.</source>
        <extracomment>gisdesk/io/tabular.py:1683</extracomment>
        <translation>Vị trí điểm lấy từ cột {col!r}, theo yêu cầu.</translation>
    </message>
    <message>
        <source>x (longitude/easting)</source>
        <extracomment>gisdesk/io/tabular.py:1687</extracomment>
        <translation>x (kinh độ/tọa độ đông)</translation>
    </message>
    <message>
        <source>y (latitude/northing)</source>
        <extracomment>gisdesk/io/tabular.py:1688</extracomment>
        <translation>y (vĩ độ/tọa độ bắc)</translation>
    </message>
    <message>
        <source>{n:,} row has latitude and longitude the wrong way round ({lines}); it was swapped back.</source>
        <extracomment>gisdesk/io/tabular.py:1795</extracomment>
        <translation>{n:,} dòng bị đảo ngược vĩ độ và kinh độ ({lines}); đã được đổi chỗ lại.</translation>
    </message>
    <message>
        <source>{n:,} rows have latitude and longitude the wrong way round ({lines}); they were swapped back.</source>
        <extracomment>gisdesk/io/tabular.py:1797</extracomment>
        <translation>{n:,} dòng bị đảo ngược vĩ độ và kinh độ ({lines}); đã được đổi chỗ lại.</translation>
    </message>
    <message>
        <source>Point positions come from columns {x!r} (x) and {y!r} (y), as asked.</source>
        <extracomment>gisdesk/io/tabular.py:1692</extracomment>
        <translation>Vị trí điểm lấy từ các cột {x!r} (x) và {y!r} (y), theo yêu cầu.</translation>
    </message>
    <message>
        <source>column {c!r} holds geometries as text</source>
        <extracomment>gisdesk/io/tabular.py:666</extracomment>
        <translation>cột {c!r} chứa hình học dạng văn bản</translation>
    </message>
    <message>
        <source>columns {lat!r} and {lon!r} are named as latitude and longitude</source>
        <extracomment>gisdesk/io/tabular.py:672</extracomment>
        <translation>các cột {lat!r} và {lon!r} có tên là vĩ độ và kinh độ</translation>
    </message>
    <message>
        <source>columns {x!r} and {y!r} are named as x and y</source>
        <extracomment>gisdesk/io/tabular.py:683</extracomment>
        <translation>các cột {x!r} và {y!r} có tên là x và y</translation>
    </message>
    <message>
        <source>column {c!r} holds latitude and longitude together</source>
        <extracomment>gisdesk/io/tabular.py:679</extracomment>
        <translation>cột {c!r} chứa cả vĩ độ và kinh độ</translation>
    </message>
    <message>
        <source>the layer could not be written ({error}). The previous file (if any) was left as it was.</source>
        <extracomment>gisdesk/io/writers.py:289</extracomment>
        <translation>không ghi được lớp ({error}). Tệp cũ (nếu có) vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>permission denied: you cannot write in the folder {folder}.</source>
        <extracomment>gisdesk/io/writers.py:257; gisdesk/io/writers.py:288</extracomment>
        <translation>không có quyền: bạn không được ghi vào thư mục {folder}.</translation>
    </message>
    <message>
        <source>could not write the file ({error}).</source>
        <extracomment>gisdesk/io/writers.py:258</extracomment>
        <translation>không ghi được tệp ({error}).</translation>
    </message>
    <message>
        <source>permission denied: you cannot create a file in the folder {folder}.</source>
        <extracomment>gisdesk/io/writers.py:259</extracomment>
        <translation>không có quyền: bạn không được tạo tệp trong thư mục {folder}.</translation>
    </message>
    <message>
        <source>could not create the file ({error}).</source>
        <extracomment>gisdesk/io/writers.py:260</extracomment>
        <translation>không tạo được tệp ({error}).</translation>
    </message>
    <message>
        <source>permission denied: you cannot copy the existing GeoPackage in the folder {folder}.</source>
        <extracomment>gisdesk/io/writers.py:261</extracomment>
        <translation>không có quyền: bạn không được sao chép tệp GeoPackage hiện có trong thư mục {folder}.</translation>
    </message>
    <message>
        <source>could not copy the existing GeoPackage ({error}).</source>
        <extracomment>gisdesk/io/writers.py:263</extracomment>
        <translation>không sao chép được tệp GeoPackage hiện có ({error}).</translation>
    </message>
    <message>
        <source>permission denied: the file could not be replaced (it may be open in another program, or the folder {folder} is read-only). The previous file was left as it was.</source>
        <extracomment>gisdesk/io/writers.py:264</extracomment>
        <translation>không có quyền: không thay thế được tệp (có thể tệp đang mở trong chương trình khác, hoặc thư mục {folder} chỉ cho phép đọc). Tệp cũ vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>could not replace the file ({error}).</source>
        <extracomment>gisdesk/io/writers.py:266</extracomment>
        <translation>không thay thế được tệp ({error}).</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written and the previous file (if any) was left as it was.</source>
        <extracomment>gisdesk/io/writers.py:276; gisdesk/io/writers.py:286</extracomment>
        <translation>ổ đĩa đã đầy; chưa ghi gì và tệp cũ (nếu có) vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>your disk quota is used up; nothing was written and the previous file was left as it was.</source>
        <extracomment>gisdesk/io/writers.py:278</extracomment>
        <translation>đã hết hạn mức dung lượng đĩa của bạn; chưa ghi gì và tệp cũ vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>cannot save as the extension {ext!r}; use .gpkg, .geojson, .shp, .fgb, .csv or .xlsx.</source>
        <extracomment>gisdesk/io/writers.py:127</extracomment>
        <translation>không lưu được với đuôi tệp {ext!r}; hãy dùng .gpkg, .geojson, .shp, .fgb, .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>cannot save as a file name without an extension; use .gpkg, .geojson, .shp, .fgb, .csv or .xlsx.</source>
        <extracomment>gisdesk/io/writers.py:130</extracomment>
        <translation>không lưu được với tên tệp không có đuôi; hãy dùng .gpkg, .geojson, .shp, .fgb, .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <source>there is no geometry column to write (expected a GeoDataFrame).</source>
        <extracomment>gisdesk/io/writers.py:166</extracomment>
        <translation>không có cột hình học để ghi (cần một GeoDataFrame).</translation>
    </message>
    <message>
        <source>only a GeoPackage (.gpkg) can hold several layers; cannot add a layer to this file.</source>
        <extracomment>gisdesk/io/writers.py:170</extracomment>
        <translation>chỉ GeoPackage (.gpkg) mới chứa được nhiều lớp; không thể thêm lớp vào tệp này.</translation>
    </message>
    <message>
        <source>The layer has no CRS, so it could not be reprojected to WGS 84 as GeoJSON (RFC 7946) requires; the coordinates were written as they are.</source>
        <extracomment>gisdesk/io/writers.py:312</extracomment>
        <translation>Lớp không có hệ tọa độ nên không chuyển được sang WGS 84 như GeoJSON (RFC 7946) yêu cầu; tọa độ được ghi nguyên như hiện có.</translation>
    </message>
    <message>
        <source>GeoJSON (RFC 7946) is always WGS 84 longitude/latitude, so the layer was reprojected from {source} to {target}.</source>
        <extracomment>gisdesk/io/writers.py:327</extracomment>
        <translation>GeoJSON (RFC 7946) luôn dùng kinh độ/vĩ độ WGS 84, nên lớp đã được chuyển từ {source} sang {target}.</translation>
    </message>
    <message>
        <source>The layer was reprojected from {source} to {target}.</source>
        <extracomment>gisdesk/io/writers.py:331</extracomment>
        <translation>Lớp đã được chuyển hệ tọa độ từ {source} sang {target}.</translation>
    </message>
    <message>
        <source>a shapefile holds only one kind of geometry, but this layer has {listing}. Save it as GeoPackage (.gpkg) or GeoJSON instead, which keep them all, or split the layer by geometry type first.</source>
        <extracomment>gisdesk/io/writers.py:474</extracomment>
        <translation>shapefile chỉ chứa được một loại hình học, nhưng lớp này có {listing}. Hãy lưu thành GeoPackage (.gpkg) hoặc GeoJSON để giữ tất cả, hoặc tách lớp theo loại hình học trước.</translation>
    </message>
    <message>
        <source>{n:,} text in '{field}' was longer than the 254 bytes a shapefile (DBF) field can hold and was cut; save as GeoPackage to keep them whole.</source>
        <extracomment>gisdesk/io/writers.py:534</extracomment>
        <translation>{n:,} giá trị văn bản trong '{field}' dài hơn 254 byte mà một trường shapefile (DBF) chứa được nên đã bị cắt bớt; hãy lưu thành GeoPackage để giữ nguyên.</translation>
    </message>
    <message>
        <source>{n:,} texts in '{field}' were longer than the 254 bytes a shapefile (DBF) field can hold and were cut; save as GeoPackage to keep them whole.</source>
        <extracomment>gisdesk/io/writers.py:536</extracomment>
        <translation>{n:,} giá trị văn bản trong '{field}' dài hơn 254 byte mà một trường shapefile (DBF) chứa được nên đã bị cắt bớt; hãy lưu thành GeoPackage để giữ nguyên.</translation>
    </message>
    <message>
        <source>CSV has no place for a CRS: the WKT coordinates are in {crs}; tell whoever opens the file.</source>
        <extracomment>gisdesk/io/writers.py:586</extracomment>
        <translation>CSV không có chỗ ghi hệ tọa độ: tọa độ WKT theo {crs}; hãy báo cho người mở tệp biết.</translation>
    </message>
    <message>
        <source>CSV has no place for a CRS: the WKT coordinates are in the layer CRS; tell whoever opens the file.</source>
        <extracomment>gisdesk/io/writers.py:589</extracomment>
        <translation>CSV không có chỗ ghi hệ tọa độ: tọa độ WKT theo hệ tọa độ của lớp; hãy báo cho người mở tệp biết.</translation>
    </message>
    <message>
        <source>the layer has {n:,} rows but an Excel sheet holds at most {limit:,}; save it as GeoPackage or CSV instead.</source>
        <extracomment>gisdesk/io/writers.py:607</extracomment>
        <translation>lớp có {n:,} dòng nhưng một trang tính Excel chỉ chứa tối đa {limit:,} dòng; hãy lưu thành GeoPackage hoặc CSV.</translation>
    </message>
    <message>
        <source>saving with the {driver!r} driver is not supported; choose GeoPackage, GeoJSON, shapefile, FlatGeobuf, CSV or Excel (.xlsx).</source>
        <extracomment>gisdesk/io/writers.py:120</extracomment>
        <translation>không hỗ trợ lưu bằng trình điều khiển {driver!r}; hãy chọn GeoPackage, GeoJSON, shapefile, FlatGeobuf, CSV hoặc Excel (.xlsx).</translation>
    </message>
    <message>
        <source>the layer has no CRS, so it cannot be reprojected to {crs}; set its CRS first.</source>
        <extracomment>gisdesk/io/writers.py:308</extracomment>
        <translation>lớp không có hệ tọa độ nên không chuyển được sang {crs}; hãy đặt hệ tọa độ cho lớp trước.</translation>
    </message>
    <message>
        <source>could not reproject the layer to {crs} ({error}).</source>
        <extracomment>gisdesk/io/writers.py:323</extracomment>
        <translation>không chuyển được lớp sang hệ tọa độ {crs} ({error}).</translation>
    </message>
    <message>
        <source>GDAL noted while writing: {text}</source>
        <extracomment>gisdesk/io/writers.py:380</extracomment>
        <translation>GDAL ghi chú khi ghi tệp: {text}</translation>
    </message>
    <message>
        <source>The GeoJSON was written in {crs} as asked, with a 'crs' member; this is the older 2008 GeoJSON, not RFC 7946, and some programs will assume WGS 84 and misplace it.</source>
        <extracomment>gisdesk/io/writers.py:410</extracomment>
        <translation>Tệp GeoJSON đã được ghi theo {crs} như yêu cầu, kèm mục 'crs'; đây là GeoJSON kiểu cũ năm 2008, không phải RFC 7946, và một số chương trình sẽ coi là WGS 84 rồi đặt dữ liệu sai chỗ.</translation>
    </message>
    <message>
        <source>{n:,} row has no geometry, which a FlatGeobuf spatial index cannot hold, so the file was written without a spatial index.</source>
        <extracomment>gisdesk/io/writers.py:425</extracomment>
        <translation>{n:,} dòng không có hình học, mà chỉ mục không gian FlatGeobuf không chứa được dòng như vậy, nên tệp được ghi không kèm chỉ mục không gian.</translation>
    </message>
    <message>
        <source>{n:,} rows have no geometry, which a FlatGeobuf spatial index cannot hold, so the file was written without a spatial index.</source>
        <extracomment>gisdesk/io/writers.py:427</extracomment>
        <translation>{n:,} dòng không có hình học, mà chỉ mục không gian FlatGeobuf không chứa được dòng như vậy, nên tệp được ghi không kèm chỉ mục không gian.</translation>
    </message>
    <message>
        <source>A shapefile (DBF) field name can only be 10 bytes long, so {n} field was renamed: {renames}.</source>
        <extracomment>gisdesk/io/writers.py:487</extracomment>
        <translation>Tên trường của shapefile (DBF) chỉ dài tối đa 10 byte, nên {n} trường đã được đổi tên: {renames}.</translation>
    </message>
    <message>
        <source>A shapefile (DBF) field name can only be 10 bytes long, so {n} fields were renamed: {renames}.</source>
        <extracomment>gisdesk/io/writers.py:489</extracomment>
        <translation>Tên trường của shapefile (DBF) chỉ dài tối đa 10 byte, nên {n} trường đã được đổi tên: {renames}.</translation>
    </message>
    <message>
        <source>The DBF of a shapefile has no date-and-time type, so '{field}' was written as ISO 8601 text with its UTC offset (e.g. 2024-05-01T08:30:00+07:00).</source>
        <extracomment>gisdesk/io/writers.py:499</extracomment>
        <translation>Tệp DBF của shapefile không có kiểu ngày giờ, nên '{field}' được ghi thành văn bản ISO 8601 kèm độ lệch UTC (ví dụ 2024-05-01T08:30:00+07:00).</translation>
    </message>
    <message>
        <source>The DBF of a shapefile has no date-and-time type, so '{field}' was written as ISO 8601 text (e.g. 2024-05-01T08:30:00+07:00).</source>
        <extracomment>gisdesk/io/writers.py:502</extracomment>
        <translation>Tệp DBF của shapefile không có kiểu ngày giờ, nên '{field}' được ghi thành văn bản ISO 8601 (ví dụ 2024-05-01T08:30:00+07:00).</translation>
    </message>
    <message>
        <source>{format} has no time-zone-aware date type, so {columns} was written as ISO 8601 text with the UTC offset (e.g. 2024-05-01T08:30:00+07:00).</source>
        <extracomment>gisdesk/io/writers.py:568</extracomment>
        <translation>{format} không có kiểu ngày giờ kèm múi giờ, nên {columns} được ghi thành văn bản ISO 8601 kèm độ lệch UTC (ví dụ 2024-05-01T08:30:00+07:00).</translation>
    </message>
    <message>
        <source>{format} has no time-zone-aware date type, so {columns} were written as ISO 8601 text with the UTC offset (e.g. 2024-05-01T08:30:00+07:00).</source>
        <extracomment>gisdesk/io/writers.py:571</extracomment>
        <translation>{format} không có kiểu ngày giờ kèm múi giờ, nên {columns} được ghi thành văn bản ISO 8601 kèm độ lệch UTC (ví dụ 2024-05-01T08:30:00+07:00).</translation>
    </message>
    <message>
        <source>The layer has no CRS, so no lon/lat columns could be added to the Excel sheet.</source>
        <extracomment>gisdesk/io/writers.py:618</extracomment>
        <translation>Lớp không có hệ tọa độ nên không thêm được cột kinh độ/vĩ độ vào trang tính Excel.</translation>
    </message>
    <message>
        <source>Point coordinates were added as '{lon}' and '{lat}' (WGS 84 degrees).</source>
        <extracomment>gisdesk/io/writers.py:623</extracomment>
        <translation>Tọa độ điểm đã được thêm thành cột '{lon}' và '{lat}' (độ, WGS 84).</translation>
    </message>
    <message>
        <source>{n:,} geometry is too large for an Excel cell ({limit:,} characters) and was left out of '{column}'; save as GeoPackage to keep them.</source>
        <extracomment>gisdesk/io/writers.py:633</extracomment>
        <translation>{n:,} hình học quá lớn so với một ô Excel ({limit:,} ký tự) nên không được ghi vào '{column}'; hãy lưu thành GeoPackage để giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} geometries are too large for an Excel cell ({limit:,} characters) and were left out of '{column}'; save as GeoPackage to keep them.</source>
        <extracomment>gisdesk/io/writers.py:636</extracomment>
        <translation>{n:,} hình học quá lớn so với một ô Excel ({limit:,} ký tự) nên không được ghi vào '{column}'; hãy lưu thành GeoPackage để giữ lại.</translation>
    </message>
    <message>
        <source>{n:,} text held control characters that Excel cannot store; they were removed from the Excel copy.</source>
        <extracomment>gisdesk/io/writers.py:646</extracomment>
        <translation>{n:,} giá trị văn bản chứa ký tự điều khiển mà Excel không lưu được; các ký tự đó đã bị bỏ khỏi bản Excel.</translation>
    </message>
    <message>
        <source>{n:,} texts held control characters that Excel cannot store; they were removed from the Excel copy.</source>
        <extracomment>gisdesk/io/writers.py:648</extracomment>
        <translation>{n:,} giá trị văn bản chứa ký tự điều khiển mà Excel không lưu được; các ký tự đó đã bị bỏ khỏi bản Excel.</translation>
    </message>
    <message>
        <source>1-hour mean</source>
        <extracomment>gisdesk/layers/air_quality.py:49</extracomment>
        <translation>trung bình 1 giờ</translation>
    </message>
    <message>
        <source>8-hour mean</source>
        <extracomment>gisdesk/layers/air_quality.py:49</extracomment>
        <translation>trung bình 8 giờ</translation>
    </message>
    <message>
        <source>24-hour mean</source>
        <extracomment>gisdesk/layers/air_quality.py:49</extracomment>
        <translation>trung bình 24 giờ</translation>
    </message>
    <message>
        <source>annual mean</source>
        <extracomment>gisdesk/layers/air_quality.py:50</extracomment>
        <translation>trung bình năm</translation>
    </message>
    <message>
        <source>{period!r} is not an averaging period; use one of {periods}</source>
        <extracomment>gisdesk/layers/air_quality.py:261; gisdesk/layers/air_quality.py:74</extracomment>
        <translation>{period!r} không phải là thời gian lấy trung bình; hãy dùng một trong {periods}</translation>
    </message>
    <message>
        <source>the thresholds ({name}) have no {period} limit for {parameter}</source>
        <extracomment>gisdesk/layers/air_quality.py:341</extracomment>
        <translation>bộ ngưỡng ({name}) không có ngưỡng {period} cho {parameter}</translation>
    </message>
    <message>
        <source>the limit must be a number, not {limit!r}</source>
        <extracomment>gisdesk/layers/air_quality.py:77</extracomment>
        <translation>ngưỡng phải là một số, không phải {limit!r}</translation>
    </message>
    <message>
        <source>the {parameter} readings are in {units} but the limit is in {unit}; they cannot be compared</source>
        <extracomment>gisdesk/layers/air_quality.py:351</extracomment>
        <translation>số liệu {parameter} tính bằng {units} nhưng ngưỡng tính bằng {unit}; không thể so sánh</translation>
    </message>
    <message>
        <source>the {parameter} readings mix units ({units}); they cannot be compared with one limit</source>
        <extracomment>gisdesk/layers/air_quality.py:354</extracomment>
        <translation>số liệu {parameter} dùng lẫn nhiều đơn vị ({units}); không thể so sánh với cùng một ngưỡng</translation>
    </message>
    <message>
        <source>the raster has no bands</source>
        <extracomment>gisdesk/layers/raster.py:76</extracomment>
        <translation>raster không có kênh (band) nào</translation>
    </message>
    <message>
        <source>band(s) {bands} do not exist (the raster has {n})</source>
        <extracomment>gisdesk/layers/raster.py:82</extracomment>
        <translation>kênh {bands} không tồn tại (raster chỉ có {n} kênh)</translation>
    </message>
    <message>
        <source>cannot open as a raster ({error})</source>
        <extracomment>gisdesk/layers/raster.py:74</extracomment>
        <translation>không mở được dưới dạng raster ({error})</translation>
    </message>
    <message>
        <source>reading the raster failed ({error}); the file may be corrupt</source>
        <extracomment>gisdesk/layers/raster.py:156</extracomment>
        <translation>đọc raster không thành công ({error}); tệp có thể bị hỏng</translation>
    </message>
    <message>
        <source>Good (at most half the limit)</source>
        <extracomment>gisdesk/layers/sensors.py:69</extracomment>
        <translation>Tốt (không quá nửa ngưỡng)</translation>
    </message>
    <message>
        <source>Moderate (up to the limit)</source>
        <extracomment>gisdesk/layers/sensors.py:69</extracomment>
        <translation>Trung bình (đến ngưỡng)</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <extracomment>gisdesk/layers/sensors.py:70</extracomment>
        <translation>Vượt ngưỡng</translation>
    </message>
    <message>
        <source>No limit for this parameter</source>
        <extracomment>gisdesk/layers/sensors.py:70</extracomment>
        <translation>Chỉ số này không có ngưỡng</translation>
    </message>
    <message>
        <source>No data</source>
        <extracomment>gisdesk/layers/sensors.py:70</extracomment>
        <translation>Không có số liệu</translation>
    </message>
    <message>
        <source>there are no {parameter} readings (the readings have: {parameters})</source>
        <extracomment>gisdesk/layers/sensors.py:435</extracomment>
        <translation>không có số liệu {parameter} (số liệu hiện có: {parameters})</translation>
    </message>
    <message>
        <source>there are no {parameter} readings (there are no readings at all)</source>
        <extracomment>gisdesk/layers/sensors.py:434</extracomment>
        <translation>không có số liệu {parameter} (hoàn toàn chưa có số liệu nào)</translation>
    </message>
    <message>
        <source>the stations table has no 'station_id' column</source>
        <extracomment>gisdesk/layers/sensors.py:444</extracomment>
        <translation>bảng trạm quan trắc không có cột 'station_id'</translation>
    </message>
    <message>
        <source>the readings table lacks {columns}</source>
        <extracomment>gisdesk/layers/sensors.py:454</extracomment>
        <translation>bảng số liệu quan trắc thiếu cột {columns}</translation>
    </message>
    <message>
        <source>the readings' times have no time zone</source>
        <extracomment>gisdesk/layers/sensors.py:459</extracomment>
        <translation>thời gian của số liệu quan trắc không có múi giờ</translation>
    </message>
    <message>
        <source>there is no column {column!r} to style the requests by</source>
        <extracomment>gisdesk/layers/service_requests.py:252</extracomment>
        <translation>không có cột {column!r} để tạo kiểu hiển thị cho phản ánh</translation>
    </message>
    <message>
        <source>{value!r} has no time zone</source>
        <extracomment>gisdesk/layers/service_requests.py:295</extracomment>
        <translation>{value!r} không có múi giờ</translation>
    </message>
    <message>
        <source>a deadline is a positive number of hours: {categories}</source>
        <extracomment>gisdesk/layers/service_requests.py:77</extracomment>
        <translation>thời hạn xử lý phải là số giờ dương: {categories}</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>gisdesk/layers/service_requests.py:231</extracomment>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>gisdesk/layers/service_requests.py:231</extracomment>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>gisdesk/layers/service_requests.py:232</extracomment>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>a tile URL starts with http:// or https:// (got {url!r})</source>
        <extracomment>gisdesk/layers/tiles.py:417</extracomment>
        <translation>Địa chỉ máy chủ ô bản đồ phải bắt đầu bằng http:// hoặc https:// (nhận được {url!r})</translation>
    </message>
    <message>
        <source>a tile URL needs {{z}}, {{x}} and {{y}} in it (got {url!r})</source>
        <extracomment>gisdesk/layers/tiles.py:419</extracomment>
        <translation>Địa chỉ máy chủ ô bản đồ phải chứa {{z}}, {{x}} và {{y}} (nhận được {url!r})</translation>
    </message>
    <message>
        <source>offline: showing cached tiles ({n} of {m})</source>
        <extracomment>gisdesk/layers/tiles.py:556</extracomment>
        <translation>Không có mạng: đang hiển thị ô bản đồ đã lưu ({n}/{m})</translation>
    </message>
    <message>
        <source>{k} of {m} tiles could not be loaded ({reason})</source>
        <extracomment>gisdesk/layers/tiles.py:561</extracomment>
        <translation>Không tải được {k}/{m} ô bản đồ ({reason})</translation>
    </message>
    <message>
        <source>loading tiles ({n} of {m})</source>
        <extracomment>gisdesk/layers/tiles.py:564</extracomment>
        <translation>Đang tải ô bản đồ ({n}/{m})</translation>
    </message>
    <message>
        <source>the tile URL has {{s}} but no subdomains are given</source>
        <extracomment>gisdesk/layers/tiles.py:455</extracomment>
        <translation>Địa chỉ ô bản đồ có {{s}} nhưng chưa khai báo tên miền con</translation>
    </message>
    <message>
        <source>the tile server answered HTTP {code}</source>
        <extracomment>gisdesk/layers/tiles.py:708</extracomment>
        <translation>Máy chủ ô bản đồ trả về mã HTTP {code}</translation>
    </message>
    <message>
        <source>the tile server sent something that is not an image</source>
        <extracomment>gisdesk/layers/tiles.py:712</extracomment>
        <translation>Máy chủ ô bản đồ gửi về dữ liệu không phải hình ảnh</translation>
    </message>
    <message>
        <source>the tile server did not answer in {s:g} s</source>
        <extracomment>gisdesk/layers/tiles.py:699</extracomment>
        <translation>Máy chủ ô bản đồ không phản hồi trong {s:g} giây</translation>
    </message>
    <message>
        <source>the tile server cannot be reached ({e})</source>
        <extracomment>gisdesk/layers/tiles.py:702</extracomment>
        <translation>Không kết nối được máy chủ ô bản đồ ({e})</translation>
    </message>
    <message>
        <source>the tile cannot be saved in the cache ({e})</source>
        <extracomment>gisdesk/layers/tiles.py:717</extracomment>
        <translation>Không lưu được ô bản đồ vào bộ nhớ đệm ({e})</translation>
    </message>
    <message>
        <source>layer {name!r} has no column {column!r}</source>
        <extracomment>gisdesk/layers/vector.py:305</extracomment>
        <translation>lớp {name!r} không có cột {column!r}</translation>
    </message>
    <message>
        <source>a map extent is 4 finite numbers (minx, miny, maxx, maxy), got {extent!r}</source>
        <extracomment>gisdesk/render/settings.py:55</extracomment>
        <translation>phạm vi bản đồ phải gồm 4 số hữu hạn (minx, miny, maxx, maxy), nhưng nhận được {extent!r}</translation>
    </message>
    <message>
        <source>a map extent needs maxx &gt; minx and maxy &gt; miny, got {extent!r}</source>
        <extracomment>gisdesk/render/settings.py:58</extracomment>
        <translation>phạm vi bản đồ cần maxx &gt; minx và maxy &gt; miny, nhưng nhận được {extent!r}</translation>
    </message>
    <message>
        <source>a map size is (width, height) of at least 1 pixel, got {size!r}</source>
        <extracomment>gisdesk/render/settings.py:60</extracomment>
        <translation>kích thước bản đồ phải là (rộng, cao) với mỗi chiều ít nhất 1 điểm ảnh, nhưng nhận được {size!r}</translation>
    </message>
    <message>
        <source>background is an RGBA colour, got {background!r}</source>
        <extracomment>gisdesk/render/settings.py:64</extracomment>
        <translation>màu nền phải là một màu RGBA, nhưng nhận được {background!r}</translation>
    </message>
    <message>
        <source>dpi must be a positive number, got {dpi!r}</source>
        <extracomment>gisdesk/render/settings.py:66</extracomment>
        <translation>dpi phải là một số dương, nhưng nhận được {dpi!r}</translation>
    </message>
    <message>
        <source>a map needs a CRS</source>
        <extracomment>gisdesk/render/settings.py:68</extracomment>
        <translation>bản đồ cần có hệ tọa độ</translation>
    </message>
    <message>
        <source>the cached tile is not an image it can read</source>
        <extracomment>gisdesk/render/tiles.py:118</extracomment>
        <translation>Ô bản đồ đã lưu không phải hình ảnh đọc được</translation>
    </message>
    <message>
        <source>the heatmap radius must be a finite number of pixels &gt;= 0, got {radius!r}</source>
        <extracomment>gisdesk/styles/heatmap.py:34</extracomment>
        <translation>bán kính bản đồ nhiệt phải là một số điểm ảnh hữu hạn và không âm, nhưng nhận được {radius!r}</translation>
    </message>
    <message>
        <source>unknown colour ramp {ramp!r}; known ramps: {ramps}</source>
        <extracomment>gisdesk/styles/ramps.py:63</extracomment>
        <translation>không có dải màu {ramp!r}; các dải màu hiện có: {ramps}</translation>
    </message>
    <message>
        <source>a colour ramp needs at least 2 colours, got {n}</source>
        <extracomment>gisdesk/styles/ramps.py:69</extracomment>
        <translation>dải màu cần ít nhất 2 màu, nhưng chỉ có {n}</translation>
    </message>
    <message>
        <source>a colour ramp is a ramp name or a list of colours, got {ramp!r}</source>
        <extracomment>gisdesk/styles/ramps.py:67</extracomment>
        <translation>dải màu phải là tên một dải màu hoặc một danh sách màu, nhưng nhận được {ramp!r}</translation>
    </message>
    <message>
        <source>a palette is a ramp name or a list of colours, got {palette!r}</source>
        <extracomment>gisdesk/styles/ramps.py:105</extracomment>
        <translation>bảng màu phải là tên một dải màu hoặc một danh sách màu, nhưng nhận được {palette!r}</translation>
    </message>
    <message>
        <source>Other values</source>
        <extracomment>gisdesk/styles/renderers.py:55; gisdesk/styles/renderers.py:208</extracomment>
        <translation>Giá trị khác</translation>
    </message>
    <message>
        <source>No value</source>
        <extracomment>gisdesk/styles/renderers.py:55; gisdesk/styles/renderers.py:205</extracomment>
        <translation>Không có giá trị</translation>
    </message>
    <message>
        <source>Point density</source>
        <extracomment>gisdesk/styles/renderers.py:55; gisdesk/styles/renderers.py:548</extracomment>
        <translation>Mật độ điểm</translation>
    </message>
    <message>
        <source>low</source>
        <extracomment>gisdesk/styles/renderers.py:55; gisdesk/styles/renderers.py:549</extracomment>
        <translation>thấp</translation>
    </message>
    <message>
        <source>high</source>
        <extracomment>gisdesk/styles/renderers.py:55; gisdesk/styles/renderers.py:546</extracomment>
        <translation>cao</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the columns are: {columns}</source>
        <extracomment>gisdesk/styles/renderers.py:640</extracomment>
        <translation>không có cột {column!r}; các cột hiện có: {columns}</translation>
    </message>
    <message>
        <source>there is no column {column!r}; the layer has no columns</source>
        <extracomment>gisdesk/styles/renderers.py:639</extracomment>
        <translation>không có cột {column!r}; lớp không có cột nào</translation>
    </message>
    <message>
        <source>no finite values to classify</source>
        <extracomment>gisdesk/styles/renderers.py:403</extracomment>
        <translation>không có giá trị hữu hạn nào để phân lớp</translation>
    </message>
    <message>
        <source>k (the number of classes) must be 1 or more, got {k}</source>
        <extracomment>gisdesk/styles/renderers.py:406</extracomment>
        <translation>k (số lớp) phải từ 1 trở lên, nhưng nhận được {k}</translation>
    </message>
    <message>
        <source>a style is a dict, got {type}</source>
        <extracomment>gisdesk/styles/renderers.py:568</extracomment>
        <translation>kiểu hiển thị phải là một từ điển (dict), nhưng nhận được {type}</translation>
    </message>
    <message>
        <source>unknown style kind {kind!r}; expected one of {kinds}</source>
        <extracomment>gisdesk/styles/renderers.py:572</extracomment>
        <translation>không có loại kiểu hiển thị {kind!r}; hãy dùng một trong {kinds}</translation>
    </message>
    <message>
        <source>it needs a 'column' (the name of the column it colours by)</source>
        <extracomment>gisdesk/styles/renderers.py:597</extracomment>
        <translation>cần có 'column' (tên cột dùng để tô màu)</translation>
    </message>
    <message>
        <source>{key!r} is a list, got {type}</source>
        <extracomment>gisdesk/styles/renderers.py:604</extracomment>
        <translation>{key!r} phải là một danh sách, nhưng nhận được {type}</translation>
    </message>
    <message>
        <source>a category is a dict with a 'value' and a 'symbol', got {value!r}</source>
        <extracomment>gisdesk/styles/renderers.py:610</extracomment>
        <translation>mỗi nhóm phải là một từ điển (dict) có 'value' và 'symbol', nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>a category value is text, a number, true/false or null, got {value!r}</source>
        <extracomment>gisdesk/styles/renderers.py:613</extracomment>
        <translation>giá trị của nhóm phải là văn bản, số, true/false hoặc null, nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>a class is a dict with 'lower', 'upper' and 'symbol', got {value!r}</source>
        <extracomment>gisdesk/styles/renderers.py:619</extracomment>
        <translation>mỗi lớp phải là một từ điển (dict) có 'lower', 'upper' và 'symbol', nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>{name} is a number, got {value!r}</source>
        <extracomment>gisdesk/styles/renderers.py:629; gisdesk/styles/renderers.py:633</extracomment>
        <translation>{name} phải là một số, nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>labels are a dict, got {type}</source>
        <extracomment>gisdesk/styles/renderers.py:106</extracomment>
        <translation>thiết lập nhãn phải là một từ điển (dict), nhưng nhận được {type}</translation>
    </message>
    <message>
        <source>labels need a 'column' (the column whose values are written)</source>
        <extracomment>gisdesk/styles/renderers.py:109</extracomment>
        <translation>nhãn cần có 'column' (cột có giá trị được ghi lên bản đồ)</translation>
    </message>
    <message>
        <source>labels size_pt must be above 0, got {size:g}</source>
        <extracomment>gisdesk/styles/renderers.py:112</extracomment>
        <translation>cỡ chữ nhãn (size_pt) phải lớn hơn 0, nhưng nhận được {size:g}</translation>
    </message>
    <message>
        <source>max_categories must be 1 or more, got {n!r}</source>
        <extracomment>gisdesk/styles/renderers.py:242</extracomment>
        <translation>số nhóm tối đa (max_categories) phải từ 1 trở lên, nhưng nhận được {n!r}</translation>
    </message>
    <message>
        <source>unknown classification method {method!r}; expected one of {methods} or manual</source>
        <extracomment>gisdesk/styles/renderers.py:314</extracomment>
        <translation>không có phương pháp phân lớp {method!r}; hãy dùng một trong {methods} hoặc manual</translation>
    </message>
    <message>
        <source>k (the number of classes) must be a whole number of 1 or more, got {k!r}</source>
        <extracomment>gisdesk/styles/renderers.py:317</extracomment>
        <translation>k (số lớp) phải là số nguyên từ 1 trở lên, nhưng nhận được {k!r}</translation>
    </message>
    <message>
        <source>unknown classification method {method!r}; expected one of {methods}</source>
        <extracomment>gisdesk/styles/renderers.py:373; gisdesk/styles/renderers.py:431</extracomment>
        <translation>không có phương pháp phân lớp {method!r}; hãy dùng một trong {methods}</translation>
    </message>
    <message>
        <source>column {column!r} holds no numbers to classify</source>
        <extracomment>gisdesk/styles/renderers.py:378</extracomment>
        <translation>cột {column!r} không chứa số nào để phân lớp</translation>
    </message>
    <message>
        <source>radius_mm must be above 0, got {radius:g}</source>
        <extracomment>gisdesk/styles/renderers.py:512</extracomment>
        <translation>bán kính (radius_mm) phải lớn hơn 0, nhưng nhận được {radius:g}</translation>
    </message>
    <message>
        <source>weight is a column name or None, got {weight!r}</source>
        <extracomment>gisdesk/styles/renderers.py:515</extracomment>
        <translation>trọng số (weight) phải là tên cột hoặc None, nhưng nhận được {weight!r}</translation>
    </message>
    <message>
        <source>missing {key!r}</source>
        <extracomment>gisdesk/styles/renderers.py:590</extracomment>
        <translation>thiếu {key!r}</translation>
    </message>
    <message>
        <source>broken {kind} style: {problem}</source>
        <extracomment>gisdesk/styles/renderers.py:591</extracomment>
        <translation>kiểu hiển thị {kind} bị lỗi: {problem}</translation>
    </message>
    <message>
        <source>a class goes from a lower to a higher finite number, got {lower:g} to {upper:g}</source>
        <extracomment>gisdesk/styles/renderers.py:322</extracomment>
        <translation>mỗi lớp phải đi từ một số hữu hạn nhỏ hơn đến một số hữu hạn lớn hơn, nhưng nhận được {lower:g} đến {upper:g}</translation>
    </message>
    <message>
        <source>max_value must be above 0 (or None for automatic), got {value:g}</source>
        <extracomment>gisdesk/styles/renderers.py:519</extracomment>
        <translation>giá trị tối đa (max_value) phải lớn hơn 0 (hoặc None để tự động), nhưng nhận được {value:g}</translation>
    </message>
    <message>
        <source>a colour is 3 or 4 integers 0-255 or '#rrggbb[aa]', got {value!r}</source>
        <extracomment>gisdesk/styles/single.py:150</extracomment>
        <translation>màu phải gồm 3 hoặc 4 số nguyên từ 0 đến 255, hoặc có dạng '#rrggbb[aa]', nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>unknown marker shape {value!r}; expected one of {shapes}</source>
        <extracomment>gisdesk/styles/single.py:92</extracomment>
        <translation>không có hình ký hiệu điểm {value!r}; hãy dùng một trong các hình: {shapes}</translation>
    </message>
    <message>
        <source>{name} must be a length of 0 mm or more, got {value!r}</source>
        <extracomment>gisdesk/styles/single.py:183</extracomment>
        <translation>{name} phải là độ dài từ 0 mm trở lên, nhưng nhận được {value!r}</translation>
    </message>
    <message>
        <source>a symbol is a dict, got {type}</source>
        <extracomment>gisdesk/styles/single.py:123</extracomment>
        <translation>ký hiệu phải là một từ điển (dict), nhưng nhận được {type}</translation>
    </message>
    <message>
        <source>not a single-symbol style: {kind!r}</source>
        <extracomment>gisdesk/styles/single.py:125</extracomment>
        <translation>không phải kiểu hiển thị một ký hiệu: {kind!r}</translation>
    </message>
    <message>
        <source>{name} is a length in millimetres, got {value!r}</source>
        <extracomment>gisdesk/styles/single.py:181</extracomment>
        <translation>{name} phải là độ dài tính bằng milimét, nhưng nhận được {value!r}</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../widgets/undo.py" line="57"/>
        <source>Show layer “%s”</source>
        <translation>Hiện lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="58"/>
        <source>Hide layer “%s”</source>
        <translation>Ẩn lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="72"/>
        <source>Change opacity of “%s”</source>
        <translation>Đổi độ mờ đục của “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="89"/>
        <source>Rename layer “%s”</source>
        <translation>Đổi tên lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="95"/>
        <source>Change style of “%s”</source>
        <translation>Đổi kiểu hiển thị của “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="118"/>
        <source>Reorder layers</source>
        <translation>Sắp xếp lại các lớp</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="137"/>
        <source>Move layer “%s”</source>
        <translation>Di chuyển lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="145"/>
        <source>Remove layer “%s”</source>
        <translation>Xóa lớp “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/undo.py" line="164"/>
        <source>Add layer “%s”</source>
        <translation>Thêm lớp “%s”</translation>
    </message>
</context>
</TS>
