"""printing layer of Mentor Desk."""
