"""The per-user folders the app writes into, where each platform expects them.

Crash logs and the compiled kernel's cache are the app's own files, never the user's: they go
to the platform's per-user place for them (an empty environment variable counts as unset, as
the XDG specification says), so one rule decides both and a new kind of file adds one row.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

Purpose = Literal["logs", "cache"]

# purpose: (Windows subfolder, macOS folder under ~/Library, XDG variable, its default)
_PLACES: dict[str, tuple[str, str, str, str]] = {
    "logs": ("Logs", "Logs", "XDG_STATE_HOME", ".local/state"),
    "cache": ("Cache", "Caches", "XDG_CACHE_HOME", ".cache"),
}


def user_folder(purpose: Purpose) -> Path:
    """The app's folder for ``purpose`` ("logs" or "cache"); not created here."""
    windows, mac, variable, default = _PLACES[purpose]
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / "Minibatch Lab" / windows
    if sys.platform == "darwin":
        return home / "Library" / mac / "Minibatch Lab"
    return Path(os.environ.get(variable) or home / default) / "minibatch-lab"
