"""The public fact-check page of an article: read-only, no sign-in, published verdicts only.

It shows the article with each published figure marked, each published claim with its
verdict, rationale and checks (each check also drawn, pictures.py), and carries the same
reviews as ClaimReview JSON-LD for search engines. An article with nothing published has
no page, so its text is not public either.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from .. import store
from ..claimreview import PAGE_PATH, Publisher, claimreviews
from ..export import export_article
from ..pictures import picture
from ..publication import published, reviews
from .access import allow
from .database import get_db
from .highlight import highlight

bp = Blueprint("public", __name__)


@bp.get(f"{PAGE_PATH}<int:article_id>")
@allow("anyone")
def fact_check(article_id: int):
    if store.get_article(get_db(), article_id) is None:
        abort(404)
    article = export_article(get_db(), article_id)
    shown = published(article)
    if not shown:
        abort(404)
    labels = current_app.config["VERDICT_LABELS"]
    found = reviews(article, labels)
    anchors = {c["id"]: review.anchor for review in found for c in review.claims}
    claims = {c["id"]: c for c in article["claims"]}
    marks = [{"id": c["id"], "start": c["span"]["start"], "end": c["span"]["end"], "kind": c["kind"]} for c in shown]
    publisher = Publisher.named(current_app.config["PUBLIC_URL"] or request.url_root)
    return render_template(
        "public/fact_check.html", article=article, reviews=found, publisher=publisher,
        text_html=highlight(article["text"], marks, anchors=anchors),
        pictures={check["id"]: picture(check, claims) for review in found for check in review.checks},
        claimreviews=list(claimreviews(article, labels, publisher)),
    )
