"""The shared document blocks: escaping (P1), page numbering, splitting tables, AES-256 (P2)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.reports.document import (
    DocumentError,
    DocumentInfo,
    build_pdf,
    content_digest,
    data_table,
    key_value_table,
    section_heading,
    text,
    title_block,
)
from desktop.reports.protection import encrypt_pdf

INFO = DocumentInfo(title="Test document", document_id="CD-TEST-1", marking="CONFIDENTIAL — for Tester",
                    generated_by="Ana Tester", generated_at="2026-11-23 09:00 UTC", copy_label="Copy 1 of 1",
                    content_sha256=content_digest({"a": 1}))


def _pages(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def test_user_text_is_escaped_and_latin_names_print_p1() -> None:
    """P1: markup in user text prints literally; Kriol/accented names survive the font."""
    name = '<b>Ana & "José"</b> Ñandú Çağrı'
    pdf = build_pdf(INFO, [*title_block(INFO), key_value_table([("Name", name)]), text(name)])
    page = _pages(pdf)[0]
    assert page.count('<b>Ana & "José"</b> Ñandú Çağrı') == 2


def test_every_page_has_marking_and_page_x_of_y() -> None:
    rows = [[f"row {n}", "x" * 40, "y"] for n in range(220)]
    pdf = build_pdf(INFO, [*section_heading("Rows"), data_table(["A", "B", "C"], rows)])
    pages = _pages(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "CONFIDENTIAL — for Tester" in page and "CD-TEST-1" in page
        assert INFO.content_sha256 in page
    # the header row repeats on every page the table continues on
    assert all("A" in page.split("\n") for page in pages)
    assert "row 219" in pages[-1]


def test_a_cell_longer_than_a_page_splits_instead_of_failing() -> None:
    long = "word " * 2500
    pdf = build_pdf(INFO, [key_value_table([("Narrative", long)])])
    assert len(_pages(pdf)) >= 2


def test_layout_errors_carry_no_case_text_p1() -> None:
    """P1: a ReportLab failure is reported without the text that caused it."""
    from reportlab.platypus import Table

    too_tall = Table([[text("secret-name-canary")]], rowHeights=[2000])
    with pytest.raises(DocumentError) as caught:
        build_pdf(INFO, [too_tall])
    assert "secret-name-canary" not in str(caught.value)


def test_encrypted_pdf_opens_only_with_its_password_aes256_p2() -> None:
    """P2: pypdf AES-256 (/R 6); the wrong password opens nothing."""
    pdf = encrypt_pdf(build_pdf(INFO, [text("Sensitive content")]), "correct horse battery")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    assert reader.trailer["/Encrypt"]["/R"] == 6
    assert reader.decrypt("wrong password").name == "NOT_DECRYPTED"
    assert "Sensitive content" in _pages(pdf, "correct horse battery")[0]
    assert b"Sensitive content" not in pdf


def test_content_digest_is_stable_and_order_independent() -> None:
    assert content_digest({"a": 1, "b": [1, 2]}) == content_digest({"b": [1, 2], "a": 1})
    assert content_digest({"a": 1}) != content_digest({"a": 2})
    assert len(content_digest("x")) == 64
