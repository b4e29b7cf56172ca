"""The JSON API under /api/v1, for scripts and the CMS, described by /api/v1/openapi.json.

A script authenticates with `Authorization: Bearer <token>` (see access.py), a browser
with its session. Every error under /api/, wherever it is raised, has one shape:
{"ok": false, "status": N, "error": "...", "field": "..." (only when one field is at fault)}.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import NoReturn

from flask import Blueprint, current_app, jsonify, request, url_for
from flask_login import current_user
from werkzeug.exceptions import (
    BadRequest, HTTPException, NotFound, RequestEntityTooLarge, UnprocessableEntity, default_exceptions,
)

from .. import store
from ..documents import Rejection
from ..claimreview import json_schema as claimreview_schema
from ..export import VERDICT_FIELDS, export_article, json_schema
from ..export_formats import FORMATS
from ..extract import KINDS
from ..ingest import import_document
from ..parsing import NumberError, whole
from ..readers import from_record
from ..verdicts import parse_verdict_form
from .access import allow
from .database import get_db
from .exports import BadSelection, export_response, parse_selection
from .ids import MAX_ID

bp = Blueprint("api", __name__, url_prefix="/api/v1")
ID = "int(min=1)"
DEFAULT_LIMIT, MAX_LIMIT = 50, 200
# An article of the most characters import takes, as JSON, with room for its other fields.
MAX_JSON_BYTES = 5_000_000


class FieldError(UnprocessableEntity):
    """One named parameter or body field is wrong."""

    def __init__(self, field: str | None, message: str):
        super().__init__(message)
        self.field = field


def problem(status: int, message: str, field: str | None = None, **extra):
    body = {"ok": False, "status": status, "error": message} | ({"field": field} if field else {}) | extra
    return jsonify(body), status


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    """Any HTTP error under /api/ in the one shape; elsewhere Flask's own page. It is the app's
    handler because an unknown /api/ path, or a wrong method, never reaches the blueprint."""
    if not request.path.startswith("/api/") or error.code is None:
        return error
    response, status = problem(error.code, error.description or error.name, getattr(error, "field", None))
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value  # Allow on a 405, WWW-Authenticate on a 401
    return response, status


# Flask tries handlers for the status before handlers for a class, and a blueprint's before
# the app's: registered here for every status, this one answers the API's routes whatever
# page the app adds for some status (an HTML 404, say).
for _code in default_exceptions:
    bp.register_error_handler(_code, http_error)


@bp.after_request
def challenge(response):
    """A 401 names the scheme that would do (RFC 6750), refused in access.py or here alike."""
    if response.status_code == 401:
        response.headers.setdefault("WWW-Authenticate", 'Bearer realm="workbench"')
    return response


def _not_found(what: str, ident: int) -> NoReturn:
    raise NotFound(f"No {what} {ident}.")


def _article_or_404(article_id: int) -> dict:
    return store.get_article(get_db(), article_id) or _not_found("article", article_id)


def _claim_or_404(claim_id: int) -> dict:
    return store.get_claim(get_db(), claim_id) or _not_found("claim", claim_id)


def _int_arg(name: str, default: int | None = None, high: int = MAX_ID) -> int | None:
    raw = request.args.get(name)
    if not raw:
        return default
    try:
        value = whole(raw, name)
    except NumberError as error:
        raise FieldError(name, str(error)) from None
    if not 1 <= value <= high:
        raise FieldError(name, f"'{name}' must be from 1 to {high}.")
    return value


def _page(key: str, rows: list[dict], limit: int) -> dict:
    """`limit` of `rows` (which holds one more when there is a next page) and the id to
    continue after."""
    return {key: rows[:limit], "next": rows[limit - 1]["id"] if len(rows) > limit else None}


def json_body() -> dict:
    """The request's JSON object. Anything else is a 400, and so is a string the database
    could not store (a lone surrogate such as "\\ud800" is valid JSON but not UTF-8), and
    JSON nested deeper than Python's parser goes. A body over MAX_JSON_BYTES is a 413."""
    if (request.content_length or 0) > MAX_JSON_BYTES:
        raise RequestEntityTooLarge(f"A JSON body may be at most {MAX_JSON_BYTES // 1_000_000} MB.")
    try:
        body = request.get_json(silent=True)
    except RecursionError:
        raise BadRequest("The body is JSON nested too deeply.") from None
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object, sent as application/json.")
    try:
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest("The body holds text that is not valid Unicode.") from None
    return body


@bp.get("/articles")
@allow("reviewer")
def articles():
    """Articles newest first, a page at a time, so an article imported meanwhile never shifts
    the pages still to come."""
    after, limit = _int_arg("after"), _int_arg("limit", DEFAULT_LIMIT, MAX_LIMIT)
    return jsonify(_page("articles", store.list_articles(get_db(), before=after, limit=limit + 1), limit))


@bp.post("/articles")
@allow("reviewer")
def create_article():
    """Import one record as `workbench import` would: the same text is only ever stored once."""
    document = from_record(json_body(), "the body")
    if isinstance(document, Rejection):
        raise FieldError(document.field, document.reason)
    outcome = import_document(get_db(), document)
    claims = len(store.article_claims(get_db(), outcome.article_id, removed=False))
    response = jsonify({"id": outcome.article_id, "stored": outcome.stored, "claims": claims})
    response.headers["Location"] = url_for(".article", article_id=outcome.article_id)
    return response, 201 if outcome.stored else 200


@bp.get(f"/articles/<{ID}:article_id>")
@allow("reviewer")
def article(article_id: int):
    _article_or_404(article_id)
    return jsonify(export_article(get_db(), article_id))


@bp.get(f"/articles/<{ID}:article_id>/findings")
@allow("reviewer")
def findings(article_id: int):
    _article_or_404(article_id)
    return jsonify({"findings": export_article(get_db(), article_id)["findings"]})


@bp.get("/claims")
@allow("reviewer")
def claims():
    """The review queue's list, a page at a time in id order."""
    filters = {name: request.args.get(name, "") for name in store.QUEUE_FILTERS} | {"article": _int_arg("article")}
    closed = (("state", store.STATES), ("finding", store.FINDING_STATUSES),
              ("label", current_app.config["VERDICT_LABELS"]), ("kind", KINDS))
    for name, allowed in closed:
        if filters[name] and filters[name] not in allowed:
            raise FieldError(name, f"'{name}' must be one of: {', '.join(allowed)}.")
    limit = _int_arg("limit", DEFAULT_LIMIT, MAX_LIMIT)
    rows = store.list_claims(get_db(), filters, limit=limit + 1, after=_int_arg("after"))
    return jsonify(_page("claims", rows, limit))


@bp.get(f"/claims/<{ID}:claim_id>")
@allow("reviewer")
def claim(claim_id: int):
    """The claim as the export shapes it, and the version its next verdict is to be based on."""
    db = get_db()
    row = _claim_or_404(claim_id)
    shaped = next(c for c in export_article(db, row["article_id"])["claims"] if c["id"] == claim_id)
    current = store.current_verdict(db, claim_id)
    return jsonify({"article_id": row["article_id"], "version": current["version"] if current else 0, "claim": shaped})


def _verdict(row: dict) -> dict:
    return {name: row[name] for name in ("claim_id", "version", *VERDICT_FIELDS)}


def _as_form(body: dict) -> dict[str, str]:
    """The JSON verdict as the page's form sends it, so that parse_verdict_form rules on both
    alike; only what JSON adds, its types, is checked here."""
    for name in ("label", "rationale"):
        if not isinstance(body.get(name, ""), str):
            raise FieldError(name, f"'{name}' must be a string.")
    sources = body.get("sources", [])
    # An item that is blank or spans lines would not come back as the one address it was.
    if not isinstance(sources, list) or not all(isinstance(s, str) and len(s.splitlines()) == 1 for s in sources):
        raise FieldError("sources", "'sources' must be a list of web addresses, one to an item.")
    base = body.get("base_version")
    if isinstance(base, float) and base.is_integer():
        base = int(base)  # JSON has one kind of number: to JSON Schema, as here, 3.0 is the integer 3
    if type(base) is not int or base < 0:
        raise FieldError("base_version", "'base_version' must be the claim's current version, 0 for its first verdict.")
    return {"label": body.get("label", ""), "rationale": body.get("rationale", ""), "sources": "\n".join(sources),
            "base_version": str(base)}


@bp.post(f"/claims/<{ID}:claim_id>/verdicts")
@allow("reviewer")
def add_verdict(claim_id: int):
    """Append a verdict as the authenticated reviewer. A stale `base_version` gets 409 with
    the verdict saved since, and so does a figure a reviewer removed; nothing is saved."""
    db = get_db()
    claim = _claim_or_404(claim_id)
    verdict, errors = parse_verdict_form(_as_form(json_body()), current_app.config["VERDICT_LABELS"],
                                         claim["worst"] == "pass")
    if len(errors) == 1:
        raise FieldError(*next(iter(errors.items())))
    if errors:
        raise UnprocessableEntity(" ".join(f"{name}: {message}" for name, message in errors.items()))
    try:
        saved = store.save_verdict(db, claim_id, verdict.base_version, verdict.label, verdict.rationale,
                                   verdict.sources, current_user.name)
    except store.ClaimRemoved as removed:
        return problem(409, f"Claim {claim_id} was removed as no figure to check: restore it to give it a verdict. "
                            "Nothing was saved.", current=_verdict(removed.current) if removed.current else None)
    except store.VerdictConflict as conflict:
        current = conflict.current
        return problem(409, f"The claim's verdict is at version {current['version'] if current else 0}, not "
                            f"{verdict.base_version}; nothing was saved.", current=_verdict(current) if current else None)
    return jsonify(_verdict(saved)), 201


@bp.get("/export")
@allow("reviewer")
def export():
    """The verdict export, streamed, in ?format=json, csv or claimreview, with the filters of
    the /export/ files (article, since, reviewed, published, and excel for CSV)."""
    fmt = request.args.get("format", "json")
    if fmt not in FORMATS:
        raise FieldError("format", f"'format' must be one of: {', '.join(FORMATS)}.")
    try:
        selection = parse_selection(request.args)
    except BadSelection as error:
        raise FieldError(error.field, str(error)) from None
    for article_id in selection.articles:
        _article_or_404(article_id)
    return export_response(selection, fmt)


@functools.cache
def _document_text() -> str:
    """The OpenAPI file with the export's JSON Schema and ClaimReview's folded into its
    components, so each contract is written once and every reference points inside one document."""
    document = json.loads(resources.files("workbench").joinpath("schemas/openapi.json").read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    for name, prefix, schema in (("Export", "export_", json_schema()), ("ClaimReview", "claimreview_", claimreview_schema())):
        # Each schema's own references, made to point at its definitions among the components.
        schema = json.loads(json.dumps(schema).replace('"#/$defs/', f'"#/components/schemas/{prefix}'))
        schemas |= {prefix + key: definition for key, definition in schema.pop("$defs").items()}
        schemas[name] = {k: v for k, v in schema.items() if k not in ("$schema", "$id")}
    return json.dumps(document)


@bp.get("/openapi.json")
@allow("anyone")
def openapi():
    """The document, with this newsroom's label vocabulary filled in."""
    document = json.loads(_document_text())
    vocabulary = list(current_app.config["VERDICT_LABELS"])
    document["components"]["schemas"]["VerdictInput"]["properties"]["label"]["enum"] = vocabulary
    label_filter = next(p for p in document["paths"]["/claims"]["get"]["parameters"] if p.get("name") == "label")
    label_filter["schema"]["enum"] = vocabulary
    return jsonify(document)
