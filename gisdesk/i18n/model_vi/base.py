"""Vietnamese of the model's messages: the basemap (layers/tiles.py, render/tiles.py) and the database
(db/connections.py, db/errors.py)."""

from __future__ import annotations

VI: dict[str, str] = {
    # gisdesk/layers/tiles.py, gisdesk/render/tiles.py (the XYZ basemap)
    "a tile URL starts with http:// or https:// (got {url!r})":
        "Địa chỉ máy chủ ô bản đồ phải bắt đầu bằng http:// hoặc https:// (nhận được {url!r})",
    "a tile URL needs {{z}}, {{x}} and {{y}} in it (got {url!r})":
        "Địa chỉ máy chủ ô bản đồ phải chứa {{z}}, {{x}} và {{y}} (nhận được {url!r})",
    "the tile URL has {{s}} but no subdomains are given": "Địa chỉ ô bản đồ có {{s}} nhưng chưa khai báo tên miền con",
    "offline: showing cached tiles ({n} of {m})": "Không có mạng: đang hiển thị ô bản đồ đã lưu ({n}/{m})",
    "{k} of {m} tiles could not be loaded ({reason})": "Không tải được {k}/{m} ô bản đồ ({reason})",
    "loading tiles ({n} of {m})": "Đang tải ô bản đồ ({n}/{m})",
    "the tile server did not answer in {s:g} s": "Máy chủ ô bản đồ không phản hồi trong {s:g} giây",
    "the tile server cannot be reached ({e})": "Không kết nối được máy chủ ô bản đồ ({e})",
    "the tile server answered HTTP {code}": "Máy chủ ô bản đồ trả về mã HTTP {code}",
    "the tile server sent something that is not an image": "Máy chủ ô bản đồ gửi về dữ liệu không phải hình ảnh",
    "the tile cannot be saved in the cache ({e})": "Không lưu được ô bản đồ vào bộ nhớ đệm ({e})",
    "the cached tile is not an image it can read": "Ô bản đồ đã lưu không phải hình ảnh đọc được",
    # gisdesk/db/connections.py, gisdesk/db/errors.py (the shared PostGIS database)
    "No system keyring is available (on Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet). "
    "Passwords are kept in memory until gisdesk closes and are never written to disk.":
        "Máy không có kho mật khẩu của hệ điều hành (trên Linux, hãy cài và mở khóa một dịch vụ Secret Service như "
        "GNOME Keyring hoặc KWallet). Mật khẩu chỉ được giữ trong bộ nhớ cho đến khi đóng gisdesk và không bao giờ "
        "được ghi ra đĩa.",
    "Passwords are kept in the system keyring ({backend}).":
        "Mật khẩu được lưu trong kho mật khẩu của hệ điều hành ({backend}).",
    "the user name or password was not accepted. Check them and try again.":
        "tên người dùng hoặc mật khẩu không đúng. Hãy kiểm tra lại rồi thử lại.",
    'the server has no database named "{db}". Check the database name.':
        'máy chủ không có cơ sở dữ liệu tên "{db}". Hãy kiểm tra tên cơ sở dữ liệu.',
    'the server has no user named "{role}". Check the user name.':
        'máy chủ không có người dùng tên "{role}". Hãy kiểm tra tên người dùng.',
    "the connection asks for SSL but the server does not offer it. Choose SSL mode 'prefer' or 'disable', or ask "
    "the administrator to enable SSL on the server.":
        "kết nối yêu cầu SSL nhưng máy chủ không hỗ trợ. Hãy chọn chế độ SSL 'prefer' hoặc 'disable', hoặc đề nghị "
        "quản trị viên bật SSL trên máy chủ.",
    "the server only accepts encrypted (SSL) connections from here. Choose SSL mode 'require' (or 'verify-full').":
        "máy chủ chỉ nhận kết nối được mã hóa (SSL) từ máy này. Hãy chọn chế độ SSL 'require' (hoặc 'verify-full').",
    "the server does not accept connections from this computer for this user and database. Ask the administrator "
    "to allow it (pg_hba.conf).":
        "máy chủ không nhận kết nối từ máy tính này cho người dùng và cơ sở dữ liệu này. Hãy đề nghị quản trị viên "
        "cho phép (pg_hba.conf).",
    "the server did not answer in time. It may be down, overloaded, or behind a firewall.":
        "máy chủ không phản hồi kịp. Có thể máy chủ đang tắt, quá tải hoặc bị tường lửa chặn.",
    "no database server is running at that address (connection refused). Check the host and port, and that the "
    "server is up.":
        "không có máy chủ cơ sở dữ liệu nào chạy ở địa chỉ đó (kết nối bị từ chối). Hãy kiểm tra máy chủ, cổng và "
        "xem máy chủ đã bật chưa.",
    "the host name could not be found. Check the host name and the network.":
        "không tìm thấy tên máy chủ. Hãy kiểm tra tên máy chủ và mạng.",
    "the server cannot be reached. Check the network, the host and the port.":
        "không kết nối được tới máy chủ. Hãy kiểm tra mạng, tên máy chủ và cổng.",
    "the SSL connection failed (certificate not trusted or SSL error). Check the SSL mode and the server's "
    "certificate.":
        "kết nối SSL không thành công (chứng chỉ không được tin cậy hoặc lỗi SSL). Hãy kiểm tra chế độ SSL và chứng "
        "chỉ của máy chủ.",
    "the connection to the server was lost. Nothing was changed by the interrupted action; reconnect and try again.":
        "mất kết nối tới máy chủ. Thao tác bị gián đoạn không làm thay đổi gì; hãy kết nối lại và thử lại.",
    "the server does not know the coordinate system EPSG:{srid} (it is missing from its spatial_ref_sys table), so "
    "it cannot reproject to or from it. Ask the administrator to add it, or work in a coordinate system the server "
    "knows.":
        "máy chủ không biết hệ tọa độ EPSG:{srid} (thiếu trong bảng spatial_ref_sys) nên không chuyển đổi tọa độ "
        "sang hoặc từ hệ này được. Hãy đề nghị quản trị viên bổ sung, hoặc dùng một hệ tọa độ máy chủ đã có.",
    "the query was cancelled; nothing was changed.": "truy vấn đã bị hủy; không có gì thay đổi.",
    "the connection to the server was lost (the server ended it). Nothing was changed by the interrupted action; "
    "reconnect and try again.":
        "mất kết nối tới máy chủ (máy chủ đã ngắt). Thao tác bị gián đoạn không làm thay đổi gì; hãy kết nối lại và "
        "thử lại.",
    "the PostGIS extension is not installed in this database. Ask the administrator to run CREATE EXTENSION "
    "postgis.":
        "cơ sở dữ liệu này chưa cài phần mở rộng PostGIS. Hãy đề nghị quản trị viên chạy CREATE EXTENSION postgis.",
    "the query took longer than the server's time limit (statement timeout) and was stopped. Zoom in, narrow the "
    "time window or add a filter, or ask the administrator for a longer limit.":
        "truy vấn chạy quá thời gian cho phép của máy chủ (statement timeout) nên đã bị dừng. Hãy phóng to, thu hẹp "
        "khoảng thời gian hoặc thêm bộ lọc, hoặc đề nghị quản trị viên nới giới hạn.",
    "the server is starting up or shutting down. Try again in a moment.":
        "máy chủ đang khởi động hoặc đang tắt. Hãy thử lại sau ít phút.",
    "the database reported an error: {detail}.": "cơ sở dữ liệu báo lỗi: {detail}.",
    "you do not have permission for this ({detail}).": "bạn không có quyền thực hiện việc này ({detail}).",
    "{detail}; check the schema name.": "{detail}; hãy kiểm tra tên lược đồ.",
    "{detail}; check the table name (it may have been removed).": "{detail}; hãy kiểm tra tên bảng (có thể bảng đã bị xóa).",
    "{detail}; check the column name.": "{detail}; hãy kiểm tra tên cột.",
    "the database refused a value or filter: {detail}.": "cơ sở dữ liệu không chấp nhận một giá trị hoặc bộ lọc: {detail}.",
    "the database connection failed: {detail}.": "kết nối cơ sở dữ liệu không thành công: {detail}.",
    "database": "cơ sở dữ liệu",  # where the error happened, when the connection is not known
}
