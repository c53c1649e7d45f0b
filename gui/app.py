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

    from engine.cli_options import program_name
    from engine.exit_status import EXIT_USAGE
    from gui import sweep_prefetch
    from gui.comparison import close_fit_processes
    from gui.language import install_language
    from gui.main_window import MainWindow
    from gui.worker import join_every_job

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
    errors: list[str] = []
    if args.screenshot:
        report_to_terminal(window, errors)
    if args.lang != "auto":
        window.set_language(args.lang)
    try:
        apply_arguments(window, args, only_explicit=not args.screenshot)
    except ValueError as exc:  # a bad option, worded as the parser words its own
        print(f"{program_name()}: error: {exc} (see --help)", file=sys.stderr)
        return EXIT_USAGE
    if not args.screenshot:
        if "size" in args.given:
            window.resize(*args.size)
        window.show()
        # The compiled training kernel loads (or compiles, in a child process) while the
        # student reads the window; runs started before it is ready train with NumPy.
        from PySide6.QtCore import QTimer

        from engine.warm_up import warm_up_in_background

        QTimer.singleShot(0, warm_up_in_background)
        if args.sweep is not None:
            window.start_sweep(args.sweep)
        status = app.exec()
        join_every_job()
        close_fit_processes()
        sweep_prefetch.close()
        return status
    with scratch:
        status = take_screenshot(app, window, args, errors)
        join_every_job()
        close_fit_processes()
        sweep_prefetch.close()
        return status


def no_display() -> bool:
    """On Linux without X or Wayland, Qt would abort with a core dump; say why instead."""
    return (
        sys.platform.startswith("linux")
        and "QT_QPA_PLATFORM" not in os.environ
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def apply_arguments(window, args: argparse.Namespace, only_explicit: bool) -> None:
    """Command-line settings win over saved ones. In the normal window only the options the
    user typed count (``args.given``); the screenshot takes them all. Raises ValueError for a
    value the window cannot hold (its spin-boxes would silently clamp it)."""
    from engine.hyperparameters import Hyperparameters

    given = {k: v for k, v in vars(args).items() if not only_explicit or k in args.given}
    apply_plot_options(window, given)
    current = window.params.hyperparameters().as_dict()
    fields = {k: given[k] for k in current if k in given}
    if fields:
        wanted = Hyperparameters(**{**current, **fields})
        window.params.set_hyperparameters(wanted)
        shown = window.params.hyperparameters()
        for name, value in wanted.as_dict().items():
            if getattr(shown, name) != value:
                option = "--" + name.replace("_", "-")
                raise ValueError(
                    f"argument {option}: {value} is beyond what the window offers "
                    f"(up to {getattr(shown, name)}); use --headless for it"
                )
    if given.get("sklearn_seed") is not None:
        window.compare.set_seed(given["sklearn_seed"])
    if given.get("csv_data"):
        path = str(given["csv_data"])
        options = getattr(args, "csv_options", None)
        if not window.params.open_csv(path, val_ratio=given.get("val_ratio"), options=options):
            raise ValueError(f"argument --csv-data: {path} could not be loaded (see above)")
    elif "dataset" in given:
        if args.dataset != "breast_cancer" and (
            args.data_seed is not None or args.val_ratio is not None
        ):
            raise ValueError(
                "--data-seed and --val-ratio of a synthetic dataset are for --headless: the "
                "window uses data seed 0 and a quarter of the points for validation"
            )
        window.params.select_dataset(args.dataset, n_samples=args.samples, noise=args.noise)


def apply_plot_options(window, given: dict[str, object]) -> None:
    """--x-axis, --log-x and --log-y: how the plot looks (log x for the x axis chosen)."""
    if given.get("x_axis"):
        window.plot.set_x_axis(given["x_axis"])
    if given.get("log_x"):
        window.plot.set_log_x(given["log_x"] == "on")
    if given.get("log_y"):
        window.plot.set_log_scale(given["log_y"] == "on")


def report_to_terminal(window, errors: list[str]) -> None:
    """In --screenshot mode nobody can click a dialog away on the invisible screen: errors go
    to stderr (and into ``errors``), questions are answered yes."""

    def show(title: str, text: str, details: str = "") -> None:
        errors.append(f"{title}: {text}")
        print(f"error: {title}: {text}", file=sys.stderr)

    window.show_error = show
    window.params.show_error = show
    window.confirm = lambda title, question: True
    window.history.confirm_clear = lambda: True


def take_screenshot(app, window, args: argparse.Namespace, errors: list[str]) -> int:
    """Show offscreen, train to the end, wait for scikit-learn, grab the window.

    Exit status 2 when the settings were refused (nothing is trained), 1 when the run failed
    or timed out, 0 otherwise."""
    from PySide6.QtCore import QEventLoop, QTimer

    if errors:
        return 2
    width, height = args.size
    window.resize(width, height)
    window.show()
    app.processEvents()
    loop = QEventLoop()
    pending = {"run", "comparison"}
    session = window.session

    def done(*what: str) -> None:
        pending.difference_update(what)
        if not pending:
            loop.quit()

    def run_ended(_run_id: int, state: str) -> None:
        # Only a run that ended normally or diverged is compared with scikit-learn.
        if state not in ("finished", "diverged"):
            done("comparison")
        if args.sweep is None or not session.is_busy():
            done("run")

    session.run_ended.connect(run_ended)
    session.comparison.finished.connect(lambda: done("comparison"))
    started = window.start() is not None if args.sweep is None else window.start_sweep(args.sweep)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    if started:
        loop.exec()
    window.plot.flush()
    window.plot.place_legends()  # at once, not after the short wait a window allows itself
    app.processEvents()
    ok = window.grab().save(str(args.screenshot))
    window.close()
    if not ok:
        print(f"error: could not write {args.screenshot}", file=sys.stderr)
        return 1
    if pending:
        print(f"error: timed out waiting for {', '.join(sorted(pending))}", file=sys.stderr)
        return 1
    return 1 if errors else 0
