"""sync layer of Mentor Desk."""
