"""Who made a claim, when its sentence names them: the claimant a fact check credits the
figure to ("Halifax said", "according to the Office for National Statistics", "said Dr Ana
Lopez"), as a person or an organisation.

This is the source that subjects.py keeps out of a figure's subject, read for its own sake.
A name is capitalised words, as there; a pronoun ("It said") names nobody. A lone surname
is a person when the article gave the full name earlier ("Gordon Brown ... Brown said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .subjects import LEGAL_SUFFIX, TOKEN

# A name as subjects.py reads one, which may also join its words with 'for' ('the Office for
# National Statistics'): a source is more often an institution than a subject is.
NAME = re.compile(rf"{TOKEN}(?:(?:\s+(?:of|for|and|&|de|du|la|von|van)\s+|[ \t]+){TOKEN})*(?:['’]s\b|,[ \t]+{LEGAL_SUFFIX})?")
# The verbs of saying, and the plain forms a plural source takes ('Figures from the ONS show').
CREDITING_VERBS = lexicon.REPORTING_VERBS | frozenset("show find report estimate predict warn suggest".split())
REPORTING = "|".join(sorted(CREDITING_VERBS, key=len, reverse=True))
# The three ways a sentence credits its words, each with an example.
CREDITS = (
    # 'according to the Office for National Statistics, ...'
    re.compile(rf"\baccording\s+to\s+(?:the\s+)?(?P<name>{NAME.pattern})"),
    # 'Halifax said ...', 'The Soufan Group says ...', 'Mr Smith, the chairman, told ...', and the
    # body a source speaks for: 'researchers at Oxford University found', 'a report by the ONS shows'
    re.compile(rf"(?:^|[,;:]\s+|\b(?:[Tt]he|at|from|of|by)\s+)(?P<name>{NAME.pattern})(?:\s*\([^()]{{1,20}}\))?"
               rf"(?:,[^,;:]{{1,40}},)?\s+(?:\w+\s+)?(?:{REPORTING})\b"),
    # '..., said Dr Ana Lopez.'
    re.compile(rf",\s+(?:{REPORTING})\s+(?:the\s+)?(?P<name>{NAME.pattern})"),
)
PERSON_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Minister Senator "
                          "Governor Judge Chancellor Secretary Mayor Rev Captain General".split())
# Words that make a name an organisation's: 'the Office for National Statistics', 'Lloyds Bank'.
ORGANISATION_WORDS = frozenset("""
Office Ministry Department Agency Institute Institution University College Council Commission
Association Bureau Authority Service Survey Board Federation Union Party Government Society
Foundation Trust Centre Center Committee Organisation Organization Fund Reserve Statistics
News Times Post Journal Police Court Parliament Congress Senate Army Network Club League
Group Bank Holdings Corporation Company Corp Inc Ltd Co Plc PLC plc LLC Partners Research
Associates Insurance Airlines Motors Energy Petroleum Securities Capital Exchange
""".split())
ACRONYM = re.compile(r"[A-Z]{2,}s?$")
# What a name may carry that is no part of it: 'The Soufan Group', 'Halifax's', 'Dr Ana Lopez.'
TRIM = re.compile(r"^The\s+|['’]s$|[.,]$")


@dataclass(frozen=True)
class Claimant:
    name: str
    kind: str  # "Person" or "Organization", as schema.org names the two


def claimant(sentence: str, text: str = "") -> Claimant | None:
    """The claimant `sentence` names; `text`, the whole article, completes a lone surname."""
    for pattern in CREDITS:
        for found in pattern.finditer(sentence):
            name = TRIM.sub("", found.group("name")).strip()
            if name.lower() in lexicon.PRONOUNS or name.lower() in lexicon.DETERMINERS or _common_plural(name, found, text):
                continue
            return _classified(name, text)
    return None


def _common_plural(name: str, found: re.Match, text: str) -> bool:
    """'Officials said', 'Analysts expect': a plural capitalised only by opening its sentence,
    as the article shows by never writing it capitalised after another word."""
    return (found.start("name") == 0 and " " not in name and name.endswith("s") and not ACRONYM.match(name)
            and not re.search(rf"[a-z,;] {re.escape(name)}\b", text))


def _classified(name: str, text: str) -> Claimant:
    words = name.split()
    if words[0] in PERSON_TITLES:
        return Claimant(name, "Person")
    if ORGANISATION_WORDS.intersection(words) or any(ACRONYM.match(word) for word in words):
        return Claimant(name, "Organization")
    if len(words) == 1:
        full = re.search(rf"\b((?:[A-Z][a-z]+\s+){{1,2}}){re.escape(name)}\b", text)
        if full and not ORGANISATION_WORDS.intersection(full.group(1).split()):
            return Claimant(f"{full.group(1)}{name}", "Person")
        return Claimant(name, "Organization")
    return Claimant(name, "Person")
