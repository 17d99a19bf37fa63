"""Fixtures for report tests (text helpers live in report_helpers.py)."""

import pytest
from report_helpers import nfkc, pdf_text  # noqa: F401  (kept importable for older tests)


@pytest.fixture
def content(workspace):
    return workspace.content
