"""A plainly clean CSV file read whole, in parallel, by pandas: as fast as pandas reads it.

Most large files students load are clean: every row has every cell and every feature is a
number. For them the time to load is the time pandas' C parser takes. pandas reads a file path
with one thread per core, but then offers neither progress nor Cancel; so the file is cut here
into a few regions at line breaks, and each region goes to one ``pandas.read_csv`` call in its
own thread (pandas parses without the GIL, and within one call it reuses its buffers; cut into
small chunks instead, it is about half as fast again). pandas pulls each region's rows from a
`Feed`, a file object whose ``read`` reports how far it has got and raises to stop.

Nothing here reports a problem. At the first doubt (a cell that is not a number or is missing,
a row too short or too long, a line break inside quotes, a NUL byte, a byte that does not
decode, a file over the cell limit) the answer is `NOT_CLEAN`, and `engine.csv_reader` reads the
file again in chunks, strictly, and names the first problem in the file. Settling doubts that
way costs a second reading of a messy file, never a wrong answer on a clean one.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import numpy as np

from engine import parallel
from engine.csv_bytes import PASSTHROUGH, RowBytes, Unreadable
from engine.csv_text import NA_VALUES, NUMBER, VALUE_LIMIT, is_missing, is_number, to_float
from engine.datasets import DatasetError
from engine.feature_columns import FeatureColumns

if TYPE_CHECKING:
    from engine.csv_import import Preview

logger = logging.getLogger(__name__)

PIECE_BYTES = 1 << 20  # what a feed reads from the file at a time


REGION_BYTES = 16 << 20  # a file is cut into regions of at least this size, two per thread


PROGRESS_STEP = 0.005  # progress is reported when it has grown by this much


BLOCK_ROWS = 4096  # rows copied and checked at a time: they stay in the processor's cache


NOT_CLEAN = object()  # read_whole's answer when the strict reading must decide


# Encodings in which a line feed or carriage return byte is always that character, so that a
# file can be cut at one (in UTF-16 it is half of a character).
LINE_BREAK_BYTES = (*PASSTHROUGH, "cp949", "latin-1")


class _Stop(Exception):
    """Raised inside pandas' read, to end it: cancelled, or not clean."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__("cancelled" if cancelled else "not clean")
        self.cancelled = cancelled


class _Reading:
    """What the regions' threads share: the bytes read (for progress), and whether to stop."""

    def __init__(
        self,
        size: int,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.size, self.progress, self.cancelled = size, progress, cancelled
        self.not_clean = threading.Event()
        self._lock = threading.Lock()
        self._read = 0
        self._reported = 0.0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise _Stop(cancelled=True)
        if self.not_clean.is_set():
            raise _Stop(cancelled=False)

    def moved(self, count: int) -> None:
        with self._lock:
            self._read += count
            share = self._read / max(self.size, 1)
            if self.progress is None or share < self._reported + PROGRESS_STEP:
                return
            self._reported = share
            self.progress(min(share, 0.99))


class Feed(io.RawIOBase):
    """One region's data rows (`RowBytes`) as a binary file for pandas, with what the parser
    cannot say: whether a quote appeared, and how many line breaks and delimiters there were
    (counted only when needed: counting costs a pass over the bytes)."""

    def __init__(self, rows: RowBytes, reading: _Reading, *, count_delimiters: bool) -> None:
        super().__init__()
        self.rows, self.reading = rows, reading
        self._pieces: Iterator[bytes] | None = None
        self._piece = memoryview(b"")
        self._read = 0
        self.count_lines = False
        options = rows.layout.options
        self.delimiter = options.delimiter.encode() if count_delimiters else None
        self.lines = 0
        self.delimiters = 0
        self.quoted = False
        self.last_byte = b"\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int | None = -1) -> bytes:
        self.reading.check()
        while not self._piece:
            if not self._next_piece():
                return b""
        size = len(self._piece) if size is None or size < 0 else size
        data, self._piece = self._piece[:size], self._piece[size:]
        return bytes(data)

    def _next_piece(self) -> bool:
        if self._pieces is None:
            self._pieces = iter(self.rows)
        try:
            data = next(self._pieces, None)
        except (DatasetError, Unreadable) as error:  # the strict reading will name it
            logger.debug("%s: %s", self.rows.layout.file, error)
            raise _Stop(cancelled=False) from None
        self.reading.moved(self.rows.bytes_read - self._read)
        self._read = self.rows.bytes_read
        if data is None:
            return False
        if not self.quoted and b'"' in data:
            # A quote may hide a line break inside a cell: rows must then be counted as lines,
            # from the start (or the file is read in chunks, which count them anyway).
            self.quoted = True
            self.count_lines = self.rows.bytes_out == len(data)
        if self.count_lines:
            self.lines += _count(data, b"\n")
        if self.delimiter is not None:
            self.delimiters += _count(data, self.delimiter)
        self.last_byte = data[-1:]
        self._piece = memoryview(data)
        return True

    def row_count(self) -> int | None:
        """Rows as lines (the last one may lack its line break), if they were counted."""
        if not self.count_lines:
            return None
        return self.lines + (self.rows.bytes_out > 0 and self.last_byte != b"\n")


def _count(data: bytes, byte: bytes) -> int:
    """``data.count(byte)`` at three times the speed (and without holding the GIL)."""
    return int(np.count_nonzero(np.frombuffer(data, dtype=np.uint8) == byte[0]))


def pandas_options(layout: Preview) -> dict[str, object]:
    """How pandas reads the rows: every column by number, the app's missing-value markers and
    nothing else as NaN, a blank line as a row of NaN. Spaces around a number are pandas'
    own business (skipping them before every cell costs a fifth of the parsing time); around
    a label value they are stripped afterwards. Features are left for pandas to infer
    (asked for as float64 it parses them half as fast again), and anything but numbers is a
    doubt; the label is a category (coded in C, one Python string per class); an ignored
    column is read as text unless its first rows are numbers (an id: no string per cell)."""
    options = layout.options
    decimal = options.decimal or "."
    types: dict[int, object] = {layout.label: "category"}
    for index in layout.ignored:
        cells = [cells[index] for _line, cells in layout.rows if index < len(cells)]
        if not all(is_missing(cell) or is_number(cell, decimal) for cell in cells):
            types[index] = object
    return {
        "sep": r"\s+" if options.delimiter == " " else options.delimiter,
        "decimal": decimal,
        "header": None,
        "names": range(len(layout.columns)),
        "dtype": types,
        "keep_default_na": False,
        "na_values": NA_VALUES,
        "skip_blank_lines": False,
        "engine": "c",
        "encoding": "utf-8",
    }


@dataclass(frozen=True, eq=False)
class _Region:
    """One region's rows as pandas parsed them, and the feed's word on them."""

    frame: object
    feed: Feed


def warm_up_reader() -> None:
    """Import pandas and parse a tiny text with the app's options: the imports (a quarter of a
    second, most of it holding the GIL) then happen before a file is loaded, not during."""
    import pandas as pd

    text = io.BytesIO(b"1,2,a\n3,4,b\n")
    pd.read_csv(text, header=None, names=range(3), dtype={2: "category"}, na_values=NA_VALUES)


def read_whole(
    path: Path,
    layout: Preview,
    size: int,
    *,
    max_cells: int,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[FeatureColumns, np.ndarray, list[str]] | object | None:
    """``(features, label codes, label texts)`` of a plainly clean file (codes index texts;
    row i is line ``layout.first_data_line + i``), `NOT_CLEAN` at the first doubt, or None if
    ``cancelled()`` said so."""
    columns = len(layout.columns)
    max_rows = max_cells // columns
    if layout.estimated_rows > max_rows:
        return NOT_CLEAN  # the chunked reading stops at the limit, naming the row
    reading = _Reading(size, progress, cancelled)
    bounds = _regions(path, layout, size)
    last = columns - 1
    count_delimiters = last in layout.ignored and layout.options.delimiter != " "
    options = pandas_options(layout)

    def parse(start: int, end: int | None) -> _Region | None:
        """The region's frame (pandas stops one row past the cell limit: enough to know)."""
        import pandas as pd

        feed = Feed(
            RowBytes(path, layout, PIECE_BYTES, start, end),
            reading,
            count_delimiters=count_delimiters,
        )
        try:
            frame = pd.read_csv(feed, nrows=max_rows + 1, **options)
        except _Stop as stop:
            if not stop.cancelled:
                reading.not_clean.set()
            return None
        except (ValueError, pd.errors.ParserError, UnicodeError) as error:
            logger.debug("%s: reading in chunks (%s)", layout.file, error)
            reading.not_clean.set()
            return None
        return _Region(frame, feed)

    tasks = [lambda start=start, end=end: parse(start, end) for start, end in bounds]
    regions = parallel.run_all(tasks, name="csv-region")
    if cancelled is not None and cancelled():
        return None
    if reading.not_clean.is_set() or any(region is None for region in regions):
        return NOT_CLEAN
    return _assemble(regions, layout, max_rows)


def _regions(path: Path, layout: Preview, size: int) -> list[tuple[int, int | None]]:
    """Byte ranges of about equal size, each starting at the beginning of a line, two per
    thread (so that a thread that finishes early takes more); the first one holds the header.
    Only an encoding in which a line break is its own byte can be cut so."""
    count = min(2 * parallel.threads(), size // REGION_BYTES)
    if count < 2 or layout.options.encoding not in LINE_BREAK_BYTES:
        return [(0, None)]
    line_break = b"\r" if layout.bare_cr else b"\n"
    starts = [0]
    with path.open("rb") as handle:
        data_start = _after_lines(handle, layout.first_data_line - 1, line_break)
        for index in range(1, count):
            at = data_start + (size - data_start) * index // count
            handle.seek(at)
            window = handle.read(1 << 20)
            found = window.find(line_break)
            if found >= 0 and at + found + 1 < size:
                starts.append(at + found + 1)
    starts = sorted(set(starts))
    ends: list[int | None] = [*starts[1:], None]
    return list(zip(starts, ends, strict=True))


def _after_lines(handle: BinaryIO, lines: int, line_break: bytes) -> int:
    """The offset just after the first ``lines`` line breaks of the file."""
    offset = 0
    handle.seek(0)
    while lines:
        piece = handle.read(1 << 16)
        if not piece:
            break
        at = -1
        while lines:
            at = piece.find(line_break, at + 1)
            if at < 0:
                break
            lines -= 1
        offset += at + 1 if not lines else len(piece)
    return offset


def _assemble(
    regions: list[_Region], layout: Preview, max_rows: int
) -> tuple[FeatureColumns, np.ndarray, list[str]] | object:
    """The regions' rows (their columns, as pandas made them), if they are plainly clean."""
    rows = sum(len(region.frame) for region in regions)
    if rows > max_rows:
        return NOT_CLEAN  # the chunked reading names the row, after any earlier problem
    labels: dict[str, int] = {}  # label text -> code, in order of first appearance
    codes = [_region_codes(region, layout, labels) for region in regions]
    if any(part is None for part in codes):
        return NOT_CLEAN
    features = []
    for region in regions:
        columns = [region.frame[index].to_numpy() for index in layout.features]
        if not all(_in_range(column) for column in columns):
            return NOT_CLEAN
        features.append(columns)
    return FeatureColumns(features), np.concatenate(codes), list(labels)


def _region_codes(region: _Region, layout: Preview, labels: dict[str, int]) -> np.ndarray | None:
    """A region's label codes in the whole file's coding (``labels``, extended as new values
    appear), or None unless its rows are plainly clean."""
    feed = region.feed
    lines = feed.row_count()
    if (feed.quoted or lines is not None) and lines != len(region.frame):
        return None  # e.g. a line break inside quotes: row numbers would not be lines

    def whole_rows(count: int) -> bool:
        delimiters = count * (len(layout.columns) - 1)
        return feed.delimiter is not None and not feed.quoted and feed.delimiters == delimiters

    coded = label_codes(region.frame, layout, whole_rows)
    if coded is None:
        return None
    codes, texts = coded
    recode = np.array([labels.setdefault(text, len(labels)) for text in texts], np.int64)
    return recode[codes]


def label_codes(
    frame: object, layout: Preview, whole_rows: Callable[[int], bool]
) -> tuple[np.ndarray, list[str]] | None:
    """``(codes, texts)`` of the label column of rows pandas parsed with `pandas_options`, or
    None unless every row is plainly whole and every feature column is numbers.

    pandas fills a short row with NaN and, given a row with one cell too many, takes the first
    column as an index (a longer row is its own error). So a NaN anywhere but in an ignored
    column, or an index of its own, is a doubt. An ignored column may have empty cells, but not
    the last one: its emptiness cannot be told from a short row, unless ``whole_rows(rows)``
    vouches that every row holds every delimiter. (NaN among the features is found as their
    values are copied, by `copy_features`.)
    """
    import pandas as pd

    rows = len(frame)
    if not isinstance(frame.index, pd.RangeIndex) or rows == 0:
        return None
    if any(frame[index].dtype.kind not in "iuf" for index in layout.features):
        return None  # text (or True/False, which pandas reads as booleans)
    last = len(layout.columns) - 1
    if last in layout.ignored and frame[last].isna().any() and not whole_rows(rows):
        return None
    labels = frame[layout.label].array
    codes = np.asarray(labels.codes, dtype=np.int64)
    if codes.min() < 0:
        return None  # a missing label
    texts = [_label_text(value, layout) for value in labels.categories]
    if any(is_missing(text) for text in texts):
        return None
    return codes, texts


def _label_text(value: object, layout: Preview) -> str:
    """A label value as the file writes it. pandas turns a category column whose values are
    all numbers into numbers ("1" and "1.0" both become 1.0), so a number is given the spelling
    the first rows use for it, or its plainest one (9.0 as "9")."""
    if isinstance(value, str):
        return value.strip()
    number = float(value)
    decimal = layout.options.decimal or "."
    for name in layout.classes:
        if NUMBER[decimal].fullmatch(name) and to_float(name, decimal) == number:
            return name
    text = str(int(number)) if number.is_integer() else repr(number)
    return text.replace(".", decimal)


def _in_range(column: np.ndarray) -> bool:
    """No value missing, infinite or too large to standardise (whole numbers always fit)."""
    if column.dtype.kind != "f":
        return True
    # NaN fails both comparisons: two passes find missing cells, infinities and overflow.
    return bool(column.max() <= VALUE_LIMIT and column.min() >= -VALUE_LIMIT)


def copy_features(frame: object, features: tuple[int, ...], x: np.ndarray) -> bool:
    """Copy the feature columns into the C-ordered ``x``, block by block (pandas keeps each
    column apart); False if any value is missing, infinite or too large to standardise."""
    columns = [frame[index].to_numpy() for index in features]
    for start in range(0, len(x), BLOCK_ROWS):
        block = x[start : start + BLOCK_ROWS]
        for index, column in enumerate(columns):
            block[:, index] = column[start : start + BLOCK_ROWS]
        # NaN fails both comparisons: one pass finds missing cells, infinities and overflow.
        if not (block.max() <= VALUE_LIMIT and block.min() >= -VALUE_LIMIT):
            return False
    return True
