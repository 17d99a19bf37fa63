"""Word (.docx) versions of the reports, for a council to edit in its own programs."""
