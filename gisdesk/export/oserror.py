"""Why a page or map file could not be written, in the UI's language (Qt-free).

``os_problem(exc)`` turns the usual ``OSError`` reasons (no permission, disk full, a file where a folder should
be) into a translated phrase; any other reason is the system's own text (``strerror``) or the message the
error was raised with (gisdesk's own, already translated).
"""

from __future__ import annotations

import errno

from gisdesk.core.i18n import tr


def os_problem(exc: OSError) -> str:
    """A short phrase saying why writing failed (no full stop, no file name)."""
    code = getattr(exc, "errno", None)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return tr("permission denied: the folder is read-only or not yours")
    if code in (errno.ENOSPC, errno.EDQUOT):
        return tr("the disk is full")
    if code in (errno.ENOTDIR, errno.EEXIST):
        return tr("a part of the folder's path is a file, not a folder")
    if code == errno.ENOENT:
        return tr("the folder does not exist and could not be made")
    return str(exc.strerror or exc)
