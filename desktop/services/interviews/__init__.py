"""Forensic interviews: the form library (XLSForm versions), the interview workflow, answers and
their seal, the mapping into the case, and the interview record's data."""
