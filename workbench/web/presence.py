"""Presence on an article page: the page says every few seconds which figure is current, and
the answer marks the figures others have open, by name, out of band (htmx polling)."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from .. import store
from .access import allow
from .articles import article_or_404
from .database import get_db

bp = Blueprint("presence", __name__)


@bp.post("/articles/<int:article_id>/presence")
@allow("reviewer")
def beat(article_id: int):
    db = get_db()
    article_or_404(article_id)
    claims = store.article_claims(db, article_id)
    current = request.form.get("claim", type=int)
    if current in {c["id"] for c in claims}:
        store.hold(db, current, current_user.name)
    held = store.present(db, article_id, current_user.name)
    return render_template("partials/_presence.html", claims=claims, held=held)
