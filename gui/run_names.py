"""Runs named after their settings, in the window's language.

A run's name says what makes it different from the book's run (batch size always, since that is
the chapter's subject): "batch 8", "moons, batch 32, lr 0.5". Names are made when they are shown,
so a language switch renames every run the user has not renamed; the parts are also there one by
one, for titles and for naming the settings a comparison belongs to.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTranslator

from engine.experiment import DataSpec
from engine.hyperparameters import Hyperparameters
from gui.language import LANGUAGES, RESOURCES, current_language
from gui.widgets import format_number

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises
Translate = Callable[[str, str], str]
# A name longer than this is cut with "…" in the legend and the table (the tooltip has it all):
# a CSV file's long stem must not make the legend span the plot.
SHORT_NAME = 36
_COPY_NUMBER = re.compile(r" \(\d+\)$")  # "batch 1 (2)": how older versions told twins apart

BOOK_DATA = DataSpec("breast_cancer")
BOOK = Hyperparameters()
# The order in which a name lists the settings.
SETTINGS = (
    "data",
    "batch_size",
    "learning_rate",
    "l1",
    "l2",
    "units",
    "init",
    "recipe",
    "epochs",
    "seed",
)
_SYNTHETIC = DataSpec("moons")  # the window's defaults for every synthetic kind


def dataset_name(data: DataSpec, translate: Translate = translate) -> str:
    """The dataset in a few words: "breast cancer", "moons (noise 0.3)", a CSV file's stem."""
    if data.kind == "csv":
        return data.key()
    names = {
        "breast_cancer": translate("RunNames", "breast cancer"),
        "moons": translate("RunNames", "moons"),
        "circles": translate("RunNames", "circles"),
        "xor": translate("RunNames", "XOR"),
        "blobs": translate("RunNames", "blobs"),
    }
    name = names.get(data.kind, data.kind)
    if data.kind == "breast_cancer":
        return name
    extras = []
    if data.samples != _SYNTHETIC.samples:
        extras.append(translate("RunNames", "{0} points").format(data.samples))
    if data.noise != _SYNTHETIC.noise:
        extras.append(translate("RunNames", "noise {0}").format(format_number(data.noise)))
    if data.seed != _SYNTHETIC.seed:
        extras.append(translate("RunNames", "data seed {0}").format(data.seed))
    return f"{name} ({', '.join(extras)})" if extras else name


def setting_parts(
    data: DataSpec, hp: Hyperparameters, translate: Translate = translate
) -> dict[str, str]:
    """Every setting as a short phrase, keyed as in ``SETTINGS``, in the language of
    ``translate`` (the window's by default)."""
    batch = translate("RunNames", "full") if hp.batch_size is None else str(hp.batch_size)
    return {
        "data": dataset_name(data, translate),
        "batch_size": translate("RunNames", "batch {0}").format(batch),
        "learning_rate": translate("RunNames", "lr {0}").format(format_number(hp.learning_rate)),
        "l1": f"L1 {format_number(hp.l1)}",
        "l2": f"L2 {format_number(hp.l2)}",
        "units": translate("RunNames", "{0} units").format(hp.units),
        "init": {
            "ones": translate("RunNames", "all ones"),
            "sklearn": translate("RunNames", "Glorot init"),
        }.get(hp.init, translate("RunNames", "random init")),
        "recipe": recipe_name(hp, translate),
        "epochs": translate("RunNames", "{0} epochs").format(hp.epochs),
        "seed": translate("RunNames", "seed {0}").format(hp.seed),
    }


def recipe_name(hp: Hyperparameters, translate: Translate = translate) -> str:
    """The recipe in a few words: "book's recipe", "scikit-learn recipe", or the pieces of a
    mix that are not the book's ("momentum 0.9, stop after 10")."""
    name = hp.recipe()
    if name == "book":
        return translate("RunNames", "book's recipe")
    if name == "sklearn":
        return translate("RunNames", "scikit-learn recipe")
    parts = []
    if hp.shuffle != "book":
        parts.append(translate("RunNames", "its shuffling"))
    if hp.momentum:
        momentum = (
            translate("RunNames", "momentum {0}")  # Nesterov's, the default
            if hp.nesterov
            else translate("RunNames", "plain momentum {0}")
        )
        parts.append(momentum.format(format_number(hp.momentum)))
    if hp.n_iter_no_change is not None:
        parts.append(translate("RunNames", "stop after {0}").format(hp.n_iter_no_change))
    if hp.loss != "book":
        parts.append(translate("RunNames", "its loss"))
    return ", ".join(parts)


def differs_from_book(data: DataSpec, hp: Hyperparameters) -> list[str]:
    """The keys of ``SETTINGS`` whose value is not the book's, batch size always included
    (a start that is part of scikit-learn's recipe is named by the recipe)."""
    values = {"data": data, **hp.as_dict(), "recipe": hp.recipe()}
    book = {"data": BOOK_DATA, **BOOK.as_dict(), "recipe": "book"}
    keys = [key for key in SETTINGS if key == "batch_size" or values[key] != book[key]]
    if hp.recipe() == "sklearn":
        keys.remove("init")
    return [key for key in keys if key != "recipe" or recipe_name(hp)]


def settings_name(data: DataSpec, hp: Hyperparameters) -> str:
    """ "batch 32", plus whatever differs from the book's run, dataset first."""
    return _name(data, hp, current_language())


@functools.lru_cache(maxsize=4096)
def _name(data: DataSpec, hp: Hyperparameters, _language: str, tr: Translate = translate) -> str:
    """Made once per settings and language: the history asks for every row it paints."""
    parts = setting_parts(data, hp, tr)
    return ", ".join(parts[key] for key in differs_from_book(data, hp))


def _english(_context: str, text: str) -> str:
    return text


@functools.cache
def _translator(language: str) -> Translate:
    """``language``'s words whatever the window speaks now, to recognise names in a file."""
    if language == "en":
        return _english
    catalog = QTranslator()
    catalog.load(str(RESOURCES / f"minibatch_lab_{language}.qm"))
    return lambda context, text: catalog.translate(context, text) or text


def is_settings_name(name: str, data: DataSpec, hp: Hyperparameters) -> bool:
    """Whether ``name`` is the name this app makes from these settings, in any of its
    languages: a file written before it said so names its runs that way unless the user
    renamed them, and such a run is named again in the window's language."""
    name = _COPY_NUMBER.sub("", name.strip())
    return any(name == _name(data, hp, language, _translator(language)) for language in LANGUAGES)


def short_name(name: str) -> str:
    """The name cut to ``SHORT_NAME`` characters with "…", for a legend entry."""
    return name if len(name) <= SHORT_NAME else name[: SHORT_NAME - 1].rstrip() + "…"


def settings_summary(data: DataSpec, hp: Hyperparameters) -> str:
    """All the settings that make a result what it is, for "belongs to the previous
    settings": the dataset, batch size, learning rate, penalties, units, epochs and seed."""
    parts = setting_parts(data, hp)
    keys = [key for key in SETTINGS if key != "init" or hp.init != BOOK.init]
    keys = [key for key in keys if key != "recipe" or hp.recipe() != "book"]
    return ", ".join(parts[key] for key in keys if parts[key] and (key != "l1" or hp.l1))
