"""File > Print layouts…: choose, edit, preview, export and print the project's print layouts.

``LayoutDialog(project, canvas_extent, parent=None, settings=None)`` is a non-modal window in three columns:

* left, the project's layouts (``export.layout.project_layouts``) with New (from one of the default layouts),
  Duplicate, Rename (in place, F2 or double-click) and Delete (confirmed; the last layout cannot be deleted);
  names stay unique;
* middle, a form for the selected layout in group boxes (page, text, map extent and scale, map items,
  attribute table, atlas). Every edit is validated by ``PrintLayout`` and saved into the project at once
  (``project.set_layouts``, which marks it modified), as QGIS does; a layout that does not validate is not
  saved and the reason is shown under the form;
* right, a live preview of the page (``printing.render_preview`` at a resolution that fits the widget), redrawn
  300 ms after the last edit on a worker thread; a stale preview is cancelled and dropped.

Below: the resolution, Export PDF…, Export PNG…, Export atlas… (when the layout has an atlas layer and
``printing.export_atlas`` exists) and Print… (the system print dialog, then ``printing.print_layout``). Every
output runs on a worker thread (``widgets.background.BackgroundRun``) with a progress bar and Cancel, and ends
with a line that says what happened: written (path, pages, size, Open folder), cancelled (nothing written), or
the reason it failed. Closing the window while an output runs asks whether to cancel it. The last export folder
is remembered in QSettings (``layout_dialog/export_dir``).

``canvas_extent()`` gives the map canvas's current view (project CRS) or None; it is called on the GUI thread
each time the preview or an output needs it (extent mode "canvas") or when the user fixes the current view.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gisdesk.export.layout import PrintLayout, default_layouts, page_size_mm, project_layouts
from gisdesk.settings import fmt_number
from gisdesk.widgets.background import ERROR_COLOUR, BackgroundRun
from gisdesk.widgets.weak import weak_slot

__all__ = ["LayoutDialog", "PagePreview", "parse_scale"]

Extent = tuple[float, float, float, float]
#: how long the preview waits after the last edit (ms)
PREVIEW_DELAY_MS = 300
#: the preview's resolution is chosen to fit the widget, within these bounds (dpi)
PREVIEW_DPI_RANGE = (6.0, 110.0)
COMMON_SCALES = (2000, 5000, 10000, 25000)
SETTINGS_DIR_KEY = "layout_dialog/export_dir"
_ERROR_STYLE = f"color: {ERROR_COLOUR};"


def parse_scale(text: str) -> float | None:
    """The N of a scale typed as "1:5000", "1 : 5 000", "5,000", "5.000" or "5000"; ValueError otherwise.
    None for an empty text (fit the extent)."""
    t = (text or "").strip()
    if not t:
        return None
    t = re.sub(r"^1\s*:\s*", "", t)
    t = re.sub(r"[\s\u00a0\u202f,._']", "", t)  # thousands separators of any locale
    if not t.isdigit():
        raise ValueError(f"{text!r} is not a scale: type it as 1:5000")
    n = float(t)
    if n <= 0:
        raise ValueError(f"{text!r} is not a scale: N in 1:N must be above 0")
    return n


def _scale_text(n: float) -> str:
    return "1:" + f"{round(n):,}".replace(",", "\u00a0")


def _safe_stem(name: str) -> str:
    bad = '<>:"/\\|?*'
    return "".join("_" if c in bad or ord(c) < 32 else c for c in name).strip(" .") or "layout"


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    stem = re.sub(r" \(\d+\)$", "", base)
    n = 2
    while f"{stem} ({n})" in taken:
        n += 1
    return f"{stem} ({n})"


# ---------------------------------------------------------------------------------------------------------------
# background work
# ---------------------------------------------------------------------------------------------------------------
class _PreviewRun(BackgroundRun):
    """One preview render; ``finished`` carries (QImage, seconds, atlas page count or 0). Cancelled when a newer
    one starts. For a layout with an atlas, page ``atlas_page`` of the atlas is drawn."""

    def __init__(self, project: Any, layout: PrintLayout, dpi: float, extent: Extent | None, generation: int,
                 atlas_page: int = 0) -> None:
        super().__init__()
        self.project, self.layout, self.dpi, self.extent = project, layout, dpi, extent
        self.generation = generation
        self.atlas_page = atlas_page
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def work(self) -> Any:  # worker thread
        from gisdesk.export import printing

        t0 = time.perf_counter()
        kwargs: dict[str, Any] = {}
        pages = 0
        if self.layout.atlas_layer and hasattr(printing, "atlas_pages"):
            pages = len(printing.atlas_pages(self.project, self.layout, self.project.time_window))
            if "atlas_page" in inspect.signature(printing.render_preview).parameters:
                kwargs["atlas_page"] = self.atlas_page
        image = printing.render_preview(self.project, self.layout, dpi=self.dpi, extent=self.extent,
                                        cancel=lambda: self._cancel, **kwargs)
        return image, time.perf_counter() - t0, pages

    def problem(self, exc: BaseException) -> str | None:
        return str(exc) if isinstance(exc, ValueError) else None


class _OutputRun(BackgroundRun):
    """One export or print: ``fn(cancel, progress)`` returns a ``printing.PrintResult``."""

    def __init__(self, fn: Callable[[Callable[[], bool], Callable[[float], None]], Any], kind: str) -> None:
        super().__init__()
        self._fn = fn
        self.kind = kind  # "pdf" | "png" | "atlas" | "print"
        self.target: Path | None = None
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel

    def work(self) -> Any:  # worker thread
        return self._fn(lambda: self._cancel, lambda f, *_: self.progress.emit(float(f), ""))

    def problem(self, exc: BaseException) -> str | None:
        return str(exc) if isinstance(exc, (ValueError, OSError)) else None


# ---------------------------------------------------------------------------------------------------------------
# the page preview
# ---------------------------------------------------------------------------------------------------------------
class PagePreview(QWidget):
    """The page scaled to fit, centred on a grey desk with a drop shadow; or a message instead of the page."""

    resized = Signal()
    MARGIN = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.page_mm: tuple[float, float] = (297.0, 210.0)
        self.message = ""
        self.setMinimumSize(320, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 440)

    def set_page(self, page_mm: tuple[float, float]) -> None:
        if page_mm != self.page_mm:
            self.page_mm = page_mm
            self.update()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.message = ""
        self.update()

    def set_message(self, text: str) -> None:
        self.message = text
        self.update()

    def page_rect_px(self) -> tuple[float, float, float, float]:
        """Where the page is drawn: (x, y, w, h) in widget pixels, keeping the page's aspect ratio."""
        w_mm, h_mm = self.page_mm
        avail_w = max(1.0, self.width() - 2 * self.MARGIN)
        avail_h = max(1.0, self.height() - 2 * self.MARGIN)
        k = min(avail_w / w_mm, avail_h / h_mm)
        w, h = w_mm * k, h_mm * k
        return (self.width() - w) / 2, (self.height() - h) / 2, w, h

    def fit_dpi(self) -> float:
        """The resolution at which the page image fills the page rectangle on this screen."""
        _, _, w, _ = self.page_rect_px()
        dpi = w / self.page_mm[0] * 25.4 * self.devicePixelRatioF()
        return float(min(max(round(dpi), PREVIEW_DPI_RANGE[0]), PREVIEW_DPI_RANGE[1]))

    def paintEvent(self, _event: Any) -> None:
        from PySide6.QtCore import QRectF

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.fillRect(self.rect(), QColor(0xD9, 0xDC, 0xE0))
        x, y, w, h = self.page_rect_px()
        page = QRectF(x, y, w, h)
        for i, alpha in ((6, 18), (4, 28), (2, 45)):  # a soft shadow, offset down-right
            p.fillRect(page.translated(i, i).adjusted(-1, -1, 1, 1), QColor(0, 0, 0, alpha))
        p.fillRect(page, Qt.GlobalColor.white)
        if not self.image.isNull():
            p.drawImage(page, self.image)
        if self.message:
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText)
                     if not self.message.startswith("!") else QColor(0xB0, 0x00, 0x20))
            text = self.message.lstrip("!")
            p.drawText(page.adjusted(16, 16, -16, -16),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        p.setPen(QColor(0, 0, 0, 70))
        p.drawRect(page)
        p.end()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.resized.emit()


# ---------------------------------------------------------------------------------------------------------------
# the dialog
# ---------------------------------------------------------------------------------------------------------------
class LayoutDialog(QDialog):
    """Edit, preview, export and print the project's print layouts; see the module docstring.

    ``output_done(PrintResult)`` follows every export or print that ended (ok, cancelled or error)."""

    output_done = Signal(object)
    preview_ready = Signal()

    def __init__(self, project: Any, canvas_extent: Callable[[], Extent | None] | None = None,
                 parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.canvas_extent = canvas_extent or (lambda: None)
        self.settings = settings if settings is not None else QSettings()
        self.layouts, problems = project_layouts(project)
        self._loading = False  # filling the form: its signals are not edits
        self._saving = False  # our own project.set_layouts: not a change from outside
        self.preview_run: _PreviewRun | None = None
        self._preview_gen = 0
        self._preview_dpi = 0.0
        self.last_preview_seconds: float | None = None
        self.output_run: _OutputRun | None = None
        self.last_result: Any = None
        self._printer: Any = None

        self.setWindowTitle(self.tr("Print layouts"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.resize(1220, 760)

        self._build_list()
        self._build_form()
        self._build_preview()
        self._build_outputs()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_box)
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self.preview_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 0)
        splitter.setStretchFactor(2, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 400, 600])
        self.splitter = splitter

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.setSpacing(10)
        if problems:
            note = QLabel(self.tr("Some saved layouts could not be read and were skipped: {0}")
                          .format("; ".join(problems)))
            note.setWordWrap(True)
            note.setStyleSheet(_ERROR_STYLE)
            lay.addWidget(note)
        lay.addWidget(splitter, 1)
        lay.addWidget(self.output_box)

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.preview.resized.connect(self._preview_resized)

        project.events.layouts.connect(weak_slot(self, "_project_layouts_changed"))
        for name in ("inserted", "removed"):
            getattr(project.layers.events, name).connect(weak_slot(self, "_project_layers_changed"))

        self._fill_list()
        self.layout_list.setCurrentRow(0)

    # ---------------------------------------------------------------------------------------------------------
    # building
    # ---------------------------------------------------------------------------------------------------------
    def _build_list(self) -> None:
        self.layout_list = QListWidget()
        self.layout_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.layout_list.currentRowChanged.connect(self._row_changed)
        self.layout_list.itemChanged.connect(self._item_renamed)

        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("A new layout, starting from one of the standard layouts"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        for template in default_layouts():
            action = menu.addAction(template.name)
            action.triggered.connect(lambda _=False, t=template.name: self.new_layout(t))
        self.new_button.setMenu(menu)
        self.duplicate_button = QToolButton()
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_layout)
        self.rename_button = QToolButton()
        self.rename_button.setText(self.tr("Rename"))
        self.rename_button.clicked.connect(self._start_rename)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_layout())
        for b in (self.new_button, self.duplicate_button, self.rename_button, self.delete_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        buttons1 = QHBoxLayout()
        buttons1.addWidget(self.new_button)
        buttons1.addWidget(self.duplicate_button)
        buttons2 = QHBoxLayout()
        buttons2.addWidget(self.rename_button)
        buttons2.addWidget(self.delete_button)

        self.list_box = QGroupBox(self.tr("Layouts"))
        box = QVBoxLayout(self.list_box)
        box.addWidget(self.layout_list, 1)
        box.addLayout(buttons1)
        box.addLayout(buttons2)
        self.list_box.setMinimumWidth(190)

    def _build_form(self) -> None:
        def form_box(title: str) -> tuple[QGroupBox, QFormLayout]:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(6)
            return box, form

        # page
        self.name_edit = QLineEdit()
        self.page_combo = QComboBox()
        for page in ("A4", "A3", "A0"):
            w, h = page_size_mm(page, "portrait")
            self.page_combo.addItem(self.tr("{0} ({1:g} × {2:g} mm)").format(page, w, h), page)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Landscape"), "landscape")
        self.orientation_combo.addItem(self.tr("Portrait"), "portrait")
        self.margins_spin = QDoubleSpinBox()
        self.margins_spin.setRange(0.0, 300.0)
        self.margins_spin.setDecimals(1)
        self.margins_spin.setSingleStep(1.0)
        self.margins_spin.setSuffix(self.tr(" mm"))
        page_box, f = form_box(self.tr("Page"))
        f.addRow(self.tr("Name:"), self.name_edit)
        f.addRow(self.tr("Size:"), self.page_combo)
        f.addRow(self.tr("Orientation:"), self.orientation_combo)
        f.addRow(self.tr("Margins:"), self.margins_spin)

        # text
        self.title_edit = QLineEdit()
        self.subtitle_edit = QLineEdit()
        self.author_edit = QLineEdit()
        self.sources_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("No title"))
        self.sources_edit.setPlaceholderText(self.tr("e.g. © OpenStreetMap contributors"))
        text_box, f = form_box(self.tr("Text"))
        f.addRow(self.tr("Title:"), self.title_edit)
        f.addRow(self.tr("Subtitle:"), self.subtitle_edit)
        f.addRow(self.tr("Author:"), self.author_edit)
        f.addRow(self.tr("Data sources:"), self.sources_edit)

        # map extent and scale
        self.extent_combo = QComboBox()
        self.extent_combo.addItem(self.tr("The current map view"), "canvas")
        self.extent_combo.addItem(self.tr("The extent of a layer"), "layer")
        self.extent_combo.addItem(self.tr("A fixed extent"), "explicit")
        self.extent_layer_combo = QComboBox()
        self.fix_view_button = QPushButton(self.tr("Use the current view"))
        self.fix_view_button.setToolTip(self.tr("Keep the map's current view as this layout's fixed extent"))
        self.fix_view_button.clicked.connect(self.fix_current_view)
        self.extent_label = QLabel()
        self.extent_label.setWordWrap(True)
        self.extent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scale_combo = QComboBox()
        self.scale_combo.setEditable(True)
        self.scale_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scale_combo.addItem(self.tr("Fit the extent"), None)
        for n in COMMON_SCALES:
            self.scale_combo.addItem(_scale_text(n), float(n))
        self.scale_combo.lineEdit().setPlaceholderText(self.tr("1:N, e.g. 1:7500"))
        fixed_row = QHBoxLayout()
        fixed_row.addWidget(self.extent_label, 1)
        fixed_row.addWidget(self.fix_view_button, 0, Qt.AlignmentFlag.AlignTop)
        map_box, f = form_box(self.tr("Map"))
        f.addRow(self.tr("Show:"), self.extent_combo)
        f.addRow(self.tr("Layer:"), self.extent_layer_combo)
        f.addRow("", fixed_row)
        self._fixed_row = fixed_row
        f.addRow(self.tr("Scale:"), self.scale_combo)
        self._map_form = f

        # items
        self.legend_check = QCheckBox(self.tr("Legend"))
        self.scale_bar_check = QCheckBox(self.tr("Scale bar"))
        self.north_check = QCheckBox(self.tr("North arrow"))
        self.date_check = QCheckBox(self.tr("Date"))
        checks = QHBoxLayout()
        checks.setSpacing(14)
        for c in (self.legend_check, self.scale_bar_check, self.north_check, self.date_check):
            checks.addWidget(c)
        checks.addStretch(1)
        self.grid_combo = QComboBox()
        self.grid_combo.addItem(self.tr("No grid"), "none")
        self.grid_combo.addItem(self.tr("Map coordinates"), "map")
        self.grid_combo.addItem(self.tr("Longitude / latitude"), "lonlat")
        self.overview_check = QCheckBox(self.tr("Overview map"))
        self.overview_layer_combo = QComboBox()
        overview_row = QHBoxLayout()
        overview_row.addWidget(self.overview_check)
        overview_row.addWidget(self.overview_layer_combo, 1)
        items_box, f = form_box(self.tr("Map items"))
        f.addRow(checks)
        f.addRow(self.tr("Grid:"), self.grid_combo)
        f.addRow(self.tr("Inset:"), overview_row)

        # attribute table
        self.table_layer_combo = QComboBox()
        self.table_open_check = QCheckBox(self.tr("Open requests only"))
        self.table_rows_spin = QSpinBox()
        self.table_rows_spin.setRange(1, 500)
        table_box, f = form_box(self.tr("Attribute table"))
        f.addRow(self.tr("Layer:"), self.table_layer_combo)
        f.addRow("", self.table_open_check)
        f.addRow(self.tr("At most:"), self.table_rows_spin)
        self.table_rows_spin.setSuffix(self.tr(" rows"))

        # atlas
        self.atlas_layer_combo = QComboBox()
        self.atlas_field_combo = QComboBox()
        self.atlas_mask_check = QCheckBox(self.tr("Dim the map outside the feature"))
        self.atlas_output_combo = QComboBox()
        self.atlas_output_combo.addItem(self.tr("One PDF with a page per feature"), False)
        self.atlas_output_combo.addItem(self.tr("One file per feature"), True)
        atlas_box, f = form_box(self.tr("Atlas"))
        f.addRow(self.tr("One page per:"), self.atlas_layer_combo)
        f.addRow(self.tr("Page name from:"), self.atlas_field_combo)
        f.addRow("", self.atlas_mask_check)
        f.addRow(self.tr("Output:"), self.atlas_output_combo)
        self.atlas_note = QLabel(self.tr("With an atlas layer, Export PDF, Export PNG and Print also make one "
                                         "page per feature; the preview shows one of them."))
        self.atlas_note.setWordWrap(True)
        self.atlas_note.setStyleSheet("color: #5f6368;")
        f.addRow(self.atlas_note)

        self.form_error = QLabel()
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet(_ERROR_STYLE)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_error.hide()

        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(0, 0, 6, 0)
        col.setSpacing(10)
        for b in (page_box, text_box, map_box, items_box, table_box, atlas_box):
            col.addWidget(b)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_widget = inner
        self.form_scroll = QWidget()  # the error above the scrolled form, always in sight
        middle = QVBoxLayout(self.form_scroll)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(6)
        middle.addWidget(self.form_error)
        middle.addWidget(scroll, 1)
        self.form_scroll.setMinimumWidth(380)

        # every edit goes through _edited
        for w in (self.name_edit, self.title_edit, self.subtitle_edit, self.author_edit, self.sources_edit):
            w.textEdited.connect(self._edited)
        for c in (self.page_combo, self.orientation_combo, self.extent_combo, self.extent_layer_combo,
                  self.grid_combo, self.overview_layer_combo, self.table_layer_combo, self.atlas_field_combo):
            c.currentIndexChanged.connect(self._edited)
        self.atlas_layer_combo.currentIndexChanged.connect(self._atlas_layer_changed)
        self.scale_combo.currentIndexChanged.connect(self._scale_picked)
        # a typed scale is applied when finished (Enter, or leaving the box), not at every keystroke (1:5000
        # would go through 1:5 and 1:50); while typing it is only checked
        self.scale_combo.lineEdit().editingFinished.connect(self._scale_typed)
        self.scale_combo.lineEdit().textEdited.connect(self._check_scale_text)
        for c in (self.legend_check, self.scale_bar_check, self.north_check, self.date_check,
                  self.overview_check, self.table_open_check, self.atlas_mask_check):
            c.toggled.connect(self._edited)
        self.margins_spin.valueChanged.connect(self._edited)
        self.table_rows_spin.valueChanged.connect(self._edited)
        self.atlas_output_combo.currentIndexChanged.connect(self._update_actions)

    def _build_preview(self) -> None:
        self.preview = PagePreview()
        self.preview_status = QLabel()
        self.preview_status.setStyleSheet("color: #5f6368;")
        self.preview_box = QGroupBox(self.tr("Preview"))
        box = QVBoxLayout(self.preview_box)
        self.atlas_page_caption = QLabel(self.tr("Atlas page:"))
        self.atlas_page_spin = QSpinBox()
        self.atlas_page_spin.setRange(1, 1)
        self.atlas_page_spin.valueChanged.connect(lambda _v: self.schedule_preview())
        self.atlas_page_label = QLabel()
        self.atlas_pages = 0
        row = QHBoxLayout()
        row.addWidget(self.preview_status, 1)
        row.addWidget(self.atlas_page_caption)
        row.addWidget(self.atlas_page_spin)
        row.addWidget(self.atlas_page_label)
        for w in (self.atlas_page_caption, self.atlas_page_spin, self.atlas_page_label):
            w.hide()
        box.addWidget(self.preview, 1)
        box.addLayout(row)

    def _build_outputs(self) -> None:
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(72, 600)
        self.dpi_spin.setSingleStep(50)
        self.dpi_spin.setValue(300)
        self.dpi_spin.setSuffix(self.tr(" dpi"))
        self.dpi_spin.setToolTip(self.tr("The resolution of PNG images, and of rasters and markers in PDFs"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.clicked.connect(lambda: self.export_png())
        self.atlas_button = QPushButton(self.tr("Export atlas…"))
        self.atlas_button.clicked.connect(lambda: self.export_atlas())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: self.print_layout())
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_output)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel(self.tr("Resolution:")))
        row.addWidget(self.dpi_spin)
        row.addSpacing(8)
        for b in (self.pdf_button, self.png_button, self.atlas_button, self.print_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        status = QHBoxLayout()
        status.setSpacing(8)
        status.addWidget(self.result_label, 1)
        status.addWidget(self.progress, 1)
        status.addWidget(self.cancel_button)
        status.addWidget(self.open_folder_button)
        self.output_box = QWidget()
        box = QVBoxLayout(self.output_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addLayout(status)
        box.addLayout(row)
        self.progress.hide()
        self.cancel_button.hide()
        self.open_folder_button.hide()

    # ---------------------------------------------------------------------------------------------------------
    # the list of layouts
    # ---------------------------------------------------------------------------------------------------------
    def _fill_list(self) -> None:
        row = max(0, self.layout_list.currentRow())
        self.layout_list.blockSignals(True)
        self.layout_list.clear()
        for lay in self.layouts:
            item = QListWidgetItem(lay.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.layout_list.addItem(item)
        self.layout_list.blockSignals(False)
        self.delete_button.setEnabled(len(self.layouts) > 1)
        if self.layouts:
            self.layout_list.setCurrentRow(min(row, len(self.layouts) - 1))
            self._row_changed(self.layout_list.currentRow())

    def current_index(self) -> int:
        return self.layout_list.currentRow()

    def current_layout(self) -> PrintLayout | None:
        i = self.current_index()
        return self.layouts[i] if 0 <= i < len(self.layouts) else None

    def select(self, name: str) -> None:
        for i, lay in enumerate(self.layouts):
            if lay.name == name:
                self.layout_list.setCurrentRow(i)
                return
        raise KeyError(name)

    def _names(self, skip: int | None = None) -> set[str]:
        return {lay.name for i, lay in enumerate(self.layouts) if i != skip}

    def _insert(self, layout: PrintLayout) -> None:
        self.layouts.append(layout)
        self.save()
        self._fill_list()
        self.layout_list.setCurrentRow(len(self.layouts) - 1)

    def new_layout(self, template: str = "A4 ngang") -> PrintLayout:
        """A new layout from the default named ``template``, titled with the project's name."""
        base = next((t for t in default_layouts(title=str(getattr(self.project, "name", "") or ""))
                     if t.name == template), None)
        if base is None:
            base = default_layouts()[0]
        base.name = _unique(base.name, self._names())
        self._insert(base)
        return base

    def duplicate_layout(self) -> PrintLayout | None:
        current = self.current_layout()
        if current is None:
            return None
        copy = PrintLayout.from_dict(current.to_dict())
        copy.name = _unique(self.tr("{0} (copy)").format(current.name), self._names())
        self._insert(copy)
        return copy

    def _start_rename(self) -> None:
        item = self.layout_list.currentItem()
        if item is not None:
            self.layout_list.editItem(item)

    def rename_layout(self, name: str) -> bool:
        """Rename the selected layout; False (and the reason under the form) when the name is empty or taken."""
        i = self.current_index()
        if i < 0:
            return False
        name = name.strip()
        if not name:
            self._show_error(self.tr("A layout needs a name."))
            return False
        if name in self._names(skip=i):
            self._show_error(self.tr("There is already a layout named “{0}”.").format(name))
            return False
        self.layouts[i] = dataclasses.replace(self.layouts[i], name=name)  # a run may hold the old one
        self._show_error("")
        self.save()
        self._set_item_text(i, name)
        if self.name_edit.text() != name:
            self._loading = True
            self.name_edit.setText(name)
            self._loading = False
        return True

    def _set_item_text(self, i: int, text: str) -> None:
        item = self.layout_list.item(i)
        if item is not None and item.text() != text:
            self.layout_list.blockSignals(True)
            item.setText(text)
            self.layout_list.blockSignals(False)

    def _item_renamed(self, item: QListWidgetItem) -> None:
        i = self.layout_list.row(item)
        if i != self.current_index():
            self.layout_list.setCurrentRow(i)
        if not self.rename_layout(item.text()):
            self._set_item_text(i, self.layouts[i].name)

    def delete_layout(self, confirm: bool = True) -> bool:
        i = self.current_index()
        if i < 0 or len(self.layouts) <= 1:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete layout"),
                self.tr("Delete the layout “{0}”? This cannot be undone.").format(self.layouts[i].name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        del self.layouts[i]
        self.save()
        self.layout_list.setCurrentRow(min(i, len(self.layouts) - 1))
        self._fill_list()
        return True

    def save(self) -> None:
        """Write the layouts into the project (marks it modified when they changed)."""
        self._saving = True
        try:
            self.project.set_layouts([lay.to_dict() for lay in self.layouts])
        finally:
            self._saving = False

    def _project_layouts_changed(self, _dicts: Any = None) -> None:
        """The project's layouts changed from outside (undo, another window): show them."""
        if self._saving:
            return
        mine = [lay.to_dict() for lay in self.layouts]
        if mine == list(self.project.layouts):
            return
        self.layouts, _ = project_layouts(self.project)
        self._fill_list()

    def _project_layers_changed(self, *_: Any) -> None:
        self._row_changed(self.current_index())

    # ---------------------------------------------------------------------------------------------------------
    # the form
    # ---------------------------------------------------------------------------------------------------------
    def _layers(self) -> list[Any]:
        return list(self.project.layers)

    @staticmethod
    def _fill_names(combo: QComboBox, none_text: str | None, names: list[str], current: str | None,
                    missing_text: str) -> None:
        combo.clear()
        if none_text is not None:
            combo.addItem(none_text, None)
        for n in names:
            combo.addItem(n, n)
        if current is not None and current not in names:
            combo.addItem(missing_text.format(current), current)
        i = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(i, 0))

    def _row_changed(self, row: int) -> None:
        lay = self.layouts[row] if 0 <= row < len(self.layouts) else None
        self.form_widget.setEnabled(lay is not None)
        if lay is None:
            return
        missing = self.tr("{0} (missing)")
        layers = self._layers()
        names = [lyr.name for lyr in layers]
        self._loading = True
        try:
            self._show_error("")
            self.name_edit.setText(lay.name)
            self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(lay.page)))
            self.orientation_combo.setCurrentIndex(max(0, self.orientation_combo.findData(lay.orientation)))
            self.margins_spin.setValue(lay.margins_mm)
            self.title_edit.setText(lay.title)
            self.subtitle_edit.setText(lay.subtitle)
            self.author_edit.setText(lay.author)
            self.sources_edit.setText(lay.sources)
            mode = "layer" if lay.layer_name is not None else lay.extent_mode
            self.extent_combo.setCurrentIndex(max(0, self.extent_combo.findData(mode)))
            self._fill_names(self.extent_layer_combo, None, names, lay.layer_name, missing)
            self._set_scale_widget(lay.scale)
            self.legend_check.setChecked(lay.legend)
            self.scale_bar_check.setChecked(lay.scale_bar)
            self.north_check.setChecked(lay.north_arrow)
            self.date_check.setChecked(lay.date)
            self.grid_combo.setCurrentIndex(max(0, self.grid_combo.findData(lay.grid)))
            self.overview_check.setChecked(lay.overview)
            self._fill_names(self.overview_layer_combo, self.tr("All visible layers"), names, lay.overview_layer,
                             missing)
            table_names = [lyr.name for lyr in layers if hasattr(lyr, "attributes")]
            self._fill_names(self.table_layer_combo, self.tr("(none)"), table_names, lay.table_layer, missing)
            self.table_open_check.setChecked(lay.table_open_only)
            self.table_rows_spin.setValue(lay.table_max_rows)
            polygons = [lyr.name for lyr in layers if getattr(lyr, "geometry_family", None) == "polygon"]
            self._fill_names(self.atlas_layer_combo, self.tr("(none)"), polygons, lay.atlas_layer, missing)
            self._fill_atlas_fields(lay.atlas_name_field)
            self.atlas_mask_check.setChecked(lay.atlas_mask)
            self.atlas_page_spin.blockSignals(True)
            self.atlas_page_spin.setValue(1)
            self.atlas_page_spin.blockSignals(False)
        finally:
            self._loading = False
        self._update_enabled()
        self._update_actions()
        self.schedule_preview(immediately=True)

    def _set_scale_widget(self, scale: float | None) -> None:
        if scale is None:
            self.scale_combo.setCurrentIndex(0)
            return
        i = self.scale_combo.findData(float(scale))
        if i >= 0:
            self.scale_combo.setCurrentIndex(i)
        else:
            self.scale_combo.setCurrentIndex(-1)
            self.scale_combo.setEditText(_scale_text(scale))

    def _scale_typed(self) -> None:
        lay = self.current_layout()
        if lay is not None and not self._loading:
            self._edited()

    def _check_scale_text(self, text: str) -> None:
        try:
            parse_scale(text)
        except ValueError:
            self._show_error(self.tr("“{0}” is not a scale: type it as 1:5000, or pick one.").format(text))
        else:
            self._show_error("")

    def _scale_picked(self, index: int) -> None:
        if index >= 0:
            self._edited()

    def _fill_atlas_fields(self, current: str | None) -> None:
        name = self.atlas_layer_combo.currentData()
        columns: list[str] = []
        if name is not None:
            layer = next((lyr for lyr in self._layers() if lyr.name == name), None)
            if layer is not None and hasattr(layer, "attributes"):
                geometry = getattr(layer, "geometry_name", "geometry")
                columns = [str(c) for c in layer.attributes.columns if str(c) != geometry]
        if current is None and "name" in columns:
            current = "name"
        block = self.atlas_field_combo.blockSignals(True)
        self._fill_names(self.atlas_field_combo, self.tr("(page number)"), columns, current,
                         self.tr("{0} (missing)"))
        self.atlas_field_combo.blockSignals(block)

    def _atlas_layer_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._fill_atlas_fields(None)
        self._edited()

    def _update_enabled(self) -> None:
        mode = self.extent_combo.currentData()
        self._map_form.setRowVisible(self.extent_layer_combo, mode == "layer")
        lay = self.current_layout()
        if mode == "explicit" and lay is not None and lay.extent is not None:
            e = lay.extent
            self.extent_label.setText(self.tr("x: {0} – {2}\ny: {1} – {3}").format(*(fmt_number(v, 0) for v in e)))
        elif mode == "explicit":
            self.extent_label.setText(self.tr("No extent is fixed yet."))
        else:
            self.extent_label.setText("")
        self.extent_label.setVisible(mode == "explicit")
        self._map_form.setRowVisible(self._fixed_row, mode == "explicit")
        self.overview_layer_combo.setEnabled(self.overview_check.isChecked())
        table = self.table_layer_combo.currentData() is not None
        self.table_open_check.setEnabled(table)
        self.table_rows_spin.setEnabled(table)
        atlas = self.atlas_layer_combo.currentData() is not None
        for w in (self.atlas_field_combo, self.atlas_mask_check, self.atlas_output_combo):
            w.setEnabled(atlas)
        self.atlas_note.setVisible(atlas)

    def form_values(self) -> dict[str, Any]:
        """The selected layout's dict with the form's values (ValueError for a scale that cannot be read)."""
        lay = self.current_layout()
        data = lay.to_dict() if lay is not None else {}
        mode = self.extent_combo.currentData()
        if mode == "layer":
            layer = self.extent_layer_combo.currentData()
            if layer is None:
                raise ValueError(self.tr("Choose the layer whose extent the map shows."))
            extent_mode = "layer:" + layer
        else:
            extent_mode = mode
        if extent_mode == "explicit" and data.get("extent") is None:
            ext = self.canvas_extent()
            if ext is None:
                raise ValueError(self.tr("There is no map view to fix; show the map first."))
            data["extent"] = [float(v) for v in ext]
        scale_text = self.scale_combo.currentText()
        if self.scale_combo.currentIndex() >= 0 and scale_text == self.scale_combo.itemText(
                self.scale_combo.currentIndex()):
            scale = self.scale_combo.currentData()
        else:
            try:
                scale = parse_scale(scale_text)
            except ValueError:
                raise ValueError(self.tr("“{0}” is not a scale: type it as 1:5000, or pick one.")
                                 .format(scale_text)) from None
        data.update(
            name=self.name_edit.text().strip(), page=self.page_combo.currentData(),
            orientation=self.orientation_combo.currentData(), margins_mm=self.margins_spin.value(),
            title=self.title_edit.text(), subtitle=self.subtitle_edit.text(), author=self.author_edit.text(),
            sources=self.sources_edit.text(), extent_mode=extent_mode, scale=scale,
            legend=self.legend_check.isChecked(), scale_bar=self.scale_bar_check.isChecked(),
            north_arrow=self.north_check.isChecked(), date=self.date_check.isChecked(),
            grid=self.grid_combo.currentData(), overview=self.overview_check.isChecked(),
            overview_layer=self.overview_layer_combo.currentData(),
            table_layer=self.table_layer_combo.currentData(), table_open_only=self.table_open_check.isChecked(),
            table_max_rows=self.table_rows_spin.value(), atlas_layer=self.atlas_layer_combo.currentData(),
            atlas_name_field=self.atlas_field_combo.currentData(), atlas_mask=self.atlas_mask_check.isChecked(),
        )
        return data

    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        self._update_enabled()
        i = self.current_index()
        if i < 0:
            return
        try:
            data = self.form_values()
            if not data["name"]:
                raise ValueError(self.tr("A layout needs a name."))
            if data["name"] in self._names(skip=i):
                raise ValueError(self.tr("There is already a layout named “{0}”.").format(data["name"]))
            layout = PrintLayout.from_dict(data)
        except ValueError as exc:
            self._show_error(self.tr("Not saved: {0}").format(exc))
            self._update_actions()
            return
        self._show_error("")
        if layout.to_dict() != self.layouts[i].to_dict():
            self.layouts[i] = layout
            self.save()
            self._set_item_text(i, layout.name)
        self._update_enabled()
        self._update_actions()
        self.schedule_preview()

    def fix_current_view(self) -> bool:
        """Keep the canvas's current view as the selected layout's fixed extent."""
        i = self.current_index()
        ext = self.canvas_extent()
        if i < 0 or ext is None:
            self._show_error(self.tr("There is no map view to fix; show the map first."))
            return False
        data = self.layouts[i].to_dict()
        data.update(extent=[float(v) for v in ext], extent_mode="explicit")
        self.layouts[i] = PrintLayout.from_dict(data)
        self.save()
        self._row_changed(i)
        return True

    def _show_error(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.setVisible(bool(text))

    def form_error_text(self) -> str:
        return self.form_error.text() if self.form_error.isVisibleTo(self) else ""

    # ---------------------------------------------------------------------------------------------------------
    # the preview
    # ---------------------------------------------------------------------------------------------------------
    def schedule_preview(self, immediately: bool = False) -> None:
        lay = self.current_layout()
        if lay is not None:
            self.preview.set_page(lay.page_size())
        if immediately:
            self.preview_timer.start(0)
        else:
            self.preview_timer.start()

    def _preview_resized(self) -> None:
        if self._preview_dpi and abs(self.preview.fit_dpi() - self._preview_dpi) / self._preview_dpi > 0.15:
            self.schedule_preview()

    def refresh_preview(self) -> _PreviewRun | None:
        """Render the selected layout's page on a worker thread (a render still running is cancelled)."""
        self.preview_timer.stop()
        lay = self.current_layout()
        if lay is None or not self.isVisible():
            return None  # drawn when shown (showEvent)
        if self.preview_run is not None and self.preview_run.running:
            self.preview_run.cancel()
        self._preview_gen += 1
        dpi = self.preview.fit_dpi()
        self._preview_dpi = dpi
        extent = self.canvas_extent() if lay.extent_mode == "canvas" else None
        run = _PreviewRun(self.project, lay, dpi, extent, self._preview_gen, self.atlas_page_spin.value() - 1)
        run.finished.connect(self._preview_done)  # bound methods: disconnected if the dialog goes first
        run.failed.connect(self._preview_failed)
        self.preview_run = run
        if self.preview.image.isNull():
            self.preview.set_message(self.tr("Drawing the page…"))
        self.preview_status.setText(self.tr("Drawing the preview…"))
        run.start()
        return run

    def _preview_done(self, result: Any) -> None:
        run = self.sender()
        if not isinstance(run, _PreviewRun) or run.generation != self._preview_gen:
            return  # a newer preview is on its way
        image, seconds, pages = result
        if image.isNull():
            return
        self.last_preview_seconds = seconds
        self.atlas_pages = pages
        self.atlas_page_spin.blockSignals(True)
        self.atlas_page_spin.setRange(1, max(1, pages))
        self.atlas_page_spin.blockSignals(False)
        self.atlas_page_label.setText(self.tr("of {0}").format(pages))
        for w in (self.atlas_page_caption, self.atlas_page_spin, self.atlas_page_label):
            w.setVisible(pages > 0)
        self.preview.set_image(image)
        self.preview_status.setText(self.tr("{0}, {1}: preview at {2} dpi, drawn in {3} s").format(
            run.layout.page, self.orientation_combo.itemText(self.orientation_combo.findData(run.layout.orientation)),
            fmt_number(run.dpi, 0), fmt_number(seconds, 2)))
        self.preview_ready.emit()

    def _preview_failed(self, message: str) -> None:
        run = self.sender()
        if not isinstance(run, _PreviewRun) or run.generation != self._preview_gen:
            return
        self.preview.set_image(QImage())
        self.preview.set_message("!" + self.tr("This page cannot be drawn: {0}").format(message))
        self.preview_status.setText("")
        self.preview_ready.emit()

    # ---------------------------------------------------------------------------------------------------------
    # outputs
    # ---------------------------------------------------------------------------------------------------------
    def export_dir(self) -> Path:
        saved = self.settings.value(SETTINGS_DIR_KEY, "", type=str)
        if saved and Path(saved).is_dir():
            return Path(saved)
        path = getattr(self.project, "path", None)
        if path is not None and Path(path).parent.is_dir():
            return Path(path).parent
        return Path.home()

    def _remember_dir(self, path: Path) -> None:
        self.settings.setValue(SETTINGS_DIR_KEY, str(path.parent if path.suffix else path))

    def _ask_path(self, suffix: str, caption: str, filt: str) -> Path | None:
        lay = self.current_layout()
        stem = _safe_stem(lay.name if lay is not None else "layout")
        start = str(self.export_dir() / f"{stem}{suffix}")
        path, chosen = QFileDialog.getSaveFileName(self, caption, start, filt)
        if not path:
            return None
        p = Path(path)
        if p.suffix.lower() in (".pdf", ".png"):
            return p
        if "*.png" in (chosen or "") and "*.pdf" not in (chosen or ""):
            suffix = ".png"
        return p.with_name(p.name + suffix)

    def _busy(self) -> bool:
        return self.output_run is not None and self.output_run.running

    def _valid_layout(self) -> PrintLayout | None:
        if self.form_error_text():
            self._show_result(self.tr("Fix the layout first: {0}").format(self.form_error.text()), error=True)
            return None
        return self.current_layout()

    def export_pdf(self, path: str | Path | None = None) -> _OutputRun | None:
        return self._export(".pdf", path)

    def export_png(self, path: str | Path | None = None) -> _OutputRun | None:
        return self._export(".png", path)

    def _export(self, suffix: str, path: str | Path | None) -> _OutputRun | None:
        if self._busy():
            return None
        lay = self._valid_layout()
        if lay is None:
            return None
        if path is None:
            if suffix == ".pdf":
                path = self._ask_path(".pdf", self.tr("Export PDF"), self.tr("PDF documents (*.pdf)"))
            else:
                path = self._ask_path(".png", self.tr("Export PNG"), self.tr("PNG images (*.png)"))
            if path is None:
                return None
        target = Path(path)
        self._remember_dir(target)
        dpi = self.dpi_spin.value()
        extent = self.canvas_extent() if lay.extent_mode == "canvas" else None
        project = self.project

        def fn(cancel: Callable[[], bool], progress: Callable[[float], None]) -> Any:
            from gisdesk.export import printing

            return printing.export_layout(project, lay, target, dpi=dpi, extent=extent, cancel=cancel,
                                          progress=progress)

        return self._start(_OutputRun(fn, suffix.lstrip(".")), target)

    def atlas_available(self) -> bool:
        from gisdesk.export import printing

        return hasattr(printing, "export_atlas")

    def export_atlas(self, path: str | Path | None = None, per_file: bool | None = None) -> _OutputRun | None:
        """One page per feature of the layout's atlas layer: a multi-page PDF, or one file per feature."""
        from gisdesk.export import printing

        if self._busy():
            return None
        lay = self._valid_layout()
        if lay is None:
            return None
        if lay.atlas_layer is None:
            self._show_result(self.tr("Choose the layer whose features make the atlas pages first."), error=True)
            return None
        if not hasattr(printing, "export_atlas"):
            self._show_result(self.tr("This version of gisdesk cannot export an atlas yet."), error=True)
            return None
        if per_file is None:
            per_file = bool(self.atlas_output_combo.currentData())
        if path is None:
            filt = self.tr("PDF documents (*.pdf)")
            if per_file:  # one file per page: PDF or PNG, named after the file chosen here
                filt += ";;" + self.tr("PNG images (*.png)")
            path = self._ask_path(".pdf", self.tr("Export atlas"), filt)
            if path is None:
                return None
        target = Path(path)
        self._remember_dir(target)
        dpi = self.dpi_spin.value()
        project = self.project

        def fn(cancel: Callable[[], bool], progress: Callable[[float], None]) -> Any:
            return printing.export_atlas(project, lay, target, per_file=per_file, dpi=dpi, cancel=cancel,
                                         progress=progress)

        return self._start(_OutputRun(fn, "atlas"), target)

    def print_layout(self, printer: Any = None) -> _OutputRun | None:
        """The system print dialog, then the page drawn on the chosen printer on a worker thread."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._busy():
            return None
        lay = self._valid_layout()
        if lay is None:
            return None
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {0}").format(lay.name))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._printer = printer  # lives until the run ends
        extent = self.canvas_extent() if lay.extent_mode == "canvas" else None
        project = self.project

        def fn(cancel: Callable[[], bool], progress: Callable[[float], None]) -> Any:
            from gisdesk.export import printing

            return printing.print_layout(project, lay, printer, extent=extent, cancel=cancel, progress=progress)

        target = Path(printer.outputFileName()) if printer.outputFileName() else None
        return self._start(_OutputRun(fn, "print"), target)

    def _start(self, run: _OutputRun, target: Path | None) -> _OutputRun:
        run.progress.connect(self._output_progress)
        run.target = target
        run.finished.connect(self._output_finished)  # bound methods: disconnected if the dialog goes first
        run.failed.connect(self._output_failed)
        run.cancelled.connect(self._output_cancelled)
        self.output_run = run
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.open_folder_button.hide()
        self.result_label.setStyleSheet("")
        if run.kind == "print":
            self.result_label.setText(self.tr("Printing…"))
        else:
            self.result_label.setText(self.tr("Writing {0}…").format(target.name if target else ""))
        run.start()
        self._update_actions()
        return run

    def cancel_output(self) -> None:
        if self._busy():
            assert self.output_run is not None
            self.output_run.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Cancelling…"))

    def _output_progress(self, fraction: float, _message: str) -> None:
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _output_idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self._update_actions()

    def _output_cancelled(self) -> None:
        self._output_finished(None)

    def _output_finished(self, result: Any) -> None:
        run = self.output_run
        assert run is not None
        self._output_idle()
        self.last_result = result
        if run.kind == "print":
            self._printer = None
        status = getattr(result, "status", "cancelled")
        if status == "ok":
            self._show_written(run, result)
        elif status == "cancelled":
            if run.kind == "print":
                self._show_result(self.tr("Printing was cancelled."))
            else:
                self._show_result(self.tr("Cancelled: no file was written."))
        else:
            self._show_result(self._failure_text(run, result.error), error=True)
        if result is not None:
            self.output_done.emit(result)

    def _failure_text(self, run: _OutputRun, reason: str) -> str:
        if run.kind == "print":
            return self.tr("Printing failed: {0}").format(reason)
        return self.tr("The export failed: {0}").format(reason)

    def _output_failed(self, message: str) -> None:
        from gisdesk.export.printing import PrintResult

        run = self.output_run
        assert run is not None
        self._output_idle()
        result = PrintResult(run.target or Path(), "error", error=message)
        self.last_result = result
        self._show_result(self._failure_text(run, message), error=True)
        self.output_done.emit(result)

    def _show_written(self, run: _OutputRun, result: Any) -> None:
        path = Path(result.path)
        pages = int(getattr(result, "pages", 0) or 0)
        files = [Path(f) for f in getattr(result, "files", ()) or ()]
        if run.kind == "print" and not (path.suffix and path.is_file()):
            self._show_result(self.tr("Sent 1 page to the printer.") if pages == 1
                              else self.tr("Sent {0} pages to the printer.").format(pages))
            return
        try:
            total = sum(f.stat().st_size for f in (files or [path]) if f.is_file())
        except OSError:
            total = 0
        size = QLocale().formattedDataSize(total) if total else "?"
        if len(files) > 1:
            text = self.tr("Written: {0} files in {1} ({2}).").format(len(files), str(files[0].parent), size)
            self._written_path = files[0].parent
        else:
            # no %n plural: translate_vi has no numerus forms, and English needs no .qm this way
            text = (self.tr("Written: {0} (1 page, {1}).") if pages == 1
                    else self.tr("Written: {0} ({1} pages, {2}).")).format(*(
                        (str(path), size) if pages == 1 else (str(path), pages, size)))
            self._written_path = path
        self._show_result(text)
        self.open_folder_button.show()

    def _show_result(self, text: str, error: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(_ERROR_STYLE if error else "")
        if error:
            self.open_folder_button.hide()

    def open_folder(self) -> None:
        path = getattr(self, "_written_path", None)
        if path is not None:
            folder = path if path.is_dir() else path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _update_actions(self, *_: Any) -> None:
        busy = self._busy()
        ok = self.current_layout() is not None and not self.form_error_text()
        for b in (self.pdf_button, self.png_button, self.print_button):
            b.setEnabled(ok and not busy)
        lay = self.current_layout()
        has_atlas = lay is not None and lay.atlas_layer is not None
        self.atlas_button.setEnabled(ok and not busy and has_atlas and self.atlas_available())
        if not self.atlas_available():
            self.atlas_button.setToolTip(self.tr("This version of gisdesk cannot export an atlas yet."))
        elif not has_atlas:
            self.atlas_button.setToolTip(self.tr("Choose a layer under Atlas: one page per feature."))
        else:
            self.atlas_button.setToolTip("")

    # ---------------------------------------------------------------------------------------------------------
    # showing and closing
    # ---------------------------------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.schedule_preview(immediately=True)

    def reject(self) -> None:
        if self._busy():
            answer = QMessageBox.question(
                self, self.tr("Export running"),
                self.tr("An export is still running. Cancel it and close this window?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            assert self.output_run is not None
            self.output_run.cancel()
        self.preview_timer.stop()
        if self.preview_run is not None and self.preview_run.running:
            self.preview_run.cancel()
        super().reject()

