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
# Not 'report' or 'estimate', which are as often the nouns ('In his report, Barrett claims').
CREDITING_VERBS = lexicon.REPORTING_VERBS | frozenset("show find predict warn suggest".split())
# Capitalised words that open a sentence or a phrase and name nobody: 'In his report, ...'.
NOT_NAMES = lexicon.PRONOUNS | lexicon.DETERMINERS | lexicon.FRONTED | lexicon.CLAUSE_OPENERS
REPORTING = "|".join(sorted(CREDITING_VERBS, key=len, reverse=True))
# A word between a source and its verb: 'Nintendo has said', 'the SEC also said'; no noun, so
# 'The German company said' credits no 'German'.
LEADS = "|".join(sorted(lexicon.VERB_LEAD, key=len, reverse=True))
# The three ways a sentence credits its words, each with an example.
CREDITS = (
    # 'according to the Office for National Statistics, ...'
    re.compile(rf"\baccording\s+to\s+(?:the\s+)?(?P<name>{NAME.pattern})"),
    # 'Halifax said ...', 'The Soufan Group says ...', 'Mr Smith, the chairman, told ...', and the
    # body a source speaks for: 'researchers at Oxford University found', 'a report by the ONS shows'
    re.compile(rf"(?:^|[,;:]\s+|\b(?:[Tt]he|at|from|of|by)\s+)(?P<name>{NAME.pattern})(?:\s*\([^()]{{1,20}}\))?"
               rf"(?:,[^,;:]{{1,40}},)?\s+(?:(?:{LEADS})\s+)?(?:{REPORTING})\b"),
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
TRIM = re.compile(r"['’]s$|[.,]$")
# What the words after a name call it: 'Krispy Kreme said ... its board' is a firm.
ITS = re.compile(r"\b(?:it|its|it's)\b")
HIS = re.compile(r"\b(?:he|she|his|her)\b")


@dataclass(frozen=True)
class Claimant:
    name: str
    kind: str  # "Person" or "Organization", as schema.org names the two


def claimant(sentence: str, text: str = "") -> Claimant | None:
    """The claimant `sentence` names; `text`, the whole article, completes a lone surname and
    shows which capitalised words are names (the sentence alone when it is not given)."""
    text = text or sentence
    for pattern in CREDITS:
        for found in pattern.finditer(sentence):
            name = _bare(TRIM.sub("", found.group("name")))
            if not name or (found.start("name") == 0 and _only_opens_sentences(name, text)):
                continue
            return _classified(name, text, sentence[found.end("name"):])
    return None


def _bare(name: str) -> str:
    """The name without the words before it that name nobody: 'However Nintendo', 'The Conservatives'."""
    words = name.split()
    while words and words[0].lower() in NOT_NAMES:
        words.pop(0)
    return " ".join(words)


def _only_opens_sentences(name: str, text: str) -> bool:
    """'Officials said', 'Most voters said', 'Early estimates': one capitalised word opening
    its sentence that the article never writes capitalised after another word is no name."""
    return " " not in name and not ACRONYM.match(name) and not re.search(rf"[a-z0-9,;] {re.escape(name)}\b", text)


def _organisational(words: list[str]) -> bool:
    """'Red Crescent Societies' as well as 'Society'."""
    singular = {word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s") for word in words}
    return bool(ORGANISATION_WORDS.intersection(words) or ORGANISATION_WORDS.intersection(singular))


def _classified(name: str, text: str, after: str) -> Claimant:
    words = name.split()
    if words[0] in PERSON_TITLES:
        return Claimant(name, "Person")
    if _organisational(words) or any(ACRONYM.match(word) for word in words):
        return Claimant(name, "Organization")
    if len(words) == 1:
        # A lone surname is a person the article named in full before: 'Gordon Brown ... Brown said'.
        for full in re.finditer(rf"\b((?:[A-Z][a-z]+\s+){{1,2}}){re.escape(name)}\b", text):
            given = _bare(full.group(1))
            if given and not _organisational(given.split()):
                return Claimant(f"{given} {name}", "Person")
        return Claimant(name, "Organization")
    if ITS.search(after) and not HIS.search(after):
        return Claimant(name, "Organization")
    return Claimant(name, "Person")
