"""The use cases, grouped by capability; the only layer that opens a database session, checks the
access policy and writes the audit trail.

Shared by every package: `user` (who is logged in), `policy` (may they?), `audit` (the trail),
`errors` (user-facing sentences). Capabilities: `accounts`, `maintenance`, `cases`, `interviews`,
`referrals`, `statistics`, and `exchange` (HTCDS/CTDC files).
"""
