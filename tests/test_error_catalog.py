"""One source for the words of every data error: the engine's catalog, keyed by kind, which the
engine formats in English and the window translates; no template or limit copied into gui/."""

import string
from pathlib import Path

import pytest

from engine import error_catalog
from engine.datasets import ERROR_KINDS, VALUE_LIMIT, DatasetError, data_error
from engine.error_catalog import HINTS, TEMPLATES, error_text, hint_text
from engine.training import TrainingDiverged, learning_rate_warning

ROOT = Path(__file__).resolve().parent.parent
GUI_SOURCES = {path.name: path.read_text(encoding="utf-8") for path in (ROOT / "gui").glob("*.py")}


def test_every_kind_has_a_template_and_nothing_else_has():
    assert set(TEMPLATES) == set(ERROR_KINDS)


@pytest.mark.parametrize("template", [*TEMPLATES.values(), *HINTS.values()])
def test_no_gui_module_holds_a_copy_of_a_template(template):
    # The longest literal piece of the template: what a copy would have to contain.
    pieces = [text for text, *_ in string.Formatter().parse(template) if text]
    longest = max(pieces, key=len)
    copies = [name for name, source in GUI_SOURCES.items() if longest in source]
    assert copies == [], f"{longest!r} is copied in {copies}"


def test_the_gui_does_not_hard_code_the_engines_value_limit():
    limit = error_catalog.power_of_ten(VALUE_LIMIT)
    assert limit == "1e150"
    assert [name for name, source in GUI_SOURCES.items() if limit in source] == []


def test_the_limit_in_a_message_is_the_engines_constant():
    error = data_error("too_large", dataset="moons", n_samples=20, value_limit=1e120)
    assert "below about 1e120." in str(error)
    assert "below about 1e150." in error_text("too_large", {**error.details, "value_limit": 1e150})


def test_the_engine_message_is_the_catalog_worded_in_english():
    details = {"file": "d.csv", "row": 7, "byte": 0xC0, "encoding": "utf-8"}
    error = data_error("bad_encoding", **details)
    assert isinstance(error, DatasetError) and error.kind == "bad_encoding"
    assert str(error).startswith("d.csv, row 7: byte 0xc0 is not valid utf-8 text.")


def test_a_translation_fills_the_same_fields():
    seen = []

    def shouting(context, text):
        seen.append(context)
        return text.upper().replace("{FILE}", "{file}").replace("{ROW}", "{row}")

    text = error_text("binary", {"file": "d.csv", "row": 3}, shouting)
    assert text.startswith("d.csv, ROW 3: THE FILE HOLDS BINARY DATA")
    assert set(seen) == {"DataErrors"}


def test_missing_details_are_a_key_error_not_a_half_message():
    with pytest.raises(KeyError):
        error_text("binary", {"file": "d.csv"})
    with pytest.raises(KeyError):
        error_text("no_such_kind", {})


def test_the_marker_is_a_no_op():
    assert error_catalog.QT_TRANSLATE_NOOP("DataErrors", "text") == "text"


def test_the_training_hints_are_the_catalogs():
    assert str(TrainingDiverged(7)) == hint_text("diverged", epoch=7)
    assert str(TrainingDiverged(7)).startswith("Training stopped at epoch 7: the loss")
    climbing = [1.0, 3.0] * 10
    assert learning_rate_warning(climbing) == hint_text("too_high") == HINTS["too_high"]
