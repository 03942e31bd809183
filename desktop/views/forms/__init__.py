"""Rendering XLSForm schemas as pages of Qt widgets, and the interview screens built on them."""
