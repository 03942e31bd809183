"""The Cases page (`list_page.py`): find a case, create one after a duplicate check, and work on
it (`workspace.py`). The package imports nothing itself, so that a module using one of its
parts (`common.py`) does not load the whole page."""
