"""The Administration page (`page.py`) and its tabs, one module per area.

Nothing is imported here: the Home page reads two helpers from `audit` and `backups`, and
importing the package must not load every tab (the exchange tab brings the bundles and ReportLab)
before the user opens Administration.
"""
