"""How the curves are looked at: log x per x axis, following the runs' lengths until chosen and
offered when declined, remembered between sessions; the empty plot after Reset; the status
bar's progress box; tooltips that wrap."""

import pytest
from plot_fixtures import made_up_run, named_runs
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget
from window_fixtures import configure, run_to_end

from gui.main_window import MainWindow
from gui.plot_view import PlotView
from gui.run_names import SHORT_NAME
from gui.tooltips import TIP_WIDTH, TooltipWrapper, wrap_long_tooltips, wrapped_tooltip


def sweep(session) -> None:
    session.load(
        named_runs(*[(f"batch {b or 'full'}", b, made_up_run(50, b)) for b in (1, 32, None)])
    )


def test_log_x_follows_the_runs_until_chosen_and_is_offered_when_declined(shown_panel, session):
    sweep(session)
    panel = shown_panel
    assert not panel.log_x()  # epochs: the book's linear axis
    assert panel.options.offered_ratio() is None  # every run is 50 epochs long
    panel.set_x_axis("updates")
    assert panel.log_x() and panel.loss_plot.getAxis("bottom").logMode  # 364 times as long
    assert panel.options.offered_ratio() is None
    panel.set_log_x(False)  # the student declines: offered, not forced
    assert not panel.log_x() and round(panel.options.offered_ratio()) == 364
    panel.options.offer.linkActivated.emit("log-x")
    assert panel.log_x() and panel.options.offered_ratio() is None
    panel.set_x_axis("epoch")
    assert not panel.log_x()
    panel.set_x_axis("updates")
    assert panel.log_x()  # remembered for this axis


def test_the_choices_are_remembered_between_sessions(qtbot, tmp_path, shown_panel):
    settings = QSettings(str(tmp_path / "plot.ini"), QSettings.Format.IniFormat)
    shown_panel.set_x_axis("seconds")
    shown_panel.set_log_x(True)
    shown_panel.set_log_scale(True)
    shown_panel.set_x_axis("samples")
    shown_panel.set_log_x(False)
    shown_panel.save_settings(settings)
    settings.sync()
    again = PlotView()
    assert again.restore(QSettings(str(tmp_path / "plot.ini"), QSettings.Format.IniFormat)) == (
        "samples"
    )
    assert again.log_y and again.log_x_choice == {
        "epoch": "auto", "updates": "auto", "samples": "off", "seconds": "on",
    }  # fmt: skip
    (tmp_path / "bad.ini").write_text("[plot]\nx_axis=batches\nlog_y=maybe\n", encoding="utf-8")
    assert PlotView().restore(QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)) == (
        "epoch"
    )


def test_the_window_restores_the_plot_as_it_was_left(qtbot, window, tmp_path):
    window.plot.set_x_axis("updates")
    window.plot.set_log_scale(True)
    window.save_settings()
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    assert again.plot.x_axis() == "updates" and again.plot.log_scale()
    assert again.plot.options.x_combo.currentData() == "updates"


def test_reset_with_log_scale_gives_a_sane_empty_plot_and_no_idle_progress_box(qtbot, window):
    assert not window.status.progress.isVisible()
    configure(window, epochs=30)
    window.plot.set_log_scale(True)
    with qtbot.waitSignal(window.session.run_ended, timeout=60_000):
        window.start()
        assert window.status.progress.isVisible()
    assert not window.status.progress.isVisible()
    window.reset()
    window.plot.flush()
    y0, y1 = window.plot.loss_plot.getViewBox().viewRange()[1]
    assert -2.2 < y0 < -1.9 and 0 < y1 < 0.2  # 0.01 to 1, not 10^-4 to 3
    run_to_end(qtbot, window)
    assert not window.status.progress.isVisible()


def test_long_tooltips_wrap_at_a_readable_width(qtbot):
    metrics = QFontMetrics(QToolTip.font())
    long = "Logarithmic x axis: runs of very different lengths share the axis. " * 3
    assert wrapped_tooltip("Short tip", metrics) == "Short tip"
    assert wrapped_tooltip("<b>rich</b> " + long, metrics).startswith("<b>")
    rich = wrapped_tooltip(long + "a < b", metrics)
    assert f"<table width='{TIP_WIDTH}'>" in rich and "a &lt; b" in rich
    box = QWidget()
    label = QLabel("hover me", box)
    qtbot.addWidget(box)
    label.setToolTip(long)
    wrap_long_tooltips(box)
    wrap_long_tooltips(box)  # one filter, however often it is asked
    wrappers = QApplication.instance().findChildren(TooltipWrapper)
    assert len(wrappers) == 1
    box.show()
    qtbot.waitExposed(label)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(5, 5), label.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(label, event)
    assert QToolTip.isVisible() and QToolTip.text() == wrapped_tooltip(long, metrics)
    QToolTip.hideText()
    QToolTip.hideText()


def test_the_command_line_sets_the_plot_and_only_for_the_window(qtbot, window, capsys):
    from gui.app import apply_arguments
    from main import parse_args

    window.plot.set_log_scale(True)
    apply_arguments(window, parse_args(["--x-axis", "samples", "--log-x", "off"]), True)
    assert window.plot.x_axis() == "samples" and not window.plot.log_x()
    assert window.plot.log_scale()  # not typed: as it was
    apply_arguments(window, parse_args(["--log-y", "off", "--epochs", "9"]), True)
    assert not window.plot.log_scale() and window.plot.x_axis() == "samples"
    with pytest.raises(SystemExit) as leaving:
        parse_args(["--headless", "--log-x", "on"])
    assert leaving.value.code == 2
    assert "--log-x is for the window" in capsys.readouterr().err


def test_a_legend_of_many_runs_keeps_its_rows_tight_and_stays_in_the_view(shown_panel, session):
    specs = [(f"run {i}", 32, made_up_run(200, scale=0.6 + 0.05 * i, seed=i)) for i in range(16)]
    session.load(named_runs(*specs))
    shown_panel.flush()
    shown_panel.place_legends()
    legend = shown_panel.loss_plot.legend
    assert len(legend.items) == 13  # ten runs, "… and 6 more runs", the two line keys
    natural = legend.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize).height()
    assert legend.height() == pytest.approx(natural, abs=1)
    view = shown_panel.loss_plot.getViewBox()
    assert view.rect().contains(legend.mapRectToParent(legend.boundingRect()))


def test_a_long_run_name_is_cut_in_the_legend(shown_panel, session):
    long_name = "measurements_of_the_botany_department_spring_term_cleaned_v7"
    session.load(named_runs((long_name, 32, made_up_run(20)), ("short", 8, made_up_run(20))))
    shown_panel.flush()
    entries = shown_panel.legend_texts()
    assert entries[0] == long_name[: SHORT_NAME - 1] + "…" and entries[1] == "short"


def test_the_legend_names_the_right_runs_when_one_is_hidden_among_many(shown_panel, session):
    """With more runs than the legend names, hiding one changes its rows in place."""
    from gui.plot_legend import LEGEND_RUNS

    count = LEGEND_RUNS + 2
    session.load(
        named_runs(*[(f"r{i}", 32, made_up_run(10, scale=1 + i / 10)) for i in range(count)])
    )
    shown_panel.flush()
    names = shown_panel.legend_texts()[: LEGEND_RUNS + 1]
    assert names == [f"r{i}" for i in range(2, count)] + ["… and 2 more runs"]
    session.set_visible(session.ids()[-1], False)
    shown_panel.flush()
    texts = shown_panel.legend_texts()
    assert texts[: LEGEND_RUNS + 1] == [f"r{i}" for i in range(1, count - 1)] + [
        "… and 1 more runs"
    ]
    assert texts[LEGEND_RUNS + 1 :] == ["solid: training", "dashed: validation"]
