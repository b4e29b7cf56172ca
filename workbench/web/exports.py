"""The verdict export and the JSON API over the same data."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from .. import store
from ..export import export_document
from .database import get_db

bp = Blueprint("exports", __name__)


@bp.get("/export/verdicts.json")
def verdicts_json():
    article = request.args.get("article", type=int)
    if article is not None and store.get_article(get_db(), article) is None:
        abort(404)
    response = jsonify(export_document(get_db(), None if article is None else [article]))
    response.headers["Content-Disposition"] = "attachment; filename=verdicts.json"
    return response


@bp.get("/api/v1/articles")
def api_articles():
    return jsonify({"articles": store.list_articles(get_db())})


@bp.get("/api/v1/articles/<int:article_id>")
def api_article(article_id: int):
    if store.get_article(get_db(), article_id) is None:
        return jsonify({"ok": False, "error": f"no article {article_id}", "status": 404}), 404
    return jsonify(export_document(get_db(), [article_id])["articles"][0])
