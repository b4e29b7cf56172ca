"""The verdict export as files to download, and the page that builds their links; the JSON
API (api.py) serves the same files to scripts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone

from flask import Blueprint, Response, abort, current_app, render_template, request, url_for

from .. import store
from ..claimreview import Publisher
from ..export import Selection, count, stream
from ..export_formats import FORMATS
from .access import allow
from .articles import article_or_404
from .database import get_db
from .ids import row_id

bp = Blueprint("exports", __name__)
# Each format's file name, and the one Content-Type it is sent with.
DOWNLOADS = {
    "json": ("verdicts", "json", "application/json"),
    "csv": ("verdicts", "csv", "text/csv; charset=utf-8"),
    "claimreview": ("claimreview", "json", "application/ld+json"),
}
FILES = {f"{stem}.{ext}": fmt for fmt, (stem, ext, _) in DOWNLOADS.items()}


@bp.get("/export/<any(verdicts.json, verdicts.csv, claimreview.json):name>")
@allow("reviewer")
def download(name: str):
    """The export as a file, streamed: every article, or ?article=ID (repeatable), changed
    ?since=YYYY-MM-DD, ?reviewed=1 or ?published=1 for those claims only, and for CSV
    ?excel=1 for the byte-order mark Excel needs to read UTF-8."""
    return send_export(FILES[name])


@bp.get("/export")
@allow("reviewer")
def page():
    """The export's filters as a form; its count and links follow the form as it changes."""
    selection, problem = _page_selection()
    fmt = request.args.get("format") if request.args.get("format") in FORMATS else "json"
    if selection:
        for article_id in selection.articles:
            if store.get_article(get_db(), article_id) is None:
                selection, problem = None, f"There is no article {article_id}."
                break
    total = count(get_db(), selection, fmt, current_app.config["VERDICT_LABELS"]) if selection else None
    template = "exports/_summary.html" if request.headers.get("HX-Request") else "exports/index.html"
    return render_template(template, selection=selection, problem=problem, fmt=fmt, total=total,
                           links=_links(selection) if selection else {}, formats=FORMATS, args=request.args)


def _page_selection() -> tuple[Selection | None, str | None]:
    try:
        return parse_selection(request.args), None
    except BadSelection as error:
        return None, str(error)


def _links(selection: Selection) -> dict[str, str]:
    """The download of each format for this selection, and CSV for Excel."""
    query = {"article": list(selection.articles), "since": selection.since,
             "reviewed": int(selection.reviewed_only) or None, "published": int(selection.published_only) or None}
    query = {k: v for k, v in query.items() if v}
    links = {fmt: url_for("exports.download", name=f"{stem}.{ext}", **query) for fmt, (stem, ext, _) in DOWNLOADS.items()}
    links["excel"] = url_for("exports.download", name="verdicts.csv", excel=1, **query)
    return links


def send_export(fmt: str) -> Response:
    """The export in `fmt` for the request's filters."""
    try:
        selection = parse_selection(request.args)
    except BadSelection as error:
        abort(400, str(error))
    for article_id in selection.articles:
        article_or_404(article_id)
    return export_response(selection, fmt)


def export_response(selection: Selection, fmt: str) -> Response:
    """The export streamed as a download named for its date and filters, with its one Content-Type."""
    stem, ext, content_type = DOWNLOADS[fmt]
    response = Response(streamed(selection, fmt, excel=request.args.get("excel") in ("1", "true")),
                        content_type=content_type)
    response.headers["Content-Disposition"] = f'attachment; filename="{download_name(stem, ext, selection)}"'
    return response


def download_name(stem: str, ext: str, selection: Selection, today: date | None = None) -> str:
    """'verdicts-2026-12-07-article-3-since-2026-01-01-published.csv': the day it was made and
    what it holds, so files downloaded on different days or filters never overwrite each other."""
    parts = [stem, (today or datetime.now(timezone.utc).date()).isoformat()]
    if selection.articles:
        parts.append("article-" + "-".join(map(str, selection.articles)))
    if selection.since:
        parts.append(f"since-{selection.since}")
    if selection.reviewed_only:
        parts.append("reviewed")
    if selection.published_only:
        parts.append("published")
    return f"{'-'.join(parts)}.{ext}"


class BadSelection(ValueError):
    """A filter of the export that cannot be read; `field` names it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def parse_selection(args) -> Selection:
    """The export's filters from a query string: article (repeatable, or ids in one `articles`
    field, as the export page's form sends them), since, reviewed, published."""
    raw = [text for text in args.getlist("article") if text] + args.get("articles", "").replace(",", " ").split()
    try:
        articles = tuple(row_id(text) for text in raw)
    except ValueError:
        raise BadSelection("article", "'article' must be an article id.") from None
    since = args.get("since") or None
    try:
        since and date.fromisoformat(since)
    except ValueError:
        raise BadSelection("since", f"'since' must be a date (YYYY-MM-DD), not {since!r}.") from None
    return Selection(articles, since, args.get("reviewed") in ("1", "true"), args.get("published") in ("1", "true"))


def streamed(selection: Selection, fmt: str, excel: bool = False) -> Iterator[str]:
    """The export on a connection of its own: the request's is closed before the last byte is sent.
    ClaimReview names the configured public address, or else the one the request came in by."""
    database, labels = current_app.config["DATABASE"], current_app.config["VERDICT_LABELS"]
    publisher = Publisher.named(current_app.config["PUBLIC_URL"] or request.url_root) if fmt == "claimreview" else None

    def chunks() -> Iterator[str]:
        db = store.open_db(database)
        try:
            yield from stream(db, selection, fmt, labels, publisher=publisher, bom=excel and fmt == "csv")
        finally:
            db.close()

    return chunks()
