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
        <location filename="../widgets/layout_dialog.py" line="1044"/>
        <source>{0}, {1}: preview at {2:g} dpi, drawn in {3:.2f} s</source>
        <translation>{0}, {1}: xem trước ở {2:g} dpi, vẽ trong {3:.2f} giây</translation>
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
        <location filename="../widgets/main_window.py" line="775"/>
        <location filename="../widgets/main_window.py" line="780"/>
        <location filename="../widgets/main_window.py" line="782"/>
        <source>Basemap</source>
        <translation>Bản đồ nền</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="776"/>
        <source>No basemap URL is set: enter a tile server URL in Settings.</source>
        <translation>Chưa đặt địa chỉ bản đồ nền: hãy nhập địa chỉ máy chủ ô bản đồ trong Cài đặt.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="799"/>
        <location filename="../widgets/main_window.py" line="800"/>
        <source>%s could not be read: %s</source>
        <translation>Không đọc được %s: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="840"/>
        <source>Added %s</source>
        <translation>Đã thêm %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="849"/>
        <source>Choose a vector layer to publish in the Layers panel.</source>
        <translation>Hãy chọn một lớp vector trong bảng Lớp bản đồ để đưa lên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="853"/>
        <source>Published %s</source>
        <translation>Đã đưa %s lên cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="860"/>
        <source>Export interactive map</source>
        <translation>Xuất bản đồ tương tác</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="862"/>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="876"/>
        <source>Exporting %s…</source>
        <translation>Đang xuất %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="882"/>
        <source>Interactive map written to %s</source>
        <translation>Đã ghi bản đồ tương tác vào %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="884"/>
        <source>Interactive map: %s</source>
        <translation>Bản đồ tương tác: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="886"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="888"/>
        <source>Could not export the map</source>
        <translation>Không xuất được bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="933"/>
        <source>%d features of %s selected</source>
        <translation>Đã chọn %d đối tượng của %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="942"/>
        <source>Analysis: %s</source>
        <translation>Phân tích: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="999"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="1000"/>
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
        <location filename="../widgets/main_window.py" line="835"/>
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
        <location filename="../widgets/main_window.py" line="975"/>
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="976"/>
        <source>gisdesk project (*%s)</source>
        <translation>Dự án gisdesk (*%s)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="988"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="991"/>
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
        <location filename="../widgets/sensor_chart.py" line="109"/>
        <source>Limit %s %s</source>
        <translation>Giới hạn %s %s</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="110"/>
        <source>No readings</source>
        <translation>Không có số đo</translation>
    </message>
</context>
<context>
    <name>SensorChartDock</name>
    <message>
        <location filename="../widgets/sensor_chart.py" line="328"/>
        <source>Sensor readings</source>
        <translation>Số đo cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="345"/>
        <source>The parameter the stations show, on the map and here</source>
        <translation>Thông số các trạm hiển thị, trên bản đồ và tại đây</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="349"/>
        <source>Parameter:</source>
        <translation>Thông số:</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="489"/>
        <source>No sensor layer</source>
        <translation>Chưa có lớp cảm biến</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="490"/>
        <source>Open a sensor layer to see its readings</source>
        <translation>Mở một lớp cảm biến để xem số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="497"/>
        <source>Select a station on the map to see its readings</source>
        <translation>Chọn một trạm trên bản đồ để xem số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="521"/>
        <source>No reading before the end of the time window</source>
        <translation>Không có số đo trước khi khoảng thời gian kết thúc</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="522"/>
        <source>No reading</source>
        <translation>Không có số đo</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="524"/>
        <source>Latest: %s %s at %s</source>
        <translation>Mới nhất: %s %s lúc %s</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="529"/>
        <source>%s%% of the limit</source>
        <translation>bằng %s%% giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="532"/>
        <source>%s periods over the limit in the time window</source>
        <translation>%s kỳ vượt giới hạn trong khoảng thời gian</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="533"/>
        <source>%s periods over the limit</source>
        <translation>%s kỳ vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="540"/>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="540"/>
        <source>Humidity</source>
        <translation>Độ ẩm</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="541"/>
        <source>Pressure</source>
        <translation>Áp suất</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="541"/>
        <source>Water level</source>
        <translation>Mực nước</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="542"/>
        <source>Flood depth</source>
        <translation>Độ sâu ngập</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="542"/>
        <source>Rainfall</source>
        <translation>Lượng mưa</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="547"/>
        <source>1-hour mean</source>
        <translation>Trung bình 1 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="547"/>
        <source>8-hour mean</source>
        <translation>Trung bình 8 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="547"/>
        <source>24-hour mean</source>
        <translation>Trung bình 24 giờ</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="548"/>
        <source>annual mean</source>
        <translation>Trung bình năm</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="551"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="551"/>
        <source>Moderate</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="551"/>
        <source>Over the limit</source>
        <translation>Vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="552"/>
        <source>No limit for this parameter</source>
        <translation>Không có giới hạn cho thông số này</translation>
    </message>
    <message>
        <location filename="../widgets/sensor_chart.py" line="552"/>
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
        <location filename="../widgets/style_dialog.py" line="239"/>
        <source>Style of “%s”</source>
        <translation>Kiểu hiển thị của “%s”</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="248"/>
        <source>Single symbol</source>
        <translation>Một ký hiệu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="248"/>
        <source>Categorized</source>
        <translation>Phân loại theo giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="248"/>
        <source>Graduated</source>
        <translation>Phân cấp theo số</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="249"/>
        <source>Heatmap</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="266"/>
        <source>Renderer</source>
        <translation>Cách hiển thị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="284"/>
        <source>Fill colour</source>
        <translation>Màu tô</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="285"/>
        <source>Outline colour</source>
        <translation>Màu viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="296"/>
        <source>Fill</source>
        <translation>Tô</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="297"/>
        <source>Outline</source>
        <translation>Viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="298"/>
        <source>Outline width</source>
        <translation>Độ dày viền</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="299"/>
        <source>Marker size</source>
        <translation>Kích thước ký hiệu điểm</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="303"/>
        <source>Circle</source>
        <translation>Hình tròn</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="303"/>
        <source>Square</source>
        <translation>Hình vuông</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="303"/>
        <source>Triangle</source>
        <translation>Tam giác</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="304"/>
        <source>Diamond</source>
        <translation>Hình thoi</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="304"/>
        <source>Star</source>
        <translation>Ngôi sao</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="304"/>
        <source>Pentagon</source>
        <translation>Ngũ giác</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="305"/>
        <source>Hexagon</source>
        <translation>Lục giác</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="305"/>
        <source>Cross</source>
        <translation>Dấu cộng</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="305"/>
        <source>Diagonal cross</source>
        <translation>Dấu nhân</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="309"/>
        <source>Marker shape</source>
        <translation>Hình dạng ký hiệu điểm</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="318"/>
        <location filename="../widgets/style_dialog.py" line="350"/>
        <source>Classify</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="320"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="320"/>
        <location filename="../widgets/style_dialog.py" line="352"/>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="322"/>
        <location filename="../widgets/style_dialog.py" line="354"/>
        <location filename="../widgets/style_dialog.py" line="413"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="338"/>
        <source>Equal interval</source>
        <translation>Khoảng đều</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="338"/>
        <source>Quantiles (equal count)</source>
        <translation>Phân vị (số lượng bằng nhau)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="339"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Ngắt tự nhiên (Jenks)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="352"/>
        <source>Range</source>
        <translation>Khoảng</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="355"/>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="356"/>
        <source>Classes</source>
        <translation>Số cấp</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="357"/>
        <location filename="../widgets/style_dialog.py" line="391"/>
        <source>Colour ramp</source>
        <translation>Dải màu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="377"/>
        <source>(none: every point counts 1)</source>
        <translation>(không: mỗi điểm tính là 1)</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="388"/>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="389"/>
        <source>Radius</source>
        <translation>Bán kính</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="390"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="392"/>
        <source>Maximum value</source>
        <translation>Giá trị lớn nhất</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="396"/>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="406"/>
        <source>Text colour</source>
        <translation>Màu chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="407"/>
        <source>Halo colour</source>
        <translation>Màu viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="414"/>
        <source>Size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="415"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="416"/>
        <source>Halo</source>
        <translation>Viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="417"/>
        <source>Halo width</source>
        <translation>Độ rộng viền chữ</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="515"/>
        <source>There is nothing to draw with: no classes</source>
        <translation>Không có gì để vẽ: chưa có nhóm nào</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="607"/>
        <source>Classifying…</source>
        <translation>Đang phân loại…</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="619"/>
        <source>Could not classify: %s</source>
        <translation>Không phân loại được: %s</translation>
    </message>
    <message>
        <location filename="../widgets/style_dialog.py" line="644"/>
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
    <message>
        <source>Reading %s</source>
        <extracomment>progress message template (for atr(template) % args)</extracomment>
        <translation>Đang đọc %s</translation>
    </message>
    <message>
        <source>Measuring distances to %s</source>
        <extracomment>progress message template (for atr(template) % args)</extracomment>
        <translation>Đang đo khoảng cách đến %s</translation>
    </message>
    <message>
        <source>Zonal statistics of %s</source>
        <extracomment>progress message template (for atr(template) % args)</extracomment>
        <translation>Đang thống kê vùng trên %s</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="133"/>
        <source>Starting…</source>
        <translation>Đang khởi động…</translation>
    </message>
</context>
<context>
    <name>gisdesk</name>
    <message>
        <source>No system keyring is available (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet). Passwords are kept in memory until gisdesk closes and are never written to disk.</source>
        <extracomment>gisdesk/db/connections.py:183</extracomment>
        <translation>Máy không có kho mật khẩu của hệ điều hành (trên Linux, hãy cài và mở khóa một dịch vụ Secret Service như GNOME Keyring hoặc KWallet). Mật khẩu chỉ được giữ trong bộ nhớ cho đến khi đóng gisdesk và không bao giờ được ghi ra đĩa.</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keyring ({backend}).</source>
        <extracomment>gisdesk/db/connections.py:180</extracomment>
        <translation>Mật khẩu được lưu trong kho mật khẩu của hệ điều hành ({backend}).</translation>
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
        <source>the query was cancelled; nothing was changed.</source>
        <extracomment>gisdesk/db/errors.py:127</extracomment>
        <translation>truy vấn đã bị hủy; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>the connection to the server was lost (the server ended it). Nothing was changed by the interrupted action; reconnect and try again.</source>
        <extracomment>gisdesk/db/errors.py:131</extracomment>
        <translation>mất kết nối tới máy chủ (máy chủ đã ngắt). Thao tác bị gián đoạn không làm thay đổi gì; hãy kết nối lại và thử lại.</translation>
    </message>
    <message>
        <source>the PostGIS extension is not installed in this database. Ask the administrator to run CREATE EXTENSION postgis.</source>
        <extracomment>gisdesk/db/errors.py:146</extracomment>
        <translation>cơ sở dữ liệu này chưa cài phần mở rộng PostGIS. Hãy đề nghị quản trị viên chạy CREATE EXTENSION postgis.</translation>
    </message>
    <message>
        <source>the query took longer than the server's time limit (statement timeout) and was stopped. Zoom in, narrow the time window or add a filter, or ask the administrator for a longer limit.</source>
        <extracomment>gisdesk/db/errors.py:124</extracomment>
        <translation>truy vấn chạy quá thời gian cho phép của máy chủ (statement timeout) nên đã bị dừng. Hãy phóng to, thu hẹp khoảng thời gian hoặc thêm bộ lọc, hoặc đề nghị quản trị viên nới giới hạn.</translation>
    </message>
    <message>
        <source>the server is starting up or shutting down. Try again in a moment.</source>
        <extracomment>gisdesk/db/errors.py:130</extracomment>
        <translation>máy chủ đang khởi động hoặc đang tắt. Hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>the database reported an error: {detail}.</source>
        <extracomment>gisdesk/db/errors.py:158</extracomment>
        <translation>cơ sở dữ liệu báo lỗi: {detail}.</translation>
    </message>
    <message>
        <source>you do not have permission for this ({detail}).</source>
        <extracomment>gisdesk/db/errors.py:134</extracomment>
        <translation>bạn không có quyền thực hiện việc này ({detail}).</translation>
    </message>
    <message>
        <source>{detail}; check the schema name.</source>
        <extracomment>gisdesk/db/errors.py:136</extracomment>
        <translation>{detail}; hãy kiểm tra tên lược đồ.</translation>
    </message>
    <message>
        <source>{detail}; check the table name (it may have been removed).</source>
        <extracomment>gisdesk/db/errors.py:138</extracomment>
        <translation>{detail}; hãy kiểm tra tên bảng (có thể bảng đã bị xóa).</translation>
    </message>
    <message>
        <source>{detail}; check the column name.</source>
        <extracomment>gisdesk/db/errors.py:141</extracomment>
        <translation>{detail}; hãy kiểm tra tên cột.</translation>
    </message>
    <message>
        <source>the database refused a value or filter: {detail}.</source>
        <extracomment>gisdesk/db/errors.py:154</extracomment>
        <translation>cơ sở dữ liệu không chấp nhận một giá trị hoặc bộ lọc: {detail}.</translation>
    </message>
    <message>
        <source>the database connection failed: {detail}.</source>
        <extracomment>gisdesk/db/errors.py:156</extracomment>
        <translation>kết nối cơ sở dữ liệu không thành công: {detail}.</translation>
    </message>
    <message>
        <source>the tile URL has {{s}} but no subdomains are given</source>
        <extracomment>gisdesk/layers/tiles.py:455</extracomment>
        <translation>Địa chỉ ô bản đồ có {{s}} nhưng chưa khai báo tên miền con</translation>
    </message>
    <message>
        <source>the tile server sent something that is not an image</source>
        <extracomment>gisdesk/layers/tiles.py:712</extracomment>
        <translation>Máy chủ ô bản đồ gửi về dữ liệu không phải hình ảnh</translation>
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
        <source>the tile server answered HTTP {code}</source>
        <extracomment>gisdesk/layers/tiles.py:708</extracomment>
        <translation>Máy chủ ô bản đồ trả về mã HTTP {code}</translation>
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
        <source>the cached tile is not an image it can read</source>
        <extracomment>gisdesk/render/tiles.py:118</extracomment>
        <translation>Ô bản đồ đã lưu không phải hình ảnh đọc được</translation>
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
