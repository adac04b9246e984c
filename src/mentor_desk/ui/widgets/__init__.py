"""Reusable widgets of the Mentor Desk screens."""
