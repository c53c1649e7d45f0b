"""A plot saved as a file: PNG drawn at high resolution, SVG through pyqtgraph, both atomic."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from xml.dom.minidom import Element

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QCoreApplication, QIODevice, QPointF, QRectF, QSaveFile, Qt
from PySide6.QtGui import QImage, QPainter

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


@contextlib.contextmanager
def closed_paths_tolerated() -> Iterator[None]:
    """While exporting SVG, hide the "Z" (close path) commands that Qt 6.11 writes at the end
    of rectangle paths from pyqtgraph 0.14.0's SVG exporter: it expects only "x,y" tokens and
    fails on every plot (pyqtgraph issue #3495). The commands are put back afterwards, and the
    exporter is restored, so nothing else sees the change.
    """
    module = sys.modules["pyqtgraph.exporters.SVGExporter"]
    original = module.correctCoordinates

    def tolerant(node: Element, *args: object) -> None:
        closes = {}  # path element -> how many points precede each "Z"
        for path in node.getElementsByTagName("path"):
            tokens = path.getAttribute("d").split()
            at = [i for i, token in enumerate(tokens) if token in ("Z", "z")]
            if at:
                closes[path] = [i - n for n, i in enumerate(at)]
                path.setAttribute("d", " ".join(t for t in tokens if t not in ("Z", "z")))
        original(node, *args)
        for path, after in closes.items():
            tokens = path.getAttribute("d").split()
            for n, i in enumerate(after):
                tokens.insert(i + n, "Z")
            path.setAttribute("d", " ".join(tokens))

    module.correctCoordinates = tolerant
    try:
        yield
    finally:
        module.correctCoordinates = original


def export_png(plot: pg.PlotItem, path: str, width: int) -> None:
    """Save ``plot`` as a PNG ``width`` pixels wide, atomically.

    The plot is drawn as on a high-resolution screen: fonts, lines and the legend all grow by
    the same factor, so the file looks like the window, only sharper (pyqtgraph's
    ImageExporter scales the axes but not the legend, whose text ends up tiny). The plot must
    have been shown once: a never-shown plot has no real size yet. Raises OSError naming
    ``path``; never leaves a partial file."""
    source = plot.sceneBoundingRect()
    scale = int(width) / source.width()
    image = QImage(int(width), round(source.height() * scale), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    plot.scene().render(painter, QRectF(QPointF(0, 0), source.size()), source)
    painter.end()
    save_atomic(path, lambda file: image.save(file, "PNG"))


def export_svg(plot: pg.PlotItem, path: str) -> None:
    """Save ``plot`` as SVG, atomically; raises OSError naming ``path``."""
    with closed_paths_tolerated():
        data = pyqtgraph.exporters.SVGExporter(plot).export(toBytes=True)
    save_atomic(path, lambda file: file.write(data) == len(data))


def save_atomic(path: str, write: Callable[[QSaveFile], bool]) -> None:
    """QSaveFile writes to a temporary file beside ``path`` and renames it on commit, so a
    failure leaves the old file (or none) rather than half a new one."""
    file = QSaveFile(path)
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(
            translate("PlotExport", "Cannot save {path}: {reason}").format(
                path=path, reason=file.errorString()
            )
        )
    if not write(file):
        file.cancelWriting()
    if not file.commit():
        raise OSError(
            translate("PlotExport", "Cannot save {path}: {reason}").format(
                path=path, reason=file.errorString() or translate("PlotExport", "write failed")
            )
        )
