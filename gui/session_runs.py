"""What the run session holds, as plain data: runs with their outcome state, their look in the
plot, and the comparison with scikit-learn. No Qt here, so every rule is testable on its own.
"""

from __future__ import annotations

import colorsys
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from engine.cosines import CosinePoints
from engine.experiment import DataSpec, Run
from engine.hyperparameters import Hyperparameters
from engine.network import Parameters
from engine.reference import SklearnResult
from engine.training import EpochRecord, StepReport

# Twelve colours chosen greedily from Okabe-Ito's and Paul Tol's colour-blind-safe sets so that
# each prefix keeps the smallest colour difference (CIE76, under normal vision and simulated
# protanopia, deuteranopia and tritanopia) as large as it can be, all dark enough to read on
# white. tests/test_session_runs.py measures both. After twelve runs come twelve more colours
# (``SECOND_PALETTE``).
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#000000",
    "#882255",
    "#33BBEE",
    "#332288",
    "#CC79A7",
    "#BB5566",
    "#E69F00",
    "#117733",
    "#999933",
    "#004488",
)
# Every run draws training solid and validation dashed, so the legend's two keys hold for all
# of them: a second family of runs in a dash-dot line looked like validation lines.
TRAIN_STYLE, VAL_STYLE = "solid", "dash"
# Twelve more colours, for runs 13 to 24: chosen greedily on a 16-step RGB grid so that each
# is as far (CIE76) from the first twelve and from the others as can be (at least 33), and
# dark enough to read on white. A lighter or darker shade of the first twelve came too close
# to another of them (the 13th run's light blue beside the 5th's).
SECOND_PALETTE = (
    "#FF00FF",
    "#00CC00",
    "#2222FF",
    "#FF0099",
    "#FF0044",
    "#CC77FF",
    "#006666",
    "#0077FF",
    "#885522",
    "#88BB99",
    "#AA0099",
    "#AA99EE",
)
FAMILIES = 2  # a run's look is a palette colour and its family: 0 as is, 1 the second palette
SHADE_STEP = 0.28  # lightness (0 to 1) between a colour from a file and its second family


class RunState(Enum):
    """One outcome state per run; a run in the history has one of the last three."""

    RUNNING = "running"
    PAUSED = "paused"
    FAILED = "failed"
    STOPPED = "stopped"
    FINISHED = "finished"
    DIVERGED = "diverged"


# The worker's outcome of a run, as the state the session keeps.
END_STATES = {
    "done": RunState.FINISHED,
    "stopped": RunState.STOPPED,
    "diverged": RunState.DIVERGED,
}


@dataclass(frozen=True)
class Status:
    """What the status line says, as a kind and its numbers; the view words it in the
    window's language when it shows it, so a language switch rewords it too."""

    kind: str
    args: Mapping[str, object] = field(default_factory=dict)


ENDED = (RunState.STOPPED, RunState.FINISHED, RunState.DIVERGED)
_FILE_OUTCOMES = {RunState.FINISHED: "done", RunState.STOPPED: "stopped"}
_FROM_FILE = {"done": RunState.FINISHED, "stopped": RunState.STOPPED}


_LOOKS = [(color, family) for family in range(FAMILIES) for color in PALETTE]


def family_color(color: str, family: int) -> str:
    """The colour a run of ``family`` is drawn in: the palette colour itself, or for the second
    family its partner in ``SECOND_PALETTE``. A colour that is not in the palette (a file's)
    gets the same hue lighter (a dark colour) or darker (a light one) instead."""
    if family == 0:
        return color
    if color.upper() in PALETTE:
        return SECOND_PALETTE[PALETTE.index(color.upper())]
    red, green, blue = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    lightness += SHADE_STEP if lightness < 0.45 else -SHADE_STEP
    rgb = colorsys.hls_to_rgb(hue, lightness, saturation)
    return "#" + "".join(f"{round(255 * part):02X}" for part in rgb)


def pick_look(used: Iterable[tuple[str, int]]) -> tuple[str, int]:
    """The (colour, family) used least among ``used``, in palette order, the first family
    first: twelve colours before any repeats, and the colours of deleted runs come back
    first."""
    return least_used(Counter((color.upper(), style) for color, style in used))


def least_used(counts: Counter[tuple[str, int]]) -> tuple[str, int]:
    """``pick_look`` for looks already counted (upper-case colours): many runs at once."""
    return min(_LOOKS, key=lambda look: counts[look])


def twin_of(run: SessionRun, runs: Iterable[SessionRun]) -> SessionRun | None:
    """An ended run other than ``run`` with the same data and settings: the same numbers."""
    return next(
        (
            other
            for other in runs
            if other is not run and other.ended and (other.data, other.hp) == (run.data, run.hp)
        ),
        None,
    )


def step_status_args(report: StepReport) -> dict[str, object]:
    """The numbers of the status line that says what one step did."""
    return {
        "rows": report.size,
        "before": report.loss_before,
        "after": report.loss_after,
        "epoch": report.epoch,
        "batch": report.batch,
        "batches": report.batches,
    }


def ended_status_args(run: SessionRun) -> dict[str, object]:
    """The numbers of the status line that says how ``run`` ended."""
    last = run.records[-1]
    return {
        "epoch": last.epoch,
        "epochs": run.hp.epochs,
        "updates": last.updates,
        "seconds": last.seconds,
        "loss": last.train_loss,
        "diverged_at": run.epoch + 1 if run.state is RunState.DIVERGED else 0,
        "replaced": "",
        "kept_earlier": "",
    }


def looks_of(runs: Iterable[Run]) -> list[tuple[str, int]]:
    """The (colour, family) of each run of a file: its own colour, with the second family
    for a colour's second run; the least used look for a run without a colour."""
    looks: Counter[tuple[str, int]] = Counter()
    colors: Counter[str] = Counter()
    chosen = []
    for run in runs:
        look = (run.color, colors[run.color.upper()] % FAMILIES) if run.color else least_used(looks)
        colors[look[0].upper()] += 1
        looks[(look[0].upper(), look[1])] += 1
        chosen.append(look)
    return chosen


@dataclass(eq=False)
class SessionRun:
    """A run from the moment it starts. ``name`` is empty while the run is named after its
    settings (the name then follows the window's language); the user or a file sets it."""

    run_id: int
    data: DataSpec
    hp: Hyperparameters
    color: str
    style: int  # the colour family (``family_color``): 0 the palette colour, 1 its partner
    state: RunState = RunState.RUNNING
    records: list[EpochRecord] = field(default_factory=list)
    cosines: list[CosinePoints] = field(default_factory=list)  # the cosine chart's points
    last_step: StepReport | None = None  # the latest update made in step mode
    held_after_step: bool = False  # paused right after ``last_step``, mid-epoch perhaps
    name: str = ""
    visible: bool = True
    params: Parameters | None = None  # the final weights, for a run trained in this session
    train_acc: float = math.nan  # training accuracy of the final weights
    sklearn: dict[str, float | int | str] | None = None
    sklearn_loss: tuple[float, ...] = ()  # MLPClassifier's loss curve for ``sklearn``

    @property
    def epoch(self) -> int:
        """The last whole epoch."""
        return self.records[-1].epoch if self.records else 0

    @property
    def ended(self) -> bool:
        return self.state in ENDED

    def to_run(self, name: str) -> Run:
        """The engine's Run, for experiment files (a diverged run is kept as diverged)."""
        return Run(
            name=name,
            data=self.data,
            hp=self.hp,
            records=list(self.records),
            outcome=_FILE_OUTCOMES.get(self.state, "diverged"),
            color=self.color,
            visible=self.visible,
            sklearn=None if self.sklearn is None else dict(self.sklearn),
            auto_name=not self.name,
            train_acc=self.train_acc,
            sklearn_loss=self.sklearn_loss if self.sklearn is not None else (),
        )

    @classmethod
    def from_run(
        cls, run_id: int, run: Run, color: str, style: int, auto_name: bool = False
    ) -> SessionRun:
        """``auto_name``: the file's name was made from the settings (the file says so, or
        the caller recognised it), so the run is named in the window's language again."""
        return cls(
            run_id=run_id,
            data=run.data,
            hp=run.hp,
            color=color,
            style=style,
            state=_FROM_FILE.get(run.outcome, RunState.DIVERGED),
            records=list(run.records),
            name="" if auto_name else run.name,
            visible=run.visible,
            train_acc=run.train_acc,
            sklearn=None if run.sklearn is None else dict(run.sklearn),
            sklearn_loss=tuple(run.sklearn_loss),
        )


@dataclass(frozen=True)
class OurScores:
    """Our network's side of the comparison."""

    val_acc: float
    train_acc: float  # NaN when unknown (a run opened from a file keeps no weights)
    epochs: int
    seconds: float


@dataclass(frozen=True)
class Comparison:
    """The comparison panel's state. ``state`` is "none", "running", "done", "failed" or
    "diverged" (MLPClassifier's weights overflowed). It belongs to the settings of run
    ``run_id`` (``data``, ``hp``); ``stale`` once the panel shows other settings."""

    state: str = "none"
    run_id: int | None = None
    data: DataSpec | None = None
    hp: Hyperparameters | None = None
    setup: str = "book"
    ours: OurScores | None = None
    theirs: SklearnResult | None = None
    stale: bool = False
    details: str = ""


def result_from_saved(
    numbers: Mapping[str, object], hp: Hyperparameters, loss_curve: tuple[float, ...] = ()
) -> SklearnResult | None:
    """The comparison an experiment file kept with a run (older files keep no loss curve:
    then none is drawn); None when the numbers are not all there."""
    try:
        setup = str(numbers["setup"])
        n_iter = int(numbers["n_iter"])
        return SklearnResult(
            setup=setup,
            momentum=float(numbers["momentum"]),
            seed=int(numbers["seed"]),
            val_score=float(numbers["val_score"]),
            train_score=float(numbers["train_score"]),
            n_iter=n_iter,
            seconds=float(numbers["seconds"]),
            loss_curve=loss_curve,
            stopped_early=setup == "book" and n_iter < hp.epochs,
        )
    except (KeyError, TypeError, ValueError):
        return None


def saved_numbers(result: SklearnResult) -> dict[str, float | int | str]:
    """What an experiment file keeps of a comparison."""
    return {
        "setup": result.setup,
        "val_score": result.val_score,
        "train_score": result.train_score,
        "n_iter": result.n_iter,
        "seconds": result.seconds,
        "seed": result.seed,
        "momentum": result.momentum,
    }


def runs_from_file(
    runs: list[Run], first_id: int, named_by_settings: Callable[[Run], bool]
) -> dict[int, SessionRun]:
    """The runs of an experiment file as session runs, ids from ``first_id``: a colour's
    second run in the second family; a run whose file does not say whether its name was made
    from its settings is asked ``named_by_settings`` (such a name is made again in the
    window's language)."""
    kept = {}
    looks = looks_of(runs)
    for run_id, run, (color, style) in zip(itertools.count(first_id), runs, looks, strict=False):
        auto = named_by_settings(run) if run.auto_name is None else run.auto_name
        kept[run_id] = SessionRun.from_run(run_id, run, color, style, auto)
    return kept
