"""``main.py --headless --sweep``: the book's batch-size experiment in the terminal.

The settings once per batch size, as the window's sweep does, one line per run. The runs go to
worker processes where ``engine.sweep.plan`` estimates that pays, and the first line says which
way it went and why; the numbers are the same either way. The same habits as one headless run
(``engine.headless``): everything that can be refused is refused before training, the curves
of the runs that ended are written to ``--out`` even after Ctrl+C.
"""

from __future__ import annotations

import argparse
import contextlib
from dataclasses import replace
from typing import TextIO

from engine.curves import CURVE_COLUMNS, curves_csv
from engine.exit_status import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from engine.fit_process import FitProcessDied
from engine.headless import describe, hyperparameters_from_args, load_dataset
from engine.hyperparameters import parse_batch_sizes
from engine.kernels import compile_pending
from engine.memory import RunTooLarge, check_run_fits
from engine.safe_output import OutputFile
from engine.sweep import SweepPlan, SweepRun, plan, run_sweep

HEADER = (
    f"{'batch':>6}  {'epochs':>6}  {'train loss':>10}  {'val loss':>10}  "
    f"{'val accuracy':>14}  {'updates':>9}  {'seconds':>7}"
)


def _how(chosen: SweepPlan, runs: int) -> str:
    if chosen.workers == 1:
        return f"\n{runs} runs, one after the other in this process.\n"
    return (
        f"\n{runs} runs in {chosen.workers} worker processes (estimated {chosen.gain:.1f}x "
        "faster than one after the other).\n"
    )


def _row(run: SweepRun, n_val: int) -> str:
    label = run.hp.batch_label()
    if not run.records:
        return f"{label:>6}  diverged in its first epoch: {run.diverged}"
    last = run.records[-1]
    accuracy = f"{last.val_acc:.3f} ({round(last.val_acc * n_val)}/{n_val})"
    row = (
        f"{label:>6}  {last.epoch:>6}  {last.train_loss:>10.6f}  {last.val_loss:>10.6f}  "
        f"{accuracy:>14}  {last.updates:>9}  {last.seconds:>7.2f}"
    )
    if run.diverged:
        return row + "  diverged"
    return row + ("  stopped early" if last.epoch < run.hp.epochs else "")


def sweep_csv(runs: list[SweepRun]) -> str:
    """Every run's curves in one table: its batch size, then the columns of one run's CSV."""
    lines = [",".join(("batch_size", *CURVE_COLUMNS))]
    for run in runs:
        label = run.hp.batch_label()
        lines += [f"{label},{row}" for row in curves_csv(run.records).splitlines()[1:]]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """The sweep the options name; the exit status."""
    with contextlib.ExitStack() as stack:
        try:
            base = hyperparameters_from_args(args)
            hps = [replace(base, batch_size=size) for size in parse_batch_sizes(args.sweep)]
            output = None
            if args.out is not None:
                output = stack.enter_context(OutputFile(args.out, inputs=[args.csv_data]))
            dataset, import_lines = load_dataset(args)
            for hp in hps:
                check_run_fits(
                    dataset.n_train, dataset.n_val, dataset.n_features, hp, batch_losses=False
                )
        except (ValueError, OSError, RunTooLarge) as error:
            print(f"error: {error}", file=stderr)
            return EXIT_USAGE
        for line in import_lines:
            print(line, file=stdout)
        chosen = plan(dataset, hps)
        sizes = "batch size " + " / ".join(hp.batch_label() for hp in hps) + " (a run each)"
        print(describe(dataset, hps[0], sizes) + _how(chosen, len(hps)), file=stdout)
        print(HEADER, file=stdout, flush=True)
        if any(compile_pending(dataset.n_train, dataset.n_features, hp) for hp in hps):
            print("Compiling the fast training kernel (once, 5-10 s)...", file=stderr, flush=True)
        ended: dict[int, SweepRun] = {}
        printed = 0

        def show(index: int, sweep_run: SweepRun) -> None:
            """A run's line as soon as the runs before it have theirs: in the sweep's order."""
            nonlocal printed
            ended[index] = sweep_run
            while printed in ended:
                print(_row(ended[printed], dataset.n_val), file=stdout, flush=True)
                printed += 1

        status = EXIT_OK
        try:
            run_sweep(dataset, hps, chosen, on_run=show)
        except KeyboardInterrupt:
            print(f"Interrupted: {len(ended)} of {len(hps)} runs ended.", file=stderr)
            status = EXIT_INTERRUPTED
        except FitProcessDied:
            print(
                f"error: a worker process ended unexpectedly (out of memory?) after "
                f"{len(ended)} of {len(hps)} runs; MINIBATCH_LAB_WORKERS=1 runs the sweep in "
                "this process.",
                file=stderr,
            )
            status = EXIT_FAILED
        runs = [ended[i] for i in sorted(ended)]
        if any(run.diverged for run in runs):
            print("A run diverged: its learning rate is too high for its batch size.", file=stderr)
            status = status or EXIT_FAILED
        if output is not None and runs:
            try:
                output.write_text(sweep_csv(runs))
            except OSError as error:
                print(f"error: {error}", file=stderr)
                return EXIT_FAILED
            print(f"Curves of {len(runs)} runs written to {output.path}", file=stdout)
    return status
