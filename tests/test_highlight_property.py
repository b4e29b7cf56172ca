"""The highlighter builds the only markup made from article text: whatever the text holds
(tags, entities, quotes, scripts), removing the markup and unescaping gives back exactly the
text, and the only elements are the highlighter's own."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.web.highlight import highlight

HOSTILE = st.sampled_from(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&lt;b&gt;",
                           '"', "'", "<", ">", "&", "javascript:alert(1)", "</mark></a>", "<!--", "\r\n", "\x00"])
TEXT = st.lists(st.one_of(st.text(max_size=12), HOSTILE), max_size=25).map("".join)


@st.composite
def text_and_claims(draw):
    text = draw(TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    claims = [{"id": n, "start": start, "end": end, "kind": "count"}
              for n, (start, end) in enumerate(zip(cuts[::2], cuts[1::2])) if start < end]
    return text, claims


# The highlighter's own markup: a link and a mark around each figure.
OURS = re.compile(r'<a class="claim kind-count" id="m\d+" href="#c\d+"><mark>|</mark></a>')


@settings(max_examples=1000, deadline=None)
@given(text_and_claims())
def test_removing_the_markup_gives_back_the_text_exactly(case):
    text, claims = case
    marked = str(highlight(text, claims))
    assert len(OURS.findall(marked)) == 2 * len(claims)
    rest = OURS.sub("", marked)
    assert "<" not in rest and ">" not in rest  # every other angle bracket was escaped
    assert html.unescape(rest) == text
