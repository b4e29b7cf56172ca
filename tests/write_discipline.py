"""Watching the statements the store sends to SQLite, to hold it to one rule: every write is
inside a transaction that began with BEGIN IMMEDIATE.

A deferred BEGIN, or a write with no BEGIN at all, takes the write lock only at its first
write; under contention that upgrade fails at once with "database is locked", whatever the
busy timeout. conftest.py traces every connection the store opens in every test.
"""

from __future__ import annotations

import re
import sqlite3
from types import SimpleNamespace

WRITE = re.compile(r"^\s*(?:INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.I)
BEGIN = re.compile(r"^\s*BEGIN\b(.*)", re.I | re.S)
END = re.compile(r"^\s*(?:COMMIT|END|ROLLBACK)\s*(?:TRANSACTION)?\s*;?\s*$", re.I)
SAVEPOINT = re.compile(r"^\s*SAVEPOINT\s+(\S+)", re.I)
RELEASE = re.compile(r"^\s*RELEASE\s+(?:SAVEPOINT\s+)?(\S+)", re.I)


class Tracer:
    """Collects, across the connections it watches, each statement that broke the rule."""

    def __init__(self) -> None:
        self.violations: list[str] = []

    def watch(self, conn: sqlite3.Connection) -> None:
        immediate = False
        savepoints: list[str] = []  # open savepoints that began a (deferred) transaction

        def seen(statement: str) -> None:
            nonlocal immediate
            if statement.lstrip().startswith("--"):  # a trigger's body, inside its statement
                return
            if begin := BEGIN.match(statement):
                immediate = begin.group(1).split()[:1] == ["IMMEDIATE"]
            elif END.match(statement):
                immediate = False
                savepoints.clear()
            elif (savepoint := SAVEPOINT.match(statement)) and not immediate:
                savepoints.append(savepoint.group(1))
            elif (release := RELEASE.match(statement)) and release.group(1) in savepoints:
                del savepoints[savepoints.index(release.group(1)):]
            elif WRITE.match(statement) and not immediate:
                self.violations.append(f"{statement.strip()[:80]!r} outside BEGIN IMMEDIATE")

        conn.set_trace_callback(seen)

    def sqlite3(self) -> SimpleNamespace:
        """The sqlite3 module as the store sees it, with every connection it opens watched."""
        def connect(*args, **kwargs) -> sqlite3.Connection:
            conn = sqlite3.connect(*args, **kwargs)
            self.watch(conn)
            return conn

        return SimpleNamespace(**{**{name: getattr(sqlite3, name) for name in dir(sqlite3) if not name.startswith("__")},
                                  "connect": connect})
