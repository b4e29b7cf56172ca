"""The verdict export as files to download; the JSON API (api.py) serves the same data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from flask import Blueprint, Response, abort, current_app, request

from .. import store
from ..export import Selection, stream
from .access import allow
from .database import get_db

bp = Blueprint("exports", __name__)
DOWNLOADS = {
    "verdicts.json": ("json", "application/json"),
    "verdicts.csv": ("csv", "text/csv; charset=utf-8"),
    "claimreview.json": ("claimreview", "application/ld+json"),
}


@bp.get("/export/<any(verdicts.json, verdicts.csv, claimreview.json):name>")
@allow("reviewer")
def download(name: str):
    """The export as a file, streamed: every article, or ?article=ID (repeatable), changed
    ?since=YYYY-MM-DD, and ?reviewed=1 for reviewed claims only."""
    articles = tuple(request.args.getlist("article", type=int))
    if any(store.get_article(get_db(), article) is None for article in articles):
        abort(404)
    since = request.args.get("since") or None
    if since is not None and not _is_date(since):
        abort(400, f"since: not a date (YYYY-MM-DD): {since!r}")
    selection = Selection(articles, since, request.args.get("reviewed") == "1")
    fmt, mimetype = DOWNLOADS[name]
    return Response(_streamed(current_app.config["DATABASE"], selection, fmt, current_app.config["VERDICT_LABELS"]),
                    mimetype=mimetype, headers={"Content-Disposition": f"attachment; filename={name}"})


def _streamed(database: str, selection: Selection, fmt: str, labels: dict) -> Iterator[str]:
    """The export on a connection of its own: the request's is closed before the last byte is sent."""
    db = store.open_db(database)
    try:
        yield from stream(db, selection, fmt, labels)
    finally:
        db.close()


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
