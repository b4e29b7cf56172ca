"""What a verdict may say, checked before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

# Ordered from best to worst; the export schema lists the same labels.
LABELS = {
    "correct": "Correct",
    "mostly-correct": "Mostly correct",
    "misleading": "Misleading",
    "incorrect": "Incorrect",
    "unverifiable": "Unverifiable",
}


@dataclass
class VerdictForm:
    label: str
    rationale: str
    sources: list[str]
    reviewer: str
    base_version: int


def parse_verdict_form(form: dict[str, str]) -> tuple[VerdictForm | None, dict[str, str]]:
    """The verdict a reviewer submitted, or the error for each field that is wrong."""
    errors: dict[str, str] = {}
    label = form.get("label", "")
    if label not in LABELS:
        errors["label"] = "Choose a label."
    rationale = form.get("rationale", "").strip()
    if not rationale:
        errors["rationale"] = "Say why: the rationale is what readers see."
    sources = [line.strip() for line in form.get("sources", "").splitlines() if line.strip()]
    bad = [s for s in sources if urlparse(s).scheme not in ("http", "https") or not urlparse(s).netloc]
    if bad:
        errors["sources"] = f"Not a web address: {bad[0]}"
    reviewer = form.get("reviewer", "").strip()
    if not reviewer:
        errors["reviewer"] = "Give your name, so the history says who decided."
    try:
        base_version = int(form.get("base_version", "0"))
    except ValueError:
        errors["base_version"] = "The form is out of date; reload the page."
        base_version = 0
    if errors:
        return None, errors
    return VerdictForm(label, rationale, sources, reviewer, base_version), {}
