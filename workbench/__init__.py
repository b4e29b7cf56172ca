"""The fact-check workbench: numeric claims from news articles, checked and reviewed."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import resource_dir

if TYPE_CHECKING:
    from flask import Flask

DEFAULT_DB = "db/workbench.db"


def default_db_path() -> str:
    return os.environ.get("WORKBENCH_DB") or DEFAULT_DB


def secret_key(database: str | Path) -> str:
    """$WORKBENCH_SECRET_KEY, or a key kept beside the database, made on first use: sessions
    then outlive a restart, so a reviewer mid-verdict is not signed out by one."""
    if key := os.environ.get("WORKBENCH_SECRET_KEY"):
        return key
    path = Path(database).with_name(Path(database).name + ".secret")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it just now
        else:
            with os.fdopen(descriptor, "w") as file:
                file.write(secrets.token_hex(32))
    return path.read_text().strip()


def trusted_proxies() -> int:
    """$WORKBENCH_TRUSTED_PROXIES: how many proxies in front of the app add to X-Forwarded-For.
    The client's address is read through that many; with none (the default) the header is
    anyone's to write, so it is ignored."""
    value = os.environ.get("WORKBENCH_TRUSTED_PROXIES", "0")
    if not (value.isascii() and value.isdigit()):
        raise ValueError(f"WORKBENCH_TRUSTED_PROXIES must be a whole number of proxies, 0 or more, not {value!r}")
    return int(value)


def create_app(config: dict | None = None) -> Flask:
    """The one way to get an app; `config` overrides defaults (tests pass DATABASE). Flask is
    imported here, so that the commands that serve nothing start without it."""
    from flask import Flask
    from htmx_flask import Htmx

    from .claimreview import configured_public_url
    from .verdicts import load_labels

    app = Flask(
        __name__,
        template_folder=str(resource_dir("templates")),
        static_folder=str(resource_dir("static")),
    )
    app.config.from_mapping(
        DATABASE=default_db_path(),
        MAX_CONTENT_LENGTH=50_000_000,  # the plain form posts every file at once; see uploads.py
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_HTTPONLY=True,
        # A sign-in lasts a working day: the server refuses a session cookie signed longer ago.
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        VERDICT_LABELS=load_labels(),
        # Where the public fact-check pages are read; unset, the address a request came in by.
        PUBLIC_URL=configured_public_url(),
        # Failed sign-ins of one name from one address, remembered for a day or until it signs in
        # from there: after the first few, each next try waits twice as long, up to 15 minutes.
        LOGIN_FREE_FAILURES=5,
        LOGIN_DELAY_SECONDS=(1, 15 * 60),
        LOGIN_MEMORY_SECONDS=24 * 60 * 60,
        # At most this many failures in this many seconds from one address, over every name:
        # enough for a newsroom whose people all reach the app through one proxy.
        LOGIN_ADDRESS_LIMIT=(300, 15 * 60),
        TRUSTED_PROXIES=trusted_proxies(),
    )
    if config:
        app.config.update(config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret_key(app.config["DATABASE"])
    Htmx(app)

    from . import store
    from .web import register

    db = store.open_db(Path(app.config["DATABASE"]))
    try:
        store.migrate(db)
    finally:
        db.close()
    register(app)
    return app
