"""printing layer of Mentor Desk: PDF prints with correct, searchable Thai (ReportLab).

- ``fonts``: the bundled Sarabun faces and the start-up check that Thai is shaped;
- ``styles``: the shared paragraph styles (Thai leading, ``shaping=1``);
- ``thai_paragraph``: ``ThaiParagraph``, which breaks lines between Thai words only;
- ``line_breaks``: where a line may break inside Thai written without spaces;
- ``actual_text``: the clean text layer (``/ActualText`` for every shaped run);
- ``tables``, ``document``: Thai tables and plain one-frame documents;
- ``extraction``: checks the text layer with poppler's ``pdftotext``.

Imports only ``mentor_desk.domain`` from the project; never Qt.
"""
