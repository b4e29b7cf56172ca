"""Rank frames: a figure called the top of its peers ('Texas received the largest share, $2.2bn,
ahead of California with $1.9bn'; 'a record 761,000, beating 739,000 two years ago').

The top is the first figure after the superlative (lexicon.RANKS) within a few words, or, with
none there, the last one before it in its clause ('With 124 daily flights, Kestrel is the largest
airline'). Its peers are the figures of its kind and unit after a word that sets others beside
it (lexicon.PEERS: 'ahead of', 'followed by', 'compared with'), or in the clause or sentence that
opens by naming them ('The next two received $42.4m and $19.7m'; '; the others have 26').
A peer of another year is no rival, except to a record.
"""

from __future__ import annotations

import re

from ..extract.claim import is_vague
from ..extract.lexicon import DURATION_UNITS
from .clauses import compared
from .lexicon import (CLAUSE_BREAK, GROUP_AFTER, GROUP_BEFORE, NOT_RANKED, OTHER_TIME_AFTER, PEERS, PEERS_NEXT, RANK_OF_CHANGE, RANK_OF_SEVERAL, RANK_SINCE, RANKS,
                      SEVERAL_BEFORE,
                      TOP_REACH, Rank)
from .precision import written_alike
from .statement import Frame, Sentence, words

_RANKS = [(rank, re.compile(rank.words, re.IGNORECASE)) for rank in RANKS]
GROUP_NAMED = re.compile(r"\b(?:next|other|remaining|top|first|last)\s+$", re.IGNORECASE)  # 'The next [two] received'
SHARE_WHOLE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)  # '35% of the [500]': a whole, no rival


def ranks(sentences: list[Sentence], n: int) -> list[Frame]:
    """Each top the n-th sentence names with the peers it is ranked against."""
    sentence, frames = sentences[n], []
    if NOT_RANKED.search(sentence.read):
        return []  # 'the biggest gains, at 21 and 11, respectively': several tops
    for rank, cue in _cues(sentence.read):
        top = _top(sentence, rank, cue)
        if top is None or any(top == frame.roles["top"] for frame in frames):
            continue
        peers = _peers(sentences, n, rank, top, max(cue.end(), sentence.end(top)))
        if peers:
            frames.append(Frame("rank", roles={"top": top}, parts=peers, cue=cue.group(), sign=rank.sign))
    return frames


def _cues(read: str) -> list[tuple[Rank, re.Match]]:
    """The superlatives of a sentence, the longest where two start together ('a record low of')."""
    found = sorted(((rank, m) for rank, pattern in _RANKS for m in pattern.finditer(read)),
                   key=lambda found: (found[1].start(), -found[1].end()))
    kept: list[tuple[Rank, re.Match]] = []
    for rank, match in found:
        if not kept or match.start() >= kept[-1][1].end():
            kept.append((rank, match))
    return kept


def _top(sentence: Sentence, rank: Rank, cue: re.Match) -> int | None:
    read = sentence.read
    if RANK_SINCE.match(read, cue.end()) or RANK_OF_SEVERAL.match(read, cue.end()) or SEVERAL_BEFORE.search(read, 0, cue.start()):
        return None
    kinds = ("percent",) if RANK_OF_CHANGE.match(read, cue.end()) else rank.kinds
    clause = sentence.segment(cue.start())
    for i in sentence.figures:
        if sentence.at(i) < cue.end() or sentence.segment(sentence.at(i)) != clause:
            continue
        between = read[cue.end():sentence.at(i)]
        if words(between) > TOP_REACH or PEERS.search(between) or ";" in between:
            break
        group = GROUP_BEFORE.match(between)
        if group and GROUP_AFTER.match(read, sentence.end(i)):
            if group.group("of"):
                continue  # 'the smallest of the three classes has ...'
            return None  # 'the largest 20 clients'
        return i if _rankable(sentence, kinds, i) else None
    before = [i for i in sentence.figures if sentence.end(i) <= cue.start() and sentence.segment(sentence.at(i)) == clause
              and not CLAUSE_BREAK.search(read, sentence.end(i), cue.start())]
    if before and not PEERS.search(read, sentence.end(before[-1]), cue.start()) and _rankable(sentence, kinds, before[-1]):
        return before[-1]  # 'With 124 daily flights, Kestrel is the largest airline'
    return None


def _rankable(sentence: Sentence, kinds: tuple[str, ...], i: int) -> bool:
    claim = sentence.claims[i]
    return claim.kind in kinds and claim.unit not in DURATION_UNITS and not is_vague(claim)


def _peers(sentences: list[Sentence], n: int, rank: Rank, top: int, after: int) -> list[int]:
    """The figures ranked against the top: after a peer word in its list, else in a clause or
    sentence that opens by naming the others."""
    sentence = sentences[n]
    cue = PEERS.search(sentence.read, after)
    if cue and sentence.segment(cue.start()) == sentence.segment(after):
        return _alike(sentence, rank, top, [i for i in sentence.figures if sentence.at(i) >= cue.end()
                                            and sentence.segment(sentence.at(i)) == sentence.segment(cue.start())])
    for clause in re.finditer(r";", sentence.read[after:]):
        start = after + clause.end()
        if PEERS_NEXT.match(sentence.read[start:]):
            return _alike(sentence, rank, top, [i for i in sentence.figures if sentence.at(i) >= start])
    if n + 1 < len(sentences) and PEERS_NEXT.match(sentences[n + 1].read):
        following = sentences[n + 1]
        return _alike(following, rank, top, following.figures)
    return []


def _alike(owner: Sentence, rank: Rank, top: int, figures: list[int]) -> list[int]:
    """Of the top's kind and unit, written to its scale; neither the same thing at another time
    (unless the top is a record) nor an old level ('up from $40bn'), nor a whole ('35% of the
    500'), nor the size of the group."""
    claims, best = owner.claims, owner.claims[top]
    return [i for i in figures
            if claims[i].kind == best.kind and (claims[i].unit == best.unit or None in (claims[i].unit, best.unit))
            and written_alike(claims[i], best) and not is_vague(claims[i]) and not compared(claims[i])
            and (rank.peers_in_time or not OTHER_TIME_AFTER.match(claims[i].sentence, owner.end(i)))
            and not SHARE_WHOLE.search(owner.lead(i)) and not GROUP_NAMED.search(owner.lead(i))]
