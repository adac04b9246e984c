"""Widgets, models and dialogs of the library screens: activities, lessons and search."""
