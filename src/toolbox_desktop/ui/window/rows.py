"""The rows of the window's navigation list, one per area, in the order shown."""

from PySide6.QtCore import Qt

LIBRARY_ROW, ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW = range(4)
AREA_ROLE = Qt.ItemDataRole.UserRole + 10  # a row's page in the window's stack of areas
