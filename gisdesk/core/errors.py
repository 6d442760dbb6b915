"""The one error type raised for input that cannot be read (files, project files, rasters)."""

from __future__ import annotations

import os


class ReadError(Exception):
    """A file (or part of it) could not be read.

    ``path`` names the file, ``problem`` says in plain words what was wrong with it.
    ``str(error)`` is the full message shown to the user: ``"<path>: <problem>"``.
    Every reader in :mod:`gisdesk.io` raises this (and only this) for bad input;
    anything else escaping a reader is a bug.
    """

    def __init__(self, path: str | os.PathLike[str], problem: str):
        self.path = os.fspath(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ProjectError(Exception):
    """A project file could not be loaded or saved; the message says which file and why."""
