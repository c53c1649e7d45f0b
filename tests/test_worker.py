"""The training worker outside the window: pause at the very end, stop while paused."""

import threading

from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from gui.worker import TrainingWorker


def start(worker: TrainingWorker) -> threading.Thread:
    """Train in a plain thread; the signals reach the test's lists through the event loop."""
    thread = threading.Thread(target=worker._train, daemon=True)
    thread.start()
    return thread


def test_a_pause_during_the_last_epoch_lets_the_run_finish(qtbot):
    worker = TrainingWorker(breast_cancer(), Hyperparameters(epochs=1))
    finished, paused = [], []
    worker.finished.connect(finished.append)
    worker.paused.connect(paused.append)
    worker.pause()  # asked for while the one and only epoch trains
    thread = start(worker)
    qtbot.waitUntil(lambda: finished == [True], timeout=30_000)
    thread.join()
    assert paused == []


def test_stop_while_paused_ends_the_run(qtbot):
    worker = TrainingWorker(breast_cancer(), Hyperparameters(epochs=50))
    finished, paused = [], []
    worker.finished.connect(finished.append)
    worker.paused.connect(paused.append)
    worker.pause()
    thread = start(worker)
    qtbot.waitUntil(lambda: paused == [1], timeout=30_000)  # holding after epoch 1
    assert thread.is_alive() and finished == []
    worker.stop()
    qtbot.waitUntil(lambda: finished == [False], timeout=30_000)
    thread.join()
