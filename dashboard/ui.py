"""Small helpers the Streamlit pages share: safe text, deployment settings, the writable store, the page guard."""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Callable

import streamlit as st

from dashboard.shipped import shipped_data

# What a new store is seeded with: the shipped events and the reports they come from.
SEED_FILES = ("events.csv", "sources.csv", "reports.csv", "reports")

log = logging.getLogger("strikemap")
if not log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)


def md(text: object) -> str:
    """Any text shown through Streamlit markdown as itself: no markup, links or images."""
    escaped = re.sub(r"([\\`*_{}\[\]()#+\-.!|>~<:$])", r"\\\1", str(text))
    return escaped.replace("\n", "  \n")


def plural(n: int, word: str, many: str = "") -> str:
    """'1 event', '2 events', '1,234 events'."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def secrets_present() -> bool:
    """Whether Streamlit has secrets loaded or on disk: asking ``st.secrets`` when there are none
    would look for the files again on every rerun."""
    return getattr(st.secrets, "_secrets", None) is not None or any(map(os.path.exists, st.get_option("secrets.files")))


def setting(name: str, env: str, default: str = "") -> str:
    """A deployment setting: environment variable first, then Streamlit secrets."""
    if os.environ.get(env):
        return os.environ[env]
    if not secrets_present():
        return default
    try:
        return str(st.secrets.get(name, default))
    except Exception:  # no secrets file: an ordinary local run
        return default


def user_data_home() -> Path:
    """The user's data folder (XDG_DATA_HOME, else ~/.local/share; %APPDATA% on Windows)."""
    if os.environ.get("XDG_DATA_HOME"):
        return Path(os.environ["XDG_DATA_HOME"])
    if os.name == "nt" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"])
    return Path.home() / ".local" / "share"


def seed_store(folder: Path, shipped: Path | None = None) -> None:
    """Fill an empty ``folder`` with the shipped events, all at once (a half-copied store is never seen)."""
    shipped = shipped or shipped_data()
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".strikemap-seed-", dir=folder.parent))
    try:
        for name in SEED_FILES:
            src = shipped / name
            if src.is_dir():
                shutil.copytree(src, staging / name)
            elif src.exists():
                shutil.copy2(src, staging / name)
        try:
            staging.rename(folder)
        except OSError:
            if not (folder / "events.csv").exists():  # not a concurrent seeding that won the race
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def data_folder() -> Path:
    """The store the app reads and writes: STRIKEMAP_DATA (or the ``data_dir`` setting), else
    ``strikemap`` in the user's data folder, seeded from the shipped events on first use, so
    saving a report never writes into an installed package or a checkout's committed ``data/``."""
    chosen = setting("data_dir", "STRIKEMAP_DATA")
    if chosen:
        return Path(chosen)
    folder = user_data_home() / "strikemap"
    if not (folder / "events.csv").exists() and not folder.exists():
        try:
            seed_store(folder)
        except OSError as exc:
            log.warning("could not create the data folder %s (%s); showing the shipped events read-only", folder, exc)
            return shipped_data()
    return folder


def store_name(where: str) -> str:
    """Where saves go, as visitors may read it: the engine and, for PostgreSQL, host and database
    (never a password), but no path on the server's disk."""
    return where if where.startswith("PostgreSQL") else "SQLite database in the app's data folder"


def incident(message: str, exc: BaseException) -> str:
    """``message`` with an incident id for the visitor; the details (paths and all) go to the log."""
    number = uuid.uuid4().hex[:10]
    log.error("%s (incident %s): %s", message, number, exc)
    return f"{message} The problem was logged as incident **{number}**."


@st.cache_resource(show_spinner="Loading the gazetteer…")
def place_geocoder():
    """One geocoder (and its index) for every session and page of this server, defined here so the
    pages, which rerun as scripts, do not define a cached function again on every run."""
    from dashboard.geocode_online import make_geocoder

    return make_geocoder()


def guarded(page: Callable[[], None]) -> None:
    """Run a page; an unexpected error is logged with an incident id, and the visitor sees
    only a short apology with that id (never a traceback or a server path)."""
    try:
        page()
    except Exception:
        incident = uuid.uuid4().hex[:10]
        log.exception("page failed, incident %s", incident)
        st.error(f"Sorry, something went wrong while drawing this page. The problem was logged as incident "
                 f"**{incident}**; reloading or changing the filters may help. Please quote the incident id if "
                 "you report it.")
