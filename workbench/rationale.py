"""Rationales are written in Markdown: shown in the pages as HTML that cannot carry a script,
and published in ClaimReview as the plain text its `ratingExplanation` must be.

markdown-it-py with raw HTML off escapes every tag the reviewer typed, and its link
check refuses javascript:, vbscript:, file: and data: addresses. Images are off too:
a rationale should not make the reader's browser fetch from elsewhere.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markupsafe import Markup

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "typographer": False}).disable("image")
# A tag typed in the Markdown, which plain text drops as the markup it is: '<b>', '</div>', '<!-- x -->'.
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")
# Inline tokens whose content is the words a reader sees; a break between lines reads as a space.
_WORDS = ("text", "code_inline")
_BREAKS = ("softbreak", "hardbreak")
_SPACES = re.compile(r"\s+")


def render_rationale(text: str) -> Markup:
    return Markup(_MARKDOWN.render(text or ""))  # nosec B704 - raw HTML is off, as above


def plain_rationale(text: str) -> str:
    """The words of the rationale without its Markdown: a link keeps its text (the address is
    among the sources), emphasis and headings their words, each block a sentence apart; HTML
    tags are markup too, and go, so no reader of the text can take a tag from it."""
    blocks = []
    for token in _MARKDOWN.parse(text or ""):
        if token.type == "inline":
            words = "".join(child.content if child.type in _WORDS else " " if child.type in _BREAKS else ""
                            for child in token.children or [])
            blocks.append(_SPACES.sub(" ", words).strip())
        elif token.type in ("code_block", "fence"):
            blocks.append(_SPACES.sub(" ", token.content).strip())
    return _SPACES.sub(" ", _TAG.sub("", " ".join(blocks))).strip()
