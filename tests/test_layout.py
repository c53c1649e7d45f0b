"""The window fits a 1024 x 600 screen in English and Korean without cutting a word, and at
1280 x 720 the history needs no sideways scrolling."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel
from window_fixtures import configure, run_to_end

from engine.hyperparameters import Hyperparameters
from gui.history_panel import NAME_CHARS
from gui.language import install_language
from gui.main_window import MainWindow


@pytest.fixture(params=["en", "ko"])
def shown(request, qtbot, tmp_path):
    """The window with three runs, a comparison and a status line, in one language."""
    app = QApplication.instance()
    install_language(app, request.param)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_error = lambda *args: pytest.fail(f"unexpected error {args}")
    configure(window, epochs=20)
    window.show()
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        window.start_sweep("1, 32, full")
    yield window
    install_language(app, "en")


def seen_width(widget) -> int:
    """How much of the widget's width is on screen: a scroll area or a splitter too narrow
    for its contents hides the right-hand part (scrolling up and down hides nothing)."""
    left, right = 0, widget.width()
    while widget.parentWidget() is not None:
        left, right = left + widget.x(), right + widget.x()
        widget = widget.parentWidget()
        left, right = max(left, 0), min(right, widget.width())
    return max(right - left, 0)


def cut(window: MainWindow) -> list[str]:
    """Every visible label, button and group title whose text does not fit what is seen of
    it, and every table header or run name that does not fit its column."""
    found = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text() or label.width() < 2:
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                found.append(f"label {label.text()!r}: too short")
            if seen_width(label) < label.width():
                found.append(f"label {label.text()!r}: hidden in part")
        elif label.fontMetrics().horizontalAdvance(label.text()) > seen_width(label):
            found.append(f"label {label.text()!r}")
    for button in window.findChildren(QAbstractButton):
        shown = button.isVisibleTo(window) and button.text() and button.width() > 1
        if shown and button.sizeHint().width() > seen_width(button) + 1:
            found.append(f"button {button.text()!r}")
    for group in window.findChildren(QGroupBox):
        title = group.fontMetrics().horizontalAdvance(group.title())
        if group.isVisibleTo(window) and title > group.width():
            found.append(f"group {group.title()!r}")
    header = window.history.table.horizontalHeader()
    model = window.history.model
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        width = header.fontMetrics().horizontalAdvance(title)
        if not header.isSectionHidden(column) and width > header.sectionSize(column):
            found.append(f"header {title!r}")
    table = window.history.table
    name = min(table.sizeHintForColumn(1), table.fontMetrics().averageCharWidth() * NAME_CHARS)
    if header.sectionSize(1) < name:  # longer names are cut with "…", and whole in a tooltip
        found.append("run names")
    return found


def test_1024_by_600_fits_and_cuts_no_word(shown, qtbot):
    shown.resize(1024, 600)
    qtbot.waitUntil(lambda: shown.width() <= 1024 and shown.height() <= 600)
    QApplication.processEvents()
    assert cut(shown) == []


def test_1280_by_720_shows_the_whole_history(shown, qtbot):
    shown.resize(1280, 720)
    QApplication.processEvents()
    assert cut(shown) == []
    assert not shown.history.table.horizontalScrollBar().isVisible()


def test_a_wide_screen_gives_the_curves_the_room(qtbot, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(3840, 2160)
    window.show()
    QApplication.processEvents()
    left, middle, right = window.columns.sizes()
    assert middle > 0.6 * sum(window.columns.sizes())
    assert left <= 340 and right <= 460
    window.params.set_hyperparameters(Hyperparameters())


def test_the_comparison_grows_to_keep_its_buttons_in_view_when_the_seeds_rows_appear(qtbot, window):
    configure(window, epochs=5)
    with qtbot.waitSignal(window.session.comparison.finished, timeout=60_000):
        run_to_end(qtbot, window)  # the comparison's table and notes first
    area = window.columns.compare_area
    study = window.session.comparison.seeds
    window.compare.seeds_button.click()
    qtbot.waitUntil(lambda: study.state().state == "done", timeout=120_000)
    qtbot.waitUntil(lambda: window.compare.seeds_cell(0, 0) != "")
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())
    button = window.compare.seeds_button
    bottom = button.mapTo(area.viewport(), button.rect().bottomLeft()).y()
    assert bottom <= area.viewport().height()


def history_columns(window: MainWindow) -> tuple[int, int, list[str]]:
    """The table's inner width, the width of its shown columns, and the shown columns whose
    title needs more room than they have."""
    table = window.history.table
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    cut_titles = [
        window.history.model.headerData(c, Qt.Orientation.Horizontal)
        for c in shown
        if header.sectionSize(c) < header.sectionSizeHint(c)
    ]
    return table.viewport().width(), sum(header.sectionSize(c) for c in shown), cut_titles


def test_history_columns_fit_their_titles_and_fill_the_width_after_a_delete(shown, qtbot):
    shown.resize(1024, 600)
    QApplication.processEvents()
    shown.session.remove([shown.session.ids()[0]])
    for size in ((1280, 800), (1920, 1080), (1024, 600)):
        shown.resize(*size)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: history_columns(shown)[1] >= history_columns(shown)[0])
        assert history_columns(shown)[2] == []


def test_a_long_run_name_is_cut_in_the_table_and_whole_in_its_tooltip(shown, qtbot):
    run_id = shown.session.ids()[-1]
    long_name = "iris_measurements_from_the_botany_department_2024_cleaned " * 3
    shown.session.rename(run_id, long_name)
    shown.resize(1280, 720)
    QApplication.processEvents()
    assert not shown.history.table.horizontalScrollBar().isVisible()
    model = shown.history.model
    index = model.index(model.row_of(run_id), 1)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).startswith(long_name.strip())
