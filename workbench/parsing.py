"""Numbers and JSON as they arrive from forms, query strings and files.

Python's own readers take more than any form or feed means. str.isdigit() is true of '²'
and '①', which int() then refuses with a ValueError; int() reads Arabic-Indic '١٢' as 12,
and ' 12', '+12' and '1_2' too. float() reads 'nan' and 'inf', and '1e999' becomes inf,
which SQLite keeps and no JSON can carry. json.loads takes NaN and Infinity, and stops at
an integer of more than 4,300 digits with a bare ValueError. Every number the workbench
reads from outside goes through here instead: digits 0-9 only, finite only, and anything
else a NumberError (or, in JSON, a ValueError) that names the field or the number.
"""

from __future__ import annotations

import json
import math
import re

from .limits import MAX_INTEGER

WHOLE = re.compile(r"[0-9]+")
# A figure as a reviewer writes it: thousands commas, a decimal point, an exponent.
DECIMAL = re.compile(r"[-+]?(?=\.?[0-9])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
# The longest integer a float still holds (about 1.8e308); past it a figure is no number
# the checks can compare, and Python's str/int conversion has its own limit besides.
MAX_DIGITS = 308
NOT_UNICODE = "text that is not valid Unicode (a lone surrogate, such as \\ud800)"


class NumberError(ValueError):
    """A field that is not the number it should be; `field` names it, the message says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def _shown(text: str) -> str:
    """The value as sent, short and printable whatever it holds (a lone surrogate included)."""
    return repr(text if len(text) <= 20 else text[:20] + "…")  # repr escapes what cannot be printed


def whole(text: str, field: str, high: int = MAX_INTEGER) -> int:
    """An id, an offset or a version: the digits 0-9 and nothing else, at most `high`."""
    if not WHOLE.fullmatch(text):
        raise NumberError(field, f"'{field}' must be a whole number written with the digits 0-9, not {_shown(text)}.")
    if len(text.lstrip("0")) > len(str(high)) or int(text) > high:
        raise NumberError(field, f"'{field}' must be at most {high:,}, not {_shown(text)}.")
    return int(text)


def decimal(text: str, field: str) -> int | float:
    """A figure or a percentage, such as 1,200 or -2.5 or 1e6: an int when written whole, so
    that a corrected 120 reads 120 and not 120.0; a float otherwise, and always finite."""
    text = text.strip()
    if not DECIMAL.fullmatch(text):
        raise NumberError(field, f"'{field}' must be a number written with the digits 0-9, such as 1,200 or -2.5, "
                                 f"not {_shown(text)}.")
    number = float(text.replace(",", ""))
    if not math.isfinite(number):
        raise NumberError(field, f"'{field}' is too large to be a number: {_shown(text)}.")
    return int(number) if number.is_integer() and not set(text) & set(".eE") else number


def _json_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"the number {_shown(text)} is too large")
    return number


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"the number {_shown(text)} has {len(text.lstrip('-')):,} digits; at most {MAX_DIGITS} are read")
    return int(text)


def _json_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


# JSON's reader with these rules for numbers, for a file read whole (loads) or a value at a
# time (raw_decode, as an export is read).
DECODER = json.JSONDecoder(parse_float=_json_float, parse_int=_json_int, parse_constant=_json_constant)


def loads(text: str) -> object:
    """JSON from a file, as json.loads reads it but for numbers it cannot carry; those are a
    ValueError naming the number (json.JSONDecodeError, a ValueError too, for bad syntax)."""
    return DECODER.decode(text)


def unstorable(value: object) -> tuple[str, str] | None:
    """Where in a JSON value (nested objects and lists) the first thing SQLite or JSON cannot
    keep is, and what it is: a string no UTF-8 encodes (JSON's "\\ud800" reads as a lone
    surrogate) or a number that is not finite. The place reads as `notes.by[2]`."""
    pending: list[tuple[str, object]] = [("", value)]
    while pending:
        place, item = pending.pop()
        if isinstance(item, dict):
            for key, inner in reversed(item.items()):
                if not _encodes(key):
                    return f"{place}.{repr(key)[1:-1]}".lstrip("."), NOT_UNICODE
                pending.append((f"{place}.{key}".lstrip("."), inner))
        elif isinstance(item, list):
            pending.extend((f"{place}[{n}]", inner) for n, inner in reversed(list(enumerate(item))))
        elif isinstance(item, str) and not _encodes(item):
            return place, NOT_UNICODE
        elif isinstance(item, float) and not math.isfinite(item):
            return place, "a number that is not finite"
    return None


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
