"""Guards against known-bad Qt bindings: PySide6 6.12.0 over-releases Signal.emit()'s result, so a long
session (every paint, timer and model event) ends with the interpreter aborting ("deallocating True")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


def test_emitting_does_not_leak_or_overrelease_references(qapp):
    e = _Emitter()
    calls = []
    e.ping.connect(lambda: calls.append(1))
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        e.ping.emit()
    assert len(calls) == 2000
    assert abs(sys.getrefcount(True) - before_true) < 50
    assert abs(sys.getrefcount(None) - before_none) < 50
