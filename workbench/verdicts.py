"""What a verdict may say, checked before anything is stored.

The labels are a newsroom's own vocabulary: the default below, or a JSON file named by
$WORKBENCH_LABELS, each label with the schema.org ClaimReview rating it publishes as
(1 worst to 5 best). Stored verdicts keep the key, so a label later dropped from the
vocabulary still shows, by its key, in the history.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import urls
from .parsing import NumberError, whole

KEY = re.compile(r"[a-z][a-z0-9-]{0,39}$")
MAX_RATIONALE = 20_000
MAX_SOURCES = 20


@dataclass(frozen=True)
class Label:
    key: str
    name: str
    rating: int  # ClaimReview ratingValue, 1 (worst) to 5 (best)


DEFAULT_LABELS = (
    Label("accurate", "Accurate", 5),
    Label("mostly-accurate", "Mostly accurate", 4),
    Label("unverifiable", "Unverifiable", 3),
    Label("misleading", "Misleading", 2),
    Label("inaccurate", "Inaccurate", 1),
)


def _by_rating(labels: list[Label]) -> dict[str, Label]:
    """The vocabulary as the page offers it and keys 1 to 5 pick it: down the rating scale,
    the best first, labels of one rating in the order given."""
    return {label.key: label for label in sorted(labels, key=lambda label: -label.rating)}


class VocabularyError(ValueError):
    """The labels file is unusable; the message names the file and the entry."""


def load_labels(path: str | Path | None = None) -> dict[str, Label]:
    """The vocabulary from `path` (a JSON list of {key, name, rating}), $WORKBENCH_LABELS, or the default."""
    path = path or os.environ.get("WORKBENCH_LABELS")
    if not path:
        return _by_rating(list(DEFAULT_LABELS))
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise VocabularyError(f"{path}: {error}") from error
    if not isinstance(entries, list) or not entries:
        raise VocabularyError(f"{path}: expected a non-empty JSON list of labels")
    labels: dict[str, Label] = {}
    for number, entry in enumerate(entries, 1):
        where = f"{path}: label {number}"
        if not isinstance(entry, dict):
            raise VocabularyError(f"{where}: expected an object with key, name and rating")
        key, name, rating = entry.get("key"), entry.get("name"), entry.get("rating")
        if not isinstance(key, str) or not KEY.match(key) or key in labels:
            raise VocabularyError(f"{where}: 'key' must be a new lowercase slug such as 'mostly-accurate'")
        if not isinstance(name, str) or not name.strip():
            raise VocabularyError(f"{where}: 'name' must be the text reviewers see")
        if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
            raise VocabularyError(f"{where}: 'rating' must be a whole number from 1 to 5")
        labels[key] = Label(key, name.strip(), rating)
    return _by_rating(list(labels.values()))


@dataclass
class VerdictForm:
    label: str
    rationale: str
    sources: list[str]
    base_version: int


def parse_verdict_form(form, labels: dict[str, Label], checked: bool = False) -> tuple[VerdictForm | None, dict[str, str]]:
    """The verdict a reviewer submitted, or the error for each field that is wrong. A figure
    whose checks all pass (`checked`) may go without a rationale: the checks' arithmetic is
    its explanation, so a reviewer can label it, save and move on."""
    errors: dict[str, str] = {}
    label = form.get("label", "")
    if label not in labels:
        errors["label"] = "Choose a label."
    rationale = form.get("rationale", "").strip()
    if not rationale and not checked:
        errors["rationale"] = "Say why: the rationale is what readers see (only a figure whose checks pass may go without)."
    elif len(rationale) > MAX_RATIONALE:
        errors["rationale"] = f"Keep the rationale under {MAX_RATIONALE:,} characters."
    sources = [line.strip() for line in form.get("sources", "").splitlines() if line.strip()]
    bad = [(s, why) for s in sources if (why := urls.problem(s))]
    if bad:
        errors["sources"] = "Not a web address: {} ({})".format(*bad[0])
    elif len(sources) > MAX_SOURCES:
        errors["sources"] = f"At most {MAX_SOURCES} sources."
    try:
        base_version = whole(form.get("base_version", "0"), "base_version")
    except NumberError:
        errors["base_version"] = "The form is out of date; reload the page."
        base_version = 0
    if errors:
        return None, errors
    return VerdictForm(label, rationale, sources, base_version), {}
