"""Fixtures: the example tenants synthesised on their own (fast, independent of other stacks)."""

from __future__ import annotations

import pytest

from tests.tenant.helpers import synth_tenants


@pytest.fixture(scope="session")
def tenants_assembly(config, tmp_path_factory):
    return synth_tenants(config, tmp_path_factory.mktemp("tenants.out"))
