"""Correcting a mis-extracted claim: what a reviewer may change, and the checks run again.

A correction changes the value, kind, unit or subject of one claim, removes a false one, or
adds one extraction missed. The figure's bounds
follow its value ('more than 100' corrected to 120 reads 'more than 120'), the
article's findings are evaluated afresh in the same transaction, so a reviewer's
own checks see the corrected figure at once, and the old value stays in the history.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import sqlite_utils

from . import store
from .extract import KINDS, extract_claims
from .extract.selection import read_selection, typed_claim
from .parsing import NumberError, decimal, whole
from .rechecks import recheck

MAX_NAME = 80


@dataclass
class Correction:
    shown: dict  # the claim's fields as the reviewer saw them
    updates: dict  # the claims columns to write
    reason: str
    reviewer: str


def _number(form, name: str) -> int | float | None:
    try:
        return decimal(form.get(name, ""), name)
    except NumberError:
        return None


def _typed_value(form, name: str) -> int | float | None:
    """A value as a reviewer types it: a plain number, or any one figure extraction reads
    ('14m', '£14m', '1.2bn', 'two thirds'), with its magnitude."""
    plain = _number(form, name)
    if plain is not None:
        return plain
    text = form.get(name, "").strip()
    # Digits are 0-9 in every form, as parsing.py holds: '١٤' is refused, not read.
    legible = 0 < len(text) <= MAX_NAME and all(ch in "0123456789" for ch in text if ch.isdigit())
    read = extract_claims(text) if legible else []
    if len(read) == 1 and read[0].span.text == text and isinstance(read[0].value, (int, float)) \
            and math.isfinite(read[0].value):
        return read[0].value
    return None


def _bounds(claim: dict, value: int | float) -> dict:
    """A closed bound moves with the value; an open one ('more than') stays open."""
    return {
        "value": value,
        "low": None if claim["low"] is None else value,
        "high": None if claim["high"] is None else value,
    }


def parse_correction_form(form, claim: dict, reviewer: str) -> tuple[Correction | None, dict[str, str]]:
    """The correction a reviewer submitted for `claim`, or the error for each wrong field."""
    errors: dict[str, str] = {}
    updates: dict = {}
    value = _typed_value(form, "value")
    if value is None:
        errors["value"] = "Write the value as a number, such as 1200000000, 1.2bn or £14m."
    elif value != claim["value"]:
        updates |= _bounds(claim, value)
    kind = form.get("kind") or claim["kind"]
    if kind not in KINDS:
        errors["kind"] = f"Choose a kind: {', '.join(KINDS)}."
    elif kind != claim["kind"]:
        updates["kind"] = kind
    for name in ("unit", "subject"):
        text = form.get(name, "").strip()
        if len(text) > MAX_NAME:
            errors[name] = f"Keep the {name} under {MAX_NAME} characters."
        elif (text or None) != claim[name]:
            updates[name] = text or None
    reason = form.get("reason", "").strip()
    if not reason:
        errors["reason"] = "Say what was wrong, so the history explains the change."
    if not errors and not updates:
        errors["value"] = "Nothing to correct: change the value, the kind, the unit or the subject."
    shown = {"value": _number(form, "was_value"), "unit": form.get("was_unit") or None,
             "subject": form.get("was_subject") or None, "kind": form.get("was_kind") or claim["kind"]}
    if shown["value"] is None:
        errors["was_value"] = "The form is out of date; reload the page."
    if errors:
        return None, errors
    return Correction(shown, updates, reason, reviewer), {}


def apply_correction(db: sqlite_utils.Database, claim: dict, correction: Correction) -> None:
    """Store the correction and re-run the article's checks, all or nothing.

    Raises store.CorrectionConflict when the claim no longer reads as the reviewer saw it."""
    with store.transaction(db):
        store.correct_claim(db, claim["id"], correction.shown, correction.updates,
                            correction.reason, correction.reviewer)
        recheck(db, claim["article_id"])


def set_removed(db: sqlite_utils.Database, claim: dict, removed: bool, reason: str, reviewer: str) -> None:
    """Remove a false figure (or restore it) and re-run the checks without it, all or nothing."""
    with store.transaction(db):
        store.set_removed(db, claim["id"], removed, reason, reviewer)
        recheck(db, claim["article_id"])


def add_selected(db: sqlite_utils.Database, article: dict, form, reviewer: str) -> tuple[int | None, dict[str, str]]:
    """Add the figure a reviewer selected in the text (form: start, end, quote, reason) and re-check.

    Returns the new claim's id, or the error for each wrong field. `quote` is the text the
    reviewer saw selected: offsets that no longer point at it are refused."""
    errors: dict[str, str] = {}
    reason = form.get("reason", "").strip()
    if not reason:
        errors["reason"] = "Say why it is a figure worth checking."
    try:
        start, end = whole(form.get("start", ""), "start"), whole(form.get("end", ""), "end")
    except NumberError as error:
        return None, errors | {"selection": f"Select the figure in the article's text, then add it: {error}"}
    if article["text"][start:end] != form.get("quote"):
        return None, errors | {"selection": "Select the figure in the article's text, then add it."}
    claim = read_selection(article["text"], start, end)
    typed, kind = _typed_value(form, "value"), form.get("kind", "")
    if claim is None and typed is not None and kind in KINDS:
        unit = form.get("unit", "").strip()[:MAX_NAME] or None
        claim = typed_claim(article["text"], start, end, typed, kind, unit)
    elif claim is None:
        errors["selection"] = (f"Extraction reads no single figure in \u201c{form.get('quote')}\u201d: "
                               "type its value and choose its kind to add it as it is.")
    if errors:
        return None, errors
    with store.transaction(db):
        try:
            claim_id = store.add_claim(db, article["id"], claim, reason, reviewer)
        except store.ClaimExists:
            return None, {"selection": f"\u201c{claim.span.text}\u201d is already a figure of this article."}
        recheck(db, article["id"])
    return claim_id, {}
