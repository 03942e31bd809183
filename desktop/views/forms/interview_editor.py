"""One interview on screen: the form renderer, autosave of the draft, and the workflow buttons the
user's role allows (submit; return with a comment, approve, lock; addenda after approval).

Drafts are saved in the vault a moment after each change (and before submitting), so closing the
window loses at most that moment. A locked interview is shown read-only with its SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.forms.schema import FormSchema
from desktop.models.seed import Action
from desktop.services.interviews.service import InterviewDetail

from .. import labels
from ..cases.common import local_time
from ..context import AppContext
from ..reauth import confirm_identity
from ..widgets import FieldError, error_text
from .fields import plain_label
from .renderer import FormRenderer

AUTOSAVE_MS = 1500


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewEditor", text)


class TextPrompt(QDialog):
    """Asks for a comment or an addendum; OK stays disabled while the text is empty."""

    def __init__(
        self, title: str, prompt: str, then: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(prompt))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.text.textChanged.connect(lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.accepted.connect(lambda: then(self.text.toPlainText().strip()))
        self.resize(480, 260)


class InterviewEditor(QWidget):
    """Shows one interview; `wrote` after a workflow step, `back_requested` to return to the list."""

    wrote = Signal()
    printed = Signal(str)
    back_requested = Signal()

    def __init__(
        self, ctx: AppContext, detail: InterviewDetail, schema: FormSchema, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.detail, self.schema = ctx, detail, schema
        self.dialog: QDialog | None = None
        self.dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header())
        self.status = FieldError()
        layout.addWidget(self.status)
        self.renderer = FormRenderer(schema, detail.language, username=ctx.user.principal.username)
        self.renderer.set_answers(detail.answers)
        self.renderer.changed.connect(self._changed)
        layout.addWidget(self.renderer, 1)
        self.trail = QPlainTextEdit()  # workflow steps and addenda, scrollable under the form
        self.trail.setReadOnly(True)
        self.trail.setAccessibleName(_tr("Workflow and addenda"))
        self.trail.setMaximumHeight(88)
        layout.addWidget(self.trail)
        layout.addLayout(self._actions())
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self._show_detail(detail)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        back = QPushButton(_tr("← Interviews"))
        back.clicked.connect(self.leave)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = QLabel()
        self.seal = QLabel()
        self.seal.setObjectName("hint")
        self.seal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(back)
        row.addWidget(self.title, 1)
        row.addWidget(self.state_label)
        return row

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.seal, 1)
        p = self.ctx.user.principal
        self.buttons: dict[str, QPushButton] = {}
        for key, text, allowed in (
            ("save", _tr("&Save draft"), p.can(Action.INTERVIEW_CONDUCT)),
            ("submit", _tr("Su&bmit for review"), p.can(Action.INTERVIEW_CONDUCT)),
            ("return", _tr("&Return with comment…"), p.can(Action.INTERVIEW_APPROVE)),
            ("approve", _tr("&Approve"), p.can(Action.INTERVIEW_APPROVE)),
            ("lock", _tr("&Lock"), p.can(Action.INTERVIEW_APPROVE)),
            (
                "addendum",
                _tr("Add a&ddendum…"),
                p.can(Action.INTERVIEW_CONDUCT) or p.can(Action.INTERVIEW_APPROVE),
            ),
            ("print", _tr("&Print record…"), True),
        ):
            button = QPushButton(text)
            button.setProperty("allowed", allowed)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            row.addWidget(button)
            self.buttons[key] = button
        return row

    def _show_detail(self, detail: InterviewDetail) -> None:
        self.detail = detail
        row = detail.row
        self.title.setText(f"{row.form_title} ({row.form_version}) · {row.case_reference}")
        self.state_label.setText(labels.label("interview_state", row.state))
        editable = row.state in ("DRAFT", "RETURNED") and row.interviewer == self.ctx.user.principal.username
        self.renderer.set_read_only(not editable)
        if row.content_sha256:
            verdict = _tr("intact") if detail.hash_ok else _tr("DOES NOT MATCH — report this")
            self.seal.setText(
                _tr("SHA-256 {hash} ({verdict})").format(hash=row.content_sha256, verdict=verdict)
            )
        else:
            self.seal.setText("")
        visible = {
            "save": editable,
            "submit": editable,
            "return": row.state == "SUBMITTED",
            "approve": row.state == "SUBMITTED",
            "lock": row.state == "APPROVED",
            "addendum": row.state in ("APPROVED", "LOCKED"),
            "print": True,
        }
        for key, button in self.buttons.items():
            button.setVisible(bool(button.property("allowed")) and visible[key])
        lines = [
            f"{local_time(e.at)} {e.who}: {labels.label('interview_state', e.from_state)} → "
            f"{labels.label('interview_state', e.to_state)}"
            + (f" — {e.comment}" if e.comment else "")
            for e in detail.events
        ]
        lines += [
            _tr("Addendum {at} {user}: {text}").format(at=local_time(a.at), user=a.who, text=a.text)
            for a in detail.addenda
        ]
        self.trail.setPlainText("\n".join(lines))
        self.trail.setVisible(bool(lines))

    # -- saving -------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True
        self.autosave.start()

    def save_draft(self) -> bool:
        """Store the answers now; True when saved (or nothing to save)."""
        self.autosave.stop()
        if not self.dirty:
            return True
        try:
            self.ctx.interviews.save_draft(
                self.ctx.user, self.detail.row.id, self.renderer.answers(), self.renderer.language
            )
        except Exception as error:
            self.status.show_message(error_text(error))
            return False
        self.dirty = False
        self.status.show_message("")
        return True

    def leave(self) -> None:
        if self.save_draft():
            self.back_requested.emit()

    # -- workflow -----------------------------------------------------------------------------
    def act(self, key: str) -> None:
        interviews, session, interview_id = self.ctx.interviews, self.ctx.user, self.detail.row.id
        if key == "save":
            self.save_draft()
            return
        if key == "print":
            self.print_record()
            return
        if key == "submit":
            if not self.save_draft():
                return
            count = self.renderer.show_errors()
            if count:
                page = self.renderer.first_error_page()
                if page is not None:
                    self.renderer.show_page(page)
                self.status.show_message(
                    _tr("{n} answer(s) need attention before submitting.").format(n=count)
                )
                return
            self._step(lambda: interviews.submit(session, interview_id))
        elif key == "return":
            self._prompt(
                _tr("Return for changes"),
                _tr("What should the interviewer change?"),
                lambda text: self._step(lambda: interviews.return_for_changes(session, interview_id, text)),
            )
        elif key == "approve":
            self._step(lambda: interviews.approve(session, interview_id))
        elif key == "lock":
            self._step(lambda: interviews.lock(session, interview_id))
        elif key == "addendum":
            self._prompt(
                _tr("Add an addendum"),
                _tr("The addendum is added below the locked record."),
                lambda text: self._step(lambda: interviews.add_addendum(session, interview_id, text)),
            )

    # -- printing (choose_save_path is a method so tests can replace the file dialog) ----------
    def choose_save_path(self, filename: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save the interview record"), filename, "PDF (*.pdf)")
        return path

    def print_record(self) -> None:
        """The PDF in the form's current language, after a recent password (U2), built off the GUI thread."""
        if not self.save_draft() or not confirm_identity(
            self, self.ctx, _tr("The interview record is restricted (level 3).")
        ):
            return
        path = self.choose_save_path(f"{self.detail.row.case_reference}-interview-{self.detail.row.id}.pdf")
        if not path:
            return
        interviews, session, interview_id = self.ctx.interviews, self.ctx.user, self.detail.row.id
        language = self.renderer.language  # the record is in the language the form is shown in

        def saved(pdf: bytes) -> None:
            try:
                with open(path, "wb") as handle:
                    handle.write(pdf)
            except OSError as error:
                self.status.show_message(
                    _tr("The file could not be written: {reason}").format(reason=error.strerror or "")
                )
                return
            self.status.show_message("")
            self.printed.emit(path)

        self.ctx.worker.run(
            lambda: interviews.record_pdf(session, interview_id, language),
            saved,
            lambda error: self.status.show_message(error_text(error)),
            _tr("Preparing the interview record…"),
        )

    def _prompt(self, title: str, prompt: str, then: Callable[[str], None]) -> None:
        self.dialog = TextPrompt(title, prompt, then, self)
        self.dialog.open()

    def _step(self, change: Callable[[], object]) -> None:
        try:
            change()
            detail = self.ctx.interviews.open(self.ctx.user, self.detail.row.id)
        except Exception as error:
            self.status.show_message(error_text(error))
            return
        self.status.show_message("")
        self._show_detail(detail)
        self.wrote.emit()

    def clear(self) -> None:
        """The vault is locking: stop autosaving and forget the answers on screen."""
        self.autosave.stop()
        self.renderer.set_answers({})
