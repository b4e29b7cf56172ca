"""A reviewer's correction of a claim, posted from the claim's form in the article page."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user

from .. import store
from ..corrections import apply_correction, parse_correction_form
from .articles import article_page_context
from .access import allow
from .database import get_db

bp = Blueprint("corrections", __name__)


@bp.post("/claims/<int:claim_id>/correction")
@allow("reviewer")
def correct(claim_id: int):
    """Correct and re-check; an error or a conflict shows the form again with what was typed."""
    db = get_db()
    claim = store.get_claim(db, claim_id)
    if claim is None:
        abort(404)
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
                return redirect(url_for("articles.detail", article_id=claim["article_id"], _anchor=f"c{claim_id}"),
                                code=303)
            errors, status = {}, 200
    context = article_page_context(db, claim["article_id"])
    corrected = next(row for row in context["claims"] if row["id"] == claim_id)
    if request.htmx:
        editing = {"correcting": claim_id, "correction_errors": errors, "correction_draft": request.form} if errors else {}
        template = "partials/_corrected.html" if status == 200 else "partials/_claim_head.html"
        return render_template(template, **context, corrected=corrected, claim=corrected, **editing), status
    return render_template("articles/detail.html", **context, correcting=claim_id,
                           correction_errors=errors, correction_draft=request.form), status
