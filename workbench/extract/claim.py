"""The claim record shared by extraction, checks, storage and export.

Plain dataclasses keep extraction and checks free of Flask and the database, so
they can run in a worker pool or a test without either.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .numbers import singular

KINDS = ("count", "money", "percent", "measure", "ratio", "year", "date", "ordinal", "time", "age", "score")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Claim:
    span: Span
    sentence: str
    value: float | int
    low: float | int | None
    high: float | int | None
    kind: str
    approx: bool = False
    qualifier: str | None = None
    unit: str | None = None
    subject: str | None = None
    # Index of the whole in the same claim list (extraction), or a claim id once stored.
    part_of: int | None = None
    # Offsets of the containing sentence; used by rules that compare context, not exported.
    sentence_start: int = field(default=0, repr=False, compare=False)

    def to_dict(self) -> dict:
        """The claim as the DESIGN.md contract spells it (no offsets of the sentence)."""
        data = asdict(self)
        data.pop("sentence_start")
        return data


def is_vague(claim: Claim) -> bool:
    """A vague magnitude such as 'thousands': approximate with no hedge word, a span of values."""
    return claim.approx and claim.qualifier is None and claim.low != claim.high


def names_an_entity(claim: Claim) -> bool:
    """Whether the subject is a name ('Turkey', 'BP's net profit'), capitalised where the sentence
    does not start: a quantity is the same quantity in two statements only when a name says so.
    A common noun ('net profit', 'barley') is a different quantity in each place and period."""
    if not claim.subject:
        return False
    words = claim.subject.split()
    if any(word[:1].isupper() and claim.sentence.find(word) > 0 for word in words):
        return True
    # a sentence's first word: 'Turkey had 900' names, 'Sales rose' and 'Permits fell' do not
    return len(words) == 1 and words[0][:1].isupper() and singular(words[0].lower()) is None
