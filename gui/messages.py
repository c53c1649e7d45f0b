"""The words for what the session reports: status lines, plot hints and run states.

The session keeps a kind and its numbers (``Status``); these functions word them in the language
installed now, each time they are shown, so a language switch rewords what is on screen. One
template per kind, in the context "Messages"; the hints about a run are the engine's own
templates (`engine.error_catalog.HINTS`), translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine import error_catalog
from engine.hyperparameters import Hyperparameters
from engine.training import EpochRecord
from gui.session_runs import RunState, SessionRun, Status

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


def progress_text(record: EpochRecord, hp: Hyperparameters) -> str:
    return _progress(record.epoch, hp.epochs, record.updates, record.seconds, record.train_loss)


def _progress(epoch: object, epochs: object, updates: object, seconds: object, loss: object) -> str:
    return translate(
        "Messages", "Epoch {0}/{1} · {2} weight updates · {3:.2f} s · loss {4:.4f}"
    ).format(epoch, epochs, updates, seconds, loss)


def status_text(status: Status, live: SessionRun | None, sweep: tuple[int, int]) -> str:
    """The status line for ``status``; ``live`` is the run training now, if any."""
    args = status.args
    kind = status.kind
    if kind == "training":
        number, total = sweep
        prefix = (
            translate("Messages", "Sweep: run {0} of {1}").format(number, total) + " · "
            if total
            else ""
        )
        if live is None or not live.records:
            return prefix + translate("Messages", "Training…")
        return prefix + progress_text(live.records[-1], live.hp)
    if kind == "paused":
        if not args["epoch"]:
            return translate("Messages", "Paused in the first epoch. Press Resume to go on.")
        return translate("Messages", "Paused after epoch {0}. Press Resume to go on.").format(
            args["epoch"]
        )
    if kind == "stepped":
        return translate(
            "Messages",
            "Step: epoch {0}, batch {1} of {2} ({3}) · batch loss {4:.4f} → {5:.4f}. "
            "Step again (F10) or Resume.",
        ).format(
            args["epoch"],
            args["batch"],
            args["batches"],
            rows_text(args["rows"]),
            args["before"],
            args["after"],
        )
    if kind in ("finished", "stopped", "diverged"):
        return _ended_text(kind, args)
    texts = {
        "ready": translate("Messages", "Ready. Press Start to train."),
        "nothing_kept": translate(
            "Messages", "Stopped before the first epoch ended: there is nothing to keep."
        ),
        "failed": translate("Messages", "The run failed."),
    }
    if kind in texts:
        return texts[kind]
    if kind == "saved":
        return translate("Messages", "Saved {0}").format(args["path"])
    if kind == "opened":
        return translate("Messages", "Opened {0}: {1} runs.").format(args["path"], args["count"])
    if kind == "copied":
        return translate(
            "Messages", "The plot is on the clipboard ({0} × {1} pixels): paste it into a slide."
        ).format(args["width"], args["height"])
    if kind == "csv_gone":
        return translate(
            "Messages", "The CSV file of the last session is gone ({0}): the book's data is used."
        ).format(args["path"])
    if kind == "csv_not_loaded":
        return translate(
            "Messages",
            "The CSV file of the last session was not loaded ({0}): the book's data is used. "
            "Open it with Data → Open CSV… to see why.",
        ).format(args["path"])
    raise ValueError(f"no words for the status {kind!r}")


def _ended_text(kind: str, args: dict) -> str:
    line = _progress(args["epoch"], args["epochs"], args["updates"], args["seconds"], args["loss"])
    if kind == "finished":
        text = translate("Messages", "Finished: {0}").format(line)
    elif kind == "stopped":
        text = translate("Messages", "Stopped: {0}").format(line)
    else:
        text = translate("Messages", "Stopped at epoch {0}: numbers overflowed.").format(
            args["diverged_at"]
        )
    if args.get("replaced"):
        text += " " + translate(
            "Messages", "It replaces the earlier run with the same settings ({0})."
        ).format(args["replaced"])
    elif args.get("kept_earlier"):
        text += " " + translate(
            "Messages", "The earlier run with the same settings ({0}) went further and stays."
        ).format(args["kept_earlier"])
    return text


def hint_text(hint: Status) -> str:
    """The hint the plot shows in red."""
    if hint.kind not in error_catalog.HINTS:
        raise ValueError(f"no words for the hint {hint.kind!r}")
    return error_catalog.hint_text(hint.kind, translate, **hint.args)


def rows_text(count: int) -> str:
    """ "1 row" or "32 rows": a batch of one row is common in step mode."""
    if count == 1:
        return translate("Messages", "1 row")
    return translate("Messages", "{0} rows").format(count)


def state_text(run: SessionRun) -> str:
    """A run's state in the history's Epochs column: the epochs run when it finished."""
    if run.state is RunState.FINISHED:
        return str(run.epoch)
    if run.state is RunState.STOPPED:
        return translate("Messages", "stopped at epoch {0}").format(run.epoch)
    if run.state is RunState.DIVERGED:
        return translate("Messages", "diverged at epoch {0}").format(run.epoch + 1)
    step = run.last_step
    if run.state is RunState.PAUSED and run.held_after_step and step and step.record is None:
        return translate("Messages", "paused at batch {0}/{1} of epoch {2}").format(
            step.batch, step.batches, step.epoch
        )
    if run.state is RunState.PAUSED:
        return translate("Messages", "paused at epoch {0}").format(run.epoch)
    if run.state is RunState.RUNNING:
        return translate("Messages", "running: epoch {0}").format(run.epoch)
    return translate("Messages", "failed")


def sklearn_label(stale: bool) -> str:
    """The legend entry of MLPClassifier's curve."""
    if stale:
        return translate("Messages", "MLPClassifier loss, previous settings")
    return translate("Messages", "MLPClassifier loss (L2 added per batch)")
