"""The articles list, adding articles (pasted, or any number of files), and the article page."""

from __future__ import annotations

import sqlite_utils
from flask import Blueprint, abort, current_app, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge

from .. import rechecks, store
from ..checks.manual import RELATIONS
from ..readers import FORMATS
from ..uploads import MAX_FILES, ImportReport, import_sent, megabytes, too_large_message
from .access import allow
from .database import get_db
from .highlight import highlight
from .ids import row_id

bp = Blueprint("articles", __name__)
SEVERITY = ("fail", "warn", "pass")
ARTICLES_PAGE = 50


@bp.get("/")
@allow("reviewer")
def index():
    return _index_page()


def _index_page(**extra) -> str:
    """A page of articles, narrowed by ?source, ?assignee, ?failing=1 and ?progress, in the
    order of ?sort; newest first, ?before=ID continues below that id, any other order ?page=N."""
    db = get_db()
    filters = {name: request.args.get(name, "").strip() for name in store.ARTICLE_FILTERS}
    filters = {name: value for name, value in filters.items() if value}
    sort = request.args.get("sort") if request.args.get("sort") in store.ARTICLE_SORTS else "newest"
    page = max(request.args.get("page", 1, type=row_id) or 1, 1)
    rows = store.list_articles(db, before=request.args.get("before", type=row_id), limit=ARTICLES_PAGE + 1,
                               filters=filters, sort=sort, offset=(page - 1) * ARTICLES_PAGE)
    more = None
    if len(rows) > ARTICLES_PAGE:
        more = {"before": rows[ARTICLES_PAGE - 1]["id"]} if sort == "newest" else {"page": page + 1}
    return render_template(
        "articles/index.html", articles=rows[:ARTICLES_PAGE], more={**filters, "sort": sort, **more} if more else None,
        filters=filters, sort=sort, sorts=store.ARTICLE_SORTS, progress=store.PROGRESS,
        total=store.count_articles(db, filters), everything=store.count_articles(db) if filters else None,
        sources=store.article_sources(db), users=store.list_users(db), formats=FORMATS, max_files=MAX_FILES,
        max_request=megabytes(current_app.config["MAX_CONTENT_LENGTH"]), **extra,
    )


@bp.post("/articles")
@allow("reviewer")
def create():
    """Store pasted text or any number of files. One article and nothing rejected opens that
    article, as adding one always has; a rejected paste shows the form again with what was
    typed; anything else shows the report, file by file."""
    report = _import_request()
    if report.only_article is not None:
        return redirect(url_for("articles.detail", article_id=report.only_article), code=303)
    if report.pasted_only:
        return _form_error("; ".join(map(str, report.rejected)))
    return render_template("articles/imported.html", report=report, totals=_totals(report))


@bp.post("/articles/import")
@allow("reviewer")
def import_json():
    """The page's script sends each file here on its own, to show progress file by file; the
    answer is that file's report as data, and as the HTML the report page shows. A report
    is a 200 whatever it lists: rejected records are its content, not a failed request."""
    report = _import_request()
    html = render_template("articles/_import_files.html", report=report, totals=_totals(report))
    return jsonify(report.as_json(_article_url) | {"html": html})


def _totals(report: ImportReport) -> dict[int, dict]:
    """Figures and failed checks of every article the report names, and their sums."""
    totals = store.article_totals(get_db(), *{o.article_id for f in report.files for o in f.outcomes})
    return totals | {"all": {name: sum(t[name] for t in totals.values()) for name in ("claims", "failing")}}


def _import_request() -> ImportReport:
    return import_sent(get_db(), request.files.getlist("file"), request.form.get("text", ""))


def _article_url(article_id: int) -> str:
    return url_for("articles.detail", article_id=article_id)


@bp.app_errorhandler(RequestEntityTooLarge)
def too_large(error: RequestEntityTooLarge):
    """Werkzeug's own 413 page names no limit; this one names them all and what to do.
    The form is not read again here: reading it is what raised. (The API's own handler
    answers for its routes, in its error shape.)"""
    config = current_app.config
    message = too_large_message(config["MAX_CONTENT_LENGTH"], config["MAX_FORM_MEMORY_SIZE"])
    if request.endpoint == "articles.import_json":
        return jsonify({"ok": False, "status": 413, "error": message}), 413
    return render_template("problem.html", message=message, title="Too large to send"), 413


def _form_error(message: str):
    return _index_page(error=message, pasted=request.form.get("text", "")), 422


def article_or_404(article_id: int) -> dict:
    article = store.get_article(get_db(), article_id)
    if article is None:
        abort(404)
    return article


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
        "covered": sum(1 for c in live if c["id"] in checked_by),
        "claims": claims,
        "live_claims": live,
        "by_id": by_id,
        "verdicts": {claim_id: rows[-1] for claim_id, rows in history.items()},
        "history": history,
        "corrections": store.article_corrections(db, article_id),
        "findings": findings,
        "proposals": rechecks.proposals(article, live, [f for f in findings if not f["elsewhere"]]),
        "progress": store.article_progress(db, article_id),
        "users": store.list_users(db) if current_user.is_admin else [],
        "relations": RELATIONS,
        "reviewer_checks": store.reviewer_checks(db, article_id, ended=True),
        "article_changes": store.article_changes(db, article_id),
    }


@bp.get("/articles/<int:article_id>")
@allow("reviewer")
def detail(article_id: int):
    return render_template("articles/detail.html", **article_page_context(get_db(), article_id))
