"""A reviewer's corrections from the article page: fix a figure, remove a false one, add a missed one."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user

from .. import store
from ..corrections import add_selected, apply_correction, parse_correction_form, set_removed
from .articles import article_or_404, article_page_context, back_to_claim, claim_or_404
from .access import allow
from .database import get_db

bp = Blueprint("corrections", __name__)


@bp.post("/claims/<int:claim_id>/correction")
@allow("reviewer")
def correct(claim_id: int):
    """Correct and re-check; an error or a conflict shows the form again with what was typed."""
    db, claim = get_db(), claim_or_404(claim_id)
    correction, errors = parse_correction_form(request.form, claim, current_user.name)
    status = 422
    if correction is not None:
        try:
            apply_correction(db, claim, correction)
        except store.CorrectionConflict:
            errors, status = {"conflict": "Someone corrected this figure since you loaded the page: "
                                          "it now reads as shown. Your correction is below, not saved."}, 409
        else:
            if not request.htmx:
                return back_to_claim(claim)
            errors, status = {}, 200
    context = article_page_context(db, claim["article_id"])
    corrected = next(row for row in context["claims"] if row["id"] == claim_id)
    if request.htmx:
        editing = {"correcting": claim_id, "correction_errors": errors, "correction_draft": request.form} if errors else {}
        template = "partials/_corrected.html" if status == 200 else "partials/_claim_head.html"
        return render_template(template, **context, corrected=corrected, claim=corrected, **editing), status
    return render_template("articles/detail.html", **context, correcting=claim_id,
                           correction_errors=errors, correction_draft=request.form), status


@bp.post("/claims/<int:claim_id>/removal")
@allow("reviewer")
def remove(claim_id: int):
    """Remove a false figure (removed=1) or restore it (removed=0), with a reason; checks re-run."""
    db, claim = get_db(), claim_or_404(claim_id)
    removed, reason = request.form.get("removed") == "1", request.form.get("reason", "").strip()
    errors, status = {}, 200
    if not reason:
        errors, status = {"removal": "Say why, so the history explains it."}, 422
    else:
        try:
            set_removed(db, claim, removed, reason, current_user.name)
        except store.CorrectionConflict:
            errors, status = {"removal": "Someone else already did this; the figure is shown as it is now."}, 409
    if not request.htmx:
        return back_to_claim(claim)
    context = article_page_context(db, claim["article_id"])
    changed = next(row for row in context["claims"] if row["id"] == claim_id)
    return render_template("partials/_removed.html", **context, changed=changed, removal_errors=errors,
                           removal_draft=request.form if errors else {}), status


@bp.post("/articles/<int:article_id>/claims")
@allow("reviewer")
def add(article_id: int):
    """Add a figure the reviewer selected in the text; checks re-run."""
    db, article = get_db(), article_or_404(article_id)
    claim_id, errors = add_selected(db, article, request.form, current_user.name)
    if not request.htmx:
        if errors:
            return render_template("articles/detail.html", **article_page_context(db, article_id),
                                   add_errors=errors, add_draft=request.form), 422
        return redirect(url_for("articles.detail", article_id=article_id, _anchor=f"c{claim_id}"), code=303)
    context = article_page_context(db, article_id)
    if errors:
        return render_template("partials/_add_figure.html", **context, add_errors=errors, add_draft=request.form), 422
    ids = [row["id"] for row in context["claims"]]
    before = ids[ids.index(claim_id) - 1] if ids.index(claim_id) else None
    added = context["claims"][ids.index(claim_id)]
    return render_template("partials/_added.html", **context, added=added, before=before)
