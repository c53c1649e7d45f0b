"""What the window does to open the black box: Step, the "why do the scores differ?" table and
the comparison over ten seeds, kept out of the window class.

Each action reads the parameter panel's settings and hands them to the run session or its
comparison; the panels that show the outcome watch those models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from engine.hyperparameters import Hyperparameters
from gui.difference_dialog import DifferenceDialog

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class InsightActions(QObject):
    """Step mode and the comparison's studies, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._dialog: DifferenceDialog | None = None

    def _settings(self) -> Hyperparameters | None:
        """The panel's settings, or None after saying why they cannot be used."""
        try:
            return self._window.params.hyperparameters()
        except ValueError as exc:
            self._window.show_error(self.tr("Cannot start"), str(exc))
            return None

    @Slot()
    def step(self) -> int | None:
        """One mini-batch update: of the live run, or of a new run of the panel's settings,
        paused before its first batch; the Mini-batch tab comes to the front (unless the
        weights are in front). The run's id, or None."""
        window, hp = self._window, self._settings()
        if hp is None:
            return None
        params = window.params
        run_id = window.session.step(hp, params.dataset(), params.data_spec())
        if run_id is not None and window.side_tabs.currentWidget() is not window.weights:
            window.side_tabs.setCurrentWidget(window.minibatch)
        return run_id

    @Slot()
    def study_seeds(self) -> bool:
        """Both networks over seeds 0-9 with the panel's settings; False if they cannot be
        read."""
        window, hp = self._window, self._settings()
        if hp is None:
            return False
        params = window.params
        window.session.comparison.study_seeds(params.dataset(), params.data_spec(), hp)
        return True

    @Slot()
    def explain(self) -> DifferenceDialog | None:
        """Show the "why do the scores differ?" table, computing it unless it is already
        there (or under way) for the settings shown now; None if they cannot be read."""
        window, hp = self._window, self._settings()
        if hp is None:
            return None
        study = window.session.comparison.differences
        state = study.state()
        current = (state.data, state.hp, state.seed) == (
            window.params.data_spec(),
            hp,
            window.session.comparison.seed(),
        )
        if not (current and state.state in ("running", "done")):
            self._compute(hp)
        if self._dialog is None:
            self._dialog = DifferenceDialog(study, window)
            self._dialog.rerun_requested.connect(self.compute_differences)
        self._dialog.show()
        self._dialog.raise_()
        return self._dialog

    @Slot()
    def compute_differences(self) -> None:
        """The table for the settings shown now (the dialog's "Compute again")."""
        hp = self._settings()
        if hp is not None:
            self._compute(hp)

    def _compute(self, hp: Hyperparameters) -> None:
        params = self._window.params
        self._window.session.comparison.explain(params.dataset(), params.data_spec(), hp)
