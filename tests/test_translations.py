"""Korean is complete: every source string is translated, compiled, and shown in the window."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
)

from engine.hyperparameters import Hyperparameters
from gui.language import install_language
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "minibatch_lab_ko.ts"
QM = ROOT / "resources" / "minibatch_lab_ko.qm"
FIELD = re.compile(r"\{[^{}]*\}")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Names that stay in Latin letters in Korean too.
LATIN = {
    "MLPClassifier", "scikit", "learn", "Python", "PNG", "SVG", "CSV", "XOR", "English",
    "Ctrl", "Shift", "Enter", "Esc", "moons", "circles", "blobs", "random_state", "Minibatch",
    "Lab", "Do", "it", "x1", "x2", "L1", "L2", "lr", "MLP", "sklearn", "Nesterov", "JSON",
}  # fmt: skip


def messages(path: Path = TS) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_is_translated_with_its_placeholders():
    found = messages()
    assert len(found) > 200
    for context, source, translation in found:
        assert translation.get("type") is None, (context, source, translation.get("type"))
        assert translation.text and translation.text.strip(), (context, source)
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(translation.text)), source
        if re.search(r"[A-Za-z]{4,}", source) and not set(re.findall(r"\w+", source)) <= LATIN:
            assert HANGUL.search(translation.text), (context, source, translation.text)


# PySide6 installs its tools next to the interpreter, which need not be on PATH.
LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(LUPDATE is None, reason="needs PySide6's pyside6-lupdate")
def test_the_ts_file_holds_every_string_of_the_gui_and_the_engine(tmp_path):
    """``pyside6-lupdate engine/*.py gui/*.py``: the engine's error templates are marked with
    its own QT_TRANSLATE_NOOP and translated in the window."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for folder in ("engine", "gui") for p in (ROOT / folder).glob("*.py"))
    subprocess.run([LUPDATE, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    have = {(context, source) for context, source, _ in messages()}
    assert wanted - have == set(), "run pyside6-lupdate and translate the new strings"


def test_the_compiled_qm_matches_the_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, translation in messages():
        assert translator.translate(context, source) == translation.text, (context, source)


def visible_texts(window: MainWindow) -> list[str]:
    """Every text a student can read in the window now: titles, labels, buttons, actions and
    their tooltips, tabs, combos, table headers and rows, the plot's legend, axes and hint,
    and the status line."""
    texts = [window.windowTitle()]
    labels = [w for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    buttons = [w for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [w.text() for w in labels + buttons] + [w.toolTip() for w in labels + buttons]
    texts += [w.title() for w in window.findChildren(QGroupBox)]
    # The window's own actions: those in its menus and toolbar (pyqtgraph keeps disabled
    # context-menu actions of its own among the children).
    actions = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    actions += window.toolbar.actions()
    texts += [a.text() for a in actions] + [a.toolTip() for a in actions]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    model = window.history.model
    for column in range(model.columnCount()):
        texts.append(model.headerData(column, Qt.Orientation.Horizontal))
        texts += [model.data(model.index(row, column)) for row in range(model.rowCount())]
    window.plot.flush()
    texts += window.plot.legend_texts(0) + window.plot.legend_texts(1)
    texts += [*window.plot.axis_labels(), window.plot.message_text()]
    return [text for text in texts if text]


def template(text: str) -> re.Pattern[str] | None:
    """A source or translation as a pattern its filled-in form matches, or None when it has
    too few letters of its own to tell the language."""
    if len(re.findall(r"[A-Za-z\uac00-\ud7a3]", FIELD.sub("", text))) < 3:
        return None
    parts = FIELD.split(text)
    return re.compile(".*?".join(re.escape(part) for part in parts), re.DOTALL)


def foreign(texts: list[str], language: str) -> list[str]:
    """The texts that read as the other language's strings of the .ts file."""
    pairs = [(source, t.text) for _, source, t in messages() if t.text != source]
    others = [source if language == "ko" else ko for source, ko in pairs]
    patterns = [p for p in (template(text) for text in others) if p is not None]
    found = [text for text in texts if any(p.fullmatch(text) for p in patterns)]
    if language == "en":
        found += [text for text in texts if HANGUL.search(text) and text != "한국어"]
    return found


def test_switching_languages_back_and_forth_rewords_everything(qtbot, tmp_path):
    """With runs, a comparison gone stale, a hint and a status line on screen, every text
    follows each switch, and so does a dialog opened afterwards."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.show_error = lambda *args: pytest.fail(f"unexpected error {args}")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.params.set_hyperparameters(Hyperparameters(epochs=30))
    with qtbot.waitSignal(window.session.run_ended, timeout=60_000):
        window.start()
    window.params.set_hyperparameters(Hyperparameters(epochs=60, learning_rate=100))
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        window.start()
    window.params.select_dataset("moons")  # the comparison now belongs to earlier settings
    assert window.plot.message_text() and window.compare.stale.isVisibleTo(window)
    try:
        for language in ("ko", "en", "ko", "en"):
            window.set_language(language)
            QApplication.processEvents()
            texts = visible_texts(window)
            assert foreign(texts, language) == [], (language, foreign(texts, language))
            dialog = window.copy_as_python()
            assert foreign([dialog.windowTitle()], language) == []
            dialog.close()
        window.set_language("ko")
        assert "에포크" in " ".join(visible_texts(window))
        assert window.session.name(window.session.ids()[0]).startswith("배치 32")
        # The help follows the installed language a moment later (after a zero-delay timer).
        qtbot.waitUntil(lambda: window.help.toPlainText().count("에포크") > 3)
    finally:
        install_language(QCoreApplication.instance(), "en")
