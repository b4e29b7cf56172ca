"""The verdict export as files to download; the JSON API (api.py) serves the same data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from flask import Blueprint, Response, abort, current_app, request

from .. import store
from ..export import Selection, stream
from .access import allow
from .articles import article_or_404
from .ids import row_id

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
    try:
        selection = parse_selection(request.args)
    except BadSelection as error:
        abort(400, str(error))
    for article_id in selection.articles:
        article_or_404(article_id)
    fmt, mimetype = DOWNLOADS[name]
    return Response(streamed(selection, fmt), mimetype=mimetype,
                    headers={"Content-Disposition": f"attachment; filename={name}"})


class BadSelection(ValueError):
    """A filter of the export that cannot be read; `field` names it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def parse_selection(args) -> Selection:
    """The export's filters from a query string: article (repeatable), since, reviewed."""
    raw = args.getlist("article")
    try:
        articles = tuple(row_id(text) for text in raw)
    except ValueError:
        raise BadSelection("article", "'article' must be an article id.") from None
    since = args.get("since") or None
    try:
        since and date.fromisoformat(since)
    except ValueError:
        raise BadSelection("since", f"'since' must be a date (YYYY-MM-DD), not {since!r}.") from None
    return Selection(articles, since, args.get("reviewed") in ("1", "true"))


def streamed(selection: Selection, fmt: str) -> Iterator[str]:
    """The export on a connection of its own: the request's is closed before the last byte is sent."""
    database, labels = current_app.config["DATABASE"], current_app.config["VERDICT_LABELS"]

    def chunks() -> Iterator[str]:
        db = store.open_db(database)
        try:
            yield from stream(db, selection, fmt, labels)
        finally:
            db.close()

    return chunks()
