"""Which language the window speaks: the system's by default, or the one chosen in the menu.

Installing a translator sends every widget a LanguageChange event; each panel's
``retranslate()`` then sets its texts again, so switching needs no restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LANGUAGES = ("en", "ko")

_installed: list[QTranslator] = []
_current = ""


def resolve(language: str) -> str:
    """'auto' follows the system locale: Korean for a Korean system, English otherwise."""
    if language in LANGUAGES:
        return language
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_language(app: QCoreApplication, language: str) -> str:
    """Swap the installed translators; returns the language now in use."""
    code = resolve(language)
    while _installed:
        app.removeTranslator(_installed.pop())
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(RESOURCES / f"minibatch_lab_{code}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(
        QLocale(QLocale.Language.Korean if code == "ko" else QLocale.Language.English)
    )
    global _current
    _current = code
    return code


def current_language() -> str:
    """The language installed last, or the system's if none was installed yet."""
    return _current or resolve("auto")


class Retranslatable:
    """Mixed into a widget (before its Qt class) that has ``retranslate()``: the app can switch
    language while running, and every visible string of the widget is then set again."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
