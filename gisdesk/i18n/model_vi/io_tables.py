"""Vietnamese of the model's messages: tables of points and sensors (io/tabular.py, io/service_requests.py,
io/sensors.py, io/sensor_layers.py, io/arrow_points.py) and the request fields of analysis/requests_input.py."""

from __future__ import annotations

VI: dict[str, str] = {
    # gisdesk/io/sensors.py (sensor stations and readings from files)
    "{items} and {last}": "{items} và {last}",
    "{items} and {n:,} more": "{items} và {n:,} mục khác",
    "{tz!r} is not a time zone name (use e.g. 'Asia/Ho_Chi_Minh')":
        "{tz!r} không phải tên múi giờ (hãy dùng tên như 'Asia/Ho_Chi_Minh')",
    "typed date-times with a time zone": "giá trị ngày giờ có múi giờ",
    "typed date-times": "giá trị ngày giờ",
    "Unix time in milliseconds": "thời gian Unix tính bằng mili giây",
    "Unix time in seconds": "thời gian Unix tính bằng giây",
    "spreadsheet serial dates": "số ngày kiểu bảng tính",
    "numbers": "số",
    "with a time zone": "có múi giờ",
    "day/month/year": "ngày/tháng/năm",
    "month/day/year": "tháng/ngày/năm",
    "year-month-day": "năm-tháng-ngày",
    "day/month/year with a 12-hour AM/PM clock": "ngày/tháng/năm với giờ 12 tiếng AM/PM",
    "month/day/year with a 12-hour AM/PM clock": "tháng/ngày/năm với giờ 12 tiếng AM/PM",
    "year-month-day with a 12-hour AM/PM clock": "năm-tháng-ngày với giờ 12 tiếng AM/PM",
    "the file does not exist": "tệp không tồn tại",
    "this is a folder, not a sensor table": "đây là một thư mục, không phải bảng dữ liệu cảm biến",
    "the file could not be opened ({e})": "không mở được tệp ({e})",
    "a {ext} file is not a sensor table; sensor stations and readings are read from CSV, Excel (.xlsx) or Parquet "
    "files, or from a SensorThings API address":
        "tệp {ext} không phải bảng dữ liệu cảm biến; trạm quan trắc và số đo được đọc từ tệp CSV, Excel (.xlsx) "
        "hoặc Parquet, hoặc từ một địa chỉ SensorThings API",
    "Read {rows:,} rows and {cols:,} columns (comma-separated, UTF-8).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, UTF-8).",
    "Read {rows:,} rows and {cols:,} columns (semicolon-separated, UTF-8).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, UTF-8).",
    "Read {rows:,} rows and {cols:,} columns (tab-separated, UTF-8).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, UTF-8).",
    "Read {rows:,} rows and {cols:,} columns (vertical bar-separated, UTF-8).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, UTF-8).",
    "Point positions come from '{lat}'/'{lon}' (latitude/longitude, taken as WGS 84).":
        "Vị trí điểm lấy từ '{lat}'/'{lon}' (vĩ độ/kinh độ, coi là WGS 84).",
    "The coordinates were in {crs}; they were converted to longitude/latitude (WGS 84).":
        "Tọa độ thuộc hệ {crs}; đã được chuyển sang kinh độ/vĩ độ (WGS 84).",
    "the coordinates could not be turned into longitude/latitude ({e})":
        "không chuyển được tọa độ sang kinh độ/vĩ độ ({e})",
    "the table has a header but no rows of readings": "bảng có dòng tiêu đề nhưng không có dòng số đo nào",
    "the table has a header but no rows of stations": "bảng có dòng tiêu đề nhưng không có dòng trạm nào",
    "this Parquet file could not be read ({e})": "không đọc được tệp Parquet này ({e})",
    "Column {names} holds lists or records, not single values; left out.":
        "Cột {names} chứa danh sách hoặc bản ghi chứ không phải giá trị đơn; đã bỏ qua.",
    "Columns {names} hold lists or records, not single values; left out.":
        "Các cột {names} chứa danh sách hoặc bản ghi chứ không phải giá trị đơn; đã bỏ qua.",
    "Read {rows:,} row and {cols:,} column ({what}).": "Đã đọc {rows:,} dòng và {cols:,} cột ({what}).",
    "Read {rows:,} row and {cols:,} columns ({what}).": "Đã đọc {rows:,} dòng và {cols:,} cột ({what}).",
    "Read {rows:,} rows and {cols:,} column ({what}).": "Đã đọc {rows:,} dòng và {cols:,} cột ({what}).",
    "Read {rows:,} rows and {cols:,} columns ({what}).": "Đã đọc {rows:,} dòng và {cols:,} cột ({what}).",
    "the Parquet file has no rows": "tệp Parquet không có dòng nào",
    "the GeoParquet geometry could not be read ({e})": "không đọc được hình học GeoParquet ({e})",
    "Station positions come from columns '{lat}' (latitude) and '{lon}' (longitude), taken as WGS 84.":
        "Vị trí trạm lấy từ cột '{lat}' (vĩ độ) và '{lon}' (kinh độ), coi là WGS 84.",
    "{n:,} row has the coordinates 0, 0 (a placeholder for 'unknown', in the sea off Africa); it was kept without "
    "a position.":
        "{n:,} dòng có tọa độ 0, 0 (giá trị thay cho 'không rõ', nằm ngoài biển châu Phi); đã giữ lại nhưng không "
        "có vị trí.",
    "{n:,} rows have the coordinates 0, 0 (a placeholder for 'unknown', in the sea off Africa); they were kept "
    "without a position.":
        "{n:,} dòng có tọa độ 0, 0 (giá trị thay cho 'không rõ', nằm ngoài biển châu Phi); đã giữ lại nhưng không "
        "có vị trí.",
    "{n:,} row has latitude/longitude out of range; kept without a position.":
        "{n:,} dòng có vĩ độ/kinh độ nằm ngoài phạm vi hợp lệ; đã giữ lại nhưng không có vị trí.",
    "{n:,} rows have latitude/longitude out of range; kept without a position.":
        "{n:,} dòng có vĩ độ/kinh độ nằm ngoài phạm vi hợp lệ; đã giữ lại nhưng không có vị trí.",
    "Parameter names were turned into gisdesk's codes: {shown} and more.":
        "Tên thông số đã được đổi sang mã của gisdesk: {shown} và các thông số khác.",
    "Parameter names were turned into gisdesk's codes: {shown}.":
        "Tên thông số đã được đổi sang mã của gisdesk: {shown}.",
    "{n:,} parameter that QCVN and gisdesk have no standard code for was kept under its own name: {names}.":
        "{n:,} thông số không có mã chuẩn trong QCVN và gisdesk được giữ nguyên tên gốc: {names}.",
    "{n:,} parameters that QCVN and gisdesk have no standard code for were kept under their own name: {names}.":
        "{n:,} thông số không có mã chuẩn trong QCVN và gisdesk được giữ nguyên tên gốc: {names}.",
    "{n:,} reading has no parameter name; it was dropped.": "{n:,} số đo không có tên thông số; đã bị loại bỏ.",
    "{n:,} readings have no parameter name; they were dropped.": "{n:,} số đo không có tên thông số; đã bị loại bỏ.",
    "{n:,} {param} reading has the unit {unit!r}, which gisdesk does not know; it was kept with that unit, so they "
    "cannot be compared with limits in {target}.":
        "{n:,} số đo {param} có đơn vị {unit!r} mà gisdesk không nhận biết; đã giữ nguyên đơn vị đó nên không thể so "
        "sánh với ngưỡng tính bằng {target}.",
    "{n:,} {param} readings have the unit {unit!r}, which gisdesk does not know; they were kept with that unit, so "
    "they cannot be compared with limits in {target}.":
        "{n:,} số đo {param} có đơn vị {unit!r} mà gisdesk không nhận biết; đã giữ nguyên đơn vị đó nên không thể so "
        "sánh với ngưỡng tính bằng {target}.",
    "{n:,} {param} reading in {unit} was converted to {target}.":
        "{n:,} số đo {param} tính bằng {unit} đã được đổi sang {target}.",
    "{n:,} {param} readings in {unit} were converted to {target}.":
        "{n:,} số đo {param} tính bằng {unit} đã được đổi sang {target}.",
    " ({lo:g} to {hi:g})": " (từ {lo:g} đến {hi:g})",
    " ({lo:g})": " ({lo:g})",
    "{n:,} {param} reading is labelled {unit!r}, which is not a unit of {param}; the values{range} are plausible in "
    "{target}, so the unit was corrected to {target}.":
        "{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}; các giá trị{range} hợp lý nếu tính "
        "bằng {target} nên đơn vị đã được sửa thành {target}.",
    "{n:,} {param} readings are labelled {unit!r}, which is not a unit of {param}; the values{range} are plausible "
    "in {target}, so the unit was corrected to {target}.":
        "{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}; các giá trị{range} hợp lý nếu tính "
        "bằng {target} nên đơn vị đã được sửa thành {target}.",
    "{n:,} {param} reading is labelled {unit!r}, which is not a unit of {param}{range}; it was kept as given but "
    "cannot be compared with limits in {target}.":
        "{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}{range}; đã giữ nguyên như trong tệp "
        "nhưng không thể so sánh với ngưỡng tính bằng {target}.",
    "{n:,} {param} readings are labelled {unit!r}, which is not a unit of {param}{range}; they were kept as given "
    "but cannot be compared with limits in {target}.":
        "{n:,} số đo {param} ghi đơn vị {unit!r}, không phải đơn vị của {param}{range}; đã giữ nguyên như trong tệp "
        "nhưng không thể so sánh với ngưỡng tính bằng {target}.",
    "{param} in {unit}": "{param} tính bằng {unit}",
    "{n:,} reading had no unit; they were taken to be in the usual unit of their parameter ({shown}).":
        "{n:,} số đo không có đơn vị; đã coi là đơn vị thường dùng của thông số tương ứng ({shown}).",
    "{n:,} readings had no unit; they were taken to be in the usual unit of their parameter ({shown}).":
        "{n:,} số đo không có đơn vị; đã coi là đơn vị thường dùng của thông số tương ứng ({shown}).",
    "{n:,} {param} reading in {unit} was converted to µg/m³ at 25 °C and 1 atm, the reference conditions of QCVN "
    "05:2023 (molar mass {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).":
        "{n:,} số đo {param} tính bằng {unit} đã được đổi sang µg/m³ ở 25 °C và 1 atm, điều kiện tham chiếu của QCVN "
        "05:2023 (khối lượng mol {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).",
    "{n:,} {param} readings in {unit} were converted to µg/m³ at 25 °C and 1 atm, the reference conditions of QCVN "
    "05:2023 (molar mass {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).":
        "{n:,} số đo {param} tính bằng {unit} đã được đổi sang µg/m³ ở 25 °C và 1 atm, điều kiện tham chiếu của QCVN "
        "05:2023 (khối lượng mol {mass:g} g/mol: {amount:g} {unit} = {example:.1f} µg/m³).",
    "{n:,} reading repeated another reading exactly (same station, parameter, time and value); the repeats were "
    "dropped.":
        "{n:,} số đo trùng hoàn toàn với một số đo khác (cùng trạm, thông số, thời điểm và giá trị); các bản trùng đã "
        "bị loại bỏ.",
    "{n:,} readings repeated another reading exactly (same station, parameter, time and value); the repeats were "
    "dropped.":
        "{n:,} số đo trùng hoàn toàn với một số đo khác (cùng trạm, thông số, thời điểm và giá trị); các bản trùng đã "
        "bị loại bỏ.",
    "{n:,} reading gave a second, different value for a station, parameter and time already read (e.g. {param} at "
    "station '{station}' on {when:%Y-%m-%d %H:%M} UTC); the first value was kept and the others dropped.":
        "{n:,} số đo cho giá trị thứ hai, khác đi, cho cùng trạm, thông số và thời điểm đã đọc (ví dụ {param} tại "
        "trạm '{station}' lúc {when:%d/%m/%Y %H:%M} UTC); đã giữ giá trị đầu tiên và loại bỏ các giá trị còn lại.",
    "{n:,} readings gave a second, different value for a station, parameter and time already read (e.g. {param} at "
    "station '{station}' on {when:%Y-%m-%d %H:%M} UTC); the first value was kept and the others dropped.":
        "{n:,} số đo cho giá trị thứ hai, khác đi, cho cùng trạm, thông số và thời điểm đã đọc (ví dụ {param} tại "
        "trạm '{station}' lúc {when:%d/%m/%Y %H:%M} UTC); đã giữ giá trị đầu tiên và loại bỏ các giá trị còn lại.",
    "named after {prov} province but placed about {km:,.0f} km outside it, in {where}":
        "mang tên tỉnh {prov} nhưng nằm ngoài tỉnh này khoảng {km:,.0f} km, tại {where}",
    "named after {prov} province but placed about {km:,.0f} km outside it":
        "mang tên tỉnh {prov} nhưng nằm ngoài tỉnh này khoảng {km:,.0f} km",
    "'{name}' is placed at {pos}, in {where}, about {km:,.0f} km from {prov}":
        "'{name}' nằm tại {pos}, thuộc {where}, cách {prov} khoảng {km:,.0f} km",
    "'{name}' is placed at {pos} about {km:,.0f} km from {prov}":
        "'{name}' nằm tại {pos}, cách {prov} khoảng {km:,.0f} km",
    " (and {n:,} more)": " (và {n:,} trạm khác)",
    "They were kept where they are and marked in column 'location_note'.":
        "Các trạm này được giữ nguyên vị trí và được đánh dấu trong cột 'location_note'.",
    "Its position was removed so that its readings do not appear in the wrong place (the position as given is kept "
    "in columns 'source_lat'/'source_lon'); set the position by hand if you know it.":
        "Vị trí của trạm đã bị gỡ bỏ để số đo không hiện sai chỗ (vị trí gốc được giữ trong các cột "
        "'source_lat'/'source_lon'); hãy nhập vị trí bằng tay nếu biết.",
    "Their positions were removed so that their readings do not appear in the wrong place (the position as given is "
    "kept in columns 'source_lat'/'source_lon'); set the position by hand if you know it.":
        "Vị trí của các trạm này đã bị gỡ bỏ để số đo không hiện sai chỗ (vị trí gốc được giữ trong các cột "
        "'source_lat'/'source_lon'); hãy nhập vị trí bằng tay nếu biết.",
    "{n:,} station is named after one province but placed in another, probably by a geocoder that matched a place "
    "name shared by both: {examples}{more}. {done}":
        "{n:,} trạm mang tên một tỉnh nhưng lại nằm ở tỉnh khác, có lẽ do công cụ mã hóa địa lý khớp nhầm một địa danh "
        "trùng tên ở cả hai tỉnh: {examples}{more}. {done}",
    "{n:,} stations are named after one province but placed in another, probably by a geocoder that matched a place "
    "name shared by both: {examples}{more}. {done}":
        "{n:,} trạm mang tên một tỉnh nhưng lại nằm ở tỉnh khác, có lẽ do công cụ mã hóa địa lý khớp nhầm một địa danh "
        "trùng tên ở cả hai tỉnh: {examples}{more}. {done}",
    "shares its position with {n:,} other station": "trùng vị trí với {n:,} trạm khác",
    "shares its position with {n:,} other stations": "trùng vị trí với {n:,} trạm khác",
    "{n:,} at {pos} ({names})": "{n:,} trạm tại {pos} ({names})",
    "{n:,} point with several stations: {shown}": "{n:,} điểm có nhiều trạm: {shown}",
    "{n:,} points with several stations: {shown}": "{n:,} điểm có nhiều trạm: {shown}",
    "{n:,} station shares its position with another station ({points}). Their markers sit on top of each other; "
    "such positions usually come from geocoding a place name (a city centre) rather than from where the sensors "
    "stand. They were kept and marked in column 'location_note'.":
        "{n:,} trạm trùng vị trí với một trạm khác ({points}). Các ký hiệu của chúng nằm chồng lên nhau; những vị trí "
        "như vậy thường do mã hóa địa lý từ một địa danh (trung tâm thành phố) chứ không phải nơi đặt cảm biến. Các "
        "trạm được giữ lại và đánh dấu trong cột 'location_note'.",
    "{n:,} stations share their position with another station ({points}). Their markers sit on top of each other; "
    "such positions usually come from geocoding a place name (a city centre) rather than from where the sensors "
    "stand. They were kept and marked in column 'location_note'.":
        "{n:,} trạm trùng vị trí với một trạm khác ({points}). Các ký hiệu của chúng nằm chồng lên nhau; những vị trí "
        "như vậy thường do mã hóa địa lý từ một địa danh (trung tâm thành phố) chứ không phải nơi đặt cảm biến. Các "
        "trạm được giữ lại và đánh dấu trong cột 'location_note'.",
    "Stations {names} at {pos} report identical values at the same times (all {n:,} readings they have in common): "
    "they are probably one sensor listed under several names. All were kept; count them once when comparing "
    "stations.":
        "Các trạm {names} tại {pos} báo cùng giá trị vào cùng thời điểm (cả {n:,} số đo chung): có lẽ đây là một cảm "
        "biến được ghi dưới nhiều tên. Tất cả đều được giữ lại; khi so sánh các trạm, chỉ tính chúng một lần.",
    "{column} says '{value}'": "{column} ghi '{value}'",
    "{n:,} station has a position that column '{column}' marks as approximate (e.g. '{first}': '{value}'); it was "
    "kept and marked in 'location_note'.":
        "{n:,} trạm có vị trí được cột '{column}' ghi là gần đúng (ví dụ '{first}': '{value}'); đã giữ lại và đánh dấu "
        "trong 'location_note'.",
    "{n:,} stations have a position that column '{column}' marks as approximate (e.g. '{first}': '{value}'); they "
    "were kept and marked in 'location_note'.":
        "{n:,} trạm có vị trí được cột '{column}' ghi là gần đúng (ví dụ '{first}': '{value}'); đã giữ lại và đánh dấu "
        "trong 'location_note'.",
    "{n:,} station has no position ({names}); it was kept with its readings but cannot be drawn on the map.":
        "{n:,} trạm không có vị trí ({names}); đã giữ lại cùng các số đo nhưng không thể vẽ trên bản đồ.",
    "{n:,} stations have no position ({names}); they were kept with their readings but cannot be drawn on the map.":
        "{n:,} trạm không có vị trí ({names}); đã giữ lại cùng các số đo nhưng không thể vẽ trên bản đồ.",
    "{n:,} {param} (lowest {low:g})": "{n:,} số đo {param} (thấp nhất {low:g})",
    "{n:,} reading is negative: {parts}. Instruments report small negative values near zero; they were kept as "
    "measured.":
        "{n:,} số đo có giá trị âm: {parts}. Thiết bị đo thường báo giá trị âm nhỏ khi gần bằng không; đã giữ nguyên "
        "như số đo.",
    "{n:,} readings are negative: {parts}. Instruments report small negative values near zero; they were kept as "
    "measured.":
        "{n:,} số đo có giá trị âm: {parts}. Thiết bị đo thường báo giá trị âm nhỏ khi gần bằng không; đã giữ nguyên "
        "như số đo.",
    "{n:,} humidity reading is above 100 % (highest {high:g}); kept as measured.":
        "{n:,} số đo độ ẩm vượt 100 % (cao nhất {high:g}); đã giữ nguyên như số đo.",
    "{n:,} humidity readings are above 100 % (highest {high:g}); kept as measured.":
        "{n:,} số đo độ ẩm vượt 100 % (cao nhất {high:g}); đã giữ nguyên như số đo.",
    "{n:,} temperature reading is outside -50 to 60 °C (e.g. {value:g}); check the unit. Kept as measured.":
        "{n:,} số đo nhiệt độ nằm ngoài khoảng -50 đến 60 °C (ví dụ {value:g}); hãy kiểm tra đơn vị. Đã giữ nguyên "
        "như số đo.",
    "{n:,} temperature readings are outside -50 to 60 °C (e.g. {value:g}); check the unit. Kept as measured.":
        "{n:,} số đo nhiệt độ nằm ngoài khoảng -50 đến 60 °C (ví dụ {value:g}); hãy kiểm tra đơn vị. Đã giữ nguyên "
        "như số đo.",
    "all {n:,} {param} readings of {station} are {value:g}": "cả {n:,} số đo {param} của {station} đều bằng {value:g}",
    " (and {n:,} more series)": " (và {n:,} chuỗi số liệu khác)",
    "{parts}{more}. A series that never changes usually means the sensor is below its detection limit, stuck or not "
    "reporting; kept as given.":
        "{parts}{more}. Chuỗi số liệu không bao giờ thay đổi thường có nghĩa là cảm biến đo dưới ngưỡng phát hiện, bị "
        "kẹt hoặc không gửi số liệu; đã giữ nguyên như trong tệp.",
    "Readings come about every {every} at most stations, at times that do not follow the clock (e.g. "
    "{when:%H:%M:%S} UTC); hourly and daily means weigh each hour equally.":
        "Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần, vào những thời điểm không tròn giờ (ví dụ "
        "{when:%H:%M:%S} UTC); trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.",
    "Readings come about every {every}, at times that do not follow the clock (e.g. {when:%H:%M:%S} UTC); hourly "
    "and daily means weigh each hour equally.":
        "Số đo được ghi khoảng {every} một lần, vào những thời điểm không tròn giờ (ví dụ {when:%H:%M:%S} UTC); "
        "trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.",
    "Readings come about every {every}, at irregular intervals; hourly and daily means weigh each hour equally.":
        "Số đo được ghi khoảng {every} một lần, cách quãng không đều; trung bình giờ và trung bình ngày tính mỗi giờ "
        "với trọng số như nhau.",
    "Readings come about every {every} at most stations; {n:,} station reports at irregular intervals; hourly and "
    "daily means weigh each hour equally.":
        "Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần; {n:,} trạm gửi số liệu cách quãng không đều; "
        "trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.",
    "Readings come about every {every} at most stations; {n:,} stations report at irregular intervals; hourly and "
    "daily means weigh each hour equally.":
        "Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần; {n:,} trạm gửi số liệu cách quãng không đều; "
        "trung bình giờ và trung bình ngày tính mỗi giờ với trọng số như nhau.",
    "Readings come about every {every} at most stations.": "Ở phần lớn các trạm, số đo được ghi khoảng {every} một lần.",
    "Readings come about every {every}.": "Số đo được ghi khoảng {every} một lần.",
    "There is {n:,} gap longer than three times the usual interval (the longest: {longest} without readings at "
    "{station} before {when:%Y-%m-%d %H:%M} UTC).":
        "Có {n:,} khoảng trống dài hơn ba lần khoảng cách thường lệ (dài nhất: {longest} không có số đo tại {station} "
        "trước {when:%d/%m/%Y %H:%M} UTC).",
    "There are {n:,} gaps longer than three times the usual interval (the longest: {longest} without readings at "
    "{station} before {when:%Y-%m-%d %H:%M} UTC).":
        "Có {n:,} khoảng trống dài hơn ba lần khoảng cách thường lệ (dài nhất: {longest} không có số đo tại {station} "
        "trước {when:%d/%m/%Y %H:%M} UTC).",
    "{v:.0f} s": "{v:.0f} giây",
    "{v:.0f} min": "{v:.0f} phút",
    "{v:.0f} h": "{v:.0f} giờ",
    "{v:.1f} h": "{v:.1f} giờ",
    "{v:.1f} days": "{v:.1f} ngày",
    "the table could not be read as sensor data ({kind}: {e})":
        "không đọc được bảng này thành dữ liệu cảm biến ({kind}: {e})",
    "this is a folder, not a GeoPackage": "đây là một thư mục, không phải GeoPackage",
    "'{name}' is not a readable zip archive ({e})": "'{name}' không phải tệp nén zip đọc được ({e})",
    "the archive '{name}' holds no '{member}'": "tệp nén '{name}' không chứa '{member}'",
    "this is not a GeoPackage GDAL can open ({e})": "đây không phải GeoPackage mà GDAL mở được ({e})",
    "this GeoPackage does not hold sensors: expected a point layer of stations (named 'stations') and a table of "
    "readings (named 'readings'); its layers are {layers}":
        "GeoPackage này không chứa dữ liệu cảm biến: cần một lớp điểm các trạm (tên 'stations') và một bảng số đo "
        "(tên 'readings'); các lớp hiện có là {layers}",
    "this GeoPackage does not hold sensors: expected a point layer of stations (named 'stations') and a table of "
    "readings (named 'readings'); its layers are none":
        "GeoPackage này không chứa dữ liệu cảm biến: cần một lớp điểm các trạm (tên 'stations') và một bảng số đo "
        "(tên 'readings'); tệp không có lớp nào",
    "the layers '{stations}' and '{readings}' could not be read ({e})":
        "không đọc được các lớp '{stations}' và '{readings}' ({e})",
    "{n:,} feature": "{n:,} đối tượng",
    "{n:,} features": "{n:,} đối tượng",
    "{n:,} row": "{n:,} dòng",
    "{n:,} rows": "{n:,} dòng",
    "Read the stations from layer '{stations}' ({features}) and the readings from table '{readings}' ({rows}) of "
    "'{file}'.":
        "Đã đọc các trạm từ lớp '{stations}' ({features}) và số đo từ bảng '{readings}' ({rows}) của '{file}'.",
    "the table '{table}' holds no readings": "bảng '{table}' không có số đo nào",
    "the GeoPackage could not be read as sensor data ({kind}: {e})":
        "không đọc được GeoPackage này thành dữ liệu cảm biến ({kind}: {e})",
    "The stations layer declares no coordinate reference system; its coordinates were taken as longitude/latitude "
    "(WGS 84).":
        "Lớp trạm không khai báo hệ tọa độ; tọa độ của lớp được coi là kinh độ/vĩ độ (WGS 84).",
    "{n:,} station is not a single point; it was kept without a position.":
        "{n:,} trạm không phải một điểm đơn; đã giữ lại nhưng không có vị trí.",
    "{n:,} stations are not a single point; they were kept without a position.":
        "{n:,} trạm không phải một điểm đơn; đã giữ lại nhưng không có vị trí.",
    "no column of dates/times was found (looked for names such as 'datetime', 'timestamp', 'time', 'date', "
    "'thời gian', 'ngày giờ'); the columns are {columns}":
        "không tìm thấy cột ngày/giờ nào (đã tìm các tên như 'datetime', 'timestamp', 'time', 'date', 'thời gian', "
        "'ngày giờ'); các cột hiện có là {columns}",
    "Dates from column '{date}' and times of day from '{clock}' were joined.":
        "Đã ghép ngày từ cột '{date}' với giờ trong ngày từ cột '{clock}'.",
    "Read as one reading per row: station from '{station}', parameter from '{parameter}', value from '{value}', "
    "unit from '{unit}', time from '{time}'.":
        "Đọc theo dạng mỗi dòng một số đo: trạm lấy từ '{station}', thông số từ '{parameter}', giá trị từ '{value}', "
        "đơn vị từ '{unit}', thời gian từ '{time}'.",
    "Read as one reading per row: station from '{station}', parameter from '{parameter}', value from '{value}', "
    "time from '{time}'.":
        "Đọc theo dạng mỗi dòng một số đo: trạm lấy từ '{station}', thông số từ '{parameter}', giá trị từ '{value}', "
        "thời gian từ '{time}'.",
    "Read as one row per station and time with a column per parameter ({shown}); time from '{time}'.":
        "Đọc theo dạng mỗi dòng một trạm và một thời điểm, mỗi thông số một cột ({shown}); thời gian lấy từ '{time}'.",
    "The file has no coordinate columns (looked for latitude/longitude, Vĩ độ/Kinh độ, x/y); the stations were "
    "loaded without positions. Open a stations table with it (station id or name and latitude/longitude) to put "
    "them on the map.":
        "Tệp không có cột tọa độ (đã tìm latitude/longitude, Vĩ độ/Kinh độ, x/y); các trạm được nạp mà không có vị "
        "trí. Hãy mở kèm một bảng trạm (mã hoặc tên trạm và vĩ độ/kinh độ) để đưa các trạm lên bản đồ.",
    "{n:,} reading": "{n:,} số đo",
    "{n:,} readings": "{n:,} số đo",
    "{n:,} parameter": "{n:,} thông số",
    "{n:,} parameters": "{n:,} thông số",
    "{n:,} station": "{n:,} trạm",
    "{n:,} stations": "{n:,} trạm",
    "{readings} of {parameters} at {stations}, from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC.":
        "{readings} của {parameters} tại {stations}, từ {start:%d/%m/%Y %H:%M} đến {end:%d/%m/%Y %H:%M} UTC.",
    "{readings} of {parameters} at {stations}.": "{readings} của {parameters} tại {stations}.",
    "this looks like a table of stations (names and positions) without readings; open it as the stations table of "
    "a readings file":
        "đây có vẻ là bảng các trạm (tên và vị trí) không có số đo; hãy mở nó làm bảng trạm của một tệp số đo",
    "no readings were found: expected either columns for the parameter and the value (e.g. 'parameter'/'value', "
    "'thông số'/'giá trị') or a column per parameter (e.g. 'pm25', 'PM2.5', 'nhiệt độ'); the columns are {columns}":
        "không tìm thấy số đo nào: cần có cột thông số và cột giá trị (ví dụ 'parameter'/'value', 'thông số'/'giá "
        "trị') hoặc mỗi thông số một cột (ví dụ 'pm25', 'PM2.5', 'nhiệt độ'); các cột hiện có là {columns}",
    "The file names no station; all readings were taken as one station, '{name}' (the file's name).":
        "Tệp không ghi tên trạm; mọi số đo được coi là của một trạm, '{name}' (tên tệp).",
    "{n:,} row names no station; it was put under a station called 'unknown station'.":
        "{n:,} dòng không ghi trạm; đã được xếp vào một trạm tên 'unknown station'.",
    "{n:,} rows name no station; they were put under a station called 'unknown station'.":
        "{n:,} dòng không ghi trạm; đã được xếp vào một trạm tên 'unknown station'.",
    "The times in column '{column}' carry no time zone; they were taken as UTC, as the column's name says.":
        "Thời gian trong cột '{column}' không ghi múi giờ; đã được coi là UTC, như tên cột cho biết.",
    "The times in column '{column}' carry no time zone; they were taken in the zone named in column '{zones}' "
    "({shown}).":
        "Thời gian trong cột '{column}' không ghi múi giờ; đã được tính theo múi giờ ghi trong cột '{zones}' "
        "({shown}).",
    "The times in column '{column}' carry no time zone; they were taken as local time in {zone}.":
        "Thời gian trong cột '{column}' không ghi múi giờ; đã được coi là giờ địa phương theo {zone}.",
    "Dates in column '{column}' were read as {how}.": "Ngày trong cột '{column}' được đọc theo dạng {how}.",
    "Every date in column '{column}' fits both day/month and month/day order (no day is above 12); they were read "
    "as {how}. Check a known date.":
        "Mọi ngày trong cột '{column}' đều đọc được theo cả thứ tự ngày/tháng lẫn tháng/ngày (không có ngày nào lớn "
        "hơn 12); đã đọc theo dạng {how}. Hãy kiểm tra lại với một ngày đã biết.",
    "Column '{column}' says '{flag}' for every reading.": "Cột '{column}' ghi '{flag}' cho mọi số đo.",
    "Column '{column}' holds the quality flags {shown}.": "Cột '{column}' chứa các cờ chất lượng {shown}.",
    "{n:,} reading is flagged as invalid in column '{column}' ({flags}); it was dropped.":
        "{n:,} số đo bị đánh dấu không hợp lệ trong cột '{column}' ({flags}); đã bị loại bỏ.",
    "{n:,} readings are flagged as invalid in column '{column}' ({flags}); they were dropped.":
        "{n:,} số đo bị đánh dấu không hợp lệ trong cột '{column}' ({flags}); đã bị loại bỏ.",
    "Column '{column}' repeats an air-quality index with each reading; it was added as {n:,} reading of parameter "
    "'aqi' (one per station and time).":
        "Cột '{column}' lặp lại chỉ số chất lượng không khí ở mỗi số đo; đã được thêm thành {n:,} số đo của thông số "
        "'aqi' (mỗi trạm và thời điểm một số đo).",
    "Column '{column}' repeats an air-quality index with each reading; it was added as {n:,} readings of parameter "
    "'aqi' (one per station and time).":
        "Cột '{column}' lặp lại chỉ số chất lượng không khí ở mỗi số đo; đã được thêm thành {n:,} số đo của thông số "
        "'aqi' (mỗi trạm và thời điểm một số đo).",
    "{n:,} value is not a number; that reading was dropped.": "{n:,} giá trị không phải là số; số đo đó đã bị loại bỏ.",
    "{n:,} values are not a number; those readings were dropped.":
        "{n:,} giá trị không phải là số; các số đo đó đã bị loại bỏ.",
    "{n:,} reading holds a 'no data' code ({shown}); it was dropped.":
        "{n:,} số đo mang mã 'không có dữ liệu' ({shown}); đã bị loại bỏ.",
    "{n:,} readings hold a 'no data' code ({shown}); they were dropped.":
        "{n:,} số đo mang mã 'không có dữ liệu' ({shown}); đã bị loại bỏ.",
    "{n:,} empty value (no reading) was skipped.": "Đã bỏ qua {n:,} giá trị trống (không có số đo).",
    "{n:,} empty values (no reading) were skipped.": "Đã bỏ qua {n:,} giá trị trống (không có số đo).",
    "{n:,} reading has an empty or unreadable time (or one that does not exist in the time zone); it was dropped.":
        "{n:,} số đo có thời gian trống hoặc không đọc được (hoặc không tồn tại trong múi giờ); đã bị loại bỏ.",
    "{n:,} readings have an empty or unreadable time (or one that does not exist in the time zone); they were "
    "dropped.":
        "{n:,} số đo có thời gian trống hoặc không đọc được (hoặc không tồn tại trong múi giờ); đã bị loại bỏ.",
    "Column {names} is empty in every row; left out.": "Cột {names} trống ở mọi dòng; đã bỏ qua.",
    "Columns {names} are empty in every row; left out.": "Các cột {names} trống ở mọi dòng; đã bỏ qua.",
    "Column {names} changes from reading to reading and is not part of a reading; it was left out.":
        "Cột {names} thay đổi theo từng số đo nhưng không thuộc về số đo; đã bỏ qua.",
    "Columns {names} change from reading to reading and are not part of a reading; they were left out.":
        "Các cột {names} thay đổi theo từng số đo nhưng không thuộc về số đo; đã bỏ qua.",
    "{n:,} station appears with more than one position (e.g. '{station}' at {places} places); the most frequent "
    "position was used.":
        "{n:,} trạm xuất hiện với nhiều vị trí khác nhau (ví dụ '{station}' ở {places} nơi); đã dùng vị trí xuất hiện "
        "nhiều nhất.",
    "{n:,} stations appear with more than one position (e.g. '{station}' at {places} places); the most frequent "
    "position was used.":
        "{n:,} trạm xuất hiện với nhiều vị trí khác nhau (ví dụ '{station}' ở {places} nơi); đã dùng vị trí xuất hiện "
        "nhiều nhất.",
    "{n:,} row has no coordinates; {k} of their stations have a position from other rows.":
        "{n:,} dòng không có tọa độ; {k} trạm của các dòng này có vị trí lấy từ dòng khác.",
    "{n:,} rows have no coordinates; {k} of their stations have a position from other rows.":
        "{n:,} dòng không có tọa độ; {k} trạm của các dòng này có vị trí lấy từ dòng khác.",
    "{n:,} row has no coordinates.": "{n:,} dòng không có tọa độ.",
    "{n:,} rows have no coordinates.": "{n:,} dòng không có tọa độ.",
    "the stations table {label} has no column of station ids or names (looked for 'station_id', 'location_id', "
    "'mã trạm', 'station_name', 'tên trạm', 'name'...)":
        "bảng trạm {label} không có cột mã trạm hay tên trạm (đã tìm 'station_id', 'location_id', 'mã trạm', "
        "'station_name', 'tên trạm', 'name'...)",
    "In the stations table: {message}": "Trong bảng trạm: {message}",
    "{n:,} row of the stations table has neither a station id nor a name; it was dropped.":
        "{n:,} dòng của bảng trạm không có cả mã trạm lẫn tên trạm; đã bị loại bỏ.",
    "{n:,} rows of the stations table have neither a station id nor a name; they were dropped.":
        "{n:,} dòng của bảng trạm không có cả mã trạm lẫn tên trạm; đã bị loại bỏ.",
    "Stations were read from {label} ({rows}); station ids come from column '{column}'.":
        "Đã đọc các trạm từ {label} ({rows}); mã trạm lấy từ cột '{column}'.",
    "Stations were read from {label} ({rows}); station names come from column '{column}'.":
        "Đã đọc các trạm từ {label} ({rows}); tên trạm lấy từ cột '{column}'.",
    "The stations table {label} has no coordinate columns; the stations have no positions.":
        "Bảng trạm {label} không có cột tọa độ; các trạm không có vị trí.",
    "{n:,} station appears twice in the stations table (e.g. '{station}'); the first row was used.":
        "{n:,} trạm xuất hiện hai lần trong bảng trạm (ví dụ '{station}'); đã dùng dòng đầu tiên.",
    "{n:,} stations appear twice in the stations table (e.g. '{station}'); the first row was used.":
        "{n:,} trạm xuất hiện hai lần trong bảng trạm (ví dụ '{station}'); đã dùng dòng đầu tiên.",
    "{n:,} station of the readings is not in the stations table ({names}); it was kept, positioned from the "
    "readings file if it has coordinates.":
        "{n:,} trạm trong tệp số đo không có trong bảng trạm ({names}); đã giữ lại, với vị trí lấy từ tệp số đo nếu "
        "tệp có tọa độ.",
    "{n:,} stations of the readings are not in the stations table ({names}); they were kept, positioned from the "
    "readings file if it has coordinates.":
        "{n:,} trạm trong tệp số đo không có trong bảng trạm ({names}); đã giữ lại, với vị trí lấy từ tệp số đo nếu "
        "tệp có tọa độ.",
    "{n:,} station of the readings matched the stations table.": "{n:,} trạm trong tệp số đo khớp với bảng trạm.",
    "{n:,} stations of the readings matched the stations table.": "{n:,} trạm trong tệp số đo khớp với bảng trạm.",
    "{n:,} station of the table has no readings in this file and was kept.":
        "{n:,} trạm của bảng không có số đo trong tệp này và vẫn được giữ lại.",
    "{n:,} stations of the table have no readings in this file and were kept.":
        "{n:,} trạm của bảng không có số đo trong tệp này và vẫn được giữ lại.",
    # gisdesk/io/tabular.py (CSV and XLSX tables of points)
    "Read {rows:,} row and {cols:,} column (comma-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).",
    "Read {rows:,} row and {cols:,} columns (comma-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).",
    "Read {rows:,} rows and {cols:,} column (comma-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).",
    "Read {rows:,} rows and {cols:,} columns (comma-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu phẩy, {enc}).",
    "Read {rows:,} row and {cols:,} column (semicolon-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).",
    "Read {rows:,} row and {cols:,} columns (semicolon-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).",
    "Read {rows:,} rows and {cols:,} column (semicolon-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).",
    "Read {rows:,} rows and {cols:,} columns (semicolon-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu chấm phẩy, {enc}).",
    "Read {rows:,} row and {cols:,} column (tab-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).",
    "Read {rows:,} row and {cols:,} columns (tab-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).",
    "Read {rows:,} rows and {cols:,} column (tab-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).",
    "Read {rows:,} rows and {cols:,} columns (tab-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng ký tự tab, {enc}).",
    "Read {rows:,} row and {cols:,} column (vertical bar-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).",
    "Read {rows:,} row and {cols:,} columns (vertical bar-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).",
    "Read {rows:,} rows and {cols:,} column (vertical bar-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).",
    "Read {rows:,} rows and {cols:,} columns (vertical bar-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng dấu gạch đứng, {enc}).",
    "Read {rows:,} row and {cols:,} column ({delim}-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).",
    "Read {rows:,} row and {cols:,} columns ({delim}-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).",
    "Read {rows:,} rows and {cols:,} column ({delim}-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).",
    "Read {rows:,} rows and {cols:,} columns ({delim}-separated, {enc}).":
        "Đã đọc {rows:,} dòng và {cols:,} cột (phân cách bằng {delim}, {enc}).",
    "The coordinates are longitude/latitude degrees; they were taken as WGS 84 (EPSG:4326), as is usual for tables.":
        "Tọa độ là độ kinh độ/vĩ độ; đã được coi là WGS 84 (EPSG:4326), như thường lệ với bảng dữ liệu.",
    "Point positions come from {columns}: {why} ({usable:,} of {rows:,} rows have usable positions).":
        "Vị trí điểm lấy từ {columns}: {why} ({usable:,}/{rows:,} dòng có vị trí dùng được).",
    "Other coordinate columns were found and kept as plain attributes: {others}.":
        "Còn tìm thấy các cột tọa độ khác, được giữ lại như thuộc tính thông thường: {others}.",
    "column {c!r} holds geometries as text": "cột {c!r} chứa hình học dạng văn bản",
    "columns {lat!r} and {lon!r} are named as latitude and longitude":
        "các cột {lat!r} và {lon!r} có tên là vĩ độ và kinh độ",
    "columns {x!r} and {y!r} are named as x and y": "các cột {x!r} và {y!r} có tên là x và y",
    "column {c!r} holds latitude and longitude together": "cột {c!r} chứa cả vĩ độ và kinh độ",
    "these": "các giá trị này",
    "The file is not UTF-8; its text was read as Windows-1258 (Vietnamese). TCVN3 and VNI files could not be told "
    "apart here: check the accented names.":
        "Tệp không phải UTF-8; văn bản được đọc theo bảng mã Windows-1258 (tiếng Việt). Ở đây không phân biệt được "
        "tệp TCVN3 và VNI: hãy kiểm tra các tên có dấu.",
    "The file is not UTF-8; its text was read as {name} ({why}). This is uncertain: check the accented names.":
        "Tệp không phải UTF-8; văn bản được đọc theo bảng mã {name} ({why}). Kết quả này chưa chắc chắn: hãy kiểm tra "
        "các tên có dấu.",
    "The file is not UTF-8; its text was read as {name} ({why}).":
        "Tệp không phải UTF-8; văn bản được đọc theo bảng mã {name} ({why}).",
    "The file starts with a byte-order mark: it was read as {label}.":
        "Tệp bắt đầu bằng dấu thứ tự byte (BOM): đã đọc theo {label}.",
    "The file starts with a byte-order mark: it was read as {label} little-endian.":
        "Tệp bắt đầu bằng dấu thứ tự byte (BOM): đã đọc theo {label} little-endian.",
    "The file starts with a byte-order mark: it was read as {label} big-endian.":
        "Tệp bắt đầu bằng dấu thứ tự byte (BOM): đã đọc theo {label} big-endian.",
    "The file has no byte-order mark but its bytes are {enc}; it was read as such.":
        "Tệp không có dấu thứ tự byte (BOM) nhưng dữ liệu là {enc}; đã đọc theo bảng mã đó.",
    "The file ends in the middle of a character (it seems cut off); the last bytes were dropped.":
        "Tệp kết thúc giữa chừng một ký tự (có vẻ bị cắt cụt); các byte cuối đã bị bỏ.",
    "line {shown}": "dòng {shown}",
    "lines {shown}": "các dòng {shown}",
    "lines {shown} and {more:,} more": "các dòng {shown} và {more:,} dòng khác",
    "row {shown}": "hàng {shown}",
    "rows {shown}": "các hàng {shown}",
    "rows {shown} and {more:,} more": "các hàng {shown} và {more:,} hàng khác",
    "this is not a text table: it contains binary data": "đây không phải bảng văn bản: tệp chứa dữ liệu nhị phân",
    "the file is empty": "tệp trống",
    "the file is empty (no header row)": "tệp trống (không có dòng tiêu đề)",
    "A quote opened on line {first} is never closed, so lines {first} to {last} read as one value; they were not "
    "loaded.":
        "Dấu ngoặc kép mở ở dòng {first} không bao giờ được đóng, nên các dòng từ {first} đến {last} bị đọc thành một "
        "giá trị; các dòng này không được nạp.",
    "{n:,} row has more fields than the header ({lines}); it was not loaded because the values cannot be matched to "
    "columns.":
        "{n:,} dòng có nhiều trường hơn dòng tiêu đề ({lines}); không được nạp vì không thể ghép các giá trị vào cột.",
    "{n:,} rows have more fields than the header ({lines}); they were not loaded because the values cannot be "
    "matched to columns.":
        "{n:,} dòng có nhiều trường hơn dòng tiêu đề ({lines}); không được nạp vì không thể ghép các giá trị vào cột.",
    "{n:,} row has fewer fields than the header ({lines}); the missing fields were left empty.":
        "{n:,} dòng có ít trường hơn dòng tiêu đề ({lines}); các trường thiếu được để trống.",
    "{n:,} rows have fewer fields than the header ({lines}); the missing fields were left empty.":
        "{n:,} dòng có ít trường hơn dòng tiêu đề ({lines}); các trường thiếu được để trống.",
    "The last line ({line}) is incomplete: the file seems to be cut off. That row was not loaded.":
        "Dòng cuối ({line}) không đầy đủ: tệp có vẻ bị cắt cụt. Dòng đó không được nạp.",
    "this is not a readable Excel workbook ({kind}: {e})": "đây không phải sổ tính Excel đọc được ({kind}: {e})",
    "the workbook has no sheets": "sổ tính không có trang tính nào",
    "every sheet of the workbook is empty ({sheets})": "mọi trang tính của sổ tính đều trống ({sheets})",
    "sheet {sheet!r} is empty": "trang tính {sheet!r} trống",
    "Skipped {n:,} title row above the header (header on row {row}).":
        "Đã bỏ qua {n:,} dòng tiêu đề phía trên dòng tên cột (dòng tên cột ở hàng {row}).",
    "Skipped {n:,} title rows above the header (header on row {row}).":
        "Đã bỏ qua {n:,} dòng tiêu đề phía trên dòng tên cột (dòng tên cột ở hàng {row}).",
    "{n:,} column": "{n:,} cột",
    "{n:,} columns": "{n:,} cột",
    "Read sheet {sheet!r}: {rows} and {cols}; the workbook also has {others}.":
        "Đã đọc trang tính {sheet!r}: {rows} và {cols}; sổ tính còn có {others}.",
    "Read sheet {sheet!r}: {rows} and {cols}.": "Đã đọc trang tính {sheet!r}: {rows} và {cols}.",
    "there is no sheet number {sheet} (the workbook has {n}: {sheets})":
        "không có trang tính số {sheet} (sổ tính có {n} trang: {sheets})",
    "there is no sheet named {sheet!r} (the sheets are {sheets})":
        "không có trang tính tên {sheet!r} (các trang tính là {sheets})",
    "Column {i} has no name and was called {name!r}.": "Cột thứ {i} không có tên và được đặt tên là {name!r}.",
    "A second column named {base!r} was renamed {name!r}.": "Cột thứ hai cùng tên {base!r} được đổi tên thành {name!r}.",
    "Column {name!r} uses decimal commas (e.g. {example!r}); it was read as numbers.":
        "Cột {name!r} dùng dấu phẩy thập phân (ví dụ {example!r}); đã được đọc thành số.",
    "Column {name!r} is numeric; {n:,} value such as {shown} were read as empty.":
        "Cột {name!r} là cột số; {n:,} giá trị như {shown} được đọc là trống.",
    "Column {name!r} is numeric; {n:,} values such as {shown} were read as empty.":
        "Cột {name!r} là cột số; {n:,} giá trị như {shown} được đọc là trống.",
    "Column {name!r} holds codes stored as decimal numbers (e.g. {first!r}), which lost their leading zeros; they "
    "were turned back into {width}-digit text codes ({n:,} were padded with zeros, e.g. {example!r} -> "
    "{padded!r}).":
        "Cột {name!r} chứa mã được lưu dưới dạng số thập phân (ví dụ {first!r}) nên đã mất các số 0 ở đầu; đã chuyển "
        "lại thành mã văn bản {width} chữ số ({n:,} mã được thêm số 0 ở đầu, ví dụ {example!r} -> {padded!r}).",
    "Column {name!r} holds codes stored as decimal numbers (e.g. {first!r}); they were kept as text without the "
    "'.0'.":
        "Cột {name!r} chứa mã được lưu dưới dạng số thập phân (ví dụ {first!r}); đã giữ thành văn bản, bỏ phần '.0'.",
    "there is no column named {wanted!r} for the {what}; the columns are {columns}":
        "không có cột tên {wanted!r} cho {what}; các cột hiện có là {columns}",
    "geometries": "hình học",
    "x (longitude/easting)": "x (kinh độ/tọa độ đông)",
    "y (latitude/northing)": "y (vĩ độ/tọa độ bắc)",
    "this is a folder, not a table file": "đây là một thư mục, không phải tệp bảng dữ liệu",
    "the file could not be read ({e})": "không đọc được tệp ({e})",
    "this is an old Excel .xls workbook; save it as .xlsx (Excel Workbook) and open that":
        "đây là sổ tính Excel .xls kiểu cũ; hãy lưu lại thành .xlsx (Excel Workbook) rồi mở tệp đó",
    "this is a zip archive, not a table": "đây là tệp nén zip, không phải bảng dữ liệu",
    "a CSV file has no sheets": "tệp CSV không có trang tính",
    "Point positions come from column {col!r}, as asked.": "Vị trí điểm lấy từ cột {col!r}, theo yêu cầu.",
    "Point positions come from columns {x!r} (x) and {y!r} (y), as asked.":
        "Vị trí điểm lấy từ các cột {x!r} (x) và {y!r} (y), theo yêu cầu.",
    "No coordinate columns were found (looked for latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ and WKT "
    "geometry columns); the {n:,} row was loaded as a table without geometry. Choose the coordinate columns to put "
    "them on the map.":
        "Không tìm thấy cột tọa độ nào (đã tìm latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ và cột hình "
        "học WKT); {n:,} dòng được nạp thành bảng không có hình học. Hãy chọn các cột tọa độ để đưa lên bản đồ.",
    "No coordinate columns were found (looked for latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ and WKT "
    "geometry columns); the {n:,} rows were loaded as a table without geometry. Choose the coordinate columns to "
    "put them on the map.":
        "Không tìm thấy cột tọa độ nào (đã tìm latitude/longitude, x/y, easting/northing, Vĩ độ/Kinh độ và cột hình "
        "học WKT); {n:,} dòng được nạp thành bảng không có hình học. Hãy chọn các cột tọa độ để đưa lên bản đồ.",
    "A column named 'geometry' that was not used for positions was renamed {name!r}.":
        "Cột tên 'geometry' không được dùng làm vị trí nên đã được đổi tên thành {name!r}.",
    "The columns {columns} are named like latitude/longitude but hold values like {sample}, which are not degrees; "
    "they were read as projected x/y coordinates.":
        "Các cột {columns} có tên như vĩ độ/kinh độ nhưng chứa giá trị như {sample}, không phải độ; đã đọc thành tọa "
        "độ phẳng x/y.",
    "The latitude column {lat!r} holds longitudes and the longitude column {lon!r} holds latitudes ({k:,} of {n:,} "
    "rows); the values were swapped back.":
        "Cột vĩ độ {lat!r} chứa kinh độ và cột kinh độ {lon!r} chứa vĩ độ ({k:,}/{n:,} dòng); các giá trị đã được đổi "
        "chỗ lại.",
    "{n:,} row has latitude and longitude the wrong way round ({lines}); it was swapped back.":
        "{n:,} dòng bị đảo ngược vĩ độ và kinh độ ({lines}); đã được đổi chỗ lại.",
    "{n:,} rows have latitude and longitude the wrong way round ({lines}); they were swapped back.":
        "{n:,} dòng bị đảo ngược vĩ độ và kinh độ ({lines}); đã được đổi chỗ lại.",
    "geometry in {column!r}": "hình học trong {column!r}",
    "position in {column!r}": "vị trí trong {column!r}",
    "empty": "trống",
    "unreadable": "không đọc được",
    "out of range": "ngoài phạm vi",
    "absurd values such as the -1.797e308 'no data' number": "giá trị vô lý như số 'không có dữ liệu' -1.797e308",
    "0/0 placeholders": "giá trị thay thế 0/0",
    "{value!r} on row {number}": "{value!r} ở hàng {number}",
    "{value!r} on line {number}": "{value!r} ở dòng {number}",
    ", e.g. {examples}": ", ví dụ {examples}",
    "{n:,} {label}{examples}": "{n:,} {label}{examples}",
    "{n:,} row has no usable coordinates (empty or unreadable {what}: {parts}); it was kept as attribute-only rows.":
        "{n:,} dòng không có tọa độ dùng được ({what} trống hoặc không đọc được: {parts}); đã giữ lại thành dòng chỉ có "
        "thuộc tính.",
    "{n:,} rows have no usable coordinates (empty or unreadable {what}: {parts}); they were kept as attribute-only "
    "rows.":
        "{n:,} dòng không có tọa độ dùng được ({what} trống hoặc không đọc được: {parts}); đã giữ lại thành dòng chỉ có "
        "thuộc tính.",
    "{n:,} row has no usable coordinates (unusable {what}: {parts}); it was kept as attribute-only rows.":
        "{n:,} dòng không có tọa độ dùng được ({what} không dùng được: {parts}); đã giữ lại thành dòng chỉ có thuộc "
        "tính.",
    "{n:,} rows have no usable coordinates (unusable {what}: {parts}); they were kept as attribute-only rows.":
        "{n:,} dòng không có tọa độ dùng được ({what} không dùng được: {parts}); đã giữ lại thành dòng chỉ có thuộc "
        "tính.",
    "{crs!r} is not a CRS gisdesk knows ({e})": "{crs!r} không phải hệ tọa độ mà gisdesk biết ({e})",
    "The coordinates were taken in {crs}, as asked.": "Tọa độ được coi là thuộc {crs}, theo yêu cầu.",
    "The table does not say which CRS its x/y use": "Bảng không cho biết x/y dùng hệ tọa độ nào",
    # gisdesk/io/service_requests.py (exports of service requests)
    "none": "không có",
    "{tz!r} is not a time zone name (use one like 'Asia/Ho_Chi_Minh')":
        "{tz!r} không phải tên múi giờ (hãy dùng tên như 'Asia/Ho_Chi_Minh')",
    "statuses must map to 'open' or 'closed', not {bad!r}":
        "trạng thái phải được gán là 'open' (đang mở) hoặc 'closed' (đã đóng), không phải {bad!r}",
    "{n:,} date have a first number above 12 (day/month/year)":
        "{n:,} ngày có số đầu tiên lớn hơn 12 (ngày/tháng/năm)",
    "{n:,} dates have a first number above 12 (day/month/year)":
        "{n:,} ngày có số đầu tiên lớn hơn 12 (ngày/tháng/năm)",
    "{n:,} date have a second number above 12 (month/day/year)":
        "{n:,} ngày có số thứ hai lớn hơn 12 (tháng/ngày/năm)",
    "{n:,} dates have a second number above 12 (month/day/year)":
        "{n:,} ngày có số thứ hai lớn hơn 12 (tháng/ngày/năm)",
    "no date shows the order; AM/PM times are the American month/day/year style":
        "không ngày nào cho biết thứ tự; giờ kiểu AM/PM là kiểu tháng/ngày/năm của Mỹ",
    "no date shows the order; day/month/year is the Vietnamese style":
        "không ngày nào cho biết thứ tự; ngày/tháng/năm là kiểu của Việt Nam",
    "no date shows the order; the headers are Vietnamese, so day/month/year":
        "không ngày nào cho biết thứ tự; tên cột là tiếng Việt nên đọc theo ngày/tháng/năm",
    "The points' CRS ({crs}) cannot be converted to WGS 84 ({e}); the file's geometry was not used for positions.":
        "Không chuyển được hệ tọa độ của các điểm ({crs}) sang WGS 84 ({e}); hình học của tệp không được dùng làm vị "
        "trí.",
    "The points were converted from {crs} to longitude/latitude (WGS 84).":
        "Các điểm đã được chuyển từ {crs} sang kinh độ/vĩ độ (WGS 84).",
    "the file's point geometry": "hình học điểm của tệp",
    "this is a folder, not an export of requests": "đây là một thư mục, không phải tệp xuất phản ánh",
    "this JSON file is not UTF-8 text (byte {byte})": "tệp JSON này không phải văn bản UTF-8 (byte {byte})",
    "this is not valid JSON: {msg} at line {line}, column {col} (the file may be cut off)":
        "đây không phải JSON hợp lệ: {msg} ở dòng {line}, cột {col} (tệp có thể bị cắt cụt)",
    "this JSON is nested too deeply to be a table of records":
        "JSON này lồng nhau quá sâu, không thể là một bảng bản ghi",
    "this JSON object holds no list of records (expected an array of requests, GeoJSON or a Socrata rows.json "
    "export)":
        "đối tượng JSON này không chứa danh sách bản ghi nào (cần một mảng phản ánh, GeoJSON hoặc tệp xuất rows.json "
        "của Socrata)",
    "The records were read from the JSON key {key!r}.": "Các bản ghi được đọc từ khóa JSON {key!r}.",
    "this JSON holds a single value, not a list of records": "JSON này chỉ chứa một giá trị, không phải danh sách bản ghi",
    "this JSON array holds {kind} values, not records (objects)":
        "mảng JSON này chứa giá trị kiểu {kind}, không phải bản ghi (đối tượng)",
    "{n:,} item of the JSON array is not records (objects); it was skipped.":
        "{n:,} phần tử của mảng JSON không phải bản ghi (đối tượng); đã bỏ qua.",
    "{n:,} items of the JSON array are not records (objects); they were skipped.":
        "{n:,} phần tử của mảng JSON không phải bản ghi (đối tượng); đã bỏ qua.",
    "{n:,} record": "{n:,} bản ghi",
    "{n:,} records": "{n:,} bản ghi",
    "{n:,} key": "{n:,} khóa",
    "{n:,} keys": "{n:,} khóa",
    "Read {records} with {keys} from a JSON array ({driver}).": "Đã đọc {records} với {keys} từ một mảng JSON ({driver}).",
    "this Socrata export has no column list (meta.view.columns) or its rows are not lists":
        "tệp xuất Socrata này không có danh sách cột (meta.view.columns) hoặc các dòng không phải danh sách",
    "{n:,} row of the Socrata export do not have {width} values; missing values were left empty and extra ones "
    "dropped.":
        "{n:,} dòng của tệp xuất Socrata không có đủ {width} giá trị; giá trị thiếu được để trống và giá trị thừa bị "
        "bỏ.",
    "{n:,} rows of the Socrata export do not have {width} values; missing values were left empty and extra ones "
    "dropped.":
        "{n:,} dòng của tệp xuất Socrata không có đủ {width} giá trị; giá trị thiếu được để trống và giá trị thừa bị "
        "bỏ.",
    "Read {n:,} rows of a Socrata rows.json export ({cols} columns; {system} Socrata system columns left out).":
        "Đã đọc {n:,} dòng của tệp xuất rows.json của Socrata ({cols} cột; bỏ qua {system} cột hệ thống của Socrata).",
    "holds no table or vector layer of requests": "không chứa bảng hay lớp vector phản ánh nào",
    "The file holds several layers; requests were read from {name!r} (also: {others}).":
        "Tệp có nhiều lớp; phản ánh được đọc từ {name!r} (các lớp khác: {others}).",
    "{n:,} feature is not a single point; a point inside each was used as the request's position.":
        "{n:,} đối tượng không phải một điểm đơn; đã dùng một điểm nằm bên trong mỗi đối tượng làm vị trí phản ánh.",
    "{n:,} features are not a single point; a point inside each was used as the request's position.":
        "{n:,} đối tượng không phải một điểm đơn; đã dùng một điểm nằm bên trong mỗi đối tượng làm vị trí phản ánh.",
    "Dates like 05/06/2024 are read as day/month/year: {why}. Check a few dates and set the order if they are wrong.":
        "Ngày dạng 05/06/2024 được đọc theo ngày/tháng/năm: {why}. Hãy kiểm tra vài ngày và đặt lại thứ tự nếu sai.",
    "Dates like 05/06/2024 are read as month/day/year: {why}. Check a few dates and set the order if they are wrong.":
        "Ngày dạng 05/06/2024 được đọc theo tháng/ngày/năm: {why}. Hãy kiểm tra vài ngày và đặt lại thứ tự nếu sai.",
    "Dates like 05/06/2024 are read as day/month/year: {why}.":
        "Ngày dạng 05/06/2024 được đọc theo ngày/tháng/năm: {why}.",
    "Dates like 05/06/2024 are read as month/day/year: {why}.":
        "Ngày dạng 05/06/2024 được đọc theo tháng/ngày/năm: {why}.",
    "columns {lat!r} and {lon!r} are latitude and longitude": "các cột {lat!r} và {lon!r} là vĩ độ và kinh độ",
    "column {c!r} is named as the {field}": "cột {c!r} có tên trùng với trường {field}",
    "column {c!r} contains {alias!r} (a guess: check it)": "cột {c!r} chứa {alias!r} (chỉ là phỏng đoán: hãy kiểm tra)",
    "Open311 GeoReport v2 field names": "tên trường Open311 GeoReport v2",
    "the NYC 311 export layout": "cấu trúc tệp xuất 311 của New York",
    "the Socrata API layout (NYC 311)": "cấu trúc API Socrata (311 New York)",
    "Vietnamese column names": "tên cột tiếng Việt",
    "column names matched one by one": "tên cột được khớp từng cột một",
    "The columns look like {layout}: {n:,} field was recognised.":
        "Các cột có dạng {layout}: đã nhận ra {n:,} trường.",
    "The columns look like {layout}: {n:,} fields were recognised.":
        "Các cột có dạng {layout}: đã nhận ra {n:,} trường.",
    "No column was found for {fields}; choose one if the export has it.":
        "Không tìm thấy cột cho {fields}; hãy chọn cột nếu tệp xuất có.",
    "Positions come from {lat!r}/{lon!r}; where they are empty, {location!r} is used.":
        "Vị trí lấy từ {lat!r}/{lon!r}; ở dòng nào các cột này trống thì dùng {location!r}.",
    "Positions come from {lat!r}/{lon!r}.": "Vị trí lấy từ {lat!r}/{lon!r}.",
    "Positions come from the column {location!r}.": "Vị trí lấy từ cột {location!r}.",
    "Projected coordinates {x!r}/{y!r} were found (they are US State Plane feet: EPSG:2263 for New York City); "
    "their CRS is not known, so they are used only once one is chosen.":
        "Tìm thấy tọa độ phẳng {x!r}/{y!r} (tính bằng feet theo hệ State Plane của Mỹ: EPSG:2263 cho thành phố New "
        "York); chưa biết hệ tọa độ nên chỉ dùng sau khi được chọn.",
    "Projected coordinates {x!r}/{y!r} were found; their CRS is not known, so they are used only once one is chosen.":
        "Tìm thấy tọa độ phẳng {x!r}/{y!r}; chưa biết hệ tọa độ nên chỉ dùng sau khi được chọn.",
    "No coordinate columns were found: the requests will have no position unless the file has its own geometry.":
        "Không tìm thấy cột tọa độ: các phản ánh sẽ không có vị trí trừ khi tệp có hình học riêng.",
    "Statuses not known as open or closed: {statuses}; they will count as open unless mapped.":
        "Các trạng thái không rõ là đang mở hay đã đóng: {statuses}; sẽ được tính là đang mở nếu không được gán.",
    "no column looks like a service request field (id, date, status, category, position); the columns are "
    "{columns}. Map the columns by hand.":
        "không cột nào giống trường phản ánh (mã, ngày, trạng thái, lĩnh vực, vị trí); các cột hiện có là {columns}. "
        "Hãy tự gán các cột.",
    "The source column {column!r} was kept as {name!r} (its name is a request field).":
        "Cột nguồn {column!r} được giữ lại với tên {name!r} (tên gốc trùng một trường phản ánh).",
    "The file holds no requests (no data rows).": "Tệp không có phản ánh nào (không có dòng dữ liệu).",
    "The mapping takes the {what} from a column {name!r}, which this file does not have; that field was left empty.":
        "Cách gán cột lấy {what} từ cột {name!r} nhưng tệp này không có cột đó; trường này được để trống.",
    "{n:,} value of {col!r} ({field}) is not a date (e.g. {examples}); it was left empty.":
        "{n:,} giá trị của {col!r} ({field}) không phải ngày tháng (ví dụ {examples}); đã để trống.",
    "{n:,} values of {col!r} ({field}) are not a date (e.g. {examples}); they were left empty.":
        "{n:,} giá trị của {col!r} ({field}) không phải ngày tháng (ví dụ {examples}); đã để trống.",
    "{n:,} date of {col!r} ({field}) is before {first} or after {last} (e.g. {examples}), which is a placeholder, "
    "not a date; left empty.":
        "{n:,} ngày của {col!r} ({field}) trước năm {first} hoặc sau năm {last} (ví dụ {examples}), là giá trị thay "
        "thế chứ không phải ngày thật; đã để trống.",
    "{n:,} dates of {col!r} ({field}) are before {first} or after {last} (e.g. {examples}), which is a placeholder, "
    "not a date; left empty.":
        "{n:,} ngày của {col!r} ({field}) trước năm {first} hoặc sau năm {last} (ví dụ {examples}), là giá trị thay "
        "thế chứ không phải ngày thật; đã để trống.",
    "The times in {col!r} ({field}) mix time zones: {zones} and {n:,} without a zone (read as {tz} time). Each was "
    "converted with its own zone; check that the export is consistent.":
        "Thời gian trong {col!r} ({field}) lẫn nhiều múi giờ: {zones} và {n:,} giá trị không có múi giờ (đọc theo giờ "
        "{tz}). Mỗi giá trị được chuyển theo múi giờ riêng; hãy kiểm tra tính nhất quán của tệp xuất.",
    "The times in {col!r} ({field}) mix time zones: {zones}. Each was converted with its own zone; check that the "
    "export is consistent.":
        "Thời gian trong {col!r} ({field}) lẫn nhiều múi giờ: {zones}. Mỗi giá trị được chuyển theo múi giờ riêng; "
        "hãy kiểm tra tính nhất quán của tệp xuất.",
    "{n:,} time of {col!r} fall in a daylight-saving change of {tz} (an hour that happens twice or not at all); the "
    "summer-time reading was used.":
        "{n:,} thời điểm của {col!r} rơi vào lúc đổi giờ mùa hè của {tz} (giờ lặp lại hai lần hoặc không tồn tại); đã "
        "dùng cách đọc theo giờ mùa hè.",
    "{n:,} times of {col!r} fall in a daylight-saving change of {tz} (an hour that happens twice or not at all); "
    "the summer-time reading was used.":
        "{n:,} thời điểm của {col!r} rơi vào lúc đổi giờ mùa hè của {tz} (giờ lặp lại hai lần hoặc không tồn tại); đã "
        "dùng cách đọc theo giờ mùa hè.",
    "Times without a zone in {cols} were read as {tz} time{offset}.":
        "Thời gian không có múi giờ trong {cols} được đọc theo giờ {tz}{offset}.",
    "Dates like 05/06/2024 were read as day/month/year: {why}. If they are wrong, change the date order in the "
    "column mapping.":
        "Ngày dạng 05/06/2024 đã được đọc theo ngày/tháng/năm: {why}. Nếu sai, hãy đổi thứ tự ngày trong phần gán cột.",
    "Dates like 05/06/2024 were read as month/day/year: {why}. If they are wrong, change the date order in the "
    "column mapping.":
        "Ngày dạng 05/06/2024 đã được đọc theo tháng/ngày/năm: {why}. Nếu sai, hãy đổi thứ tự ngày trong phần gán cột.",
    "Dates written with slashes were read as day/month/year ({why}).":
        "Ngày viết bằng dấu gạch chéo được đọc theo ngày/tháng/năm ({why}).",
    "Dates written with slashes were read as month/day/year ({why}).":
        "Ngày viết bằng dấu gạch chéo được đọc theo tháng/ngày/năm ({why}).",
    "There is no status column: {closed:,} requests with a closing time were taken as closed, the other {open:,} "
    "as open.":
        "Không có cột trạng thái: {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản ánh còn lại "
        "được coi là đang mở.",
    "There is no status column and no closing time: all {n:,} requests were taken as open. Choose the status column "
    "in the mapping if the export has one.":
        "Không có cột trạng thái và thời điểm đóng: cả {n:,} phản ánh được coi là đang mở. Hãy chọn cột trạng thái "
        "trong phần gán cột nếu tệp xuất có.",
    "{n:,} request has a status that is not known as open or closed: {listed}; it was taken as open. Map these "
    "statuses in the column mapping.":
        "{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng: {listed}; đã được coi là đang mở. Hãy gán các "
        "trạng thái này trong phần gán cột.",
    "{n:,} requests have a status that is not known as open or closed: {listed}; they were taken as open. Map these "
    "statuses in the column mapping.":
        "{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng: {listed}; đã được coi là đang mở. Hãy gán các "
        "trạng thái này trong phần gán cột.",
    "{n:,} request has no status; {closed:,} with a closing time was taken as closed, the other {open:,} as open.":
        "{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản "
        "ánh còn lại được coi là đang mở.",
    "{n:,} request has no status; {closed:,} with a closing time were taken as closed, the other {open:,} as open.":
        "{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản "
        "ánh còn lại được coi là đang mở.",
    "{n:,} requests have no status; {closed:,} with a closing time was taken as closed, the other {open:,} as open.":
        "{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản "
        "ánh còn lại được coi là đang mở.",
    "{n:,} requests have no status; {closed:,} with a closing time were taken as closed, the other {open:,} as open.":
        "{n:,} phản ánh không có trạng thái; {closed:,} phản ánh có thời điểm đóng được coi là đã đóng, {open:,} phản "
        "ánh còn lại được coi là đang mở.",
    "Statuses: {open:,} open, {closed:,} closed (from {n:,} distinct status value).":
        "Trạng thái: {open:,} đang mở, {closed:,} đã đóng (từ {n:,} giá trị trạng thái khác nhau).",
    "Statuses: {open:,} open, {closed:,} closed (from {n:,} distinct status values).":
        "Trạng thái: {open:,} đang mở, {closed:,} đã đóng (từ {n:,} giá trị trạng thái khác nhau).",
    "Only one of latitude and longitude is mapped; both are needed, so they were not used for positions.":
        "Chỉ một trong hai cột vĩ độ và kinh độ được gán; cần cả hai nên chúng không được dùng làm vị trí.",
    "{row} in {source}": "{row} trong {source}",
    "No position columns are mapped and the file has no geometry: the {n:,} requests are in the table but not on "
    "the map.":
        "Chưa gán cột vị trí nào và tệp không có hình học: {n:,} phản ánh có trong bảng nhưng không hiện trên bản đồ.",
    "{n:,} from {source}": "{n:,} từ {source}",
    "{k:,} of {n:,} requests have a location ({sources}).": "{k:,}/{n:,} phản ánh có vị trí ({sources}).",
    "{n:,} request has latitude and longitude the wrong way round; it was swapped back.":
        "{n:,} phản ánh bị đảo ngược vĩ độ và kinh độ; đã được đổi chỗ lại.",
    "{n:,} requests have latitude and longitude the wrong way round; they were swapped back.":
        "{n:,} phản ánh bị đảo ngược vĩ độ và kinh độ; đã được đổi chỗ lại.",
    "{n:,} position was converted from {crs} to longitude/latitude.":
        "{n:,} vị trí đã được chuyển từ {crs} sang kinh độ/vĩ độ.",
    "{n:,} positions were converted from {crs} to longitude/latitude.":
        "{n:,} vị trí đã được chuyển từ {crs} sang kinh độ/vĩ độ.",
    "request {id!r}": "phản ánh {id!r}",
    "row {number}": "dòng {number}",
    "{n:,} with no coordinates at all{examples}": "{n:,} phản ánh hoàn toàn không có tọa độ{examples}",
    "{n:,} with only half a coordinate pair{examples}": "{n:,} phản ánh chỉ có một nửa cặp tọa độ{examples}",
    "{n:,} with coordinates that cannot be read{examples}": "{n:,} phản ánh có tọa độ không đọc được{examples}",
    "{n:,} with a 0 latitude or longitude (a placeholder, not a place){examples}":
        "{n:,} phản ánh có vĩ độ hoặc kinh độ bằng 0 (giá trị thay thế, không phải địa điểm){examples}",
    "{n:,} with coordinates outside any possible range{examples}":
        "{n:,} phản ánh có tọa độ nằm ngoài mọi phạm vi có thể{examples}",
    "{n:,} with projected coordinates whose CRS is not known{examples}":
        "{n:,} phản ánh có tọa độ phẳng chưa biết hệ tọa độ{examples}",
    "{k:,} of {n:,} requests have no usable location ({parts}); they were kept in the table but are not on the map.":
        "{k:,}/{n:,} phản ánh không có vị trí dùng được ({parts}); vẫn được giữ trong bảng nhưng không hiện trên bản "
        "đồ.",
    "{n:,} position was dropped as impossible (0/0 placeholders or values out of range); those requests have no "
    "location.":
        "{n:,} vị trí bị loại bỏ vì không thể có thật (giá trị thay thế 0/0 hoặc ngoài phạm vi); các phản ánh đó không "
        "có vị trí.",
    "{n:,} positions were dropped as impossible (0/0 placeholders or values out of range); those requests have no "
    "location.":
        "{n:,} vị trí bị loại bỏ vì không thể có thật (giá trị thay thế 0/0 hoặc ngoài phạm vi); các phản ánh đó không "
        "có vị trí.",
    "the coordinates": "các tọa độ",
    "{n:,} request could only be placed from projected coordinates ({cols}), but their CRS is not known; choose it "
    "in the column mapping (for example EPSG:2263 for New York State Plane, EPSG:9214 for Huế's VN-2000) to put them "
    "on the map.":
        "{n:,} phản ánh chỉ định vị được từ tọa độ phẳng ({cols}) nhưng chưa biết hệ tọa độ; hãy chọn hệ tọa độ trong "
        "phần gán cột (ví dụ EPSG:2263 cho State Plane New York, EPSG:9214 cho VN-2000 Huế) để đưa lên bản đồ.",
    "{n:,} requests could only be placed from projected coordinates ({cols}), but their CRS is not known; choose it "
    "in the column mapping (for example EPSG:2263 for New York State Plane, EPSG:9214 for Huế's VN-2000) to put them "
    "on the map.":
        "{n:,} phản ánh chỉ định vị được từ tọa độ phẳng ({cols}) nhưng chưa biết hệ tọa độ; hãy chọn hệ tọa độ trong "
        "phần gán cột (ví dụ EPSG:2263 cho State Plane New York, EPSG:9214 cho VN-2000 Huế) để đưa lên bản đồ.",
    "{row} at {pos}": "{row} tại {pos}",
    "{n:,} request lies more than {limit:,.0f} km from the others (which centre on {centre}), e.g. {examples}; it "
    "was kept on the map, but check its coordinates.":
        "{n:,} phản ánh nằm cách các phản ánh khác (tập trung quanh {centre}) hơn {limit:,.0f} km, ví dụ {examples}; "
        "vẫn được giữ trên bản đồ nhưng hãy kiểm tra tọa độ.",
    "{n:,} requests lie more than {limit:,.0f} km from the others (which centre on {centre}), e.g. {examples}; they "
    "were kept on the map, but check their coordinates.":
        "{n:,} phản ánh nằm cách các phản ánh khác (tập trung quanh {centre}) hơn {limit:,.0f} km, ví dụ {examples}; "
        "vẫn được giữ trên bản đồ nhưng hãy kiểm tra tọa độ.",
    "There is no id column: requests cannot be matched with later exports or with an Open311 feed. Choose the id "
    "column in the mapping if the export has one.":
        "Không có cột mã phản ánh: không thể đối chiếu phản ánh với các lần xuất sau hay với nguồn cấp dữ liệu Open311. "
        "Hãy chọn cột mã trong phần gán cột nếu tệp xuất có.",
    "{n:,} request has no id; it was kept.": "{n:,} phản ánh không có mã; vẫn được giữ lại.",
    "{n:,} requests have no id; they were kept.": "{n:,} phản ánh không có mã; vẫn được giữ lại.",
    "{n:,} requests share {ids:,} id (e.g. {examples}); {exact:,} of them repeat another row exactly; all were kept: "
    "check the export for repeated rows.":
        "{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); {exact:,} trong số đó trùng hoàn toàn với một dòng "
        "khác; tất cả đều được giữ lại: hãy kiểm tra các dòng lặp trong tệp xuất.",
    "{n:,} requests share {ids:,} ids (e.g. {examples}); {exact:,} of them repeat another row exactly; all were "
    "kept: check the export for repeated rows.":
        "{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); {exact:,} trong số đó trùng hoàn toàn với một dòng "
        "khác; tất cả đều được giữ lại: hãy kiểm tra các dòng lặp trong tệp xuất.",
    "{n:,} requests share {ids:,} id (e.g. {examples}); all were kept: check the export for repeated rows.":
        "{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); tất cả đều được giữ lại: hãy kiểm tra các dòng lặp "
        "trong tệp xuất.",
    "{n:,} requests share {ids:,} ids (e.g. {examples}); all were kept: check the export for repeated rows.":
        "{n:,} phản ánh dùng chung {ids:,} mã (ví dụ {examples}); tất cả đều được giữ lại: hãy kiểm tra các dòng lặp "
        "trong tệp xuất.",
    "{n:,} request was closed before it was made (e.g. {examples}); the times were kept as given.":
        "{n:,} phản ánh được đóng trước khi được gửi (ví dụ {examples}); thời gian được giữ nguyên như trong tệp.",
    "{n:,} requests were closed before they were made (e.g. {examples}); the times were kept as given.":
        "{n:,} phản ánh được đóng trước khi được gửi (ví dụ {examples}); thời gian được giữ nguyên như trong tệp.",
    "{n:,} request was made in the future according to the export; check the date order (day/month) and the time "
    "zone.":
        "Theo tệp xuất, {n:,} phản ánh được gửi vào thời điểm trong tương lai; hãy kiểm tra thứ tự ngày (ngày/tháng) và "
        "múi giờ.",
    "{n:,} requests were made in the future according to the export; check the date order (day/month) and the time "
    "zone.":
        "Theo tệp xuất, {n:,} phản ánh được gửi vào thời điểm trong tương lai; hãy kiểm tra thứ tự ngày (ngày/tháng) và "
        "múi giờ.",
    "The requests lie around {where}, but their times, which carry no zone, were read as {tz} time; if they are "
    "local times there, choose that place's time zone in the mapping.":
        "Các phản ánh nằm quanh {where}, nhưng thời gian của chúng (không ghi múi giờ) đã được đọc theo giờ {tz}; nếu "
        "đó là giờ địa phương tại nơi ấy, hãy chọn múi giờ của nơi đó trong phần gán cột.",
    "x/y <- {x!r}/{y!r} in {crs}": "x/y <- {x!r}/{y!r} theo {crs}",
    "x/y <- {x!r}/{y!r} in an unknown CRS": "x/y <- {x!r}/{y!r} theo hệ tọa độ chưa biết",
    "Columns used: {columns}.": "Các cột được dùng: {columns}.",
    # gisdesk/io/sensor_layers.py (sensor layers saved in a project)
    "The layer was saved showing {param}, but there are no {param} readings any more; it shows the default "
    "parameter instead.":
        "Lớp được lưu khi đang hiển thị {param}, nhưng nay không còn số đo {param} nào; lớp hiển thị thông số mặc "
        "định thay thế.",
    "layer {name!r} has neither data nor source": "lớp {name!r} không có dữ liệu cũng không có nguồn",
    "The saved thresholds are not valid ({e}); QCVN 05:2023/BTNMT is used instead.":
        "Các ngưỡng đã lưu không hợp lệ ({e}); dùng QCVN 05:2023/BTNMT thay thế.",
    # gisdesk/analysis/requests_input.py (service requests read for an analysis)
    "the time a request was made (requested_datetime; e.g. 'Created Date', 'Ngày tạo')":
        "thời điểm gửi phản ánh (requested_datetime; ví dụ 'Created Date', 'Ngày tạo')",
    "the status (status; e.g. 'Status', 'Trạng thái') or a closing time (closed_datetime)":
        "trạng thái (status; ví dụ 'Status', 'Trạng thái') hoặc thời điểm đóng (closed_datetime)",
    "the category (service_name; e.g. 'Complaint Type', 'Lĩnh vực')":
        "lĩnh vực (service_name; ví dụ 'Complaint Type', 'Lĩnh vực')",
    "the agency (agency_responsible; e.g. 'Agency', 'Đơn vị xử lý')":
        "đơn vị xử lý (agency_responsible; ví dụ 'Agency', 'Đơn vị xử lý')",
    "the due time (expected_datetime; e.g. 'Due Date', 'Hạn xử lý')":
        "hạn xử lý (expected_datetime; ví dụ 'Due Date', 'Hạn xử lý')",
    "No request of {layer} was received inside the current time window ({window}); widen the time window.":
        "Không có phản ánh nào của {layer} được tiếp nhận trong khoảng thời gian hiện tại ({window}); hãy mở rộng "
        "khoảng thời gian.",
    "{n:,} requests received outside the time window ({window}) were left out.":
        "Đã bỏ qua {n:,} phản ánh nhận ngoài khoảng thời gian ({window}).",
    "{n:,} {what} received outside the time window ({window}) were left out.":
        "Đã bỏ qua {n:,} {what} nhận ngoài khoảng thời gian ({window}).",
    "{layer} does not look like a layer of service requests: no column gives {wanted}. Its columns: {columns}.{how} "
    "Open the file as service requests (Layer > Open service requests…) to map the columns by hand.":
        "{layer} không giống một lớp phản ánh hiện trường: không có cột nào cho biết {wanted}. Các cột của lớp: "
        "{columns}.{how} Hãy mở tệp dưới dạng phản ánh (Lớp > Mở phản ánh hiện trường…) để tự gán các cột.",
    "{n:,} value of {col!r} ({field}) could not be read as a date (e.g. {examples}); it was left empty.":
        "{n:,} giá trị của {col!r} ({field}) không đọc được thành ngày tháng (ví dụ {examples}); đã để trống.",
    "{n:,} values of {col!r} ({field}) could not be read as a date (e.g. {examples}); they were left empty.":
        "{n:,} giá trị của {col!r} ({field}) không đọc được thành ngày tháng (ví dụ {examples}); đã để trống.",
    "Times without a zone in {cols} were read as {tz} time.":
        "Thời gian không có múi giờ trong {cols} được đọc theo giờ {tz}.",
    "{layer} has no status column: requests with a closing time are taken as closed, the others as open.":
        "{layer} không có cột trạng thái: phản ánh có thời điểm đóng được coi là đã đóng, các phản ánh khác là đang mở.",
    "{n:,} request has a status not known as open or closed ({listed}); it was taken as open.":
        "{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng ({listed}); đã được coi là đang mở.",
    "{n:,} requests have a status not known as open or closed ({listed}); they were taken as open.":
        "{n:,} phản ánh có trạng thái không rõ là đang mở hay đã đóng ({listed}); đã được coi là đang mở.",
    "{field} from {col!r}": "{field} lấy từ {col!r}",
    "{layer} is not opened as service requests, so its columns were matched to the request fields ({mapped}); ages "
    "and overdue requests are computed for now ({now:%Y-%m-%d %H:%M} in Huế).":
        "{layer} không được mở dưới dạng phản ánh nên các cột đã được khớp với các trường phản ánh ({mapped}); tuổi và "
        "tình trạng quá hạn của phản ánh được tính tại thời điểm hiện tại ({now:%d/%m/%Y %H:%M} giờ Huế).",
    "{layer}: the column {col!r} holds no readable date, so the requests cannot be placed in time.":
        "{layer}: cột {col!r} không có ngày tháng nào đọc được nên không thể xếp các phản ánh theo thời gian.",
    "{layer} has no coordinate reference system; set one (Layer properties) first.":
        "{layer} chưa có hệ tọa độ; hãy đặt hệ tọa độ trước (Thuộc tính lớp).",
}
