"""The two database engines behind the store: SQLite in the data folder, PostgreSQL by URL.

Both run the same schema, kept as numbered SQL files in ``migrations/`` (plain SQL rather than
Alembic: the schema is small, the SQL is readable as it is, and nothing more is installed).
``Database.migrate`` applies the files not yet recorded in ``schema_migrations``, each in its
own transaction, under the same lock writers take, so two processes starting together apply
each file once.

Statements are written once with ``?`` placeholders; the PostgreSQL engine rewrites them to
``%s``. PostgreSQL text cannot hold NUL, so that engine stores NUL (and its escape character,
a private-use code point) as two-character escapes and reverses them on reading.
"""

from __future__ import annotations

import abc
import contextlib
import os
import re
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    import pyarrow as pa

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_NAME = "strikemap.sqlite3"
_WRITE_LOCK = 0x5354524B  # PostgreSQL advisory lock id held by writers ("STRK")
_ESC = "\ue000"
_ESCAPES = {"\x00": _ESC + "0", _ESC: _ESC + "e"}
_UNESCAPE = re.compile(_ESC + "(.)", re.DOTALL)
_BULK_CACHE_KB = 128 * 1024  # SQLite page cache while a bulk insert runs (a negative cache_size is KiB)
_READ_ROWIDS = 100_000  # rowids per query of SQLite's ``read_columns``
_GAP = 0xFF  # the byte between SQLite's concatenated values: no UTF-8 text holds it


class StoreError(RuntimeError):
    """The store cannot be read or written: the message says which file or database and why."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration file, in order."""
    found = []
    for path in sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        found.append((int(path.name[:4]), path.stem[5:], path.read_text(encoding="utf-8")))
    return found


def _statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


class Transaction:
    """A cursor inside one transaction: ``?`` placeholders, rows as tuples."""

    def __init__(self, db: "Database", cursor: Any):
        self.db, self.cursor = db, cursor

    def execute(self, sql: str, params: Sequence = ()) -> "Transaction":
        self.cursor.execute(self.db.sql(sql), [self.db.to_db(p) for p in params])
        return self

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        to_db = self.db.to_db
        self.cursor.executemany(self.db.sql(sql), [[to_db(v) for v in row] for row in rows])

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Many rows into one table, the fastest way each engine has (see ``Database.bulk_insert``)."""
        self.db.bulk_insert(self.cursor, table, columns, rows)

    def rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        self.execute(sql, params)
        rows = self.cursor.fetchall()
        return self.db.from_db(rows)

    def value(self, sql: str, params: Sequence = ()) -> Any:
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    def columns(self, table: str, types: Mapping[str, "pa.DataType"], snapshot: str = "",
                rowids: Sequence[int] | None = None) -> "pa.Table":
        """Every row of ``table`` as an Arrow table of these columns (string, int64, float64, bool or
        date32), read column by column (``Database.read_columns``): on SQLite in rowid order (two
        reads in one transaction give the same rows in the same order; ``rowid`` may be a column),
        on PostgreSQL in no particular order.
        ``snapshot``: a query whose answer changes with every commit (lets SQLite read on two cores).
        ``rowids`` (SQLite only, ``Database.reads_rowids``): only the rows of these rowids."""
        return self.db.read_columns(self.cursor, table, types, snapshot, rowids)


class Database(abc.ABC):
    """One database: how to connect, lock for writing, and where saves go (for people to read)."""

    dialect = ""
    where = ""
    has_migrations_table = ""
    reads_rowids = False  # ``read_columns`` reads chosen rows by rowid, and rows in rowid order

    def sql(self, text: str) -> str:
        return text

    def to_db(self, value: Any) -> Any:
        return value

    def from_db(self, rows: list[tuple]) -> list[tuple]:
        return rows

    @abc.abstractmethod
    def bulk_insert(self, cursor: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Rows into ``table`` within the cursor's transaction, values converted as ``to_db`` does."""

    @abc.abstractmethod
    def read_columns(self, cursor: Any, table: str, types: Mapping[str, "pa.DataType"],
                     snapshot: str = "", rowids: Sequence[int] | None = None) -> "pa.Table":
        """``Transaction.columns``: a whole table straight into Arrow arrays, with no Python object
        per cell (rows of Python objects took a minute and 3 GB for a million events). Raises
        ``ValueError`` (or an Arrow error) for a value that does not fit its type."""

    @abc.abstractmethod
    def write(self) -> contextlib.AbstractContextManager[Transaction]:
        """One transaction that holds the write lock: all of it is committed, or none of it."""

    @abc.abstractmethod
    def read(self) -> contextlib.AbstractContextManager[Transaction]:
        """One snapshot: every query inside sees the same committed state; writers are not blocked."""

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; return their names."""
        applied = []
        if self.schema_version() == migrations()[-1][0]:
            return applied  # the usual case, checked without taking the write lock
        with self.write() as tx:
            tx.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                       "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        for version, name, sql in migrations():
            with self.write() as tx:
                if tx.value("SELECT COUNT(*) FROM schema_migrations WHERE version = ?", [version]):
                    continue
                for statement in _statements(sql):
                    tx.execute(statement)
                tx.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                           [version, name, _now()])
                applied.append(f"{version:04d}_{name}")
        return applied

    def schema_version(self) -> int:
        with self.read() as tx:
            if not tx.value(self.has_migrations_table):
                return 0  # a database never migrated
            return int(tx.value("SELECT MAX(version) FROM schema_migrations") or 0)


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _switch_to_wal(conn: sqlite3.Connection, wait: float = 60.0) -> None:
    """WAL mode for a new database file. SQLite refuses the switch at once ("database is locked"),
    without its busy handler, while another connection to the new file holds a lock, as when many
    processes open it together; so the switch is tried again until another connection has made it
    or ``wait`` seconds have passed."""
    deadline = time.monotonic() + wait
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class SQLiteDatabase(Database):
    """A file in the data folder, in WAL mode: readers see the last commit while a writer writes."""

    dialect = "sqlite"
    reads_rowids = True
    has_migrations_table = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.where = f"SQLite database {self.path}"

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path.parent}: cannot write to the data folder ({exc.strerror or exc})") from exc
        try:
            if not self.path.exists():
                # Created here, not by SQLite (which always uses 0644), so the file follows the umask;
                # SQLite gives its -wal and -shm files the database file's mode.
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o666))
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the database ({getattr(exc, 'strerror', None) or exc})") from exc
        try:
            conn.execute("PRAGMA busy_timeout = 60000")
            _switch_to_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc
        return conn

    @contextlib.contextmanager
    def _transaction(self, begin: str) -> Iterator[Transaction]:
        conn = self._connect()
        try:
            conn.execute(begin)
            try:
                yield Transaction(self, conn.cursor())
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        finally:
            conn.close()

    def bulk_insert(self, cursor: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """SQLite takes Python values as they are: the rows go to one prepared statement unconverted.
        A large page cache for the connection keeps a big insert's index pages in memory."""
        cursor.execute(f"PRAGMA cache_size = {-_BULK_CACHE_KB}")
        slots = ", ".join("?" for _ in columns)
        cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({slots})", rows)

    def read_columns(self, cursor: Any, table: str, types: Mapping[str, "pa.DataType"],
                     snapshot: str = "", rowids: Sequence[int] | None = None) -> "pa.Table":
        """One query per ``_READ_ROWIDS`` rowids. SQLite concatenates each text column's values
        into one blob, a 0xFF byte between them, which numpy splits into an Arrow column; the other
        columns come as one line of text per row (``printf``, floats with the 17 digits that give
        back the same double), read by Arrow's CSV reader. A range whose blob would pass SQLite's
        length limit is read in halves. The rows come in rowid order, however the ranges were
        shared out, so two reads of one snapshot give their rows in the same order.

        SQLite reads on one core, so a second connection reads every other range in a thread of its
        own, when ``snapshot`` (a query whose answer changes with every commit) tells that it sees
        the same committed state as ``cursor``; otherwise ``cursor`` reads them all.

        ``rowids``: only the rows of these rowids (a few hundred a query), in ascending rowid order;
        a rowid the table lacks is left out."""
        import threading

        import numpy as np
        import pyarrow as pa

        names = list(types)
        texts = [name for name in names if types[name] == pa.string()]
        others = [name for name in names if name not in texts]
        parts = [f"CAST(group_concat({name}, X'FF') AS BLOB)" for name in texts]
        if others:  # NULL prints as "" (and text through %s would end at a NUL: only numbers and dates here)
            line = ",".join("%!.17g" if types[name] == pa.float64() else "%s" for name in others)
            parts.append(f"CAST(group_concat(printf('{line}', {', '.join(others)}), char(10)) AS BLOB)")
        select = f"SELECT COUNT(*), {', '.join(parts)} FROM {table} WHERE "
        if rowids is None:
            query = lambda start, stop: (select + "rowid >= ? AND rowid < ?", [start, stop])  # noqa: E731
            first, last = cursor.execute(f"SELECT MIN(rowid), MAX(rowid) FROM {table}").fetchone()
            pending = [] if first is None else [(start, min(start + _READ_ROWIDS, last + 1))
                                                for start in range(first, last + 1, _READ_ROWIDS)]
        else:  # ranges of positions in the sorted rowids
            wanted = np.unique(np.asarray(rowids, dtype=np.int64)).tolist()

            def query(start: int, stop: int) -> tuple[str, list[int]]:
                return select + f"rowid IN ({', '.join('?' for _ in range(start, stop))}) ", wanted[start:stop]
            step = 500  # parameters a query: well under SQLite's limit
            pending = [(start, min(start + step, len(wanted))) for start in range(0, len(wanted), step)]
        lock = threading.Lock()

        def batch(count: int, blobs: list[bytes | None]) -> "pa.RecordBatch":
            columns = dict(zip(texts, (_split(blob, count) for blob in blobs)))
            if others:
                columns.update(_lines(blobs[-1], others, count))
            return pa.RecordBatch.from_arrays([_typed(columns[name], types[name], false="0") for name in names],
                                              names=names)

        def read(cur: sqlite3.Cursor) -> list[tuple[int, "pa.RecordBatch"]]:
            batches = []
            while True:
                with lock:
                    if not pending:
                        return batches
                    start, stop = pending.pop()
                try:
                    count, *blobs = cur.execute(*query(start, stop)).fetchone()
                except sqlite3.DataError as exc:
                    if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_TOOBIG or stop - start < 2:
                        raise
                    with lock:
                        pending.extend([(start, (start + stop) // 2), ((start + stop) // 2, stop)])
                    continue
                if count:
                    batches.append((start, batch(count, blobs)))

        helper = self._same_snapshot(cursor, snapshot) if snapshot and len(pending) > 1 else None
        if helper is None:
            batches = read(cursor)
        else:
            found: list = []
            def side() -> None:
                try:
                    found.append(read(helper.cursor()))
                except BaseException as exc:  # raised again below, in the caller's thread
                    found.append(exc)
            thread = threading.Thread(target=side, name="sqlite-read-columns")
            thread.start()
            try:
                batches = read(cursor)
            finally:
                with lock:
                    pending.clear()  # the helper stops after its current range if this one failed
                thread.join()
                helper.close()
            if isinstance(found[0], BaseException):
                raise found[0]
            batches += found[0]
        batches.sort(key=lambda item: item[0])  # each range's rows come in rowid order: the ranges in theirs
        return pa.Table.from_batches([b for _, b in batches], schema=pa.schema(list(types.items())))

    def _same_snapshot(self, cursor: Any, snapshot: str) -> sqlite3.Connection | None:
        """A second connection in a read transaction that sees what ``cursor``'s does, or None."""
        try:
            conn = self._connect()
        except StoreError:
            return None
        try:
            conn.execute("BEGIN")
            if conn.execute(snapshot).fetchall() == cursor.execute(snapshot).fetchall():
                return conn
        except sqlite3.Error:
            pass
        conn.close()
        return None

    def write(self):
        return self._transaction("BEGIN IMMEDIATE")

    def read(self):
        return self._transaction("BEGIN")


class PostgresDatabase(Database):
    """A PostgreSQL database by URL; writers serialise on an advisory lock, readers never wait."""

    dialect = "postgresql"
    has_migrations_table = "SELECT to_regclass('schema_migrations') IS NOT NULL"

    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        netloc = f"{parts.username}@{host}" if parts.username else host
        if parts.port:
            netloc += f":{parts.port}"
        # The password never appears in messages or on the page.
        self.where = f"PostgreSQL database {urlunsplit((parts.scheme, netloc, parts.path, '', ''))}"

    def sql(self, text: str) -> str:
        return text.replace("?", "%s")

    def to_db(self, value: Any) -> Any:
        if isinstance(value, str) and ("\x00" in value or _ESC in value):
            return value.replace(_ESC, _ESCAPES[_ESC]).replace("\x00", _ESCAPES["\x00"])
        return value

    def from_db(self, rows: list[tuple]) -> list[tuple]:
        return [tuple(unescape(v) for v in row) if any(isinstance(v, str) and _ESC in v for v in row) else row
                for row in rows]

    def _connect(self):
        import psycopg

        try:
            return psycopg.connect(self.url, connect_timeout=15)
        except psycopg.Error as exc:
            raise StoreError(f"{self.where}: cannot connect ({str(exc).strip().splitlines()[0]})") from exc

    @contextlib.contextmanager
    def _transaction(self, lock: bool) -> Iterator[Transaction]:
        import psycopg

        conn = self._connect()
        try:
            with conn.transaction():
                cur = conn.cursor()
                if lock:
                    cur.execute("SELECT pg_advisory_xact_lock(%s)", [_WRITE_LOCK])
                else:
                    cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                yield Transaction(self, cur)
        except psycopg.Error as exc:
            raise StoreError(f"{self.where}: {str(exc).strip().splitlines()[0]}") from exc
        finally:
            conn.close()

    def bulk_insert(self, cursor: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """COPY: the rows stream to the server in one command instead of one statement each."""
        escape = self.to_db
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([escape(v) for v in row] if any(type(v) is str and _needs_escape(v) for v in row)
                               else row)

    def read_columns(self, cursor: Any, table: str, types: Mapping[str, "pa.DataType"],
                     snapshot: str = "", rowids: Sequence[int] | None = None) -> "pa.Table":
        """``COPY`` of the table as CSV, spooled to a temporary file and read by Arrow's CSV reader;
        text holding the NUL escape is unescaped in Arrow."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.csv as pacsv

        if rowids is not None:
            raise NotImplementedError("PostgreSQL rows have no rowid")
        names = list(types)
        cursor.execute("SET LOCAL extra_float_digits = 3")  # every digit of a double on any server version
        with tempfile.TemporaryFile() as spool:
            with cursor.copy(f"COPY (SELECT {', '.join(names)} FROM {table}) TO STDOUT (FORMAT csv)") as copy:
                for block in copy:
                    spool.write(block)
            size = spool.tell()
            if not size:
                return pa.table({name: pa.array([], type) for name, type in types.items()})
            for block in (1 << 24, size + 1):  # a row must fit in one block: a longer one reads it all as one
                spool.seek(0)
                try:
                    read = pacsv.read_csv(
                        spool, read_options=pacsv.ReadOptions(column_names=names, block_size=min(block, 2**31 - 1)),
                        parse_options=pacsv.ParseOptions(newlines_in_values=True),
                        convert_options=pacsv.ConvertOptions(
                            column_types={name: pa.string() for name in names}, strings_can_be_null=False,
                            quoted_strings_can_be_null=False))
                    break
                except pa.ArrowInvalid as exc:
                    if "straddl" not in str(exc) or block > size:
                        raise
        columns = []
        for name in names:
            column = read.column(name)
            if types[name] == pa.string() and pc.any(pc.match_substring(column, _ESC)).as_py():
                column = pc.replace_substring(pc.replace_substring(column, _ESCAPES["\x00"], "\x00"),
                                              _ESCAPES[_ESC], _ESC)
            columns.append(_typed(column, types[name], false="f"))
        return pa.Table.from_arrays(columns, names=names)

    def write(self):
        return self._transaction(lock=True)

    def read(self):
        return self._transaction(lock=False)


def _needs_escape(text: str) -> bool:
    return "\x00" in text or _ESC in text


def unescape(value: Any) -> Any:
    """A text value as it was before the PostgreSQL engine escaped NUL."""
    if isinstance(value, str) and _ESC in value:
        return _UNESCAPE.sub(lambda m: "\x00" if m.group(1) == "0" else _ESC, value)
    return value


def _sqlite_text(name: str, type: "pa.DataType") -> str:
    """The column as SQLite text for ``read_columns``: NULL as "" (a NULL would drop out of the
    concatenation), a double through ``quote`` (its text elsewhere keeps 15 digits)."""
    import pyarrow as pa

    if type == pa.float64():
        return f"CASE WHEN {name} IS NULL THEN '' ELSE quote({name}) END"
    return name if type in (pa.string(), pa.date32()) else f"coalesce({name}, '')"


def _split(blob: bytes | None, count: int) -> "pa.StringArray":
    """``count`` values concatenated with a 0xFF byte between them, as an Arrow string array
    (offsets from where the gaps are, the bytes without them; UTF-8 checked)."""
    import numpy as np
    import pyarrow as pa

    data = np.frombuffer(blob or b"", dtype=np.uint8)
    gaps = data == _GAP
    ends = np.flatnonzero(gaps)
    if blob is None or len(ends) != count - 1:
        raise ValueError("a text column holds NULL")  # NOT NULL text: only a database changed by hand
    offsets = np.empty(count + 1, dtype=np.int32)
    offsets[0] = 0
    offsets[1:-1] = ends - np.arange(count - 1)
    offsets[-1] = len(data) - (count - 1)
    array = pa.StringArray.from_buffers(count, pa.py_buffer(offsets), pa.py_buffer(data[~gaps]))
    array.validate(full=True)
    return array


def _lines(blob: bytes | None, names: list[str], count: int) -> dict[str, "pa.Array"]:
    """``count`` lines of comma-separated numbers and dates (no quotes, "" for NULL) as text columns."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    read = pacsv.read_csv(pa.BufferReader(blob or b""), read_options=pacsv.ReadOptions(
        column_names=names, block_size=max(1 << 20, len(blob or b"") + 1)),
        parse_options=pacsv.ParseOptions(quote_char=False, ignore_empty_lines=False),
        convert_options=pacsv.ConvertOptions(column_types={name: pa.string() for name in names},
                                             strings_can_be_null=False))
    if read.num_rows != count:
        raise ValueError("a row's numbers did not read back")
    return {name: read.column(name).combine_chunks() for name in names}


def _typed(text: "pa.Array | pa.ChunkedArray", type: "pa.DataType", false: str) -> "pa.Array | pa.ChunkedArray":
    """A column read as text in ``type``: "" is NULL for numbers; a boolean is true unless it is
    the engine's text for false (SQLite's 0, PostgreSQL's f) or NULL."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if type == pa.string():
        return text
    if type == pa.bool_():
        return pc.invert(pc.is_in(text, pa.array([false, ""])))
    if type == pa.date32():
        return text.cast(pa.date32())
    return pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text).cast(type)


def open_database(folder: Path, url: str = "") -> Database:
    """PostgreSQL when ``url`` is given, else the SQLite file in ``folder``."""
    if url:
        scheme = urlsplit(url).scheme
        if scheme not in ("postgresql", "postgres"):
            raise StoreError(f"STRIKEMAP_DATABASE_URL must start with postgresql://, got {scheme or 'no scheme'}://")
        return PostgresDatabase(url)
    return SQLiteDatabase(Path(folder) / SQLITE_NAME)
