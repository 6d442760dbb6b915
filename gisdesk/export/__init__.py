"""Everything that makes output: data exports (``export.data``, Qt-free) and, later, maps.

Importing this package loads no Qt; the dialogs live in ``gisdesk.widgets``.
"""

from gisdesk.export.data import (
    SCOPES,
    ExportCancelled,
    ExportError,
    ExportResult,
    export_layer,
    export_rows,
    personal_columns,
)

__all__ = ["SCOPES", "ExportCancelled", "ExportError", "ExportResult", "export_layer", "export_rows",
           "personal_columns"]
