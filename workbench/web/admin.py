"""Admin pages: accounts. A new account, or a reset one, gets a one-time password shown once."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user

from .. import store
from ..accounts import ROLES, hash_password, name_problem, one_time_password
from .access import allow
from .database import get_db

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _page(status: int = 200, **context):
    db = get_db()
    return render_template("admin/users.html", users=store.list_users(db), events=store.account_events(db),
                           roles=ROLES, **context), status


def _user_or_404(user_id: int) -> dict:
    row = store.get_user(get_db(), user_id)
    if row is None:
        abort(404)
    return row


@bp.get("/users")
@allow("admin")
def users():
    return _page()


@bp.post("/users")
@allow("admin")
def add_user():
    name = request.form.get("name", "").strip()
    role = request.form.get("role", "reviewer")
    problem = name_problem(name) or (None if role in ROLES else "Choose a role.")
    if problem is None:
        password = one_time_password()
        try:
            store.add_user(get_db(), name, hash_password(password), role, actor=current_user.name, must_change=True)
        except store.UserExists as error:
            problem = str(error).capitalize() + "."
        else:
            return _page(issued={"name": name, "password": password})
    return _page(422, error=problem, typed=request.form)


@bp.post("/users/<int:user_id>")
@allow("admin")
def update_user(user_id: int):
    """Change an account's role, or disable or enable it."""
    row = _user_or_404(user_id)
    role = request.form.get("role", row["role"])
    if role not in ROLES:
        return _page(422, error="Choose a role.")
    try:
        store.update_user(get_db(), user_id, role, request.form.get("disabled") == "1", actor=current_user.name)
    except store.LastAdmin as error:
        return _page(409, error=f"Not changed: {error}.")
    return redirect(url_for("admin.users"), code=303)


@bp.post("/users/<int:user_id>/reset")
@allow("admin")
def reset_password(user_id: int):
    row = _user_or_404(user_id)
    password = one_time_password()
    store.set_password(get_db(), user_id, hash_password(password), actor=current_user.name, must_change=True)
    return _page(issued={"name": row["name"], "password": password})
