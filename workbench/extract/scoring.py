"""Scoring extraction against hand-labelled gold claims (tests/gold, see its README).

A predicted claim is a hit when its span and value equal a core gold claim's; a
core gold claim with no hit is a miss; a prediction that is no hit and overlaps
no optional gold claim is a false alarm. Field accuracies are taken over the hits.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .claim import Claim

CORPUS_FILES = {"bbc": "bbc/articles.jsonl", "reuters": "reuters21578/articles.jsonl",
                "quantemp": "quantemp/test_sample_with_docs.jsonl"}
# A fact-check record's article is its `doc`; `claim` is the one sentence it checks.
TEXT_FIELDS = {"quantemp": "doc"}
FIELDS = ("kind", "unit", "subject", "approx", "part_of")


class GoldError(Exception):
    """A gold file does not fit the text it names."""


@dataclass
class GoldArticle:
    corpus: str
    id: str
    text: str
    claims: list[dict]


@dataclass
class Tally:
    hits: int = 0
    misses: int = 0
    false_alarms: int = 0
    right: dict = field(default_factory=lambda: defaultdict(int))
    examples: list[str] = field(default_factory=list)
    named: int = 0  # hits whose gold names a subject
    named_right: int = 0

    @property
    def named_subject(self) -> float:
        """Subject accuracy where the gold names one. The gold's nulls follow an older reading
        (a subject only when a name says it); the subject sets (tests/gold/subjects*) follow the
        guideline's wider one, which names a measured phrase too."""
        return self.named_right / self.named if self.named else 1.0

    @property
    def precision(self) -> float:
        return self.hits / (self.hits + self.false_alarms) if self.hits + self.false_alarms else 1.0

    @property
    def recall(self) -> float:
        return self.hits / (self.hits + self.misses) if self.hits + self.misses else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.hits if self.hits else 1.0


def corpus_texts(corpus_dir: Path, wanted: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """The texts of the wanted articles, by (corpus, id), read from the corpus files."""
    texts = {}
    for corpus, ids in wanted.items():
        with (corpus_dir / CORPUS_FILES[corpus]).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record["id"] in ids:
                    texts[(corpus, record["id"])] = record[TEXT_FIELDS.get(corpus, "text")]
    return texts


def labelled_text(path: Path, gold: dict, texts: dict[tuple[str, str], str]) -> str:
    """The text a gold file names, refused unless it is the very text it was labelled on."""
    text = texts.get((gold["corpus"], gold["id"]))
    if text is None:
        raise GoldError(f"{path}: no article {gold['id']} in the {gold['corpus']} corpus")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != gold["sha256"]:
        raise GoldError(f"{path}: labelled on a different text than {gold['corpus']} {gold['id']}")
    return text


def load_gold(gold_dir: Path, corpus_dir: Path, texts: dict[tuple[str, str], str] | None = None) -> list[GoldArticle]:
    """Gold files with the texts they were labelled on, read from the corpus by id.

    `texts` supplies texts that are not in a corpus file (the seed), by (corpus, id).
    """
    files = sorted(p for p in gold_dir.glob("*/*.json") if p.parent.name in (*CORPUS_FILES, "seed"))
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    texts = dict(texts or {})
    wanted = defaultdict(set)
    for gold in golds:
        if (gold["corpus"], gold["id"]) not in texts:
            wanted[gold["corpus"]].add(gold["id"])
    texts.update(corpus_texts(corpus_dir, wanted))
    return [GoldArticle(gold["corpus"], gold["id"], labelled_text(path, gold, texts), gold["claims"])
            for path, gold in zip(files, golds)]


def _same_value(a: float | int, b: float | int) -> bool:
    return abs(a - b) <= 1e-6 + 0.001 * abs(b)


def _norm_subject(subject: str | None) -> str | None:
    if subject is None:
        return None
    lowered = " ".join(subject.lower().split())
    return lowered[4:] if lowered.startswith("the ") else lowered


def _same_subject(gold: str | None, got: str | None) -> bool:
    """Equal, or one a longer form of the other, on either side of the shorter: 'Amoco Corp'
    names 'Amoco', and 'Army captain Traore' names Traore, as 'the deadly flood' names the flood
    (an English noun phrase puts its modifiers before its head)."""
    if gold is None or got is None:
        return gold == got
    gold_words, got_words = gold.split(), got.split()
    shorter, longer = sorted((gold_words, got_words), key=len)
    return longer[: len(shorter)] == shorter or longer[len(longer) - len(shorter):] == shorter


def _field_right(name: str, gold: dict, claim: Claim, gold_to_predicted: dict[int, int]) -> bool:
    if name == "subject":
        return _same_subject(_norm_subject(gold["subject"]), _norm_subject(claim.subject))
    if name == "part_of":
        expected = None if gold["part_of"] is None else gold_to_predicted.get(gold["part_of"], -1)
        return claim.part_of == expected
    return gold[name] == getattr(claim, name)


def score_article(article: GoldArticle, predicted: list[Claim], tally: Tally) -> None:
    core = {i: g for i, g in enumerate(article.claims) if not g["optional"]}
    optional = [g for g in article.claims if g["optional"]]
    by_span = {(c.span.start, c.span.end): i for i, c in enumerate(predicted)}
    gold_to_predicted = {}
    for i, gold in core.items():
        j = by_span.get((gold["start"], gold["end"]))
        if j is not None and _same_value(predicted[j].value, gold["value"]):
            gold_to_predicted[i] = j
        else:
            tally.misses += 1
            found = f" (read {predicted[j].value})" if j is not None else ""
            tally.examples.append(f"{article.id}: missed {gold['text']!r} = {gold['value']}{found}")
    hit_indices = set(gold_to_predicted.values())
    for j, claim in enumerate(predicted):
        if j in hit_indices:
            continue
        overlaps_optional = any(g["start"] < claim.span.end and claim.span.start < g["end"] for g in optional)
        if not overlaps_optional:
            tally.false_alarms += 1
            tally.examples.append(f"{article.id}: false alarm {claim.span.text!r} ({claim.kind} {claim.value})")
    for i, j in gold_to_predicted.items():
        tally.hits += 1
        if core[i]["subject"] is not None:
            tally.named += 1
            tally.named_right += _field_right("subject", core[i], predicted[j], gold_to_predicted)
        for name in FIELDS:
            if _field_right(name, core[i], predicted[j], gold_to_predicted):
                tally.right[name] += 1
            else:
                tally.examples.append(
                    f"{article.id}: {name} of {core[i]['text']!r}: gold {core[i][name]!r}, got {getattr(predicted[j], name)!r}")


def score(articles: Iterable[GoldArticle], extract: Callable[[str], list[Claim]]) -> dict[str, Tally]:
    """A tally per corpus, and one over all of them under 'all'."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for article in articles:
        predicted = extract(article.text)
        score_article(article, predicted, tallies[article.corpus])
        score_article(article, predicted, tallies["all"])
    return dict(tallies)


@dataclass
class SubjectTally:
    """Subjects against tests/gold/subjects: of the labelled figures, those extraction reads
    at the labelled place, and of those, the ones whose subject is right, by how the labeller
    found the subject ('possessor', 'phrase', 'verb-subject', 'carried', 'none')."""

    figures: int = 0
    found: dict = field(default_factory=lambda: defaultdict(int))
    right: dict = field(default_factory=lambda: defaultdict(int))
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        found = sum(self.found.values())
        return sum(self.right.values()) / found if found else 1.0


def load_labelled(folder: Path, corpus_dir: Path) -> list[tuple[dict, str]]:
    """Each label file of a folder (subjects, parts) with the text it was labelled on."""
    files = sorted(folder.glob("*.json"))
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    wanted = defaultdict(set)
    for gold in golds:
        wanted[gold["corpus"]].add(gold["id"])
    texts = corpus_texts(corpus_dir, wanted)
    return [(gold, labelled_text(path, gold, texts)) for path, gold in zip(files, golds)]


def score_subjects(golds: Iterable[tuple[dict, str]], extract: Callable[[str], list[Claim]]) -> SubjectTally:
    tally = SubjectTally()
    for gold, text in golds:
        by_start = {claim.span.start: claim for claim in extract(text)}
        for figure in gold["figures"]:
            tally.figures += 1
            claim = by_start.get(figure["start"])
            if claim is None:
                continue
            tally.found[figure["why"]] += 1
            if _same_subject(_norm_subject(figure["subject"]), _norm_subject(claim.subject)):
                tally.right[figure["why"]] += 1
            else:
                tally.wrong.append(f"{gold['corpus']} {gold['id']} {figure['text']!r}: "
                                   f"{figure['subject']!r} ({figure['why']}), read {claim.subject!r}")
    return tally


@dataclass
class PartsTally:
    """Part-of links against tests/gold/parts: of the labelled parts, those whose part and whole
    extraction both reads, and of those, the ones it links to the labelled whole; and of the
    links extraction makes in those articles, the ones no label gives (every link of an article
    is labelled, so a link beside them is a false one)."""

    relations: int = 0
    read: int = 0
    right: int = 0
    links: int = 0
    false_links: int = 0
    wrong: list[str] = field(default_factory=list)


def score_parts(golds: Iterable[tuple[dict, str]], extract: Callable[[str], list[Claim]]) -> PartsTally:
    tally = PartsTally()
    for gold, text in golds:
        claims = extract(text)
        at = {claim.span.start: n for n, claim in enumerate(claims)}
        labelled = set()
        for relation in gold["parts"]:
            part, whole = at.get(relation["part"]["start"]), at.get(relation["whole"]["start"])
            tally.relations += 1
            labelled.add((part, whole))
            if part is None or whole is None:
                tally.wrong.append(f"{gold['id']} {relation['part']['text']!r} of {relation['whole']['text']!r}: not read")
                continue
            tally.read += 1
            if claims[part].part_of == whole:
                tally.right += 1
            else:
                tally.wrong.append(f"{gold['id']} {relation['part']['text']!r} of {relation['whole']['text']!r}: "
                                   f"linked to {claims[part].part_of!r}")
        for n, claim in enumerate(claims):
            if claim.part_of is not None:
                tally.links += 1
                if (n, claim.part_of) not in labelled:
                    tally.false_links += 1
                    tally.wrong.append(f"{gold['id']} {claim.span.text!r} of {claims[claim.part_of].span.text!r}: no such part")
    return tally


@dataclass
class FormTally:
    """The phrase table of number forms (tests/gold/forms.jsonl): per family, the rows whose
    figure extraction reads with the span, kind, value, bounds, unit and hedge the row gives."""

    rows: dict = field(default_factory=lambda: defaultdict(int))
    right: dict = field(default_factory=lambda: defaultdict(int))
    wrong: list[str] = field(default_factory=list)


def score_forms(rows: Iterable[dict], extract: Callable[[str], list[Claim]]) -> FormTally:
    tally = FormTally()
    for row in rows:
        tally.rows[row["family"]] += 1
        start = row["text"].index(row["figure"])
        read = next((claim for claim in extract(row["text"]) if claim.span.start == start), None)
        if read is not None and _form_right(row, read):
            tally.right[row["family"]] += 1
        else:
            got = "nothing" if read is None else (f"{read.span.text!r} {read.kind} {read.value} [{read.low}, {read.high}] "
                                                   f"{read.unit} approx={read.approx}")
            tally.wrong.append(f"{row['family']}: {row['text']!r} wants {row['figure']!r} {row['kind']} {row['value']} "
                               f"[{row['low']}, {row['high']}] {row['unit']} approx={row['approx']}; read {got}")
    return tally


def _form_right(row: dict, claim: Claim) -> bool:
    bounds = (claim.low if claim.low is not None else claim.value, claim.high if claim.high is not None else claim.value)
    return claim.span.text == row["figure"] and claim.kind == row["kind"] and claim.unit == row["unit"] \
        and claim.approx == row["approx"] and _same_value(claim.value, row["value"]) \
        and _same_value(bounds[0], row["low"]) and _same_value(bounds[1], row["high"])
