"""ui layer of Mentor Desk."""
