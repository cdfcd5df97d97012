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
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_NAME = "strikemap.sqlite3"
_WRITE_LOCK = 0x5354524B  # PostgreSQL advisory lock id held by writers ("STRK")
_ESC = "\ue000"
_ESCAPES = {"\x00": _ESC + "0", _ESC: _ESC + "e"}
_UNESCAPE = re.compile(_ESC + "(.)", re.DOTALL)
_BULK_CACHE_KB = 128 * 1024  # SQLite page cache while a bulk insert runs (a negative cache_size is KiB)


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


class Database(abc.ABC):
    """One database: how to connect, lock for writing, and where saves go (for people to read)."""

    dialect = ""
    where = ""
    has_migrations_table = ""

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


class SQLiteDatabase(Database):
    """A file in the data folder, in WAL mode: readers see the last commit while a writer writes."""

    dialect = "sqlite"
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
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
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


def open_database(folder: Path, url: str = "") -> Database:
    """PostgreSQL when ``url`` is given, else the SQLite file in ``folder``."""
    if url:
        scheme = urlsplit(url).scheme
        if scheme not in ("postgresql", "postgres"):
            raise StoreError(f"STRIKEMAP_DATABASE_URL must start with postgresql://, got {scheme or 'no scheme'}://")
        return PostgresDatabase(url)
    return SQLiteDatabase(Path(folder) / SQLITE_NAME)
