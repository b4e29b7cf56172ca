"""Which claims of an article belong together: breakdowns by subject, totals, wholes.

Several rules need the same groupings, so they are worked out once here.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..extract import Claim
from ..extract.claim import is_vague, names_an_entity

# A figure stated across so many of these is a total over them ('5,600 ... to 33 countries').
BREAKDOWN_SENTENCES = 3
PLACE_UNITS = frozenset({"country", "nation", "state", "region", "city", "county", "territory"})


def parts_by_whole(claims: list[Claim]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if claim.part_of is not None:
            groups[claim.part_of].append(i)
    return dict(groups)


def place_total(claims: list[Claim]) -> int | None:
    """The count stated across a number of places, if the article has one."""
    across_places = {c.sentence_start for c in claims if c.kind == "count" and c.unit in PLACE_UNITS}
    for i, claim in enumerate(claims):
        if (claim.sentence_start in across_places and claim.kind == "count" and not is_vague(claim)
                and claim.unit not in PLACE_UNITS):
            return i
    return None


def subject_breakdown(claims: list[Claim], total: int | None) -> list[int]:
    """Counts the article attributes to one subject each (Turkey 900, Tunisia 800, ...).

    When both a part and its whole are attributed ('425 of the 850 British
    jihadists have travelled to the UK'), the part is the figure the sentence is
    about and the whole is left out.
    """
    attributed = [
        i for i, c in enumerate(claims)
        if c.kind == "count" and names_an_entity(c) and not is_vague(c) and i != total and c.unit not in PLACE_UNITS
    ]
    wholes_of_attributed = {claims[i].part_of for i in attributed}
    parts = [i for i in attributed if i not in wholes_of_attributed]
    subjects = [claims[i].subject.lower().removeprefix("the ") for i in parts]
    sentences = {claims[i].sentence_start for i in parts}
    # A breakdown names each subject once and is stated in one passage of the article.
    if len(set(subjects)) != len(subjects) or len(sentences) > BREAKDOWN_SENTENCES:
        return []
    # It counts one kind of thing: most parts count the same noun (fighters, with one 'jihadists').
    units = Counter(claims[i].unit for i in parts if claims[i].unit)  # a count of nothing named agrees with none
    if parts and (not units or units.most_common(1)[0][1] * 2 < len(parts) + 1):
        return []
    return parts
