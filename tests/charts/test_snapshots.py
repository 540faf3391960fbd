"""Refactoring net: the full manifests of every example tenant in every stage it is in."""

import pytest

from .conftest import CASES


@pytest.mark.parametrize(("tenant", "stage"), CASES, ids=[f"{t}-{s}" for t, s in CASES])
def test_rendered_manifests_match_snapshot(all_manifests, tenant, stage, snapshot):
    assert all_manifests[(tenant, stage)] == snapshot
