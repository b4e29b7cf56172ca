"""An archive cut into pieces reads as the whole file reads: every record once, in order,
named by its own line, wherever the blocks fall."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.archive.pieces import Block, Files, newlines, order, plan, read_piece, with_line_numbers
from workbench.readers import read_paths

LINES = st.lists(st.one_of(
    st.builds(lambda t: json.dumps({"title": "T", "text": t}, ensure_ascii=False), st.text(min_size=1, max_size=40)),
    st.just(""), st.just("{broken"), st.just('{"title": "No text"}'),
), min_size=1, max_size=30)


def pieces_of(paths, blocksize):
    pieces, missing = plan([str(p) for p in paths], blocksize)
    counts = {p.number: newlines(p) for p in pieces if isinstance(p, Block)}
    return with_line_numbers(pieces, counts), missing


def as_read(items):
    return [(item.origin, getattr(item, "text", None), getattr(item, "reason", None)) for item in items]


@settings(max_examples=60, deadline=None)
@given(lines=LINES, blocksize=st.integers(1, 200), crlf=st.booleans())
def test_blocks_read_every_record_once_with_its_own_line(tmp_path_factory, lines, blocksize, crlf):
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    path.write_bytes(("\r\n" if crlf else "\n").join(lines).encode() + b"\n")
    pieces, _ = pieces_of([path], blocksize)
    records = [item for piece in pieces for _, item in read_piece(piece)]
    assert as_read(records) == as_read(read_paths([str(path)]))


def test_small_files_share_a_piece_and_the_order_follows_the_files(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"{name}\n\nIt had 5 staff.")
    (tmp_path / "big.jsonl").write_text("".join(json.dumps({"title": "T", "text": "x" * 50}) + "\n" for _ in range(6)))
    pieces, missing = pieces_of([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "big.jsonl", tmp_path / "c.txt",
                                 tmp_path / "gone.txt"], 200)
    blocks = -(-(tmp_path / "big.jsonl").stat().st_size // 200)
    assert [type(p).__name__ for p in pieces] == ["Files", *["Block"] * blocks, "Files"] and blocks > 1
    assert pieces[0] == Files(0, (str(tmp_path / "a.txt"), str(tmp_path / "b.txt")))
    assert [m.origin for m in missing] == [str(tmp_path / "gone.txt")]
    places = [order(piece, n) for piece in pieces for n, _ in enumerate(read_piece(piece))]
    assert places == sorted(places) and len(set(places)) == len(places) == 2 + 6 + 1
