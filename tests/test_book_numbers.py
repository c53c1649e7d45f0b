"""The engine reproduces the book's notebook: losses per epoch and the validation score."""

import numpy as np
import pytest
from book_loop import book_train

from engine.datasets import breast_cancer
from engine.model import MinibatchNetwork

# (batch size, first training loss, last training loss, last validation loss), 500 epochs,
# l2 = 0.01, seed 42: printed by the book's code, re-run; the transcription in bench/ agrees.
BOOK_RUNS = [
    (32, 0.6602351422948715, 0.03212173339795374, 0.08171081745481859),
    (128, 0.7217876639418743, 0.05943174136416286, 0.1000141965956171),
    (None, 0.7372557779767727, 0.09788269246058881, 0.124626084008711),
]


@pytest.fixture(scope="module")
def data():
    return breast_cancer()


@pytest.mark.parametrize(("batch_size", "first", "last", "last_val"), BOOK_RUNS)
def test_book_curves_and_score(kernel, data, batch_size, first, last, last_val):
    net = MinibatchNetwork(l2=0.01, batch_size=batch_size)
    net.fit(data.x_train, data.y_train, epochs=500, x_val=data.x_val, y_val=data.y_val)
    book_losses, book_val_losses, _ = book_train(
        data.x_train,
        data.y_train,
        data.x_val,
        data.y_val,
        l2=0.01,
        batch_size=batch_size,
        epochs=500,
    )
    assert len(net.losses) == len(net.val_losses) == 500
    np.testing.assert_allclose(net.losses, book_losses, rtol=0, atol=1e-9)
    np.testing.assert_allclose(net.val_losses, book_val_losses, rtol=0, atol=1e-9)
    assert net.losses[0] == pytest.approx(first, abs=1e-9)
    assert net.losses[-1] == pytest.approx(last, abs=1e-9)
    assert net.val_losses[-1] == pytest.approx(last_val, abs=1e-9)
    assert net.score(data.x_val, data.y_val) == 0.978021978021978


def test_batch_32_ends_lower_than_batch_128(data):
    """The lesson of section 6-3: more updates per epoch, faster fall."""
    finals = {}
    for batch_size in (32, 128):
        net = MinibatchNetwork(l2=0.01, batch_size=batch_size)
        net.fit(data.x_train, data.y_train, epochs=500, x_val=data.x_val, y_val=data.y_val)
        finals[batch_size] = net.losses[-1]
        assert np.mean(net.val_losses[-50:]) > np.mean(net.losses[-50:])
    assert finals[32] < finals[128]


def test_batch_size_at_least_n_is_full_batch(kernel, data):
    kwargs = dict(epochs=20, x_val=data.x_val, y_val=data.y_val)
    full = MinibatchNetwork(l2=0.01, batch_size=None).fit(data.x_train, data.y_train, **kwargs)
    big = MinibatchNetwork(l2=0.01, batch_size=10_000).fit(data.x_train, data.y_train, **kwargs)
    assert full.losses == big.losses
    assert [r.updates for r in full.records] == list(range(1, 21))


def test_updates_and_samples_count(kernel, data):
    net = MinibatchNetwork(batch_size=32).fit(data.x_train, data.y_train, epochs=3)
    # 364 rows at batch 32 -> 11 x 32 + 12: 12 updates per epoch.
    assert [r.updates for r in net.records] == [12, 24, 36]
    assert [r.samples for r in net.records] == [364, 728, 1092]
    assert [len(r.batch_losses) for r in net.records] == [12, 12, 12]


def test_ones_init_keeps_hidden_units_identical(kernel, data):
    """The book's DualLayer start: the symmetry never breaks."""
    net = MinibatchNetwork(l2=0.01, batch_size=None, init="ones")
    net.fit(data.x_train, data.y_train, epochs=50)
    assert np.allclose(net.w1, net.w1[:, :1])
    assert np.allclose(net.w2, net.w2[0])
    random = MinibatchNetwork(l2=0.01, batch_size=None).fit(data.x_train, data.y_train, epochs=50)
    assert not np.allclose(random.w1, random.w1[:, :1])
