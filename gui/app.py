"""Starting the window: the application object, translations, command-line overrides, and the
``--screenshot`` mode that renders the real window offscreen after a full run."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SCREENSHOT_TIMEOUT_MS = 120_000


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (or render it with ``--screenshot``); returns the exit status."""
    if args.screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if no_display():
        print(
            "error: no display to open the window on (DISPLAY is not set). Run it in a desktop "
            "session or under xvfb-run, or train in the terminal with --headless.",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.dialogs import parse_batch_sizes
    from gui.language import install_language
    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("MinibatchLab")
    app.setApplicationName("Minibatch Lab")
    # A screenshot shows exactly the command line's settings, never the user's saved ones.
    scratch = tempfile.TemporaryDirectory(prefix="minibatch-lab-") if args.screenshot else None
    if scratch is not None:
        settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    install_language(app, settings.value("ui/language", "auto", type=str))
    window = MainWindow(settings)
    if args.lang != "auto":
        window.set_language(args.lang)
    apply_arguments(window, args, only_explicit=not args.screenshot)
    if args.sweep is not None:
        try:
            parse_batch_sizes(args.sweep)
        except ValueError as exc:
            print(f"main.py: error: argument --sweep: {exc}", file=sys.stderr)
            return 2
    if not args.screenshot:
        window.show()
        if args.sweep is not None:
            window.start_sweep(args.sweep)
        return app.exec()
    with scratch:
        return take_screenshot(app, window, args)


def no_display() -> bool:
    """On Linux without X or Wayland, Qt would abort with a core dump; say why instead."""
    return (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def apply_arguments(window, args: argparse.Namespace, only_explicit: bool) -> None:
    """Command-line hyperparameters win over saved ones. In the normal window only those the
    user actually typed count (argparse fills in the book's defaults for the rest)."""
    from engine.hyperparameters import Hyperparameters
    from main import build_parser

    defaults = vars(build_parser().parse_args([]))
    given = {k: v for k, v in vars(args).items() if not only_explicit or defaults.get(k) != v}
    current = window.params.hyperparameters().as_dict()
    fields = {k: given[k] for k in current if k in given}
    if fields:
        window.params.set_hyperparameters(Hyperparameters(**{**current, **fields}))
    if given.get("csv_data"):
        window.params.open_csv(str(given["csv_data"]), given.get("label_column"))
    elif "dataset" in given:
        window.params.select_dataset(args.dataset, n_samples=args.samples, noise=args.noise)


def take_screenshot(app, window, args: argparse.Namespace) -> int:
    """Show offscreen, train to the end, wait for scikit-learn, grab the window."""
    from PySide6.QtCore import QEventLoop, QTimer

    width, height = args.size
    window.resize(width, height)
    window.show()
    app.processEvents()
    loop = QEventLoop()
    pending = {"run", "comparison"}

    def done(what: str) -> None:
        pending.discard(what)
        if not pending:
            loop.quit()

    if args.sweep is None:
        window.run_finished.connect(lambda _outcome: done("run"))
        window.start()
    else:
        window.sweep_finished.connect(lambda: done("run"))
        window.start_sweep(args.sweep)
    window.comparison_finished.connect(lambda: done("comparison"))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    if window.is_running():
        loop.exec()
    window.plot.flush()
    app.processEvents()
    ok = window.grab().save(str(args.screenshot))
    window.close()
    if not ok:
        print(f"error: could not write {args.screenshot}", file=sys.stderr)
        return 1
    if pending:
        print(f"error: timed out waiting for {', '.join(sorted(pending))}", file=sys.stderr)
        return 1
    return 0
