"""A JSON document read a piece at a time, one of its members a list handed out an element
at a time, so a document of any size is read with one element in memory.

Any layout a JSON writer may choose is read. Where each element starts on a line of its own
(as `workbench export` writes them), an element that is no JSON costs only itself: reading
goes on at the next line that starts an element. In other layouts it ends the reading.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

WHITESPACE = " \t\r\n"
# A value may be this long in characters; reading stops past it, so memory stays bounded
# whatever the file holds. An article of a million characters exports to a few.
MAX_VALUE_CHARS = 64_000_000


@dataclass
class Member:
    """A member of the document other than the streamed list."""
    name: str
    value: object


@dataclass
class Element:
    """An element of the streamed list, counted from 1; `error` says why it is no JSON, and
    where, and then `value` is None."""
    number: int
    value: object = None
    error: str | None = None


class Malformed(Exception):
    """The document itself is broken at `line`: nothing after that place can be read."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}")
        self.line, self.reason = line, reason


class _BadValue(Exception):
    """A value that is no JSON; where it is an element, reading may go on after it."""

    def __init__(self, line: int, column: int, reason: str):
        self.line, self.column, self.reason = line, column, reason


class _Text:
    """The text not yet read, drawn from the pieces as needed, with line numbers."""

    def __init__(self, pieces: Iterable[str], decoder: json.JSONDecoder):
        self.pieces, self.decoder = iter(pieces), decoder
        self.buffer, self.pos, self.ended = "", 0, False
        self.first_line, self.first_column = 1, 0  # where the buffer starts in the text

    def more(self, wanted: int = 1) -> bool:
        """Draw pieces until `wanted` more characters are held, or to the end; False when
        there were none left. They are joined once, however many it takes."""
        drawn, count = [], 0
        try:
            while count < wanted:
                piece = next(self.pieces, None)
                if piece is None:
                    self.ended = True
                    break
                drawn.append(piece)
                count += len(piece)
        except UnicodeDecodeError:
            line = self.line_at(len(self.buffer)) + sum(piece.count("\n") for piece in drawn)
            raise Malformed(line, "not UTF-8 text") from None
        self.buffer += "".join(drawn)
        return bool(drawn)

    def line_at(self, pos: int) -> int:
        return self.first_line + self.buffer.count("\n", 0, pos)

    def forget(self) -> None:
        """Drop the text read so far."""
        line_start = self.buffer.rfind("\n", 0, self.pos) + 1
        self.first_column = self.pos - line_start + (self.first_column if line_start == 0 else 0)
        self.first_line = self.line_at(self.pos)
        self.buffer, self.pos = self.buffer[self.pos:], 0

    def peek(self) -> str:
        """The next character after whitespace, or "" at the end."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.more():
                return ""

    def take(self, expected: str, where: str) -> None:
        found = self.peek()
        if found != expected:
            raise Malformed(self.line_at(self.pos), f"expected {expected!r} {where}, found {_shown(found)}")
        self.pos += 1

    def value(self) -> object:
        """The JSON value that starts here. A value cut off by the end of the text drawn so
        far is tried again once the text has doubled, so a long one is decoded a few times,
        not once per piece."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
                if end < len(self.buffer) or self.ended:  # a number or a word could go on
                    self.pos = end
                    return value
            except json.JSONDecodeError as error:
                if self.ended or not _cut_off(error, len(self.buffer)):
                    raise self.bad(error.pos, error.msg) from None
            except RecursionError:
                raise self.bad(self.pos, "nested too deeply") from None
            except ValueError as error:  # the decoder's own rule for numbers
                raise self.bad(self.pos, f"in the value starting here, {error}") from None
            unread = len(self.buffer) - self.pos
            if unread > MAX_VALUE_CHARS:
                raise Malformed(self.line_at(self.pos), f"a value longer than {MAX_VALUE_CHARS:,} characters")
            self.more(unread)

    def bad(self, pos: int, reason: str) -> _BadValue:
        """The fault at a position, with its line and column (from 1)."""
        line_start = self.buffer.rfind("\n", 0, pos) + 1
        column = pos - line_start + (self.first_column if line_start == 0 else 0)
        return _BadValue(self.line_at(pos), column + 1, reason)

    def next_line_starting(self, starts: str) -> None:
        """Skip to the start of the next line that begins with one of `starts`, or to the end."""
        while True:
            found = self.buffer.find("\n", self.pos)
            self.pos = len(self.buffer) if found < 0 else found + 1
            self.forget()
            if (found < 0 or not self.buffer) and not self.more():
                return
            if found >= 0 and self.buffer[:1] and self.buffer[0] in starts:
                return


def _cut_off(error: json.JSONDecodeError, length: int) -> bool:
    """Whether the text may only have ended too soon, rather than be wrong."""
    return error.msg.startswith("Unterminated string") or error.pos >= length - len("\\u0000")


def _shown(found: str) -> str:
    return repr(found) if found else "the end of the file"


def read(pieces: Iterable[str], listed: str, decoder: json.JSONDecoder) -> Iterator[Member | Element]:
    """The members of the JSON object in `pieces`, in the order written; the member named
    `listed` must be a list and comes as its elements. Raises Malformed where the object
    itself is broken (cut short, not an object, not a list where `listed` is)."""
    text = _Text(pieces, decoder)
    if text.peek() == "\ufeff":  # a byte-order mark before the document
        text.pos += 1
    text.take("{", "at the start of the document")
    if text.peek() == "}":
        text.pos += 1
    else:
        while True:
            if text.peek() != '"':
                raise Malformed(text.line_at(text.pos), f"expected a field name, found {_shown(text.peek())}")
            name = _whole(text)
            text.take(":", f"after field {name!r}")
            if name == listed:
                yield from _elements(text, listed)
            else:
                yield Member(name, _whole(text))
            if text.peek() != ",":
                break
            text.pos += 1
        text.take("}", "at the end of the document")
    if text.peek():
        raise Malformed(text.line_at(text.pos), "more text after the end of the document")


def _whole(text: _Text) -> object:
    """A value outside the list, where a fault is the document's."""
    try:
        return text.value()
    except _BadValue as error:
        raise Malformed(error.line, f"{error.reason} (column {error.column})") from None


def _elements(text: _Text, listed: str) -> Iterator[Element]:
    text.take("[", f"to open the list {listed!r}")
    number, separated = 0, True
    while True:
        found = text.peek()
        if found == "]":
            text.pos += 1
            return
        if not found:
            raise Malformed(text.line_at(text.pos), f"the file ends inside the list {listed!r}: it is cut short")
        if not separated:
            text.take(",", f"between the elements of {listed!r}")
        text.forget()
        number += 1
        try:
            value = text.value()
        except _BadValue as error:
            yield Element(number, error=f"{error.reason} at line {error.line} column {error.column}")
            text.next_line_starting("{]")
            separated = True
            continue
        yield Element(number, value)
        separated = text.peek() == ","
        if separated:
            text.pos += 1
