"""The run without a window: the GUI's training for scripts, CI, and machines with no display.

It follows Unix habits so that it can be piped and scripted: the summary on stdout, progress
and errors on stderr, a progress bar only when stderr is a terminal (a log file should not fill
up with carriage returns), and an exit status a script can test (``engine.exit_status``).

Everything that can be refused is refused before training: the options, the output file
(checked and reserved by ``engine.safe_output``), the data, and a run too large for the
memory. Whatever happens afterwards - divergence, Ctrl+C, memory running out - the epochs
trained so far are still written to ``--out``, and written before the summary is printed,
so a reader that closes the pipe early (``| head``) cannot cost the curves.
"""

from __future__ import annotations

import argparse
import contextlib
import textwrap
import time
from dataclasses import replace
from typing import TextIO

from engine import datasets
from engine.csv_import import dataset_from_table, read_csv
from engine.curves import curves_csv
from engine.datasets import Dataset
from engine.differences import DifferenceTable, explain_difference
from engine.exit_status import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from engine.hyperparameters import RECIPE_FIELDS, Hyperparameters
from engine.kernels import compile_pending
from engine.memory import RunTooLarge, check_run_fits, run_memory
from engine.network import init_parameters
from engine.reference import SklearnDiverged, run_sklearn
from engine.safe_output import OutputFile
from engine.training import (
    NO_BATCH_LOSSES,
    EpochRecord,
    TrainingDiverged,
    iter_epochs,
    learning_rate_warning,
)


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
        **{name: getattr(args, name) for name in RECIPE_FIELDS},
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
        # Counted before it is written: Ctrl+C or SIGTERM in the write still gets it cleared.
        shown, self._drawn = line.ljust(self._drawn), max(self._drawn, len(line))
        self._stream.write("\r" + shown)
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


def _count(accuracy: float, n: int) -> str:
    return f"{accuracy:.3f} ({round(accuracy * n)}/{n})"


def describe(dataset: Dataset, hp: Hyperparameters, batches: str | None = None) -> str:
    """What is trained, for the summary's head. ``batches`` replaces the one run's batch
    size and updates per epoch (a sweep names its batch sizes there)."""
    if batches is None:
        updates = hp.updates_per_epoch(dataset.n_train)
        batch = "full batch" if updates == 1 else f"batch {hp.batch_label()}"
        batches = f"{batch} ({updates} update{'s' * (updates > 1)} per epoch)"
    return (
        f"Data:      {dataset.description}\n"
        f"Network:   {dataset.n_features} inputs -> {hp.units} sigmoid units -> 1 sigmoid "
        f"output; init {hp.init}, seed {hp.seed}\n"
        f"Training:  {hp.epochs} epochs, {batches}, learning rate {hp.learning_rate:g}, "
        f"L1 {hp.l1:g}, L2 {hp.l2:g}\n"
        f"Recipe:    {hp.recipe_summary()}"
    )


def _result(record: EpochRecord, n_val: int, hp: Hyperparameters) -> str:
    stopped = ""
    if record.epoch < hp.epochs:
        streak = hp.n_iter_no_change + 1
        stopped = f" (stopped early: {streak} epochs in a row without a {hp.tol:g} gain)"
    loss = "training loss*" if hp.loss == "sklearn" else "training loss "
    note = "  * as MLPClassifier's loss_curve_: the L2 penalty once per mini-batch\n"
    return (
        f"\nAfter {record.epoch} epochs{stopped}:\n"
        f"  {loss}       {record.train_loss:.6f}\n"
        f"  validation loss      {record.val_loss:.6f}\n"
        f"  validation accuracy  {_count(record.val_acc, n_val)}\n"
        f"  weight updates       {record.updates}\n"
        f"  time                 {record.seconds:.2f} s\n"
        f"{note if hp.loss == 'sklearn' else ''}"
    )


def _sklearn_report(
    args: argparse.Namespace, dataset: Dataset, hp: Hyperparameters, stdout: TextIO
) -> None:
    """The book's comparison, with what differs said out loud: MLPClassifier's momentum, seed
    and early stopping change its score, so they are printed next to it. Ctrl+C goes on as
    KeyboardInterrupt (``run_sklearn`` makes sure scikit-learn does not swallow it)."""
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


def _train(
    dataset: Dataset, hp: Hyperparameters, records: list[EpochRecord], stderr: TextIO
) -> tuple[str, int] | None:
    """Train, appending to ``records``; None when every epoch ran, else what stopped the
    run (a message for stderr) and the exit status. The records stay valid either way."""
    bar = ProgressBar(stderr, hp.epochs) if _is_terminal(stderr) else None
    if compile_pending(dataset.n_train, dataset.n_features, hp):
        print(
            "Compiling the fast training kernel for this computer (once, 5-10 s)...",
            file=stderr,
            flush=True,
        )
    try:
        params = init_parameters(dataset.n_features, hp.units, hp.init, hp.seed)
        for record in iter_epochs(
            params, hp, dataset.x_train, dataset.y_train, dataset.x_val, dataset.y_val
        ):
            # Nothing here prints or writes the mini-batch losses: without them a million
            # epochs at batch 1 on the book's data keep 0.5 GB of records, not 3.5 GB.
            records.append(replace(record, batch_losses=NO_BATCH_LOSSES))
            if bar is not None:
                bar.update(record)
    except TrainingDiverged as error:
        return str(error), EXIT_FAILED
    except KeyboardInterrupt:
        return f"Interrupted after epoch {len(records)}.", EXIT_INTERRUPTED
    except MemoryError:  # the estimate was checked, but other programs take memory too
        memory = run_memory(
            dataset.n_train, dataset.n_val, dataset.n_features, hp, batch_losses=False
        )
        advice = memory.advice()
        return (
            f"error: the memory ran out after epoch {len(records)}; to fit, {advice}.",
            EXIT_FAILED,
        )
    finally:
        if bar is not None:
            bar.clear()
    return None


def _save(output: OutputFile, records: list[EpochRecord], stderr: TextIO) -> str | None:
    """Write the curves; the line to print on success, None (after saying why) on failure."""
    try:
        output.write_text(curves_csv(records))
    except OSError as error:
        print(f"error: {error}", file=stderr)
        return None
    return f"Curves of {len(records)} epochs written to {output.path}"


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Train once as the options say, report, and return the exit status."""
    if args.explain_difference:
        return explain(args, stdout, stderr)
    if args.sweep is not None:
        from engine import headless_sweep

        return headless_sweep.run(args, stdout, stderr)
    with contextlib.ExitStack() as stack:
        try:
            hp = hyperparameters_from_args(args)
            output = None
            if args.out is not None:
                output = stack.enter_context(OutputFile(args.out, inputs=[args.csv_data]))
            dataset, import_lines = load_dataset(
                args
            )  # DatasetError is a ValueError, worded for the user
            check_run_fits(
                dataset.n_train, dataset.n_val, dataset.n_features, hp, batch_losses=False
            )
        except (ValueError, OSError, RunTooLarge) as error:
            print(f"error: {error}", file=stderr)
            return EXIT_USAGE

        try:
            for line in import_lines:
                print(line, file=stdout)
            print(describe(dataset, hp), file=stdout, flush=True)
        except BrokenPipeError:
            # The reader left already (`| head -1`). The curves are what was asked for: train
            # and write them; a later flush of stdout then ends the run quietly.
            if output is None:
                raise
        records: list[EpochRecord] = []
        stopped = _train(dataset, hp, records, stderr)
        saved = _save(output, records, stderr) if output is not None else None
        if stopped is not None:
            message, status = stopped
            print(message, file=stderr)
            if saved is not None:
                print(saved, file=stdout)
            return status

    print(_result(records[-1], dataset.n_val, hp), file=stdout, end="")
    hint = learning_rate_warning([r.train_loss for r in records])
    if hint is not None:
        print(
            "\n" + textwrap.fill(f"Hint: {hint}", width=88, subsequent_indent="      "), file=stdout
        )
    if output is not None:
        if saved is None:
            return EXIT_FAILED
        print(saved, file=stdout)
    if args.compare_sklearn:
        stdout.flush()  # our result is shown while scikit-learn trains
        try:
            _sklearn_report(args, dataset, hp, stdout)
        except KeyboardInterrupt:
            print("Interrupted: the scikit-learn comparison has no result.", file=stderr)
            return EXIT_INTERRUPTED
    return EXIT_OK


def _difference_table(table: DifferenceTable, n_val: int) -> str:
    width = max(len(row.label) for row in table.rows)
    lines = [
        "\nWhy does MLPClassifier score differently? The book's recipe, then scikit-learn's\n"
        f"differences switched on one at a time (seed {table.seed} for every row):\n",
        f"  {'variant':<{width}}  epochs  training loss  validation accuracy",
    ]
    for row in table.rows:
        star = "*" if row.loss == "sklearn" else " "
        lines.append(
            f"  {row.label:<{width}}  {row.epochs:>6}  {row.train_loss:>12.6f}{star}  "
            f"{_count(row.val_acc, n_val)}"
        )
    lines.append(
        "\n  * the training loss as MLPClassifier's loss_curve_ counts it: the L2 penalty once "
        "per mini-batch\n    (the book's once per epoch), so those rows are on another scale."
    )
    if table.l1_dropped:
        lines.append("  Every row trained without L1: MLPClassifier has no L1 penalty.")
    if table.matches:
        lines.append(
            f"\nWith every difference on, our network ends where MLPClassifier(random_state="
            f"{table.seed}) ends:\nthe same epochs, the same validation accuracy, training "
            "losses within 1e-9."
        )
    else:
        lines.append(
            "\nWith every difference on, our network and MLPClassifier end apart here: at such "
            "large steps\ntraining is chaotic, and rounding differences of 1e-16 grow until "
            "they show."
        )
    return "\n".join(lines) + "\n"


def explain(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """--explain-difference: train the variants of the options' run and print the table."""
    try:
        hp = hyperparameters_from_args(args)
        dataset, _ = load_dataset(args)
    except ValueError as error:
        print(f"error: {error}", file=stderr)
        return EXIT_USAGE
    seed = hp.seed if args.sklearn_seed is None else args.sklearn_seed
    print(f"Data:      {dataset.description}", file=stdout, flush=True)
    terminal = _is_terminal(stderr)

    def progress(done: int, total: int) -> None:
        if terminal:
            end = "\n" if done == total else ""
            print(f"\rtrained {done} of {total} variants", end=end, file=stderr, flush=True)

    try:
        table = explain_difference(dataset, hp, seed, args.sklearn_momentum, progress)
    except KeyboardInterrupt:
        print("Interrupted.", file=stderr)
        return EXIT_INTERRUPTED
    except (TrainingDiverged, SklearnDiverged) as error:
        print(f"error: {error}", file=stderr)
        return EXIT_FAILED
    print(_difference_table(table, dataset.n_val), file=stdout, end="")
    return EXIT_OK
