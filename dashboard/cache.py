"""Rebuildable caches on disk: the gazetteer index, validated event tables, map data.

Anything here can be deleted at any time; it is rebuilt from its sources on the next use.
A folder that cannot be written only means rebuilding every time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """STRIKEMAP_CACHE, else the user's cache folder."""
    base = os.environ.get("STRIKEMAP_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "strikemap"


def pickled(path: Path, build: Callable[[], T], keep: int = 0) -> T:
    """The object pickled at ``path``, or ``build()`` (then pickled there, atomically).

    With ``keep``, only the ``keep`` newest pickles of that folder stay."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        if keep:
            for old in sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[keep:]:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return value
