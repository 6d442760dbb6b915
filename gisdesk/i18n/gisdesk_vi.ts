<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/main_window.py" line="63" />
        <location filename="../widgets/main_window.py" line="189" />
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="69" />
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="89" />
        <source>&amp;Project</source>
        <translation>&amp;Dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="90" />
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="94" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="99" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="106" />
        <source>Open project or data</source>
        <translation>Mở dự án hoặc dữ liệu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="107" />
        <source>Projects and data (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;All files (*)</source>
        <translation>Dự án và dữ liệu (*.gisdesk *.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz *.fgb *.csv *.xlsx *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="118" />
        <source>Opening %s…</source>
        <translation>Đang mở %s…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="127" />
        <source>Project %s: %d layer(s)</source>
        <translation>Dự án %s: %d lớp</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="140" />
        <source>Could not open: %s</source>
        <translation>Không mở được: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="141" />
        <source>Could not open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="142" />
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="182" />
        <source>Project CRS: %s</source>
        <translation>Hệ tọa độ của dự án: %s</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="198" />
        <source>Save project</source>
        <translation>Lưu dự án</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="199" />
        <source>gisdesk project (*%s)</source>
        <translation>Dự án gisdesk (*%s)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="206" />
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.py" line="208" />
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
</context>
</TS>