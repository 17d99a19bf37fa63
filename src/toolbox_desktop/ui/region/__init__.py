"""The region view: a region file (many towns' anonymised assessments pooled) opened read-only
in a window of its own, beside the user's own file."""
