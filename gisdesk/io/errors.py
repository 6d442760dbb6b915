"""Re-export of :class:`gisdesk.core.errors.ReadError`, the one error type readers raise for bad input.

It lives in ``core`` so that layers (which sit below ``io``) can raise it too.
"""

from gisdesk.core.errors import ReadError

__all__ = ["ReadError"]
