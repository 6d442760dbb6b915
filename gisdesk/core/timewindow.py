"""TimeWindow: the period the time slider shows, applied the same way by the map, the attribute table,
identify, selection, exports and analyses (one row mask per layer, ``VectorLayer.visible_rows``).

A window is half-open, ``[start, end)``, in aware UTC instants (nanoseconds since the epoch internally, so a
million rows are compared with two numpy operations). Either bound may be open (None). The UI shows and takes
times in Asia/Ho_Chi_Minh; the model never holds a naive time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from gisdesk.core.i18n import tr, trf

CITY_TZ = "Asia/Ho_Chi_Minh"
_NAT = np.iinfo(np.int64).min  # pandas' NaT as int64


def to_utc_ns(value: Any) -> int | None:
    """An aware datetime (datetime, pandas Timestamp, ISO text with an offset) as UTC nanoseconds; None for
    None. A naive value is refused: the zone must be said."""
    if value is None:
        return None
    import pandas as pd

    ts = pd.Timestamp(value)
    if ts is pd.NaT:
        return None
    if ts.tzinfo is None:
        raise ValueError(trf("{value!r} has no time zone; give an aware time (e.g. with +07:00)", value=value))
    return int(ts.tz_convert("UTC").value)


@dataclass(frozen=True)
class TimeWindow:
    """``[start, end)`` in UTC nanoseconds (None: open on that side). Build with ``TimeWindow.of(start, end)``."""

    start_ns: int | None = None
    end_ns: int | None = None

    def __post_init__(self) -> None:
        if self.start_ns is not None and self.end_ns is not None and self.end_ns <= self.start_ns:
            raise ValueError(tr("a time window must end after it starts"))

    @classmethod
    def of(cls, start: Any = None, end: Any = None) -> TimeWindow:
        return cls(to_utc_ns(start), to_utc_ns(end))

    @classmethod
    def last(cls, hours: float, now: Any = None) -> TimeWindow:
        """The last ``hours`` up to ``now`` (default: the current time)."""
        end = to_utc_ns(now) if now is not None else int(dt.datetime.now(dt.UTC).timestamp() * 1e9)
        return cls(end - int(hours * 3600 * 1e9), end)

    @property
    def start(self) -> Any:
        import pandas as pd

        return None if self.start_ns is None else pd.Timestamp(self.start_ns, tz="UTC")

    @property
    def end(self) -> Any:
        import pandas as pd

        return None if self.end_ns is None else pd.Timestamp(self.end_ns, tz="UTC")

    def shifted(self, ns: int) -> TimeWindow:
        """The same window moved by ``ns`` nanoseconds (the animation's step)."""
        return TimeWindow(None if self.start_ns is None else self.start_ns + ns,
                          None if self.end_ns is None else self.end_ns + ns)

    def mask(self, times_ns: np.ndarray, ends_ns: np.ndarray | None = None) -> np.ndarray:
        """Rows in the window: ``times_ns`` (int64 UTC ns, NaT = int64 min) inside ``[start, end)``; with
        ``ends_ns`` (e.g. when a request was closed), rows whose span [time, end] meets the window (a missing
        end = still going). A row without a time is outside every bounded window."""
        t = np.asarray(times_ns, dtype=np.int64)
        ok = t != _NAT
        if ends_ns is None:
            if self.start_ns is not None:
                ok &= t >= self.start_ns
            if self.end_ns is not None:
                ok &= t < self.end_ns
            return ok
        e = np.asarray(ends_ns, dtype=np.int64)
        if self.end_ns is not None:
            ok &= t < self.end_ns
        if self.start_ns is not None:
            ok &= (e == _NAT) | (e >= self.start_ns)
        return ok

    def to_dict(self) -> dict[str, str | None]:
        return {"start": None if self.start is None else self.start.isoformat(),
                "end": None if self.end is None else self.end.isoformat()}

    @classmethod
    def from_dict(cls, d: Any) -> TimeWindow | None:
        if not isinstance(d, dict):
            return None
        try:
            return cls.of(d.get("start"), d.get("end"))
        except (ValueError, TypeError):
            return None

    def label(self, tz: str = CITY_TZ, time_format: str | None = None) -> str:
        """"2025-06-01 00:00 – 2025-06-08 00:00" in the city's time; the dates as the UI language writes them
        ("01/06/2025 00:00" in Vietnamese) unless ``time_format`` (a strftime format) is given."""
        time_format = time_format or tr("%Y-%m-%d %H:%M")

        def fmt(ts: Any) -> str:
            return "…" if ts is None else ts.tz_convert(tz).strftime(time_format)

        return f"{fmt(self.start)} – {fmt(self.end)}"


def times_ns(series: Any) -> np.ndarray:
    """A pandas column of aware datetimes (any unit, any zone) as int64 UTC nanoseconds (NaT = int64 min).
    Naive columns are refused (ValueError): their zone is unknown."""
    import pandas as pd

    s = series
    if not isinstance(s.dtype, pd.DatetimeTZDtype):
        if pd.api.types.is_datetime64_dtype(s.dtype):
            raise ValueError(trf("column {name!r} holds times without a zone", name=getattr(s, "name", "")))
        s = pd.to_datetime(s, utc=True, errors="coerce", format="ISO8601")
    s = s.dt.tz_convert("UTC").astype("datetime64[ns, UTC]")
    return s.array.asi8.astype(np.int64, copy=False) if hasattr(s.array, "asi8") else s.to_numpy().view(np.int64)
