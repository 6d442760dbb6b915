"""Background work on persistent Python threads (no Qt).

Loading, rendering and classifying run here rather than on QThreadPool: a QThreadPool thread gets a
fresh Python thread state for each job, which throws away thread-local state that PROJ/pyproj keeps
per thread, and reading a project on one such job then reprojecting on the next crashed the process
(seen with pyproj 3.7 / PROJ 9.5). These threads live as long as the process.
Qt objects may emit signals from them; Qt queues the calls to receivers on the GUI thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

_executor = ThreadPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 2)), thread_name_prefix="gisdesk")


def submit(fn: Callable[..., Any], *args: Any) -> Future:
    return _executor.submit(fn, *args)


# Reading files (a project's layers in parallel): its own persistent threads, so a job on the main pool
# that waits for reads can never starve them. GDAL, rasterio and numpy release the GIL while they work.
_read_executor: ThreadPoolExecutor | None = None


def submit_read(fn: Callable[..., Any], *args: Any) -> Future:
    global _read_executor
    if _read_executor is None:
        _read_executor = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2)),
                                            thread_name_prefix="gisdesk-read")
    return _read_executor.submit(fn, *args)
