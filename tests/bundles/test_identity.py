"""Vault identities: the public file, its fingerprint, the printed sheet, trusting a peer, and the
private keys kept only inside the encrypted vault."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.bundles.errors import IdentityFileInvalid
from desktop.bundles.identity import read_identity_file
from desktop.services import audit
from desktop.services.bundles.identity import SECRET_NAME, NewPeer
from desktop.services.errors import PermissionDenied, ValidationError

from .world import Site


def test_the_identity_file_carries_public_keys_and_a_checkable_fingerprint(office: Site) -> None:
    data, name = office.identity.identity_file(office.admin)
    info = office.identity.info(office.admin)
    assert info is not None and name.endswith(".cdidentity")
    document = json.loads(data)
    assert document["fingerprint"] == info.fingerprint
    assert len(info.fingerprint.split()) == 8 and all(len(g) == 4 for g in info.fingerprint.split())
    public = read_identity_file(data)
    assert (public.name, public.organisation_code, public.fingerprint) == (
        "HS Belmopan office", "HS", info.fingerprint)
    for edit in ({"name": "HS Belmopan office (new)"}, {"organisation": {"code": "POL", "name": "x"}},
                 {"seal": "00" * 32}, {"fingerprint": "AAAA " * 8}):
        with pytest.raises(IdentityFileInvalid):
            read_identity_file(json.dumps({**document, **edit}).encode())
    for junk in (b"", b"{}", b"\xff\xfe", b"[1, 2]", b"x" * 20_000):
        with pytest.raises(IdentityFileInvalid):
            read_identity_file(junk)


def test_the_private_keys_live_only_inside_the_encrypted_vault(office: Site, tmp_path: Path) -> None:
    """K1/D1 for identities: the secret store holds them; no file on disk shows them."""
    with office.desk.vault.session() as db:
        secret = office.desk.vault.secrets.read(db, SECRET_NAME)
    assert secret is not None and len(secret) == 64
    data, _ = office.identity.identity_file(office.admin)
    (tmp_path / "id.cdidentity").write_bytes(data)
    office.desk.vault.engine.dispose()
    needles = (secret[:32], secret[32:], secret[:32].hex().encode(), secret[32:].hex().encode())
    for path in [p for p in tmp_path.rglob("*") if p.is_file()]:
        content = path.read_bytes()
        assert not any(n in content for n in needles), path.name
    with office.desk.vault.session() as db, db.begin(), pytest.raises(Exception, match="already"):
        office.desk.vault.secrets.write(db, SECRET_NAME, b"\0" * 64)


def test_the_identity_sheet_prints_the_fingerprint(office: Site, tmp_path: Path) -> None:
    pdf = office.identity.identity_sheet(office.admin)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    info = office.identity.info(office.admin)
    assert info is not None
    assert info.fingerprint in text and "HS Belmopan office" in text
    assert "Department of Human Services (HS)" in text
    assert "do not trust" in text.lower()


def test_a_peer_is_trusted_only_with_the_right_fingerprint(office: Site, tablet: Site,
                                                           partner: Site) -> None:
    data = tablet.identity_file()
    public = office.identity.read_peer_file(office.admin, data)
    wrong = "0000 " + public.fingerprint[5:]
    with pytest.raises(ValidationError, match="fingerprint you checked"):
        office.identity.add_peer(office.admin, data, NewPeer(wrong, "FIELD", "HS", 2, "ana"))
    with pytest.raises(ValidationError, match="active account"):
        office.identity.add_peer(office.admin, data, NewPeer(public.fingerprint, "FIELD", "HS", 2))
    with pytest.raises(ValidationError, match="own organisation"):
        office.identity.add_peer(office.admin, partner.identity_file(), NewPeer(
            read_identity_file(partner.identity_file()).fingerprint, "OFFICE", "NGO", 1))
    with pytest.raises(ValidationError, match="own identity"):
        office.identity.add_peer(office.admin, office.identity_file(), NewPeer(
            read_identity_file(office.identity_file()).fingerprint, "PARTNER", "HS", 1))
    peer = office.identity.add_peer(office.admin, data, NewPeer(
        public.fingerprint.lower().replace(" ", "-"), "FIELD", "HS", 2, "ana"))
    assert (peer.kind, peer.level, peer.field_user, peer.internal) == ("FIELD", 2, "ana", True)
    with pytest.raises(ValidationError, match="already trusts"):
        office.identity.add_peer(office.admin, data, NewPeer(public.fingerprint, "FIELD", "HS", 2, "ana"))
    with pytest.raises(PermissionDenied):
        office.identity.add_peer(office.session("carmen"), data, NewPeer(
            public.fingerprint, "FIELD", "HS", 2, "ana"))
    office.identity.update_peer(office.admin, peer.id, active=False)
    assert office.identity.peers(office.admin) == []
    with office.desk.vault.session() as db:
        details = [e.detail for e in audit.entries(db, action="peer.change")]
    assert any("trusted FIELD level 2" in d for d in details)
    assert any("no longer trusted" in d for d in details)
