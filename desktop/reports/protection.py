"""A finished PDF protected by a password: AES-256 (P2), never ReportLab's own RC4."""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter

from desktop.reports.document import DocumentError


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """Password-protects a finished PDF in memory with AES-256 (P2, /R 6); never ReportLab's RC4."""
    if not password:
        raise DocumentError("A protected document needs a password.")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    # A random owner password nobody keeps: the reader's password opens it, nobody can lift it.
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
