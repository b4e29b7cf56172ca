"""Reviewer and admin accounts."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from .connection import transaction, utc_now


class UserExists(Exception):
    """An account of that name (in any letter case) is already there."""


def log_event(db: sqlite_utils.Database, actor: str, account: str, action: str, detail: str | None = None) -> None:
    """One line of the account history, inside the caller's transaction."""
    db["account_events"].insert({"at": utc_now(), "actor": actor, "account": account, "action": action,
                                 "detail": detail})


def account_events(db: sqlite_utils.Database, limit: int = 100) -> list[dict]:
    """The newest lines of the account history first."""
    return list(db.query("SELECT * FROM account_events ORDER BY id DESC LIMIT ?", [limit]))


def add_user(db: sqlite_utils.Database, name: str, password_hash: str, role: str, *, actor: str,
             must_change: bool = False) -> dict:
    row = {"name": name, "password_hash": password_hash, "role": role, "must_change": int(must_change),
           "created_at": utc_now()}
    try:
        with transaction(db):
            row["id"] = db["users"].insert(row).last_pk
            log_event(db, actor, name, "created", role)
    except sqlite3.IntegrityError as error:
        raise UserExists(f"there is already an account named {name!r}") from error
    return row


def get_user(db: sqlite_utils.Database, user_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM users WHERE id = ?", [user_id]))
    return rows[0] if rows else None


def user_by_name(db: sqlite_utils.Database, name: str) -> dict | None:
    rows = list(db.query("SELECT * FROM users WHERE name = ?", [name]))
    return rows[0] if rows else None


def list_users(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT id, name, role, must_change, disabled, created_at FROM users ORDER BY name"))


def _from(address: str) -> str:
    """How a sign-in's line of the account history names its address."""
    return f"from {address}"


def record_sign_in(db: sqlite_utils.Database, name: str, address: str) -> None:
    with transaction(db):
        log_event(db, name, name, "signed in", _from(address))


def sign_out_everywhere(db: sqlite_utils.Database, user_id: int) -> None:
    """End every session of the account: a session cookie is the browser's to keep, so the
    server can refuse one only by when it was signed in."""
    with transaction(db):
        db.execute("UPDATE users SET sessions_after = ? WHERE id = ?", [utc_now(), user_id])
        name = get_user(db, user_id)["name"]
        log_event(db, name, name, "signed out")


def record_failed_login(db: sqlite_utils.Database, name: str, address: str) -> None:
    with transaction(db):
        db.execute("INSERT INTO failed_logins (name, address, at) VALUES (?, ?, ?)", [name, address, utc_now()])


def failed_logins_since(db: sqlite_utils.Database, name: str, address: str, since: str) -> tuple[int, str | None]:
    """Failed sign-ins for this account name from this address since `since`, and since the
    name last signed in from there: how many, and when the latest was. The rows stay as the
    record; a sign-in only stops them counting."""
    return db.execute("""
        SELECT count(*), max(at) FROM failed_logins
        WHERE name = ? AND address = ? AND at >= ? AND at > coalesce((
            SELECT max(at) FROM account_events
            WHERE account = ? COLLATE NOCASE AND action = 'signed in' AND detail = ?), '')""",
                      [name, address, since, name, _from(address)]).fetchone()


def nth_failed_login_from(db: sqlite_utils.Database, address: str, since: str, nth: int) -> str | None:
    """When the `nth` newest failed sign-in from this address since `since` was, under any
    name; None if there were fewer."""
    row = db.execute("SELECT at FROM failed_logins WHERE address = ? AND at >= ? ORDER BY at DESC LIMIT 1 OFFSET ?",
                     [address, since, nth - 1]).fetchone()
    return row[0] if row else None


class LastAdmin(Exception):
    """The change would leave no enabled admin to manage the accounts."""


def update_user(db: sqlite_utils.Database, user_id: int, role: str, disabled: bool, *, actor: str) -> None:
    """Change an account's role or disable it; refused when no enabled admin would be left."""
    with transaction(db):
        before = get_user(db, user_id)
        db.execute("UPDATE users SET role = ?, disabled = ? WHERE id = ?", [role, int(disabled), user_id])
        if not db.execute("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0").fetchone()[0]:
            raise LastAdmin("that would leave no admin to manage the accounts")
        if role != before["role"]:
            log_event(db, actor, before["name"], "role changed", f"{before['role']} to {role}")
        if disabled != bool(before["disabled"]):
            log_event(db, actor, before["name"], "disabled" if disabled else "enabled")


def count_users(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM users").fetchone()[0]


def set_password(db: sqlite_utils.Database, user_id: int, password_hash: str, *, actor: str,
                 must_change: bool = False) -> None:
    """A password chosen by its owner, or (`must_change`) a one-time password an admin issued.
    Either ends the account's sessions: whoever knew the old password is signed out too."""
    with transaction(db):
        db.execute("UPDATE users SET password_hash = ?, must_change = ?, sessions_after = ? WHERE id = ?",
                   [password_hash, int(must_change), utc_now(), user_id])
        log_event(db, actor, get_user(db, user_id)["name"], "one-time password issued" if must_change else "password changed")
