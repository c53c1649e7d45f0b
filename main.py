"""Minibatch Lab's command line: parse the arguments, then start the GUI or the headless run.

Every value is checked here, by the same engine functions the GUI uses, so a bad argument ends
with argparse's one-line ``error:`` and exit status 2 before anything is trained or drawn. Qt is
imported only on the GUI path: ``--headless`` must work (and start fast) without a display.

Whatever goes wrong ends in one line on stderr and an exit status from ``engine.exit_status``,
never in a traceback. ``main`` is a guard around everything, and it is in place before any
heavy import: NumPy, scikit-learn and Qt are imported inside the functions that need them, so
Ctrl+C while they load is an interruption like any other. An unexpected error's traceback goes
to a log file (see ``log_folder``) whose path the one line names.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import re
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from engine.exit_status import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from types import TracebackType

    from engine.csv_import import ImportOptions

DEFAULT_SIZE = (1280, 800)
SIZE_RANGE = (320, 8192)

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
  main.py --screenshot shot.png --size 1600x1000
"""


def _checked(
    parse: Callable[[str], object], expected: str, check: Callable[[object], object]
) -> Callable[[str], object]:
    """An argparse type: parse the text, then let ``check`` judge the value and word the error,
    so the command line rejects exactly what the engine and the GUI reject."""

    def convert(text: str) -> object:
        try:
            value = parse(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {expected}, got {text!r}") from None
        try:
            return check(value)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return convert


def _hyperparameter(name: str) -> Callable[[object], object]:
    """Validate one field with ``Hyperparameters`` itself: one source of truth for the limits."""
    from engine.hyperparameters import Hyperparameters

    return lambda value: getattr(Hyperparameters(**{name: value}), name)


def _batch_size(text: str) -> int | None:
    return None if text.strip().lower() == "full" else int(text)


def _patience(text: str) -> int | None:
    return None if text.strip().lower() == "none" else int(text)


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if match is None:
        raise ValueError(text)
    return int(match[1]), int(match[2])


def _check_size(size: tuple[int, int]) -> tuple[int, int]:
    from engine.hyperparameters import check_int

    return check_int("width", size[0], *SIZE_RANGE), check_int("height", size[1], *SIZE_RANGE)


_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "space": " ", "\\t": "\t"}
# What a Korean user may call cp949; cp949 is a superset of EUC-KR.
_ENCODING_ALIASES = {
    "euc-kr": "cp949",
    "utf8": "utf-8",
    "utf-8-bom": "utf-8-sig",
    "latin1": "latin-1",
}


def _delimiter(text: str) -> str:
    from engine.csv_text import DELIMITERS

    delimiter = _DELIMITER_NAMES.get(text.lower(), text)
    if delimiter not in DELIMITERS:
        raise ValueError(text)
    return delimiter


def _encoding(text: str) -> str:
    from engine.csv_import import ENCODINGS

    encoding = _ENCODING_ALIASES.get(text.lower(), text.lower())
    if encoding not in ENCODINGS:
        raise argparse.ArgumentTypeError(
            f"expected one of {', '.join((*ENCODINGS, 'euc-kr'))}, got {text!r}"
        )
    return encoding


def _column_list(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


def _class_pair(text: str) -> tuple[str, str]:
    names = [name.strip() for name in text.split(",")]
    if len(names) != 2 or not all(names) or names[0] == names[1]:
        raise argparse.ArgumentTypeError(f"expected two different classes A,B, got {text!r}")
    return names[0], names[1]


def csv_import_options(args: argparse.Namespace) -> ImportOptions:
    """The CSV options as the engine takes them; unset ones stay open for it to propose."""
    from engine.csv_import import ImportOptions

    return ImportOptions(
        delimiter=args.delimiter,
        decimal=args.decimal,
        header={"auto": None, "yes": True, "no": False}[args.header],
        encoding=args.encoding or "auto",
        label_column=args.label_column,
        ignore_columns=args.ignore_columns,
        positive_class=args.positive_class,
        keep_classes=args.keep_classes,
        missing=args.missing,
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, for the window and --headless alike: one set of defaults (the
    book's run) and one set of range checks (the engine's)."""
    from engine.csv_import import DECIMALS, ENCODINGS, MISSING_POLICIES
    from engine.datasets import DATASET_NAMES, N_SAMPLES_RANGE, NOISE_RANGE, VAL_RATIO_RANGE
    from engine.hyperparameters import (
        MAX_SEED,
        Hyperparameters,
        check_float,
        check_int,
        check_momentum,
    )

    parser = argparse.ArgumentParser(
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
        type=_checked(_size, "WIDTHxHEIGHT, e.g. 1280x800", _check_size),
        default=DEFAULT_SIZE,
        metavar="WxH",
        help=f"window size in pixels (default {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]})",
    )
    gui.add_argument(
        "--sweep",
        nargs="?",
        const="1, 8, 32, 128, full",
        metavar="SIZES",
        help="start a batch-size sweep instead of one run: the settings once per batch size "
        "(default '1, 8, 32, 128, full'), curves overlaid",
    )
    gui.add_argument(
        "--lang",
        choices=("auto", "en", "ko"),
        default="auto",
        help="interface language (default auto: the system's)",
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
    csv_options = parser.add_argument_group(
        "CSV import (with --csv-data; each option left out is proposed from the first rows, "
        "and the summary says what was chosen)"
    )
    csv_options.add_argument(
        "--label-column",
        metavar="NAME|N",
        help="the label column: header name or number from 1 (default: a column named like "
        "label, target, class, y, diagnosis, 진단; else the first non-numeric one; else the last)",
    )
    csv_options.add_argument(
        "--ignore-columns",
        type=_column_list,
        metavar="NAME|N[,...]",
        help="columns that are not features, e.g. 'id' or '1,33'; '' ignores none (default: "
        "columns named like id, row numbers and empty columns)",
    )
    csv_options.add_argument(
        "--delimiter",
        type=_checked(_delimiter, "comma, semicolon, tab or space", lambda v: v),
        metavar="{comma,semicolon,tab,space}",
        help="what separates the cells (also ',', ';', '\\t', ' ')",
    )
    csv_options.add_argument(
        "--decimal", choices=DECIMALS, help="the decimal mark: '.' or ',' (e.g. 0,5)"
    )
    csv_options.add_argument(
        "--header",
        choices=("auto", "yes", "no"),
        default="auto",
        help="is the first row a header? (default auto)",
    )
    encodings = (*ENCODINGS, "euc-kr")
    csv_options.add_argument(
        "--encoding",
        type=_checked(_encoding, f"one of {', '.join(encodings)}", lambda v: v),
        metavar="{" + ",".join(encodings) + "}",
        help="the file's encoding (default auto: a byte-order mark, else UTF-8, else cp949)",
    )
    csv_options.add_argument(
        "--positive-class",
        metavar="VALUE",
        help="the label value that is 1; with more than two classes, one against the rest",
    )
    csv_options.add_argument(
        "--keep-classes",
        type=_class_pair,
        metavar="A,B",
        help="keep the rows of these two classes and drop the others",
    )
    csv_options.add_argument(
        "--missing",
        choices=MISSING_POLICIES,
        default="refuse",
        help="a missing value: refuse the file, naming row and column (default), or drop the row",
    )
    data.add_argument(
        "--samples",
        type=_checked(int, "a whole number", lambda v: check_int("samples", v, *N_SAMPLES_RANGE)),
        metavar="N",
        help="points in a synthetic dataset (default 300)",
    )
    data.add_argument(
        "--noise",
        type=_checked(float, "a number", lambda v: check_float("noise", v, *NOISE_RANGE, False)),
        metavar="X",
        help="noise of a synthetic dataset (default 0.2)",
    )
    data.add_argument(
        "--data-seed",
        type=_checked(int, "a whole number", lambda v: check_int("data seed", v, 0, MAX_SEED)),
        metavar="N",
        help="seed of the synthetic points and of the split (default 0 synthetic, 42 CSV)",
    )
    data.add_argument(
        "--val-ratio",
        type=_checked(
            float, "a number", lambda v: check_float("val_ratio", v, *VAL_RATIO_RANGE, False)
        ),
        metavar="R",
        help="share of rows held out for validation (default 0.25 synthetic, 0.2 CSV)",
    )

    book = Hyperparameters()
    train = parser.add_argument_group("network and training (default: the book's run)")
    train.add_argument(
        "--units",
        type=_checked(int, "a whole number", _hyperparameter("units")),
        default=book.units,
        metavar="N",
        help=f"hidden units (default {book.units})",
    )
    train.add_argument(
        "--batch-size",
        type=_checked(_batch_size, "a whole number or 'full'", _hyperparameter("batch_size")),
        default=book.batch_size,
        metavar="N|full",
        help=f"rows per weight update; 'full': all rows, one update per epoch "
        f"(default {book.batch_label()})",
    )
    train.add_argument(
        "--learning-rate",
        type=_checked(float, "a number", _hyperparameter("learning_rate")),
        default=book.learning_rate,
        metavar="LR",
        help=f"step size (default {book.learning_rate:g})",
    )
    train.add_argument(
        "--l1",
        type=_checked(float, "a number", _hyperparameter("l1")),
        default=book.l1,
        help=f"L1 penalty (default {book.l1:g})",
    )
    train.add_argument(
        "--l2",
        type=_checked(float, "a number", _hyperparameter("l2")),
        default=book.l2,
        help=f"L2 penalty (default {book.l2:g})",
    )
    train.add_argument(
        "--epochs",
        type=_checked(int, "a whole number", _hyperparameter("epochs")),
        default=book.epochs,
        metavar="N",
        help=f"passes over the training rows (default {book.epochs})",
    )
    train.add_argument(
        "--seed",
        type=_checked(int, "a whole number", _hyperparameter("seed")),
        default=book.seed,
        metavar="N",
        help=f"seed of the initial weights and the batch order (default {book.seed})",
    )
    _add_recipe_options(parser)

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
        type=_checked(float, "a number", check_momentum),
        default=0.9,
        metavar="M",
        help="MLPClassifier's momentum (default 0.9, its own default; 0: plain SGD like ours)",
    )
    sklearn.add_argument(
        "--sklearn-seed",
        type=_checked(int, "a whole number", lambda v: check_int("sklearn seed", v, 0, MAX_SEED)),
        metavar="N",
        help="MLPClassifier's random_state (default: --seed); its score depends on it",
    )
    return parser


def _add_recipe_options(parser: argparse.ArgumentParser) -> None:
    """How our network differs from scikit-learn's MLPClassifier, piece by piece. Unset
    pieces are absent from the parsed arguments (SUPPRESS) until ``_resolve_recipe`` fills
    them from the recipe, so "not given" stays distinct from every value, None included."""
    from engine.hyperparameters import LOSSES, RECIPES, SHUFFLES, check_momentum
    from engine.network import INITS

    recipe = parser.add_argument_group("recipe (default: the book's)")
    unset = argparse.SUPPRESS
    recipe.add_argument(
        "--recipe",
        choices=tuple(RECIPES),
        help="book: the book's training (the default); sklearn: MLPClassifier's, its four "
        "differences at once (--init sklearn --shuffle sklearn --momentum 0.9 --nesterov "
        "--n-iter-no-change 10 --tol 1e-4 --loss sklearn). Each piece below can also be set "
        "on its own, over the recipe",
    )
    recipe.add_argument(
        "--init",
        choices=INITS,
        default=unset,
        help="initial weights: random normal (the book's), all ones (the book's DualLayer), "
        "or sklearn: Glorot uniform drawn as MLPClassifier(random_state=seed) draws it",
    )
    recipe.add_argument(
        "--shuffle",
        choices=SHUFFLES,
        default=unset,
        help="batch order: book (a fresh permutation per epoch, none at full batch) or "
        "sklearn (MLPClassifier's cumulative reshuffle from its generator)",
    )
    recipe.add_argument(
        "--momentum",
        type=_checked(float, "a number", check_momentum),
        default=unset,
        metavar="M",
        help="SGD with momentum M in [0, 1) as scikit-learn does it (book: 0)",
    )
    recipe.add_argument(
        "--nesterov",
        action=argparse.BooleanOptionalAction,
        default=unset,
        help="Nesterov's momentum (on by default, as in scikit-learn; needs momentum > 0)",
    )
    recipe.add_argument(
        "--n-iter-no-change",
        type=_checked(_patience, "a whole number or 'none'", _hyperparameter("n_iter_no_change")),
        default=unset,
        metavar="N|none",
        help="stop after more than N epochs in a row without the training loss falling below "
        "its best minus --tol, as MLPClassifier does (book: none, every epoch runs)",
    )
    recipe.add_argument(
        "--tol",
        type=_checked(float, "a number", _hyperparameter("tol")),
        default=unset,
        metavar="T",
        help="the stopping rule's least improvement (default 1e-4)",
    )
    recipe.add_argument(
        "--loss",
        choices=LOSSES,
        default=unset,
        help="training loss reported (and watched by the stopping rule): book (L2 once per "
        "epoch) or sklearn (as loss_curve_: L2 once per mini-batch)",
    )
    recipe.add_argument(
        "--explain-difference",
        action="store_true",
        help="print why MLPClassifier scores differently: the book's run, then its four "
        "differences switched on one at a time, ending at MLPClassifier itself (with "
        "--sklearn-seed and --sklearn-momentum)",
    )


def _resolve_recipe(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Set every recipe field: the named recipe's value unless the piece was given alone.
    A piece that would have no effect is an error rather than silently ignored."""
    from engine.hyperparameters import RECIPE_FIELDS, RECIPES

    fields = {
        **RECIPES[args.recipe or "book"],
        **{k: v for k, v in vars(args).items() if k in RECIPE_FIELDS},
    }
    if "tol" in args and fields["n_iter_no_change"] is None:
        parser.error("--tol is the stopping rule's: add --n-iter-no-change N or --recipe sklearn")
    if "nesterov" in args and not fields["momentum"]:
        parser.error(
            "--nesterov and --no-nesterov need momentum: add --momentum M or --recipe sklearn"
        )
    for name, value in fields.items():
        setattr(args, name, value)
    if args.recipe is not None:
        args.given |= frozenset(RECIPE_FIELDS)
    if args.explain_difference:
        if args.screenshot is not None or args.sweep is not None or args.out is not None:
            parser.error(
                "--explain-difference prints a table in the terminal: leave out "
                "--screenshot, --sweep and --out"
            )
        args.headless = True  # the table is printed, no window opens


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse, then reject options that make no sense together.

    ``dataset`` keeps its default when ``csv_data`` is given (the CSV wins); ``samples``,
    ``noise``, ``data_seed``, ``val_ratio`` and ``sklearn_seed`` are None unless given, so the
    loaders' and the run's own defaults apply; ``size`` is (width, height).
    """
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
    _resolve_recipe(parser, args)
    csv = args.csv_data is not None
    if args.screenshot is not None:
        if not args.screenshot:
            parser.error("argument --screenshot: needs a file name, e.g. --screenshot shot.png")
        try:
            check_output_path(args.screenshot, inputs=[args.csv_data])
        except OSError as error:
            parser.error(f"argument --screenshot: {error}")
    if args.headless and args.sweep is not None:
        parser.error("--sweep runs in the window: leave out --headless")
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


class Terminated(BaseException):
    """SIGTERM (kill, timeout) during --headless: unwinds like Ctrl+C, so the reserved output
    file is removed on the way out. A BaseException, so that no ``except Exception`` on the
    way mistakes it for an error."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _run(argv: Sequence[str] | None) -> int:
    args = parse_args(argv)
    if args.headless:
        from engine import headless

        # Errors stay printable whatever the terminal's encoding and the file names it shows.
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="backslashreplace")
        previous = signal.signal(signal.SIGTERM, _terminate)
        try:
            return headless.run(args, sys.stdout, sys.stderr)
        finally:
            signal.signal(signal.SIGTERM, previous)
    from gui.app import run_gui  # Qt is loaded only here

    guard = _WindowGuard()
    with guard.installed():
        status = run_gui(args)
    if guard.interrupted:
        raise KeyboardInterrupt
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Return the exit status rather than exit, so tests and launchers can call it in-process.

    The guard: every failure ends here as one line on stderr and its status. SystemExit (from
    argparse: --help, or a bad option with its own one-line message) passes through.
    """
    try:
        status = _run(argv)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, inside the guard
        return status
    except KeyboardInterrupt:
        _say("Interrupted.")
        return EXIT_INTERRUPTED
    except Terminated:
        _say("Terminated.")
        return EXIT_TERMINATED
    except BrokenPipeError:  # the reader went away (| head): say nothing, as Unix tools do
        _skip_final_flush(EXIT_BROKEN_PIPE)
        return EXIT_BROKEN_PIPE
    except MemoryError as error:
        _say(
            f"error: out of memory{f' ({error})' if str(error) else ''}; use less data or "
            "smaller settings (fewer hidden units, a smaller batch size)"
        )
        return EXIT_FAILED
    except OSError as error:  # writing the summary failed: a full disk, a device error
        where = f" ({error.filename})" if error.filename else " (writing the output)"
        _say(f"error: {error.strerror or error}{where}")
        _skip_final_flush(EXIT_FAILED)
        return EXIT_FAILED
    except Exception as error:
        _report_crash(type(error), error, error.__traceback__)
        return EXIT_FAILED


def _say(line: str) -> None:
    """One line on stderr. If stderr itself is gone there is no one left to tell."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)


def _skip_final_flush(status: int) -> None:
    """After a write to stdout failed, Python's own flush at exit would fail again and print
    "Exception ignored ... BrokenPipeError" after our one line: end the process before that
    flush (at exit, with this status) when the real stdout is the broken one."""
    try:
        sys.__stdout__.flush()
    except (OSError, ValueError, AttributeError):
        atexit.register(os._exit, status)


def log_folder() -> Path:
    """Where crash logs go: $MINIBATCH_LAB_LOG_DIR if set (tests point it at a temporary
    folder), else the platform's per-user place for logs and state."""
    override = os.environ.get("MINIBATCH_LAB_LOG_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "Minibatch Lab" / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "Minibatch Lab"
    state = os.environ.get("XDG_STATE_HOME") or home / ".local" / "state"
    return Path(state) / "minibatch-lab"


def _write_crash_log(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> Path:
    """A new file per crash (mode "x": never another's file, never through a link)."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    details = "".join(traceback.format_exception(kind, error, trace))
    header = (
        f"Minibatch Lab crash, {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
        f"Python {sys.version.split()[0]} on {sys.platform}; arguments: {sys.argv[1:]!r}\n\n"
    )
    for number in range(1, 100):  # several errors in one second (a window's slots)
        path = folder / (stem + (f"-{number}" if number > 1 else "") + ".log")
        try:
            with open(path, "x", encoding="utf-8", errors="backslashreplace") as log:
                log.write(header + details)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"{folder} already holds 99 crash logs of this second")


def _report_crash(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An error nobody foresaw: one line for the user, the traceback for whoever fixes it."""
    summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
    try:
        where = f"the details are in {_write_crash_log(kind, error, trace)}"
    except OSError as log_error:
        where = f"no log could be written ({log_error.strerror or log_error})"
    _say(f"error: unexpected failure ({summary}); {where}. Please report it.")


class _WindowGuard:
    """While the window runs, an exception in a Qt slot or a thread reaches these hooks
    rather than the guard in ``main``: give it the same one line and log file. Ctrl+C
    surfaces there too (as KeyboardInterrupt, once Python next runs): it closes the windows
    - each closes as if by its close button, stopping its training thread - and ends the
    application, which then exits 130 like any interruption."""

    def __init__(self) -> None:
        self.interrupted = False

    def exception(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            _report_crash(kind, error, trace)
            return
        self.interrupted = True
        if "PySide6.QtWidgets" in sys.modules:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if app is not None:
                app.closeAllWindows()
                app.quit()

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        import threading

        saved = sys.excepthook, threading.excepthook
        sys.excepthook = self.exception
        threading.excepthook = lambda info: self.exception(
            info.exc_type, info.exc_value, info.exc_traceback
        )
        try:
            yield
        finally:
            sys.excepthook, threading.excepthook = saved


if __name__ == "__main__":
    sys.exit(main())
