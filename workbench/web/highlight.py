"""Article text as HTML with every claim marked, escaping the text piece by piece.

This is the one place that builds markup from article text: each slice between
claims goes through markupsafe.escape, and only the <a>/<mark> wrappers are ours.
"""

from __future__ import annotations

from markupsafe import Markup, escape


def highlight(text: str, claims: list[dict], statuses: dict[int, str] | None = None,
              focus: frozenset[int] = frozenset(), anchors: dict[int, str] | None = None) -> Markup:
    """`claims` are rows with id, start, end and kind; overlapping spans are skipped.

    `statuses` gives a claim's worst check status, shown as a class on its mark; the
    claims in `focus` (those of the finding a reviewer picked) are marked out as well.
    A mark links to the claim's card, or to `anchors[id]` where the page names another place.
    """
    statuses = statuses or {}
    pieces, cursor = [], 0
    for claim in sorted(claims, key=lambda c: c["start"]):
        if claim["start"] < cursor:
            continue
        pieces.append(escape(text[cursor:claim["start"]]))
        pieces.append(Markup('<a class="claim kind-{kind}{status}{focus}" id="m{id}" href="#{anchor}"><mark>{figure}</mark></a>').format(
            kind=claim["kind"], id=claim["id"], figure=text[claim["start"]:claim["end"]],
            anchor=anchors[claim["id"]] if anchors else f"c{claim['id']}",
            status=f" check-{statuses[claim['id']]}" if claim["id"] in statuses else "",
            focus=" focus" if claim["id"] in focus else "",
        ))
        cursor = claim["end"]
    pieces.append(escape(text[cursor:]))
    return Markup("").join(pieces)


def in_sentence(claim: dict) -> Markup:
    """The claim's sentence with its figure marked, for its card: a reviewer reads the figure
    where it stands without looking back at the text."""
    sentence, offset = claim["sentence"], claim["start"] - claim["sentence_start"]
    end = offset + claim["end"] - claim["start"]
    if not 0 <= offset <= end <= len(sentence):  # a figure a reviewer added across sentences
        return escape(sentence)
    return Markup("{}<mark>{}</mark>{}").format(sentence[:offset], sentence[offset:end], sentence[end:])
