"""Rationales are written in Markdown and shown as HTML that cannot carry a script.

markdown-it-py with raw HTML off escapes every tag the reviewer typed, and its link
check refuses javascript:, vbscript:, file: and data: addresses. Images are off too:
a rationale should not make the reader's browser fetch from elsewhere.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markupsafe import Markup

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "typographer": False}).disable("image")


def render_rationale(text: str) -> Markup:
    return Markup(_MARKDOWN.render(text or ""))  # nosec B704 - raw HTML is off, as above
