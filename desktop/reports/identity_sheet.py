"""The printed identity sheet of a vault: its fingerprint in large type, for an administrator of
another vault to compare before trusting the identity file (plain data in, PDF bytes out)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Preformatted

from desktop.reports.document import (
    DocumentInfo,
    build_pdf,
    content_digest,
    key_value_table,
    notice_box,
    section_heading,
    spacer,
    styles,
    text,
    title_block,
)


@dataclass(frozen=True)
class IdentitySheet:
    vault_name: str
    organisation: str
    identity_id: str
    fingerprint: str
    seal_public_hex: str
    sign_public_hex: str
    created: str
    generated_by: str
    generated_at: str


_STEPS = (
    "Send the identity file (.cdidentity) to the other vault's administrator by any channel: it "
    "holds public keys only.",
    "Hand this sheet over in person, or read the fingerprint out on a call the other administrator "
    "placed to a number they already knew. The file and the check must travel by different roads.",
    "The other administrator imports the file (Administration → Exchange, or casedesk peer add) and "
    "trusts it only if the fingerprint shown there is exactly the one printed here.",
    "If the fingerprint differs, do not trust the file: someone may have replaced it on the way.",
)


def identity_sheet_pdf(sheet: IdentitySheet) -> bytes:
    s = styles()
    info = DocumentInfo(
        title="CaseDesk vault identity", document_id=f"ID-{sheet.fingerprint.replace(' ', '')[:16]}",
        marking="PUBLIC KEY — check before trusting", generated_by=sheet.generated_by,
        generated_at=sheet.generated_at,
        content_sha256=content_digest([sheet.identity_id, sheet.seal_public_hex,
                                       sheet.sign_public_hex]))
    large = ParagraphStyle("cd-fingerprint", parent=s.title, fontName=s.mono.fontName,
                           fontSize=20, leading=26, spaceBefore=4, spaceAfter=6)
    story: list[Flowable] = [
        *title_block(info, "Fingerprint for bundles between vaults"),
        key_value_table([
            ("Vault", sheet.vault_name), ("Organisation", sheet.organisation),
            ("Identity id", sheet.identity_id), ("Created", sheet.created)]),
        *section_heading("Fingerprint"),
        text(sheet.fingerprint, large),
        notice_box("Compare every group", "Eight groups of four characters. A single different "
                   "character means a different key: do not trust that file."),
        spacer(),
        *section_heading("How to use this sheet"),
        *[text(f"{n}. {step}") for n, step in enumerate(_STEPS, start=1)],
        spacer(),
        *section_heading("Public keys"),
        text("Sealing key (X25519): bundles for this vault are sealed to it.", s.small),
        Preformatted(sheet.seal_public_hex, s.mono),
        text("Signing key (Ed25519): bundles from this vault are signed with it.", s.small),
        Preformatted(sheet.sign_public_hex, s.mono),
    ]
    return build_pdf(info, story, subject="Vault identity sheet")
