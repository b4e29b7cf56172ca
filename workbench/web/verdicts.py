"""Recording a verdict on a claim: the htmx widget and its save."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, session, url_for

from .. import store
from ..verdicts import LABELS, parse_verdict_form
from .database import get_db

bp = Blueprint("verdicts", __name__)


def _widget(claim: dict, status: int = 200, **context):
    history = store.claim_history(get_db(), claim["id"])
    body = render_template(
        "partials/_verdict.html", claim=claim, verdict=history[-1] if history else None,
        history=history, labels=LABELS, reviewer=session.get("reviewer", ""), **context,
    )
    return body, status


def _claim_or_404(claim_id: int) -> dict:
    claim = store.get_claim(get_db(), claim_id)
    if claim is None:
        abort(404)
    return claim


@bp.get("/claims/<int:claim_id>/verdict")
def show(claim_id: int):
    return _widget(_claim_or_404(claim_id))


@bp.post("/claims/<int:claim_id>/verdict")
def save(claim_id: int):
    """Append a verdict. A stale form gets 409 and keeps what the reviewer typed."""
    claim = _claim_or_404(claim_id)
    verdict, errors = parse_verdict_form(request.form)
    if errors:
        return _widget(claim, 422, errors=errors, draft=request.form, editing=True)
    session["reviewer"] = verdict.reviewer
    try:
        store.save_verdict(
            get_db(), claim_id, verdict.base_version, verdict.label, verdict.rationale,
            verdict.sources, verdict.reviewer,
        )
    except store.VerdictConflict:
        return _widget(claim, 409, conflict=True, draft=request.form, editing=True)
    if not request.htmx:
        return redirect(url_for("articles.detail", article_id=claim["article_id"], _anchor=f"c{claim_id}"), code=303)
    return _widget(claim, saved=True)
