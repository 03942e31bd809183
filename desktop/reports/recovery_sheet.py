"""The printable recovery sheet for a new escrow key pair (K7): plain data in, PDF bytes out.

It carries the fingerprint, the instructions and the passphrase-sealed private key as text, so that
the sheet alone (typed back in) can recover a vault; the passphrase is never printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Preformatted

from desktop.reports.document import (
    DocumentInfo,
    build_pdf,
    content_digest,
    key_value_table,
    section_heading,
    spacer,
    styles,
    text,
    title_block,
)


@dataclass(frozen=True)
class RecoverySheet:
    fingerprint: str
    created: str
    private_key_text: str
    private_file_name: str
    organisation: str = "ATIPs Council, Belize"


_STEPS = (
    "Keep this sheet and the private key file offline, in a sealed envelope in the ministry's safe. "
    "Keep the passphrase separately, with a different custodian.",
    "Anyone holding both this key and its passphrase can open every vault sealed to it.",
    "Check the fingerprint shown by CaseDesk against the one printed above before use.",
)


def recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    s = styles()
    info = DocumentInfo(
        title="CaseDesk recovery sheet", document_id=f"ESCROW-{sheet.fingerprint.replace(' ', '')[:16]}",
        marking="CONFIDENTIAL — escrow key for vault recovery", generated_by="CaseDesk setup",
        generated_at=sheet.created, content_sha256=content_digest(sheet.private_key_text),
    )
    story: list[Flowable] = [
        *title_block(info, "CONFIDENTIAL — escrow key for vault recovery"),
        key_value_table([
            ("Organisation", sheet.organisation),
            ("Created", sheet.created),
            ("Escrow key fingerprint", sheet.fingerprint),
            ("Private key file", sheet.private_file_name),
        ]),
        *section_heading("Instructions"),
        text(f"1. {_STEPS[0]}"),
        text(f"2. {_STEPS[1]}"),
        text("3. To recover: type the text below into a file (or use the private key file), then run"),
        text("casedesk recover --escrow-key FILE --admin USERNAME", s.mono),
        text("on the workstation, enter the passphrase and a new administrator password, and rotate the "
             "database key afterwards (casedesk rekey)."),
        text(f"4. {_STEPS[2]}"),
        spacer(),
        *section_heading("Sealed private key (useless without the passphrase)"),
        Preformatted(sheet.private_key_text, s.mono, maxLineLength=96),
    ]
    return build_pdf(info, story, subject="Escrow recovery sheet")
