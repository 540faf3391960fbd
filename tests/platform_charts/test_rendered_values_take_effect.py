"""The values we pass do what we mean once the chart renders them: flags, env and labels that other
parts of the platform rely on, read from the rendered objects rather than from our own values."""

from __future__ import annotations

import pytest
import yaml

from drupal_platform import contracts
from drupal_platform.constructs.platform.observability import MONITOR_SELECTOR
from drupal_platform.stacks.cluster import cluster_name
from drupal_platform.versions import CLUSTER_AUTOSCALER_IMAGE_TAG
from tests.platform_charts.conftest import STAGES
from tests.platform_charts.test_rendered_charts import installed


def one(rendered, stage: str, release: str, kind: str) -> dict:
    (obj,) = [o for o in installed(rendered[stage][release]) if o["kind"] == kind]
    return obj


def container(obj: dict, name: str | None = None) -> dict:
    containers = obj["spec"]["template"]["spec"]["containers"]
    return containers[0] if name is None else next(c for c in containers if c["name"] == name)


def flags(c: dict) -> list[str]:
    return [*(c.get("command") or []), *(c.get("args") or [])]


@pytest.mark.parametrize("stage", STAGES)
def test_percona_operator_labels_env_and_scope(rendered, stage):
    deployment = one(rendered, stage, "ps-operator", "Deployment")
    # Tenant NetworkPolicies admit the operator by these labels.
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert contracts.PERCONA_OPERATOR_POD_LABELS.items() <= labels.items()
    env = {e["name"]: e.get("value") for e in container(deployment)["env"]}
    # The operator disables telemetry only for the exact string "true"; an empty WATCH_NAMESPACE watches all.
    assert env["DISABLE_TELEMETRY"] == "true" and env["WATCH_NAMESPACE"] == ""


@pytest.mark.parametrize("stage", STAGES)
def test_external_dns_flags_confine_it_to_the_stage_zone(config, rendered, stage):
    s = config.stages[stage]
    args = flags(container(one(rendered, stage, "external-dns", "Deployment")))
    for flag in (f"--domain-filter={s.dns.base_domain}", f"--zone-id-filter={s.dns.hosted_zone_id}",
                 f"--txt-owner-id=drupal-platform-{stage}", f"--policy={s.external_dns_policy}", "--source=ingress", "--provider=aws"):
        assert flag in args, flag


@pytest.mark.parametrize("stage", STAGES)
def test_cluster_autoscaler_flags_and_image(config, rendered, stage):
    c = container(one(rendered, stage, "cluster-autoscaler", "Deployment"))
    args = flags(c)
    name = cluster_name(config.stages[stage])
    assert f"--node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/{name}" in args
    assert {"--balance-similar-node-groups=true", "--expander=least-waste", "--scale-down-enabled=true",
            "--skip-nodes-with-local-storage=false"} <= set(args)
    assert c["image"].endswith(":" + CLUSTER_AUTOSCALER_IMAGE_TAG)


@pytest.mark.parametrize("stage", STAGES)
def test_load_balancer_controller_flags_and_no_service_webhook(config, rendered, stage):
    s = config.stages[stage]
    args = flags(container(one(rendered, stage, "aws-load-balancer-controller", "Deployment")))
    assert {f"--cluster-name={cluster_name(s)}", f"--ingress-class={contracts.INGRESS_CLASS}", f"--aws-region={s.region}",
            "--default-target-type=ip"} <= set(args)
    hooks = [w["name"] for o in installed(rendered[stage]["aws-load-balancer-controller"])
             if o["kind"] == "MutatingWebhookConfiguration" for w in o["webhooks"]]
    assert hooks and not [h for h in hooks if "service" in h], hooks  # no webhook on every Service


@pytest.mark.parametrize("stage", STAGES)
def test_velero_flags_node_agent_and_no_chart_locations(rendered, stage):
    args = flags(container(one(rendered, stage, "velero", "Deployment"), "velero"))
    assert {"--uploader-type=kopia", "--features=EnableCSI"} <= set(args)
    assert one(rendered, stage, "velero", "DaemonSet")["metadata"]["name"] == "node-agent"
    kinds = {o["kind"] for o in installed(rendered[stage]["velero"])}
    # The location is ours (charts/platform/backups.py), validated against the CRD; the chart adds none.
    assert not {"BackupStorageLocation", "VolumeSnapshotLocation"} & kinds


@pytest.mark.parametrize("stage", STAGES)
def test_prometheus_selects_tenant_and_platform_objects(rendered, stage):
    spec = one(rendered, stage, "kube-prometheus-stack", "Prometheus")["spec"]
    for selector in ("serviceMonitorSelector", "podMonitorSelector", "ruleSelector"):
        assert spec[selector] == MONITOR_SELECTOR and spec[selector.replace("Selector", "NamespaceSelector")] == {}
    assert spec["enableRemoteWriteReceiver"] is True


@pytest.mark.parametrize("stage", STAGES)
def test_loki_config_carries_our_limits(rendered, stage):
    (cm,) = [o for o in installed(rendered[stage]["loki"]) if o["kind"] == "ConfigMap" and "config.yaml" in (o.get("data") or {})]
    config = yaml.safe_load(cm["data"]["config.yaml"])
    assert config["limits_config"]["allow_structured_metadata"] is True
    assert config["limits_config"]["retention_period"] == "744h"
    assert config["compactor"]["retention_enabled"] is True
