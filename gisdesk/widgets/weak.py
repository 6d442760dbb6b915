"""Connecting model events (psygnal) to widgets without keeping deleted widgets alive."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6


def weak_slot(widget: Any, method: str) -> Callable[..., None]:
    """A plain function that calls ``widget.method(*args)`` while the widget (and its C++ object) lives.
    psygnal keeps strong references to bound methods' owners; this keeps only a weak one."""
    ref = weakref.ref(widget)

    def slot(*args: Any) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            getattr(target, method)(*args)

    return slot
