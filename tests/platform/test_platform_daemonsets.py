"""DaemonSets tenants depend on tolerate every taint: the shared group's, every dedicated group's
and any future one. Helm charts are not rendered offline, so the values and add-on configuration
we pass are checked, with Kubernetes' toleration semantics."""

from __future__ import annotations

import json

import pytest

from drupal_platform import contracts
from drupal_platform.contracts import dedicated_placement, shared_placement
from tests.platform.platform_helpers import all_objects, find, helm_releases, of_type, tolerates

KEY = contracts.DEDICATED_TAINT_KEY


def taints(config) -> list[dict]:
    out = [{"key": KEY, "value": shared_placement()[1], "effect": "NoSchedule"}]
    out += [{"key": KEY, "value": dedicated_placement(t)[1], "effect": "NoSchedule"} for t in sorted(config.tenants)]
    # A taint added later (or by AWS, e.g. during node repair) must not strand tenant volumes.
    out += [{"key": "example.com/future", "value": "x", "effect": "NoExecute"}]
    return out


def test_toleration_semantics_used_below():
    taint = {"key": KEY, "value": "shared", "effect": "NoSchedule"}
    assert tolerates([{"operator": "Exists"}], taint)
    assert tolerates([{"key": KEY, "operator": "Equal", "value": "shared", "effect": "NoSchedule"}], taint)
    assert not tolerates([{"key": KEY, "operator": "Equal", "value": "client-beta"}], taint)
    assert not tolerates([{"effect": "NoSchedule", "operator": "Exists"}], {**taint, "effect": "NoExecute"})
    assert not tolerates([], taint)


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_helm_daemonsets_tolerate_every_taint(config, services, stage):
    r = {k: v["values"] for k, v in helm_releases(services[stage]).items()}
    daemonsets = {
        "node-exporter": r["kube-prometheus-stack"]["prometheus-node-exporter"]["tolerations"],
        "velero node agent": r["velero"]["nodeAgent"]["tolerations"],
    }
    assert r["velero"]["deployNodeAgent"] is True
    for name, tolerations in daemonsets.items():
        for taint in taints(config):
            assert tolerates(tolerations, taint), f"{name} does not tolerate {taint}"


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_no_other_daemonsets_are_switched_on(services, stage):
    # Loki's canary is a DaemonSet; it is off rather than left without tolerations.
    loki = helm_releases(services[stage])["loki"]["values"]
    assert loki["lokiCanary"]["enabled"] is False


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_efs_csi_node_plugin_tolerates_every_taint(config, services, stage):
    (efs,) = [r for r in of_type(services[stage], "AWS::EKS::Addon").values() if r["Properties"]["AddonName"] == "aws-efs-csi-driver"]
    tolerations = json.loads(efs["Properties"]["ConfigurationValues"])["node"]["tolerations"]
    for taint in taints(config):
        assert tolerates(tolerations, taint)


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_ebs_csi_node_plugin_tolerates_every_taint(assembly, stage):
    # Installed by the cluster stack; tenants' database volumes depend on it.
    cluster = assembly.template(f"{stage}/Cluster")
    (ebs,) = [r for r in of_type(cluster, "AWS::EKS::Addon").values() if r["Properties"]["AddonName"] == "aws-ebs-csi-driver"]
    assert json.loads(ebs["Properties"]["ConfigurationValues"])["node"]["tolerateAllTaints"] is True


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_otel_agent_runs_on_every_node(config, services, stage):
    agent = find(all_objects(services[stage]), "OpenTelemetryCollector", "otel-agent")
    assert agent["spec"]["mode"] == "daemonset"
    for taint in taints(config):
        assert tolerates(agent["spec"]["tolerations"], taint)
    # OTLP on the node IP
    assert {(p["port"], p["hostPort"]) for p in agent["spec"]["ports"]} == {(p, p) for p in contracts.OTEL_AGENT_PORTS}
