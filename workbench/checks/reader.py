"""The statement reader: the arithmetic each sentence asserts, as typed relation frames.

Each sentence is read once (statement.py: asides read past, each figure given the role its
cue words give it); its figures then make frames: changes (read_changes.py: old, new, and a
rate, factor or difference), totals with their parts (read_totals.py), shares, gaps, vague
words, ranks, orders, places within a group, multiples, fractions restated as percentages, figures restated
in another unit and figures pointed back to (read_shares.py, read_gaps.py, read_vague.py, read_ranks.py,
read_orders.py, read_places.py, read_multiples.py, read_restated.py, read_conversions.py, read_pointed.py). What a frame does
not hold, the reader leaves out; evaluate.py redoes the arithmetic.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from ..extract import Claim
from .clauses import by_sentence
from .lexicon import FURTHER_PART
from .read_changes import changes
from .read_conversions import conversions
from .read_gaps import gaps
from .read_multiples import evidenced, multiples
from .read_orders import orders
from .read_places import places
from .read_pointed import pointed
from .read_ranks import ranks
from .read_restated import restated
from .read_shares import Named, shares
from .read_totals import stated_totals, totals
from .read_vague import vague
from .statement import Frame, Sentence


def read_frames(claims: list[Claim]) -> list[Frame]:
    """Every change, total, share, gap, vague word, rank, order, place, multiple, restated fraction,
    conversion and figure pointed back to the article's sentences state."""
    sentences = _sentences(claims)
    moves, changed = _changes(sentences)
    went_to = {frame.roles["old"]: frame.roles["new"] for frame in moves if {"old", "new"} <= frame.roles.keys()}
    frames: list[Frame] = list(moves)
    taken = set(changed)  # a change's rate is no share
    named = Named(sentences)
    wholes: dict[int, int] = {}  # each part of a total frame read so far, and its total
    framed: set[int] = set()
    for n, found in enumerate(_totals(sentences, changed, framed)):
        wholes.update({part: frame.roles["total"] for frame in found for part in frame.parts})
        found += shares(sentences, n, taken, stated_totals(sentences[n]) | framed, named, wholes)
        taken.update(i for frame in found for i in frame.claims)
        ranked = ranks(sentences, n)
        frames += found + gaps(sentences, n, taken) + vague(sentences, n) + ranked + restated(sentences[n], taken)
        frames += conversions(sentences[n]) + places(sentences[n]) + multiples(sentences[n])
        frames += evidenced(sentences[n]) + pointed(sentences, n)
        frames += [frame for frame in orders(sentences, n, went_to)
                   if not any({frame.roles["top"], *frame.parts} <= set(rank.claims) for rank in ranked)]
    return frames


def _sentences(claims: list[Claim]) -> list[Sentence]:
    return [Sentence(claims, indices) for indices in by_sentence(claims).values()]


def _changes(sentences: list[Sentence]) -> tuple[list[Frame], dict[int, str]]:
    """The changes the sentences state, and the role each figure plays in one."""
    moves: list[Frame] = []
    carried = None
    for sentence in sentences:
        found, carried = changes(sentence, carried)
        moves += found
    return moves, {i: role for frame in moves for role, i in frame.roles.items()}


def _totals(sentences: list[Sentence], changed: dict[int, str], framed: set[int]) -> Iterator[list[Frame]]:
    """The totals each sentence states with their parts, sentence by sentence. `framed` gathers
    the totals given parts so far: a later sentence does not reach back to them."""
    for n in range(len(sentences)):
        found = totals(sentences, n, framed, changed)
        framed.update(frame.roles["total"] for frame in found)
        yield found


def with_wholes(claims: list[Claim]) -> list[Claim]:
    """The claims with `part_of` filled from the total frames where extraction left it empty,
    so the field says what the checks weigh: 'Of the 40 victims, 25 were men, 12 women and 9
    children', 'employs 1,450 people, including 300 night workers'. Extraction's own links
    stand; a part two totals claim keeps the first. Only the changes and totals are read:
    the other frames never name a whole."""
    sentences = _sentences(claims)
    _, changed = _changes(sentences)
    wholes: dict[int, int] = {}
    for found in _totals(sentences, changed, set()):
        for frame in found:
            whole = frame.roles["total"]
            for part in frame.parts:
                if claims[part].part_of is None and part != whole and wholes.get(whole) != part \
                        and claims[whole].part_of != part:
                    wholes.setdefault(part, whole)
    _further_parts(claims, wholes)
    return [replace(claim, part_of=wholes[i]) if i in wholes else claim for i, claim in enumerate(claims)]


def _further_parts(claims: list[Claim], wholes: dict[int, int]) -> None:
    """'Of the total, 400 billion yen will yield 3.85 pct. Another 400 billion yen will yield
    3.80 pct': a figure opened by 'another' or 'the remaining' is a part of the whole the figure
    of its kind before it, in its sentence or the one before, is a part of: of its unit too, but
    for a count, whose parts name their sub-groups ('25 were men. Another 12 were children')."""
    starts = sorted({claim.sentence_start for claim in claims})
    for i, claim in enumerate(claims):
        at = claim.span.start - claim.sentence_start
        if claim.part_of is not None or i in wholes or not FURTHER_PART.search(claim.sentence, max(0, at - 40), at):
            continue
        sentence_before = starts[max(0, bisect_left(starts, claim.sentence_start) - 1)]
        before = next((j for j in range(i - 1, -1, -1) if claims[j].sentence_start < sentence_before
                       or (claims[j].kind == claim.kind and (claim.kind == "count" or claims[j].unit == claim.unit))), None)
        if before is None or claims[before].sentence_start < sentence_before:
            continue
        whole = wholes.get(before, claims[before].part_of)
        if whole is not None and whole != i and claims[whole].value >= claim.value:
            wholes[i] = whole
