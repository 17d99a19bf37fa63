"""Comparison with other municipalities' anonymised assessments, kept apart from one's own."""
