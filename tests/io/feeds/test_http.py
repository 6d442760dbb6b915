"""The feed HTTP helper: clear errors for slow, down, failing and garbage answers; retries on transient ones."""

from __future__ import annotations

import socket

import pytest

from gisdesk.io.feeds.http import Cancelled, FeedError, get, get_json
from tests.io.feeds.server import Reply


def test_json_and_params(feed_server):
    feed_server.route("/a.json", lambda req: Reply(body={"got": req.arg("x")}))
    assert get_json(feed_server.url("/a.json"), {"x": "Huế"}) == {"got": "Huế"}


def test_timeout_is_retried_then_reported(feed_server):
    feed_server.route("/slow", lambda req: Reply(body=[], delay=1.0))
    with pytest.raises(FeedError, match="did not answer within 0.2 s"):
        get_json(feed_server.url("/slow"), timeout=0.2, retries=1)
    assert len(feed_server.calls) == 2  # one retry


def test_http_errors_say_the_status(feed_server):
    feed_server.route("/gone", lambda req: Reply(404, "no such service", {"Content-Type": "text/plain"}))
    with pytest.raises(FeedError, match="HTTP 404 Not Found: no such service"):
        get(feed_server.url("/gone"))
    assert len(feed_server.calls) == 1  # a 404 is not retried
    feed_server.route("/down", lambda req: Reply(503, "maintenance"))
    with pytest.raises(FeedError, match="HTTP 503"):
        get(feed_server.url("/down"), retries=1)
    assert len(feed_server.calls) == 3


def test_garbage_is_not_json(feed_server):
    feed_server.route("/html", lambda req: Reply(200, "<html><body>Login</body></html>", {"Content-Type": "text/html"}))
    with pytest.raises(FeedError, match=r"not valid JSON \(text/html, starting '<html><body>Login"):
        get_json(feed_server.url("/html"))
    feed_server.route("/cut", lambda req: Reply(200, '{"requests": [1, 2', {"Content-Type": "application/json"}))
    with pytest.raises(FeedError, match="not valid JSON"):
        get_json(feed_server.url("/cut"))


def test_dropped_connection_and_unreachable_server(feed_server):
    feed_server.route("/drop", lambda req: Reply(drop=True))
    with pytest.raises(FeedError, match="dropped"):
        get(feed_server.url("/drop"), retries=0)
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(FeedError, match="could not be reached"):
        get(f"http://127.0.0.1:{port}/x", retries=0)
    with pytest.raises(FeedError, match="only http"):
        get("ftp://example.org/x")


def test_size_cap_and_cancel(feed_server):
    feed_server.route("/big", lambda req: Reply(body=b"x" * 3_000_000))
    with pytest.raises(FeedError, match="larger than 1 MB"):
        get(feed_server.url("/big"), max_bytes=1024 * 1024)
    with pytest.raises(Cancelled):
        get(feed_server.url("/big"), cancel=lambda: True)


def test_secrets_never_appear_in_messages(feed_server):
    feed_server.route("/bad", lambda req: Reply(400, "bad request", {"Content-Type": "text/plain"}))
    with pytest.raises(FeedError) as info:
        get(feed_server.url("/bad"), {"api_key": "S3CRET", "start_date": "2025-01-01"})
    assert "S3CRET" not in str(info.value) and "api_key=***" in info.value.url
    assert "start_date=2025-01-01" in info.value.url
    assert info.value.status == 400 and info.value.body == b"bad request"
