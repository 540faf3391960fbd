"""The PerconaServerMySQL CRD's CEL rules (which jsonschema ignores) on both rendered shapes."""

import copy

import pytest

from helpers.cel import violations
from helpers.crd_schema import apply_defaults, crd_schema

from .conftest import find


def _spec_schema():
    return crd_schema("ps.percona.com/v1", "PerconaServerMySQL")["properties"]["spec"]


def _violations(cr: dict) -> list[str]:
    schema = _spec_schema()
    return violations(apply_defaults(cr["spec"], schema), schema)


@pytest.fixture
def single(all_manifests):
    return copy.deepcopy(find(all_manifests[("alpha", "prod")], "PerconaServerMySQL"))


@pytest.fixture
def ha(all_manifests):
    return copy.deepcopy(find(all_manifests[("gamma", "prod")], "PerconaServerMySQL"))


def test_single_node_cluster_passes_every_cel_rule(single):
    assert single["spec"]["mysql"]["size"] == 1
    assert _violations(single) == []


def test_group_replication_cluster_passes_every_cel_rule(ha):
    assert ha["spec"]["mysql"]["clusterType"] == "group-replication"
    assert _violations(ha) == []


def test_ha_cluster_has_three_nodes_a_router_and_no_unsafe_flags(ha):
    assert ha["spec"]["mysql"]["size"] == 3
    assert ha["spec"]["proxy"]["router"]["enabled"] is True
    assert not any(ha["spec"]["unsafeFlags"].values())


def test_cel_rules_reject_single_node_without_unsafe_mysql_size(single):
    single["spec"]["unsafeFlags"]["mysqlSize"] = False
    assert any("below 3" in v for v in _violations(single))


def test_cel_rules_reject_smart_update_without_orchestrator(single):
    single["spec"]["updateStrategy"] = "SmartUpdate"
    assert any("SmartUpdate" in v for v in _violations(single))


def test_cel_rules_reject_async_without_explicit_update_strategy(single):
    del single["spec"]["updateStrategy"]  # a rule reading a missing field is a rejection
    assert _violations(single)


def test_schema_default_cluster_type_makes_an_unflagged_single_node_invalid(single):
    del single["spec"]["mysql"]["clusterType"]
    for flag in single["spec"]["unsafeFlags"]:
        single["spec"]["unsafeFlags"][flag] = False
    assert apply_defaults(single["spec"], _spec_schema())["mysql"]["clusterType"] == "group-replication"
    assert any("For 'group replication'" in v for v in _violations(single))


def test_single_node_clears_super_read_only_and_ha_does_not(single, ha):
    assert "super_read_only=0" in single["spec"]["mysql"]["configuration"]
    assert "read_only=0" in single["spec"]["mysql"]["configuration"]
    assert "read_only" not in ha["spec"]["mysql"]["configuration"]


def test_operator_version_checks_are_disabled(single):
    # Source problem 10: no calls to check.percona.com from the CR's side.
    assert single["spec"]["upgradeOptions"]["apply"] == "disabled"
    assert single["spec"]["crVersion"] == "1.2.0"
