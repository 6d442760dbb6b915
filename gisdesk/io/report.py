"""The import report: what was read, detected, guessed, repaired and dropped.

Structured so the CLI can print it (``to_text``), ``gisdesk info --json`` can dump it
(``to_dict``) and the GUI can show it as a list of messages with levels.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from gisdesk.core.i18n import N_, fmt_num, tr, trf

Level = Literal["info", "warning", "error"]

# Message categories, used by the GUI to group messages and by tests to find them.
# read:     what was opened, with which driver, how many features
# encoding: which text encoding was declared / detected / used
# crs:      which CRS was declared / guessed / suspicious
# geometry: repairs, nulls, mixed types, Z/M
# sidecar:  .shx/.dbf/.prj/.cpg problems and what was done about them
# columns:  point columns found in a table, unparseable coordinates
# dropped:  anything that was not loaded


#: the words of ``to_text`` kept in tables (translated where shown)
LEVEL_WORDS = {"info": N_("INFO"), "warning": N_("WARNING"), "error": N_("ERROR")}
CATEGORY_WORDS = {
    "read": N_("read"), "encoding": N_("encoding"), "crs": N_("CRS"), "geometry": N_("geometry"),
    "sidecar": N_("sidecar files"), "columns": N_("columns"), "dropped": N_("dropped"), "write": N_("write"),
}
STATUS_WORDS = {
    "declared": N_("declared"), "guessed": N_("guessed"), "assumed": N_("assumed"), "none": N_("none"),
    "overridden": N_("overridden"), "detected": N_("detected"),
}
#: an encoding's "none" is a file that names no encoding (plain ASCII text needs none), not a missing encoding
ENCODING_STATUS_WORDS = {**STATUS_WORDS, "none": N_("not declared")}


def _word(table: dict[str, str], key: str) -> str:
    return tr(table[key]) if key in table else key


def _message_line(m: Message) -> str:
    level = _word(LEVEL_WORDS, m.level)
    return f"{level:7} {_word(CATEGORY_WORDS, m.category)}: {m.text}"


@dataclass
class Message:
    level: Level
    category: str
    text: str  # plain English sentence, already formatted; passed through tr() by the caller
    count: int | None = None  # how many rows/values it concerns, when that makes sense

    def __str__(self) -> str:
        return f"[{self.level}] {self.category}: {self.text}"


@dataclass
class LayerReport:
    """What happened to one layer (one GPKG table, one shapefile, one CSV...)."""

    name: str
    source: str = ""
    driver: str = ""
    features_read: int = 0
    features_kept: int = 0
    geometry_types: dict[str, int] = field(default_factory=dict)
    crs: str | None = None  # "EPSG:xxxx" or WKT2, what the layer now carries
    crs_status: str = "declared"  # declared | guessed | assumed | none | overridden
    encoding: dict[str, str] = field(default_factory=dict)  # column -> encoding used
    encoding_status: str = ""  # declared (cpg/ldid/format) | detected | none
    repaired: int = 0
    null_geometries: int = 0
    dropped: int = 0
    messages: list[Message] = field(default_factory=list)

    def add(self, level: Level, category: str, text: str, count: int | None = None) -> Message:
        msg = Message(level, category, text, count)
        self.messages.append(msg)
        return msg

    def info(self, category: str, text: str, count: int | None = None) -> Message:
        return self.add("info", category, text, count)

    def warn(self, category: str, text: str, count: int | None = None) -> Message:
        return self.add("warning", category, text, count)

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.level != "info"]

    def find(self, category: str) -> list[Message]:
        return [m for m in self.messages if m.category == category]

    def to_text(self, indent: str = "  ") -> str:
        """The report as lines of text (the CLI prints it, the window's Import report shows it), in the UI
        language."""
        gtypes = ", ".join(f"{k} {fmt_num(v)}" for k, v in self.geometry_types.items()) or tr("no geometry")
        lines = [indent + trf("layer {name!r} ({driver}): {kept:,} of {read:,} features; {types}", name=self.name,
                              driver=self.driver, kept=self.features_kept, read=self.features_read, types=gtypes),
                 indent + "  " + trf("CRS: {crs} ({status})", crs=self.crs or tr("none"),
                                     status=_word(STATUS_WORDS, self.crs_status))]
        if self.encoding:
            encs = sorted(set(self.encoding.values()))
            lines.append(indent + "  " + trf("text encoding: {encodings} ({status})", encodings=", ".join(encs),
                                             status=_word(ENCODING_STATUS_WORDS, self.encoding_status)))
        for m in self.messages:
            lines.append(f"{indent}  {_message_line(m)}")
        return "\n".join(lines)


@dataclass
class ImportReport:
    """The report for one opened path (which may hold several layers)."""

    path: str
    layers: list[LayerReport] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)  # about the file as a whole

    def add(self, level: Level, category: str, text: str, count: int | None = None) -> Message:
        msg = Message(level, category, text, count)
        self.messages.append(msg)
        return msg

    def all_messages(self) -> list[Message]:
        out = list(self.messages)
        for lr in self.layers:
            out.extend(lr.messages)
        return out

    @property
    def has_warnings(self) -> bool:
        return any(m.level != "info" for m in self.all_messages())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, **kw: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kw)

    def to_text(self) -> str:
        lines = [self.path]
        for m in self.messages:
            lines.append(f"  {_message_line(m)}")
        for lr in self.layers:
            lines.append(lr.to_text())
        return "\n".join(lines)
