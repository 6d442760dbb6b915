"""Drawing maps with QtGui (never QtWidgets): one ``draw_map`` for the canvas, ``gisdesk render`` and print.

* ``MapSettings`` (settings.py): the frame: extent, size, CRS, dpi, background;
* ``draw_map`` / ``render_image`` (draw.py): draw layers on any QPainter / into a new QImage;
* ``RenderCache`` (cache.py): reprojected geometry, classifications and layer images reused across frames;
* ``RenderJob`` (job.py): a frame on a worker thread, with cancel.
"""

from gisdesk.render.cache import RenderCache
from gisdesk.render.draw import draw_map, render_image
from gisdesk.render.job import RenderJob
from gisdesk.render.settings import MapSettings

__all__ = ["MapSettings", "RenderCache", "RenderJob", "draw_map", "render_image"]
