"""The Statistics page (`page.py`) and the Prevention page (`prevention_page.py`), each imported
where it is built, so that Home's monitoring card (which needs only `years.py`) stays light."""
