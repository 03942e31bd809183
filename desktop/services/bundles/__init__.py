"""Sealed case bundles between vaults: identities and peers, sending, importing with a preview and
merge, and field synchronisation (the format itself is `desktop.bundles`)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.bundles.errors import BundleRefused, IdentityFileInvalid, TooLarge
from desktop.storage.store import Store

from .export import BundleExport
from .identity import IdentityService
from .importer import BundleImport
from .sync import SyncService


@dataclass(frozen=True)
class BundleServices:
    """The exchange use cases over one store, built once (`views/context.py`)."""

    identity: IdentityService
    export: BundleExport
    imports: BundleImport
    sync: SyncService

    @classmethod
    def over(cls, store: Store) -> BundleServices:
        export, imports = BundleExport(store), BundleImport(store)
        return cls(IdentityService(store), export, imports, SyncService(store, export, imports))


__all__ = ["BundleExport", "BundleImport", "BundleRefused", "BundleServices", "IdentityFileInvalid",
           "IdentityService", "SyncService", "TooLarge"]
