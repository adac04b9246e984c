"""domain layer of Mentor Desk."""
