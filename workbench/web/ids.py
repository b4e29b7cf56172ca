"""Row ids as they arrive in paths and query strings.

SQLite's integers stop at 2**63 - 1, and a larger Python int reaching the driver raises
OverflowError: a 500 for what is only a wrong address. Every id the web layer reads goes
through here, so a number too large is simply no such row: a 404 in a path, a refused or
ignored parameter in a query string.
"""

from __future__ import annotations

from werkzeug.routing import IntegerConverter

from ..parsing import whole
from ..limits import MAX_INTEGER as MAX_ID


class IdConverter(IntegerConverter):
    """`<int:...>` in every route: 0 to MAX_ID unless the route says otherwise."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def row_id(text: str) -> int:
    """An id from a query string, for `request.args.get(name, type=row_id)`: anything but
    the digits 0-9 up to MAX_ID is a ValueError, which Werkzeug turns into the default."""
    return whole(text, "id")
