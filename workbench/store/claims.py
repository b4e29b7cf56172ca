"""Claim rows, and their conversion back to the Claim records that checks work on."""

from __future__ import annotations

import sqlite_utils

from ..extract import Claim, Span


def insert_claim(db: sqlite_utils.Database, article_id: int, position: int, claim: Claim, **columns) -> int:
    """One claims row, part_of left for the caller to link (inside the caller's transaction)."""
    row = claim.to_dict()
    span = row.pop("span")
    row.pop("part_of")
    row.update(span, article_id=article_id, position=position, sentence_start=claim.sentence_start, **columns)
    return db["claims"].insert(row).last_pk


def insert_claims(db: sqlite_utils.Database, article_id: int, claims: list[Claim]) -> list[int]:
    """Insert an article's claims (inside the caller's transaction); returns their ids in order."""
    ids = [insert_claim(db, article_id, position, claim) for position, claim in enumerate(claims)]
    for claim_id, claim in zip(ids, claims):
        if claim.part_of is not None:
            db.execute("UPDATE claims SET part_of = ? WHERE id = ?", [ids[claim.part_of], claim_id])
    return ids


def article_claims(db: sqlite_utils.Database, article_id: int, removed: bool = True) -> list[dict]:
    """The article's claims in text order; `removed=False` leaves out those a reviewer removed."""
    rows = list(db.query(f"""
        SELECT * FROM claims WHERE article_id = ? {'' if removed else 'AND removed = 0'}
        ORDER BY start, position""", [article_id]))
    for row in rows:
        row["approx"] = bool(row["approx"])
    return rows


def claims_of_quantities(
    db: sqlite_utils.Database, keys: set[tuple[str, str, str]], article_id: int | None, per_key: int = 200,
) -> list[dict]:
    """Other articles' claims with a (kind, unit, subject) in `keys`, the newest `per_key` of each."""
    rows: list[dict] = []
    for kind, unit, subject in sorted(keys):
        rows += db.query("""
            SELECT * FROM claims WHERE subject = ? AND unit = ? AND kind = ? AND article_id IS NOT ? AND removed = 0
            ORDER BY id DESC LIMIT ?""", [subject, unit, kind, article_id, per_key])
    return rows


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
