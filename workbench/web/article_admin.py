"""An admin's work on an article as a whole: correcting its title, source and address,
deleting it (its export kept, to restore it by import), and the list of deleted articles."""

from __future__ import annotations

from flask import Response, Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_login import current_user

from .. import store, urls
from ..documents import LIMITS
from ..export import Selection, stream
from .access import allow
from .articles import article_or_404, article_page_context
from .database import get_db

bp = Blueprint("article_admin", __name__)


def _details(form) -> tuple[dict, dict[str, str]]:
    """The title, source and address as typed, or the error of each that cannot be kept."""
    typed = {name: form.get(name, "").strip() or None for name in store.EDITABLE}
    errors = {}
    if not typed["title"]:
        errors["title"] = "An article needs a title."
    for name in ("title", "source"):
        if typed[name] and len(typed[name]) > LIMITS[name]:
            errors[name] = f"Keep the {name} under {LIMITS[name]:,} characters."
    if typed["url"] and (why := urls.problem(typed["url"])):
        errors["url"] = f"Not a web address: {why}"
    return typed, errors


@bp.post("/articles/<int:article_id>/details")
@allow("admin")
def edit(article_id: int):
    db = get_db()
    article_or_404(article_id)
    typed, errors = _details(request.form)
    if not errors:
        shown = {name: request.form.get(f"was_{name}") or None for name in store.EDITABLE}
        try:
            store.edit_article(db, article_id, shown, typed, current_user.name)
        except store.ArticleChanged:
            errors["title"] = "Someone changed these details since you opened the page: they are shown as they now read."
            return _page(article_id, 409, detail_errors=errors)
        return redirect(url_for("articles.detail", article_id=article_id), code=303)
    return _page(article_id, 422, detail_errors=errors, detail_draft=request.form)


@bp.post("/articles/<int:article_id>/delete")
@allow("admin")
def delete(article_id: int):
    db = get_db()
    article_or_404(article_id)
    reason = request.form.get("reason", "").strip()
    if not reason:
        return _page(article_id, 422, delete_error="Say why the article goes: the reason is kept with it.")
    archive = "".join(stream(db, Selection((article_id,)), "json", current_app.config["VERDICT_LABELS"]))
    try:
        store.delete_article(db, article_id, archive, reason, current_user.name)
    except store.ArticleChanged:
        abort(404)
    return redirect(url_for("article_admin.deleted"), code=303)


@bp.get("/admin/deleted")
@allow("admin")
def deleted():
    return render_template("admin/deleted.html", deleted=store.deleted_articles(get_db()))


@bp.get("/admin/deleted/<int:change_id>.json")
@allow("admin")
def archive(change_id: int):
    """A deleted article as the export it was, for `workbench import` or the import form."""
    kept = store.deleted_archive(get_db(), change_id)
    if kept is None:
        abort(404)
    return Response(kept, content_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="deleted-article-{change_id}.json"'})


def _page(article_id: int, status: int, **context):
    return render_template("articles/detail.html", **article_page_context(get_db(), article_id), **context), status
