"""Minibatch Lab's command line: parse the arguments, then start the window or the headless run.

Every value is checked by the same engine functions the GUI uses (``engine.cli_options``), so a
bad argument ends in one line, ``main.py: error: ... (see --help)``, and exit status 2 before
anything is trained or drawn. Qt is imported only on the window's path: ``--headless`` must work
(and start fast) without a display.

Whatever goes wrong ends in one line on stderr and an exit status from ``engine.exit_status``,
never in a traceback: ``main`` runs everything inside ``engine.crash_report.report_failures``.
This module imports nothing but ``sys`` at its top, so that Ctrl+C in the first milliseconds
already meets that guard: argparse, NumPy, scikit-learn and Qt load inside it.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing outside the guard
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

DEFAULT_SIZE = (1280, 800)

_EXAMPLES = """\
examples:
  main.py                                   the GUI
  main.py --headless                        the book's run: batch 32, 500 epochs
  main.py --headless --batch-size full --out curves.csv
  main.py --headless --dataset moons --noise 0.3 --units 8 --compare-sklearn
  main.py --headless --csv-data data.csv --label-column diagnosis --ignore-columns id
  main.py --headless --csv-data iris.csv --positive-class virginica
  main.py --headless --recipe sklearn       MLPClassifier's recipe: the same numbers as it
  main.py --explain-difference              why MLPClassifier scores differently, step by step
  main.py --headless --sweep "1, 8, 32, 128, full" --out sweep.csv
  main.py --screenshot shot.png --size 1600x1000
"""


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, for the window and --headless alike: one set of defaults (the
    book's run) and one set of range checks (the engine's)."""
    import argparse

    from engine.cli_options import (
        CommandLineParser,
        add_csv_options,
        add_recipe_options,
        batch_size,
        check_size,
        checked,
        hyperparameter,
        size,
    )
    from engine.datasets import DATASET_NAMES, N_SAMPLES_RANGE, NOISE_RANGE, VAL_RATIO_RANGE
    from engine.hyperparameters import (
        MAX_SEED,
        Hyperparameters,
        check_float,
        check_int,
        check_momentum,
    )

    parser = CommandLineParser(
        prog="main.py",
        description="Minibatch Lab: mini-batch gradient descent on a two-layer network, as in\n"
        "section 6-3 of 'Do it! 딥러닝 입문'. Opens the GUI unless --headless is given.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    mode = parser.add_argument_group("mode").add_mutually_exclusive_group()
    mode.add_argument(
        "--headless", action="store_true", help="train in the terminal, print a summary, no GUI"
    )
    mode.add_argument(
        "--screenshot", metavar="PNG", help="open the GUI, run, save a screenshot to PNG, quit"
    )
    gui = parser.add_argument_group("window")
    gui.add_argument(
        "--size",
        type=checked(size, "WIDTHxHEIGHT, e.g. 1280x800", check_size),
        default=DEFAULT_SIZE,
        metavar="WxH",
        help=f"window size in pixels (default {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]})",
    )
    gui.add_argument(
        "--lang",
        choices=("auto", "en", "ko"),
        default="auto",
        help="interface language (default auto: the system's)",
    )
    gui.add_argument(
        "--x-axis",
        choices=("epoch", "updates", "samples", "seconds"),
        help="draw the curves against epochs, weight updates, samples seen or seconds "
        "(default: as last time)",
    )
    gui.add_argument(
        "--log-x",
        choices=("on", "off"),
        help="logarithmic x axis (default: as last time for that axis, else on when runs "
        "differ 20 times in length)",
    )
    gui.add_argument(
        "--log-y", choices=("on", "off"), help="logarithmic loss axis (default: as last time)"
    )

    data = parser.add_argument_group("data (default: the book's breast-cancer split)")
    source = data.add_mutually_exclusive_group()
    source.add_argument(
        "--dataset",
        choices=DATASET_NAMES,
        default="breast_cancer",
        help="a built-in dataset (default breast_cancer); the synthetic ones are 2-D, so the "
        "GUI can draw their decision boundary",
    )
    source.add_argument(
        "--csv-data",
        metavar="PATH",
        help="your own CSV: numeric features and a label column with two values",
    )
    add_csv_options(parser)
    data.add_argument(
        "--samples",
        type=checked(int, "a whole number", lambda v: check_int("samples", v, *N_SAMPLES_RANGE)),
        metavar="N",
        help="points in a synthetic dataset (default 300)",
    )
    data.add_argument(
        "--noise",
        type=checked(float, "a number", lambda v: check_float("noise", v, *NOISE_RANGE, False)),
        metavar="X",
        help="noise of a synthetic dataset (default 0.2)",
    )
    data.add_argument(
        "--data-seed",
        type=checked(int, "a whole number", lambda v: check_int("data seed", v, 0, MAX_SEED)),
        metavar="N",
        help="seed of the synthetic points and of the split (default 0 synthetic, 42 CSV)",
    )
    data.add_argument(
        "--val-ratio",
        type=checked(
            float, "a number", lambda v: check_float("val_ratio", v, *VAL_RATIO_RANGE, False)
        ),
        metavar="R",
        help="share of rows held out for validation (default 0.25 synthetic, 0.2 CSV)",
    )

    book = Hyperparameters()
    train = parser.add_argument_group("network and training (default: the book's run)")
    train.add_argument(
        "--units",
        type=checked(int, "a whole number", hyperparameter("units")),
        default=book.units,
        metavar="N",
        help=f"hidden units (default {book.units})",
    )
    train.add_argument(
        "--batch-size",
        type=checked(batch_size, "a whole number or 'full'", hyperparameter("batch_size")),
        default=book.batch_size,
        metavar="N|full",
        help=f"rows per weight update; 'full': all rows, one update per epoch "
        f"(default {book.batch_label()})",
    )
    train.add_argument(
        "--sweep",
        nargs="?",
        const="1, 8, 32, 128, full",
        metavar="SIZES",
        help="a batch-size sweep instead of one run: the settings once per batch size "
        "(default '1, 8, 32, 128, full'); the window overlays the curves, --headless prints "
        "a line per run (in worker processes where that is estimated faster)",
    )
    train.add_argument(
        "--learning-rate",
        type=checked(float, "a number", hyperparameter("learning_rate")),
        default=book.learning_rate,
        metavar="LR",
        help=f"step size (default {book.learning_rate:g})",
    )
    train.add_argument(
        "--l1",
        type=checked(float, "a number", hyperparameter("l1")),
        default=book.l1,
        help=f"L1 penalty (default {book.l1:g})",
    )
    train.add_argument(
        "--l2",
        type=checked(float, "a number", hyperparameter("l2")),
        default=book.l2,
        help=f"L2 penalty (default {book.l2:g})",
    )
    train.add_argument(
        "--epochs",
        type=checked(int, "a whole number", hyperparameter("epochs")),
        default=book.epochs,
        metavar="N",
        help=f"passes over the training rows (default {book.epochs})",
    )
    train.add_argument(
        "--seed",
        type=checked(int, "a whole number", hyperparameter("seed")),
        default=book.seed,
        metavar="N",
        help=f"seed of the initial weights and the batch order (default {book.seed})",
    )
    add_recipe_options(parser)

    output = parser.add_argument_group("output")
    output.add_argument(
        "--out", metavar="CSV", help="write the learning curves (one row per epoch) to CSV"
    )
    sklearn = parser.add_argument_group("comparison with scikit-learn")
    sklearn.add_argument(
        "--compare-sklearn",
        action="store_true",
        help="also train MLPClassifier on the same split, set up as in the book",
    )
    sklearn.add_argument(
        "--sklearn-momentum",
        type=checked(float, "a number", check_momentum),
        default=0.9,
        metavar="M",
        help="MLPClassifier's momentum (default 0.9, its own default; 0: plain SGD like ours)",
    )
    sklearn.add_argument(
        "--sklearn-seed",
        type=checked(int, "a whole number", lambda v: check_int("sklearn seed", v, 0, MAX_SEED)),
        metavar="N",
        help="MLPClassifier's random_state (default: --seed); its score depends on it",
    )
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse, then reject options that make no sense together.

    ``dataset`` keeps its default when ``csv_data`` is given (the CSV wins); ``samples``,
    ``noise``, ``data_seed``, ``val_ratio`` and ``sklearn_seed`` are None unless given, so the
    loaders' and the run's own defaults apply; ``size`` is (width, height).
    """
    from engine.cli_options import csv_import_options, resolve_recipe
    from engine.datasets import SYNTHETIC_KINDS
    from engine.hyperparameters import parse_batch_sizes
    from engine.safe_output import check_output_path

    parser = build_parser()
    args = parser.parse_args(argv)
    # Which options were typed: the window lets only those override its saved settings, even
    # when a typed value equals the default.
    unset = object()
    parser.set_defaults(**dict.fromkeys(vars(args), unset))
    args.given = frozenset(k for k, v in vars(parser.parse_args(argv)).items() if v is not unset)
    resolve_recipe(parser, args)
    csv = args.csv_data is not None
    if args.screenshot is not None:
        if not args.screenshot:
            parser.error("argument --screenshot: needs a file name, e.g. --screenshot shot.png")
        try:
            check_output_path(args.screenshot, inputs=[args.csv_data])
        except OSError as error:
            parser.error(f"argument --screenshot: {error}")
    if args.headless and args.sweep is not None:
        for name in ("batch_size", "compare_sklearn"):
            if name in args.given:
                parser.error(f"--{name.replace('_', '-')} is for one run: leave out --sweep")
    for name in ("x_axis", "log_x", "log_y"):
        if args.headless and name in args.given:
            parser.error(f"--{name.replace('_', '-')} is for the window: leave out --headless")
    if args.sweep is not None:
        try:
            parse_batch_sizes(args.sweep)
        except ValueError as exc:
            parser.error(f"argument --sweep: {exc}")
    csv_only = ("label_column", "ignore_columns", "delimiter", "decimal", "header", "encoding")
    csv_only += ("positive_class", "keep_classes", "missing")
    for name in csv_only:
        if name in args.given and not csv:
            parser.error(f"--{name.replace('_', '-')} needs --csv-data")
    if csv:
        try:
            args.csv_options = csv_import_options(args)
        except ValueError as exc:
            parser.error(str(exc))
    synthetic_only = {"--samples": args.samples, "--noise": args.noise}
    fixed_split = {"--data-seed": args.data_seed, "--val-ratio": args.val_ratio}
    for option, value in synthetic_only.items():
        if value is not None and (csv or args.dataset not in SYNTHETIC_KINDS):
            parser.error(f"{option} is only for --dataset {'/'.join(SYNTHETIC_KINDS)}")
    for option, value in fixed_split.items():
        if value is not None and not csv and args.dataset == "breast_cancer":
            parser.error(
                f"{option} cannot change the breast-cancer data: the book's split is fixed"
            )
    return args


def _run(argv: Sequence[str] | None) -> int:
    from engine.crash_report import interrupts_deferred

    with interrupts_deferred():  # NumPy's C start-up can swallow a KeyboardInterrupt
        args = parse_args(argv)
        if args.headless:
            from engine import headless
    if args.headless:
        import signal

        from engine.crash_report import raise_terminated

        # Errors stay printable whatever the terminal's encoding and the file names it shows.
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="backslashreplace")
        previous = signal.signal(signal.SIGTERM, raise_terminated)
        try:
            return headless.run(args, sys.stdout, sys.stderr)
        finally:
            signal.signal(signal.SIGTERM, previous)
    from gui.app import run_gui  # Qt is loaded only here
    from gui.window_guard import WindowGuard

    guard = WindowGuard()
    with guard.installed():
        status = run_gui(args)
    if guard.interrupted:
        raise KeyboardInterrupt
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Return the exit status rather than exit, so tests and launchers can call it in-process.

    Every failure ends as one line on stderr and its status (``report_failures``); so do
    argparse's exits, after ``--help`` has been written out.
    """
    try:
        from engine.crash_report import report_failures
    except KeyboardInterrupt:  # Ctrl+C while the guard itself loads: nothing has begun yet
        return _interrupted_at_start()
    return report_failures(lambda: _run(argv))


def _interrupted_at_start() -> int:
    from engine.crash_report import say
    from engine.exit_status import EXIT_INTERRUPTED

    say("Interrupted.")
    return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
