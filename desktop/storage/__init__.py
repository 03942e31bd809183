"""What the use cases need from storage, whatever the backend (docs/ARCHITECTURE.md, "The storage
seam"): short database sessions (the unit of work), the audit trail's append and verify, and the
case search index. `desktop.vault` implements it on a local SQLCipher file; a second backend (the
office server) implements the same protocols, so `desktop.services` never names a backend.
"""
