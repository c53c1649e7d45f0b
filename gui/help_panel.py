"""The short help text beside the plot: what the curves mean and why they look as they do.

The texts are HTML files in ``resources/`` (``help_en.html``, ``help_ko.html``) rather than
translated strings: a few paragraphs with headings read better as one document a teacher can
edit than as dozens of ``tr()`` fragments, and QTextBrowser renders that simple HTML directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from gui.language import LANGUAGES, RESOURCES

FALLBACK = "en"
MIN_POINT_SIZE = 11.0  # smaller than this is tiring to read for a few minutes of prose
DOCUMENT_MARGIN = 14  # pixels around the text, so it does not touch the frame


def help_path(code: str) -> Path:
    """The help file for ``code``; unknown codes get the English one (always shipped)."""
    return RESOURCES / f"help_{code if code in LANGUAGES else FALLBACK}.html"


def current_language() -> str:
    """The language the translators speak now, read from the default QLocale.

    ``install_language`` sets the default locale to match the translator it installs, so this
    is what a LanguageChange event means for us.
    """
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en"


class HelpPanel(QTextBrowser):
    """A read-only, selectable help document that follows the application's language."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpPanel")
        # Links, if a text ever has any, must not start a web browser from a classroom machine.
        self.setOpenExternalLinks(False)
        # Mouse selection, no keyboard caret: arrow keys should scroll a text to read, as they
        # do in a web page, not move a cursor as in an editor.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setFrameShape(QFrame.Shape.NoFrame)
        font = self.font()
        if font.pointSizeF() < MIN_POINT_SIZE:
            font.setPointSizeF(MIN_POINT_SIZE)
            self.setFont(font)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._language = ""
        self.set_language(language or current_language())

    @property
    def language(self) -> str:
        """The code of the text shown now ("en" or "ko")."""
        return self._language

    def set_language(self, code: str) -> None:
        """Show the help in ``code``; an unknown code or a missing file falls back to English.

        Reloading the same language is skipped so a student's scroll position survives the
        repeated LanguageChange events that one switch of translators sends.
        """
        code = code if code in LANGUAGES and help_path(code).is_file() else FALLBACK
        if code == self._language:
            return
        path = help_path(code)
        try:
            html = path.read_text(encoding="utf-8")
        except OSError as error:
            # A broken install should say what is missing, not show an empty pane.
            self.setPlainText(f"Help text not found: {path} ({error.strerror})")
        else:
            self.setHtml(html)
        self._language = code

    def changeEvent(self, event: QEvent) -> None:
        """Follow an installed translator.

        The event arrives while ``install_language`` is still swapping translators, before it
        sets the default locale, so the locale is read once control returns to the event loop.
        """
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, lambda: self.set_language(current_language()))
        super().changeEvent(event)
