"""The referral packet: cover letter to the recipient, case summary, consent record and the released
sections only. Plain data in, PDF bytes out; what is not in `ReferralPacket` cannot reach the paper.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table, TableStyle

from desktop.reports.document import (
    FRAME_WIDTH,
    MUTED,
    RULE,
    DocSection,
    DocumentInfo,
    build_pdf,
    content_digest,
    key_value_table,
    notice_box,
    rich,
    section_flowables,
    section_heading,
    spacer,
    styles,
    text,
    title_block,
)


@dataclass(frozen=True)
class ReferralPacket:
    """Everything printed on a packet, already minimised and labelled by the service."""

    referral_number: str
    copy_number: int  # 0 for an on-screen preview
    recipient_name: str
    recipient_type: str
    sender_name: str
    sender_role: str
    sender_agency: str
    generated_at: str
    issued_on: str
    case_reference: str
    person_name: str
    reason: str
    priority: str
    respond_by: str
    services: tuple[str, ...]
    cover_note: str
    summary: tuple[tuple[str, str], ...]
    consent: DocSection
    sections: tuple[DocSection, ...]
    override_reason: str = ""
    override_by: str = ""
    override_at: str = ""
    draft: bool = False

    @property
    def document_id(self) -> str:
        suffix = f"C{self.copy_number}" if self.copy_number else "PREVIEW"
        return f"{self.referral_number}-{suffix}"

    def content(self) -> dict[str, object]:
        """What the SHA-256 covers: the released content, the same on every copy."""
        data = asdict(self)
        for copy_specific in ("copy_number", "generated_at"):
            data.pop(copy_specific)
        return data


def _copy_label(packet: ReferralPacket) -> str:
    if packet.copy_number == 0:
        return "Preview — not an issued copy"
    return f"Copy {packet.copy_number}"


def _letter(packet: ReferralPacket) -> list[Flowable]:
    s = styles()
    addressed = Table([[
        [text("To", s.label), text(packet.recipient_name, s.body), text(packet.recipient_type, s.small)],
        [text("From", s.label), text(f"{packet.sender_name}, {packet.sender_role}", s.body),
         text(packet.sender_agency, s.small)],
        [text("Date", s.label), text(packet.issued_on, s.body), text(packet.priority + " priority",
                                                                     s.small)],
    ]], colWidths=[FRAME_WIDTH * 0.38, FRAME_WIDTH * 0.38, FRAME_WIDTH * 0.24])
    addressed.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    services = ", ".join(packet.services) or "—"
    released = ", ".join(section.title for section in packet.sections) or "none beyond the summary"
    flowables: list[Flowable] = [
        addressed, spacer(5),
        rich([("Subject: ", "b"), (f"Referral of case {packet.case_reference} — {packet.priority} "
                                   f"priority, response requested by {packet.respond_by}", "b")]),
        spacer(2),
        text(f"Dear colleagues of {packet.recipient_name},"),
        text(f"The Anti-Trafficking in Persons Council refers to you the person named in this packet, "
             f"{packet.person_name}, for the following services: {services}. Reason for the referral: "
             f"{packet.reason}."),
    ]
    if packet.cover_note:
        flowables.append(text(packet.cover_note))
    flowables += [
        text(f"Please acknowledge receipt and tell us whether you accept the referral by "
             f"{packet.respond_by}, quoting reference {packet.referral_number}."),
        text(f"Enclosed, limited to what you need for this referral: case summary, consent record, "
             f"{released}."),
        text("This packet holds personal data of a person who may be a victim of trafficking. It is "
             "released for this referral only. Do not copy, forward or disclose it; keep it locked "
             "away, and return or destroy it when it is no longer needed.", s.small),
        spacer(6),
        text("Yours sincerely,"),
        spacer(9),
        _signature_line(packet.sender_name, f"{packet.sender_role}, {packet.sender_agency}"),
    ]
    return flowables


def _signature_line(name: str, role: str) -> Flowable:
    s = styles()
    table = Table([[text(name, s.body)], [text(role, s.small)]], colWidths=[80 * mm])
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (0, 0), 0.6, MUTED),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    table.hAlign = "LEFT"
    return table


def _receipt(packet: ReferralPacket) -> Flowable:
    s = styles()
    blank = [text("", s.cell)] * 2
    table = Table([[text("Received by (name)", s.label), *blank[:1]],
                   [text("Organisation", s.label), text(packet.recipient_name, s.cell)],
                   [text("Date and time", s.label), *blank[:1]],
                   [text("Signature", s.label), *blank[:1]]],
                  colWidths=[50 * mm, FRAME_WIDTH - 50 * mm], rowHeights=[18] * 4)
    table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether([*section_heading("Acknowledgement of receipt"),
                         text(f"Please return this slip to {packet.sender_agency}, quoting "
                              f"{packet.referral_number}.", s.small), spacer(2), table])


def referral_packet_pdf(packet: ReferralPacket) -> bytes:
    """Lays out the packet; every piece of text is escaped by the shared blocks (P1)."""
    marking = f"CONFIDENTIAL — for {packet.recipient_name}"
    if packet.draft:
        marking = f"DRAFT — NOT FOR RELEASE — for {packet.recipient_name}"
    info = DocumentInfo(
        title="Referral packet", document_id=packet.document_id, marking=marking,
        generated_by=packet.sender_name, generated_at=packet.generated_at,
        copy_label=_copy_label(packet), content_sha256=content_digest(packet.content()),
    )
    story: list[Flowable] = [*title_block(info, f"Referral of case {packet.case_reference} to "
                                                f"{packet.recipient_name}"), *_letter(packet)]
    if packet.override_reason:
        story += [spacer(5), notice_box(
            "Released without covering consent — supervisor override",
            f"Authorised by {packet.override_by} on {packet.override_at}. Reason: "
            f"{packet.override_reason}")]
    story += [PageBreak(), *section_heading("1. Case summary"), key_value_table(packet.summary)]
    story += section_flowables(packet.consent, 2)
    for number, section in enumerate(packet.sections, start=3):
        story += section_flowables(section, number)
    story += [spacer(6), _receipt(packet)]
    return build_pdf(info, story, subject="Referral packet")
