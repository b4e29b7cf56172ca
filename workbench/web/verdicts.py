"""Verdicts and the workflow: the htmx widget, its save, state moves, and the claim page."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request
from flask_login import current_user

from .. import store
from ..parsing import NumberError, whole
from ..verdicts import parse_verdict_form
from .access import allow
from .articles import back_to_claim, claim_or_404
from .database import get_db

bp = Blueprint("verdicts", __name__)
NO_SUCH_VERSION = ("The form is out of date: it was based on a verdict this figure does not have. "
                   "Yours is below, not saved; save it again to record it.")
REMOVED = "This figure was removed as no claim to check: restore it to give it a verdict. Yours is below, not saved."


def _widget(claim: dict, status: int = 200, **context):
    db = get_db()
    history = store.claim_history(db, claim["id"])
    body = render_template(
        "partials/_verdict.html", claim=claim, verdict=history[-1] if history else None, history=history,
        state=store.claim_state(db, claim["id"]), progress=store.article_progress(db, claim["article_id"]),
        fresh_progress=status == 200, **context,
    )
    return body, status


@bp.get("/claims/<int:claim_id>")
@allow("reviewer")
def claim_page(claim_id: int):
    """One claim with its whole audit trail: verdicts, workflow moves and corrections."""
    claim = claim_or_404(claim_id)
    db = get_db()
    history = store.claim_history(db, claim_id)
    findings = [f for f in store.article_findings(db, claim["article_id"]) if claim_id in f["claims"]]
    return render_template(
        "claims/detail.html", claim=claim, article=store.get_article(db, claim["article_id"]),
        verdict=history[-1] if history else None, history=history, state=store.claim_state(db, claim_id),
        findings=findings, timeline=store.claim_timeline(db, claim_id), progress=store.article_progress(db, claim["article_id"]),
    )


@bp.get("/claims/<int:claim_id>/verdict")
@allow("reviewer")
def show(claim_id: int):
    return _widget(claim_or_404(claim_id))


@bp.post("/claims/<int:claim_id>/verdict")
@allow("reviewer")
def save(claim_id: int):
    """Append a verdict. A stale form gets 409, theirs beside what the reviewer typed; a form
    based on a version this claim never had (it has no verdict at all) gets 409 too, with
    what was typed, now based on no verdict, to save again."""
    claim = claim_or_404(claim_id)
    verdict, errors = parse_verdict_form(request.form, current_app.config["VERDICT_LABELS"], claim["worst"] == "pass")
    if errors:
        return _widget(claim, 422, errors=errors, draft=request.form, editing=True)
    try:
        store.save_verdict(get_db(), claim_id, verdict.base_version, verdict.label, verdict.rationale,
                           verdict.sources, current_user.name)
    except store.ClaimRemoved:
        return _widget(claim, 409, state_error=REMOVED, draft=request.form, editing=True)
    except store.VerdictConflict as conflict:
        if conflict.current is None:
            draft = request.form.copy()
            draft["base_version"] = "0"
            return _widget(claim, 409, errors={"base_version": NO_SUCH_VERSION}, draft=draft, editing=True)
        return _widget(claim, 409, conflict=True, draft=request.form, editing=True)
    if not request.htmx:
        return back_to_claim(claim)
    return _widget(claim, saved=True)


@bp.post("/claims/<int:claim_id>/verdict/undo")
@allow("reviewer")
def undo(claim_id: int):
    """Take back the reviewer's own last save on this claim: the verdict before it is saved
    again, as a new version, so the history keeps both. Refused (409) when the claim's
    verdict is no longer that save, someone else's, or the first the claim had."""
    claim = claim_or_404(claim_id)
    db = get_db()
    history = store.claim_history(db, claim_id)
    try:
        base = whole(request.form.get("base_version", ""), "base_version")
    except NumberError:
        base = -1
    if not history or history[-1]["version"] != base or history[-1]["reviewer"] != current_user.name:
        return _widget(claim, 409, state_error="Nothing to undo: the verdict shown is no longer the one you saved.")
    if len(history) < 2:
        return _widget(claim, 409, state_error="Yours was this figure's first verdict: change it instead.")
    earlier = history[-2]
    try:
        store.save_verdict(db, claim_id, base, earlier["label"], earlier["rationale"], earlier["sources"],
                           current_user.name)
    except (store.VerdictConflict, store.ClaimRemoved):
        return _widget(claim, 409, state_error="Nothing to undo: the figure changed since your save.")
    if not request.htmx:
        return back_to_claim(claim)
    return _widget(claim, undone=True)


@bp.post("/claims/<int:claim_id>/state")
@allow("reviewer")
def move(claim_id: int):
    """Move a claim in the workflow. Only an admin publishes, or takes a claim back from published."""
    claim = claim_or_404(claim_id)
    db = get_db()
    state, current = request.form.get("state", ""), store.claim_state(db, claim_id)
    if state not in store.STATES:
        return _widget(claim, 422, state_error=f"No such state: {state!r}.")
    if "published" in (state, current) and not current_user.is_admin:
        return _widget(claim, 403, state_error="Only an admin publishes, or takes a verdict back.")
    if state in ("reviewed", "published") and store.current_verdict(db, claim_id) is None:
        return _widget(claim, 422, state_error=f"A claim needs a verdict to be {state}.")
    if state != current:
        try:
            store.set_state(db, claim_id, state, current_user.name)
        except store.ClaimRemoved:
            return _widget(claim, 409, state_error=f"This figure was removed as no claim to check: restore it to move it to {state}.")
    if not request.htmx:
        return back_to_claim(claim)
    return _widget(claim)
