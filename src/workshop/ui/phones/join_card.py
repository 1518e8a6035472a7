"""The join card on the projector: the QR code, the short address and the join code.

A small card in the audience window's corner while phones are switched on, painted
from segno's modules (crisp at any projector size). It shows only how to join: the
code is meant to be read by the room.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from workshop.domain import palettes


class JoinCard(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("projectorJoinCard")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.url = ""
        self.short = ""
        self.code = ""
        self._modules: list[list[bool]] = []
        window.installEventFilter(self)
        self.hide()

    def show_join(self, url: str, short: str, code: str) -> None:
        if url != self.url:
            from workshop.phones.qr import qr_matrix  # segno loads when phones go on

            self._modules = qr_matrix(url)
        self.url, self.short, self.code = url, short, code
        self.setAccessibleName(
            QCoreApplication.translate(
                "JoinCard", "Join from your phone: {address}, code {code}"
            ).format(address=short, code=code)
        )
        self._place()
        self.show()
        self.raise_()
        self.update()

    def hide_join(self) -> None:
        self.url = ""
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
            self.raise_()
        return False

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        side = max(160, int(min(window.width(), window.height()) * 0.30))
        width, height = side, int(side * 1.42)
        margin = max(8, side // 16)
        self.setGeometry(window.width() - width - margin, window.height() - height - margin,
                         width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), QColor(palettes.QR_LIGHT))
        width = self.width()
        modules = self._modules
        if modules:
            count = len(modules) + 8  # four modules of quiet zone each side
            cell = width / count
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palettes.QR_DARK))
            for y, row in enumerate(modules):
                for x, dark in enumerate(row):
                    if dark:
                        left, top = (x + 4) * cell, (y + 4) * cell
                        painter.drawRect(QRectF(left, top, cell + 0.3, cell + 0.3))
        painter.setPen(QColor(palettes.QR_DARK))
        text_top = width
        rest = self.height() - text_top
        font = QFont(self.font())
        font.setPixelSize(max(14, int(rest * 0.22)))
        painter.setFont(font)
        painter.drawText(QRectF(4, text_top, width - 8, rest * 0.42),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.short)
        font.setPixelSize(max(16, int(rest * 0.34)))
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        painter.setFont(font)
        painter.drawText(QRectF(4, text_top + rest * 0.42, width - 8, rest * 0.55),
                         Qt.AlignmentFlag.AlignCenter, self.code)
        painter.end()
