"""'Turkey had the largest contingent with 900': is it larger than the other figures?

Besides the superlative the extractor keeps as the figure's qualifier, the rule reads a
superlative a hedge hid ('the largest donation ... of nearly £400,000'), and ranks the
figure against its subject breakdown, or else the figures of the same kind and unit in
its sentence. 'A record' is not read: a record is ranked against earlier years, which
the sentence seldom states.
"""

from __future__ import annotations

import re

from ..extract import Claim, lexicon
from ..extract.clauses import first_between, last_before, words_back
from .finding import Finding, fmt, label
from ..extract.claim import is_vague
from .clauses import by_sentence
from .groups import place_total, subject_breakdown
from .lexicon import NOT_RANKED

LARGEST = ("largest", "biggest", "highest")
SMALLEST = ("smallest", "lowest", "fewest")
RANKING = re.compile(r"\bthe\s+(largest|biggest|highest|smallest|lowest|fewest)\b[^.;:,]*$", re.IGNORECASE)
REACH = 60
# 'the largest 20 clients', 'the largest of the seven state banks': the figure counts the top
# group; '... the biggest gains, 21 and 11, respectively' names several, not one.
TOP_N = re.compile(r"\bthe\s+(?:largest|biggest|highest|smallest|lowest|fewest)\s+(?:of\s+the\s+|of\s+)?$", re.IGNORECASE)
CUE = re.compile(r"\bthe\s+(?:largest|biggest|highest|smallest|lowest|fewest)\b", re.IGNORECASE)
# What follows the superlative ranks something else: a change ('the largest drop ... to 1.46
# billion'), a time ('the lowest since ... 10 pct'), or several ('the lowest offers of').
NOT_THIS = re.compile(r"\s+(?:(?:drop|fall|decline|rise|increase|gain|loss|cut|jump)s?\b|since\b|[a-z]+s\s+(?:of|were|are)\b)",
                      re.IGNORECASE)


OF_WHICH = re.compile(r"\bthe\s+\w+\s+of\s+(?:which|whom|them|these)\b", re.IGNORECASE)
WHOLE_OR_ASIDE = re.compile(r"(?:\btotal\s+[\w-]*\s*(?:of\s+)?|\(\s*)$", re.IGNORECASE)
WHOLE_OR_ASIDE_WORDS = 3  # 'total', a word, 'of'


def ranking_word(claim: Claim) -> str | None:
    """The superlative the figure is said to be: its qualifier, or one written before it."""
    offset = claim.span.start - claim.sentence_start
    before = claim.sentence[max(0, offset - REACH):offset]
    cue = last_before(CUE, claim.sentence, offset)  # the nearest before the figure
    if first_between(NOT_RANKED, claim.sentence, 0, len(claim.sentence)) or TOP_N.search(before) or (
            cue and NOT_THIS.match(claim.sentence, cue.end())):
        return None
    if claim.qualifier in LARGEST + SMALLEST:
        return claim.qualifier
    found = RANKING.search(before)
    if found is None or claim.kind not in ("count", "money", "percent", "measure") or claim.unit in lexicon.DURATION_UNITS:
        return None  # 'the lowest in 40 years': a time frame is not what is ranked
    return found.group(1).lower()


def _peers(claims: list[Claim], index: int, breakdown: list[int], sentence: list[int]) -> list[int]:
    """Figures it is ranked against: its breakdown, else those of its sentence (`sentence`, the
    indices of its claims) of the same kind and unit."""
    if index in breakdown:
        return [i for i in breakdown if i != index]
    claim = claims[index]
    offset = claim.span.start - claim.sentence_start
    cue = OF_WHICH.search(claim.sentence, max(0, offset - REACH), offset)
    return [
        i for i in sentence
        if i != index and claims[i].kind == claim.kind
        and claims[i].unit == claim.unit and not is_vague(claims[i]) and claim.part_of != i
        and not (cue and claims[i].span.start - claims[i].sentence_start < cue.start())  # 'one billion dlrs ..., the largest of which'
        and not _whole_or_aside(claims[i])  # 'of total exports of', '(60 U.S. Dlrs)'
    ]


def _whole_or_aside(claim: Claim) -> bool:
    """WHOLE_OR_ASIDE before the figure, looked for among the few words it spans."""
    offset = claim.span.start - claim.sentence_start
    return bool(WHOLE_OR_ASIDE.search(claim.sentence, words_back(claim.sentence, offset, WHOLE_OR_ASIDE_WORDS), offset))


def superlative_ranks(claims: list[Claim]) -> list[Finding]:
    breakdown = subject_breakdown(claims, place_total(claims))
    sentences = by_sentence(claims)
    findings = []
    for index, claim in enumerate(claims):
        word = ranking_word(claim)
        if word is None:
            continue
        peers = _peers(claims, index, breakdown, sentences[claim.sentence_start])
        if not peers:
            continue
        largest = word in LARGEST
        beaten = [i for i in peers if (claims[i].value > claim.value if largest else claims[i].value < claim.value)]
        relation = ">" if largest else "<"
        if beaten:
            status = "fail"
            others = ", ".join(label(claims[i]) for i in beaten)
            explanation = f"{label(claim)} is called the {word}, but {others} {'is' if len(beaten) == 1 else 'are'} {'larger' if largest else 'smaller'}"
        else:
            ties = [i for i in peers if claims[i].value == claim.value]
            status = "warn" if ties else "pass"
            others = ", ".join(label(claims[i]) for i in peers)
            explanation = f"{label(claim)} is the {word}: {fmt(claim.value)} {relation} {others}"
        findings.append(Finding("superlative", [index, *peers], status, explanation))
    return findings
