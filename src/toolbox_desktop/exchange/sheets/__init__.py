"""Spreadsheets in and out: the assessment and the plan as .xlsx (openpyxl), and actions read
back from a .xlsx or .csv file.

Here rather than in ``reports/`` because a spreadsheet is data for another program, as a
package is: the plan's export and its import share one list of columns (``columns.py``), so
that our own file reads back without any mapping. The writers are registered as the ``xlsx``
format of the report registry (``services/reports/registry.py``); the import is read and
checked here (no Qt, no SQL) and written by ``storage/plan_import.py`` in one transaction.
openpyxl is imported inside the functions that need it.
"""
