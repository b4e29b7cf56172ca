"""The verdict export and the JSON API over the same data."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, jsonify, request

from .. import store
from ..export import export_document, render
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
    """The export of every article, or of ?article=ID, as a file."""
    article = request.args.get("article", type=int)
    if article is not None and store.get_article(get_db(), article) is None:
        abort(404)
    fmt, mimetype = DOWNLOADS[name]
    body = render(export_document(get_db(), None if article is None else [article]), fmt,
                  current_app.config["VERDICT_LABELS"])
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": f"attachment; filename={name}"})


@bp.get("/api/v1/articles")
@allow("reviewer")
def api_articles():
    return jsonify({"articles": store.list_articles(get_db())})


@bp.get("/api/v1/articles/<int:article_id>")
@allow("reviewer")
def api_article(article_id: int):
    if store.get_article(get_db(), article_id) is None:
        return jsonify({"ok": False, "error": f"no article {article_id}", "status": 404}), 404
    return jsonify(export_document(get_db(), [article_id])["articles"][0])
