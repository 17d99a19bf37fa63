"""Fixtures for region tests: the benchmark content a region is checked and scored with."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def content():
    from toolbox_desktop.region.content import benchmark_content

    return benchmark_content()


@pytest.fixture(scope="session")
def known(content):
    from toolbox_desktop.region.content import known_codes

    return known_codes(content)
