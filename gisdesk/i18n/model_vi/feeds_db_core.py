"""Vietnamese of the model's messages: the feeds (io/feeds: HTTP, Open311, SensorThings, the local copy), the
shared PostGIS database (db/: catalog, layers, publishing, filters pushed to the server), the project file and the
core (core/project.py, registry.py, timewindow.py) and the settings' checks (settings.py)."""

from __future__ import annotations

VI: dict[str, str] = {
    # gisdesk/io/feeds/http.py (one GET with timeouts, a size cap and retries)
    "the response is larger than {mb:,} MB; it was not read (ask for a shorter period or fewer items)":
        "dữ liệu trả về lớn hơn {mb:,} MB nên không được đọc (hãy yêu cầu một khoảng thời gian ngắn hơn hoặc ít mục "
        "hơn)",
    "the server did not answer within {s:g} s": "máy chủ không phản hồi trong vòng {s:g} giây",
    "the server could not be reached ({reason}); check the address and the network":
        "không kết nối được tới máy chủ ({reason}); hãy kiểm tra địa chỉ và mạng",
    "the connection was dropped while reading ({reason})": "kết nối bị ngắt khi đang đọc dữ liệu ({reason})",
    "this is not a valid web address ({e})": "đây không phải là địa chỉ web hợp lệ ({e})",
    "only http:// and https:// addresses can be read": "chỉ đọc được các địa chỉ bắt đầu bằng http:// hoặc https://",
    "the request failed ({reason})": "yêu cầu không thành công ({reason})",
    "the server answered HTTP {code} {phrase} (it may be down or overloaded)":
        "máy chủ trả về mã HTTP {code} {phrase} (có thể máy chủ đang ngừng hoạt động hoặc quá tải)",
    "the server answered HTTP {code} {phrase}: {detail}": "máy chủ trả về mã HTTP {code} {phrase}: {detail}",
    "the server answered HTTP {code} {phrase}": "máy chủ trả về mã HTTP {code} {phrase}",
    "the server sent something that is not valid JSON ({what})":
        "máy chủ gửi về dữ liệu không phải JSON hợp lệ ({what})",
    "no content type": "không rõ kiểu nội dung",
    "{ctype}, starting {text!r}": "{ctype}, bắt đầu bằng {text!r}",
    "{ctype}, empty": "{ctype}, rỗng",
    # gisdesk/io/feeds/cache.py (a feed's local copy, a GeoPackage)
    "the local copy could not be saved ({why}); the previous copy (if any) was left as it was.":
        "không lưu được bản sao cục bộ ({why}); bản sao trước đó (nếu có) được giữ nguyên.",
    "the local copy does not exist (it has not been synced yet, or it was deleted).":
        "chưa có bản sao cục bộ (nguồn cấp dữ liệu chưa được đồng bộ lần nào, hoặc bản sao đã bị xóa).",
    "the local copy is damaged or incomplete ({why}); delete it (or sync again with rebuild=True) to download the "
    "feed afresh.":
        "bản sao cục bộ bị hỏng hoặc không đầy đủ ({why}); hãy xóa nó (hoặc đồng bộ lại với rebuild=True) để tải "
        "lại nguồn cấp dữ liệu từ đầu.",
    "this GeoPackage is not a gisdesk feed cache (it has no '{table}' table).":
        "tệp GeoPackage này không phải bản sao nguồn cấp dữ liệu của gisdesk (không có bảng '{table}').",
    "this GeoPackage is not a gisdesk feed cache.": "tệp GeoPackage này không phải bản sao nguồn cấp dữ liệu của gisdesk.",
    "this cache was written by a newer gisdesk; sync again to rebuild it.":
        "bản sao này được ghi bởi một phiên bản gisdesk mới hơn; hãy đồng bộ lại để tạo lại bản sao.",
    "the table '{layer}' is missing": "thiếu bảng '{layer}'",
    "its column list is missing": "thiếu danh sách cột",
    "it is not a GeoPackage: it may be empty or overwritten":
        "đây không phải tệp GeoPackage: tệp có thể rỗng hoặc đã bị ghi đè",
    "its database is damaged, perhaps cut short by a crash or a full disk":
        "cơ sở dữ liệu trong tệp bị hỏng, có thể do bị ngắt giữa chừng vì chương trình gặp sự cố hoặc đĩa đầy",
    "its metadata table is not readable": "không đọc được bảng siêu dữ liệu",
    "permission denied": "không có quyền truy cập",
    # gisdesk/io/feeds/open311.py (Open311 GeoReport v2: service requests)
    "%Y-%m-%d %H:%M": "%d/%m/%Y %H:%M",
    "the server's answer is not a list of service requests (it is a JSON object with keys {keys}).":
        "câu trả lời của máy chủ không phải danh sách phản ánh (đó là một đối tượng JSON có các khóa {keys}).",
    "the server's answer is not a list of services (it is a JSON object with keys {keys}).":
        "câu trả lời của máy chủ không phải danh sách dịch vụ (đó là một đối tượng JSON có các khóa {keys}).",
    "the server's answer is not a list of service requests (it is a JSON {type}).":
        "câu trả lời của máy chủ không phải danh sách phản ánh (đó là một giá trị JSON kiểu {type}).",
    "the server's answer is not a list of services (it is a JSON {type}).":
        "câu trả lời của máy chủ không phải danh sách dịch vụ (đó là một giá trị JSON kiểu {type}).",
    "the server's answer is not a list of service requests (its items are not key/value objects).":
        "câu trả lời của máy chủ không phải danh sách phản ánh (các phần tử không phải đối tượng khóa/giá trị).",
    "the server's answer is not a list of services (its items are not key/value objects).":
        "câu trả lời của máy chủ không phải danh sách dịch vụ (các phần tử không phải đối tượng khóa/giá trị).",
    "the server's XML is not a list of service requests (its root element is <{root}>, not <{expected}>).":
        "dữ liệu XML của máy chủ không phải danh sách phản ánh (phần tử gốc là <{root}>, không phải <{expected}>).",
    "the server's XML is not a list of services (its root element is <{root}>, not <{expected}>).":
        "dữ liệu XML của máy chủ không phải danh sách dịch vụ (phần tử gốc là <{root}>, không phải <{expected}>).",
    "The local copy ({n:,} requests) was kept unchanged.": "Bản sao cục bộ ({n:,} phản ánh) được giữ nguyên.",
    "The local copy ({n:,} requests, last synced {when}) was kept unchanged.":
        "Bản sao cục bộ ({n:,} phản ánh, đồng bộ lần cuối lúc {when}) được giữ nguyên.",
    "The local copy now holds {n:,} requests: {added:,} new and {updated:,} updated in this sync.":
        "Bản sao cục bộ hiện có {n:,} phản ánh: lần đồng bộ này thêm {added:,} phản ánh mới và cập nhật {updated:,} "
        "phản ánh.",
    "no description": "không có mô tả",
    "{n:,} minute": "{n:,} phút",
    "{n:,} minutes": "{n:,} phút",
    "{n:,} hour": "{n:,} giờ",
    "{n:,} hours": "{n:,} giờ",
    "{n:,} day": "{n:,} ngày",
    "{n:,} days": "{n:,} ngày",
    "the end ({end}) must be after the start ({start})":
        "thời điểm kết thúc ({end}) phải sau thời điểm bắt đầu ({start})",
    "Read {n:,} service requests from {source} in {calls:,} call covering {start} to {end}.":
        "Đã đọc {n:,} phản ánh từ {source} qua {calls:,} lần gọi, trong khoảng từ {start} đến {end}.",
    "Read {n:,} service requests from {source} in {calls:,} calls covering {start} to {end}.":
        "Đã đọc {n:,} phản ánh từ {source} qua {calls:,} lần gọi, trong khoảng từ {start} đến {end}.",
    "The local copy is already up to date; nothing was asked of the server.":
        "Bản sao cục bộ đã được cập nhật đầy đủ; không cần gửi yêu cầu nào tới máy chủ.",
    "From {start} to {end} the server returned its limit of {limit:,} requests even for a window of {duration}, "
    "and paging with 'page' was turned off: some requests of that period may be missing.":
        "Từ {start} đến {end}, máy chủ trả về đủ số phản ánh tối đa ({limit:,}) ngay cả với khoảng {duration}, và "
        "việc đọc theo trang bằng 'page' đã bị tắt: có thể thiếu một số phản ánh trong khoảng thời gian đó.",
    "From {start} to {end} the server returned its limit of {limit:,} requests even for a window of {duration}, "
    "and the server does not support the 'page' parameter (page {page} repeated what it had already sent): some "
    "requests of that period may be missing.":
        "Từ {start} đến {end}, máy chủ trả về đủ số phản ánh tối đa ({limit:,}) ngay cả với khoảng {duration}, và "
        "máy chủ không hỗ trợ tham số 'page' (trang {page} lặp lại dữ liệu đã gửi): có thể thiếu một số phản ánh "
        "trong khoảng thời gian đó.",
    "the server refused the request: {described}": "máy chủ từ chối yêu cầu: {described}",
    "the server refused the request (HTTP {status}): {described}": "máy chủ từ chối yêu cầu (HTTP {status}): {described}",
    "the server reported an error (HTTP {status}): {described}": "máy chủ báo lỗi (HTTP {status}): {described}",
    "an Open311 endpoint is a web address starting with http:// or https://, such as "
    "https://example.org/open311/v2/":
        "địa chỉ dịch vụ Open311 phải là một địa chỉ web bắt đầu bằng http:// hoặc https://, ví dụ "
        "https://example.org/open311/v2/",
    "{what} is empty": "{what} đang để trống",
    "{what} is not a date-time: {value!r}": "{what} không phải là ngày giờ: {value!r}",
    "The existing local copy was kept unchanged.": "Bản sao cục bộ hiện có được giữ nguyên.",
    "Nothing was saved.": "Chưa có gì được lưu.",
    "this local copy holds requests from {theirs}, not from {endpoint}; choose another cache file.":
        "bản sao cục bộ này chứa phản ánh từ {theirs}, không phải từ {endpoint}; hãy chọn một tệp bộ nhớ đệm khác.",
    "this local copy holds jurisdiction {theirs!r}, not {mine!r}; choose another cache file.":
        "bản sao cục bộ này thuộc khu vực quản lý (jurisdiction) {theirs!r}, không phải {mine!r}; hãy chọn một tệp "
        "bộ nhớ đệm khác.",
    "{n:,} item of the answer was not a service request (not a key/value object); left out.":
        "{n:,} phần tử trong câu trả lời không phải phản ánh (không phải đối tượng khóa/giá trị); đã bỏ qua.",
    "{n:,} items of the answer were not service requests (not key/value objects); left out.":
        "{n:,} phần tử trong câu trả lời không phải phản ánh (không phải đối tượng khóa/giá trị); đã bỏ qua.",
    "{n:,} date-time had no time zone; read as {tz} time ({offset}).":
        "{n:,} giá trị ngày giờ không có múi giờ; đã đọc theo giờ {tz} ({offset}).",
    "{n:,} date-times had no time zone; read as {tz} time ({offset}).":
        "{n:,} giá trị ngày giờ không có múi giờ; đã đọc theo giờ {tz} ({offset}).",
    "{n:,} closed request gave no closing time; updated_datetime was taken as closed_datetime.":
        "{n:,} phản ánh đã đóng không có thời điểm đóng; đã lấy updated_datetime làm closed_datetime.",
    "{n:,} closed requests gave no closing time; updated_datetime was taken as closed_datetime.":
        "{n:,} phản ánh đã đóng không có thời điểm đóng; đã lấy updated_datetime làm closed_datetime.",
    "{n:,} field that Open311 does not define kept as an extra column: {shown}.":
        "{n:,} trường không có trong chuẩn Open311 được giữ lại làm cột bổ sung: {shown}.",
    "{n:,} fields that Open311 does not define kept as extra columns: {shown}.":
        "{n:,} trường không có trong chuẩn Open311 được giữ lại làm cột bổ sung: {shown}.",
    "{n:,} request without a service_request_id (servers send these while they are still being registered) left "
    "out.":
        "Đã bỏ qua {n:,} phản ánh không có service_request_id (máy chủ gửi các phản ánh này khi chúng còn đang được "
        "tiếp nhận).",
    "{n:,} requests without a service_request_id (servers send these while they are still being registered) left "
    "out.":
        "Đã bỏ qua {n:,} phản ánh không có service_request_id (máy chủ gửi các phản ánh này khi chúng còn đang được "
        "tiếp nhận).",
    "{n:,} request came back more than once (date windows touch at their edges, or the server repeats them); the "
    "newest version was kept.":
        "{n:,} phản ánh được trả về nhiều lần (các khoảng thời gian giáp nhau ở biên, hoặc máy chủ gửi lặp lại); đã "
        "giữ phiên bản mới nhất.",
    "{n:,} requests came back more than once (date windows touch at their edges, or the server repeats them); the "
    "newest version of each was kept.":
        "{n:,} phản ánh được trả về nhiều lần (các khoảng thời gian giáp nhau ở biên, hoặc máy chủ gửi lặp lại); đã "
        "giữ phiên bản mới nhất của mỗi phản ánh.",
    "{n:,} request with a lat/long that is not a number or is out of range (for example {examples}) kept without a "
    "location.":
        "{n:,} phản ánh có lat/long không phải số hoặc nằm ngoài phạm vi hợp lệ (ví dụ {examples}) được giữ lại nhưng "
        "không có vị trí.",
    "{n:,} requests with a lat/long that is not a number or is out of range (for example {examples}) kept without a "
    "location.":
        "{n:,} phản ánh có lat/long không phải số hoặc nằm ngoài phạm vi hợp lệ (ví dụ {examples}) được giữ lại nhưng "
        "không có vị trí.",
    "{n:,} request placed at 0°, 0° (a missing location written as zeros) kept without a location.":
        "{n:,} phản ánh nằm ở tọa độ 0°, 0° (vị trí bị thiếu được ghi thành số 0) được giữ lại nhưng không có vị trí.",
    "{n:,} requests placed at 0°, 0° (a missing location written as zeros) kept without a location.":
        "{n:,} phản ánh nằm ở tọa độ 0°, 0° (vị trí bị thiếu được ghi thành số 0) được giữ lại nhưng không có vị trí.",
    "{n:,} request with only one of lat and long kept without a location.":
        "{n:,} phản ánh chỉ có một trong hai giá trị lat và long được giữ lại nhưng không có vị trí.",
    "{n:,} requests with only one of lat and long kept without a location.":
        "{n:,} phản ánh chỉ có một trong hai giá trị lat và long được giữ lại nhưng không có vị trí.",
    "{n:,} value of {name} could not be read as an ISO 8601 date-time (for example {examples}); left empty.":
        "{n:,} giá trị của {name} không đọc được thành ngày giờ ISO 8601 (ví dụ {examples}); đã để trống.",
    "{n:,} values of {name} could not be read as ISO 8601 date-times (for example {examples}); left empty.":
        "{n:,} giá trị của {name} không đọc được thành ngày giờ ISO 8601 (ví dụ {examples}); đã để trống.",
    "{n:,} request with a status that is neither open nor closed ({shown}): status left empty, the wording kept in "
    "status_detail.":
        "{n:,} phản ánh có trạng thái không phải đang mở cũng không phải đã đóng ({shown}): để trống trạng thái, giữ "
        "nguyên cách ghi trong status_detail.",
    "{n:,} requests with a status that is neither open nor closed ({shown}): status left empty, the wording kept in "
    "status_detail.":
        "{n:,} phản ánh có trạng thái không phải đang mở cũng không phải đã đóng ({shown}): để trống trạng thái, giữ "
        "nguyên cách ghi trong status_detail.",
    "{n:,} status in the server's own words ({example!r}) was read as open or closed; the wording is kept in "
    "status_detail.":
        "{n:,} trạng thái ghi theo cách riêng của máy chủ ({example!r}) đã được hiểu là đang mở hoặc đã đóng; cách "
        "ghi gốc được giữ trong status_detail.",
    "{n:,} statuses in the server's own words (such as {example!r}) were read as open or closed; the wording is kept "
    "in status_detail.":
        "{n:,} trạng thái ghi theo cách riêng của máy chủ (ví dụ {example!r}) đã được hiểu là đang mở hoặc đã đóng; "
        "cách ghi gốc được giữ trong status_detail.",
    "stopped after {calls:,} calls to the server ({n:,} requests read so far) without covering the whole period: it "
    "keeps returning its limit of {limit:,} requests per call. Ask for a shorter period or fewer services, or allow "
    "more calls (max_pages)":
        "đã dừng sau {calls:,} lần gọi máy chủ (đến lúc này đã đọc {n:,} phản ánh) mà chưa hết khoảng thời gian: máy "
        "chủ liên tục trả về đủ số tối đa {limit:,} phản ánh mỗi lần. Hãy chọn khoảng thời gian ngắn hơn hoặc ít dịch "
        "vụ hơn, hoặc cho phép nhiều lần gọi hơn (max_pages)",
    "The server returned {n:,} request whose {column} lies outside the period asked for: it may ignore "
    "{first}/{second} (try date_filter='requested'). It was kept.":
        "Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua "
        "{first}/{second} (hãy thử date_filter='requested'). Phản ánh này vẫn được giữ lại.",
    "The server returned {n:,} requests whose {column} lies outside the period asked for: it may ignore "
    "{first}/{second} (try date_filter='requested'). They were kept.":
        "Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua "
        "{first}/{second} (hãy thử date_filter='requested'). Các phản ánh này vẫn được giữ lại.",
    "The server returned {n:,} request whose {column} lies outside the period asked for: it may ignore "
    "{first}/{second}. It was kept.":
        "Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua "
        "{first}/{second}. Phản ánh này vẫn được giữ lại.",
    "The server returned {n:,} requests whose {column} lies outside the period asked for: it may ignore "
    "{first}/{second}. They were kept.":
        "Máy chủ trả về {n:,} phản ánh có {column} nằm ngoài khoảng thời gian yêu cầu: có thể máy chủ bỏ qua "
        "{first}/{second}. Các phản ánh này vẫn được giữ lại.",
    "{text} (code {code})": "{text} (mã {code})",
    "the server's XML declares entities or external resources, which are refused for safety; it was not read.":
        "dữ liệu XML của máy chủ khai báo thực thể (entity) hoặc tài nguyên bên ngoài, vốn bị từ chối vì lý do an "
        "toàn; dữ liệu không được đọc.",
    "the server sent something that is not valid XML ({what})":
        "máy chủ gửi về dữ liệu không phải XML hợp lệ ({what})",
    "The local copy was made with {key} {old}, this sync asks for {new}: requests changed before {when} that the "
    "earlier syncs did not ask for are missing. Sync with rebuild=True for a complete copy.":
        "Bản sao cục bộ được tạo với {key} {old}, còn lần đồng bộ này yêu cầu {new}: các phản ánh thay đổi trước "
        "{when} mà những lần đồng bộ trước không yêu cầu sẽ bị thiếu. Hãy đồng bộ với rebuild=True để có bản sao đầy "
        "đủ.",
    "unfiltered": "không lọc",
    "all values": "mọi giá trị",
    "{problem}. {kept}": "{problem}. {kept}",
    "the server seems to ignore {first}/{second}: asked for {start} to {end}, it sent its limit of {n:,} requests, "
    "{outside:,} of them from outside that period, so the period cannot be read completely. Sync with "
    "date_filter='requested' (the spec's start_date/end_date) instead.":
        "máy chủ có vẻ bỏ qua {first}/{second}: khi được hỏi khoảng từ {start} đến {end}, máy chủ gửi đủ số tối đa "
        "{n:,} phản ánh, trong đó {outside:,} phản ánh nằm ngoài khoảng này, nên không đọc được đầy đủ khoảng thời "
        "gian đó. Hãy đồng bộ với date_filter='requested' (start_date/end_date theo chuẩn).",
    "the server seems to ignore {first}/{second}: asked for {start} to {end}, it sent its limit of {n:,} requests, "
    "{outside:,} of them from outside that period, so the period cannot be read completely.":
        "máy chủ có vẻ bỏ qua {first}/{second}: khi được hỏi khoảng từ {start} đến {end}, máy chủ gửi đủ số tối đa "
        "{n:,} phản ánh, trong đó {outside:,} phản ánh nằm ngoài khoảng này, nên không đọc được đầy đủ khoảng thời "
        "gian đó.",
    # gisdesk/io/feeds/sensorthings.py (OGC SensorThings: stations and their observations)
    "the value {text}": "giá trị {text}",
    "an object with {keys}": "một đối tượng có {keys}",
    "an empty object": "một đối tượng rỗng",
    "a list of {n:,} item": "một danh sách {n:,} phần tử",
    "a list of {n:,} items": "một danh sách {n:,} phần tử",
    "an entity has no usable @iot.id ({ident!r})": "một thực thể không có @iot.id dùng được ({ident!r})",
    "{names} and {n:,} more": "{names} và {n:,} mục khác",
    "Things": "các trạm (Things)",
    "the observations of Datastream {ident}": "các quan trắc của Datastream {ident}",
    "the answer for {what} is not a SensorThings list (a JSON object with a 'value' array); got {got}. Check that "
    "this is the address of a SensorThings API (it usually ends in /v1.1 or /v1.0)":
        "câu trả lời cho {what} không phải danh sách SensorThings (một đối tượng JSON có mảng 'value'); nhận được "
        "{got}. Hãy kiểm tra đây có đúng là địa chỉ của một SensorThings API không (thường kết thúc bằng /v1.1 hoặc "
        "/v1.0)",
    "the server's @iot.nextLink for {what} is not a link ({link!r})":
        "@iot.nextLink của máy chủ cho {what} không phải là một liên kết ({link!r})",
    "the server's next-page link for {what} points back to a page already read (after {pages:,} pages); reading "
    "stopped so it does not loop forever":
        "liên kết trang tiếp theo của máy chủ cho {what} trỏ lại một trang đã đọc (sau {pages:,} trang); đã dừng đọc "
        "để không lặp vô tận",
    "the server was still sending more pages of {what} after {pages:,} pages; reading stopped there and nothing was "
    "saved. Ask for a shorter period or fewer things, or raise the page limit if the feed really is that large":
        "máy chủ vẫn tiếp tục gửi thêm trang {what} sau {pages:,} trang; đã dừng đọc tại đó và chưa lưu gì. Hãy chọn "
        "khoảng thời gian ngắn hơn hoặc ít trạm hơn, hoặc nâng giới hạn số trang nếu nguồn cấp dữ liệu thực sự lớn "
        "như vậy",
    "{n:,} Thing ({names}) has no Location; it was kept without a position.":
        "{n:,} trạm ({names}) không có Location; trạm được giữ lại nhưng không có vị trí.",
    "{n:,} Things ({names}) have no Location; they were kept without a position.":
        "{n:,} trạm ({names}) không có Location; các trạm được giữ lại nhưng không có vị trí.",
    "{n:,} Thing ({names}) has a Location that is not a readable GeoJSON point; it was kept without a position.":
        "{n:,} trạm ({names}) có Location không phải điểm GeoJSON đọc được; trạm được giữ lại nhưng không có vị trí.",
    "{n:,} Things ({names}) have a Location that is not a readable GeoJSON point; they were kept without a "
    "position.":
        "{n:,} trạm ({names}) có Location không phải điểm GeoJSON đọc được; các trạm được giữ lại nhưng không có vị "
        "trí.",
    "{n:,} Thing ({names}) has an empty Location; it was kept without a position.":
        "{n:,} trạm ({names}) có Location rỗng; trạm được giữ lại nhưng không có vị trí.",
    "{n:,} Things ({names}) have an empty Location; they were kept without a position.":
        "{n:,} trạm ({names}) có Location rỗng; các trạm được giữ lại nhưng không có vị trí.",
    "{n:,} Thing ({names}) has an area, not a point, as Location; the centre of the area was used.":
        "{n:,} trạm ({names}) có Location là một vùng chứ không phải một điểm; đã dùng tâm của vùng.",
    "{n:,} Things ({names}) have an area, not a point, as Location; the centre of the area was used.":
        "{n:,} trạm ({names}) có Location là một vùng chứ không phải một điểm; đã dùng tâm của vùng.",
    "{n:,} Thing ({names}) has several Locations; the first one was used.":
        "{n:,} trạm ({names}) có nhiều Location; đã dùng Location đầu tiên.",
    "{n:,} Things ({names}) have several Locations; the first one was used.":
        "{n:,} trạm ({names}) có nhiều Location; đã dùng Location đầu tiên.",
    "{n:,} Thing ({names}) has latitude and longitude the wrong way round in its Location; they were swapped back.":
        "{n:,} trạm ({names}) bị ghi ngược vĩ độ và kinh độ trong Location; đã đổi lại cho đúng.",
    "{n:,} Things ({names}) have latitude and longitude the wrong way round in their Location; they were swapped "
    "back.":
        "{n:,} trạm ({names}) bị ghi ngược vĩ độ và kinh độ trong Location; đã đổi lại cho đúng.",
    "{n:,} Thing ({names}) has coordinates out of range; it was kept without a position.":
        "{n:,} trạm ({names}) có tọa độ nằm ngoài phạm vi hợp lệ; trạm được giữ lại nhưng không có vị trí.",
    "{n:,} Things ({names}) have coordinates out of range; they were kept without a position.":
        "{n:,} trạm ({names}) có tọa độ nằm ngoài phạm vi hợp lệ; các trạm được giữ lại nhưng không có vị trí.",
    "{n:,} Thing ({names}) has no @iot.id; it was skipped.": "{n:,} trạm ({names}) không có @iot.id; đã bỏ qua.",
    "{n:,} Things ({names}) have no @iot.id; they were skipped.": "{n:,} trạm ({names}) không có @iot.id; đã bỏ qua.",
    "Read {n:,} station (Thing) with {m:,} Datastream from {root}.":
        "Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.",
    "Read {n:,} station (Thing) with {m:,} Datastreams from {root}.":
        "Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.",
    "Read {n:,} stations (Things) with {m:,} Datastream from {root}.":
        "Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.",
    "Read {n:,} stations (Things) with {m:,} Datastreams from {root}.":
        "Đã đọc {n:,} trạm quan trắc (Thing) với {m:,} Datastream từ {root}.",
    "Read {n:,} stations": "Đã đọc {n:,} trạm quan trắc",
    "Read the observations of {i:,} of {total:,} Datastreams": "Đã đọc quan trắc của {i:,}/{total:,} Datastream",
    "an empty result": "kết quả rỗng",
    "{n:,} observation of Datastream '{name}' has a result that is not a number (e.g. {examples}); it was skipped.":
        "{n:,} quan trắc của Datastream '{name}' có kết quả không phải số (ví dụ {examples}); đã bỏ qua.",
    "{n:,} observations of Datastream '{name}' have a result that is not a number (e.g. {examples}); they were "
    "skipped.":
        "{n:,} quan trắc của Datastream '{name}' có kết quả không phải số (ví dụ {examples}); đã bỏ qua.",
    "{n:,} observation had a phenomenonTime that is not a readable ISO 8601 time; it was skipped.":
        "{n:,} quan trắc có phenomenonTime không phải thời gian ISO 8601 đọc được; đã bỏ qua.",
    "{n:,} observations had a phenomenonTime that is not a readable ISO 8601 time; they were skipped.":
        "{n:,} quan trắc có phenomenonTime không phải thời gian ISO 8601 đọc được; đã bỏ qua.",
    "{n:,} more Datastream has results that are not numbers; skipped.":
        "Còn {n:,} Datastream khác có kết quả không phải số; đã bỏ qua.",
    "{n:,} more Datastreams have results that are not numbers; skipped.":
        "Còn {n:,} Datastream khác có kết quả không phải số; đã bỏ qua.",
    "Read {n:,} observation newer than those already cached.":
        "Đã đọc {n:,} quan trắc mới hơn các quan trắc đã có trong bộ nhớ đệm.",
    "Read {n:,} observations newer than those already cached.":
        "Đã đọc {n:,} quan trắc mới hơn các quan trắc đã có trong bộ nhớ đệm.",
    "Read {n:,} observation from {start} to {end} UTC.": "Đã đọc {n:,} quan trắc từ {start} đến {end} (giờ UTC).",
    "Read {n:,} observations from {start} to {end} UTC.": "Đã đọc {n:,} quan trắc từ {start} đến {end} (giờ UTC).",
    "there is no local copy of this feed yet; connect once to fetch it":
        "chưa có bản sao cục bộ của nguồn cấp dữ liệu này; hãy kết nối một lần để tải về",
    "this GeoPackage is not a gisdesk sensor cache (it lacks the stations, readings and datastreams tables)":
        "tệp GeoPackage này không phải bộ nhớ đệm cảm biến của gisdesk (thiếu các bảng stations, readings và "
        "datastreams)",
    "the local copy of the feed could not be read ({e})": "không đọc được bản sao cục bộ của nguồn cấp dữ liệu ({e})",
    "the feed": "nguồn cấp dữ liệu",
    "Opened the local copy of {source} (last synchronised {when}): {n:,} stations, {m:,} readings.":
        "Đã mở bản sao cục bộ của {source} (đồng bộ lần cuối lúc {when}): {n:,} trạm quan trắc, {m:,} số đo.",
    "Opened the local copy of {source} (last synchronised at an unknown time): {n:,} stations, {m:,} readings.":
        "Đã mở bản sao cục bộ của {source} (không rõ thời điểm đồng bộ lần cuối): {n:,} trạm quan trắc, {m:,} số đo.",
    "The local copy ({file}) now holds {n:,} readings, {new:,} of them new.":
        "Bản sao cục bộ ({file}) hiện có {n:,} số đo, trong đó {new:,} số đo mới.",
    "The local copy ({file}) now holds {n:,} readings.": "Bản sao cục bộ ({file}) hiện có {n:,} số đo.",
    "The local copy could not be read ({problem}); it will be replaced by a full download.":
        "Không đọc được bản sao cục bộ ({problem}); bản sao sẽ được thay bằng một lần tải đầy đủ.",
    "{n:,} station of the local copy is no longer listed by the server; kept with its cached readings.":
        "{n:,} trạm quan trắc trong bản sao cục bộ không còn được máy chủ liệt kê; vẫn giữ lại cùng các số đo đã lưu.",
    "{n:,} stations of the local copy are no longer listed by the server; kept with their cached readings.":
        "{n:,} trạm quan trắc trong bản sao cục bộ không còn được máy chủ liệt kê; vẫn giữ lại cùng các số đo đã lưu.",
    # gisdesk/db/ (the shared PostGIS database: connections, catalogue, reading, publishing, server-side analysis);
    # "<action> failed: {problem}" begins a database error, the problem (base.py) follows in lower case
    "Connecting failed: {problem}": "Kết nối không thành công: {problem}",
    "{action} failed: {problem}": "{action} không thành công: {problem}",
    # widgets/db_publish.py passes this one to db.errors.database_errors (context "gisdesk")
    "Reading the schemas failed: {problem}": "Không đọc được các lược đồ: {problem}",
    "Testing the connection failed: {problem}": "Kiểm tra kết nối không thành công: {problem}",
    "Listing the schemas failed: {problem}": "Không liệt kê được các lược đồ: {problem}",
    "Listing the tables failed: {problem}": "Không liệt kê được các bảng: {problem}",
    'Reading the columns of "{schema}"."{table}" failed: {problem}':
        'Không đọc được danh sách cột của "{schema}"."{table}": {problem}',
    'Reading "{schema}"."{table}" failed: {problem}': 'Không đọc được "{schema}"."{table}": {problem}',
    'Reading the extent of "{table}" failed: {problem}': 'Không đọc được phạm vi của "{table}": {problem}',
    'Reading the SRIDs of "{schema}"."{table}" failed: {problem}':
        'Không đọc được các SRID của "{schema}"."{table}": {problem}',
    'Estimating the size of "{schema}"."{table}" failed: {problem}':
        'Không ước tính được kích thước của "{schema}"."{table}": {problem}',
    'Publishing to "{schema}"."{table}" failed: {problem}': 'Không xuất bản được lên "{schema}"."{table}": {problem}',
    'Counting "{points}" in "{polygons}" failed: {problem}': 'Không đếm được "{points}" trong "{polygons}": {problem}',
    'Finding "{points}" near "{near}" failed: {problem}': 'Không tìm được "{points}" gần "{near}": {problem}',
    "a connection needs a name": "kết nối cần có tên",
    "a connection needs a host": "kết nối cần có máy chủ",
    "a connection needs a database and a user name": "kết nối cần có tên cơ sở dữ liệu và tên người dùng",
    "SSL mode must be one of {modes}, not {mode!r}": "chế độ SSL phải là một trong {modes}, không phải {mode!r}",
    "the port must be a number, not {port!r}": "cổng phải là một số, không phải {port!r}",
    "the port must be between 1 and 65535, not {port}": "cổng phải nằm trong khoảng 1 đến 65535, không phải {port}",
    "the connection timeout must be at least 1 second": "thời gian chờ kết nối phải ít nhất 1 giây",
    "the server (PostgreSQL {server}) answers, but the PostGIS extension is not installed in this database. Ask the "
    "administrator to run CREATE EXTENSION postgis.":
        "máy chủ (PostgreSQL {server}) có phản hồi, nhưng cơ sở dữ liệu này chưa cài phần mở rộng PostGIS. Hãy đề nghị "
        "quản trị viên chạy CREATE EXTENSION postgis.",
    '"{schema}"."{table}" column "{column}" is not a table with a geometry column that you may read (check the names '
    "and your permissions).":
        'cột "{column}" của "{schema}"."{table}" không phải cột hình học của một bảng mà bạn được phép đọc (hãy kiểm '
        "tra các tên và quyền của bạn).",
    '"{schema}"."{table}" is not a table with a geometry column that you may read (check the names and your '
    "permissions).":
        '"{schema}"."{table}" không phải bảng có cột hình học mà bạn được phép đọc (hãy kiểm tra các tên và quyền của '
        "bạn).",
    "the database": "cơ sở dữ liệu",
    "the project does not say which database connection this layer uses.":
        "dự án không cho biết lớp này dùng kết nối cơ sở dữ liệu nào.",
    'the database connection "{name}" ({label}) is not saved on this computer. Add it in the database connections '
    "(same name) and reopen the project.":
        'kết nối cơ sở dữ liệu "{name}" ({label}) chưa được lưu trên máy tính này. Hãy thêm kết nối này trong mục kết '
        "nối cơ sở dữ liệu (cùng tên) rồi mở lại dự án.",
    'no password is stored for the connection "{name}" ({label}) on this computer (the project never holds one). '
    "Connect once from the database connections to enter it, then reopen the project.":
        'máy tính này chưa lưu mật khẩu cho kết nối "{name}" ({label}) (tệp dự án không bao giờ chứa mật khẩu). Hãy '
        "kết nối một lần từ mục kết nối cơ sở dữ liệu để nhập mật khẩu, rồi mở lại dự án.",
    "the project's entry for this layer lacks {key}.": "mục khai báo lớp này trong dự án thiếu {key}.",
    "the read was cancelled.": "việc đọc dữ liệu đã bị hủy.",
    'reading "{table}" was cancelled.': 'việc đọc "{table}" đã bị hủy.',
    "the schema name": "tên lược đồ",
    "the table name": "tên bảng",
    "the column name": "tên cột",
    "the geometry column name": "tên cột hình học",
    "the key column name": "tên cột khóa",
    "the key name": "tên khóa",
    "the index name": "tên chỉ mục",
    "{what} is empty.": "{what} đang để trống.",
    '{what} "{name}" is longer than PostgreSQL allows ({limit:,} bytes in UTF-8; it has {size:,}). Choose a shorter '
    "name.":
        '{what} "{name}" dài hơn mức PostgreSQL cho phép ({limit:,} byte theo UTF-8; tên này có {size:,} byte). Hãy '
        "chọn tên ngắn hơn.",
    "{what} contains a NUL character.": "{what} chứa ký tự NUL.",
    "the layer has no coordinate system; choose the SRID to store it in.":
        "lớp chưa có hệ tọa độ; hãy chọn SRID để lưu lớp.",
    "the layer's coordinate system ({crs}) has no EPSG code; choose the SRID to store it in.":
        "hệ tọa độ của lớp ({crs}) không có mã EPSG; hãy chọn SRID để lưu lớp.",
    'the table "{schema}"."{table}" has no column(s) {columns}; nothing was appended.':
        'bảng "{schema}"."{table}" không có (các) cột {columns}; chưa nối thêm dòng nào.',
    'publishing to "{schema}"."{table}" was cancelled; the database was left as it was.':
        'việc xuất bản lên "{schema}"."{table}" đã bị hủy; cơ sở dữ liệu được giữ nguyên.',
    'the column "{name}" has a value that does not fit a PostgreSQL {type} (out of range or of another type: {e}). '
    "Nothing was written.":
        'cột "{name}" có giá trị không phù hợp với kiểu {type} của PostgreSQL (nằm ngoài phạm vi hoặc khác kiểu: {e}). '
        "Chưa ghi gì.",
    'there is no schema "{schema}" in this database; create it first or choose another. Nothing was written.':
        'cơ sở dữ liệu này không có lược đồ "{schema}"; hãy tạo lược đồ trước hoặc chọn lược đồ khác. Chưa ghi gì.',
    'the table "{schema}"."{table}" already exists; choose "replace" or "append", or another name. Nothing was '
    "written.":
        'bảng "{schema}"."{table}" đã tồn tại; hãy chọn "replace" (thay thế) hoặc "append" (nối thêm), hoặc đặt tên '
        "khác. Chưa ghi gì.",
    '"{schema}"."{table}" has no SRID constraint (its rows may mix coordinate systems); the server cannot count it '
    "directly. Load it instead.":
        '"{schema}"."{table}" không có ràng buộc SRID (các dòng có thể dùng lẫn nhiều hệ tọa độ); máy chủ không đếm '
        "trực tiếp được. Hãy tải bảng về máy.",
    "the distance must be 0 m or more (got {distance!r}).": "khoảng cách phải từ 0 m trở lên (nhận được {distance!r}).",
    "the points are in EPSG:{srid}, neither in metres nor in degrees; the distance cannot be measured on the "
    "server.":
        "các điểm ở hệ EPSG:{srid}, không tính bằng mét cũng không tính bằng độ; máy chủ không đo được khoảng cách.",
    '"{table}" has no column {column!r} that you may read.': '"{table}" không có cột {column!r} mà bạn được phép đọc.',
    '"{schema}"."{table}" has no column {column!r} that you may read.':
        '"{schema}"."{table}" không có cột {column!r} mà bạn được phép đọc.',
    "a filter must be (column, operator, value), not {filter!r}.":
        "bộ lọc phải có dạng (cột, toán tử, giá trị), không phải {filter!r}.",
    "the filter operator {op!r} is not allowed; use one of {allowed}.":
        "không được dùng toán tử lọc {op!r}; hãy dùng một trong {allowed}.",
    "the filter on {column!r} with {op!r} needs a value.": "bộ lọc trên {column!r} với {op!r} cần một giá trị.",
    "the operator {op!r} takes no value.": "toán tử {op!r} không nhận giá trị.",
    "the operator {op!r} needs a list of values.": "toán tử {op!r} cần một danh sách giá trị.",
    "a time window needs the table's time column.": "khoảng thời gian cần có cột thời gian của bảng.",
    "the time window bound {value!r} has no time zone; give an aware time (e.g. with +07:00).":
        "mốc {value!r} của khoảng thời gian không có múi giờ; hãy nhập thời gian có múi giờ (ví dụ kèm +07:00).",
    "the box {box} is not (xmin, ymin, xmax, ymax).": "khung {box} không có dạng (xmin, ymin, xmax, ymax).",
    "the box {box} cannot be expressed in EPSG:{srid}.": "không biểu diễn được khung {box} trong EPSG:{srid}.",
    'Read {n:,} row from "{schema}"."{table}" on {database}.': 'Đã đọc {n:,} dòng từ "{schema}"."{table}" trên {database}.',
    'Read {n:,} rows from "{schema}"."{table}" on {database}.':
        'Đã đọc {n:,} dòng từ "{schema}"."{table}" trên {database}.',
    '"{schema}"."{table}" is not a single-point column with an SRID ({type}, SRID {srid}); read it as a table.':
        '"{schema}"."{table}" không phải cột điểm đơn có SRID ({type}, SRID {srid}); hãy đọc như một bảng.',
    "{crs!r} has no EPSG code; give the SRID to read the mixed column in.":
        "{crs!r} không có mã EPSG; hãy cho biết SRID để đọc cột dùng lẫn nhiều hệ tọa độ.",
    '"{schema}"."{table}" mixes coordinate systems ({present}); all rows were brought to EPSG:{target}.':
        '"{schema}"."{table}" dùng lẫn nhiều hệ tọa độ ({present}); mọi dòng đã được chuyển về EPSG:{target}.',
    "{n:,} in SRID 0 (none)": "{n:,} ở SRID 0 (không có)",
    "{n:,} in EPSG:{srid}": "{n:,} ở EPSG:{srid}",
    '{n:,} row of "{schema}"."{table}" has geometry without an SRID (0) in a column of mixed SRIDs; its position is '
    "unknown, so its geometry was left empty (the attributes are kept).":
        '{n:,} dòng của "{schema}"."{table}" có hình học không có SRID (0) trong một cột dùng lẫn nhiều SRID; không '
        "xác định được vị trí nên hình học được để trống (vẫn giữ các thuộc tính).",
    '{n:,} rows of "{schema}"."{table}" have geometry without an SRID (0) in a column of mixed SRIDs; their position '
    "is unknown, so their geometry was left empty (the attributes are kept).":
        '{n:,} dòng của "{schema}"."{table}" có hình học không có SRID (0) trong một cột dùng lẫn nhiều SRID; không '
        "xác định được vị trí nên hình học được để trống (vẫn giữ các thuộc tính).",
    # gisdesk/core/project.py, registry.py, timewindow.py (the project file, layer types, time windows)
    "a project needs a CRS": "dự án cần có hệ tọa độ",
    "these layers exist only in memory; export them to a file before saving the project: {layers}":
        "các lớp sau chỉ có trong bộ nhớ; hãy xuất chúng ra tệp trước khi lưu dự án: {layers}",
    "the project has no file yet: choose where to save it": "dự án chưa có tệp: hãy chọn nơi lưu",
    "{path}: could not save the project ({e})": "{path}: không lưu được dự án ({e})",
    "{path}: the project CRS {crs!r} is not valid ({e})": "{path}: hệ tọa độ của dự án {crs!r} không hợp lệ ({e})",
    "a print layout entry that is not a layout was skipped": "đã bỏ qua một mục bố cục in không hợp lệ",
    "'layouts' is not a list; the print layouts were not read":
        "'layouts' không phải một danh sách; chưa đọc được các bố cục in",
    "{path}: 'layers' must be a list": "{path}: 'layers' phải là một danh sách",
    "layer {n}: not a layer entry, skipped": "lớp thứ {n}: không phải mục khai báo lớp, đã bỏ qua",
    "{path}: no such project file": "{path}: không có tệp dự án này",
    "{path}: could not read the project file ({e})": "{path}: không đọc được tệp dự án ({e})",
    "{path}: not a valid project file (JSON error at line {line:,}: {e})":
        "{path}: tệp dự án không hợp lệ (lỗi JSON ở dòng {line:,}: {e})",
    "{path}: not a gisdesk project file": "{path}: không phải tệp dự án gisdesk",
    "{path}: not a gisdesk project file (format is {format!r})":
        "{path}: không phải tệp dự án gisdesk (định dạng là {format!r})",
    "{path}: the project file has no valid version number": "{path}: tệp dự án không có số phiên bản hợp lệ",
    "{path}: the project was saved by a newer gisdesk (file version {version}, this one reads up to {supported}); "
    "update gisdesk to open it":
        "{path}: dự án được lưu bởi phiên bản gisdesk mới hơn (phiên bản tệp {version}, phiên bản này chỉ đọc được "
        "đến {supported}); hãy cập nhật gisdesk để mở",
    "could not be read ({type}: {e})": "không đọc được ({type}: {e})",
    "layer {name!r}: {problem}": "lớp {name!r}: {problem}",
    "unknown layer type {type!r} (known: {known})": "không rõ loại lớp {type!r} (các loại đã biết: {known})",
    "{value!r} has no time zone; give an aware time (e.g. with +07:00)":
        "{value!r} không có múi giờ; hãy nhập thời gian có múi giờ (ví dụ kèm +07:00)",
    "a time window must end after it starts": "khoảng thời gian phải kết thúc sau thời điểm bắt đầu",
    "column {name!r} holds times without a zone": "cột {name!r} chứa thời gian không có múi giờ",
}
