"""Fixtures of the platform tests: the platform templates of the example configuration.

tests/platform has no __init__.py on purpose: as a package its name would be `platform`,
which the standard library already owns. A conftest.py needs no package.
"""

from __future__ import annotations

import pytest

STAGES = ("dev", "prod")
DATA = "Platform-Data"
SERVICES = "Platform-Services"


@pytest.fixture(scope="session")
def data(assembly):
    """stage -> Platform-Data template."""
    return {s: assembly.template(f"{s}/{DATA}") for s in STAGES}


@pytest.fixture(scope="session")
def services(assembly):
    """stage -> Platform-Services template."""
    return {s: assembly.template(f"{s}/{SERVICES}") for s in STAGES}
