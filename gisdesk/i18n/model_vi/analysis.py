"""Vietnamese of the analysis tools' run-time messages (gisdesk/analysis, context "gisdesk"): the AnalysisError
sentences, check_values' rules, the result summaries and notes, the result layers' names, chart titles and the
progress messages built at run time. (The toolbox's names, labels and help are in ``i18n/analysis_vi.py``,
context "analysis".)

Terms: điểm nóng / điểm lạnh (hot / cold spot), ô lưới lục giác / vuông (hexagon / square cell), băng thông
(bandwidth), mật độ hạt nhân (kernel density), khoảng thời gian (time window), bộ lọc (filter), trạm quan trắc
(station), ngưỡng (limit), quá hạn (overdue), trễ hạn (closed late), thống kê vùng (zonal statistics). Column
names, values quoted from the data ('(outside the wards)', "Hot spot, 99% confidence" in the table), parameter
codes and units stay as they are.
"""

from __future__ import annotations

VI: dict[str, str] = {
    # -- gisdesk/analysis/base.py: checking the parameters, reading the inputs ---------------------------------
    "The analysis was cancelled.": "Phân tích đã bị hủy.",
    "There is no analysis called {name!r}. Known: {known}.":
        "Không có công cụ phân tích nào tên {name!r}. Các công cụ hiện có: {known}.",
    "{alg}: unknown parameter(s) {names}.": "{alg}: không có tham số {names}.",
    "{alg}: '{label}' is required.": "{alg}: cần nhập '{label}'.",
    "{alg}: '{label}' must be a vector layer; {layer} is not.":
        "{alg}: '{label}' phải là một lớp vector; {layer} không phải lớp vector.",
    "a point layer": "một lớp điểm",
    "a line layer": "một lớp đường",
    "a polygon layer": "một lớp đa giác",
    "points": "điểm",
    "lines": "đường",
    "polygons": "đa giác",
    "{alg}: '{label}' must be {kind}; {layer} holds {found}.":
        "{alg}: '{label}' phải là {kind}; {layer} lại chứa các đối tượng {found}.",
    "{alg}: '{label}' must be a raster layer; {layer} is not.":
        "{alg}: '{label}' phải là một lớp raster; {layer} không phải lớp raster.",
    "{alg}: '{label}' must be a number, not {value!r}.": "{alg}: '{label}' phải là một số, không phải {value!r}.",
    "{alg}: '{label}' must be a finite number.": "{alg}: '{label}' phải là một số hữu hạn.",
    "{alg}: '{label}' must be a whole number, not {value!r}.":
        "{alg}: '{label}' phải là một số nguyên, không phải {value!r}.",
    "{alg}: '{label}' must be at least {minimum:g}{unit} (got {value:g}).":
        "{alg}: '{label}' phải từ {minimum:g}{unit} trở lên (đang là {value:g}).",
    "{alg}: '{label}' must be at most {maximum:g}{unit} (got {value:g}).":
        "{alg}: '{label}' không được vượt quá {maximum:g}{unit} (đang là {value:g}).",
    "{alg}: '{label}' must be one of {allowed} (got {value!r}).":
        "{alg}: '{label}' phải là một trong các giá trị {allowed} (đang là {value!r}).",
    "{alg}: '{label}' must be yes or no (got {value!r}).":
        "{alg}: '{label}' phải là có hoặc không (đang là {value!r}).",
    "{alg}: {layer} has no column {column!r} (for '{label}'). Its columns: {columns}.":
        "{alg}: {layer} không có cột {column!r} (dùng cho '{label}'). Các cột của lớp: {columns}.",
    "{alg}: '{label}' must be a numeric column; {column!r} of {layer} holds {dtype}.":
        "{alg}: '{label}' phải là một cột số; cột {column!r} của {layer} chứa dữ liệu kiểu {dtype}.",
    "{layer} is read from the database by view: only the {n:,} features loaded for the current map view took part.":
        "{layer} được đọc từ cơ sở dữ liệu theo vùng nhìn: chỉ {n:,} đối tượng đã tải cho vùng bản đồ đang xem được "
        "đưa vào phân tích.",
    "{layer} has no features.": "{layer} không có đối tượng nào.",
    "No feature of {layer} is inside the current time window and filters; widen the time window or clear the "
    "filters.":
        "Không có đối tượng nào của {layer} nằm trong khoảng thời gian và bộ lọc hiện tại; hãy mở rộng khoảng thời "
        "gian hoặc bỏ bộ lọc.",
    "'Selected features only' is on for {layer}, but nothing is selected.":
        "Đã bật 'Chỉ các đối tượng đã chọn' cho {layer} nhưng chưa chọn đối tượng nào.",
    "The selected features of {layer} are all outside the current time window or filters.":
        "Tất cả các đối tượng đã chọn của {layer} đều nằm ngoài khoảng thời gian hoặc bộ lọc hiện tại.",
    "No feature of {layer} that takes part has a geometry.":
        "Không có đối tượng nào của {layer} được đưa vào phân tích có hình học.",
    "{layer} holds {found}; points are needed here.": "{layer} chứa các đối tượng {found}; ở đây cần lớp điểm.",
    "No feature of {layer} that takes part has a location.":
        "Không có đối tượng nào của {layer} được đưa vào phân tích có vị trí.",
    "{layer} has no coordinate reference system; set one (Layer properties) first.":
        "{layer} chưa có hệ tọa độ; hãy đặt hệ tọa độ trước (Thuộc tính lớp).",
    "{crs} stretches distances by up to {error:.1%} where these layers lie, so {utm} was used to measure instead.":
        "{crs} làm sai lệch khoảng cách tới {error:.1%} ở khu vực của các lớp này, nên đã dùng {utm} để đo thay thế.",
    "None of the input layers has a coordinate reference system, so distances cannot be measured; set the layers' "
    "CRS first.":
        "Không lớp đầu vào nào có hệ tọa độ nên không đo được khoảng cách; hãy đặt hệ tọa độ cho các lớp trước.",
    "{a} and {b} do not overlap: no feature of one lies within the area of the other. Check that both layers have "
    "the right coordinate reference system.":
        "{a} và {b} không chồng lên nhau: không đối tượng nào của lớp này nằm trong phạm vi của lớp kia. Hãy kiểm tra "
        "xem cả hai lớp đã đúng hệ tọa độ chưa.",
    # -- gisdesk/analysis/outputs.py ---------------------------------------------------------------------------
    "{name} is a raster; write it to a .tif file, not {file}.":
        "{name} là raster; hãy ghi ra tệp .tif, không phải {file}.",
    "{name} is a layer; write it to one of {suffixes}, not {file}.":
        "{name} là một lớp; hãy ghi ra một trong các định dạng {suffixes}, không phải {file}.",
    "{name} is a table; write it to a .csv or .xlsx file, not {file}.":
        "{name} là một bảng; hãy ghi ra tệp .csv hoặc .xlsx, không phải {file}.",
    "{name} has nothing to write.": "{name} không có gì để ghi.",
    "{file}: could not write the table ({problem}).": "{file}: không ghi được bảng ({problem}).",
    # -- gisdesk/analysis/count.py -----------------------------------------------------------------------------
    "{points} per {polygons}": "{points} theo {polygons}",
    "{n:,} points of {points} counted by the database server in {m:,} polygons of {polygons} (both layers are in "
    "the same PostGIS database, and {points} is read by view, so the server counted every row, not only those "
    "loaded for the map).":
        "Máy chủ cơ sở dữ liệu đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons} (hai lớp cùng nằm "
        "trong một cơ sở dữ liệu PostGIS và {points} được đọc theo vùng nhìn, nên máy chủ đếm mọi dòng chứ không chỉ "
        "những dòng đã tải cho bản đồ).",
    "{points} is read from the database by view: only the {n:,} points loaded for the map took part. Counts of every "
    "row are made by the server when the polygons are in the same database and no category, status or selection "
    "is asked for.":
        "{points} được đọc từ cơ sở dữ liệu theo vùng nhìn: chỉ {n:,} điểm đã tải cho bản đồ được đưa vào phân tích. "
        "Máy chủ sẽ đếm mọi dòng khi lớp đa giác nằm trong cùng cơ sở dữ liệu và không yêu cầu đếm theo lĩnh vực, "
        "trạng thái hay đối tượng đã chọn.",
    "{layer} has no coordinate reference system: its coordinates were taken to be in that of {other}.":
        "{layer} chưa có hệ tọa độ: tọa độ của lớp được coi là theo hệ tọa độ của {other}.",
    "{n:,} polygon has no population in '{field}' (missing, 0 or negative): {column} is empty there.":
        "{n:,} đa giác không có dân số trong '{field}' (thiếu, bằng 0 hoặc âm): cột {column} để trống ở đó.",
    "{n:,} polygons have no population in '{field}' (missing, 0 or negative): {column} is empty there.":
        "{n:,} đa giác không có dân số trong '{field}' (thiếu, bằng 0 hoặc âm): cột {column} để trống ở đó.",
    "'{field}' takes {n} values among the points counted: the {k} most common have their own column; the other "
    "{rest} ({points:,} point) are counted together in {column}.":
        "'{field}' có {n} giá trị khác nhau trong các điểm được đếm: {k} giá trị phổ biến nhất có cột riêng; {rest} "
        "giá trị còn lại ({points:,} điểm) được đếm chung trong cột {column}.",
    "'{field}' takes {n} values among the points counted: the {k} most common have their own column; the other "
    "{rest} ({points:,} points) are counted together in {column}.":
        "'{field}' có {n} giá trị khác nhau trong các điểm được đếm: {k} giá trị phổ biến nhất có cột riêng; {rest} "
        "giá trị còn lại ({points:,} điểm) được đếm chung trong cột {column}.",
    "Columns for '{field}': {columns}.": "Các cột của '{field}': {columns}.",
    "(no value)": "(không có giá trị)",
    "Counted {n:,} point of {points} in {m:,} polygon of {polygons}.":
        "Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.",
    "Counted {n:,} point of {points} in {m:,} polygons of {polygons}.":
        "Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.",
    "Counted {n:,} points of {points} in {m:,} polygon of {polygons}.":
        "Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.",
    "Counted {n:,} points of {points} in {m:,} polygons of {polygons}.":
        "Đã đếm {n:,} điểm của {points} trong {m:,} đa giác của {polygons}.",
    "{n:,} point fell outside every polygon and is not counted.":
        "{n:,} điểm nằm ngoài mọi đa giác nên không được đếm.",
    "{n:,} points fell outside every polygon and are not counted.":
        "{n:,} điểm nằm ngoài mọi đa giác nên không được đếm.",
    "{n:,} point on a border shared by polygons (or where polygons overlap) is counted in each of them.":
        "{n:,} điểm nằm trên ranh giới chung của các đa giác (hoặc ở chỗ các đa giác chồng lên nhau) được đếm cho "
        "từng đa giác đó.",
    "{n:,} points on a border shared by polygons (or where polygons overlap) are counted in each of them.":
        "{n:,} điểm nằm trên ranh giới chung của các đa giác (hoặc ở chỗ các đa giác chồng lên nhau) được đếm cho "
        "từng đa giác đó.",
    "{n:,} point without a location was left out.": "Đã bỏ qua {n:,} điểm không có vị trí.",
    "{n:,} points without a location were left out.": "Đã bỏ qua {n:,} điểm không có vị trí.",
    "{n:,} point of {layer} outside the time window was left out.":
        "Đã bỏ qua {n:,} điểm của {layer} nằm ngoài khoảng thời gian.",
    "{n:,} points of {layer} outside the time window were left out.":
        "Đã bỏ qua {n:,} điểm của {layer} nằm ngoài khoảng thời gian.",
    "{n:,} polygon of {layer} outside the time window was left out.":
        "Đã bỏ qua {n:,} đa giác của {layer} nằm ngoài khoảng thời gian.",
    "{n:,} polygons of {layer} outside the time window were left out.":
        "Đã bỏ qua {n:,} đa giác của {layer} nằm ngoài khoảng thời gian.",
    "{n:,} polygon of {layer} without a geometry was left out.":
        "Đã bỏ qua {n:,} đa giác của {layer} không có hình học.",
    "{n:,} polygons of {layer} without a geometry were left out.":
        "Đã bỏ qua {n:,} đa giác của {layer} không có hình học.",
    # -- gisdesk/analysis/density.py ---------------------------------------------------------------------------
    "Bandwidth {h}, chosen by Silverman's rule of thumb (the spatial variant ArcGIS uses): 0.9 × min(standard "
    "distance {sd}, 1.20 × median distance to the mean centre {dm}) × n^-0.2 with n = {n:,} points.":
        "Băng thông {h}, chọn theo quy tắc kinh nghiệm Silverman (dạng không gian mà ArcGIS dùng): 0,9 × min(khoảng "
        "cách chuẩn {sd}; 1,20 × khoảng cách trung vị tới tâm trung bình {dm}) × n^-0,2 với n = {n:,} điểm.",
    "Bandwidth {h}, chosen by Scott's rule for two dimensions: n^(-1/6) × the spread of the points ({spread}, the "
    "root mean square of the x and y standard deviations) with n = {n:,} points.":
        "Băng thông {h}, chọn theo quy tắc Scott cho hai chiều: n^(-1/6) × độ phân tán của các điểm ({spread}, căn "
        "trung bình bình phương của độ lệch chuẩn theo x và y) với n = {n:,} điểm.",
    "Bandwidth {h} (as given).": "Băng thông {h} (theo giá trị đã nhập).",
    "Cell size {cell} (a tenth of the bandwidth, or coarser to keep the raster small).":
        "Kích thước ô {cell} (một phần mười băng thông, hoặc lớn hơn để raster không quá lớn).",
    "Cell size {cell} (as given).": "Kích thước ô {cell} (theo giá trị đã nhập).",
    "Kernel density: '{field}' of {layer} has {n:,} negative values; a density needs weights of 0 or more. Filter "
    "them out or choose another column.":
        "Mật độ hạt nhân: '{field}' của {layer} có {n:,} giá trị âm; tính mật độ cần trọng số từ 0 trở lên. Hãy lọc "
        "bỏ các giá trị đó hoặc chọn cột khác.",
    "Kernel density: no point of {layer} that takes part has a value in '{field}'.":
        "Mật độ hạt nhân: không điểm nào của {layer} được đưa vào phân tích có giá trị trong '{field}'.",
    "{n:,} point without a value in '{field}' was left out.": "Đã bỏ qua {n:,} điểm không có giá trị trong '{field}'.",
    "{n:,} points without a value in '{field}' were left out.":
        "Đã bỏ qua {n:,} điểm không có giá trị trong '{field}'.",
    "Kernel density: one point is not enough to choose a bandwidth; give the bandwidth in metres.":
        "Mật độ hạt nhân: một điểm không đủ để chọn băng thông; hãy nhập băng thông theo mét.",
    "Kernel density: all the points are at the same place, so no bandwidth can be chosen from their spread; give "
    "the bandwidth in metres.":
        "Mật độ hạt nhân: tất cả các điểm nằm cùng một chỗ nên không thể chọn băng thông theo độ phân tán; hãy nhập "
        "băng thông theo mét.",
    "Kernel density: the bandwidth ({h}) is smaller than the cell size ({cell}), so each point would fall into a "
    "single cell. Use cells of at most {most} or a larger bandwidth.":
        "Mật độ hạt nhân: băng thông ({h}) nhỏ hơn kích thước ô ({cell}) nên mỗi điểm sẽ chỉ rơi vào một ô. Hãy dùng "
        "ô không quá {most} hoặc băng thông lớn hơn.",
    "Kernel density: with {cell} cells the raster would be {cols:,} × {rows:,} cells ({millions:.0f} million; at "
    "most {most:.0f} million are allowed). Choose a cell size of at least {need}, or fewer points (a time window or "
    "a filter).":
        "Mật độ hạt nhân: với ô {cell}, raster sẽ có {cols:,} × {rows:,} ô ({millions:.0f} triệu ô; cho phép tối đa "
        "{most:.0f} triệu). Hãy chọn kích thước ô từ {need} trở lên, hoặc bớt điểm (dùng khoảng thời gian hoặc bộ "
        "lọc).",
    "Spread {field} of {n:,} points with a quartic kernel on a raster of {cols:,} × {rows:,} cells in {crs}.":
        "Đã phân bố {field} của {n:,} điểm bằng hàm hạt nhân bậc bốn (quartic) trên raster {cols:,} × {rows:,} ô "
        "trong {crs}.",
    "Spread {n:,} points with a quartic kernel on a raster of {cols:,} × {rows:,} cells in {crs}.":
        "Đã phân bố {n:,} điểm bằng hàm hạt nhân bậc bốn (quartic) trên raster {cols:,} × {rows:,} ô trong {crs}.",
    "Spread {field} of {n:,} points with a Gaussian kernel on a raster of {cols:,} × {rows:,} cells in {crs}.":
        "Đã phân bố {field} của {n:,} điểm bằng hàm hạt nhân Gauss trên raster {cols:,} × {rows:,} ô trong {crs}.",
    "Spread {n:,} points with a Gaussian kernel on a raster of {cols:,} × {rows:,} cells in {crs}.":
        "Đã phân bố {n:,} điểm bằng hàm hạt nhân Gauss trên raster {cols:,} × {rows:,} ô trong {crs}.",
    "Each point spreads its weight over a circle of {h} radius, most at its centre and none beyond the circle.":
        "Mỗi điểm phân bố trọng số của nó trong một hình tròn bán kính {h}, nhiều nhất ở tâm và bằng 0 bên ngoài "
        "hình tròn.",
    "Each point spreads its weight like a bell of standard deviation {h}: about 39% of it within {h}, 86% within "
    "{h2}, none beyond {reach}.":
        "Mỗi điểm phân bố trọng số của nó theo hình chuông có độ lệch chuẩn {h}: khoảng 39% trong phạm vi {h}, 86% "
        "trong phạm vi {h2}, bằng 0 ngoài {reach}.",
    "The bandwidth spans fewer than 3 cells, so the surface is coarse; cells of {cell} would show it better.":
        "Băng thông trải chưa tới 3 ô nên bề mặt còn thô; dùng ô {cell} sẽ thể hiện rõ hơn.",
    "Values are {field} per km²; summed over the raster's area they give back {total} (the weight total).":
        "Giá trị là {field} trên mỗi km²; cộng trên toàn diện tích raster sẽ được {total} (tổng trọng số).",
    "Highest density: {peak} {field} per km² at x {x:,.0f}, y {y:,.0f}.":
        "Mật độ cao nhất: {peak} {field} trên mỗi km² tại x {x:,.0f}, y {y:,.0f}.",
    "Values are points per km²; summed over the raster's area they give back {total} (the number of points).":
        "Giá trị là số điểm trên mỗi km²; cộng trên toàn diện tích raster sẽ được {total} (số điểm).",
    "Highest density: {peak} points per km² at x {x:,.0f}, y {y:,.0f}.":
        "Mật độ cao nhất: {peak} điểm trên mỗi km² tại x {x:,.0f}, y {y:,.0f}.",
    "Values are raw kernel sums: each point adds 1 at its own location, less around it.":
        "Giá trị là tổng thô của hàm hạt nhân: mỗi điểm cộng thêm 1 tại chính vị trí của nó và ít hơn ở xung quanh.",
    "Highest value: {peak} at x {x:,.0f}, y {y:,.0f}.": "Giá trị cao nhất: {peak} tại x {x:,.0f}, y {y:,.0f}.",
    "Kernel density of {layer}": "Mật độ hạt nhân của {layer}",
    # -- gisdesk/analysis/exceedance.py ------------------------------------------------------------------------
    "{layer}: this layer has stations but no readings. Open the sensors with Layer > Open sensors… (a readings "
    "file, a GeoPackage of stations and readings, or a SensorThings feed) and choose that layer.":
        "{layer}: lớp này có trạm quan trắc nhưng không có số đo. Hãy mở dữ liệu cảm biến bằng Lớp > Mở dữ liệu cảm "
        "biến… (một tệp số đo, một GeoPackage chứa trạm và số đo, hoặc một nguồn cấp dữ liệu SensorThings) rồi chọn "
        "lớp đó.",
    "None of the stations of {layer} that take part measures {parameter}; choose other stations or another "
    "parameter.":
        "Không trạm quan trắc nào của {layer} được đưa vào phân tích đo {parameter}; hãy chọn trạm khác hoặc thông số "
        "khác.",
    "No {parameter} reading of the stations taking part falls inside the time window ({window}); widen the time "
    "window.":
        "Không có số đo {parameter} nào của các trạm được đưa vào phân tích nằm trong khoảng thời gian ({window}); hãy "
        "mở rộng khoảng thời gian.",
    "No {parameter} reading of the stations taking part falls inside the layer; widen the time window.":
        "Không có số đo {parameter} nào của các trạm được đưa vào phân tích nằm trong lớp; hãy mở rộng khoảng thời "
        "gian.",
    "Hours over the limit": "Số giờ vượt ngưỡng",
    "Hours with a mean {parameter} over {limit:g} {unit}": "Số giờ có {parameter} trung bình vượt {limit:g} {unit}",
    "Hours over the {parameter} limit": "Số giờ vượt ngưỡng {parameter}",
    "{layer} has no readings.": "{layer} không có số đo nào.",
    "none": "không có",
    "{layer} has no readings of {given!r}; its readings are of {have}.":
        "{layer} không có số đo {given!r}; lớp này có số đo của {have}.",
    "The {parameter} readings mix units ({units}); they cannot be compared with one limit. Convert them to one unit "
    "first.":
        "Các số đo {parameter} dùng lẫn nhiều đơn vị ({units}) nên không so được với một ngưỡng. Hãy chuyển về cùng "
        "một đơn vị trước.",
    "The layer's thresholds ({thresholds}) set no 1-hour or 24-hour limit for {parameter}; give a limit.":
        "Bộ ngưỡng của lớp ({thresholds}) không quy định ngưỡng 1 giờ hay 24 giờ cho {parameter}; hãy nhập một ngưỡng.",
    "The {parameter} readings are in {unit} but the limit is in {limit_unit}; they cannot be compared. Give a limit "
    "in the readings' unit.":
        "Các số đo {parameter} tính bằng {unit} nhưng ngưỡng tính bằng {limit_unit} nên không so sánh được. Hãy nhập "
        "ngưỡng theo đơn vị của số đo.",
    "Limit used: {limit:g} (given), for every hour.": "Ngưỡng áp dụng: {limit:g} (theo giá trị đã nhập), cho mọi giờ.",
    "Limit used: {limit:g} {unit} (given), for every hour.":
        "Ngưỡng áp dụng: {limit:g} {unit} (theo giá trị đã nhập), cho mọi giờ.",
    "{limit:g} {unit} from {date}": "{limit:g} {unit} từ ngày {date}",
    "{items} and {last}": "{items} và {last}",
    "Limit used: {limits} (each hour against the limit in force on its day), the 1-hour limit for {parameter} of "
    "{source}.":
        "Ngưỡng áp dụng: {limits} (mỗi giờ so với ngưỡng có hiệu lực trong ngày đó), là ngưỡng 1 giờ cho {parameter} "
        "theo {source}.",
    "Limit used: {limits} (each hour against the limit in force on its day), the 24-hour limit for {parameter} of "
    "{source}.":
        "Ngưỡng áp dụng: {limits} (mỗi giờ so với ngưỡng có hiệu lực trong ngày đó), là ngưỡng 24 giờ cho "
        "{parameter} theo {source}.",
    "Limit used: {limits}, the 1-hour limit for {parameter} of {source}.":
        "Ngưỡng áp dụng: {limits}, là ngưỡng 1 giờ cho {parameter} theo {source}.",
    "Limit used: {limits}, the 24-hour limit for {parameter} of {source}.":
        "Ngưỡng áp dụng: {limits}, là ngưỡng 24 giờ cho {parameter} theo {source}.",
    "QCVN 05:2023 sets no 1-hour limit for {parameter}, so each hourly mean was compared with the 24-hour limit: "
    "hours over it signal bad air but are not legal exceedances (those are days whose mean is over the limit: the "
    "sensor layer's 'exceedances' column).":
        "QCVN 05:2023 không quy định ngưỡng 1 giờ cho {parameter}, nên trung bình của từng giờ được so với ngưỡng 24 "
        "giờ: các giờ vượt ngưỡng này cho thấy không khí kém nhưng chưa phải là vượt chuẩn theo quy chuẩn (vượt chuẩn "
        "là những ngày có trung bình vượt ngưỡng: cột 'exceedances' của lớp cảm biến).",
    "{n:,} station has no position and is in no ward.":
        "{n:,} trạm quan trắc không có vị trí nên không thuộc phường/xã nào.",
    "{n:,} stations have no position and are in no ward.":
        "{n:,} trạm quan trắc không có vị trí nên không thuộc phường/xã nào.",
    "{names} and {k} more": "{names} và {k} nơi khác",
    "{n:,} station lies outside every ward: {stations}.": "{n:,} trạm quan trắc nằm ngoài mọi phường/xã: {stations}.",
    "{n:,} stations lie outside every ward: {stations}.": "{n:,} trạm quan trắc nằm ngoài mọi phường/xã: {stations}.",
    "{n:,} station measuring {parameter}, in the time window {window} (Huế time): {hours:,} clock hours.":
        "{n:,} trạm quan trắc đo {parameter}, trong khoảng thời gian {window} (giờ Huế): {hours:,} giờ đồng hồ.",
    "{n:,} stations measuring {parameter}, in the time window {window} (Huế time): {hours:,} clock hours.":
        "{n:,} trạm quan trắc đo {parameter}, trong khoảng thời gian {window} (giờ Huế): {hours:,} giờ đồng hồ.",
    "{n:,} station measuring {parameter}, over all the readings (no time window): {hours:,} clock hours.":
        "{n:,} trạm quan trắc đo {parameter}, trên toàn bộ số đo (không giới hạn thời gian): {hours:,} giờ đồng hồ.",
    "{n:,} stations measuring {parameter}, over all the readings (no time window): {hours:,} clock hours.":
        "{n:,} trạm quan trắc đo {parameter}, trên toàn bộ số đo (không giới hạn thời gian): {hours:,} giờ đồng hồ.",
    "An hour counts as over when the mean of its readings is strictly greater than the limit (a mean exactly at the "
    "limit is not over). Hours without any reading are counted as missing, never as over.":
        "Một giờ được tính là vượt ngưỡng khi trung bình các số đo trong giờ đó lớn hơn hẳn ngưỡng (trung bình đúng "
        "bằng ngưỡng thì không tính là vượt). Các giờ không có số đo nào được tính là thiếu số liệu, không bao giờ "
        "tính là vượt ngưỡng.",
    "{station} ({id}): {hours:,} h, {pct:.1f} % of its hours with data, highest hourly mean {highest:g} {unit}":
        "{station} ({id}): {hours:,} giờ, {pct:.1f} % số giờ có số liệu, trung bình giờ cao nhất {highest:g} {unit}",
    "{k:,} of {n:,} stations went over the limit; most hours over: {stations}.":
        "{k:,}/{n:,} trạm quan trắc đã vượt ngưỡng; nhiều giờ vượt nhất: {stations}.",
    "No station went over the limit (highest hourly mean {highest:g} {unit}).":
        "Không trạm quan trắc nào vượt ngưỡng (trung bình giờ cao nhất {highest:g} {unit}).",
    "{n:,} station-hours had no reading (missing).": "{n:,} giờ-trạm không có số đo (thiếu số liệu).",
    "{n:,} station-hours had no reading (missing); {k:,} station had no {parameter} reading in the window.":
        "{n:,} giờ-trạm không có số đo (thiếu số liệu); {k:,} trạm không có số đo {parameter} nào trong khoảng thời "
        "gian.",
    "{n:,} station-hours had no reading (missing); {k:,} stations had no {parameter} reading in the window.":
        "{n:,} giờ-trạm không có số đo (thiếu số liệu); {k:,} trạm không có số đo {parameter} nào trong khoảng thời "
        "gian.",
    "{n:,} station that does not measure {parameter} was left out.":
        "Đã bỏ qua {n:,} trạm quan trắc không đo {parameter}.",
    "{n:,} stations that do not measure {parameter} were left out.":
        "Đã bỏ qua {n:,} trạm quan trắc không đo {parameter}.",
    # -- gisdesk/analysis/hotspots.py --------------------------------------------------------------------------
    "Hot spot, 99% confidence": "Điểm nóng, độ tin cậy 99%",
    "Hot spot, 95% confidence": "Điểm nóng, độ tin cậy 95%",
    "Hot spot, 90% confidence": "Điểm nóng, độ tin cậy 90%",
    "Not significant": "Không có ý nghĩa thống kê",
    "Cold spot, 90% confidence": "Điểm lạnh, độ tin cậy 90%",
    "Cold spot, 95% confidence": "Điểm lạnh, độ tin cậy 95%",
    "Cold spot, 99% confidence": "Điểm lạnh, độ tin cậy 99%",
    "hexagon cells": "ô lục giác",
    "square cells": "ô vuông",
    "Hot spots: the areas are set to 'Polygons of a layer', but no polygon layer was chosen; choose one (e.g. the "
    "wards) or use a hexagon or square grid.":
        "Điểm nóng: vùng phân tích đang đặt là 'Đa giác của một lớp' nhưng chưa chọn lớp đa giác nào; hãy chọn một "
        "lớp (ví dụ phường/xã) hoặc dùng lưới lục giác hay lưới ô vuông.",
    "The polygons' own column(s) {columns} were replaced by the result's.":
        "Các cột {columns} vốn có của lớp đa giác đã được thay bằng cột kết quả.",
    "Only {n} areas were tested; Gi* results are unreliable with fewer than about {few}.":
        "Chỉ có {n} vùng được kiểm định; kết quả Gi* không đáng tin cậy khi có ít hơn khoảng {few} vùng.",
    "With {n} permutations the smallest possible p-value is {p:.3f}, so no area can reach 99% confidence; use 999.":
        "Với {n} lần hoán vị, giá trị p nhỏ nhất có thể là {p:.3f} nên không vùng nào đạt độ tin cậy 99%; hãy dùng "
        "999 lần.",
    "No correction for testing many areas at once is applied: about 1 area in 10 can reach 90% confidence by chance "
    "alone, so trust the 99% class most.":
        "Không áp dụng hiệu chỉnh cho việc kiểm định nhiều vùng cùng lúc: cứ khoảng 10 vùng thì có 1 vùng có thể đạt "
        "độ tin cậy 90% chỉ do ngẫu nhiên, vì vậy hãy tin cậy nhất vào nhóm 99%.",
    "Hot spots of {layer}": "Điểm nóng của {layer}",
    "Hot spots: '{field}' of {layer} has {n:,} negative values; Gi* needs values of 0 or more. Filter them out or "
    "choose another column.":
        "Điểm nóng: '{field}' của {layer} có {n:,} giá trị âm; Gi* cần giá trị từ 0 trở lên. Hãy lọc bỏ các giá trị đó "
        "hoặc chọn cột khác.",
    "Hot spots: no point of {layer} that takes part has a value in '{field}'.":
        "Điểm nóng: không điểm nào của {layer} được đưa vào phân tích có giá trị trong '{field}'.",
    "Hot spots: only {n} {units} take part; at least 3 are needed (30 or more for a reliable answer). Use a smaller "
    "cell size or more points.":
        "Điểm nóng: chỉ có {n} {units} tham gia; cần ít nhất 3 (từ 30 trở lên để kết quả đáng tin cậy). Hãy dùng ô "
        "nhỏ hơn hoặc thêm điểm.",
    "Hot spots: the number of points is 0 in every one of the {n:,} {units}, so there is no pattern to test. Check "
    "the time window, the filters and the chosen column.":
        "Điểm nóng: số điểm bằng 0 ở tất cả {n:,} {units} nên không có phân bố nào để kiểm định. Hãy kiểm tra khoảng "
        "thời gian, bộ lọc và cột đã chọn.",
    "Hot spots: the sum of '{field}' is 0 in every one of the {n:,} {units}, so there is no pattern to test. Check "
    "the time window, the filters and the chosen column.":
        "Điểm nóng: tổng của '{field}' bằng 0 ở tất cả {n:,} {units} nên không có phân bố nào để kiểm định. Hãy kiểm "
        "tra khoảng thời gian, bộ lọc và cột đã chọn.",
    "Hot spots: the number of points is the same ({value:g}) in all {n:,} {units}, so there is no pattern to test. "
    "Use smaller cells or another unit.":
        "Điểm nóng: số điểm như nhau ({value:g}) ở tất cả {n:,} {units} nên không có phân bố nào để kiểm định. Hãy "
        "dùng ô nhỏ hơn hoặc loại vùng khác.",
    "Hot spots: the sum of '{field}' is the same ({value:g}) in all {n:,} {units}, so there is no pattern to test. "
    "Use smaller cells or another unit.":
        "Điểm nóng: tổng của '{field}' như nhau ({value:g}) ở tất cả {n:,} {units} nên không có phân bố nào để kiểm "
        "định. Hãy dùng ô nhỏ hơn hoặc loại vùng khác.",
    "Counted {n:,} points on a grid of {cells:,} hexagon cells of {size:g} m ({area:.3g} km² each): the cells "
    "holding points and the ring of empty cells touching them ({full:,} with points, {empty:,} empty).":
        "Đã đếm {n:,} điểm trên lưới {cells:,} ô lục giác cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm các ô có điểm và "
        "vòng ô trống tiếp giáp với chúng ({full:,} ô có điểm, {empty:,} ô trống).",
    "Counted {n:,} points on a grid of {cells:,} hexagon cells of {size:g} m ({area:.3g} km² each): every cell over "
    "the points' extent ({full:,} with points, {empty:,} empty).":
        "Đã đếm {n:,} điểm trên lưới {cells:,} ô lục giác cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm mọi ô trong phạm "
        "vi của các điểm ({full:,} ô có điểm, {empty:,} ô trống).",
    "Counted {n:,} points on a grid of {cells:,} square cells of {size:g} m ({area:.3g} km² each): the cells "
    "holding points and the ring of empty cells touching them ({full:,} with points, {empty:,} empty).":
        "Đã đếm {n:,} điểm trên lưới {cells:,} ô vuông cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm các ô có điểm và vòng "
        "ô trống tiếp giáp với chúng ({full:,} ô có điểm, {empty:,} ô trống).",
    "Counted {n:,} points on a grid of {cells:,} square cells of {size:g} m ({area:.3g} km² each): every cell over "
    "the points' extent ({full:,} with points, {empty:,} empty).":
        "Đã đếm {n:,} điểm trên lưới {cells:,} ô vuông cỡ {size:g} m (mỗi ô {area:.3g} km²): gồm mọi ô trong phạm vi "
        "của các điểm ({full:,} ô có điểm, {empty:,} ô trống).",
    "Neighbours: each hexagon and the 6 hexagons sharing an edge with it.":
        "Lân cận: mỗi ô lục giác cùng 6 ô lục giác chung cạnh với nó.",
    "Neighbours: each square and the 8 squares sharing an edge or a corner with it.":
        "Lân cận: mỗi ô vuông cùng 8 ô vuông chung cạnh hoặc chung góc với nó.",
    "Hot spots: a hexagon grid of {size:g} m cells would need {n:,} cells here (at most {most:,} are allowed). "
    "Choose a cell size of at least {need:g} m, or fewer points (a time window or a filter).":
        "Điểm nóng: lưới lục giác với ô {size:g} m sẽ cần {n:,} ô ở đây (cho phép tối đa {most:,} ô). Hãy chọn kích "
        "thước ô từ {need:g} m trở lên, hoặc bớt điểm (dùng khoảng thời gian hoặc bộ lọc).",
    "Hot spots: a square grid of {size:g} m cells would need {n:,} cells here (at most {most:,} are allowed). Choose "
    "a cell size of at least {need:g} m, or fewer points (a time window or a filter).":
        "Điểm nóng: lưới ô vuông với ô {size:g} m sẽ cần {n:,} ô ở đây (cho phép tối đa {most:,} ô). Hãy chọn kích "
        "thước ô từ {need:g} m trở lên, hoặc bớt điểm (dùng khoảng thời gian hoặc bộ lọc).",
    "Hot spots: {layer} has only {n} polygon(s) that take part; at least 3 are needed (30 or more for a reliable "
    "answer). Use a grid instead.":
        "Điểm nóng: {layer} chỉ có {n} đa giác tham gia; cần ít nhất 3 (từ 30 trở lên để kết quả đáng tin cậy). Hãy "
        "dùng lưới ô thay thế.",
    "Counted {n:,} points in {m:,} polygons of {layer}.": "Đã đếm {n:,} điểm trong {m:,} đa giác của {layer}.",
    "{n:,} point falls in no polygon of {layer} and was left out.":
        "{n:,} điểm không nằm trong đa giác nào của {layer} nên đã bị bỏ qua.",
    "{n:,} points fall in no polygon of {layer} and were left out.":
        "{n:,} điểm không nằm trong đa giác nào của {layer} nên đã bị bỏ qua.",
    "Neighbours: polygons that touch, overlap or lie within {d:g} m of each other (queen contiguity, tolerant of "
    "boundaries whose vertices do not match).":
        "Lân cận: các đa giác tiếp giáp, chồng lên nhau hoặc cách nhau không quá {d:g} m (kề cạnh kiểu quân hậu, chấp "
        "nhận ranh giới có đỉnh không trùng khớp).",
    "{n} polygon(s) touch no other ({names}); each was linked to its nearest polygon so that it takes part.":
        "{n} đa giác không tiếp giáp đa giác nào ({names}); mỗi đa giác đó được nối với đa giác gần nhất để được đưa "
        "vào phân tích.",
    "row {n}": "dòng {n}",
    "Significance: p-values from the normal approximation of the z-scores (two-sided), without permutations.":
        "Mức ý nghĩa: giá trị p tính theo xấp xỉ phân phối chuẩn của điểm z (hai phía), không hoán vị.",
    "Significance: pseudo p-values from {n:,} random permutations of the other areas' values (conditional "
    "randomisation, fixed seed {seed}, two-sided).":
        "Mức ý nghĩa: giá trị p giả định từ {n:,} lần hoán vị ngẫu nhiên giá trị của các vùng khác (ngẫu nhiên hóa có "
        "điều kiện, hạt giống cố định {seed}, hai phía).",
    "Result: {hot:,} hot spots ({hot99:,} at 99% confidence), {cold:,} cold spots ({cold99:,} at 99% confidence), "
    "{none:,} {units} not significant.":
        "Kết quả: {hot:,} điểm nóng ({hot99:,} ở độ tin cậy 99%), {cold:,} điểm lạnh ({cold99:,} ở độ tin cậy 99%), "
        "{none:,} {units} không có ý nghĩa thống kê.",
    # -- gisdesk/analysis/proximity.py -------------------------------------------------------------------------
    "{layer} has no coordinate reference system, so distances to or from its features cannot be measured in "
    "metres. Set its CRS (Layer properties) first.":
        "{layer} chưa có hệ tọa độ nên không đo được khoảng cách theo mét tới hoặc từ các đối tượng của lớp. Hãy đặt "
        "hệ tọa độ cho lớp trước (Thuộc tính lớp).",
    "Distances were measured in metres in {crs}.": "Khoảng cách được đo theo mét trong {crs}.",
    "{layer} is in {crs}, whose unit is the {unit}; its features were projected to {metric} so that distances are "
    "in metres.":
        "{layer} dùng {crs} có đơn vị là {unit}; các đối tượng của lớp đã được chuyển sang {metric} để khoảng cách "
        "tính theo mét.",
    "unknown unit": "đơn vị không xác định",
    "Only the features of {layer} inside the current time window took part.":
        "Chỉ các đối tượng của {layer} nằm trong khoảng thời gian hiện tại được đưa vào phân tích.",
    "{n:,} feature of {layer} without a location was left out.":
        "Đã bỏ qua {n:,} đối tượng của {layer} không có vị trí.",
    "{n:,} features of {layer} without a location were left out.":
        "Đã bỏ qua {n:,} đối tượng của {layer} không có vị trí.",
    "{n:,} features of {layer} lie within {d} of a feature of {near}, found by the database server (both layers are "
    "in the same PostGIS database and {layer} is read by view, so every row was searched, not only those loaded for "
    "the map).":
        "{n:,} đối tượng của {layer} nằm trong phạm vi {d} quanh một đối tượng của {near}, do máy chủ cơ sở dữ liệu "
        "tìm (hai lớp cùng nằm trong một cơ sở dữ liệu PostGIS và {layer} được đọc theo vùng nhìn, nên đã tìm trên "
        "mọi dòng chứ không chỉ những dòng đã tải cho bản đồ).",
    "{layer} within {d} of {near}": "{layer} trong phạm vi {d} quanh {near}",
    "The distance must be 0 m or more (got {d:g} m).": "Khoảng cách phải từ 0 m trở lên (đang là {d:g} m).",
    "Reading {layer}": "Đang đọc {layer}",
    "Measuring distances to {layer}": "Đang đo khoảng cách đến {layer}",
    "{n:,} of {m:,} features of {layer} lie within {d} of a feature of {near}.":
        "{n:,}/{m:,} đối tượng của {layer} nằm trong phạm vi {d} quanh một đối tượng của {near}.",
    "{layer} is read from the database by view: only the features loaded for the map took part. With 'New layer', "
    "no label field and both layers in the same database, the server searches every row.":
        "{layer} được đọc từ cơ sở dữ liệu theo vùng nhìn: chỉ các đối tượng đã tải cho bản đồ được đưa vào phân tích. "
        "Khi chọn 'Tạo lớp mới', không chọn trường nhãn và hai lớp cùng nằm trong một cơ sở dữ liệu, máy chủ sẽ tìm "
        "trên mọi dòng.",
    "The largest search distance must be 0 m or more (got {d:g} m).":
        "Khoảng cách tìm kiếm lớn nhất phải từ 0 m trở lên (đang là {d:g} m).",
    "Distance from the {n:,} feature of {layer} to the nearest feature of {near}: median {median}, longest "
    "{longest}.":
        "Khoảng cách từ {n:,} đối tượng của {layer} đến đối tượng gần nhất của {near}: trung vị {median}, xa nhất "
        "{longest}.",
    "Distance from the {n:,} features of {layer} to the nearest feature of {near}: median {median}, longest "
    "{longest}.":
        "Khoảng cách từ {n:,} đối tượng của {layer} đến đối tượng gần nhất của {near}: trung vị {median}, xa nhất "
        "{longest}.",
    "{n:,} feature of {layer} has no feature of {near} within {d}: its distance is empty.":
        "{n:,} đối tượng của {layer} không có đối tượng nào của {near} trong phạm vi {d}: khoảng cách để trống.",
    "{n:,} features of {layer} have no feature of {near} within {d}: their distance is empty.":
        "{n:,} đối tượng của {layer} không có đối tượng nào của {near} trong phạm vi {d}: khoảng cách để trống.",
    "{layer} and {near} do not overlap; if the distances look wrong, check that both layers have the right "
    "coordinate reference system.":
        "{layer} và {near} không chồng lên nhau; nếu khoảng cách có vẻ sai, hãy kiểm tra xem cả hai lớp đã đúng hệ tọa "
        "độ chưa.",
    "Distance from {layer} to {near}": "Khoảng cách từ {layer} đến {near}",
    "The buffer distance must be more than 0 m (got {d:g} m).":
        "Khoảng cách vùng đệm phải lớn hơn 0 m (đang là {d:g} m).",
    "{n:,} feature of {layer} was buffered by {d}, and the areas merged into one feature.":
        "Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer} và gộp các vùng thành một đối tượng.",
    "{n:,} features of {layer} were buffered by {d}, and the areas merged into one feature.":
        "Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer} và gộp các vùng thành một đối tượng.",
    "{n:,} feature of {layer} was buffered by {d}.": "Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer}.",
    "{n:,} features of {layer} were buffered by {d}.": "Đã tạo vùng đệm {d} cho {n:,} đối tượng của {layer}.",
    "{n:,} feature of {layer} without a geometry was left out.":
        "Đã bỏ qua {n:,} đối tượng của {layer} không có hình học.",
    "{n:,} features of {layer} without a geometry were left out.":
        "Đã bỏ qua {n:,} đối tượng của {layer} không có hình học.",
    "{layer} buffer {d}": "Vùng đệm {d} của {layer}",
    "{a} and {b} do not overlap: no feature of {a} can lie within {d} of {b}. Check that both layers have the right "
    "coordinate reference system.":
        "{a} và {b} không chồng lên nhau: không đối tượng nào của {a} có thể nằm trong phạm vi {d} quanh {b}. Hãy kiểm "
        "tra xem cả hai lớp đã đúng hệ tọa độ chưa.",
    # -- gisdesk/analysis/service_levels.py --------------------------------------------------------------------
    "Service levels by ward need the ward polygons: choose a layer for 'Wards', or group by agency or category.":
        "Thống kê tình hình xử lý theo phường/xã cần lớp đa giác phường/xã: hãy chọn một lớp cho 'Phường/xã', hoặc "
        "nhóm theo đơn vị xử lý hay lĩnh vực.",
    "Service levels by ward": "Tình hình xử lý theo phường/xã",
    "Service levels by agency": "Tình hình xử lý theo đơn vị xử lý",
    "Service levels by category": "Tình hình xử lý theo lĩnh vực",
    "{n:,} request lies outside every ward: not on the ward map, but in the table as '{group}' ({open:,} open, "
    "{overdue:,} overdue).":
        "{n:,} phản ánh nằm ngoài mọi phường/xã: không có trên bản đồ phường/xã nhưng có trong bảng với tên "
        "'{group}' ({open:,} đang mở, {overdue:,} quá hạn).",
    "{n:,} requests lie outside every ward: not on the ward map, but in the table as '{group}' ({open:,} open, "
    "{overdue:,} overdue).":
        "{n:,} phản ánh nằm ngoài mọi phường/xã: không có trên bản đồ phường/xã nhưng có trong bảng với tên "
        "'{group}' ({open:,} đang mở, {overdue:,} quá hạn).",
    "{n:,} request has no location: not on the ward map, but in the table as '{group}' ({open:,} open, {overdue:,} "
    "overdue).":
        "{n:,} phản ánh không có vị trí: không có trên bản đồ phường/xã nhưng có trong bảng với tên '{group}' "
        "({open:,} đang mở, {overdue:,} quá hạn).",
    "{n:,} requests have no location: not on the ward map, but in the table as '{group}' ({open:,} open, "
    "{overdue:,} overdue).":
        "{n:,} phản ánh không có vị trí: không có trên bản đồ phường/xã nhưng có trong bảng với tên '{group}' "
        "({open:,} đang mở, {overdue:,} quá hạn).",
    "{n:,} request was closed before it was made according to the data; its times to close were left out of the "
    "median and 90th percentile.":
        "Theo dữ liệu, {n:,} phản ánh được đóng trước cả thời điểm gửi; thời gian xử lý của phản ánh này không được "
        "tính vào trung vị và phân vị 90.",
    "{n:,} requests were closed before they were made according to the data; their times to close were left out of "
    "the median and 90th percentile.":
        "Theo dữ liệu, {n:,} phản ánh được đóng trước cả thời điểm gửi; thời gian xử lý của các phản ánh này không "
        "được tính vào trung vị và phân vị 90.",
    "{n:,} request has no due time (no expected time and no deadline for its category): it can be neither overdue "
    "nor late.":
        "{n:,} phản ánh không có hạn xử lý (không có thời gian dự kiến và lĩnh vực của nó không có thời hạn): phản ánh "
        "này không thể bị tính là quá hạn hay trễ hạn.",
    "{n:,} requests have no due time (no expected time and no deadline for their category): they can be neither "
    "overdue nor late.":
        "{n:,} phản ánh không có hạn xử lý (không có thời gian dự kiến và lĩnh vực của chúng không có thời hạn): các "
        "phản ánh này không thể bị tính là quá hạn hay trễ hạn.",
    "{n:,} request is open but has a closing time in the data (before it was made); the status was trusted and it "
    "counts as open.":
        "{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng (trước cả thời điểm gửi); trạng thái được coi là "
        "đúng nên phản ánh này được tính là đang mở.",
    "{n:,} request is open but has a closing time in the data; the status was trusted and it counts as open.":
        "{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng; trạng thái được coi là đúng nên phản ánh này được "
        "tính là đang mở.",
    "{n:,} requests are open but have a closing time in the data ({k:,} of them before they were made); the status "
    "was trusted and they count as open.":
        "{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng ({k:,} phản ánh trong số đó đóng trước cả thời "
        "điểm gửi); trạng thái được coi là đúng nên các phản ánh này được tính là đang mở.",
    "{n:,} requests are open but have a closing time in the data; the status was trusted and they count as open.":
        "{n:,} phản ánh đang mở nhưng dữ liệu lại có thời gian đóng; trạng thái được coi là đúng nên các phản ánh này "
        "được tính là đang mở.",
    "{n:,} closed request has no closing time: it counts as closed but not in the times to close.":
        "{n:,} phản ánh đã đóng không có thời gian đóng: được tính là đã đóng nhưng không tính vào thời gian xử lý.",
    "{n:,} closed requests have no closing time: they count as closed but not in the times to close.":
        "{n:,} phản ánh đã đóng không có thời gian đóng: được tính là đã đóng nhưng không tính vào thời gian xử lý.",
    "{layer}: {n:,} requests, {open:,} open, of which {overdue:,} overdue; {closed:,} closed, of which {late:,} late; "
    "median time to close {median}.":
        "{layer}: {n:,} phản ánh, {open:,} đang mở, trong đó {overdue:,} quá hạn; {closed:,} đã đóng, trong đó "
        "{late:,} trễ hạn; thời gian xử lý trung vị {median}.",
    "{layer}: {n:,} requests, {open:,} open, of which {overdue:,} overdue; {closed:,} closed, of which {late:,} "
    "late.":
        "{layer}: {n:,} phản ánh, {open:,} đang mở, trong đó {overdue:,} quá hạn; {closed:,} đã đóng, trong đó "
        "{late:,} trễ hạn.",
    "No ward has an overdue request.": "Không phường/xã nào có phản ánh quá hạn.",
    "No agency has an overdue request.": "Không đơn vị xử lý nào có phản ánh quá hạn.",
    "No category has an overdue request.": "Không lĩnh vực nào có phản ánh quá hạn.",
    "{group}: {overdue:,} overdue of {open:,} open ({pct:.0f}% of its requests missed the due time)":
        "{group}: {overdue:,} quá hạn trên {open:,} đang mở ({pct:.0f}% số phản ánh không kịp hạn xử lý)",
    "{group}: {overdue:,} overdue of {open:,} open": "{group}: {overdue:,} quá hạn trên {open:,} đang mở",
    "Most overdue wards: {groups}.": "Các phường/xã có nhiều phản ánh quá hạn nhất: {groups}.",
    "Most overdue agencies: {groups}.": "Các đơn vị xử lý có nhiều phản ánh quá hạn nhất: {groups}.",
    "Most overdue categories: {groups}.": "Các lĩnh vực có nhiều phản ánh quá hạn nhất: {groups}.",
    "{h:.1f} h": "{h:.1f} giờ",
    "{d:.1f} days": "{d:.1f} ngày",
    # -- gisdesk/analysis/trends.py ----------------------------------------------------------------------------
    "No request of {layer} has a request time, so none can be placed in a period.":
        "Không phản ánh nào của {layer} có thời gian gửi nên không xếp được vào kỳ nào.",
    "No request of {layer} was received inside the current time window ({window}); widen the time window.":
        "Không có phản ánh nào của {layer} được tiếp nhận trong khoảng thời gian hiện tại ({window}); hãy mở rộng "
        "khoảng thời gian.",
    "{layer} has no category column, so all requests are counted together.":
        "{layer} không có cột lĩnh vực nên mọi phản ánh được đếm chung.",
    "{n:,} lies outside every polygon of {layer} (counted as '{group}')":
        "{n:,} phản ánh nằm ngoài mọi đa giác của {layer} (được tính vào '{group}')",
    "{n:,} lie outside every polygon of {layer} (counted as '{group}')":
        "{n:,} phản ánh nằm ngoài mọi đa giác của {layer} (được tính vào '{group}')",
    "{n:,} has no location (counted as '{group}')": "{n:,} phản ánh không có vị trí (được tính vào '{group}')",
    "{n:,} have no location (counted as '{group}')": "{n:,} phản ánh không có vị trí (được tính vào '{group}')",
    "Of the requests counted, {first}.": "Trong số các phản ánh được đếm, {first}.",
    "Of the requests counted, {first} and {second}.": "Trong số các phản ánh được đếm, {first} và {second}.",
    "Other": "Khác",
    "Requests per week by category": "Số phản ánh mỗi tuần theo lĩnh vực",
    "Requests per month by category": "Số phản ánh mỗi tháng theo lĩnh vực",
    "week starting": "tuần bắt đầu từ",
    "month": "tháng",
    "requests": "phản ánh",
    "{n:,} requests counted in {k} week, {first} to {last} (Huế local time; weeks run Monday to Sunday).":
        "Đã đếm {n:,} phản ánh trong {k} tuần, từ {first} đến {last} (giờ địa phương Huế; tuần tính từ thứ Hai đến "
        "Chủ nhật).",
    "{n:,} requests counted in {k} weeks, {first} to {last} (Huế local time; weeks run Monday to Sunday).":
        "Đã đếm {n:,} phản ánh trong {k} tuần, từ {first} đến {last} (giờ địa phương Huế; tuần tính từ thứ Hai đến "
        "Chủ nhật).",
    "{n:,} requests counted in {k} month, {first} to {last} (Huế local time).":
        "Đã đếm {n:,} phản ánh trong {k} tháng, từ {first} đến {last} (giờ địa phương Huế).",
    "{n:,} requests counted in {k} months, {first} to {last} (Huế local time).":
        "Đã đếm {n:,} phản ánh trong {k} tháng, từ {first} đến {last} (giờ địa phương Huế).",
    "{n:,} request without a request time was left out.": "Đã bỏ qua {n:,} phản ánh không có thời gian gửi.",
    "{n:,} requests without a request time were left out.": "Đã bỏ qua {n:,} phản ánh không có thời gian gửi.",
    "Only requests received in the time window ({window}) were counted.":
        "Chỉ đếm các phản ánh được tiếp nhận trong khoảng thời gian ({window}).",
    "Not complete (cut by the time window or the start or end of the data): {periods}; compare them with care.":
        "Chưa trọn kỳ (bị cắt bởi khoảng thời gian hoặc phần đầu, phần cuối của dữ liệu): {periods}; hãy thận trọng "
        "khi so sánh các kỳ này.",
    "Not complete (cut by the time window or the start or end of the data): {periods}; compare it with care.":
        "Chưa trọn kỳ (bị cắt bởi khoảng thời gian hoặc phần đầu, phần cuối của dữ liệu): {periods}; hãy thận trọng "
        "khi so sánh kỳ này.",
    "Request trends per week": "Xu hướng phản ánh theo tuần",
    "Request trends per month": "Xu hướng phản ánh theo tháng",
    "the week of {date}": "tuần bắt đầu ngày {date}",
    "No week is complete in the data and the time window, so no change is given.":
        "Không có tuần nào trọn vẹn trong dữ liệu và khoảng thời gian nên không tính mức thay đổi.",
    "No month is complete in the data and the time window, so no change is given.":
        "Không có tháng nào trọn vẹn trong dữ liệu và khoảng thời gian nên không tính mức thay đổi.",
    "The only complete week is the first one in the data, so there is nothing to compare it with.":
        "Tuần trọn vẹn duy nhất là tuần đầu tiên của dữ liệu nên không có tuần nào để so sánh.",
    "The only complete month is the first one in the data, so there is nothing to compare it with.":
        "Tháng trọn vẹn duy nhất là tháng đầu tiên của dữ liệu nên không có tháng nào để so sánh.",
    "{period} (the latest complete week): {n:,} requests, against {before:,} the week before ({change}).":
        "{period} (tuần trọn vẹn gần nhất): {n:,} phản ánh, so với {before:,} của tuần trước ({change}).",
    "{period} (the latest complete month): {n:,} requests, against {before:,} the month before ({change}).":
        "{period} (tháng trọn vẹn gần nhất): {n:,} phản ánh, so với {before:,} của tháng trước ({change}).",
    "{category}: {before:,} → {after:,} ({change})": "{category}: {before:,} → {after:,} ({change})",
    "Rose most: {changes}.": "Tăng nhiều nhất: {changes}.",
    "Fell most: {changes}.": "Giảm nhiều nhất: {changes}.",
    "new": "mới",
    "no change": "không đổi",
    "{pct:+.0f}%": "{pct:+.0f}%",
    # -- gisdesk/analysis/zonal.py -----------------------------------------------------------------------------
    "mean": "giá trị trung bình",
    "smallest value": "giá trị nhỏ nhất",
    "largest value": "giá trị lớn nhất",
    "number of cells": "số ô",
    "sum": "tổng",
    "median": "trung vị",
    "standard deviation": "độ lệch chuẩn",
    "most common value": "giá trị phổ biến nhất",
    "Name at least one statistic: {stats}.": "Hãy nêu ít nhất một đại lượng thống kê: {stats}.",
    "'{name}' is not a statistic this tool computes; choose from {stats}.":
        "'{name}' không phải đại lượng thống kê mà công cụ này tính được; hãy chọn trong {stats}.",
    "Zonal statistics: {raster} is not a raster layer.": "Thống kê vùng: {raster} không phải lớp raster.",
    "{raster} has {n} band; there is no band {band}.": "{raster} có {n} kênh; không có kênh {band}.",
    "{raster} has {n} bands; there is no band {band}.": "{raster} có {n} kênh; không có kênh {band}.",
    "{raster} is rotated (its grid is not aligned with the map axes); zonal statistics need a north-up raster. Warp "
    "it to a north-up grid first.":
        "{raster} bị xoay (lưới ô không song song với các trục bản đồ); thống kê vùng cần raster hướng bắc lên trên. "
        "Hãy nắn raster về lưới hướng bắc lên trên trước.",
    "{n:,} invalid polygon of {layer} was repaired before counting.":
        "Đã sửa {n:,} đa giác không hợp lệ của {layer} trước khi tính.",
    "{n:,} invalid polygons of {layer} were repaired before counting.":
        "Đã sửa {n:,} đa giác không hợp lệ của {layer} trước khi tính.",
    "{layer} and {raster} do not overlap: no polygon lies on the raster. Check that both layers have the right "
    "coordinate reference system.":
        "{layer} và {raster} không chồng lên nhau: không đa giác nào nằm trên raster. Hãy kiểm tra xem cả hai lớp đã "
        "đúng hệ tọa độ chưa.",
    "{stats} of band {band} of {raster} for {n:,} polygon of {layer}; cells partly inside a polygon count by the "
    "fraction covered.":
        "{stats} của kênh {band} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được "
        "tính theo tỷ lệ diện tích bị phủ.",
    "{stats} of band {band} of {raster} for {n:,} polygons of {layer}; cells partly inside a polygon count by the "
    "fraction covered.":
        "{stats} của kênh {band} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được "
        "tính theo tỷ lệ diện tích bị phủ.",
    "{stats} of {raster} for {n:,} polygon of {layer}; cells partly inside a polygon count by the fraction covered.":
        "{stats} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ "
        "diện tích bị phủ.",
    "{stats} of {raster} for {n:,} polygons of {layer}; cells partly inside a polygon count by the fraction "
    "covered.":
        "{stats} của {raster} cho {n:,} đa giác của {layer}; ô chỉ nằm một phần trong đa giác được tính theo tỷ lệ "
        "diện tích bị phủ.",
    "{n:,} feature of {layer} is not a polygon: no statistics.":
        "{n:,} đối tượng của {layer} không phải đa giác: không có số liệu thống kê.",
    "{n:,} features of {layer} are not polygons: no statistics.":
        "{n:,} đối tượng của {layer} không phải đa giác: không có số liệu thống kê.",
    "{n:,} polygon lies wholly outside the raster: its statistics are empty.":
        "{n:,} đa giác nằm hoàn toàn ngoài raster: các giá trị thống kê để trống.",
    "{n:,} polygons lie wholly outside the raster: their statistics are empty.":
        "{n:,} đa giác nằm hoàn toàn ngoài raster: các giá trị thống kê để trống.",
    "{n:,} polygon lies partly outside the raster: only the part on the raster was counted.":
        "{n:,} đa giác nằm một phần ngoài raster: chỉ tính phần nằm trên raster.",
    "{n:,} polygons lie partly outside the raster: only the part on the raster was counted.":
        "{n:,} đa giác nằm một phần ngoài raster: chỉ tính phần nằm trên raster.",
    "{n:,} polygon covers only cells without data (nodata): its statistics are empty.":
        "{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata): các giá trị thống kê để trống.",
    "{n:,} polygons cover only cells without data (nodata): their statistics are empty.":
        "{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata): các giá trị thống kê để trống.",
    "{n:,} polygon covers only cells without data (nodata = {nodata:g}): its statistics are empty.":
        "{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata = {nodata:g}): các giá trị thống kê để trống.",
    "{n:,} polygons cover only cells without data (nodata = {nodata:g}): their statistics are empty.":
        "{n:,} đa giác chỉ phủ các ô không có dữ liệu (nodata = {nodata:g}): các giá trị thống kê để trống.",
    "{raster} per {layer}": "{raster} theo {layer}",
    "Neither {raster} nor {layer} has a coordinate reference system; their coordinates were taken to be in the "
    "same system.":
        "Cả {raster} và {layer} đều chưa có hệ tọa độ; tọa độ của chúng được coi là cùng một hệ.",
    "{raster} has no coordinate reference system, so the polygons cannot be placed on it. Set the raster's CRS "
    "(Layer properties) first.":
        "{raster} chưa có hệ tọa độ nên không đặt được các đa giác lên raster. Hãy đặt hệ tọa độ cho raster trước "
        "(Thuộc tính lớp).",
    "{layer} has no coordinate reference system, so it cannot be placed on the raster. Set its CRS (Layer "
    "properties) first.":
        "{layer} chưa có hệ tọa độ nên không đặt được lên raster. Hãy đặt hệ tọa độ cho lớp trước (Thuộc tính lớp).",
    "The polygons were reprojected from {crs} to the raster's CRS, {raster_crs}.":
        "Các đa giác đã được chuyển từ {crs} sang hệ tọa độ của raster, {raster_crs}.",
    "{raster} is stored upside down (its rows run from south to north) and is too large to turn around here; warp "
    "it to a north-up grid first.":
        "{raster} được lưu lộn ngược (các hàng chạy từ nam lên bắc) và quá lớn để lật lại ở đây; hãy nắn raster về "
        "lưới hướng bắc lên trên trước.",
    "Zonal statistics of {raster}": "Đang thống kê vùng trên {raster}",
    "Reading the raster {raster} failed ({problem}); the file may be damaged.":
        "Không đọc được raster {raster} ({problem}); tệp có thể đã bị hỏng.",
    "Zonal statistics of {raster} failed: {problem}.": "Thống kê vùng trên {raster} không thành công: {problem}.",
    # group labels written into result tables (requests_input, service_levels, trends, exceedance)
    "(outside the wards)": "(ngoài các phường/xã)",
    "(no location)": "(không có vị trí)",
    "(no agency)": "(không rõ đơn vị xử lý)",
    "(no category)": "(không rõ lĩnh vực)",
    "Polygon {n}": "Vùng {n}",
}
