"""The printable recovery sheet for a new escrow key pair (K7): plain data in, PDF bytes out.

It carries the fingerprint, the instructions and the passphrase-sealed private key as text, so that
the sheet alone (typed back in) can recover a vault; the passphrase is never printed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle


@dataclass(frozen=True)
class RecoverySheet:
    fingerprint: str
    created: str
    private_key_text: str
    private_file_name: str
    organisation: str = "ATIPs Council, Belize"


def recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10, leading=14)
    title = ParagraphStyle("title", parent=styles["Title"], fontSize=18, spaceAfter=4)
    mono = ParagraphStyle("mono", fontName="Courier", fontSize=7.2, leading=9)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
        bottomMargin=18 * mm, title="CaseDesk recovery sheet", author="CaseDesk",
    )
    facts = Table(
        [
            ["Organisation", Paragraph(escape(sheet.organisation), body)],
            ["Created", Paragraph(escape(sheet.created), body)],
            ["Escrow key fingerprint", Paragraph(f"<b>{escape(sheet.fingerprint)}</b>", body)],
            ["Private key file", Paragraph(escape(sheet.private_file_name), body)],
        ],
        colWidths=[48 * mm, 122 * mm],
    )
    facts.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    steps = [
        "Keep this sheet and the private key file offline, in a sealed envelope in the ministry's "
        "safe. Keep the passphrase separately, with a different custodian.",
        "Anyone holding both this key and its passphrase can open every vault sealed to it.",
        "To recover: type the text below into a file (or use the private key file), then run "
        "<font name='Courier'>casedesk recover --escrow-key FILE --admin USERNAME</font> on the "
        "workstation, enter the passphrase and a new administrator password, and rotate the "
        "database key afterwards (<font name='Courier'>casedesk rekey</font>).",
        "Check the fingerprint shown by CaseDesk against the one printed above before use.",
    ]
    story = [
        Paragraph("CaseDesk recovery sheet", title),
        Paragraph("CONFIDENTIAL — escrow key for vault recovery", styles["Heading3"]),
        Spacer(1, 4 * mm),
        facts,
        Spacer(1, 6 * mm),
        Paragraph("Instructions", styles["Heading2"]),
        *[Paragraph(f"{n}. {text}", body) for n, text in enumerate(steps, start=1)],
        Spacer(1, 4 * mm),
        Paragraph("Sealed private key (useless without the passphrase)", styles["Heading2"]),
        Preformatted(sheet.private_key_text, mono),
    ]
    document.build(story)
    return buffer.getvalue()
