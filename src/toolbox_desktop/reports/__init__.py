"""PDF reports drawn with reportlab: no Qt here, so the command line builds the same files."""
