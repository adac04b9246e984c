"""Widgets, models and dialogs of the households and visit screens."""
