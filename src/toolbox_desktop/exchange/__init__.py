"""Packages between laptops: a council passes an assessment, its plan or one workshop
participant's ratings to another computer as one ``.toolbox`` file (on a USB stick).

No Qt here: the command line and the window use the same functions.

- ``package_writer``: ``export_assessment`` (also anonymised, or blank for workshop
  participants), ``export_plan``, ``export_municipality``, ``export_participant`` (written
  whole or not at all);
- ``package_reader`` and ``package_schema``: read a package without trusting it;
- ``package_import``: ``preview_import`` (what would change, nothing written) and
  ``apply_import`` (all of it in one transaction, or nothing).

The format is described in ``docs/package-format.md``.
"""
