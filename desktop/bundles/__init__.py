"""Sealed case bundles between vaults, as a file format (no Qt, no database): identities and their
public files (`identity`), the sealed and signed container (`container`) and the zip payload
inside it with its limits (`payload`). The use cases are `desktop.services.bundles`."""
