from __future__ import annotations

import pytest

from tests.io.feeds.server import FeedServer


@pytest.fixture
def feed_server():
    with FeedServer() as srv:
        yield srv
