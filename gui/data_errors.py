"""The engine's data errors in the window's language.

The engine has no Qt, so a `DatasetError` carries its English message plus a machine-readable
`kind` and `details` (see `engine.datasets.ERROR_KINDS`). The templates are the engine's own
(`engine.error_catalog`, marked for translation in the context "DataErrors"); here they are
looked up in the installed translation and filled from the details. A kind the catalog does not
know, or details it cannot use, fall back to the engine's English message: a student always
sees what went wrong, if not always in their language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from engine.datasets import DatasetError
from engine.error_catalog import error_text

logger = logging.getLogger(__name__)


def describe(error: DatasetError) -> str:
    """The error's message in the installed language, or `str(error)` if it cannot be worded."""
    details = getattr(error, "details", None)
    if not isinstance(details, dict):
        return str(error)
    try:
        return error_text(getattr(error, "kind", ""), details, QCoreApplication.translate)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as problem:
        logger.warning("Showing %r in English: %r", getattr(error, "kind", ""), problem)
        return str(error)
