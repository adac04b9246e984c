"""The GUI of sync by files: the parts of the send/receive screen (this computer's key card,
trusted computers, sending, the sync folder, receiving) and of the review inbox.

Widgets run on the GUI thread; the `*_jobs` modules hold the work they hand to the database
worker thread. The screens themselves are `pages/sync_page.py` and `pages/review_page.py`.
"""
