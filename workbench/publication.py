"""What an article makes public, read from its export record: the figures whose verdicts
an admin published, gathered into the claims a reader is told about, with the checks on
them. ClaimReview (claimreview.py) and the public page (web/public.py) both draw on this,
so the markup a search engine reads and the page a reader sees never disagree.

A claim is the clause that carries a figure, not its whole sentence: "Sales rose 5% to
£2m, while costs fell 3%" makes two claims. Figures of one clause make one claim, rated
by the worst of their verdicts, since a reader meets them as one statement.
"""

from __future__ import annotations

from dataclasses import dataclass

import re

from .checks.clauses import ASIDE
from .checks.wording import in_words
from .extract.claimants import Claimant, claimant
from .verdicts import Label

# Where one claim ends and the next begins within a sentence: a semicolon or a colon ('said:
# 5,600 ...'), a spaced dash ('425 of the 850 ... – around 100 are women'), and a comma before
# a conjunction of contrast or of a second statement ('..., while costs fell 3%', ', and').
CLAIM_BREAK = re.compile(r";|:\s|\s[-–—]\s|,\s+(?:while|but|whereas|and|although|though)\b|\s(?:while|whereas)\s",
                         re.IGNORECASE)
# An aside between two spaced dashes restates its clause, as brackets do: '1 in 4 adults –
# about 13 million people – drink too much' is one claim.
DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—;]*?\s[–—-]\s")
_EDGES = " \t\n,;:–—"  # not "-": a clause may open with a negative figure


@dataclass(frozen=True)
class Review:
    claim: str  # the clause, in the article's words
    claims: list[dict]  # the published figures it carries, in text order, as the export has them
    verdict: dict  # the worst of their current verdicts
    label: Label | None  # None for a label the vocabulary has since dropped
    rationales: list[str]  # each figure's rationale once, in text order
    sources: list[str]
    published_at: str  # when the last of its figures was published
    checks: list[dict]  # findings on its figures, each with `words` for the reader
    claimant: Claimant | None

    @property
    def anchor(self) -> str:
        return f"claim-{self.claims[0]['id']}"


def published(article: dict) -> list[dict]:
    """The figures an admin published and nobody removed, which alone a reader may see."""
    return [c for c in article["claims"] if c["state"] == "published" and not c.get("removed") and c["verdict"]]


def public_checks(article: dict) -> list[dict]:
    """The findings on published figures, each with its words for a reader; a finding that
    leans on a removed figure is no evidence, and a reviewer's check on nothing published
    says nothing public."""
    shown = {c["id"] for c in published(article)}
    claims = {c["id"]: c for c in article["claims"]}
    removed = {c["id"] for c in article["claims"] if c.get("removed")}
    return [{**finding, "words": in_words(finding, claims)} for finding in article["findings"]
            if shown.intersection(finding["claims"]) and not removed.intersection(finding["claims"])]


def clause(claim: dict, text: str) -> tuple[int, int]:
    """Where the clause holding the figure starts and ends in the article: between the
    breaks around it in its sentence, with asides in brackets read as words."""
    sentence = claim["sentence"]
    sentence_start = text.rfind(sentence, 0, claim["span"]["start"] + len(sentence))  # the one holding the figure
    blanked = ASIDE.sub(_blank, DASH_ASIDE.sub(_blank, sentence))
    figure_start, figure_end = claim["span"]["start"] - sentence_start, claim["span"]["end"] - sentence_start
    start, end = 0, len(sentence)
    for found in CLAIM_BREAK.finditer(blanked):
        if found.end() <= figure_start:
            start = found.end()
        elif found.start() >= figure_end:
            end = found.start()
            break
    while start < end and sentence[start] in _EDGES:
        start += 1
    while end > start and sentence[end - 1] in _EDGES:
        end -= 1
    return sentence_start + start, sentence_start + end


def _blank(found: re.Match) -> str:
    return " " * len(found.group())


def reviews(article: dict, labels: dict[str, Label]) -> list[Review]:
    """The article's published claims in text order."""
    checks = public_checks(article)
    groups: dict[tuple[int, int], list[dict]] = {}
    for claim in sorted(published(article), key=lambda c: c["span"]["start"]):
        groups.setdefault(clause(claim, article["text"]), []).append(claim)
    return [_review(article["text"], bounds, members, labels, checks) for bounds, members in groups.items()]


def _review(text: str, bounds: tuple[int, int], members: list[dict], labels: dict[str, Label],
            checks: list[dict]) -> Review:
    def rating(claim: dict) -> int:
        label = labels.get(claim["verdict"]["label"])
        return label.rating if label else 0  # unrated: the worst, so it is never hidden behind a better one

    worst = min(members, key=rating)
    said = text[bounds[0]:bounds[1]]
    ids = {c["id"] for c in members}
    return Review(
        claim=said[:1].upper() + said[1:],
        claims=members,
        verdict=worst["verdict"],
        label=labels.get(worst["verdict"]["label"]),
        rationales=list(dict.fromkeys(c["verdict"]["rationale"] for c in members if c["verdict"]["rationale"].strip())),
        sources=list(dict.fromkeys(s for c in members for s in c["verdict"]["sources"])),
        # A state carried over from an older export may lack its move: then the verdict's own time.
        published_at=max((m["at"] for c in members for m in c["moves"] if m["state"] == "published"),
                         default=worst["verdict"]["at"]),
        checks=[f for f in checks if ids.intersection(f["claims"])],
        claimant=claimant(said, text) or claimant(members[0]["sentence"], text),
    )
