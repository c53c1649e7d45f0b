"""Minibatch Lab's command line: parse the arguments, then start the GUI or the headless run.

Every value is checked here, by the same engine functions the GUI uses, so a bad argument ends
with argparse's one-line ``error:`` and exit status 2 before anything is trained or drawn. Qt is
imported only on the GUI path: ``--headless`` must work (and start fast) without a display.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence

from engine import headless
from engine.csv_import import DECIMALS, DELIMITERS, ENCODINGS, MISSING_POLICIES, ImportOptions
from engine.datasets import (
    DATASET_NAMES,
    N_SAMPLES_RANGE,
    NOISE_RANGE,
    SYNTHETIC_KINDS,
    VAL_RATIO_RANGE,
)
from engine.hyperparameters import (
    MAX_SEED,
    Hyperparameters,
    check_float,
    check_int,
    parse_batch_sizes,
)
from engine.network import INITS

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
    return lambda value: getattr(Hyperparameters(**{name: value}), name)


def _batch_size(text: str) -> int | None:
    return None if text.strip().lower() == "full" else int(text)


def _momentum(value: float) -> float:
    # The same bound as engine.reference.make_mlp: at momentum 1 past steps never fade away.
    if not 0.0 <= value < 1.0:
        raise ValueError(f"momentum must be in [0, 1), got {value!r}")
    return value


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if match is None:
        raise ValueError(text)
    return int(match[1]), int(match[2])


def _check_size(size: tuple[int, int]) -> tuple[int, int]:
    return check_int("width", size[0], *SIZE_RANGE), check_int("height", size[1], *SIZE_RANGE)


_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "space": " ", "\\t": "\t"}
# What a Korean user may call cp949; cp949 is a superset of EUC-KR.
_ENCODING_ALIASES = {
    "euc-kr": "cp949",
    "utf8": "utf-8",
    "utf-8-bom": "utf-8-sig",
    "latin1": "latin-1",
}
ENCODING_CHOICES = (*ENCODINGS, "euc-kr")


def _delimiter(text: str) -> str:
    delimiter = _DELIMITER_NAMES.get(text.lower(), text)
    if delimiter not in DELIMITERS:
        raise ValueError(text)
    return delimiter


def _encoding(text: str) -> str:
    encoding = _ENCODING_ALIASES.get(text.lower(), text.lower())
    if encoding not in ENCODINGS:
        raise argparse.ArgumentTypeError(
            f"expected one of {', '.join(ENCODING_CHOICES)}, got {text!r}"
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
    csv_options.add_argument(
        "--encoding",
        type=_checked(_encoding, f"one of {', '.join(ENCODING_CHOICES)}", lambda v: v),
        metavar="{" + ",".join(ENCODING_CHOICES) + "}",
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
    train.add_argument(
        "--init",
        choices=INITS,
        default=book.init,
        help="initial weights: random normal, or all ones (the book's DualLayer) "
        f"(default {book.init})",
    )

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
        type=_checked(float, "a number", _momentum),
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


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse, then reject options that make no sense together.

    ``dataset`` keeps its default when ``csv_data`` is given (the CSV wins); ``samples``,
    ``noise``, ``data_seed``, ``val_ratio`` and ``sklearn_seed`` are None unless given, so the
    loaders' and the run's own defaults apply; ``size`` is (width, height).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    # Which options were typed: the window lets only those override its saved settings, even
    # when a typed value equals the default.
    unset = object()
    parser.set_defaults(**dict.fromkeys(vars(args), unset))
    args.given = frozenset(k for k, v in vars(parser.parse_args(argv)).items() if v is not unset)
    csv = args.csv_data is not None
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


def main(argv: Sequence[str] | None = None) -> int:
    """Return the exit status rather than exit, so tests and launchers can call it in-process."""
    args = parse_args(argv)
    if args.headless:
        return headless.run(args, sys.stdout, sys.stderr)
    from gui.app import run_gui  # Qt is loaded only here

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
