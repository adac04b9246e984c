"""printing layer of Mentor Desk: PDF prints with correct, searchable Thai (ReportLab).

Typography:
- ``fonts``: the bundled Sarabun faces and the start-up check that Thai is shaped;
- ``styles``: the shared paragraph styles (Thai leading, ``shaping=1``);
- ``thai_paragraph``: ``ThaiParagraph``, which breaks lines between Thai words only;
- ``line_breaks``: where a line may break inside Thai written without spaces;
- ``actual_text``: the clean text layer (``/ActualText`` for every shaped run);
- ``tables``, ``document``: Thai tables and plain one-frame documents;
- ``extraction``: checks the text layer with poppler's ``pdftotext``.

Prints:
- ``booklet``: lesson-learned booklets (``build_booklet``), with ``selection`` (which lessons,
  which chapters), ``cover``, ``front_matter``, ``lesson_pages``, ``toc`` (page numbers right
  in one pass), ``booklet_document`` (page templates) and ``page_setup`` (A4/A5);
- ``household_summary``, ``activity_report`` (with ``charts``) and ``certificate``;
- ``photos`` (upright, downscaled, never fatal), ``output`` (atomic writes), ``errors``.

Imports only ``mentor_desk.domain`` from the project; data comes through the protocols and
arguments the callers pass (the store's side is ``mentor_desk.store.print_queries``). Never Qt.
"""
