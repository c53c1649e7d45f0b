"""Step mode's plumbing without Qt: the control that lets one update through a pause, the
budget of the cosine chart, and where the chart's points sit."""

import threading

import numpy as np

from engine.cosines import CosineBudget, CosinePoints
from gui.stepping import StepControl


def test_a_step_goes_through_a_pause_once_then_the_run_holds_again():
    control = StepControl()
    control.request_step()
    assert control.pending.is_set() and control.pause_requested
    assert control.hold() == "step"
    answers = []
    waiting = threading.Thread(target=lambda: answers.append(control.hold()))
    waiting.start()
    waiting.join(0.2)
    assert waiting.is_alive() and answers == []  # held: no request
    control.resume()
    waiting.join(5)
    assert answers == ["go"] and not control.pending.is_set()


def test_stop_comes_before_waiting_steps_and_resume_forgets_them():
    control = StepControl()
    control.request_step()
    control.request_step()
    control.request_stop()
    assert control.hold() == "stop"
    other = StepControl()
    other.request_step()
    other.resume()
    assert other.hold() == "go"


def test_the_budget_keeps_recording_near_its_share_of_the_training_time():
    """Epochs of 1 ms, 10 ms more when recorded: over 2000 epochs the recording takes about
    a twentieth of the time, spread over the run, the first epoch included."""
    budget = CosineBudget(seconds_per_update=0.001, updates_per_epoch=10)
    seconds, recorded = 0.0, []
    for epoch in range(2000):
        if budget.next_epoch(seconds):
            recorded.append(epoch)
            seconds += 0.010
        seconds += 0.001
    assert recorded[0] == 0
    share = len(recorded) * 0.010 / seconds
    assert 0.04 < share <= budget.share + 0.010 / seconds
    assert max(np.diff(recorded)) < 400  # spread over the run, not bunched at its start


def test_an_epoch_too_costly_to_record_is_not_recorded_first():
    budget = CosineBudget(seconds_per_update=0.1, updates_per_epoch=60_000)  # 6000 s
    assert not any(budget.next_epoch(seconds) for seconds in (0.0, 1.0, 100.0))


def test_points_sit_on_the_epoch_axis_and_stepped_batches_are_left_out():
    points = CosinePoints.of_epoch(3, np.array([0.5, np.nan, -0.2, 0.9]), skip={3})
    assert list(points.positions) == [2.25, 2.75]
    assert list(points.values) == [0.5, -0.2]
    single = CosinePoints.of_step(1, 12, 12, 0.8)
    assert list(single.positions) == [1.0] and list(single.values) == [0.8]
