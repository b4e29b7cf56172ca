"""The review queue, the next claim to check, search, and assigning articles to reviewers."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup, escape
from werkzeug.datastructures import MultiDict

from .. import store
from ..extract.claim import KINDS
from .access import allow
from .articles import article_or_404
from .database import get_db
from .ids import row_id

bp = Blueprint("queue", __name__)
PAGE = 50
NUMBERED = ("article", "after")


class BadFilter(ValueError):
    """A query parameter the queue cannot use; the message names it."""


def _number(name: str, text: str) -> int:
    try:
        return row_id(text)
    except ValueError:
        raise BadFilter(f"Filter '{name}' must be a number, not {text!r}.") from None


def parse_filters(args: MultiDict) -> tuple[dict, int | None]:
    """The queue's filters and page start from the query string; an empty field is no filter."""
    typed = {name: args.get(name, "").strip() for name in (*store.QUEUE_FILTERS, "after")}
    typed = {name: value for name, value in typed.items() if value}
    closed = {"state": store.STATES, "label": current_app.config["VERDICT_LABELS"], "kind": KINDS,
              "finding": store.FINDING_STATUSES}
    for name, allowed in closed.items():
        if name in typed and typed[name] not in allowed:
            raise BadFilter(f"Filter '{name}' has no value {typed[name]!r}; choose one of: {', '.join(allowed)}.")
    for name in NUMBERED:
        if name in typed:
            typed[name] = _number(name, typed[name])
    return typed, typed.pop("after", None)


def _queue_page(filters: dict, after: int | None = None, status: int = 200, **context):
    """The queue page; with an `error` it lists nothing, since the filters were not understood."""
    db = get_db()
    rows = [] if "error" in context else store.list_claims(db, filters, limit=PAGE + 1, after=after)
    more = None
    if len(rows) > PAGE:
        rows = rows[:PAGE]
        more = url_for("queue.index", **filters, after=rows[-1]["id"])
    # Filters that were not understood are the text as typed, so an article is only a number when parsed.
    article = filters.get("article") if isinstance(filters.get("article"), int) else None
    return render_template(
        "queue/index.html", rows=rows, filters=filters, more=more, states=store.STATES, kinds=KINDS,
        statuses=store.FINDING_STATUSES, users=store.list_users(db),
        next_url=url_for("queue.next_claim", article=article),
        progress=store.article_progress(db, article) if article is not None else None, **context,
    ), status


@bp.get("/queue")
@allow("reviewer")
def index():
    try:
        filters, after = parse_filters(request.args)
    except BadFilter as error:
        typed = {name: request.args.get(name, "") for name in store.QUEUE_FILTERS}
        return _queue_page(typed, status=400, error=str(error))
    return _queue_page(filters, after)


@bp.get("/queue/next")
@allow("reviewer")
def next_claim():
    """Open the next claim to review, moving on from `after`; the reviewer's own articles come first."""
    article = request.args.get("article", type=row_id)
    claim = store.next_claim(get_db(), after_claim_id=request.args.get("after", type=row_id),
                             assignee=current_user.name, article_id=article)
    if claim is None:
        filters = {"article": article} if article is not None else {}
        return _queue_page(filters, message="Nothing left to review.")
    return redirect(url_for("articles.detail", article_id=claim["article_id"], _anchor=f"c{claim['id']}"), code=303)


def marked(snippet: str) -> Markup:
    """The snippet escaped, then its hit markers made <mark> tags: article text is never trusted as HTML."""
    return escape(snippet).replace(store.MARK_START, Markup("<mark>")).replace(store.MARK_END, Markup("</mark>"))


@bp.get("/search")
@allow("reviewer")
def search():
    q = request.args.get("q", "").strip()
    return render_template("queue/search.html", q=q, marked=marked, **store.search(get_db(), q))


@bp.post("/articles/<int:article_id>/assignee")
@allow("admin")
def assign(article_id: int):
    """Give an article to an account by name, or take it back with an empty name."""
    db = get_db()
    article_or_404(article_id)
    name = request.form.get("assignee", "").strip()
    user = store.user_by_name(db, name) if name else None
    if name and user is None:
        abort(422, f"There is no account named {name!r}; leave the field empty to unassign.")
    # The account's own spelling: names match in any letter case, the queue compares exactly.
    store.assign_article(db, article_id, user["name"] if user else None)
    return redirect(url_for("articles.detail", article_id=article_id), code=303)
