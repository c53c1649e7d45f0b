"""The run without a window: the GUI's training for scripts, CI, and machines with no display.

It follows Unix habits so that it can be piped and scripted: the summary on stdout, progress
and errors on stderr, a progress bar only when stderr is a terminal (a log file should not fill
up with carriage returns), and an exit status a script can test: 0 done, 1 training diverged or
the curves could not be written, 2 bad data or options.
"""

from __future__ import annotations

import argparse
import os
import textwrap
import time
from typing import TextIO

from engine import datasets
from engine.csv_import import dataset_from_table, read_csv
from engine.curves import curves_csv, write_text_atomic
from engine.datasets import Dataset
from engine.hyperparameters import Hyperparameters
from engine.network import init_parameters
from engine.reference import SklearnDiverged, run_sklearn
from engine.training import EpochRecord, TrainingDiverged, iter_epochs, learning_rate_warning

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # the shell's convention for a run ended by Ctrl+C


def load_dataset(args: argparse.Namespace) -> tuple[Dataset, list[str]]:
    """The data the options name (a CSV wins over ``--dataset``), and for a CSV the lines that
    say what its import chose; options left unset (None) keep the loaders' defaults."""
    if args.csv_data is not None:
        split = {"val_ratio": args.val_ratio, "seed": args.data_seed}
        table = read_csv(args.csv_data, args.csv_options)
        dataset = dataset_from_table(
            table, **{key: value for key, value in split.items() if value is not None}
        )
        return dataset, table.report.lines()
    options = {
        "n_samples": args.samples,
        "noise": args.noise,
        "seed": args.data_seed,
        "val_ratio": args.val_ratio,
    }
    dataset = datasets.load(
        args.dataset, **{key: value for key, value in options.items() if value is not None}
    )
    return dataset, []


def hyperparameters_from_args(args: argparse.Namespace) -> Hyperparameters:
    return Hyperparameters(
        units=args.units,
        batch_size=args.batch_size,
        learning_rate=args.learning_rate,
        l1=args.l1,
        l2=args.l2,
        epochs=args.epochs,
        seed=args.seed,
        init=args.init,
    )


class ProgressBar:
    """One self-overwriting line on stderr. A run can finish 500 epochs in a tenth of a second;
    redrawing on every epoch would spend more time in the terminal than in the training, so
    the line is redrawn at most ``RATE`` times a second (and always for the last epoch)."""

    RATE = 20
    WIDTH = 30

    def __init__(self, stream: TextIO, total: int) -> None:
        self._stream = stream
        self._total = total
        self._last_draw = float("-inf")
        self._drawn = 0  # length of the line on screen, so a shorter one can blank it out

    def update(self, record: EpochRecord) -> None:
        now = time.monotonic()
        if now - self._last_draw < 1 / self.RATE and record.epoch < self._total:
            return
        self._last_draw = now
        filled = self.WIDTH * record.epoch // self._total
        line = (
            f"epoch {record.epoch:>{len(str(self._total))}}/{self._total} "
            f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] loss {record.train_loss:.4f}"
        )
        self._stream.write("\r" + line.ljust(self._drawn))
        self._stream.flush()
        self._drawn = len(line)

    def clear(self) -> None:
        """Leave the terminal as if the bar had never been there, so the summary starts clean."""
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _check_out_path(args: argparse.Namespace) -> None:
    """Fail before training, not after a long run, when the curves cannot be saved - or when
    saving them would overwrite the student's own data file."""
    out = os.path.abspath(args.out)
    if not args.out or os.path.isdir(out):
        raise ValueError(f"--out needs a file name, got the folder {args.out or '(empty)'}")
    if not os.path.isdir(os.path.dirname(out)):
        raise ValueError(
            f"cannot write {args.out}: the folder {os.path.dirname(out)} does not exist"
        )
    if args.csv_data is not None and out == os.path.abspath(args.csv_data):
        raise ValueError(f"--out {args.out} would overwrite the data file; choose another name")


def _count(accuracy: float, n: int) -> str:
    return f"{accuracy:.3f} ({round(accuracy * n)}/{n})"


def _describe(dataset: Dataset, hp: Hyperparameters) -> str:
    updates = hp.updates_per_epoch(dataset.n_train)
    batch = "full batch" if updates == 1 else f"batch {hp.batch_label()}"
    return (
        f"Data:      {dataset.description}\n"
        f"Network:   {dataset.n_features} inputs -> {hp.units} sigmoid units -> 1 sigmoid "
        f"output; init {hp.init}, seed {hp.seed}\n"
        f"Training:  {hp.epochs} epochs, {batch} ({updates} update{'s' * (updates > 1)} per "
        f"epoch), learning rate {hp.learning_rate:g}, L1 {hp.l1:g}, L2 {hp.l2:g}"
    )


def _result(record: EpochRecord, n_val: int) -> str:
    return (
        f"\nAfter {record.epoch} epochs:\n"
        f"  training loss        {record.train_loss:.6f}\n"
        f"  validation loss      {record.val_loss:.6f}\n"
        f"  validation accuracy  {_count(record.val_acc, n_val)}\n"
        f"  weight updates       {record.updates}\n"
        f"  time                 {record.seconds:.2f} s\n"
    )


def _sklearn_report(
    args: argparse.Namespace, dataset: Dataset, hp: Hyperparameters, stdout: TextIO
) -> None:
    """The book's comparison, with what differs said out loud: MLPClassifier's momentum, seed
    and early stopping change its score, so they are printed next to it."""
    seed = hp.seed if args.sklearn_seed is None else args.sklearn_seed
    try:
        result = run_sklearn(
            dataset.x_train,
            dataset.y_train,
            dataset.x_val,
            dataset.y_val,
            hp,
            setup="book",
            momentum=args.sklearn_momentum,
            seed=seed,
        )
    except SklearnDiverged as error:
        print(f"\nscikit-learn MLPClassifier: {error}", file=stdout)
        return
    momentum = f"momentum {result.momentum:g}" + (" (Nesterov)" if result.momentum else "")
    stopped = ", stopped early (no 1e-4 improvement in 10 epochs)" if result.stopped_early else ""
    print(
        f"\nscikit-learn MLPClassifier, the book's setup: {momentum}, random_state {result.seed}"
        "\n  (its own initialisation and shuffling, so the score varies with the seed)\n"
        f"  validation accuracy  {_count(result.val_score, dataset.n_val)}\n"
        f"  epochs               {result.n_iter} of {hp.epochs}{stopped}\n"
        f"  time                 {result.seconds:.2f} s",
        file=stdout,
    )
    if hp.l1 > 0:
        print(
            f"  note: MLPClassifier has no L1 penalty; it trained with L2 {hp.l2:g} only.",
            file=stdout,
        )


def _write_curves(path: str, records: list[EpochRecord], stdout: TextIO, stderr: TextIO) -> bool:
    try:
        write_text_atomic(path, curves_csv(records))
    except OSError as error:
        print(f"error: {error}", file=stderr)
        return False
    print(f"Curves of {len(records)} epochs written to {path}", file=stdout)
    return True


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Train once as the options say, report, and return the exit status."""
    try:
        if args.out is not None:
            _check_out_path(args)
        hp = hyperparameters_from_args(args)
        dataset, import_lines = load_dataset(args)
    except ValueError as error:  # DatasetError included: the message is written for the user
        print(f"error: {error}", file=stderr)
        return EXIT_USAGE

    for line in import_lines:
        print(line, file=stdout)
    print(_describe(dataset, hp), file=stdout, flush=True)
    params = init_parameters(dataset.n_features, hp.units, hp.init, hp.seed)
    records: list[EpochRecord] = []
    bar = ProgressBar(stderr, hp.epochs) if _is_terminal(stderr) else None
    stopped = None
    try:
        for record in iter_epochs(
            params, hp, dataset.x_train, dataset.y_train, dataset.x_val, dataset.y_val
        ):
            records.append(record)
            if bar is not None:
                bar.update(record)
    except TrainingDiverged as error:
        stopped = str(error), EXIT_FAILED
    except KeyboardInterrupt:
        stopped = f"Interrupted after epoch {len(records)}.", EXIT_INTERRUPTED
    finally:
        if bar is not None:
            bar.clear()

    if stopped is not None:
        message, status = stopped
        print(message, file=stderr)
        if args.out is not None:
            _write_curves(args.out, records, stdout, stderr)
        return status

    print(_result(records[-1], dataset.n_val), file=stdout, end="")
    hint = learning_rate_warning([r.train_loss for r in records])
    if hint is not None:
        print(
            "\n" + textwrap.fill(f"Hint: {hint}", width=88, subsequent_indent="      "), file=stdout
        )
    if args.out is not None and not _write_curves(args.out, records, stdout, stderr):
        return EXIT_FAILED
    if args.compare_sklearn:
        _sklearn_report(args, dataset, hp, stdout)
    return EXIT_OK
