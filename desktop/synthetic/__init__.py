"""Invented data for demonstrations and benchmarks: `casedesk demo` and `casedesk synth`.

Not a use case: it writes straight into an unlocked vault, so it sits beside the command line,
above the services, and nothing in the services imports it.
"""
