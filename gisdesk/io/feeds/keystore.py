"""Secrets (feed API keys) in the operating system's keyring, when there is one; never in a project file.

Uses the ``keyring`` package if it is installed and has a working backend (Windows Credential Manager,
macOS Keychain, the Secret Service on Linux desktops). Without one every function quietly does nothing
(``get_secret`` returns None, ``set_secret`` False) and the user types the key again next time: a missing or
broken keyring must never stop a feed from being read. Keyring calls may block (a desktop keyring asking to be
unlocked): call these off the GUI thread.
"""

from __future__ import annotations

import warnings
from typing import Any

__all__ = ["delete_secret", "get_secret", "keyring_available", "set_secret"]


def _backend() -> Any | None:
    """The ``keyring`` module when it is installed and its backend is not the "no keyring" one."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import keyring  # optional dependency
            from keyring.backends import fail

            if isinstance(keyring.get_keyring(), fail.Keyring):
                return None
    except Exception:  # noqa: BLE001 - ImportError, a backend that fails to load: no keyring
        return None
    return keyring


def keyring_available() -> bool:
    """True when secrets can be stored (a keyring backend is installed and loads)."""
    return _backend() is not None


def get_secret(service: str, user: str) -> str | None:
    """The stored secret, or None (none stored, or no usable keyring)."""
    kr = _backend()
    if kr is None:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = kr.get_password(service, user)
    except Exception:  # noqa: BLE001 - a locked or broken keyring is the same as none
        return None
    return value or None


def set_secret(service: str, user: str, secret: str) -> bool:
    """Store ``secret``; True if it was stored."""
    kr = _backend()
    if kr is None or not secret:
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kr.set_password(service, user, secret)
    except Exception:  # noqa: BLE001
        return False
    return True


def delete_secret(service: str, user: str) -> bool:
    """Forget the stored secret; True if one was removed."""
    kr = _backend()
    if kr is None:
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kr.delete_password(service, user)
    except Exception:  # noqa: BLE001 - keyring.errors.PasswordDeleteError when there was none
        return False
    return True
