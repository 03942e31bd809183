"""Statistics for the council: the annual figures with small-cell suppression, the annual report
files, the prevention register."""
