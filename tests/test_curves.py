"""The curves CSV gives back the exact numbers."""

import math

import numpy as np
import pytest

from engine.curves import (
    BATCH_COLUMNS,
    CURVE_COLUMNS,
    batch_losses_csv,
    batch_sizes,
    curves_csv,
    read_curves_csv,
)
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


def test_batch_losses_csv_has_one_row_per_mini_batch_at_full_precision():
    data = breast_cancer()
    net = MinibatchNetwork(l2=0.01).fit(data.x_train, data.y_train, 3, data.x_val, data.y_val)
    text = batch_losses_csv(net.records, 32)
    lines = text.splitlines()
    assert lines[0] == ",".join(BATCH_COLUMNS) == "epoch,batch,batch_size,loss"
    assert len(lines) == 1 + 3 * 12
    rows = [line.split(",") for line in lines[1:]]
    assert [int(r[2]) for r in rows[:12]] == [32] * 11 + [12]  # 364 rows: the last batch short
    assert [(int(r[0]), int(r[1])) for r in rows[11:13]] == [(1, 12), (2, 1)]
    losses = np.array([float(r[3]) for r in rows])
    np.testing.assert_array_equal(losses, np.concatenate([r.batch_losses for r in net.records]))


def test_full_batch_and_batch_sizes():
    assert batch_sizes(364, None).tolist() == [364]
    assert batch_sizes(364, 128).tolist() == [128, 128, 108]
    assert batch_sizes(10, 1000).tolist() == [10]
    rec = record(1, 0.5)
    rec = EpochRecord(**{**rec.__dict__, "batch_losses": np.array([0.25])})
    assert batch_losses_csv([rec], None).splitlines()[1] == "1,1,364,0.25"


def test_batch_losses_csv_refuses_losses_that_do_not_match_the_batches():
    with pytest.raises(ValueError, match="epoch 1 keeps 0 mini-batch losses but has 12"):
        batch_losses_csv([record(1, 0.5)], 32)
    assert batch_losses_csv([], 32) == "epoch,batch,batch_size,loss\n"
