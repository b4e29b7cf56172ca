"""Opening the database: every connection gets the same pragmas, every write one transaction.

Connections run in autocommit mode (isolation_level=None) so that a transaction
starts only where `transaction()` says, and starts as BEGIN IMMEDIATE: a writer
takes the lock up front instead of failing half-way when another writer holds it.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from ..limits import MAX_INTEGER

BUSY_TIMEOUT_MS = 5000
JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024


def marks(values) -> str:
    """One "?" per value, for an IN (...) list.

    Placeholders like these and the store's own fixed fragments (column lists, WORST, TIER)
    are all it ever formats into a statement; values always travel as parameters. Each
    statement built that way carries `# nosec B608` for bandit, and tests/test_scans.py
    keeps that mark from being used anywhere else."""
    return ", ".join("?" * len(values))


def storable(number):
    """A figure as SQLite can hold it: an int past 64 bits (an article may well write
    10000000000000000000000) is kept as a REAL, as close as a float gets. A float that is
    not finite is refused: SQLite would keep inf (what '1e999' reads as), which no page
    can show and no JSON export can carry, and would keep NaN as NULL."""
    if isinstance(number, float) and not math.isfinite(number):
        raise ValueError(f"a figure must be a finite number, not {number}")
    if isinstance(number, int) and abs(number) > MAX_INTEGER:
        return float(number)
    return number


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class StoreError(Exception):
    """The database is unusable (not WAL, corrupt); the message says why."""


def open_db(path: str | Path) -> sqlite_utils.Database:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    db = sqlite_utils.Database(conn)
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode != "wal":
        conn.close()
        raise StoreError(f"{path}: could not switch to WAL mode (got {mode!r})")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    # A big import grows the WAL file; each checkpoint that empties it cuts it back to this.
    conn.execute(f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT}")
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write unit: all of it commits, or none of it does."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def check_integrity(db: sqlite_utils.Database) -> None:
    """Refuse a damaged file before anyone saves into it: PRAGMA quick_check reads every
    page (about 5 s a gigabyte here), so the server runs it once, at start."""
    problems = [row[0] for row in db.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise StoreError(f"{database_path(db)} is damaged ({'; '.join(problems)}); "
                         "restore it from a copy made by `workbench backup`")


def database_path(db: sqlite_utils.Database) -> str:
    """The file a connection is open on, for a worker process to open its own."""
    return db.execute("PRAGMA database_list").fetchone()[2]


def backup(db: sqlite_utils.Database, target: str | Path) -> None:
    """A consistent copy through SQLite's online backup API, safe while others write."""
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
