"""The user's preferences: keys, defaults and typed accessors over QSettings, plus locale-aware formatting.

The settings live in the user's profile (``QSettings()`` with the organisation and application "gisdesk": the
registry under HKCU on Windows, ~/.config/gisdesk/gisdesk.conf on Linux); tests pass an INI QSettings.

    s = Settings(QSettings())
    s.language            # "system" | "vi" | "en"
    s.default_crs         # "EPSG:9214"
    s.default_folder      # "" = the user's Documents folder; see start_folder()
    s.distance_unit       # "auto" | "m" | "km"
    s.area_unit           # "auto" | "m2" | "ha" | "km2"
    s.basemap_url         # "" = no basemap: nothing is fetched from the network
    s.proxy_mode          # "none" | "system" | "manual"
    s.proxy_url()         # "http://user:pw@host:port" | the system's proxy | None

Number and date helpers (``fmt_number``, ``fmt_int``, ``fmt_date``, ``fmt_datetime``, ``fmt_distance``,
``fmt_area``) format for the UI language that ``gisdesk.app.install_translator`` chose (``set_ui_language``):
Vietnamese "1.234,5" and "31/12/2025", English "1,234.5" and "2025-12-31". They are for what users read, never
for data files.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, QStandardPaths, QTime

from gisdesk.core import i18n

__all__ = [
    "AREA_UNITS",
    "DEFAULTS",
    "DISTANCE_UNITS",
    "LANGUAGE_CHOICES",
    "PROXY_MODES",
    "Settings",
    "apply_proxy",
    "fmt_area",
    "fmt_date",
    "fmt_datetime",
    "fmt_distance",
    "fmt_int",
    "fmt_number",
    "resolve_language",
    "set_ui_language",
    "system_language",
    "ui_language",
    "ui_locale",
    "validate_folder",
    "validate_proxy_host",
    "validate_tile_url",
]

LANGUAGE_CHOICES = ("system", "vi", "en")
DISTANCE_UNITS = ("auto", "m", "km")  # auto: m below 1 km, then km
AREA_UNITS = ("auto", "m2", "ha", "km2")  # auto: m² below 1 ha, then ha (as land records and ward statistics do)
PROXY_MODES = ("none", "system", "manual")
CITY_TZ = "Asia/Ho_Chi_Minh"
KEYRING_SERVICE = "gisdesk proxy"  # the proxy password lives in the OS keyring, never in the settings file


@dataclass(frozen=True)
class _Key:
    name: str
    default: Any


#: QSettings key and default of every preference
KEYS = {
    "language": _Key("ui/language", "system"),
    "default_crs": _Key("projects/default_crs", "EPSG:9214"),
    "default_folder": _Key("files/default_folder", ""),
    "distance_unit": _Key("units/distance", "auto"),
    "area_unit": _Key("units/area", "auto"),
    "basemap_url": _Key("basemap/url", ""),
    "basemap_attribution": _Key("basemap/attribution", ""),
    "proxy_mode": _Key("network/proxy_mode", "system"),
    "proxy_host": _Key("network/proxy_host", ""),
    "proxy_port": _Key("network/proxy_port", 8080),
    "proxy_user": _Key("network/proxy_user", ""),
}
DEFAULTS = {name: key.default for name, key in KEYS.items()}
_CHOICES = {"language": LANGUAGE_CHOICES, "distance_unit": DISTANCE_UNITS, "area_unit": AREA_UNITS,
            "proxy_mode": PROXY_MODES}


class Settings:
    """Typed access to gisdesk's preferences in a QSettings (the user's profile unless one is given).

    Reading never fails: a missing or unreadable value (a hand-edited file) gives the default. Writing checks
    choices and types (ValueError)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    # -- generic -------------------------------------------------------------------------------------------------
    def get(self, name: str) -> Any:
        key = KEYS[name]
        raw = self.qsettings.value(key.name, key.default)
        if isinstance(key.default, int):
            try:
                value: Any = int(raw)
            except (TypeError, ValueError):
                return key.default
            return value if 0 < value < 65536 else key.default
        value = "" if raw is None else str(raw).strip()
        if name in _CHOICES and value not in _CHOICES[name]:
            return key.default
        if name == "default_crs" and not value:
            return key.default
        return value

    def set(self, name: str, value: Any) -> None:
        key = KEYS[name]
        if name in _CHOICES and value not in _CHOICES[name]:
            raise ValueError(f"{name} must be one of {_CHOICES[name]}, got {value!r}")  # programming error
        if isinstance(key.default, int):
            value = int(value)
        else:
            value = str(value).strip()
        self.qsettings.setValue(key.name, value)

    def values(self) -> dict[str, Any]:
        return {name: self.get(name) for name in KEYS}

    def update(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            self.set(name, value)
        self.qsettings.sync()

    def restore_defaults(self) -> None:
        for key in KEYS.values():
            self.qsettings.remove(key.name)
        self.qsettings.sync()

    # -- typed accessors -------------------------------------------------------------------------------------------
    language = property(lambda self: self.get("language"), lambda self, v: self.set("language", v))
    default_crs = property(lambda self: self.get("default_crs"), lambda self, v: self.set("default_crs", v))
    default_folder = property(lambda self: self.get("default_folder"),
                              lambda self, v: self.set("default_folder", v))
    distance_unit = property(lambda self: self.get("distance_unit"), lambda self, v: self.set("distance_unit", v))
    area_unit = property(lambda self: self.get("area_unit"), lambda self, v: self.set("area_unit", v))
    basemap_url = property(lambda self: self.get("basemap_url"), lambda self, v: self.set("basemap_url", v))
    basemap_attribution = property(lambda self: self.get("basemap_attribution"),
                                   lambda self, v: self.set("basemap_attribution", v))
    proxy_mode = property(lambda self: self.get("proxy_mode"), lambda self, v: self.set("proxy_mode", v))
    proxy_host = property(lambda self: self.get("proxy_host"), lambda self, v: self.set("proxy_host", v))
    proxy_port = property(lambda self: self.get("proxy_port"), lambda self, v: self.set("proxy_port", v))
    proxy_user = property(lambda self: self.get("proxy_user"), lambda self, v: self.set("proxy_user", v))

    def start_folder(self) -> str:
        """Where file dialogs start: the default folder when it exists, else the user's Documents folder (else home)."""
        folder = self.default_folder
        if folder and os.path.isdir(folder):
            return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and os.path.isdir(documents) else os.path.expanduser("~")

    def basemap(self) -> tuple[str, str] | None:
        """(URL template, attribution) of the basemap, or None when none is set (or the stored one is invalid)."""
        url = self.basemap_url
        if not url or validate_tile_url(url) is not None:
            return None
        return url, self.basemap_attribution

    # -- proxy -----------------------------------------------------------------------------------------------------
    def proxy_key(self) -> str:
        """The keyring account of the manual proxy's password: "user@host:port"."""
        return f"{self.proxy_user}@{self.proxy_host}:{self.proxy_port}"

    def proxy_password(self) -> str | None:
        if not self.proxy_user:
            return None
        from gisdesk.io.feeds.keystore import get_secret

        return get_secret(KEYRING_SERVICE, self.proxy_key())

    def set_proxy_password(self, password: str) -> bool:
        """Store (or, when empty, forget) the manual proxy's password in the OS keyring; True if stored."""
        from gisdesk.io.feeds.keystore import delete_secret, set_secret

        if not password:
            delete_secret(KEYRING_SERVICE, self.proxy_key())
            return False
        return set_secret(KEYRING_SERVICE, self.proxy_key(), password)

    def proxy_url(self) -> str | None:
        """The proxy for gisdesk's HTTP requests: None (connect directly), the manual one
        ("http://user:password@host:port", the password from the keyring), or the system's (environment
        variables; on Windows the Internet Options, as urllib reads them; None when there is none)."""
        mode = self.proxy_mode
        if mode == "none":
            return None
        if mode == "manual":
            host = self.proxy_host
            if not host or validate_proxy_host(host) is not None:
                return None
            auth = ""
            if self.proxy_user:
                auth = quote(self.proxy_user, safe="")
                password = self.proxy_password()
                if password:
                    auth += ":" + quote(password, safe="")
                auth += "@"
            return f"http://{auth}{host}:{self.proxy_port}"
        proxies = urllib.request.getproxies()
        return proxies.get("https") or proxies.get("http") or proxies.get("all") or None

    def httpx_options(self) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client(...)`` honouring the proxy setting."""
        mode = self.proxy_mode
        if mode == "none":
            return {"trust_env": False}
        if mode == "manual":
            return {"proxy": self.proxy_url(), "trust_env": False}
        return {"trust_env": True}  # httpx reads the environment / Windows settings itself


# -- validation: None when fine, else a short code of the problem (the dialog shows a translated sentence) ------
def validate_tile_url(url: str) -> str | None:
    """None when ``url`` is empty or an http(s) XYZ template with {z}, {x} and {y}; else "scheme", "host",
    "spaces" or "placeholders"."""
    url = url.strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        return "scheme"
    if any(c.isspace() for c in url):
        return "spaces"
    if not parts.hostname:
        return "host"
    if any(k not in url for k in ("{z}", "{x}", "{y}")):
        return "placeholders"
    return None


def validate_proxy_host(host: str) -> str | None:
    """None for a host name or address; else "empty", "url" (typed with http:// or a path), "spaces" or "port"
    (typed host:port)."""
    host = host.strip()
    if not host:
        return "empty"
    if "://" in host or "/" in host:
        return "url"
    if any(c.isspace() for c in host):
        return "spaces"
    if ":" in host and not (host.startswith("[") and host.endswith("]")):
        return "port"
    return None


def validate_folder(folder: str) -> str | None:
    """None when ``folder`` is empty or an existing folder; else "missing"."""
    folder = folder.strip()
    if folder and not os.path.isdir(folder):
        return "missing"
    return None


# -- the proxy for the whole process (httpx, urllib and GDAL's curl read these variables) -----------------------
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
               "no_proxy")
_env_snapshot: dict[str, str] | None = None


def apply_proxy(settings: Settings, environ: Any = None) -> str | None:
    """Make every HTTP client of this process follow the proxy setting; returns the proxy URL in use.

    httpx (Open311 and SensorThings feeds), urllib and GDAL's curl all read HTTP(S)_PROXY / NO_PROXY when
    they make a client, so gisdesk sets these variables: "manual" sets them to the manual proxy, "none" sets
    NO_PROXY=* (every client connects directly), "system" restores the variables gisdesk started with (and on
    Windows, with none set, clients read the Internet Options). Call at start and after the settings change."""
    global _env_snapshot
    env = os.environ if environ is None else environ
    if _env_snapshot is None or environ is not None:
        _env_snapshot = {k: env[k] for k in _PROXY_VARS if k in env}
    snapshot = _env_snapshot
    for k in _PROXY_VARS:
        env.pop(k, None)
    mode = settings.proxy_mode
    if mode == "system":
        env.update(snapshot)
        return settings.proxy_url()
    if mode == "none":
        env.update({"NO_PROXY": "*", "no_proxy": "*"})
        return None
    url = settings.proxy_url()
    if url is None:  # a manual proxy without a host: as "system"
        env.update(snapshot)
        return None
    no_proxy = snapshot.get("NO_PROXY") or snapshot.get("no_proxy") or "localhost,127.0.0.1,::1"
    env.update({"HTTP_PROXY": url, "HTTPS_PROXY": url, "http_proxy": url, "https_proxy": url,
                "NO_PROXY": no_proxy, "no_proxy": no_proxy})
    return url


# -- the UI language and its number and date formats --------------------------------------------------------------
_ui_lang = "en"


def restart_command(lang: str, project: str | os.PathLike[str] | None = None) -> list[str]:
    """The command that starts gisdesk again in ``lang`` (on ``project``): the frozen program itself, or this
    Python with ``-m gisdesk``."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "gisdesk"]
    return [*program, "--lang", lang, *([os.fspath(project)] if project is not None else [])]


def system_language(locale: QLocale | None = None) -> str:
    """"vi" or "en" from the system locale; Vietnamese when it is neither (the city's desks work in Vietnamese)."""
    language = (locale or QLocale.system()).language()
    if language == QLocale.Language.English:
        return "en"
    return "vi"


def resolve_language(explicit: str | None = None, env: str | None = None, saved: str | None = None,
                     system: QLocale | None = None) -> str:
    """The UI language: ``--lang``, else $GISDESK_LANG, else the saved setting (unless "system"), else the system
    locale (Vietnamese, English, or Vietnamese for any other language). Unknown values are skipped."""
    for candidate in (explicit, env, saved):
        code = (candidate or "").strip().lower()[:2]
        if code in ("vi", "en"):
            return code
    return system_language(system)


@functools.cache
def _locale(lang: str) -> QLocale:
    if lang == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def set_ui_language(lang: str, *, set_default_locale: bool = True) -> None:
    """Remember the UI language for the format helpers; by default also make its QLocale the default one (spin
    boxes and date edits then show "1,5" and "31/12/2025" in Vietnamese)."""
    global _ui_lang
    _ui_lang = "vi" if lang == "vi" else "en"
    locale = _locale(_ui_lang)
    i18n.set_number_format(locale.decimalPoint(), locale.groupSeparator())  # the model's trf() follows it
    if set_default_locale:
        QLocale.setDefault(_locale(_ui_lang))


def ui_language() -> str:
    return _ui_lang


def ui_locale() -> QLocale:
    return _locale(_ui_lang)


def fmt_number(x: float, decimals: int = 1) -> str:
    """1234.5 -> "1.234,5" (vi) / "1,234.5" (en)."""
    return ui_locale().toString(float(x), "f", decimals)


def fmt_int(n: int) -> str:
    """12345 -> "12.345" (vi) / "12,345" (en)."""
    return ui_locale().toString(int(n))


def _as_datetime(ts: Any) -> dt.datetime | dt.date:
    if hasattr(ts, "to_pydatetime"):  # pandas Timestamp
        ts = ts.to_pydatetime()
    if isinstance(ts, (int, float)):
        ts = dt.datetime.fromtimestamp(ts, dt.UTC)
    if isinstance(ts, dt.datetime) and ts.tzinfo is not None:
        from zoneinfo import ZoneInfo

        ts = ts.astimezone(ZoneInfo(CITY_TZ))  # what the city's clocks showed
    return ts


def fmt_date(ts: Any) -> str:
    """A date (or datetime, shown in +07:00 when aware): "31/12/2025" (vi) / "2025-12-31" (en)."""
    d = _as_datetime(ts)
    qd = QDate(d.year, d.month, d.day)
    return ui_locale().toString(qd, "dd/MM/yyyy" if _ui_lang == "vi" else "yyyy-MM-dd")


def fmt_datetime(ts: Any) -> str:
    """A datetime to the minute, in +07:00 when aware: "31/12/2025 08:30" (vi) / "2025-12-31 08:30" (en)."""
    d = _as_datetime(ts)
    if not isinstance(d, dt.datetime):
        return fmt_date(d)
    qdt = QDateTime(QDate(d.year, d.month, d.day), QTime(d.hour, d.minute, d.second))
    return ui_locale().toString(qdt, "dd/MM/yyyy HH:mm" if _ui_lang == "vi" else "yyyy-MM-dd HH:mm")


def fmt_distance(metres: float, unit: str = "auto") -> str:
    """A length in the user's unit: "850,0 m", "1,250 km" (vi); auto: m below 1 km, then km."""
    if unit == "km" or (unit == "auto" and abs(metres) >= 1000):
        return f"{fmt_number(metres / 1000, 3)} km"
    return f"{fmt_number(metres, 1)} m"


def fmt_area(square_metres: float, unit: str = "auto") -> str:
    """An area in the user's unit: m², ha (10 000 m²) or km²; auto: m² below 1 ha, then ha."""
    a = square_metres
    if unit == "km2":
        return f"{fmt_number(a / 1e6, 3)} km²"
    if unit == "ha" or (unit == "auto" and abs(a) >= 10_000):
        return f"{fmt_number(a / 10_000, 2)} ha"
    return f"{fmt_number(a, 0)} m²"
