"""The training job outside the window: pause and stop within one mini-batch, the final
weights travelling with ``finished``, probes computed in the training thread, errors reported."""

import threading

import numpy as np
import pytest
from window_fixtures import long_epoch_data

from engine.datasets import breast_cancer
from engine.hyperparameters import Hyperparameters
from engine.model import MinibatchNetwork
from engine.network import predict_proba
from gui.worker import RunEnd, TrainingJob


@pytest.fixture
def job_for():
    """Jobs made by a test, stopped and joined after it whatever happened."""
    made = []

    def make(data, hp, probes=None) -> TrainingJob:
        made.append(TrainingJob(7, data, hp, probes or {}, delay=0.0))
        return made[-1]

    yield make
    for job in made:
        job.stop()
        assert job.join(30_000)


def test_pause_and_stop_act_within_one_mini_batch(qtbot, job_for):
    """An epoch of 60 000 rows at batch size 1 takes about two seconds. Both requests are
    answered inside the first epoch: a check between epochs would answer after epoch 1."""
    job = job_for(long_epoch_data(), Hyperparameters(units=100, batch_size=1, epochs=3))
    records, paused, ended = [], [], []
    job.records.connect(lambda _id, r: records.extend(r))
    job.paused.connect(lambda _id, epoch: paused.append(epoch))
    job.finished.connect(lambda _id, end: ended.append(end))
    job.start()
    job.pause()
    qtbot.waitUntil(lambda: bool(paused), timeout=10_000)
    assert paused == [0]  # held inside the first epoch
    with qtbot.waitSignal(job.thread_ended, timeout=10_000):
        job.stop()
    (end,) = ended
    assert (end.outcome, end.epoch) == ("stopped", 0)
    assert records == []


def test_the_final_weights_and_training_accuracy_travel_with_finished(qtbot, job_for):
    data = breast_cancer()
    hp = Hyperparameters(epochs=20)
    job = job_for(data, hp)
    ended: list[RunEnd] = []
    job.finished.connect(lambda _id, end: ended.append(end))
    with qtbot.waitSignal(job.thread_ended, timeout=30_000) as blocker:
        job.start()
    assert blocker.args == [7]
    (end,) = ended
    net = MinibatchNetwork(l2=0.01).fit(
        data.x_train, data.y_train, epochs=20, x_val=data.x_val, y_val=data.y_val
    )
    assert (end.outcome, end.epoch) == ("done", 20)
    assert np.array_equal(end.params.w1, net.w1)
    predicted = predict_proba(end.params, data.x_train) > 0.5
    assert end.train_acc == np.mean(predicted == (data.y_train > 0.5))


def test_probes_run_in_the_training_thread_and_report_in_the_gui_thread(qtbot, job_for):
    threads, values = [], []

    def probe(params):
        threads.append(threading.current_thread())
        return float(params.b2[0])

    job = job_for(breast_cancer(), Hyperparameters(epochs=5), {"bias": probe})
    job.probed.connect(lambda run_id, name, value: values.append((run_id, name, value)))
    with qtbot.waitSignal(job.thread_ended, timeout=30_000):
        job.start()
    assert threads and threading.main_thread() not in threads
    assert values and values[-1][:2] == (7, "bias")


def test_an_unexpected_error_is_reported_with_its_traceback(qtbot, job_for):
    def broken(_params):
        raise RuntimeError("probe broke")

    job = job_for(breast_cancer(), Hyperparameters(epochs=3), {"broken": broken})
    errors = []
    job.errored.connect(lambda _id, details: errors.append(details))
    with qtbot.waitSignal(job.thread_ended, timeout=30_000):
        job.start()
    assert "probe broke" in errors[0] and "Traceback" in errors[0]


def test_a_silenced_job_reports_only_the_end_of_its_thread(qtbot, job_for):
    job = job_for(breast_cancer(), Hyperparameters(epochs=50))
    heard = []
    job.records.connect(lambda *args: heard.append(args))
    job.finished.connect(lambda *args: heard.append(args))
    job.silence()
    with qtbot.waitSignal(job.thread_ended, timeout=30_000):
        job.start()
    assert heard == []


def test_a_worker_is_freed_without_the_garbage_collector(qapp):
    """A worker in a reference cycle was left to the garbage collector, which destroyed it in
    the GUI thread at a random moment: with a comparison training alongside, a segmentation
    fault in one test run out of two."""
    import gc
    import weakref

    from gui.worker import TrainingWorker

    gc.disable()
    try:
        worker = TrainingWorker(breast_cancer(), Hyperparameters(epochs=1))
        gone = weakref.ref(worker)
        del worker
        assert gone() is None
    finally:
        gc.enable()


def test_a_worker_returns_to_the_gui_thread_as_its_run_ends(qtbot):
    """Destroyed in its own thread, a worker's ~QObject waited for the GIL while holding a Qt
    lock that the GUI thread could need: the window froze. It ends in the GUI thread."""
    from PySide6.QtCore import QCoreApplication, QThread

    from gui.worker import TrainingWorker

    worker = TrainingWorker(breast_cancer(), Hyperparameters(epochs=2))
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    with qtbot.waitSignal(thread.finished, timeout=30_000):
        thread.start()
    thread.wait()
    assert worker.thread() is QCoreApplication.instance().thread()
