"""The Reports area: choose a report, its options, and save it as a PDF."""
