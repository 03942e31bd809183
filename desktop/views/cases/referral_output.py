"""Getting a packet or case summary out of the app: in-memory PDF preview, printing, saving, and the
one-time display of a protection password. Nothing here writes a temporary file (D1).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.referrals.documents import IssuedDocument

from ..clipboard import sensitive_clipboard
from ..widgets import EmptyState
from .common import note


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralOutput", text)


class PdfPreview(QPdfView):
    """A PDF shown from bytes held in memory; `clear` drops them (U1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # the stubs omit the default None
        self.document_ = QPdfDocument(self)
        self.buffer: QBuffer | None = None
        self.setDocument(self.document_)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setMinimumWidth(420)

    def show_pdf(self, pdf: bytes) -> None:
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.buffer = buffer
        self.document_.load(buffer)

    def page_count(self) -> int:
        return int(self.document_.pageCount())

    def clear(self) -> None:
        self.document_.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None


class PacketPreview(QWidget):
    """The packet as the recipient will read it, under a line saying what is shown; until there
    is one, what will appear here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.state = note("")  # pages and progress of the preview, once there is one
        column.addWidget(self.state)
        self.pdf = PdfPreview()
        self.stack = QStackedWidget()
        self.stack.addWidget(EmptyState(_tr(
            "The packet is previewed here exactly as the recipient will read it: cover letter, case "
            "summary, consent record and the sections you release. Choose the recipient and at "
            "least one service to request.")))
        self.stack.addWidget(self.pdf)
        column.addWidget(self.stack, 1)

    def show_pdf(self, pdf: bytes) -> int:
        """Show `pdf`; its number of pages."""
        self.pdf.show_pdf(pdf)
        self.stack.setCurrentWidget(self.pdf)
        return self.pdf.page_count()


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog first: nothing is issued (or audited) if the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print referral packet"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_pdf(pdf: bytes, printer: QPrinter, password: str = "") -> int:
    """Renders each page of an in-memory PDF onto the printer; returns the pages printed."""
    document, buffer = QPdfDocument(), QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    if password:
        document.setPassword(password)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page).scaled(
                target.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio).toSize()
            image = document.render(page, QSize(size.width(), size.height()))
            painter.drawImage(0, 0, image)
        return int(document.pageCount())
    finally:
        painter.end()
        document.close()
        buffer.close()


def choose_file(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save packet as PDF"), suggested,
                                          _tr("PDF documents (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


class PasswordOnceDialog(QDialog):
    """Shows the protection password once; it is stored nowhere and cannot be shown again (P2)."""

    def __init__(self, issued: IssuedDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Password of the protected PDF"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("The file {name} is protected with AES-256. Give the recipient this "
                           "password by another channel (telephone, in person) — never with the "
                           "file. It is shown only now.").format(name=issued.file_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password = QLabel(issued.password or "")
        self.password.setObjectName("pageTitle")
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.password)
        copy = QPushButton(_tr("Copy (cleared from the clipboard after 30 s)"))
        copy.clicked.connect(lambda: sensitive_clipboard().copy(issued.password or ""))
        layout.addWidget(copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("I have noted it"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)


def write_file(path: str, issued: IssuedDocument) -> None:
    with open(path, "wb") as handle:
        handle.write(issued.pdf)

