"""Claim rows, and their conversion back to the Claim records that checks work on."""

from __future__ import annotations

import sqlite_utils

from ..extract import Claim, Span
from ..limits import MAX_INTEGER
from .connection import marks, storable


COLUMNS = ("id", "article_id", "position", "start", "end", "text", "sentence", "sentence_start", "value", "low",
           "high", "kind", "approx", "qualifier", "unit", "subject", "added_by")
_INSERT = f"INSERT INTO claims ({', '.join(COLUMNS)}) VALUES ({marks(COLUMNS)})"  # nosec B608


def _row(article_id: int, position: int, claim: Claim, added_by: str | None, claim_id: int | None = None) -> tuple:
    """The claim's columns; without an id SQLite gives the next one."""
    span = claim.span
    return (claim_id, article_id, position, span.start, span.end, span.text, claim.sentence, claim.sentence_start,
            storable(claim.value), storable(claim.low), storable(claim.high), claim.kind, claim.approx, claim.qualifier, claim.unit,
            claim.subject, added_by)


def insert_claim(db: sqlite_utils.Database, article_id: int, position: int, claim: Claim, added_by: str) -> int:
    """A claim a reviewer added, its part_of left empty (inside the caller's transaction)."""
    return db.execute(_INSERT, _row(article_id, position, claim, added_by)).lastrowid


def insert_claims(db: sqlite_utils.Database, article_id: int, claims: list[Claim], ids: list[int] | None = None) -> list[int]:
    """Insert an article's claims (inside the caller's transaction), with these `ids` or new
    ones; returns their ids in order.

    Bulk import spends most of its time here, hence one prepared statement for all rows."""
    cursor = db.conn.cursor()
    stored = []
    for position, claim in enumerate(claims):
        cursor.execute(_INSERT, _row(article_id, position, claim, None, ids[position] if ids else None))
        stored.append(cursor.lastrowid)
    cursor.executemany("UPDATE claims SET part_of = ? WHERE id = ?",
                       [(stored[claim.part_of], claim_id) for claim_id, claim in zip(stored, claims) if claim.part_of is not None])
    return stored


def article_claims(db: sqlite_utils.Database, article_id: int, removed: bool = True) -> list[dict]:
    """The article's claims in text order; `removed=False` leaves out those a reviewer removed."""
    return claims_by_article(db, article_id, removed=removed).get(article_id, [])


def claims_by_article(db: sqlite_utils.Database, *article_ids: int, removed: bool = True) -> dict[int, list[dict]]:
    """The claims of each of these articles in text order (all of them at one reading)."""
    claims: dict[int, list[dict]] = {}
    for row in db.query(f"""
            SELECT * FROM claims WHERE article_id IN ({marks(article_ids)})
            {'' if removed else 'AND removed = 0'} ORDER BY article_id, start, position""", article_ids):  # nosec B608
        row["approx"] = bool(row["approx"])
        claims.setdefault(row["article_id"], []).append(row)
    return claims


def claims_of_quantities(
    db: sqlite_utils.Database, keys: set[tuple[str, str, str]], article_id: int | None, per_key: int,
    up_to: int | None = None,
) -> list[dict]:
    """Other articles' claims with a (kind, unit, subject) in `keys`, the newest `per_key` of
    each, of those with ids up to `up_to` when given."""
    rows: list[dict] = []
    for kind, unit, subject in sorted(keys):
        rows += db.query("""
            SELECT * FROM claims WHERE subject = ? AND unit = ? AND kind = ? AND article_id IS NOT ? AND removed = 0
            AND id <= ? ORDER BY id DESC LIMIT ?""", [subject, unit, kind, article_id, MAX_INTEGER if up_to is None else up_to, per_key])
    return rows


def last_claim_id(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM claims").fetchone()[0]


def claim_at(db: sqlite_utils.Database, sha256: str, start: int, end: int) -> int | None:
    """The id of the live figure at [start, end) of the article with this text hash."""
    row = db.execute("""
        SELECT claims.id FROM articles JOIN claims ON claims.article_id = articles.id
        WHERE articles.sha256 = ? AND claims.start = ? AND claims.end = ? AND claims.removed = 0
        ORDER BY claims.id LIMIT 1""", [sha256, start, end]).fetchone()
    return row[0] if row else None


def get_claim(db: sqlite_utils.Database, claim_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM claims WHERE id = ?", [claim_id]))
    if not rows:
        return None
    rows[0]["approx"] = bool(rows[0]["approx"])
    return rows[0]


def as_claims(rows: list[dict]) -> list[Claim]:
    """Rows of one article as Claim records, part_of turned from an id into a list index."""
    index_of = {row["id"]: i for i, row in enumerate(rows)}
    return [
        Claim(
            span=Span(row["start"], row["end"], row["text"]), sentence=row["sentence"],
            value=row["value"], low=row["low"], high=row["high"], kind=row["kind"],
            approx=bool(row["approx"]), qualifier=row["qualifier"], unit=row["unit"],
            subject=row["subject"], part_of=index_of.get(row["part_of"]),
            sentence_start=row["sentence_start"],
        )
        for row in rows
    ]
