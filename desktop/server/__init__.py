"""The office server: CaseDesk on PostgreSQL 15+ (docs/SERVER.md).

The second backend of the storage seam (`desktop.storage`): each CaseDesk user is a PostgreSQL
login role, and the server itself enforces the access policy (row-level security mirroring
`services/policy.py`), keeps the audit chain (a SECURITY DEFINER function holds its key) and
indexes cases for search (`unaccent`, `tsvector`). Nothing of a case is kept on the workstation.
"""
