"""The Statistics and Prevention pages."""

from .page import StatisticsPage
from .prevention_page import PreventionPage

__all__ = ["PreventionPage", "StatisticsPage"]
