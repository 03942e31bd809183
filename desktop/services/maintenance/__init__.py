"""Vault maintenance: verify, backup and restore, key rotation, recovery, and the installation
self-test."""
