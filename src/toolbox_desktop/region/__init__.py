"""A region: many towns' anonymised assessments pooled in one SQLite file (the *region
file*, docs/region-format.md), with disclosure control, for the region view and for
publishing with Datasette.

- ``merge``: ``toolbox-desktop region merge PACKAGES... -o region.sqlite3``: each package read
  and validated exactly as an import is (``exchange``), scored with ``core.scoring``;
- ``disclosure``: the rule (no figure from fewer than ``min_towns`` towns, complementary
  suppression) as pure functions;
- ``publish``: the public tables, computed with that rule after every merge;
- ``queries``: what the region view reads (always disclosure-safe);
- ``metadata``: the Datasette metadata.

No Qt here, and no SQL: the SQL is in ``storage/region_*.py``.
"""
