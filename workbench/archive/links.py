"""The `repeated` rule across an archive: the statements of one quantity, gathered from
every article by the shuffle, weighed as `workbench import` weighs them one article at a
time. Each figure meets the newest ACROSS statements of its quantity in the articles before
it (an article repeated word for word counts once, at its first place), newest first,
through the rule's own comparison, so both ways give the same findings. A statement that
is not eligible itself takes its place in that window but is compared with nothing.
"""

from __future__ import annotations

from collections import deque
from itertools import groupby

from ..checks.repeated import ACROSS, repeated_across
from .records import claim_of

def links(statements: list[tuple]) -> list[dict]:
    """The findings linking articles among these statements of one quantity, each as a flat
    record: the figure that meets the other (`article`, `claim`), and the other by its
    article and span, with `rank`, its place among the statements the figure met."""
    first_order: dict[str, int] = {}
    for _, order, sha, _, _ in statements:
        first_order[sha] = min(order, first_order.get(sha, order))
    kept = sorted((s for s in statements if s[1] == first_order[s[2]]), key=lambda s: (s[1], s[3]))
    window: deque[tuple] = deque(maxlen=ACROSS)  # (statement, its claim or None), the newest last
    found = []
    for _, article in groupby(((s, s[4] and claim_of(s[4])) for s in kept), key=lambda pair: pair[0][1]):
        article = list(article)
        mine = [(s, claim) for s, claim in article if claim is not None]
        comparable = [(rank, s, claim) for rank, (s, claim) in enumerate(reversed(window)) if claim is not None]
        for finding in repeated_across([c for _, c in mine], [c for _, _, c in comparable]):
            statement = mine[finding.claims[0]][0]
            rank, other, _ = comparable[finding.claims[1] - len(mine)]
            found.append({
                "rule": finding.rule, "status": finding.status, "explanation": finding.explanation,
                "origin": finding.origin, "article": statement[2], "order": statement[1], "claim": statement[3],
                "rank": rank, "other_article": other[2], "other_order": other[1], "other_claim": other[3],
                "other_start": other[4]["span"]["start"], "other_end": other[4]["span"]["end"],
            })
        window.extend(article)
    return found
