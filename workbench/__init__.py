"""The fact-check workbench: numeric claims from news articles, checked and reviewed."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask
from htmx_flask import Htmx

from .paths import resource_dir
from .verdicts import load_labels

DEFAULT_DB = "db/workbench.db"


def default_db_path() -> str:
    return os.environ.get("WORKBENCH_DB") or DEFAULT_DB


def create_app(config: dict | None = None) -> Flask:
    """The one way to get an app; `config` overrides defaults (tests pass DATABASE)."""
    app = Flask(
        __name__,
        template_folder=str(resource_dir("templates")),
        static_folder=str(resource_dir("static")),
    )
    app.config.from_mapping(
        DATABASE=default_db_path(),
        SECRET_KEY=os.environ.get("WORKBENCH_SECRET_KEY") or secrets.token_hex(32),
        MAX_CONTENT_LENGTH=10 * 1024 * 1024,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_HTTPONLY=True,
        VERDICT_LABELS=load_labels(),
    )
    if config:
        app.config.update(config)
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
