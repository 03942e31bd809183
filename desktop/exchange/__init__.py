"""HTCDS and CTDC import and export (no Qt): plain data and a SQLAlchemy session in, rows or
files out. Permissions, scope and audit are the calling service's (services/exchange.py)."""
