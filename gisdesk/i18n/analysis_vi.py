"""Vietnamese texts of the analysis toolbox (Qt context "analysis"): English source text -> Vietnamese.

The toolbox shows every algorithm's name, group, description, parameter labels, help and choice labels, and the
fixed progress messages, through ``QCoreApplication.translate("analysis", text)`` (``widgets.toolbox.atr``).
These texts are class attributes, which lupdate cannot see: ``translate_vi.py`` writes this table into the
"analysis" context of gisdesk_vi.ts (after lupdate) and compiles the .qm.

Conventions: phản ánh (service request), phường/xã (ward), lĩnh vực (category), đơn vị xử lý (agency), trạm quan
trắc (station), ngưỡng (limit), điểm nóng / điểm lạnh (hot / cold spot), mật độ hạt nhân (kernel density), thống kê
vùng (zonal statistics); decimal comma and dot as thousands separator (0,22 km², 1.000 dân). Column names
(nearest_distance_m, pct_late...), result values quoted from the data ("Hot spot, 99% confidence"), keywords the
user types (mean, min...) and units stay as they are.
"""

from __future__ import annotations

VI: dict[str, str] = {
    # -- groups ------------------------------------------------------------------------------------------------
    "Counting and summaries": "Đếm và tổng hợp",
    "Hot spots and density": "Điểm nóng và mật độ",
    "Proximity": "Phân tích lân cận",
    "Rasters": "Raster",
    "Sensors": "Cảm biến quan trắc",
    "Time and service levels": "Thời gian và tình hình xử lý",
    # -- buffer ------------------------------------------------------------------------------------------------
    "Buffer": "Vùng đệm",
    "Draws the area within a distance of each feature of a layer (a circle around a point, a band along a road). "
    "The distance is in metres, measured in a metric CRS; the result is given back in the layer's own CRS. With "
    "'Dissolve', overlapping areas merge into one feature. The area of each result is in area_m2 (square metres).":
        "Vẽ vùng nằm trong một khoảng cách quanh mỗi đối tượng của lớp (hình tròn quanh một điểm, dải dọc theo một "
        "con đường). Khoảng cách tính bằng mét, đo trong một hệ tọa độ có đơn vị mét; kết quả được trả về trong hệ "
        "tọa độ của chính lớp đó. Khi chọn 'Gộp thành một đối tượng', các vùng chồng lên nhau được gộp lại thành "
        "một đối tượng. Diện tích của mỗi vùng kết quả nằm trong cột area_m2 (mét vuông).",
    "Input layer": "Lớp đầu vào",
    "Distance": "Khoảng cách",
    "Dissolve into one feature": "Gộp thành một đối tượng",
    # -- count points in polygons ------------------------------------------------------------------------------
    "Count points in polygons": "Đếm điểm trong đa giác",
    "How many points fall in each polygon: for example service requests per ward. The result is the polygon "
    "layer with a 'count' column (a point exactly on the border of two polygons counts in both), coloured by "
    "natural breaks. Choose a category or status field of the points to get one more column per value "
    "('n_<value>' for categories, 'n_status_<value>' for statuses; at most 30 per field, the least common values "
    "are added up in an 'other' column). Choose a population field of the polygons to get 'rate_per_1000': points "
    "per 1,000 residents, empty where the population is missing or 0; the map is then coloured by the rate. "
    "Points are taken in the polygons' coordinate system; the time window applies to time-aware layers.":
        "Đếm số điểm nằm trong mỗi đa giác, ví dụ số phản ánh trong từng phường/xã. Kết quả là lớp đa giác có thêm "
        "cột 'count' (một điểm nằm đúng trên ranh giới giữa hai đa giác được tính cho cả hai), tô màu theo phân "
        "loại ngắt tự nhiên. Chọn một trường lĩnh vực hoặc trạng thái của lớp điểm để có thêm một cột cho mỗi giá "
        "trị ('n_<giá trị>' cho lĩnh vực, 'n_status_<giá trị>' cho trạng thái; tối đa 30 cột cho mỗi trường, các "
        "giá trị ít gặp nhất được cộng chung vào cột 'other'). Chọn một trường dân số của lớp đa giác để có cột "
        "'rate_per_1000': số điểm trên 1.000 dân, để trống ở nơi thiếu số dân hoặc dân số bằng 0; khi đó bản đồ "
        "được tô màu theo tỷ lệ này. Các điểm được đặt vào hệ tọa độ của lớp đa giác; khoảng thời gian đang chọn "
        "áp dụng cho các lớp có dữ liệu thời gian.",
    "Points": "Lớp điểm",
    "The points to count, e.g. service requests.": "Các điểm cần đếm, ví dụ các phản ánh.",
    "Polygons": "Lớp đa giác",
    "The areas to count in, e.g. wards.": "Các vùng dùng để đếm điểm, ví dụ phường/xã.",
    "Count per category": "Đếm theo lĩnh vực",
    "A field of the points: one count column per value (e.g. the request category).":
        "Một trường của lớp điểm: mỗi giá trị một cột đếm (ví dụ lĩnh vực phản ánh).",
    "Count per status": "Đếm theo trạng thái",
    "A field of the points: one count column per value (e.g. open / closed).":
        "Một trường của lớp điểm: mỗi giá trị một cột đếm (ví dụ đang mở / đã đóng).",
    "Population": "Dân số",
    "A numeric field of the polygons: adds the number of points per 1,000 residents.":
        "Một trường số của lớp đa giác: thêm cột số điểm trên 1.000 dân.",
    # -- hot spots ---------------------------------------------------------------------------------------------
    "Hot spots (Getis-Ord Gi*)": "Điểm nóng (Getis-Ord Gi*)",
    "Finds where points (e.g. requests) cluster more than chance would give (hot spots) and where there are "
    "fewer than expected (cold spots). The points are counted on a grid of hexagons or squares, or in the "
    "polygons of a layer such as the wards; each area's count together with its neighbours' is compared with the "
    "whole map (the Getis-Ord Gi* statistic). The result colours each area by confidence, from \"Hot spot, 99% "
    "confidence\" to \"Cold spot, 99% confidence\"; gi_z is the z-score and p_value the chance of a pattern this "
    "strong arising at random (from 999 random rearrangements by default). The cell size is in metres: the "
    "distance between the centres of neighbouring cells.":
        "Tìm những nơi các điểm (ví dụ phản ánh) tập trung nhiều hơn mức ngẫu nhiên (điểm nóng) và những nơi ít hơn "
        "mức kỳ vọng (điểm lạnh). Các điểm được đếm trên một lưới lục giác hoặc ô vuông, hoặc trong các đa giác "
        "của một lớp như phường/xã; số đếm của mỗi vùng cộng với các vùng lân cận được so sánh với toàn bản đồ "
        "(thống kê Getis-Ord Gi*). Kết quả tô màu mỗi vùng theo độ tin cậy, từ \"Hot spot, 99% confidence\" (điểm "
        "nóng, độ tin cậy 99%) đến \"Cold spot, 99% confidence\" (điểm lạnh, độ tin cậy 99%); gi_z là điểm z "
        "(z-score) và p_value là xác suất một mẫu hình mạnh như vậy xuất hiện do ngẫu nhiên (mặc định tính từ 999 "
        "lần hoán vị ngẫu nhiên). Kích thước ô tính bằng mét: là khoảng cách giữa tâm của hai ô kề nhau.",
    "The points to count (e.g. service requests).": "Các điểm cần đếm (ví dụ các phản ánh).",
    "Value to sum": "Giá trị cần cộng",
    "Sum this numeric column per area instead of counting points (values must be 0 or more).":
        "Cộng giá trị của cột số này theo từng vùng thay vì đếm điểm (giá trị phải từ 0 trở lên).",
    "Areas": "Đơn vị vùng",
    "What the points are counted in.": "Đơn vị vùng dùng để đếm điểm.",
    "Hexagon grid": "Lưới lục giác",
    "Square grid": "Lưới ô vuông",
    "Polygons of a layer (e.g. wards)": "Đa giác của một lớp (ví dụ phường/xã)",
    "Cell size": "Kích thước ô",
    "For grids: the distance between the centres of neighbouring cells (a 500 m hexagon covers 0.22 km²).":
        "Với lưới: khoảng cách giữa tâm của hai ô kề nhau (một ô lục giác 500 m có diện tích 0,22 km²).",
    "Polygon layer": "Lớp đa giác",
    "Needed when the areas are the polygons of a layer.": "Cần khi đơn vị vùng là các đa giác của một lớp.",
    "Empty grid cells": "Ô lưới trống",
    "Which empty cells of a grid take part.": "Những ô trống nào của lưới được đưa vào tính toán.",
    "Keep those next to cells with points": "Giữ các ô kề với ô có điểm",
    "Keep every cell over the points' extent": "Giữ mọi ô trong phạm vi của các điểm",
    "Permutations": "Số lần hoán vị",
    "Random rearrangements used for the p-values; 0 uses the normal approximation.":
        "Số lần hoán vị ngẫu nhiên dùng để tính giá trị p; 0 = dùng xấp xỉ phân phối chuẩn.",
    # -- kernel density ----------------------------------------------------------------------------------------
    "Kernel density (heat map raster)": "Mật độ hạt nhân (raster bản đồ nhiệt)",
    "Turns points (e.g. requests) into a smooth surface showing where they are dense, written as a GeoTIFF raster "
    "in metres. Each point spreads its weight over a circle whose radius is the bandwidth: with a 500 m "
    "bandwidth, a request counts fully at its own location, less and less farther away, and not at all beyond "
    "500 m (quartic kernel, as QGIS's heatmap; the Gaussian kernel's bandwidth is its standard deviation and it "
    "fades out more gently). A larger bandwidth gives a smoother, broader picture; a smaller one shows individual "
    "streets. Values are points per km² (or the weight field's total per km²), so the raster summed over its area "
    "gives back the number of points; \"Raw kernel sum\" gives the plain sum of kernel values instead (1 at a "
    "lone point, as QGIS's raw heatmap). Leave the bandwidth empty to have it chosen from the spread of the "
    "points; the summary says which value was used and why.":
        "Chuyển các điểm (ví dụ phản ánh) thành một bề mặt liên tục cho thấy nơi chúng dày đặc, ghi ra dưới dạng "
        "raster GeoTIFF theo đơn vị mét. Mỗi điểm phân bổ trọng số của nó trên một hình tròn có bán kính bằng băng "
        "thông: với băng thông 500 m, một phản ánh được tính trọn vẹn tại chính vị trí của nó, giảm dần khi ra xa "
        "và bằng 0 ở ngoài 500 m (hạt nhân bậc bốn, như bản đồ nhiệt của QGIS; với hạt nhân Gauss, băng thông là "
        "độ lệch chuẩn và giá trị giảm dần êm hơn). Băng thông lớn cho bức tranh mượt và rộng hơn; băng thông nhỏ "
        "cho thấy từng tuyến phố. Giá trị là số điểm trên km² (hoặc tổng trường trọng số trên km²), nên cộng "
        "raster trên toàn bộ diện tích sẽ được lại số điểm; \"Tổng hạt nhân thô\" thay vào đó cho tổng thuần các "
        "giá trị hạt nhân (bằng 1 tại một điểm đơn lẻ, như bản đồ nhiệt thô của QGIS). Để trống băng thông để "
        "chương trình tự chọn theo độ phân tán của các điểm; phần tóm tắt cho biết giá trị đã dùng và lý do.",
    "The points (e.g. service requests).": "Các điểm (ví dụ các phản ánh).",
    "Weight": "Trọng số",
    "A numeric column giving each point's weight (default: every point counts 1).":
        "Một cột số cho biết trọng số của mỗi điểm (mặc định: mỗi điểm tính là 1).",
    "Bandwidth (radius)": "Băng thông (bán kính)",
    "How far each point's weight spreads; empty: chosen from the data by a rule of thumb.":
        "Trọng số của mỗi điểm lan ra bao xa; để trống: tự chọn theo dữ liệu bằng quy tắc kinh nghiệm.",
    "The raster's cell size; empty: a tenth of the bandwidth.":
        "Kích thước ô của raster; để trống: bằng một phần mười băng thông.",
    "Kernel": "Hàm hạt nhân",
    "Quartic (as the QGIS heatmap)": "Bậc bốn (như bản đồ nhiệt của QGIS)",
    "Gaussian": "Gauss",
    "Output values": "Giá trị đầu ra",
    "Points per km²": "Số điểm trên km²",
    "Raw kernel sum": "Tổng hạt nhân thô",
    # -- distance to the nearest facility ----------------------------------------------------------------------
    "Distance to the nearest facility": "Khoảng cách đến cơ sở gần nhất",
    "For each feature of the input layer (e.g. service requests or wards), the distance in metres to the nearest "
    "feature of the facilities layer (schools, clinics, a road), measured from edge to edge in a metric CRS, and "
    "that facility's label when a label field is chosen. With a largest search distance, features with no "
    "facility that close get no match (an empty distance). The new layer holds the input features with "
    "nearest_distance_m (metres) and is coloured by it.":
        "Với mỗi đối tượng của lớp đầu vào (ví dụ phản ánh hoặc phường/xã), tính khoảng cách bằng mét đến đối tượng "
        "gần nhất của lớp cơ sở (trường học, trạm y tế, một con đường), đo từ mép đến mép trong một hệ tọa độ có "
        "đơn vị mét, kèm nhãn của cơ sở đó khi có chọn trường nhãn. Khi đặt khoảng cách tìm kiếm tối đa, các đối "
        "tượng không có cơ sở nào trong phạm vi đó sẽ không được ghép (khoảng cách để trống). Lớp mới gồm các đối "
        "tượng đầu vào với cột nearest_distance_m (mét) và được tô màu theo cột này.",
    "The features to measure from, e.g. service requests.": "Các đối tượng cần đo khoảng cách, ví dụ các phản ánh.",
    "Facilities": "Lớp cơ sở",
    "The features to measure to: any geometry.": "Các đối tượng đích để đo khoảng cách tới: hình học bất kỳ.",
    "Label of the facilities": "Nhãn của cơ sở",
    "A column of the facilities copied as nearest_<column> (e.g. the school's name).":
        "Một cột của lớp cơ sở, được chép sang thành cột nearest_<tên cột> (ví dụ tên trường học).",
    "Largest search distance": "Khoảng cách tìm kiếm tối đa",
    "Leave empty to search without limit.": "Để trống để tìm không giới hạn khoảng cách.",
    # -- hours over the limit per sensor -----------------------------------------------------------------------
    "Hours over the limit per sensor": "Số giờ vượt ngưỡng theo trạm quan trắc",
    "How many hours each sensor station spent over a limit in the time window, and, with wards, how many in each "
    "ward. The readings are averaged per clock hour; an hour counts as over when its mean is strictly greater than "
    "the limit, and hours without readings are counted as missing, never as over. The default limit is QCVN "
    "05:2023/BTNMT's 1-hour limit for the parameter, or its 24-hour limit where it sets no 1-hour limit (PM2.5 "
    "and PM10: then an hour over it signals bad air but is not a legal exceedance). The result is a point layer "
    "of the stations (hours over, % of the hours with data, highest hourly mean, first and last hour over, in Huế "
    "time) and, with wards, a table per ward.":
        "Đếm số giờ mỗi trạm quan trắc vượt ngưỡng trong khoảng thời gian đang chọn và, khi có lớp phường/xã, số "
        "giờ vượt ngưỡng trong từng phường/xã. Số đo được lấy trung bình theo từng giờ đồng hồ; một giờ được tính "
        "là vượt khi giá trị trung bình lớn hơn ngưỡng (bằng ngưỡng thì không tính), còn các giờ không có số đo "
        "được tính là thiếu dữ liệu, không bao giờ tính là vượt. Ngưỡng mặc định là giá trị giới hạn trung bình "
        "1 giờ của QCVN 05:2023/BTNMT cho thông số đó, hoặc giá trị giới hạn trung bình 24 giờ khi quy chuẩn không "
        "quy định giới hạn 1 giờ (PM2.5 và PM10: khi đó một giờ vượt ngưỡng báo hiệu không khí xấu nhưng chưa phải "
        "là vượt quy chuẩn theo quy định). Kết quả là một lớp điểm các trạm (số giờ vượt, % số giờ có dữ liệu, "
        "trung bình giờ cao nhất, giờ vượt đầu tiên và cuối cùng, theo giờ Huế) và, khi có lớp phường/xã, một "
        "bảng theo từng phường/xã.",
    "Sensor stations": "Trạm quan trắc",
    "A sensor layer: stations with their readings (Layer > Open sensors…).":
        "Một lớp cảm biến: các trạm cùng số đo của chúng (Lớp > Mở dữ liệu cảm biến…).",
    "Parameter": "Thông số",
    "What to count, e.g. pm25 (PM2.5), pm10, no2, o3; default: the parameter the layer shows.":
        "Thông số cần đếm, ví dụ pm25 (PM2.5), pm10, no2, o3; mặc định: thông số lớp đang hiển thị.",
    "Limit": "Ngưỡng",
    "In the readings' unit (µg/m³ for pollutants). Default: the layer's thresholds (QCVN 05:2023/BTNMT): the "
    "1-hour limit, else the 24-hour limit.":
        "Theo đơn vị của số đo (µg/m³ với chất ô nhiễm). Mặc định: ngưỡng của lớp (QCVN 05:2023/BTNMT): giá trị "
        "giới hạn 1 giờ, nếu không có thì giá trị giới hạn 24 giờ.",
    "Wards": "Phường/xã",
    "Optional: polygons (wards) to sum the hours over per area.":
        "Không bắt buộc: các đa giác (phường/xã) để cộng số giờ vượt ngưỡng theo từng vùng.",
    "Ward name field": "Trường tên phường/xã",
    "The column that names each polygon in the per-ward table.":
        "Cột chứa tên của mỗi đa giác trong bảng theo phường/xã.",
    # -- service levels ----------------------------------------------------------------------------------------
    "Service levels": "Tình hình xử lý phản ánh",
    "How well requests are handled, per ward, per agency or per category. For the requests received in the time "
    "window (all requests without one): 'received' counts them; 'open' are still open and 'overdue' are open past "
    "their due time now; 'closed' are closed and 'closed_late' were closed after their due time. Time to close is "
    "the hours from request to closing: its median and 90th percentile (9 in 10 closed within it) are over the "
    "closed requests. 'pct_closed_on_time' is the share of the closed requests with a due time that were closed "
    "by it; 'pct_late' is the share of the requests with a due time that missed it (overdue now or closed late). "
    "The due time is the request's expected time, or its request time plus the deadline set for its category. By "
    "ward, the result is a polygon layer coloured by 'pct_late'; requests outside every ward or without a location "
    "are listed in the table as separate groups.":
        "Đánh giá tình hình xử lý phản ánh theo phường/xã, theo đơn vị xử lý hoặc theo lĩnh vực. Với các phản ánh "
        "nhận được trong khoảng thời gian đang chọn (tất cả phản ánh nếu chưa chọn khoảng thời gian): 'received' "
        "là số phản ánh đã nhận; 'open' là số còn đang mở và 'overdue' là số đang mở đã quá hạn xử lý tính đến hiện "
        "tại; 'closed' là số đã đóng và 'closed_late' là số đã đóng sau hạn xử lý. Thời gian xử lý là số giờ từ lúc "
        "gửi phản ánh đến lúc đóng: trung vị và phân vị 90 (9 trên 10 phản ánh được đóng trong khoảng thời gian "
        "này) được tính trên các phản ánh đã đóng. 'pct_closed_on_time' là tỷ lệ đóng đúng hạn trong số các phản "
        "ánh đã đóng có hạn xử lý; 'pct_late' là tỷ lệ trễ hạn (đang quá hạn hoặc đã đóng muộn) trong số các phản "
        "ánh có hạn xử lý. Hạn xử lý là thời hạn dự kiến ghi trên phản ánh, hoặc thời điểm gửi cộng với thời hạn "
        "đặt cho lĩnh vực của phản ánh. Khi nhóm theo phường/xã, kết quả là một lớp đa giác tô màu theo "
        "'pct_late'; các phản ánh nằm ngoài mọi phường/xã hoặc không có vị trí được liệt kê trong bảng thành các "
        "nhóm riêng.",
    "Service requests": "Lớp phản ánh",
    "A service-request layer, or a point layer with request columns (Open311, NYC 311, ...).":
        "Một lớp phản ánh, hoặc một lớp điểm có các cột của phản ánh (Open311, NYC 311, ...).",
    "Group by": "Nhóm theo",
    "Ward (needs a ward layer)": "Phường/xã (cần lớp phường/xã)",
    "Agency": "Đơn vị xử lý",
    "Category": "Lĩnh vực",
    "The ward polygons (needed to group by ward).": "Các đa giác phường/xã (cần khi nhóm theo phường/xã).",
    "The column that names the wards; by default a name-like column.":
        "Cột chứa tên phường/xã; mặc định là một cột có dạng tên.",
    # -- request trends ----------------------------------------------------------------------------------------
    "Request trends": "Xu hướng phản ánh",
    "How many requests came in each week or month, per category (and per ward when a ward layer is given), and "
    "how that changed against the period before. Periods follow Huế's local time (Asia/Ho_Chi_Minh): a request "
    "made at 23:30 on a Sunday belongs to that Sunday's week, and weeks run Monday to Sunday. A period without any "
    "request counts as 0. The table gives, per period, the count, the previous period's count, the change and the "
    "change in % (empty when the previous count is 0); 'full' is false for a period that the time window or the "
    "start or end of the data cuts short. Requests are placed by when they were received; the time window keeps "
    "those received inside it.":
        "Số phản ánh nhận được mỗi tuần hoặc mỗi tháng, theo lĩnh vực (và theo phường/xã khi có lớp phường/xã), và "
        "mức thay đổi so với kỳ trước. Các kỳ tính theo giờ địa phương Huế (Asia/Ho_Chi_Minh): một phản ánh gửi lúc "
        "23:30 ngày Chủ nhật thuộc về tuần của ngày Chủ nhật đó, và mỗi tuần tính từ thứ Hai đến Chủ nhật. Kỳ không "
        "có phản ánh nào được tính là 0. Bảng kết quả cho biết, theo từng kỳ, số phản ánh, số của kỳ trước, mức "
        "thay đổi và mức thay đổi theo % (để trống khi số của kỳ trước bằng 0); cột 'full' là false với kỳ bị cắt "
        "ngắn bởi khoảng thời gian đang chọn hoặc bởi điểm đầu hay điểm cuối của dữ liệu. Phản ánh được xếp theo "
        "thời điểm tiếp nhận; khoảng thời gian đang chọn giữ lại những phản ánh tiếp nhận trong khoảng đó.",
    "Period": "Kỳ thống kê",
    "Week (Monday to Sunday)": "Tuần (thứ Hai đến Chủ nhật)",
    "Month": "Tháng",
    "Category field": "Trường lĩnh vực",
    "The column to split the counts by; by default the request's category (service_name).":
        "Cột dùng để chia số đếm; mặc định là lĩnh vực của phản ánh (service_name).",
    "Optional polygons: the counts are also split by the polygon each request lies in.":
        "Các đa giác, không bắt buộc: số đếm được chia thêm theo đa giác chứa mỗi phản ánh.",
    # -- features within a distance ----------------------------------------------------------------------------
    "Features within a distance": "Đối tượng trong phạm vi khoảng cách",
    "Finds the features of the input layer (e.g. service requests) that lie within a distance of any feature of "
    "the near layer (schools, markets, a road; any geometry). The distance is measured in metres from edge to "
    "edge, so a point inside a polygon is at 0 m; layers in degrees are projected to a metric CRS first. 'Select' "
    "selects the features found in the input layer; 'New layer' makes a layer of them with near_distance_m, the "
    "distance in metres to the nearest near feature, and that feature's label when a label field is chosen.":
        "Tìm các đối tượng của lớp đầu vào (ví dụ phản ánh) nằm trong một khoảng cách tính từ bất kỳ đối tượng nào "
        "của lớp lân cận (trường học, chợ, một con đường; hình học bất kỳ). Khoảng cách được đo bằng mét từ mép đến "
        "mép, nên một điểm nằm trong đa giác có khoảng cách 0 m; các lớp có tọa độ theo độ được chiếu sang một hệ "
        "tọa độ có đơn vị mét trước. 'Chọn trên lớp đầu vào' sẽ chọn các đối tượng tìm được ngay trên lớp đầu vào; "
        "'Tạo lớp mới' tạo một lớp gồm các đối tượng đó với cột near_distance_m (khoảng cách bằng mét đến đối tượng "
        "lân cận gần nhất) và nhãn của đối tượng đó khi có chọn trường nhãn.",
    "The features to test, e.g. service requests.": "Các đối tượng cần kiểm tra, ví dụ các phản ánh.",
    "Near layer": "Lớp lân cận",
    "Schools, markets, a road: features of any geometry.": "Trường học, chợ, một con đường: đối tượng có hình học "
                                                           "bất kỳ.",
    "Features at most this far from a near feature are found (metres).":
        "Tìm các đối tượng cách một đối tượng lân cận không quá khoảng cách này (mét).",
    "Result": "Kết quả",
    "Select them in the input layer": "Chọn trên lớp đầu vào",
    "Make a new layer of them": "Tạo lớp mới",
    "Label of the near features": "Nhãn của đối tượng lân cận",
    "A column of the near layer copied to the new layer for the nearest near feature.":
        "Một cột của lớp lân cận, được chép sang lớp mới theo đối tượng lân cận gần nhất.",
    # -- zonal statistics --------------------------------------------------------------------------------------
    "Zonal statistics": "Thống kê vùng",
    "Summarises the cells of a raster inside each polygon, e.g. the mean and largest flood depth per ward. A cell "
    "that a polygon only partly covers counts by the fraction covered (exactextract), so 'count' is the number of "
    "cells covered and may be fractional, and the mean, median and standard deviation are weighted by coverage. "
    "Cells without data (the raster's nodata) are left out. The polygons are reprojected to the raster's CRS; "
    "polygons outside the raster get empty statistics. The new layer holds the polygons with one column "
    "zonal_<statistic> per statistic, in the raster's units.":
        "Tổng hợp các ô của raster nằm trong mỗi đa giác, ví dụ độ sâu ngập trung bình và lớn nhất của từng "
        "phường/xã. Một ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ phần bị phủ (exactextract), nên "
        "'count' là số ô được phủ và có thể là số lẻ, còn giá trị trung bình, trung vị và độ lệch chuẩn được tính "
        "có trọng số theo tỷ lệ phủ. Các ô không có dữ liệu (nodata của raster) bị bỏ qua. Các đa giác được chuyển "
        "sang hệ tọa độ của raster; đa giác nằm ngoài raster có thống kê để trống. Lớp mới gồm các đa giác với mỗi "
        "thống kê một cột zonal_<thống kê>, theo đơn vị của raster.",
    "Raster": "Lớp raster",
    "The raster to summarise, e.g. a flood depth grid.": "Raster cần tổng hợp, ví dụ lưới độ sâu ngập.",
    "The zones, e.g. wards.": "Các vùng, ví dụ phường/xã.",
    "Statistics": "Các thống kê",
    "Comma-separated, any of: mean, min, max, count, sum, median, stdev, majority.":
        "Phân cách bằng dấu phẩy, gồm các giá trị bất kỳ trong: mean (trung bình), min (nhỏ nhất), max (lớn nhất), "
        "count (số ô), sum (tổng), median (trung vị), stdev (độ lệch chuẩn), majority (giá trị phổ biến nhất).",
    "Band": "Kênh",
    # -- progress messages (feedback.progress) -----------------------------------------------------------------
    "Reading the polygons": "Đang đọc các đa giác",
    "Reading the points": "Đang đọc các điểm",
    "Reading the requests": "Đang đọc các phản ánh",
    "Finding the polygon of each point": "Đang xác định đa giác chứa từng điểm",
    "Building the result": "Đang tạo kết quả",
    "Building the grid": "Đang tạo lưới",
    "Classifying": "Đang phân loại",
    "Styling": "Đang tạo kiểu hiển thị",
    "Binning the points": "Đang gom các điểm vào ô lưới",
    "Spreading the points": "Đang tính mật độ hạt nhân",
    "Writing the raster": "Đang ghi raster",
    "Finding the stations": "Đang tìm các trạm",
    "Averaging the readings per hour": "Đang tính trung bình số đo theo giờ",
    "Counting the hours over the limit": "Đang đếm số giờ vượt ngưỡng",
    "Summing per ward": "Đang cộng theo phường/xã",
    "Counting the points": "Đang đếm các điểm",
    "Counting": "Đang đếm",
    "Testing for hot spots": "Đang kiểm định điểm nóng",
    "Drawing permutations": "Đang lấy mẫu hoán vị",
    "Making the new layer": "Đang tạo lớp mới",
    "Buffering": "Đang tạo vùng đệm",
    "Dissolving": "Đang gộp vùng",
    "Grouping": "Đang nhóm",
    "Summarising": "Đang tổng hợp",
    "Placing the requests in periods": "Đang xếp các phản ánh vào từng kỳ",
}
