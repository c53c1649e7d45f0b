"""The curves CSV gives back the exact numbers, and a failed write never costs the old file."""

import errno
import math
import os
import re

import numpy as np
import pytest

from engine import curves
from engine.curves import CURVE_COLUMNS, curves_csv, read_curves_csv, write_text_atomic
from engine.datasets import breast_cancer
from engine.model import MinibatchNetwork
from engine.training import EpochRecord


def record(epoch, train_loss, val_loss=float("nan"), acc=0.5, seconds=0.1):
    return EpochRecord(
        epoch=epoch,
        train_loss=train_loss,
        val_loss=val_loss,
        train_acc=acc,
        val_acc=acc,
        updates=12 * epoch,
        samples=364 * epoch,
        seconds=seconds,
        batch_losses=np.empty(0),
    )


def same(a, b):
    return a == b or (math.isnan(a) and math.isnan(b))


def test_round_trip_is_exact_for_real_training():
    data = breast_cancer()
    net = MinibatchNetwork(l2=0.01).fit(data.x_train, data.y_train, 20, data.x_val, data.y_val)
    rows = read_curves_csv(curves_csv(net.records))
    assert len(rows) == 20 and tuple(rows[0]) == CURVE_COLUMNS
    for row, rec in zip(rows, net.records, strict=True):
        assert row == {column: getattr(rec, column) for column in CURVE_COLUMNS}


def test_round_trip_keeps_awkward_floats_and_writes_nan_as_nan():
    awkward = [0.1 + 0.2, 5e-324, 1.7976931348623157e308, 1 / 3, float("inf")]
    records = [record(i + 1, value, seconds=value) for i, value in enumerate(awkward)]
    text = curves_csv(records)
    assert text.splitlines()[0] == ",".join(CURVE_COLUMNS)
    assert text.splitlines()[1].split(",")[2] == "nan"
    for row, value in zip(read_curves_csv(text), awkward, strict=True):
        assert row["train_loss"] == value and row["seconds"] == value
        assert math.isnan(row["val_loss"])


def test_no_records_is_a_header_only():
    assert curves_csv([]) == ",".join(CURVE_COLUMNS) + "\n"
    assert read_curves_csv(curves_csv([])) == []


def test_a_cell_that_is_not_a_number_names_its_line():
    text = curves_csv([record(1, 0.5), record(2, 0.4)]).replace("0.4", "oops")
    with pytest.raises(ValueError, match="line 3"):
        read_curves_csv(text)


def test_atomic_write_writes_and_replaces(tmp_path):
    path = tmp_path / "curves.csv"
    write_text_atomic(path, "old\n")
    write_text_atomic(path, "new,ü\n")
    assert path.read_bytes() == "new,ü\n".encode()
    assert os.listdir(tmp_path) == ["curves.csv"]


def test_new_file_gets_the_usual_permissions(tmp_path):
    old_umask = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "c.csv", "x")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "c.csv").stat().st_mode & 0o777 == 0o644


def test_missing_folder_is_an_oserror_naming_the_path(tmp_path):
    path = tmp_path / "missing" / "c.csv"
    with pytest.raises(OSError, match=re.escape(f"Cannot write {path}")):
        write_text_atomic(path, "x")
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_read_only_folder_leaves_the_old_file(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("old")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(OSError, match="Cannot write"):
            write_text_atomic(path, "new")
    finally:
        tmp_path.chmod(0o755)
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["c.csv"]


def test_failed_write_keeps_the_old_file_and_removes_the_temporary(tmp_path, monkeypatch):
    path = tmp_path / "c.csv"
    path.write_text("old")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(curves.os, "fsync", disk_full)
    with pytest.raises(OSError, match=r"Cannot write .*c\.csv: No space left on device"):
        write_text_atomic(path, "new")
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["c.csv"]


def test_interrupted_write_removes_the_temporary_and_still_interrupts(tmp_path, monkeypatch):
    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(curves.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(tmp_path / "c.csv", "new")
    assert os.listdir(tmp_path) == []


def test_target_that_is_a_folder_fails_cleanly(tmp_path):
    folder = tmp_path / "c.csv"
    folder.mkdir()
    (folder / "inside").write_text("keep")
    with pytest.raises(OSError, match="Cannot write"):
        write_text_atomic(folder, "new")
    assert sorted(os.listdir(tmp_path)) == ["c.csv"]
    assert (folder / "inside").read_text() == "keep"
