"""The command line's option groups and value types, Qt-free, for ``main.py``'s parser.

Every value is checked by the same engine functions the GUI uses (``checked`` wraps them as
argparse types), so the command line rejects exactly what the window rejects, and every
rejection is the one line ``CommandLineParser.error`` prints, with exit status 2.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from engine.exit_status import EXIT_USAGE

if TYPE_CHECKING:
    from collections.abc import Callable

    from engine.csv_import import ImportOptions

SIZE_RANGE = (320, 8192)  # --size, pixels per side


class CommandLineParser(argparse.ArgumentParser):
    """argparse, but a bad option ends in one line rather than the whole usage.

    The usage of this many options fills a screen and pushes the one line that matters out of
    sight; ``--help`` still shows it all. The line names the program as it was started.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{program_name()}: error: {message} (see --help)\n")

    def print_help(self, file: TextIO | None = None) -> None:
        """As argparse's, but a failed write is raised, not ignored (argparse passes over
        OSError), so the guard reports a full disk or a closed pipe after --help too."""
        (file or sys.stdout).write(self.format_help())


def program_name() -> str:
    """``minibatch-lab`` when started by the installed command, else ``main.py``."""
    started = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""
    return "minibatch-lab" if started == "minibatch-lab" else "main.py"


def checked(
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


def hyperparameter(name: str) -> Callable[[object], object]:
    """Validate one field with ``Hyperparameters`` itself: one source of truth for the limits."""
    from engine.hyperparameters import Hyperparameters

    return lambda value: getattr(Hyperparameters(**{name: value}), name)


def batch_size(text: str) -> int | None:
    """``--batch-size``: a number, or "full" (None: every row in one batch)."""
    return None if text.strip().lower() == "full" else int(text)


def patience(text: str) -> int | None:
    """``--n-iter-no-change``: a number, or "none" (None: every epoch runs)."""
    return None if text.strip().lower() == "none" else int(text)


def size(text: str) -> tuple[int, int]:
    """``--size``: WIDTHxHEIGHT."""
    match = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if match is None:
        raise ValueError(text)
    return int(match[1]), int(match[2])


def check_size(pixels: tuple[int, int]) -> tuple[int, int]:
    from engine.hyperparameters import check_int

    width, height = pixels
    return check_int("width", width, *SIZE_RANGE), check_int("height", height, *SIZE_RANGE)


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


def add_csv_options(parser: argparse.ArgumentParser) -> None:
    """The CSV import options: each left out is proposed by the engine from the first rows."""
    from engine.csv_import import DECIMALS, ENCODINGS, MISSING_POLICIES

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
        type=checked(_delimiter, "comma, semicolon, tab or space", lambda v: v),
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
        type=checked(_encoding, f"one of {', '.join(encodings)}", lambda v: v),
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


def add_recipe_options(parser: argparse.ArgumentParser) -> None:
    """How our network differs from scikit-learn's MLPClassifier, piece by piece. Unset
    pieces are absent from the parsed arguments (SUPPRESS) until ``resolve_recipe`` fills
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
        type=checked(float, "a number", check_momentum),
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
        type=checked(patience, "a whole number or 'none'", hyperparameter("n_iter_no_change")),
        default=unset,
        metavar="N|none",
        help="stop after more than N epochs in a row without the training loss falling below "
        "its best minus --tol, as MLPClassifier does (book: none, every epoch runs)",
    )
    recipe.add_argument(
        "--tol",
        type=checked(float, "a number", hyperparameter("tol")),
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


def resolve_recipe(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
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
