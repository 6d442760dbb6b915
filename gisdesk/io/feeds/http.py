"""HTTP for the feed clients: one GET with timeouts, a size cap, retries on transient failures, and one error
type (``FeedError``) whose message says in plain words what went wrong with which URL.

Feeds are slow, go down, answer HTML error pages with status 200 and occasionally never stop paging: every
call here has a timeout and a byte limit, and the clients above it cap the number of pages.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from gisdesk.core.i18n import tr, trf

DEFAULT_TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_BYTES = 100 * 1024 * 1024  # a response larger than this is refused
RETRIES = 2  # extra attempts after a timeout, a dropped connection or a 502/503/504
USER_AGENT = "gisdesk/0.1 (desktop GIS; Hue city)"  # header values are ASCII


class FeedError(Exception):
    """A feed could not be read. ``url`` (secrets such as ``api_key`` blanked) and ``problem`` (a plain
    sentence) are kept apart for the UI; ``status`` and ``body`` hold the HTTP status and the start of the
    answer when the server answered with an error."""

    def __init__(self, url: str, problem: str, *, status: int | None = None, body: bytes | None = None) -> None:
        url = safe_url(url)
        super().__init__(f"{url}: {problem}")
        self.url = url
        self.problem = problem
        self.status = status
        self.body = body


_SECRET_KEYS = {"api_key", "apikey", "key", "token", "access_token", "password", "secret"}


def safe_url(url: str) -> str:
    """``url`` with the values of secret query parameters (api_key, token...) replaced by ``***``."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(k.lower() in _SECRET_KEYS for k, _ in pairs):
        return url
    query = urlencode([(k, "***" if k.lower() in _SECRET_KEYS else v) for k, v in pairs], safe="*:+")
    return urlunsplit(parts._replace(query=query))


class Cancelled(Exception):
    """The user cancelled while a feed was being read."""


def get(
    url: str,
    params: Mapping[str, Any] | None = None,
    *,
    client: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = RETRIES,
    max_bytes: int = MAX_BYTES,
    cancel: Callable[[], bool] | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Response:
    """GET ``url`` and return the response (status 2xx, body read). Raises FeedError, or Cancelled."""
    own = client is None
    c = client or httpx.Client(follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        attempt = 0
        while True:
            if cancel is not None and cancel():
                raise Cancelled()
            try:
                return _get_once(c, url, params, timeout, max_bytes, cancel, headers)
            except _Transient as exc:
                if attempt >= retries:
                    raise FeedError(url, exc.problem) from exc
                attempt += 1
                time.sleep(min(0.25 * 2**attempt, 2.0))
    finally:
        if own:
            c.close()


class _Transient(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _get_once(c: httpx.Client, url: str, params: Mapping[str, Any] | None, timeout: float, max_bytes: int,
              cancel: Callable[[], bool] | None, headers: Mapping[str, str] | None) -> httpx.Response:
    try:
        with c.stream("GET", url, params=params, timeout=httpx.Timeout(timeout), headers=headers) as resp:
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                if cancel is not None and cancel():
                    raise Cancelled()
                size += len(chunk)
                if size > max_bytes:
                    raise FeedError(str(resp.url), trf(
                        "the response is larger than {mb:,} MB; it was not read (ask for a shorter period or fewer "
                        "items)", mb=max_bytes // (1024 * 1024)))
                chunks.append(chunk)
            body = b"".join(chunks)
    except httpx.TimeoutException as exc:
        raise _Transient(trf("the server did not answer within {s:g} s", s=timeout)) from exc
    except httpx.ConnectError as exc:
        raise FeedError(url, trf("the server could not be reached ({reason}); check the address and the network",
                                 reason=_reason(exc))) from exc
    except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
        raise _Transient(trf("the connection was dropped while reading ({reason})", reason=_reason(exc))) from exc
    except httpx.InvalidURL as exc:
        raise FeedError(url, trf("this is not a valid web address ({e})", e=str(exc))) from exc
    except httpx.UnsupportedProtocol as exc:
        raise FeedError(url, tr("only http:// and https:// addresses can be read")) from exc
    except httpx.HTTPError as exc:
        raise FeedError(url, trf("the request failed ({reason})", reason=_reason(exc))) from exc
    response = httpx.Response(resp.status_code, headers=resp.headers, content=body, request=resp.request)
    if resp.status_code in (502, 503, 504):
        raise _Transient(trf("the server answered HTTP {code} {phrase} (it may be down or overloaded)",
                             code=str(resp.status_code), phrase=resp.reason_phrase))
    if resp.status_code >= 400:
        detail = _snippet(body)
        problem = (trf("the server answered HTTP {code} {phrase}: {detail}", code=str(resp.status_code),
                       phrase=resp.reason_phrase, detail=detail) if detail
                   else trf("the server answered HTTP {code} {phrase}", code=str(resp.status_code),
                            phrase=resp.reason_phrase))
        raise FeedError(str(resp.url), problem, status=resp.status_code, body=body[:65536])
    return response


def get_json(url: str, params: Mapping[str, Any] | None = None, **kw: Any) -> Any:
    """GET and parse JSON. A body that is not JSON (an HTML error page, a truncated answer) raises FeedError."""
    resp = get(url, params, **kw)
    try:
        return json.loads(resp.content.decode(resp.encoding or "utf-8", errors="strict"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(str(resp.url), trf("the server sent something that is not valid JSON ({what})",
                                           what=_what(resp))) from exc


def _what(resp: httpx.Response) -> str:
    ctype = resp.headers.get("content-type", "").split(";")[0].strip() or tr("no content type")
    text = _snippet(resp.content)
    return trf("{ctype}, starting {text!r}", ctype=ctype, text=text) if text else trf("{ctype}, empty", ctype=ctype)


def _snippet(body: bytes, n: int = 80) -> str:
    text = body[:400].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text[:n] + ("…" if len(text) > n else "")


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
