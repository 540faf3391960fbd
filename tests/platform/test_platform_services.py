"""Helm releases and EKS add-ons: pinned versions and the values we pass."""

from __future__ import annotations

import json

import pytest
import yaml

from drupal_platform import contracts
from drupal_platform.stacks.cluster import cluster_name
from drupal_platform.versions import CLUSTER_AUTOSCALER_IMAGE_TAG, EKS_ADDONS, HELM_CHARTS
from tests.platform.platform_helpers import TOKEN, helm_releases, of_type
from tests.platform_charts.render import chart_dir_of


SYSTEM = {contracts.NODE_ROLE_LABEL: "system"}
EXPECTED_RELEASES = {
    # release: (pin key, namespace)
    "aws-load-balancer-controller": ("aws-load-balancer-controller", "kube-system"),
    "external-dns": ("external-dns", "kube-system"),
    "external-secrets": ("external-secrets", "external-secrets"),
    "ps-operator": ("ps-operator", "percona-operator"),
    "cluster-autoscaler": ("cluster-autoscaler", "kube-system"),
    "metrics-server": ("metrics-server", "kube-system"),
    "kube-prometheus-stack": ("kube-prometheus-stack", "monitoring"),
    "loki": ("loki", "monitoring"),
    "tempo": ("tempo", "monitoring"),
    "opentelemetry-operator": ("opentelemetry-operator", "monitoring"),
    "velero": ("velero", "velero"),
}


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_every_release_is_pinned_from_versions_module(assembly, services, stage):
    releases = helm_releases(services[stage])
    assert set(releases) == set(EXPECTED_RELEASES)
    for release, (pin_key, namespace) in EXPECTED_RELEASES.items():
        pin = HELM_CHARTS[pin_key]
        got = releases[release]
        # Deployed from the chart cache as an asset: the staged directory is the pinned chart.
        meta = yaml.safe_load((chart_dir_of(assembly.outdir, got["chart_asset_url"]) / "Chart.yaml").read_text())
        assert (meta["name"], str(meta["version"]), got["namespace"]) == (pin.chart, pin.version, namespace)
        # CloudFormation waits for the release: CRDs and webhooks exist before dependants.
        assert got["wait"] is True


def test_chart_versions_match_the_pinned_crds():
    # ../shared/crds holds the CRDs of these app versions (SOURCES.md).
    assert HELM_CHARTS["external-secrets"].app_version == "v2.9.0"
    assert HELM_CHARTS["ps-operator"].app_version == "1.2.0"
    assert HELM_CHARTS["kube-prometheus-stack"].app_version == "v0.93.0"
    assert HELM_CHARTS["opentelemetry-operator"].app_version == "0.158.0"
    assert HELM_CHARTS["aws-load-balancer-controller"].app_version == "v3.5.0"
    assert HELM_CHARTS["velero"].app_version == "1.18.1"


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_controllers_run_on_system_nodes(services, stage):
    r = {k: v["values"] for k, v in helm_releases(services[stage]).items()}
    for release in ("aws-load-balancer-controller", "external-dns", "external-secrets", "ps-operator",
                    "cluster-autoscaler", "metrics-server", "opentelemetry-operator", "velero", "tempo"):
        assert r[release]["nodeSelector"] == SYSTEM, release
    assert r["external-secrets"]["webhook"]["nodeSelector"] == SYSTEM
    assert r["external-secrets"]["certController"]["nodeSelector"] == SYSTEM
    kps = r["kube-prometheus-stack"]
    for path in (("prometheusOperator",), ("prometheus", "prometheusSpec"), ("alertmanager", "alertmanagerSpec"), ("grafana",), ("kube-state-metrics",)):
        node = kps
        for key in path:
            node = node[key]
        assert node["nodeSelector"] == SYSTEM, path
    assert r["loki"]["singleBinary"]["nodeSelector"] == SYSTEM


def test_load_balancer_controller_gets_region_vpc_and_cluster_explicitly(config, services):
    for stage in ("dev", "prod"):
        v = helm_releases(services[stage])["aws-load-balancer-controller"]["values"]
        assert v["clusterName"] == cluster_name(config.stages[stage])
        assert v["region"] == config.stages[stage].region
        assert v["vpcId"] == TOKEN  # the network stack's VPC, resolved at deploy time
        assert v["serviceAccount"]["annotations"]["eks.amazonaws.com/role-arn"] == TOKEN
        assert v["createIngressClassResource"] is False  # ours, validated (test_manifests)
        assert v["defaultTargetType"] == "ip"


def test_external_dns_is_confined_to_the_stage_zone(config, services):
    for stage in ("dev", "prod"):
        s = config.stages[stage]
        v = helm_releases(services[stage])["external-dns"]["values"]
        assert v["domainFilters"] == [s.dns.base_domain]
        assert f"--zone-id-filter={s.dns.hosted_zone_id}" in v["extraArgs"]
        assert v["txtOwnerId"] == f"drupal-platform-{stage}"
        assert v["policy"] == s.external_dns_policy
        assert {"name": "AWS_DEFAULT_REGION", "value": s.region} in v["env"]
    # the example stages differ: dev syncs (deletes), prod only upserts
    assert helm_releases(services["dev"])["external-dns"]["values"]["policy"] == "sync"
    assert helm_releases(services["prod"])["external-dns"]["values"]["policy"] == "upsert-only"


def test_external_secrets_controller_has_no_aws_identity(services):
    v = helm_releases(services["prod"])["external-secrets"]["values"]
    assert v["serviceAccount"]["annotations"] == {}
    assert "eks.amazonaws.com/role-arn" not in json.dumps(v)
    assert v["crds"]["unsafeServeV1Beta1"] is False


def test_percona_operator_watches_all_namespaces_without_telemetry(services):
    release = helm_releases(services["prod"])["ps-operator"]
    v = release["values"]
    assert v["watchAllNamespaces"] is True
    # The chart renders DISABLE_TELEMETRY: "{{ .Values.disableTelemetry }}" and the operator checks == "true".
    assert v["disableTelemetry"] is True and str(v["disableTelemetry"]).lower() == "true"
    # The tenant NetworkPolicies select the operator by labels derived from the release name.
    assert "ps-operator" == contracts.PERCONA_OPERATOR_POD_LABELS["app.kubernetes.io/instance"]


def test_cluster_autoscaler_discovers_and_balances_this_clusters_groups(config, services):
    for stage in ("dev", "prod"):
        v = helm_releases(services[stage])["cluster-autoscaler"]["values"]
        assert v["autoDiscovery"]["clusterName"] == cluster_name(config.stages[stage])
        assert v["awsRegion"] == config.stages[stage].region
        assert v["image"]["tag"] == CLUSTER_AUTOSCALER_IMAGE_TAG
        assert v["extraArgs"]["balance-similar-node-groups"] is True
        assert v["extraArgs"]["scale-down-enabled"] is True
    assert CLUSTER_AUTOSCALER_IMAGE_TAG.startswith("v" + config.stages["prod"].kubernetes_version + ".")


def test_prometheus_selects_tenant_and_platform_monitors(services):
    spec = helm_releases(services["prod"])["kube-prometheus-stack"]["values"]["prometheus"]["prometheusSpec"]
    key, value = next(iter(contracts.SERVICE_MONITOR_SELECTOR.items()))
    for selector in ("serviceMonitorSelector", "podMonitorSelector", "ruleSelector"):
        (expr,) = spec[selector]["matchExpressions"]
        assert expr["key"] == key and expr["operator"] == "In"
        assert value in expr["values"] and contracts.PLATFORM_MONITORING_LABEL[key] in expr["values"]
        assert spec[selector.replace("Selector", "NamespaceSelector")] == {}
    assert spec["enableRemoteWriteReceiver"] is True


def test_grafana_has_no_default_password(services):
    grafana = helm_releases(services["prod"])["kube-prometheus-stack"]["values"]["grafana"]
    # Empty replaces the chart's "prom-operator" default; the grafana chart generates a random one.
    assert grafana["adminPassword"] == ""
    assert grafana["sidecar"]["dashboards"]["label"] == next(iter(contracts.GRAFANA_DASHBOARD_LABEL))


def test_velero_uses_its_role_and_csi(services):
    v = helm_releases(services["prod"])["velero"]["values"]
    assert v["credentials"]["useSecret"] is False
    assert v["serviceAccount"]["server"]["annotations"]["eks.amazonaws.com/role-arn"] == TOKEN
    assert "EnableCSI" in v["configuration"]["features"]
    assert v["deployNodeAgent"] is True
    assert v["snapshotsEnabled"] is False


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_eks_addons_are_pinned(services, stage):
    addons = {r["Properties"]["AddonName"]: r["Properties"] for r in of_type(services[stage], "AWS::EKS::Addon").values()}
    assert set(addons) == {"aws-efs-csi-driver", "snapshot-controller"}
    for name, props in addons.items():
        assert props["AddonVersion"] == EKS_ADDONS[name]
    efs = addons["aws-efs-csi-driver"]
    assert efs["PodIdentityAssociations"][0]["ServiceAccount"] == "efs-csi-controller-sa"
    assert json.loads(efs["ConfigurationValues"])["controller"]["nodeSelector"] == SYSTEM


def test_docs_versions_table_follows_versions_module():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "platform-services.md").read_text()
    for pin in HELM_CHARTS.values():
        assert f"`{pin.chart}` ({pin.repository}) | {pin.version} |" in doc, pin.chart
    for name in ("aws-efs-csi-driver", "snapshot-controller"):
        assert f"`{name}` | | | {EKS_ADDONS[name]} |" in doc, name
