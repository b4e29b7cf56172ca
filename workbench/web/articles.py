"""The articles list, adding an article (paste or upload), and the article page."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user

from .. import store
from ..checks.manual import RELATIONS, ManualCheck, evaluate, problems
from ..ingest import FORMATS, Rejection, format_of, import_document, read_text, title_and_text
from .access import allow
from .database import get_db
from .highlight import highlight

bp = Blueprint("articles", __name__)
SEVERITY = ("fail", "warn", "pass")


@bp.get("/")
@allow("reviewer")
def index():
    return render_template("articles/index.html", articles=store.list_articles(get_db()), formats=FORMATS)


@bp.post("/articles")
@allow("reviewer")
def create():
    """Store a pasted or uploaded article; on an error, show the form again with what was typed."""
    upload = request.files.get("file")
    if upload and upload.filename:
        name = Path(upload.filename).name
        try:
            raw = upload.read().decode("utf-8")
        except UnicodeDecodeError:
            return _form_error(f"{name}: not UTF-8 text")
        documents = list(read_text(raw, name, format_of(Path(name))))
    else:
        text = request.form.get("text", "")
        documents = [title_and_text(text, "pasted text")]
    rejected = [d for d in documents if isinstance(d, Rejection)]
    if rejected or not documents:
        return _form_error("; ".join(map(str, rejected)) or "nothing to import")
    outcomes = [import_document(get_db(), d) for d in documents]
    if len(outcomes) == 1:
        return redirect(url_for("articles.detail", article_id=outcomes[0].article_id), code=303)
    return redirect(url_for("articles.index"), code=303)


def _form_error(message: str):
    return render_template(
        "articles/index.html", articles=store.list_articles(get_db()), formats=FORMATS,
        error=message, pasted=request.form.get("text", ""),
    ), 422


def claim_or_404(claim_id: int) -> dict:
    claim = store.get_claim(get_db(), claim_id)
    if claim is None:
        abort(404)
    return claim


def back_to_claim(claim: dict):
    """After a plain form post, the article page at the claim."""
    return redirect(url_for("articles.detail", article_id=claim["article_id"], _anchor=f"c{claim['id']}"), code=303)


def article_page_context(db: sqlite_utils.Database, article_id: int) -> dict:
    """Everything the article page shows; the one builder every handler uses."""
    article = store.get_article(db, article_id)
    if article is None:
        abort(404)
    claims = store.article_claims(db, article_id)
    live = [c for c in claims if not c["removed"]]
    history = store.article_verdicts(db, article_id)
    findings = store.article_findings(db, article_id)
    by_id = {c["id"]: c for c in claims}
    checked_by: dict[int, list[dict]] = {}
    for finding in findings:
        for claim_id in finding["claims"]:
            checked_by.setdefault(claim_id, []).append(finding)
    worst = {cid: min((f["status"] for f in fs), key=SEVERITY.index) for cid, fs in checked_by.items()}
    shown = next((f for f in findings if str(f["id"]) == request.args.get("finding")), None)
    return {
        "article": article,
        "text_html": highlight(article["text"], live, worst, frozenset(shown["claims"]) if shown else frozenset()),
        "shown": shown,
        "checked_by": checked_by,
        "claims": claims,
        "live_claims": live,
        "by_id": by_id,
        "verdicts": {claim_id: rows[-1] for claim_id, rows in history.items()},
        "history": history,
        "corrections": store.article_corrections(db, article_id),
        "findings": findings,
        "states": store.article_states(db, article_id),
        "progress": store.article_progress(db, article_id),
        "users": store.list_users(db) if current_user.is_admin else [],
        "relations": RELATIONS,
    }


@bp.get("/articles/<int:article_id>")
@allow("reviewer")
def detail(article_id: int):
    return render_template("articles/detail.html", **article_page_context(get_db(), article_id))


@bp.post("/articles/<int:article_id>/checks")
@allow("reviewer")
def add_check(article_id: int):
    """A check a reviewer builds: evaluated at once, kept, and listed with the rules' findings."""
    db = get_db()
    if store.get_article(db, article_id) is None:
        abort(404)
    rows = store.article_claims(db, article_id, removed=False)
    position = {row["id"]: i for i, row in enumerate(rows)}
    picked = [int(v) for v in request.form.getlist("first") + [request.form.get("second", "")] if v.isdigit()]
    try:
        percent = float(request.form["percent"]) if request.form.get("percent", "").strip() else None
    except ValueError:
        percent = None
    check = ManualCheck(request.form.get("relation", ""), [position[i] for i in picked if i in position], percent)
    errors = problems(check)
    if len(check.claims) != len(picked) or len(set(picked)) != len(picked):
        errors.append("Pick each figure once, from this article.")
    if errors:
        context = article_page_context(db, article_id) | {"check_errors": errors, "draft": request.form}
        return render_template("partials/_findings.html", **context), 422
    finding = evaluate(check, store.as_claims(rows))
    store.add_reviewer_check(db, article_id, check.relation, picked, percent, current_user.name, finding)
    if not request.htmx:
        return redirect(url_for("articles.detail", article_id=article_id, _anchor="findings"), code=303)
    return render_template("partials/_checked.html", **article_page_context(db, article_id))
