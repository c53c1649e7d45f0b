"""The whole of a CSV file, read in chunks: fast where the text is plainly clean, strict where
it is not.

The file is decoded incrementally (an encoding error or a NUL byte names its row), cut into
chunks of whole rows, and each chunk goes first through pandas' C parser, the fastest reader
measured (``bench/bench_csv.py``). A chunk is accepted from pandas only if it is plainly clean:
every line has the expected number of fields, every feature is a finite number within range,
no label is missing. Anything else is read again by a strict Python reader that applies
`engine.csv_text`'s grammar cell by cell and either accepts the chunk (dropping rows with
missing values, if asked to) or raises a `DatasetError` naming the file, the row as numbered in
the file, the column and what to do. pandas parses without the GIL, so two chunks are parsed at
once while the next is read; memory stays near the size of the result.
"""

from __future__ import annotations

import io
import logging
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from engine import csv_fast
from engine.csv_bytes import RowBytes
from engine.csv_text import (
    INFINITY,
    NUMBER,
    VALUE_LIMIT,
    encoding_error,
    is_missing,
    is_number,
    split_rows,
    to_float,
)
from engine.datasets import DatasetError, data_error
from engine.feature_columns import FeatureColumns

if TYPE_CHECKING:
    from engine.csv_import import Preview

logger = logging.getLogger(__name__)

CHUNK_BYTES = 4 * 1024 * 1024  # one step of the full read: progress, cancel, one parse call


PARSE_THREADS = 2  # chunks parsed at once (pandas releases the GIL while it parses)


MAX_LINE_BYTES = 16 * 1024 * 1024  # a longer line is a quote never closed, or not a CSV


class Chunks:
    """The file after the header as UTF-8 bytes (`RowBytes`), in pieces of whole rows, each
    with its first row's number."""

    def __init__(self, path: Path, layout: Preview) -> None:
        self.layout = layout
        self.rows = RowBytes(path, layout, CHUNK_BYTES)

    @property
    def bytes_read(self) -> int:
        return self.rows.bytes_read

    def __iter__(self) -> Iterator[tuple[int, bytes, int]]:
        line = self.layout.first_data_line  # the number of the first row in `pending`
        pending = b""
        for data in self.rows:
            pending += data
            cut = _cut(pending)
            if cut is None:
                if len(pending) > MAX_LINE_BYTES:
                    megabytes = max(1, MAX_LINE_BYTES // 2**20)
                    raise data_error(
                        "line_too_long",
                        file=self.layout.file,
                        row=line,
                        megabytes=megabytes,
                    )
                continue
            body, pending = pending[:cut], pending[cut:]
            breaks = body.count(b"\n")
            yield line, body, breaks
            line += breaks
        if pending:
            yield line, pending, pending.count(b"\n") + (not pending.endswith(b"\n"))


def _cut(data: bytes) -> int | None:
    """Where to end a chunk: after its last line break outside quotes, or None if none."""
    end = data.rfind(b"\n")
    if b'"' not in data:
        return end + 1 if end >= 0 else None
    while end >= 0:
        if data.count(b'"', 0, end) % 2 == 0:
            return end + 1
        end = data.rfind(b"\n", 0, end)
    return None


@dataclass(frozen=True, eq=False)
class Parsed:
    """One chunk, parsed. Label values are coded within the chunk (``codes`` index ``texts``),
    so chunks can be parsed in parallel and coded for the whole file in order afterwards."""

    x: np.ndarray | list[np.ndarray]  # a 2-D array, or one array per feature column
    codes: np.ndarray
    texts: list[str]
    lines: np.ndarray
    dropped: int
    fast: bool
    size: int  # characters of the chunk's text, to estimate the rows of the whole file


class RowReader:
    """Turns chunks of rows into features, label values and row numbers. `parse` keeps no
    state, so two threads may run it at once."""

    def __init__(self, layout: Preview) -> None:
        self.layout = layout
        options = layout.options
        self.delimiter = options.delimiter or ","
        self.decimal = options.decimal or "."
        self.drop = options.missing == "drop"
        self.ncols = len(layout.columns)
        self.features = layout.features
        self.label = layout.label

    def parse(self, first_line: int, data: bytes, n_lines: int) -> Parsed:
        """``data``: UTF-8 rows; ``n_lines``: its line breaks (one more if it ends without
        one)."""
        return self._fast(first_line, data, n_lines) or self._strict(first_line, data)

    # The fast path: pandas' C parser, accepted only when the chunk is plainly clean.
    def _fast(self, first_line: int, data: bytes, n_lines: int) -> Parsed | None:
        """The parsed chunk, or None when the strict reader must judge it (`csv_fast`'s
        rules, and one row per line, so that data row i is line first_line + i)."""
        import pandas as pd

        try:
            frame = pd.read_csv(io.BytesIO(data), **csv_fast.pandas_options(self.layout))
        except (ValueError, pd.errors.ParserError) as error:
            logger.debug("strict reading from row %d: %s", first_line, error)
            return None
        if len(frame) != n_lines:
            return None
        delimiters = self.delimiter.encode()

        def whole_rows(rows: int) -> bool:
            return self.delimiter != " " and data.count(delimiters) == rows * (self.ncols - 1)

        coded = csv_fast.label_codes(frame, self.layout, whole_rows)
        if coded is None:
            return None
        codes, texts = coded
        x = np.empty((len(frame), len(self.features)), dtype=np.float64)
        if not csv_fast.copy_features(frame, self.features, x):
            return None
        lines = np.arange(first_line, first_line + len(frame))
        return Parsed(x, codes, texts, lines, 0, fast=True, size=len(data))

    # The strict path: every cell checked, every problem reported where it is.
    def _strict(self, first_line: int, data: bytes) -> Parsed:
        layout, file = self.layout, self.layout.file
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:  # only a UTF-8 file's own bytes can be wrong
            raise encoding_error(file, error, layout.options.encoding, first_line - 1) from None
        rows = split_rows(file, text, self.delimiter, first_line)
        values: list[list[float]] = []
        texts: dict[str, int] = {}
        codes: list[int] = []
        lines: list[int] = []
        dropped = 0
        header = layout.header_line is not None
        for line, cells in rows:
            if len(cells) != self.ncols:
                raise data_error(
                    "ragged_row",
                    file=file,
                    row=line,
                    count=len(cells),
                    expected=self.ncols,
                    header=header,
                    first_row=layout.header_line or layout.first_data_line,
                )
            row = self._strict_row(line, cells)
            if row is None:
                dropped += 1
                continue
            values.append(row)
            codes.append(texts.setdefault(cells[self.label], len(texts)))
            lines.append(line)
        x = np.array(values, dtype=np.float64).reshape(len(values), len(self.features))
        return Parsed(
            x,
            np.array(codes, dtype=np.int64),
            list(texts),
            np.array(lines, dtype=np.int64),
            dropped,
            fast=False,
            size=len(data),
        )

    def _strict_row(self, line: int, cells: list[str]) -> list[float] | None:
        """The row's features, or None to drop it (a missing value, when asked to drop)."""
        layout = self.layout
        label_cell = cells[self.label]
        if is_missing(label_cell):
            if self.drop:
                return None
            raise data_error(
                "missing_label",
                **layout.place(self.label),
                row=line,
                value=label_cell,
            )
        row = []
        for index in self.features:
            cell = cells[index]
            details = {**layout.place(index), "row": line, "value": cell}
            if is_missing(cell):
                if self.drop:
                    return None
                raise data_error(
                    "missing_value",
                    **details,
                )
            if not is_number(cell, self.decimal):
                raise data_error(
                    "not_a_number",
                    **details,
                    hint=self._hint_kind(cell, line),
                )
            number = to_float(cell, self.decimal)
            if INFINITY.fullmatch(cell) or abs(number) == float("inf"):
                raise data_error(
                    "infinite",
                    **details,
                )
            if abs(number) > VALUE_LIMIT:
                raise data_error(
                    "value_too_large",
                    value_limit=VALUE_LIMIT,
                    **details,
                )
            row.append(number)
        return row

    def _hint_kind(self, cell: str, line: int) -> str:
        """Why a cell might not be a number: it uses the other decimal mark ("comma" or
        "point"), or it sits in the first row of a file read without header ("header")."""
        other = "," if self.decimal == "." else "."
        if NUMBER[other].fullmatch(cell):
            return "comma" if other == "," else "point"
        if line == self.layout.first_data_line and self.layout.header_line is None:
            return "header"
        return ""


class Rows:
    """The rows read so far, in arrays sized from the file: the first chunks tell how many
    bytes a row takes, so the whole file usually fits without a single copy (growing, when
    the estimate was short, copies once per doubling)."""

    def __init__(self, n_features: int, file_size: int) -> None:
        self.file_size = file_size
        self.consumed = 0  # characters of text the rows so far came from
        self.n = 0
        self.x = np.empty((0, n_features))
        self.codes = np.empty(0, dtype=np.int64)
        self.lines = np.empty(0, dtype=np.int64)

    def append(self, parsed: Parsed, codes: np.ndarray) -> None:
        """Add a chunk's rows, ``codes`` its labels coded for the whole file."""
        x, lines = parsed.x, parsed.lines
        self.consumed += parsed.size
        end = self.n + len(lines)
        if end > len(self.lines):
            estimate = int(end * self.file_size / max(self.consumed, 1) * 1.02) + 64
            self._grow(max(estimate, 2 * len(self.lines), end))
        if isinstance(x, list):
            for column, values in enumerate(x):
                self.x[self.n : end, column] = values
        else:
            self.x[self.n : end] = x
        self.codes[self.n : end] = codes
        self.lines[self.n : end] = lines
        self.n = end

    def _grow(self, capacity: int) -> None:
        for name in ("x", "codes", "lines"):
            old = getattr(self, name)
            new = np.empty((capacity, *old.shape[1:]), dtype=old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self.x[: self.n], self.codes[: self.n], self.lines[: self.n]


@dataclass(frozen=True, eq=False)
class RowsRead:
    """A whole file's rows: features (an array, or the parser's columns: `FeatureColumns`),
    label codes (indexing ``texts``, the label values in order of appearance), row numbers,
    and how many rows were dropped for missing values."""

    x: np.ndarray | FeatureColumns
    codes: np.ndarray
    lines: np.ndarray
    texts: list[str]
    dropped: int


def read_rows(
    path: Path,
    layout: Preview,
    size: int,
    *,
    max_cells: int,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RowsRead | None:
    """Every data row of ``path`` as ``layout`` reads it, or None if ``cancelled()`` said so
    between two chunks. Raises `DatasetError` for the first problem in the file.

    A clean file is read whole by one pandas call (`engine.csv_fast`), the fastest reading
    measured. At its first doubt (a blank line, a short row, a missing or bad value, a line
    break inside quotes, a byte that does not decode) the chunked reading starts over and
    settles it."""
    whole = csv_fast.read_whole(
        path, layout, size, max_cells=max_cells, progress=progress, cancelled=cancelled
    )
    if whole is None:
        return None
    if whole is not csv_fast.NOT_CLEAN:
        x, codes, texts = whole
        first = layout.first_data_line
        if progress is not None:
            progress(1.0)
        return RowsRead(x, codes, np.arange(first, first + len(codes)), texts, dropped=0)
    return _read_in_chunks(path, layout, size, max_cells, progress, cancelled)


class _Taken:
    """Parsed chunks added in file order: the label coding, the cell limit, the progress."""

    def __init__(self, layout: Preview, size: int, max_cells: int) -> None:
        self.layout, self.max_cells = layout, max_cells
        self.rows = Rows(len(layout.features), size)
        self.labels: dict[str, int] = {}  # label text -> code, in order of first appearance
        self.counts = {"dropped": 0, "fast": 0, "strict": 0}

    def take(self, parsed: Parsed) -> None:
        labels, rows, counts = self.labels, self.rows, self.counts
        codes = np.array([labels.setdefault(t, len(labels)) for t in parsed.texts], np.int64)
        rows.append(parsed, codes[parsed.codes])
        counts["dropped"] += parsed.dropped
        counts["fast" if parsed.fast else "strict"] += 1
        columns = len(self.layout.columns)
        if (rows.n + counts["dropped"]) * columns > self.max_cells:
            file, limit = self.layout.file, self.max_cells
            last = int(parsed.lines[-1]) if len(parsed.lines) else 0
            raise data_error(
                "too_many_cells",
                file=file,
                row=last,
                count=columns,
                limit=limit,
            )

    def result(self) -> RowsRead:
        x, codes, lines = self.rows.arrays()
        return RowsRead(x, codes, lines, list(self.labels), self.counts["dropped"])


def _read_in_chunks(
    path: Path,
    layout: Preview,
    size: int,
    max_cells: int,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> RowsRead | None:
    """Every row, chunk by chunk, each judged by pandas if plainly clean, else strictly."""
    reader = RowReader(layout)
    chunks = Chunks(path, layout)
    taken = _Taken(layout, size, max_cells)

    def take(parsed: Parsed) -> None:
        taken.take(parsed)
        if progress is not None:
            progress(min(1.0, chunks.bytes_read / max(size, 1)))

    # pandas parses without the GIL: while one thread parses a chunk, this one reads and
    # decodes the next, and a second core parses another. Results are taken in file order,
    # so the first problem in the file is the one reported.
    in_flight: deque[Future[Parsed]] = deque()
    pieces = iter(chunks)
    with ThreadPoolExecutor(max_workers=PARSE_THREADS, thread_name_prefix="csv") as pool:
        try:
            while True:
                try:
                    first_line, body, n_lines = next(pieces)
                except StopIteration:
                    break
                except DatasetError:  # reading further on failed: earlier problems come first
                    while in_flight:
                        take(in_flight.popleft().result())
                    raise
                if cancelled is not None and cancelled():
                    return None
                in_flight.append(pool.submit(reader.parse, first_line, body, n_lines))
                if len(in_flight) > PARSE_THREADS:
                    take(in_flight.popleft().result())
            while in_flight:
                take(in_flight.popleft().result())
        except BaseException:
            for future in in_flight:
                future.cancel()
            raise
    logger.info(
        "%s: %d chunks by the fast path, %d by the strict one",
        layout.file,
        taken.counts["fast"],
        taken.counts["strict"],
    )
    return taken.result()
