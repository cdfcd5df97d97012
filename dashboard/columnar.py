"""Columnar copies of the store, written once per store version and shared by every session.

- The events as Parquet: a server that starts (or a store that changed) reads them in a fraction
  of the time that reading and typing every database row takes, and Arrow strings take a fraction
  of the memory of Python strings.
- The map's data as one binary file of typed arrays (quantised coordinates, day numbers, codes
  for side, weapon shape, precision and region, a weapon bit mask, killed + injured), which the
  browser fetches once and filters itself, and the popup text in small JSON chunks fetched only
  when a point is clicked or hovered.

Everything here is a cache: deleting it only means building it again from the store.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard import events as schema
from dashboard.cache import cache_dir

ENCODING = 1  # bump when either file format changes: the files are named by it
MAGIC = b"SMAP"
TEXT_CHUNK = 1_000  # events per popup-text file: a click fetches one of these
# Events whose text is turned into Python strings at once: 100,000 added 200 MB to a server's peak
# while it held two versions of a million events, this a quarter of it.
TEXT_BLOCK = 25 * TEXT_CHUNK
COORD_SCALE = 100_000  # coordinates travel as whole 1e-5 degrees (about a metre)
EPOCH = date(1970, 1, 1)
SIDES = ("Russia", "Ukraine", "unknown")
SIDE_COLOURS = ("#c0392b", "#1f5fbf", "#7f7f7f")
SHAPE_NAMES = ("missile or rocket", "drone", "artillery or glide bomb", "weapon not stated")
PRECISIONS = ("district", "city", "region", "country")
# A region-level point is the region's centroid; the ring says "somewhere in here".
REGION_RING_METRES = 60_000
COUNT_FIELDS = ("killed", "injured", "children", "missiles_launched", "missiles_intercepted",
                "drones_launched", "drones_intercepted")


def version_key(where: str, version: str, *parts: object) -> str:
    """A file name stem for one store version (the database's place too: a copied store keeps its id)."""
    text = "|".join(str(p) for p in (ENCODING, where, version, schema.COLUMNS, *parts))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _write_parquet(path: Path, table: pa.Table) -> None:
    """The table as Parquet at ``path``, atomically: written to the file as it is encoded (a copy
    in memory first, then as bytes, held a million events' Parquet twice beside the table)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")  # by name: Arrow's own file, not Python's small writes
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


# --- the events as Parquet ----------------------------------------------------------------

IDLE_DAYS = 7  # another store's copy goes once no server has read it for this long


def read_events(where: str, version: str, read: Callable[[], pd.DataFrame | pa.Table], keep: int = 2) -> pd.DataFrame:
    """The store's events at ``version``: from its Parquet copy, else ``read()`` (then copied): a
    frame, or an Arrow table with the pandas metadata ``Table.from_pandas`` gives (``Store.event_table``
    reads the database straight into one).

    Strings come back as pandas' Arrow-backed ``str`` dtype, counts as ``Int64`` and dates as
    ``datetime.date``, the same whether the copy was just written or read from disk.

    A new copy replaces only its own store's older ones (the newest ``keep`` stay) and copies of
    stores nobody has read for ``IDLE_DAYS``: the folder is shared by every store on the machine,
    and when any two other stores' copies pushed a million events' copy out, the next server read
    the store itself again (4 s and 2 GB from its cache of Python objects, a minute from the database)."""
    held = read_copy(where, version)
    if held is not None:
        return held
    table = read()
    if not isinstance(table, pa.Table):
        table = pa.Table.from_pandas(table, preserve_index=False)
    keep_copy(where, version, table, keep)
    return table.to_pandas()


def _copy_path(where: str, version: str) -> tuple[Path, str, Path]:
    folder = cache_dir() / "columnar"
    store = version_key(where, "", "store")[:16]
    return folder, store, folder / f"{store}_{version_key(where, version)}.parquet"


def read_copy(where: str, version: str) -> pd.DataFrame | None:
    """The store's events at ``version`` from its Parquet copy (as ``read_events``), or None."""
    path = _copy_path(where, version)[2]
    try:
        table = pq.read_table(path)
        os.utime(path)  # in use: not idle
    except (OSError, pa.ArrowException):
        return None
    return table.to_pandas()


def keep_copy(where: str, version: str, table: pa.Table, keep: int = 2) -> None:
    """``table`` (the events at ``version``, with their pandas metadata) as the store's Parquet copy
    (``read_events``)."""
    folder, store, path = _copy_path(where, version)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_parquet(path, table)
        _prune_copies(folder, store, keep)
    except OSError:
        pass  # an unwritable cache only means reading the store again next time


def _prune_copies(folder: Path, store: str, keep: int) -> None:
    now = time.time()
    copies = []
    for path in folder.glob("*.parquet"):
        try:
            copies.append((path.stat().st_mtime, path))
        except OSError:
            continue
    mine = sorted((c for c in copies if c[1].name.startswith(f"{store}_")), reverse=True)
    for used, path in mine[keep:] + [c for c in copies if not c[1].name.startswith(f"{store}_")
                                     and now - c[0] > IDLE_DAYS * 86400]:
        path.unlink(missing_ok=True)


# --- the map's data ------------------------------------------------------------------------

def day_numbers(dates: pd.Series) -> np.ndarray:
    """Days since 1970-01-01 of a column of ``datetime.date`` (through Arrow: a Python list of a
    million dates took 1.2 s, Arrow 0.04 s)."""
    if not len(dates):
        return np.zeros(0, dtype=np.int64)
    try:
        days = pa.array(dates.to_numpy(dtype=object), type=pa.date32())
        if not days.null_count:
            return days.cast(pa.int32()).to_numpy().astype(np.int64)
    except (pa.ArrowException, TypeError):
        pass
    return np.asarray(dates.tolist(), dtype="datetime64[D]").astype(np.int64)


def weapon_shape(weapons: str) -> int:
    """Index into SHAPE_NAMES: the heaviest weapon class named."""
    kinds = set(weapons.split(";")) if weapons else set()
    if kinds & {"ballistic missile", "cruise missile", "missile", "rocket"}:
        return 0
    if "drone" in kinds:
        return 1
    if kinds & {"artillery", "glide bomb"}:
        return 2
    return 3


def weapon_mask(weapons: str) -> int:
    """One bit per weapon of ``schema.WEAPONS`` that the event names."""
    kinds = set(weapons.split(";")) if weapons else set()
    return sum(1 << i for i, w in enumerate(schema.WEAPONS) if w in kinds)


def _smallest(values: np.ndarray, unsigned: bool = True) -> np.ndarray:
    top = int(values.max()) if len(values) else 0
    for dtype in ((np.uint8, np.uint16, np.uint32) if unsigned else (np.int32,)):
        if top <= np.iinfo(dtype).max:
            return values.astype(dtype)
    return values.astype(np.float64)


def _coded(values: pd.Series, code: Callable[[str], int | None], missing: int) -> np.ndarray:
    """``code`` of each value, asked once per distinct value (a store has a few dozen), not once
    per event (``Series.map`` of a million strings took over a second); ``missing`` where the
    value is empty or ``code`` gives None."""
    positions, uniques = pd.factorize(values)
    table = np.array([c if (c := code(u)) is not None else missing for u in uniques] + [missing], dtype=np.int64)
    return table[positions]  # -1 (an empty value) is the last


_JS_TYPES = {"uint8": "Uint8Array", "uint16": "Uint16Array", "uint32": "Uint32Array", "int32": "Int32Array",
             "float64": "Float64Array"}


def _text_columns(df: pd.DataFrame, notes: pd.DataFrame | None) -> dict[str, list]:
    """What a popup shows besides the typed arrays, column by column."""
    def text(col: pd.Series) -> list[str]:
        return col.fillna("").astype(str).tolist()

    url = df["source_url"].fillna("").astype(str)
    columns = {
        "event_id": text(df["event_id"]),
        **{name: text(df[name]) for name in ("place", "location_text", "district_of", "admin1", "country",
                                             "date_precision", "attacker_basis", "weapons", "damage",
                                             "reported_by", "evidence", "source_title", "published",
                                             "figures_rule")},
        # Only web addresses become links; anything else (javascript:, data:) is dropped here.
        "source_url": url.where(url.str.match(r"(?i)^https?://"), "").tolist(),
        "sources": (df["source_count"].fillna(1).astype(int).astype(str)
                    + np.where(df["sources_disagree"].astype(bool), " (sources disagree)", "")).tolist(),
    }
    for name in ("source_figures", "history", "night_figures"):
        columns[name] = (text(df["event_id"].map(notes[name])) if notes is not None and len(notes) and name in notes
                         else [""] * len(df))
    for name in COUNT_FIELDS:
        values = df[name].astype("Float64")
        columns[name] = [None if pd.isna(v) else int(v) for v in values.tolist()]
    return columns


@dataclass
class MapBundle:
    """The map's data for one table: the binary file of typed arrays and the popup-text chunks.

    ``later``: the chunks are a generator that makes them when iterated (``MapBundle.arrays``), so
    the map can be drawn before the text is written: a million events' text takes most of the
    encoding's 14 s, and it is needed only when a point is clicked."""

    header: dict
    binary: bytes
    chunks: Iterable[str]
    later: bool = False

    @classmethod
    def encode(cls, df: pd.DataFrame, notes: pd.DataFrame | Callable[[], pd.DataFrame] | None = None,
               text: Callable[[], pd.DataFrame] | None = None) -> "MapBundle":
        """The typed arrays and every chunk of text, made now."""
        bundle = cls.arrays(df, notes, text)
        return cls(bundle.header, bundle.binary, list(bundle.chunks))

    @classmethod
    def arrays(cls, df: pd.DataFrame, notes: pd.DataFrame | Callable[[], pd.DataFrame] | None = None,
               text: Callable[[], pd.DataFrame] | None = None) -> "MapBundle":
        """The typed arrays, with the text's chunks made only when they are iterated. ``text``: the
        same events with every column, asked for then (``df`` may hold only the map's columns);
        ``notes`` may be a function too, called then (reading them took a first page over a second
        at a million events, for text written after it)."""
        n = len(df)
        days = day_numbers(df["event_date"])
        day0 = int(days.min()) if n else 0
        weapons = df["weapons"].fillna("").astype(str)
        shapes = _coded(weapons, weapon_shape, 3).astype(np.uint8)
        masks = _coded(weapons, weapon_mask, 0).astype(np.uint32)
        side = _coded(df["attacker"], {s: i for i, s in enumerate(SIDES)}.get, 2).astype(np.uint8)
        prec = _coded(df["geo_precision"], {p: i for i, p in enumerate(PRECISIONS)}.get, 1).astype(np.uint8)
        region_codes, regions = pd.factorize(df["admin1"].fillna("").astype(str), sort=True)
        hurt = (df["killed"].fillna(0).astype("int64") + df["injured"].fillna(0).astype("int64")).to_numpy(np.int64)
        arrays = {
            "lat": np.round(df["latitude"].to_numpy(np.float64) * COORD_SCALE).astype(np.int32),
            "lon": np.round(df["longitude"].to_numpy(np.float64) * COORD_SCALE).astype(np.int32),
            "day": _smallest(days - day0),
            # side (2 bits), shape (2 bits), precision (2 bits) in one byte
            "code": (side | (shapes << 2) | (prec << 4)).astype(np.uint8),
            "region": _smallest(region_codes.astype(np.int64)),
            "weapons": _smallest(masks.astype(np.int64)),
            "hurt": _smallest(np.clip(hurt, 0, None)),
        }
        header = {
            "n": n, "day0": day0, "scale": COORD_SCALE, "sides": list(SIDES), "colours": list(SIDE_COLOURS),
            "shape_names": list(SHAPE_NAMES), "precisions": list(PRECISIONS), "regions": [str(r) for r in regions],
            "weapons": list(schema.WEAPONS), "ring_metres": REGION_RING_METRES, "chunk": TEXT_CHUNK, "chunks": -(-n // TEXT_CHUNK), "columns": {},
        }
        body, offset = [], 0
        for name, values in arrays.items():
            raw = values.tobytes()
            header["columns"][name] = {"type": _JS_TYPES[values.dtype.name], "offset": offset, "length": n}
            pad = -len(raw) % 8
            body.append(raw + b"\0" * pad)
            offset += len(raw) + pad
        # Offsets count from the end of the header, which is padded so that every column starts on
        # a multiple of 8 bytes (typed arrays need their element size's alignment).
        head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head += b" " * (-(len(head) + 8) % 8)
        binary = MAGIC + len(head).to_bytes(4, "little") + head + b"".join(body)
        return cls(header, binary, _later_chunks(text or (lambda: df), notes), later=True)


def _later_chunks(frame: Callable[[], pd.DataFrame], notes) -> Iterator[str]:
    # the frame and the notes are asked for when the first chunk is
    yield from text_chunks(frame(), notes() if callable(notes) else notes)


def text_chunks(df: pd.DataFrame, notes: pd.DataFrame | None = None) -> Iterator[str]:
    """The popup text, ``TEXT_CHUNK`` events a JSON file, made a block at a time (Python strings
    for every event would take GBs)."""
    for block in range(0, len(df), TEXT_BLOCK):
        text = _text_columns(df.iloc[block:block + TEXT_BLOCK], notes)
        for s in range(0, len(text["event_id"]), TEXT_CHUNK):
            yield json.dumps({k: v[s:s + TEXT_CHUNK] for k, v in text.items()}, ensure_ascii=False,
                             separators=(",", ":"))


def read_header(binary: bytes) -> dict:
    """The header of a map data file (to use files written by an earlier run)."""
    if binary[:4] != MAGIC:
        raise ValueError("not a map data file")
    size = int.from_bytes(binary[4:8], "little")
    return json.loads(binary[8:8 + size].decode("utf-8"))


def inline_json(bundle: MapBundle) -> str:
    """The bundle inside the page (for small maps such as a report's preview): JSON safe in <script>."""
    text = json.dumps({"inline": base64.b64encode(bundle.binary).decode("ascii"),
                       "chunks": [json.loads(c) for c in bundle.chunks]}, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


# --- what the browser filters by -------------------------------------------------------------

def filter_spec(header: dict, start: date, end: date, sides: list[str], weapons: list[str], regions: list[str],
                min_casualties: int, rows: np.ndarray | None = None) -> dict:
    """The filters as the browser applies them to the map data described by ``header``.

    ``rows``: positions that a filter the browser cannot apply (the text search) keeps; sent as
    a bit set, an eighth of a byte per event."""
    known = {w: i for i, w in enumerate(header["weapons"])}
    region_index = {r: i for i, r in enumerate(header["regions"])}
    spec = {
        "start": (start - EPOCH).days, "end": (end - EPOCH).days,
        "sides": [i for i, s in enumerate(header["sides"]) if s in sides],
        "weapons": sum(1 << known[w] for w in weapons if w in known) if weapons else 0,
        # a region the data lacks matches nothing (-1), rather than everything
        "regions": [region_index.get(r, -1) for r in regions] if regions else None,
        "min_hurt": int(min_casualties),
        "rows": None,
    }
    if rows is not None:
        mask = np.zeros(header["n"], dtype=bool)
        mask[np.asarray(rows, dtype=np.int64)] = True
        spec["rows"] = base64.b64encode(np.packbits(mask, bitorder="little").tobytes()).decode("ascii")
    return spec
