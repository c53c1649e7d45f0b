"""The main window's action names and tooltips, in the language installed now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


def action_texts(paused: bool) -> dict[str, tuple[str, str]]:
    """Text and tooltip of each action, keyed as the window keys its actions."""
    return {
        "start": (
            translate("MainWindow", "▶ Start"),
            translate("MainWindow", "Train the network with these settings (Ctrl+Enter)."),
        ),
        "pause": (
            translate("MainWindow", "Resume") if paused else translate("MainWindow", "Pause"),
            translate("MainWindow", "Pause or resume the run within one mini-batch (Ctrl+P)."),
        ),
        "stop": (
            translate("MainWindow", "■ Stop"),
            translate(
                "MainWindow",
                "Stop within one mini-batch; the curves stay, up to the last whole epoch (Esc).",
            ),
        ),
        "reset": (
            translate("MainWindow", "Reset"),
            translate("MainWindow", "Clear the curves, the run history and the results (Ctrl+R)."),
        ),
        "sweep": (
            translate("MainWindow", "Batch-size sweep…"),
            translate(
                "MainWindow",
                "Train these settings once per batch size (1, 8, 32, 128, full) and overlay "
                "the curves: the book's experiment (Ctrl+B).",
            ),
        ),
        "defaults": (translate("MainWindow", "Restore the book's settings"), ""),
        "open_csv": (
            translate("MainWindow", "Open CSV…"),
            translate(
                "MainWindow", "Train on your own CSV file: preview it and choose how to read it."
            ),
        ),
        "png": (
            translate("MainWindow", "Export PNG…"),
            translate(
                "MainWindow",
                "Save the plot as a figure for slides: a title with the dataset and the "
                "settings, thick lines, at 1x, 2x or 3x the size (Ctrl+E).",
            ),
        ),
        "svg": (
            translate("MainWindow", "Export SVG…"),
            translate(
                "MainWindow",
                "Save the plot as the same figure in vector form, sharp at any size.",
            ),
        ),
        "csv": (
            translate("MainWindow", "Export CSV…"),
            translate(
                "MainWindow", "Save the latest run's curves, one row per epoch (Ctrl+Shift+E)."
            ),
        ),
        "runs_csv": (
            translate("MainWindow", "Export all runs as CSV…"),
            translate("MainWindow", "Save the curves of every run in the history in one table."),
        ),
        "save": (
            translate("MainWindow", "Save experiment…"),
            translate(
                "MainWindow",
                "Save every run in the history, settings and curves, to a file (Ctrl+S).",
            ),
        ),
        "open": (
            translate("MainWindow", "Open experiment…"),
            translate(
                "MainWindow",
                "Open a saved experiment: its runs replace the history, and the panel gets the "
                "settings of its last run (Ctrl+O).",
            ),
        ),
        "code": (
            translate("MainWindow", "Copy as Python"),
            translate(
                "MainWindow",
                "The code of this run and of the matching MLPClassifier (Ctrl+Alt+C).",
            ),
        ),
        "copy_plot": (
            translate("MainWindow", "Copy plot"),
            translate(
                "MainWindow",
                "Put the plot on the clipboard as a figure, to paste into a slide or a chat "
                "(Ctrl+Shift+C).",
            ),
        ),
        "batch_csv": (
            translate("MainWindow", "Export mini-batch losses as CSV…"),
            translate(
                "MainWindow",
                "Save the latest run's loss of every mini-batch (epoch, batch, batch size, "
                "loss) at full precision, to redo the noise plot yourself.",
            ),
        ),
        "quit": (translate("MainWindow", "Quit"), ""),
        "help": (
            translate("MainWindow", "Explain"),
            translate("MainWindow", "Epochs, mini-batches, L1/L2 … (F1)"),
        ),
        "about": (translate("MainWindow", "About Minibatch Lab"), ""),
        "step": (
            translate("MainWindow", "Step"),
            translate(
                "MainWindow",
                "Make exactly one mini-batch update and show it: its rows, its loss before and "
                "after, its gradient. From a fresh start or from Pause (F10).",
            ),
        ),
    }
