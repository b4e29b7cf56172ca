"""An archive cut into pieces a worker analyses alone: a block of a large JSONL file, or a
run of whole files. Each record's place (its `order`) is the piece's number and the
record's number in it, so the archive has the order `workbench import` would read it in.

A JSONL block starts at the first line that begins inside it; its line numbers come from
the newlines before it, counted a block at a time, so a rejection names the file's own line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..documents import Document, Rejection
from ..readers import BOM, expand, format_of, read_file, read_lines

BLOCK_BYTES = 32_000_000
CHUNK = 1 << 20
ORDER_BITS = 32  # records a piece may hold: 4 billion, far past a block's


@dataclass(frozen=True)
class Block:
    """The lines of one JSONL file that begin in bytes [start, end)."""
    number: int
    path: str
    start: int
    end: int
    first_line: int = 0  # newlines before `start`; known once counted (with_line_numbers)


@dataclass(frozen=True)
class Files:
    """Whole files, each read as `workbench import` reads it."""
    number: int
    paths: tuple[str, ...]


Piece = Block | Files


def plan(inputs: Iterable[str], block_bytes: int = BLOCK_BYTES) -> tuple[list[Piece], list[Rejection]]:
    """The pieces of these files, folders and globs, in the order given, and what could not
    be found. Small files are grouped up to `block_bytes`, so a folder of many short
    articles is not a task per article."""
    pieces: list[Piece] = []
    missing: list[Rejection] = []
    run: list[str] = []
    run_bytes = 0

    def close_run() -> None:
        nonlocal run, run_bytes
        if run:
            pieces.append(Files(len(pieces), tuple(run)))
        run, run_bytes = [], 0

    for path in expand(inputs):
        if isinstance(path, Rejection):
            missing.append(path)
            continue
        size = path.stat().st_size
        if format_of(path) == "jsonl" and size > block_bytes:
            close_run()
            pieces += [Block(len(pieces) + n, str(path), start, min(start + block_bytes, size))
                       for n, start in enumerate(range(0, size, block_bytes))]
            continue
        if run_bytes + size > block_bytes:
            close_run()
        run.append(str(path))
        run_bytes += size
    close_run()
    return pieces, missing


def newlines(block: Block) -> int:
    """The newlines in the block's bytes: summed over the blocks before one, its first line."""
    count = 0
    with open(block.path, "rb") as file:
        file.seek(block.start)
        left = block.end - block.start
        while left > 0 and (chunk := file.read(min(CHUNK, left))):
            count += chunk.count(b"\n")
            left -= len(chunk)
    return count


def with_line_numbers(pieces: list[Piece], counts: dict[int, int]) -> list[Piece]:
    """The pieces with each block's `first_line`, from the newline counts of every block."""
    before: dict[str, int] = {}
    numbered = []
    for piece in pieces:
        if isinstance(piece, Block):
            numbered.append(Block(piece.number, piece.path, piece.start, piece.end, before.get(piece.path, 0)))
            before[piece.path] = before.get(piece.path, 0) + counts[piece.number]
        else:
            numbered.append(piece)
    return numbered


def order(piece: Piece, n: int) -> int:
    return piece.number << ORDER_BITS | n


def read_piece(piece: Piece) -> Iterator[tuple[str, Document | Rejection | object]]:
    """The piece's records as the readers make them, each with its file: documents,
    rejections, and the articles of an export (which the caller refuses)."""
    if isinstance(piece, Files):
        for path in piece.paths:
            yield from ((path, item) for item in read_file(Path(path)))
        return
    first = piece.first_line + 1 + _starts_mid_line(piece)
    yield from ((piece.path, item) for item in read_lines(_lines(piece), piece.path, "jsonl", first=first))


def _starts_mid_line(block: Block) -> bool:
    if block.start == 0:
        return False
    with open(block.path, "rb") as file:
        file.seek(block.start - 1)
        return file.read(1) != b"\n"


def _lines(block: Block) -> Iterator[str]:
    """The lines that begin in the block; the one running into it belongs to the block before."""
    with open(block.path, "rb") as file:
        file.seek(block.start)
        if _starts_mid_line(block):
            file.readline()
        while file.tell() < block.end:
            line = file.readline()
            if not line:
                return
            yield line.decode("utf-8").removeprefix(BOM) if block.start == 0 and file.tell() == len(line) else line.decode("utf-8")
