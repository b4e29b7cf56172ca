"""Slowing password guessing without letting anyone keep an account's owner out.

Failures are counted per account name *and* address. After the first few, each next try of
that name from that address waits twice as long as the last, up to a cap: guessing from one
place stays slow, yet however many failures an attacker piles onto a name, its owner at
another address signs in at once; and signing in from an address stops its failures counting.
Each address also has a cap over every name together, against trying one password on many
accounts; it is high enough for a newsroom that shares one proxy, and the address is the
client's only when WORKBENCH_TRUSTED_PROXIES says how many proxies to read it through.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import sqlite_utils

from .. import store


def seconds_to_wait(db: sqlite_utils.Database, config, name: str, address: str) -> int:
    """How long `name` must wait from `address` before a password is heard: 0 for not at all.
    Asked before the password is checked, so a refused guess costs no scrypt time."""
    now = datetime.now(timezone.utc)
    free, (first, longest) = config["LOGIN_FREE_FAILURES"], config["LOGIN_DELAY_SECONDS"]
    failures, latest = store.failed_logins_since(db, name, address, _ago(now, config["LOGIN_MEMORY_SECONDS"]))
    until = [now]
    if failures >= free:
        doublings = min(failures - free, 64)  # past the cap anyway, and a float of 2**1000 overflows
        until.append(datetime.fromisoformat(latest) + timedelta(seconds=min(first * 2 ** doublings, longest)))
    most, window = config["LOGIN_ADDRESS_LIMIT"]
    if oldest := store.nth_failed_login_from(db, address, _ago(now, window), most):
        until.append(datetime.fromisoformat(oldest) + timedelta(seconds=window))  # when it falls out of the window
    return math.ceil((max(until) - now).total_seconds())


def _ago(now: datetime, seconds: float) -> str:
    return (now - timedelta(seconds=seconds)).isoformat(timespec="milliseconds")
