"""Where the data that ships with Strike Map lives (the gazetteer tables and the seed store).

In a checkout it is the repository's ``data/``; an installed wheel carries the same
files as package data in ``dashboard/data/`` (pyproject.toml maps one onto the other).
"""

from __future__ import annotations

from pathlib import Path

CHECKOUT_DATA = Path(__file__).resolve().parent.parent / "data"
INSTALLED_DATA = Path(__file__).resolve().parent / "data"


def shipped_data() -> Path:
    return CHECKOUT_DATA if (CHECKOUT_DATA / "gazetteer").is_dir() else INSTALLED_DATA
