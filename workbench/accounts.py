"""Accounts: who may sign in, how a password is kept, and what each role may do.

Passwords are kept as werkzeug scrypt hashes at OWASP's strength (N = 2^17, r = 8,
p = 1), which costs about a third of a second a login on purpose.
"""

from __future__ import annotations

import re
import secrets


ROLES = ("reviewer", "admin")
HASH_METHOD = "scrypt:131072:8:1"
MIN_PASSWORD = 12
NAME = re.compile(r"[\w][\w .'-]{0,39}$")
# Checked against when the name is unknown, so a wrong name costs as long as a wrong password.
_NOBODY = "scrypt:131072:8:1$nobody$" + "0" * 128


def hash_password(password: str) -> str:
    from werkzeug.security import generate_password_hash  # here: the commands that make no account start without it

    return generate_password_hash(password, method=HASH_METHOD)


def password_matches(stored_hash: str | None, password: str) -> bool:
    from werkzeug.security import check_password_hash

    return check_password_hash(stored_hash or _NOBODY, password) and stored_hash is not None


def one_time_password() -> str:
    return secrets.token_urlsafe(15)


def name_problem(name: str) -> str | None:
    if not NAME.match(name):
        return "A name is 1 to 40 letters, digits, spaces, dots, hyphens or apostrophes."
    return None


def password_problem(password: str, again: str | None = None) -> str | None:
    if len(password) < MIN_PASSWORD:
        return f"A password needs at least {MIN_PASSWORD} characters."
    if again is not None and password != again:
        return "The two passwords differ."
    return None
