"""The Cases page: find a case, create one after a duplicate check, and work on it."""

from .list_page import CasesPage

__all__ = ["CasesPage"]
