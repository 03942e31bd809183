"""Widgets, dialogs and Qt item models. Views call services only; they never open a Session."""
