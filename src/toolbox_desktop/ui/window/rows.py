"""The rows of the window's navigation list, one per area, in the order shown."""

LIBRARY_ROW, ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW = range(4)
