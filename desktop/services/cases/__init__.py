"""Case records: reading (lists, counts, search, open), writing (create, update, workflow), the
repeatable sections, validation (P3), and a case's content as document sections."""
