"""The checks a reviewer builds by pointing at figures: a preview as figures are picked, then
kept; edited or deleted later, the earlier version staying in the history of checks."""

from __future__ import annotations

import sqlite_utils
from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user

from .. import rechecks, store
from ..checks.manual import ManualCheck, evaluate, problems
from ..checks.wording import in_words
from ..parsing import NumberError, decimal, whole
from .access import allow
from .articles import article_or_404, article_page_context
from .database import get_db

bp = Blueprint("checks", __name__)


class Refused(ValueError):
    """What is wrong with a check as sent, in words for the reviewer."""

    def __init__(self, messages: list[str]):
        super().__init__(" ".join(messages))
        self.messages = messages


def _check(db: sqlite_utils.Database, article_id: int) -> tuple[ManualCheck, list[int], list[dict]]:
    """The check the form describes, its figures' ids in order, and the article's live claims."""
    rows = store.article_claims(db, article_id, removed=False)
    position = {row["id"]: i for i, row in enumerate(rows)}
    try:
        picked, percent = _picked(request.form), _percent(request.form)
    except NumberError as error:
        raise Refused([str(error)]) from None
    check = ManualCheck(request.form.get("relation", ""), [position[i] for i in picked if i in position], percent)
    errors = problems(check)
    if len(check.claims) != len(picked) or len(set(picked)) != len(picked):
        errors.append("Pick each figure once, from this article.")
    if errors:
        raise Refused(errors)
    return check, picked, rows


def _picked(form) -> list[int]:
    """The ids of the figures picked, the first ones then the second; a NumberError names
    the field that holds something other than an id."""
    fields = [("first", value) for value in form.getlist("first")] + [("second", form.get("second", ""))]
    return [whole(value, name) for name, value in fields if value]


def _percent(form) -> float | None:
    text = form.get("percent", "").strip()
    try:
        return decimal(text, "percent") if text else None
    except NumberError:
        raise NumberError("percent", "Give the percentage as a number, such as 40 or -2.5.") from None


@bp.post("/articles/<int:article_id>/checks/preview")
@allow("reviewer")
def preview(article_id: int):
    """What the check being built says of the figures picked so far; nothing is kept."""
    db = get_db()
    article_or_404(article_id)
    try:
        check, picked, rows = _check(db, article_id)
    except Refused as refused:
        return render_template("partials/_check_preview.html", problems=refused.messages)
    finding = evaluate(check, store.as_claims(rows))
    shown = {"rule": finding.rule, "origin": "reviewer", "status": finding.status, "claims": picked,
             "explanation": finding.explanation}
    return render_template("partials/_check_preview.html", finding=shown,
                           words=in_words(shown, {row["id"]: row for row in rows}))


@bp.post("/articles/<int:article_id>/checks")
@allow("reviewer")
def add(article_id: int):
    """A check a reviewer builds, or an edit of one (`replaces`): evaluated at once, kept,
    and listed with the rules' findings."""
    db = get_db()
    article_or_404(article_id)
    try:
        check, picked, rows = _check(db, article_id)
        replaces = whole(request.form["replaces"], "replaces") if request.form.get("replaces") else None
    except Refused as refused:
        return _refused(db, article_id, refused.messages)
    except NumberError as error:
        return _refused(db, article_id, [str(error)])
    finding = evaluate(check, store.as_claims(rows))
    try:
        store.add_reviewer_check(db, article_id, check.relation, picked, check.percent, current_user.name, finding,
                                 replaces=replaces)
    except store.CheckEnded:
        return _refused(db, article_id, ["The check you were editing was deleted or edited meanwhile; yours is "
                                         "below, not kept. Keep it as a new check, or leave it."], drop_replaces=True)
    if replaces is not None:
        rechecks.recheck(db, article_id)  # the edited check's finding goes
    return _answer(db, article_id)


@bp.get("/articles/<int:article_id>/checks/<int:check_id>/edit")
@allow("reviewer")
def edit(article_id: int, check_id: int):
    """The builder opened on a kept check, to change it into a new one."""
    db = get_db()
    article_or_404(article_id)
    check = next((c for c in store.reviewer_checks(db, article_id) if c["id"] == check_id), None)
    if check is None:
        return _refused(db, article_id, ["That check was deleted or edited meanwhile."], status=409)
    return render_template("partials/_findings.html", **article_page_context(db, article_id), editing_check=check)


@bp.post("/articles/<int:article_id>/checks/<int:check_id>/delete")
@allow("reviewer")
def delete(article_id: int, check_id: int):
    """Stop a reviewer's check counting; it stays in the history with who deleted it."""
    db = get_db()
    article_or_404(article_id)
    try:
        store.end_reviewer_check(db, article_id, check_id, current_user.name)
    except store.CheckEnded:
        return _refused(db, article_id, ["That check was deleted or edited meanwhile."], status=409)
    rechecks.recheck(db, article_id)
    return _answer(db, article_id)


def _answer(db: sqlite_utils.Database, article_id: int):
    if not request.htmx:
        return redirect(url_for("articles.detail", article_id=article_id, _anchor="findings"), code=303)
    return render_template("partials/_checked.html", **article_page_context(db, article_id))


def _refused(db: sqlite_utils.Database, article_id: int, errors: list[str], status: int = 422,
             drop_replaces: bool = False):
    """The checks again, with what was wrong and the form as it was sent."""
    draft = request.form.copy()
    if drop_replaces:
        draft.pop("replaces", None)
    context = article_page_context(db, article_id) | {"check_errors": errors, "draft": draft}
    return render_template("partials/_findings.html", **context), status
