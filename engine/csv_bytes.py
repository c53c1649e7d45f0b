"""A CSV file's data rows as UTF-8 bytes, piece by piece: what both readers of the whole file
(`engine.csv_fast`, `engine.csv_reader`) parse.

Whatever the file's encoding, its rows after the header come out as UTF-8 (the parsers' own
encoding) without the byte-order mark, with old Mac line breaks (a bare carriage return) made
line feeds, so that a row's number is always one plus the line feeds before it. A byte that
does not decode, or a NUL byte, stops the reading with an error naming its row. Counting rows
costs a pass over the bytes, so it is done only when an error needs a row number: the file is
then read again up to that place.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from engine.csv_text import binary_error, encoding_error

if TYPE_CHECKING:
    from engine.csv_import import Preview

PASSTHROUGH = ("utf-8", "utf-8-sig")  # read as they are: the parsers check the bytes themselves


class Unreadable(Exception):
    """A byte that does not decode, or a NUL byte, where the caller did not ask for its row."""


class RowBytes:
    """Iterating gives the data rows as UTF-8 bytes in pieces of about ``piece_bytes`` (a piece
    may end inside a row). ``bytes_read`` counts the file's own bytes read so far, for
    progress; ``bytes_out`` the bytes given out so far.

    ``start`` and ``end`` (byte offsets; ``start`` at the beginning of a line) read part of the
    file: only the part at the start skips the header. Only there are rows numbered: elsewhere
    a problem raises `Unreadable` (the strict reading names it later).
    """

    def __init__(
        self, path: Path, layout: Preview, piece_bytes: int, start: int = 0, end: int | None = None
    ) -> None:
        self.path, self.layout, self.piece_bytes = path, layout, piece_bytes
        self.start, self.end = start, end
        self.bytes_read = 0
        self.bytes_out = 0

    def __iter__(self) -> Iterator[bytes]:
        return self._pieces(check=True)

    def _pieces(self, *, check: bool = False) -> Iterator[bytes]:
        encoding = self.layout.options.encoding
        decoder = None
        if encoding not in PASSTHROUGH:
            decoder = codecs.getincrementaldecoder(encoding)("strict")
        first = self.start == 0
        skip = self.layout.first_data_line - 1 if first else 0
        started = not first
        left = self.end - self.start if self.end is not None else None
        with self.path.open("rb") as handle:
            handle.seek(self.start)
            while True:
                raw = handle.read(self.piece_bytes if left is None else min(left, self.piece_bytes))
                self.bytes_read += len(raw)
                if left is not None:
                    left -= len(raw)
                final = not raw
                data = raw
                if decoder is not None:
                    try:
                        data = decoder.decode(raw, final).encode("utf-8")
                    except UnicodeDecodeError as error:
                        if not first:
                            raise Unreadable from None
                        # The error's bytes are what the decoder held back, then ``raw``.
                        start = self.bytes_read - len(error.object)
                        raise self._encoding_error(error, start + error.start) from None
                if not started and data:
                    data = data.removeprefix(codecs.BOM_UTF8)
                    started = True
                if self.layout.bare_cr:
                    data = data.replace(b"\r", b"\n")
                while skip and data:
                    end = data.find(b"\n")
                    data = b"" if end < 0 else data[end + 1 :]
                    skip -= end >= 0
                if check and b"\x00" in data:
                    if not first:
                        raise Unreadable
                    at = self.bytes_out + data.index(b"\x00")
                    raise binary_error(self.layout.file, self._row_at(at))
                if data:
                    self.bytes_out += len(data)
                    yield data
                if final:
                    return

    def _row_at(self, offset: int) -> int:
        """The row of the byte ``offset`` bytes into what is given out: the file is read again
        up to there, counting line feeds."""
        lines = 0
        seen = 0
        for data in RowBytes(self.path, self.layout, self.piece_bytes)._pieces():
            part = data[: offset - seen]
            lines += part.count(b"\n")
            seen += len(part)
            if seen >= offset:
                break
        return self.layout.first_data_line + lines

    def _encoding_error(self, error: UnicodeDecodeError, offset: int):
        """The error for the byte at ``offset`` in the file, which does not decode: its row is
        one plus the line breaks of the file's text before it."""
        encoding = self.layout.options.encoding
        decoder = codecs.getincrementaldecoder(encoding)("replace")
        line_break = "\r" if self.layout.bare_cr else "\n"
        lines = 0
        with self.path.open("rb") as handle:
            while offset > 0:
                raw = handle.read(min(offset, self.piece_bytes))
                if not raw:
                    break
                offset -= len(raw)
                lines += decoder.decode(raw).count(line_break)
        return encoding_error(self.layout.file, error, encoding, lines, counted=True)
