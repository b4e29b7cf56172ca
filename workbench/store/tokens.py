"""API tokens: what a script sends instead of signing in, each tied to one account.

The secret itself is shown once, when it is made, and never kept: the table holds its
SHA-256. A token is 32 random bytes (`secrets.token_urlsafe(32)`), far beyond guessing,
so a fast hash loses nothing, where a password needs a slow one.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

import sqlite_utils

from .connection import transaction, utc_now
from .users import get_user, log_event

# last_used_at is rewritten at most this often, so a busy script does not make every
# request a write.
USE_RESOLUTION = timedelta(minutes=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(db: sqlite_utils.Database, user_id: int, name: str, *, actor: str) -> dict:
    """A new token for the account; the row carries the secret as `token`, the only time it exists."""
    token = secrets.token_urlsafe(32)
    row = {"user_id": user_id, "name": name, "token_hash": token_hash(token), "created_at": utc_now(),
           "last_used_at": None, "revoked": 0}
    with transaction(db):
        row["id"] = db["api_tokens"].insert(row).last_pk
        log_event(db, actor, get_user(db, user_id)["name"], "token made", f"#{row['id']} {name}")
    return row | {"token": token}


def user_for_token(db: sqlite_utils.Database, hashed: str) -> dict | None:
    """The account a token hash belongs to, or None when the token is unknown, revoked or its
    account disabled; notes when the token was used."""
    rows = list(db.query("""
        SELECT u.id, u.name, u.role, u.must_change, t.id AS token_id, t.last_used_at
        FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.revoked = 0 AND u.disabled = 0""", [hashed]))
    if not rows:
        return None
    user = rows[0]
    used = user["last_used_at"]
    if used is None or datetime.now(timezone.utc) - datetime.fromisoformat(used) >= USE_RESOLUTION:
        with transaction(db):
            db.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", [utc_now(), user["token_id"]])
    return user


def list_tokens(db: sqlite_utils.Database, user_id: int) -> list[dict]:
    """The account's tokens, revoked ones too, oldest first, without their hashes."""
    return list(db.query("""
        SELECT id, user_id, name, created_at, last_used_at, revoked FROM api_tokens
        WHERE user_id = ? ORDER BY id""", [user_id]))


def revoke_token(db: sqlite_utils.Database, token_id: int, *, actor: str) -> bool:
    """Stop a token working for good; False when there is no such token still in use."""
    with transaction(db):
        changed = db.execute("UPDATE api_tokens SET revoked = 1 WHERE id = ? AND revoked = 0", [token_id]).rowcount
        if changed:
            token = db.execute("SELECT user_id, name FROM api_tokens WHERE id = ?", [token_id]).fetchone()
            log_event(db, actor, get_user(db, token[0])["name"], "token revoked", f"#{token_id} {token[1]}")
    return changed == 1
