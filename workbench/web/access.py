"""Who may reach which route: every view names the roles it allows, and a view that
names none is refused to everyone (deny by default).

`anyone` is for the sign-in page and static files; `reviewer` for the review work,
which admins may also do; `admin` for accounts, assignments and publishing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, abort, g, redirect, request, session, url_for
from flask_login import LoginManager, UserMixin, current_user

from .. import store
from .database import get_db

ACCESS = ("anyone", "reviewer", "admin")
# Flask's own static route cannot carry a mark, so it is named here.
OPEN_ENDPOINTS = {"static"}
# Where a script's bearer token is taken: the JSON API, and the export files it also fetches.
TOKEN_PATHS = ("/api/", "/export/")
# Reachable by a user who signed in with a one-time password and has yet to choose their own.
BEFORE_NEW_PASSWORD = {"auth.change_password", "auth.logout"}


def allow(access: str) -> Callable:
    """Mark a view as reachable by `access` (one of ACCESS)."""
    if access not in ACCESS:
        raise ValueError(f"unknown access {access!r}")

    def mark(view):
        view.access = access
        return view

    return mark


def access_of(app: Flask, endpoint: str) -> str | None:
    if endpoint in OPEN_ENDPOINTS:
        return "anyone"
    return getattr(app.view_functions.get(endpoint), "access", None)


@dataclass
class User(UserMixin):
    id: int
    name: str
    role: str
    must_change: bool
    by_token: bool = False  # opened by an API token, not by a signed-in session

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _refuse(status: int, message: str):
    """A sign-in redirect for a page; otherwise the bare status, which the API answers in its
    JSON shape and static/app.js explains without leaving the page, so a draft the reviewer
    was saving stays where it is."""
    # A script (the API, or an export fetched with a token) gets the status, not a page to sign in on.
    scripted = request.path.startswith("/api/") or (request.path.startswith(TOKEN_PATHS) and "Authorization" in request.headers)
    if status == 401 and request.method == "GET" and not request.headers.get("HX-Request") and not scripted:
        return redirect(url_for("auth.login", next=request.full_path))
    abort(status, message)


def init_app(app: Flask) -> None:
    manager = LoginManager(app)

    @manager.user_loader
    def load_user(user_id: str) -> User | None:
        row = store.get_user(get_db(), int(user_id)) if user_id.isdigit() else None
        if row is None or row["disabled"]:
            return None  # a disabled account's sessions end with it
        if row["sessions_after"] and session.get("signed_in_at", "") < row["sessions_after"]:
            return None  # signed in before the account signed out, or its password changed
        return User(row["id"], row["name"], row["role"], bool(row["must_change"]))

    @manager.request_loader
    def load_token_user(req) -> User | None:
        """A script's `Authorization: Bearer <token>` on the API or an export acts as the token's account.
        The session is left untouched, so the answer sets no cookie; and a one-time password
        still to be replaced concerns the sign-in form only, not a token."""
        scheme, _, token = req.headers.get("Authorization", "").partition(" ")
        if not req.path.startswith(TOKEN_PATHS) or scheme.lower() != "bearer" or not token.strip():
            return None
        row = store.user_for_token(get_db(), store.token_hash(token.strip()))
        if row is None:
            g.auth_problem = "The token is unknown or revoked, or its account is disabled."
            return None
        return User(row["id"], row["name"], row["role"], must_change=False, by_token=True)

    @app.before_request
    def enforce():
        if request.endpoint is None:
            return None  # no such route: Flask answers 404 or 405
        access = access_of(app, request.endpoint)
        if access is None:
            return _refuse(403, "This route is closed.")
        if access == "anyone":
            return None
        if not current_user.is_authenticated:
            return _refuse(401, g.get("auth_problem", "Sign in first."))
        if current_user.must_change and request.endpoint not in BEFORE_NEW_PASSWORD:
            return redirect(url_for("auth.change_password"))
        if access == "admin" and not current_user.is_admin:
            return _refuse(403, "Only an admin may do this.")
        return None
