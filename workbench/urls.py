"""The one rule for a web address the workbench keeps: an article's `url` and a verdict's sources.

Every address is stored to be linked in the page, cited in ClaimReview and exported, and an
export must come back in through restore. So what is stored and what the export schema
accepts are one rule, written once here as PATTERN and MAX_LENGTH; the schema's `web_url`
carries the same two (tests/test_urls.py holds them equal, and checks that urllib parses
every address the rule accepts).

The rule: http or https; a host written in ASCII (an international name as its xn-- form),
with no user name or password, and a port only if it is one (0 to 65535); no whitespace,
control or invisible formatting character anywhere; at most MAX_LENGTH characters. Hosts in
brackets (IPv6 literals) are refused: no newsroom cites one, and urllib raises on a broken one.
"""

from __future__ import annotations

import re

MAX_LENGTH = 2048

# Whitespace, control characters, invisible and direction-changing formatting characters,
# lone surrogates and non-characters: none belongs in an address a reader is shown.
_UNSEEN = (r"\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f"
           r"\u205f-\u206f\u3000\ufeff\ud800-\udfff\ufff0-\uffff")
_PORT = r"(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}|0))?"
# `(?![\s\S])` is the end of the text in every regex dialect (Python's `$` also matches
# before a final newline); the schema's validators run the pattern with re.search.
PATTERN = rf"^[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9._~-]+{_PORT}(?:[/?#][^{_UNSEEN}]*)?(?![\s\S])"

_WEB_URL = re.compile(PATTERN)
_UNSEEN_CHARACTER = re.compile(f"[{_UNSEEN}]")
_SCHEME = re.compile(r"https?://", re.IGNORECASE)
_AUTHORITY = re.compile(r"[^/?#]*")


def problem(url: str) -> str | None:
    """Why `url` is not a web address the workbench keeps, for a person to read; None when it is."""
    if len(url) > MAX_LENGTH:
        return f"{len(url):,} characters; a web address may have at most {MAX_LENGTH:,}"
    if unseen := _UNSEEN_CHARACTER.search(url):
        what = "a space" if unseen[0] == " " else f"the character U+{ord(unseen[0]):04X}"
        return f"it has {what} at character {unseen.start() + 1}"
    if not (scheme := _SCHEME.match(url)):
        return "it must start with http:// or https://"
    if _WEB_URL.search(url):
        return None
    authority = _AUTHORITY.match(url, scheme.end())[0]
    if "@" in authority:
        return "it may not hold a user name or password (before an @)"
    if authority.startswith("["):
        return "write the host as a name, not an address in brackets"
    if not authority.isascii():
        return "write an international host name in its ASCII form (xn--...)"
    return "it needs a host name (ASCII letters, digits, dots, hyphens) and, after a colon, a port from 0 to 65535"


def is_web_url(value: object) -> bool:
    return isinstance(value, str) and problem(value) is None
