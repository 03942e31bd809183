"""Accounts: creating the vault, login and lock, passwords, user administration, the
organisations directory and vault-wide settings."""
