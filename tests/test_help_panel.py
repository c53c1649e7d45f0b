"""The help texts: both languages exist, match in structure, use the book's terms, and switch."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QTextDocument

from gui.help_panel import MIN_POINT_SIZE, HelpPanel, help_path
from gui.language import LANGUAGES

BOOK_TERMS_KO = ("에포크", "미니 배치", "배치 크기", "학습률", "규제", "훈련 손실", "검증 손실")
TERMS_EN = ("epoch", "mini-batch", "batch size", "learning rate", "validation")


def html(code: str) -> str:
    return help_path(code).read_text(encoding="utf-8")


def plain(code: str) -> str:
    """The text a student reads, as Qt parses it (so a tag typo that swallows text shows)."""
    document = QTextDocument()
    document.setHtml(html(code))
    return document.toPlainText()


def headings(code: str) -> list[str]:
    return re.findall(r"<(h[23])\b", html(code), flags=re.IGNORECASE)


@pytest.mark.parametrize("code", LANGUAGES)
def test_help_file_exists_and_parses(qapp, code: str) -> None:
    assert help_path(code).is_file()
    text = plain(code)
    assert len(text) > 1000
    assert "<" not in text, "an unclosed or misspelt tag leaks into the text"


def test_both_languages_have_the_same_headings(qapp) -> None:
    assert headings("en") == headings("ko")
    assert headings("en").count("h3") >= 7


def test_korean_uses_the_books_terms(qapp) -> None:
    text = plain("ko")
    for term in BOOK_TERMS_KO:
        assert term in text, term


def test_english_names_the_ideas(qapp) -> None:
    text = plain("en").lower()
    for term in TERMS_EN:
        assert term in text, term


@pytest.mark.parametrize(
    ("code", "ui_names"),
    [
        ("en", ("Mini-batch noise", "X axis", "Batch-size sweep", "Same algorithm")),
        ("ko", ("미니 배치 노이즈", "X축", "배치 크기 실험", "같은 알고리즘", "책과 같은 설정")),
    ],
)
def test_ui_names_match_the_app(qapp, code: str, ui_names: tuple[str, ...]) -> None:
    text = plain(code)
    for name in ui_names:
        assert name in text, name


def test_the_books_numbers_are_stated(qapp) -> None:
    """364 rows at batch 32 make 12 updates; the seed spread of MLPClassifier's score."""
    for code in LANGUAGES:
        text = plain(code)
        for number in ("364", "12", "91", "0.01", "0.989", "0.978", "0.967", "1e-4"):
            assert number in text, (code, number)


def test_set_language_switches_the_text(qtbot) -> None:
    panel = HelpPanel(language="en")
    qtbot.addWidget(panel)
    assert "epoch" in panel.toPlainText()
    panel.set_language("ko")
    assert panel.language == "ko"
    assert "에포크" in panel.toPlainText()
    panel.set_language("en")
    assert panel.language == "en"
    assert "epoch" in panel.toPlainText()
    assert "에포크" not in panel.toPlainText()


@pytest.mark.parametrize("code", ["fr", "", "auto", "EN"])
def test_unknown_language_falls_back_to_english(qtbot, code: str) -> None:
    panel = HelpPanel(language="ko")
    qtbot.addWidget(panel)
    panel.set_language(code)
    assert panel.language == "en"
    assert "epoch" in panel.toPlainText()


def test_follows_a_language_change_event(qtbot) -> None:
    """An installed translator sends LanguageChange; the panel reads the default locale."""
    before = QLocale()
    panel = HelpPanel(language="en")
    qtbot.addWidget(panel)
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Korean))
        QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
        qtbot.waitUntil(lambda: panel.language == "ko")
        assert "에포크" in panel.toPlainText()
        QLocale.setDefault(QLocale(QLocale.Language.English))
        QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
        qtbot.waitUntil(lambda: panel.language == "en")
    finally:
        QLocale.setDefault(before)


def test_panel_is_readable_and_selectable(qtbot) -> None:
    panel = HelpPanel(language="en")
    qtbot.addWidget(panel)
    assert panel.font().pointSizeF() >= MIN_POINT_SIZE
    assert not panel.openExternalLinks()
    assert panel.isReadOnly()
    flags = panel.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
