"""Writing the user's files without ever losing one.

A student names an output - ``--out curves.csv``, an export, a saved experiment - and expects
that name, and only that name, to change. Three things can go wrong, and each was seen:

- the name is not a plain file: a symbolic link (replacing it would leave the file it points
  to behind, or be the student's data file under another name), a named pipe, a device (as
  root, ``--out /dev/null`` once replaced the system's ``/dev/null``), a folder;
- the name is the input data, reached through a link, a symlinked folder or ``..``;
- the write fails half-way: a full disk, a permission problem, Ctrl+C.

So a target is checked and *reserved* before the work that produces its content: the checks
resolve every link (``realpath``, and ``samefile`` against the inputs), and a temporary file
is created in the target's folder at once, so an unwritable folder is reported before a long
run rather than after it. At the end the temporary file gets the text and atomically replaces
the target (``os.replace`` within one folder), after the target was checked once more: a
regular file or nothing. On any failure, Ctrl+C included, the temporary file is removed and
the target is left as it was.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from collections.abc import Iterable
from types import TracebackType

logger = logging.getLogger(__name__)

# Keeps the temporary file's name within the 255 bytes most file systems allow, whatever the
# length of the target's name (a name may use 4 bytes per character).
_TEMP_NAME_CHARS = 40


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as text that can always be printed or shown in a window: bytes that are not
    UTF-8 (Python keeps them as lone surrogates) appear as escapes like ``\\udce9``."""
    return os.fspath(path).encode("utf-8", "backslashreplace").decode("utf-8")


def _refused(path: str, problem: str) -> OSError:
    return OSError(f"Cannot write {shown_path(path)}: {problem}")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): then it cannot be the other
        return False


def _first_missing(folder: str) -> str:
    """The first part of ``folder`` that is not a folder: "a/b/../c" with no "a" is "a"."""
    parts = folder.split(os.sep)
    for end in range(1, len(parts) + 1):
        prefix = os.sep.join(parts[:end]) or os.sep
        if not os.path.isdir(prefix):
            return prefix
    return folder


def check_output_path(
    path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str] | None] = ()
) -> str:
    """The real path (links resolved) of ``path`` if it is safe to replace: a regular file or
    a new name in an existing folder, and none of ``inputs``. Otherwise raises OSError with a
    message that names the path, says what is wrong and what to choose instead."""
    path = os.fspath(path)
    if not path:
        raise OSError("Cannot write: the output needs a file name")
    try:
        os.fsencode(path)
    except UnicodeEncodeError:
        raise _refused(
            path, "the name holds a character that no file name can hold; choose another name"
        ) from None
    folder, name = os.path.split(path)
    if not name:
        raise _refused(path, "that is a folder; give a file name inside it")
    try:
        mode: int | None = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # a new name; whether its folder exists is checked below
    except OSError as error:
        raise _refused(path, str(error.strerror or error)) from None
    if mode is not None:
        if stat.S_ISLNK(mode):
            raise _refused(
                path,
                f"it is a symbolic link (to {shown_path(os.readlink(path))}); replacing it "
                "could lose the file it points to. Name that file itself, or a new file",
            )
        if stat.S_ISDIR(mode):
            raise _refused(path, "that is a folder; give a file name inside it")
        if not stat.S_ISREG(mode):
            raise _refused(path, f"it is {_kind(mode)}, not a file; choose a file name")
    # The folder as written, not normalised: "missing/../out.csv" must fail as the system would.
    folder = folder or os.curdir
    try:
        folder_mode = os.stat(folder).st_mode
    except FileNotFoundError:
        missing = shown_path(_first_missing(folder))
        raise _refused(path, f"the folder {missing} does not exist") from None
    except NotADirectoryError:
        raise _refused(path, f"{shown_path(_first_missing(folder))} is not a folder") from None
    except OSError as error:
        raise _refused(path, str(error.strerror or error)) from None
    if not stat.S_ISDIR(folder_mode):
        raise _refused(path, f"{shown_path(folder)} is not a folder")
    target = os.path.realpath(path)
    for source in inputs:
        if source is None:
            continue
        source = os.fspath(source)
        if os.path.realpath(source) == target or _same_file(source, target):
            raise _refused(
                path,
                f"that is the input data file {shown_path(source)}; writing it would destroy "
                "the data. Choose another name for the output",
            )
    return target


class OutputFile:
    """A file to be written later, checked and reserved now: the constructor raises OSError
    when ``path`` may not or cannot be written, so the caller can refuse before working.

    Use as a context manager: leaving the block without ``write_text`` removes the
    reservation (also on an exception or Ctrl+C), and the target stays as it was.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        inputs: Iterable[str | os.PathLike[str] | None] = (),
    ) -> None:
        self.path = os.fspath(path)
        self.target = check_output_path(self.path, inputs)
        folder, name = os.path.split(self.target)
        self._temp = os.path.join(folder, f".{name[:_TEMP_NAME_CHARS]}.{secrets.token_hex(4)}.tmp")
        # O_EXCL: never write through someone else's file; 0o666 lets the umask decide the
        # permissions, as for any file the user saves (mkstemp would make it 0600).
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self._temp, flags, 0o666)
        except OSError as error:
            raise _refused(self.path, str(error.strerror or error)) from None
        self._file = os.fdopen(fd, "wb")
        self._open = True

    def __enter__(self) -> OutputFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.discard()

    def write_text(self, text: str) -> None:
        """Write ``text`` as UTF-8 and let it replace the target in one step. Raises OSError
        naming the path; on any failure the target is untouched and the reservation gone."""
        if not self._open:
            raise ValueError("this output was already written or discarded")
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError as error:
            self.discard()
            bad = text[error.start : error.end].encode("utf-8", "backslashreplace").decode()
            raise _refused(
                self.path,
                f"the text holds {bad}, which is not a valid character (a name pasted from "
                "broken text?); rename what holds it and save again",
            ) from None
        self.write_bytes(data)

    def write_bytes(self, data: bytes) -> None:
        """Write ``data`` (a picture, say) and let it replace the target in one step; the same
        guarantees as ``write_text``."""
        if not self._open:
            raise ValueError("this output was already written or discarded")
        try:
            self._file.write(data)
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._replace_target()
        except BaseException as error:  # Ctrl+C mid-write too: never leave the temporary file
            self.discard()
            if isinstance(error, OSError):
                raise _refused(self.path, str(error.strerror or error)) from error
            raise
        self._open = False

    def _replace_target(self) -> None:
        """Check the target again (it may have changed while the content was computed): never
        replace anything but a regular file. A replaced file keeps its permissions."""
        try:
            mode: int | None = os.lstat(self.target).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            raise OSError(f"it became {_kind(mode)} while the output was prepared")
        if mode is not None:
            os.chmod(self._temp, stat.S_IMODE(mode))
        os.replace(self._temp, self.target)
        _sync_folder(os.path.dirname(self.target))

    def discard(self) -> None:
        """Give up the reservation: close and remove the temporary file (idempotent)."""
        if not self._open:
            return
        self._open = False
        try:
            self._file.close()
        except OSError as error:  # a failed flush of a failed write: the file goes anyway
            logger.debug("Closing %s failed: %s", self._temp, error)
        try:
            os.remove(self._temp)
        except FileNotFoundError:
            pass
        except OSError as error:  # the caller's own error matters more; still leave a trace
            logger.warning("Could not remove the temporary file %s: %s", self._temp, error)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (POSIX); a file system that cannot sync a folder still
    has the new file, so that is only logged."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as error:
        logger.debug("Cannot open %s to sync it: %s", folder, error)
        return
    try:
        os.fsync(fd)
    except OSError as error:
        logger.debug("Cannot sync the folder %s: %s", folder, error)
    finally:
        os.close(fd)


def write_text_atomic(
    path: str | os.PathLike[str],
    text: str,
    inputs: Iterable[str | os.PathLike[str] | None] = (),
) -> None:
    """Check, reserve and write in one call, for writes with nothing to compute in between
    (the window's exports). Raises OSError naming ``path``."""
    with OutputFile(path, inputs) as output:
        output.write_text(text)


def write_bytes_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    inputs: Iterable[str | os.PathLike[str] | None] = (),
) -> None:
    """``write_text_atomic`` for bytes: an exported picture. Raises OSError naming ``path``."""
    with OutputFile(path, inputs) as output:
        output.write_bytes(data)
