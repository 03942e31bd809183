"""XLSForm forms engine: loading, the form schema and a safe expression evaluator (no Qt)."""

from desktop.forms.errors import ExpressionError, FormImportFailed, Problem
from desktop.forms.loader import load_xlsform
from desktop.forms.schema import FormSchema

__all__ = ["ExpressionError", "FormImportFailed", "FormSchema", "Problem", "load_xlsform"]
