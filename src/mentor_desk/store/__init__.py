"""store layer of Mentor Desk."""
