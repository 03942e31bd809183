"""The referral packet: cover letter to the recipient, case summary, consent record and the released
sections only. Plain data in, PDF bytes out; what is not in `ReferralPacket` cannot reach the paper.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table, TableStyle

from desktop.i18n.catalogue import Translator
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
    lang: str = "en"  # the language of the sender's screens

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
    _ = Translator("ReferralPacket", packet.lang)
    if packet.copy_number == 0:
        return _("Preview — not an issued copy")
    return _("Copy {n}").format(n=packet.copy_number)


def _letter(packet: ReferralPacket, shown: tuple[DocSection, ...]) -> list[Flowable]:
    _ = Translator("ReferralPacket", packet.lang)
    s = styles()
    addressed = Table([[
        [text(_("To"), s.label), text(packet.recipient_name, s.body), text(packet.recipient_type, s.small)],
        [text(_("From"), s.label), text(f"{packet.sender_name}, {packet.sender_role}", s.body),
         text(packet.sender_agency, s.small)],
        [text(_("Date"), s.label), text(packet.issued_on, s.body),
         text(_("Priority: {priority}").format(priority=packet.priority), s.small)],
    ]], colWidths=[FRAME_WIDTH * 0.38, FRAME_WIDTH * 0.38, FRAME_WIDTH * 0.24])
    addressed.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    services = ", ".join(packet.services) or "—"
    released = ", ".join(section.title for section in shown)
    enclosed = (_("Enclosed, limited to what you need for this referral: case summary, consent "
                  "record, {sections}.").format(sections=released) if released else
                _("Enclosed, limited to what you need for this referral: case summary and consent "
                  "record."))
    flowables: list[Flowable] = [
        addressed, spacer(5),
        rich([(_("Subject: "), "b"), (_("Referral of case {case} — priority {priority}, response "
                                        "requested by {due}").format(
            case=packet.case_reference, priority=packet.priority.lower(), due=packet.respond_by), "b")]),
        spacer(2),
        text(_("Dear colleagues,")),
        text(_("The Anti-Trafficking in Persons Council refers to {recipient} the person named in "
               "this packet, {person}, for the following services: {services}. Reason for the "
               "referral: {reason}.").format(recipient=packet.recipient_name, person=packet.person_name,
                                             services=services, reason=packet.reason)),
    ]
    if packet.cover_note:
        flowables.append(text(packet.cover_note))
    flowables += [
        text(_("Please acknowledge receipt and tell us whether you accept the referral by {due}, "
               "quoting reference {reference}.").format(due=packet.respond_by,
                                                         reference=packet.referral_number)),
        text(enclosed),
        text(_("This packet holds personal data of a person who may be a victim of trafficking. It "
               "is released for this referral only. Do not copy, forward or disclose it; keep it "
               "locked away, and return or destroy it when it is no longer needed."), s.small),
        spacer(6),
        text(_("Yours sincerely,")),
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
    _ = Translator("ReferralPacket", packet.lang)
    s = styles()
    blank = [text("", s.cell)] * 2
    table = Table([[text(_("Received by (name)"), s.label), *blank[:1]],
                   [text(_("Organisation"), s.label), text(packet.recipient_name, s.cell)],
                   [text(_("Date and time"), s.label), *blank[:1]],
                   [text(_("Signature"), s.label), *blank[:1]]],
                  colWidths=[50 * mm, FRAME_WIDTH - 50 * mm], rowHeights=[18] * 4)
    table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.5, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return KeepTogether([*section_heading(_("Acknowledgement of receipt")),
                         text(_("Please return this slip to {agency}, quoting {reference}.").format(
                             agency=packet.sender_agency, reference=packet.referral_number), s.small),
                         spacer(2), table])


def _recorded(section: DocSection) -> bool:
    """A released section with something in it: a value or a row (its standing note alone, such
    as where to ask for the interview record, is not content)."""
    return bool(section.rows or any(value for _, value in section.fields))


def referral_packet_pdf(packet: ReferralPacket) -> bytes:
    """Lays out the packet; every piece of text is escaped by the shared blocks (P1). Released
    sections with nothing recorded are named in one line rather than printed empty."""
    _ = Translator("ReferralPacket", packet.lang)
    marking = _("CONFIDENTIAL — for {recipient}").format(recipient=packet.recipient_name)
    if packet.draft:
        marking = _("DRAFT — NOT FOR RELEASE — for {recipient}").format(recipient=packet.recipient_name)
    info = DocumentInfo(
        title=_("Referral packet"), document_id=packet.document_id, marking=marking,
        generated_by=packet.sender_name, generated_at=packet.generated_at,
        copy_label=_copy_label(packet), content_sha256=content_digest(packet.content()),
        lang=packet.lang,
    )
    shown = tuple(section for section in packet.sections if _recorded(section))
    empty = [section.title for section in packet.sections if not _recorded(section)]
    story: list[Flowable] = [*title_block(info, _("Referral of case {case} to {recipient}").format(
        case=packet.case_reference, recipient=packet.recipient_name)), *_letter(packet, shown)]
    if packet.override_reason:
        story += [spacer(5), notice_box(
            _("Released without covering consent — supervisor override"),
            _("Authorised by {who} on {when}. Reason: {reason}").format(
                who=packet.override_by, when=packet.override_at, reason=packet.override_reason))]
    story += [PageBreak(), *section_heading(_("1. Case summary")), key_value_table(packet.summary)]
    story += section_flowables(packet.consent, 2, lang=packet.lang)
    for number, section in enumerate(shown, start=3):
        story += section_flowables(section, number, lang=packet.lang)
    if empty:
        story += [spacer(3), text(_("Also released, with nothing recorded in the case: {sections}.")
                                  .format(sections=", ".join(empty)), styles().small)]
    story += [spacer(6), _receipt(packet)]
    return build_pdf(info, story, subject=_("Referral packet"))
