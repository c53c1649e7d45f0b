"""Safe output: only a regular file or a new name is ever replaced, never the input data, never
through a link; an unwritable target is known before the work; a failed write leaves the old
file and no temporary file. Every path here lives in tmp_path."""

import errno
import os
import re
import stat
import sys

import pytest

from engine import safe_output
from engine.curves import write_text_atomic as write_from_curves
from engine.safe_output import (
    OutputFile,
    check_output_path,
    shown_path,
    write_bytes_atomic,
    write_text_atomic,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")


def listing(folder):
    return sorted(os.listdir(folder))


def refused(path, *fragments, inputs=()):
    with pytest.raises(OSError) as caught:
        OutputFile(path, inputs)
    message = str(caught.value)
    for fragment in ("Cannot write", *fragments):
        assert fragment in message, (fragment, message)
    return message


# --------------------------------------------------------------------------- plain writes


def test_writes_and_replaces_and_leaves_nothing_else(tmp_path):
    path = tmp_path / "curves.csv"
    write_text_atomic(path, "old\n")
    write_text_atomic(path, "new,ü\n")
    assert path.read_bytes() == "new,ü\n".encode()
    assert listing(tmp_path) == ["curves.csv"]
    assert write_from_curves is write_text_atomic  # the window imports it from engine.curves


def test_bytes_are_written_as_given_with_the_same_checks(tmp_path, monkeypatch):
    path = tmp_path / "figure.png"
    write_bytes_atomic(path, b"\x89PNG old")
    write_bytes_atomic(path, b"\x89PNG\r\n\x00new")
    assert path.read_bytes() == b"\x89PNG\r\n\x00new" and listing(tmp_path) == ["figure.png"]
    with pytest.raises(OSError, match="that is a folder"):
        write_bytes_atomic(tmp_path, b"x")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_output.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left on device"):
        write_bytes_atomic(path, b"newer")
    assert path.read_bytes() == b"\x89PNG\r\n\x00new" and listing(tmp_path) == ["figure.png"]


def test_new_file_gets_the_usual_permissions(tmp_path):
    old_umask = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "c.csv", "x")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "c.csv").stat().st_mode & 0o777 == 0o644


@posix_only
def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "private.csv"
    path.write_text("old")
    path.chmod(0o600)
    write_text_atomic(path, "new")
    assert path.read_text() == "new" and path.stat().st_mode & 0o777 == 0o600


def test_a_long_name_still_gets_a_temporary_file(tmp_path):
    path = tmp_path / ("ü" * 120 + ".csv")  # 244 bytes: fine for the file, too long + ".tmp"
    write_text_atomic(path, "x")
    assert path.read_text() == "x" and listing(tmp_path) == [path.name]


# --------------------------------------------------------------------------- refused targets


def test_an_empty_name_or_a_folder_is_refused(tmp_path):
    refused("", "needs a file name")
    folder = tmp_path / "c.csv"
    folder.mkdir()
    (folder / "inside").write_text("keep")
    refused(folder, "folder")
    refused(f"{tmp_path}{os.sep}", "folder")
    assert listing(tmp_path) == ["c.csv"] and (folder / "inside").read_text() == "keep"


def test_a_missing_folder_is_refused_before_any_work(tmp_path):
    message = refused(tmp_path / "missing" / "c.csv", "does not exist")
    assert str(tmp_path / "missing") in message
    # The message names the first folder that is missing, not the whole path.
    message = refused(tmp_path / "a" / "b" / "c.csv", f"the folder {tmp_path / 'a'} does not")
    # The system would fail on "missing/..", even though the normalised path exists.
    refused(tmp_path / "missing" / ".." / "c.csv", "does not exist")
    assert listing(tmp_path) == []


def test_a_file_used_as_a_folder_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("keep")
    refused(tmp_path / "notes.txt" / "c.csv", "is not a folder")
    assert (tmp_path / "notes.txt").read_text() == "keep"


@posix_only
def test_a_symlink_is_refused_and_neither_it_nor_its_file_changes(tmp_path):
    data = tmp_path / "data.csv"
    data.write_text("a,b\n1,0\n")
    link = tmp_path / "link.csv"
    link.symlink_to(data)
    message = refused(link, "symbolic link", "data.csv")
    assert link.is_symlink() and data.read_text() == "a,b\n1,0\n"
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    refused(dangling, "symbolic link")
    assert listing(tmp_path) == ["dangling.csv", "data.csv", "link.csv"], message


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    refused(fifo, "named pipe")
    with pytest.raises(OSError, match="named pipe"):
        check_output_path(fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and listing(tmp_path) == ["pipe.csv"]


@posix_only
def test_a_device_is_refused(tmp_path):
    device = tmp_path / "null"
    try:  # a device node made here, in tmp_path: nothing is ever written to it
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("cannot create a device node here")
    refused(device, "device")
    assert stat.S_ISCHR(os.lstat(device).st_mode) and listing(tmp_path) == ["null"]


@posix_only
def test_the_input_data_is_refused_however_it_is_named(tmp_path):
    data = tmp_path / "d.csv"
    data.write_text("x,y\n1,0\n")
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.csv"
    link.symlink_to(data)
    hard = tmp_path / "hard.csv"
    os.link(data, hard)
    folder_link = tmp_path / "folder_link"
    folder_link.symlink_to(tmp_path)
    cases = [
        (data, data),
        (tmp_path / "sub" / ".." / "d.csv", data),
        (data, link),  # ln -s d.csv link.csv; --csv-data link.csv --out d.csv
        (folder_link / "d.csv", data),  # through a symlinked folder
        (hard, data),  # a hard link: the same file under another name
    ]
    for target, source in cases:
        refused(target, "input data file", inputs=[None, source])
    assert data.read_text() == "x,y\n1,0\n" and link.is_symlink()
    assert listing(tmp_path) == ["d.csv", "folder_link", "hard.csv", "link.csv", "sub"]


@posix_only
def test_a_new_name_in_a_symlinked_folder_is_written_in_the_real_folder(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "alias").symlink_to(real)
    output = OutputFile(tmp_path / "alias" / "c.csv", inputs=[tmp_path / "other.csv"])
    assert output.target == str(real / "c.csv")
    with output:
        output.write_text("x")
    assert (real / "c.csv").read_text() == "x"


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
def test_names_with_surrogates(tmp_path):
    # A name typed in a non-UTF-8 locale reaches Python with escapes for its odd bytes: it is
    # a real file name and works. A lone surrogate from broken text is no file name at all.
    odd = tmp_path / "caf\udce9.csv"
    write_text_atomic(odd, "x")
    assert os.listdir(os.fsencode(tmp_path)) == [b"caf\xe9.csv"]
    message = refused(tmp_path / "\ud800.csv", "no file name can hold")
    assert "\\ud800" in message and message.isprintable()
    assert shown_path(odd).endswith("caf\\udce9.csv")


def test_text_that_is_not_unicode_is_an_oserror_and_changes_nothing(tmp_path):
    path = tmp_path / "runs.csv"
    path.write_text("old")
    with pytest.raises(OSError, match=re.escape("\\ud800")):
        write_text_atomic(path, "run,\ud800\n")
    assert path.read_text() == "old" and listing(tmp_path) == ["runs.csv"]


# --------------------------------------------------------------------------- the reservation


def test_the_reservation_exists_during_the_work_and_goes_without_a_write(tmp_path):
    path = tmp_path / "c.csv"
    with OutputFile(path) as output:
        (temporary,) = listing(tmp_path)
        assert temporary.startswith(".c.csv.") and temporary.endswith(".tmp")
        assert output.target == str(path)
    assert listing(tmp_path) == []


def test_ctrl_c_during_the_work_removes_the_reservation(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("old")
    with pytest.raises(KeyboardInterrupt), OutputFile(path):
        raise KeyboardInterrupt
    assert listing(tmp_path) == ["c.csv"] and path.read_text() == "old"


def test_writing_twice_is_a_programming_error(tmp_path):
    with OutputFile(tmp_path / "c.csv") as output:
        output.write_text("x")
        with pytest.raises(ValueError, match="already written"):
            output.write_text("y")
    assert (tmp_path / "c.csv").read_text() == "x"


@posix_only
def test_a_target_that_became_a_fifo_or_a_link_is_not_replaced(tmp_path):
    path = tmp_path / "c.csv"
    with OutputFile(path) as output:
        os.mkfifo(path)
        with pytest.raises(OSError, match="named pipe"):
            output.write_text("x")
    assert stat.S_ISFIFO(os.lstat(path).st_mode) and listing(tmp_path) == ["c.csv"]
    os.remove(path)
    (tmp_path / "data.csv").write_text("keep")
    with OutputFile(path) as output:
        path.symlink_to(tmp_path / "data.csv")
        with pytest.raises(OSError, match="not a regular file"):
            output.write_text("x")
    assert path.is_symlink() and (tmp_path / "data.csv").read_text() == "keep"
    assert listing(tmp_path) == ["c.csv", "data.csv"]


@posix_only
def test_an_unwritable_folder_is_found_at_once(tmp_path):
    if os.geteuid() == 0:  # root writes into read-only folders; a file is no folder for anyone
        refused(tmp_path / "file" / "c.csv", "does not exist")
        (tmp_path / "file").write_text("")
        refused(tmp_path / "file" / "c.csv", "is not a folder")
        return
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "c.csv").write_text("old")
    folder.chmod(0o555)
    try:
        refused(folder / "c.csv", "Permission denied")
    finally:
        folder.chmod(0o755)
    assert listing(folder) == ["c.csv"] and (folder / "c.csv").read_text() == "old"


# --------------------------------------------------------------------------- failed writes


def test_a_full_disk_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    path = tmp_path / "c.csv"
    path.write_text("old")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_output.os, "fsync", disk_full)
    with pytest.raises(OSError, match=r"Cannot write .*c\.csv: No space left on device"):
        write_text_atomic(path, "new")
    assert path.read_text() == "old" and listing(tmp_path) == ["c.csv"]


def test_ctrl_c_mid_write_removes_the_temporary_and_still_interrupts(tmp_path, monkeypatch):
    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(safe_output.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(tmp_path / "c.csv", "new")
    assert listing(tmp_path) == []


def test_a_failed_replace_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "c.csv"
    path.write_text("old")

    def busy(source, target):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_output.os, "replace", busy)
    with pytest.raises(OSError, match="Permission denied"):
        write_text_atomic(path, "new")
    assert path.read_text() == "old" and listing(tmp_path) == ["c.csv"]
