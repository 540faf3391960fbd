"""Snapshots of the network and cluster templates: a refactoring net, not the behaviour tests."""

from __future__ import annotations

import pytest

from tests.foundation.templates import normalised


@pytest.mark.parametrize("name", ["dev/Network", "dev/Cluster", "prod/Network", "prod/Cluster"])
def test_template_snapshot(assembly, snapshot, name):
    assert normalised(assembly.template(name)) == snapshot
