"""PyInstaller runtime hook: runs in the frozen gisdesk before any of its modules is imported.

The bundle carries its own GDAL and PROJ data (pyogrio/gdal_data + proj_data, rasterio/gdal_data + proj_data,
pyproj/proj_dir/share/proj), each matching the library built into that package's wheel. pyogrio and pyproj prefer
their own copy, but rasterio (and GDAL itself) take GDAL_DATA / PROJ_DATA / PROJ_LIB from the environment first.
Windows workstations often have these set machine-wide by another GIS (the PostGIS bundle, OSGeo4W, older QGIS)
pointing at a proj.db of a different PROJ version, which fails with "DATABASE.LAYOUT.VERSION mismatch" or silently
loses datum shifts (VN-2000 -> WGS 84 is a 7-parameter shift). The frozen program therefore ignores them; likewise
Qt plugin paths of another Qt installation, which make Qt load a foreign ``qwindows.dll`` and die at start.
"""

import os

for _name in ("GDAL_DATA", "PROJ_DATA", "PROJ_LIB", "GDAL_DRIVER_PATH", "QT_PLUGIN_PATH",
              "QT_QPA_PLATFORM_PLUGIN_PATH"):
    os.environ.pop(_name, None)
del _name
