"""Korean is complete: every source string is translated, compiled, and shown in the window."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTableWidget,
    QTabWidget,
)

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
def test_the_ts_file_holds_every_string_of_the_gui(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gui").glob("*.py"))
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
    texts = [window.windowTitle()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
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
    for table in window.findChildren(QTableWidget):
        for i in range(table.columnCount()):
            header = table.horizontalHeaderItem(i)
            texts += [header.text()] if header is not None else []
    return [text for text in texts if text]


def test_the_window_in_korean_shows_no_english_sentence(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    app = QCoreApplication.instance()
    try:
        install_language(app, "ko")
        qtbot.waitUntil(lambda: window.act_start.text() != "▶ Start")
        texts = visible_texts(window)
        english = [
            text
            for text in texts
            if not HANGUL.search(text)
            and set(re.findall(r"[A-Za-z_]{3,}", text)) - LATIN
            and text not in ("English", "한국어")
        ]
        assert english == [], english
        assert "에포크" in " ".join(texts)
        # The help follows the installed language a moment later (after a zero-delay timer).
        qtbot.waitUntil(lambda: window.help.toPlainText().count("에포크") > 3)
    finally:
        install_language(app, "en")
    qtbot.waitUntil(lambda: window.act_start.text() == "▶ Start")
