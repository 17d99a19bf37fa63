"""Small records of package format version 2 (the town's own texts, the town id) shared by
the tests of those files: the file names and one valid record of each."""

from __future__ import annotations

M = "municipality.json"
S = "fact_sandwiches.json"
D = "advocacy_addressees.json"
PROFILE = {"name": "Aken", "country": "Germany"}
ONE_SANDWICH = {"uid": "e" * 32, "topic": "Jobs", "fact": "x"}
ONE_ADDRESSEE = {"dimension": "hou", "name": "Ministry"}
