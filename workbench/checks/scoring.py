"""Validating the rules the way statcheck was validated: break a true relation, see it caught.

Gold relations (tests/gold/relations, see its README) hold in the text as written. For
each, one figure is rewritten with its number multiplied by a factor no rounding or hedge
can absorb; the relation is caught when a `fail` finding names the rewritten figure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..extract import Claim
from ..extract.scoring import corpus_texts, labelled_text
from . import Finding

DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Gold relations name the figure whose growth breaks them (a part, the figures ranked
# below the largest, a restated value); ten times is beyond any rounding or hedge. A
# relation that ten times does not break ('6,000 of those' 104,000) names its own factor.
FACTOR = 10.0


@dataclass
class Relation:
    corpus: str
    id: str
    text: str
    rule: str
    figures: dict
    perturb: str | None  # None: no perturbation can break it (kept to test for false alarms)
    note: str = ""
    factor: float = FACTOR
    tier: str = ""  # sealed relations: "sentence", "adjacent" or "distant"


@dataclass
class Sensitivity:
    caught: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    untouchable: list[str] = field(default_factory=list)  # figures written in words

    @property
    def rate(self) -> float:
        tried = self.caught + len(self.missed)
        return self.caught / tried if tried else 1.0


def load_relations(folder: Path, corpus_dir: Path) -> list[Relation]:
    files = sorted(folder.glob("*.json"))
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    wanted: dict[str, set[str]] = {}
    for gold in golds:
        wanted.setdefault(gold["corpus"], set()).add(gold["id"])
    texts = corpus_texts(corpus_dir, wanted)
    return [
        Relation(gold["corpus"], gold["id"], labelled_text(path, gold, texts), r["rule"], r["figures"],
                 r["perturb"], r.get("note", ""), r.get("factor", FACTOR), r.get("tier", ""))
        for path, gold in zip(files, golds) for r in gold["relations"]
    ]


def perturbed(text: str, figure: dict, factor: float) -> str | None:
    """The text with the figure's number multiplied by factor, written as the original is."""
    written = DIGITS.search(figure["text"])
    if written is None:
        return None
    number = float(written.group().replace(",", ""))
    decimals = len(written.group().split(".")[1]) if "." in written.group() else 0
    new = f"{number * factor:,.{decimals}f}" if "," in written.group() else f"{number * factor:.{decimals}f}"
    start = figure["start"] + written.start()
    return text[:start] + new + text[figure["start"] + written.end():]


def sensitivity(relations: list[Relation], extract: Callable[[str], list[Claim]],
                check: Callable[[list[Claim]], list[Finding]]) -> Sensitivity:
    result = Sensitivity()
    for relation in relations:
        name = f"{relation.corpus} {relation.id} {relation.rule}"
        if "does not hold" in relation.note:
            continue  # broken as written: a finding on it is no false alarm, and it cannot be broken again
        as_written = extract(relation.text)
        if any(f.status == "fail" for f in check(as_written) if _names(f, as_written, relation)):
            result.false_alarms.append(name)
        if relation.perturb is None:
            continue
        role = relation.figures[relation.perturb]
        figure = role[0] if isinstance(role, list) else role
        text = perturbed(relation.text, figure, relation.factor)
        if text is None:
            result.untouchable.append(name)
            continue
        claims = extract(text)
        target = [i for i, c in enumerate(claims) if c.span.start == figure["start"]]
        if any(f.status == "fail" and set(target) & set(f.claims) for f in check(claims)):
            result.caught += 1
        else:
            result.missed.append(f"{name}: {relation.note[:90]}")
    return result


def _names(finding: Finding, claims: list[Claim], relation: Relation) -> bool:
    """Whether the finding involves one of the relation's figures."""
    starts = _starts(relation)
    return any(claims[i].span.start in starts for i in finding.claims)


@dataclass
class Pairs:
    """The synthetic suite's score: broken texts caught, intact ones given a `fail`."""

    caught: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        tried = self.caught + len(self.missed)
        return self.caught / tried if tried else 1.0


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pairs_caught(pairs: list[dict], extract: Callable[[str], list[Claim]],
                 check: Callable[[list[Claim]], list[Finding]]) -> Pairs:
    """A broken text is caught when a `fail` names the changed figure (or a claim that holds
    it); an intact one must get no `fail` at all."""
    result = Pairs()
    for pair in pairs:
        name = f"{pair['frame']} / {pair['cue']} / {pair['distractor']}: {pair['broken']}"
        if any(f.status == "fail" for f in check(extract(pair["intact"]))):
            result.false_alarms.append(name)
        claims = extract(pair["broken"])
        at = pair["broken"].index(pair["changed"])
        changed = {i for i, c in enumerate(claims) if c.span.start < at + len(pair["changed"]) and at < c.span.end}
        if any(f.status == "fail" and changed & set(f.claims) for f in check(claims)):
            result.caught += 1
        else:
            result.missed.append(name)
    return result


@dataclass
class Coverage:
    """Relations a finding names (`checked`), or failing that a proposal (`proposed`)."""

    checked: int = 0
    proposed: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        tried = self.checked + self.proposed + len(self.missed)
        return (self.checked + self.proposed) / tried if tried else 1.0


def coverage(relations: list[Relation], extract: Callable[[str], list[Claim]],
             check: Callable[[list[Claim]], list[Finding]],
             propose: Callable[[list[Claim], str, list[list[int]]], list]) -> Coverage:
    """Whether each relation, as written, has its figures named together by a finding, or by a
    proposed check a reviewer can accept."""
    result = Coverage()
    for relation in relations:
        claims = extract(relation.text)
        wanted = {i for i, c in enumerate(claims) for start in _starts(relation)
                  if c.span.start <= start < c.span.end}
        findings = check(claims)
        if len(wanted) < 2:
            result.missed.append(f"{relation.corpus} {relation.id} {relation.rule}: figures not read: {relation.note[:80]}")
        elif any(wanted <= set(f.claims) for f in findings):
            result.checked += 1
        elif any(wanted <= set(p.check.claims) for p in propose(claims, relation.text, [f.claims for f in findings])):
            result.proposed += 1
        else:
            result.missed.append(f"{relation.corpus} {relation.id} {relation.rule}: {relation.note[:90]}")
    return result


def _starts(relation: Relation) -> set[int]:
    return {figure["start"] for role in relation.figures.values()
            for figure in (role if isinstance(role, list) else [role])}
