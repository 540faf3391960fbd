"""Our rendered platform manifests, as applied by the Platform-Services stack: valid against the
upstream CRD schemas (strict) and the Kubernetes 1.36 schemas, and saying what the tenants rely on."""

from __future__ import annotations

import ipaddress

import pytest

from drupal_platform import contracts
from drupal_platform.charts.platform.database_operator import MYSQL_POD_LABELS, MYSQL_SIDECAR_PORT, kubernetes_service_ip
from drupal_platform.charts.platform.namespaces import PLATFORM_NAMESPACES
from drupal_platform.config import NAMESPACE_PREFIX
from tests.helpers.crd_schema import cr_errors
from tests.helpers.k8s_schema import is_core, validate_core
from tests.helpers.netpol import Cluster, Endpoint
from tests.platform.platform_helpers import all_objects, find, manifests

STAGES = ["dev", "prod"]


@pytest.mark.parametrize("stage", STAGES)
def test_core_objects_pass_kubernetes_schemas(services, stage):
    core = [o for o in all_objects(services[stage]) if is_core(o)]
    assert {o["kind"] for o in core} >= {"Namespace", "StorageClass", "NetworkPolicy", "IngressClass", "ConfigMap", "Service", "ClusterRole"}
    for obj in core:
        validate_core(obj)


@pytest.mark.parametrize("stage", STAGES)
def test_custom_resources_pass_upstream_crd_schemas(services, stage):
    crs = [o for o in all_objects(services[stage]) if not is_core(o)]
    kinds = {(o["apiVersion"], o["kind"]) for o in crs}
    assert kinds == {
        ("opentelemetry.io/v1beta1", "OpenTelemetryCollector"),
        ("opentelemetry.io/v1alpha1", "Instrumentation"),
        ("monitoring.coreos.com/v1", "PrometheusRule"),
        ("snapshot.storage.k8s.io/v1", "VolumeSnapshotClass"),
        ("velero.io/v1", "Schedule"),
        ("velero.io/v1", "BackupStorageLocation"),
        ("elbv2.k8s.aws/v1beta1", "IngressClassParams"),
    }
    for obj in crs:
        assert cr_errors(obj) == [], f"{obj['kind']} {obj['metadata']['name']}"


def test_strict_crd_validation_catches_a_misspelt_field(services):
    inst = find(all_objects(services["prod"]), "Instrumentation", "drupal-instrumentation")
    bad = {**inst, "spec": {**inst["spec"], "apacheHttpd": {**inst["spec"]["apacheHttpd"], "confPath": "/etc/apache2"}}}
    assert cr_errors(bad)


def test_instrumentation_for_debian_apache(services):
    ns, name = contracts.OTEL_INSTRUMENTATION.split("/")
    inst = find(all_objects(services["prod"]), "Instrumentation", name)
    assert inst["metadata"]["namespace"] == ns
    assert inst["spec"]["apacheHttpd"]["configPath"] == "/etc/apache2"
    assert inst["spec"]["exporter"]["endpoint"] == f"http://{contracts.OTEL_AGENT_SERVICE}:4317"
    # tenant namespaces enforce restricted: the injected init containers must pass it
    sc = inst["spec"]["initContainerSecurityContext"]
    assert sc["runAsNonRoot"] and sc["allowPrivilegeEscalation"] is False and sc["capabilities"]["drop"] == ["ALL"]


def test_collectors_fan_out_to_loki_tempo_and_prometheus(services):
    objects = all_objects(services["prod"])
    gateway = find(objects, "OpenTelemetryCollector", "otel-gateway")
    assert gateway["spec"]["mode"] == "deployment"
    exporters = gateway["spec"]["config"]["exporters"]
    assert set(exporters) == {"otlphttp/loki", "otlp/tempo", "prometheusremotewrite"}
    agent = find(objects, "OpenTelemetryCollector", "otel-agent")
    receivers = agent["spec"]["config"]["receivers"]
    assert receivers["filelog"]["include"] == ["/var/log/pods/*/*/*.log"]
    assert "hostmetrics" in receivers and "otlp" in receivers
    # every pipeline's components are defined
    for collector in (gateway, agent):
        cfg = collector["spec"]["config"]
        for pipeline in cfg["service"]["pipelines"].values():
            for kind in ("receivers", "processors", "exporters"):
                for component in pipeline.get(kind, []):
                    assert component in cfg.get(kind, {}) or component in cfg.get("connectors", {}), component
    local = find(objects, "Service", "otel-agent")
    assert local["spec"]["internalTrafficPolicy"] == "Local"
    assert local["spec"]["selector"] == contracts.OTEL_AGENT_POD_LABELS


def test_storage_classes(services, data):
    objects = all_objects(services["prod"])
    db = find(objects, "StorageClass", contracts.DATABASE_STORAGE_CLASS)
    assert db["provisioner"] == "ebs.csi.aws.com"
    assert db["parameters"]["type"] == "gp3" and db["parameters"]["encrypted"] == "true"
    assert db["reclaimPolicy"] == "Retain" and db["allowVolumeExpansion"] is True
    assert db["volumeBindingMode"] == "WaitForFirstConsumer"
    files = find(objects, "StorageClass", contracts.FILES_STORAGE_CLASS)
    assert files["provisioner"] == "efs.csi.aws.com"
    assert files["parameters"]["provisioningMode"] == "efs-ap"
    assert files["parameters"]["fileSystemId"] == "TOKEN"  # the Platform-Data file system, at deploy time
    assert files["reclaimPolicy"] == "Retain"
    vsc = find(objects, "VolumeSnapshotClass", contracts.EBS_SNAPSHOT_CLASS)
    assert vsc["driver"] == "ebs.csi.aws.com" and vsc["deletionPolicy"] == "Retain"
    assert vsc["metadata"]["labels"]["velero.io/csi-volumesnapshot-class"] == "true"


def test_velero_schedule_covers_every_tenant_namespace(config, services):
    for stage in STAGES:
        objects = all_objects(services[stage])
        schedule = find(objects, "Schedule", "tenants-daily")
        template = schedule["spec"]["template"]
        assert template["includedNamespaces"] == [NAMESPACE_PREFIX + "*"]
        assert template["snapshotVolumes"] is True
        assert template["ttl"] == f"{config.stages[stage].backup_retention_days * 24}h0m0s"
        policy = find(objects, "ConfigMap", template["resourcePolicy"]["name"])
        text = policy["data"]["policy.yaml"]
        assert "efs.csi.aws.com" in text and "fs-backup" in text and "ebs.csi.aws.com" in text
        location = find(objects, "BackupStorageLocation", template["storageLocation"])
        assert location["spec"]["objectStorage"] == {"bucket": f"drupal-platform-{stage}-backups-{config.stages[stage].account}", "prefix": contracts.VELERO_BACKUP_PREFIX}


def test_ingress_class_params_apply_waf_to_every_group(services):
    objects = all_objects(services["prod"])
    params = find(objects, "IngressClassParams", contracts.INGRESS_CLASS)
    assert params["spec"]["wafv2AclArn"] == "TOKEN"
    assert params["spec"]["targetType"] == "ip"
    assert "group" not in params["spec"]  # tenants choose shared-1..N
    cls = find(objects, "IngressClass", contracts.INGRESS_CLASS)
    assert cls["spec"]["controller"] == "ingress.k8s.aws/alb"
    assert cls["spec"]["parameters"]["name"] == params["metadata"]["name"]


def test_namespaces_pod_security_levels(services):
    objects = all_objects(services["prod"])
    levels = {ns.name: ns.pod_security for ns in PLATFORM_NAMESPACES}
    assert levels[contracts.PERCONA_OPERATOR_NAMESPACE] == "baseline"
    assert levels[contracts.EXTERNAL_SECRETS_NAMESPACE] == "restricted"
    for name, level in levels.items():
        ns = find(objects, "Namespace", name)
        assert ns["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == level
        if level != "restricted":
            assert ns["metadata"]["annotations"]["drupal-platform/pod-security-reason"]


# --- the Percona operator's NetworkPolicies, evaluated --------------------------------------
def _percona_cluster(config, services, stage):
    policies = [o for o in all_objects(services[stage]) if o["kind"] == "NetworkPolicy"]
    tenant_ns = NAMESPACE_PREFIX + "alpha"
    cluster = Cluster(policies, namespace_labels={tenant_ns: {contracts.TENANT_LABEL: "alpha"}})
    operator = Endpoint("operator", "10.20.40.10", contracts.PERCONA_OPERATOR_NAMESPACE, dict(contracts.PERCONA_OPERATOR_POD_LABELS))
    return cluster, operator, tenant_ns


@pytest.mark.parametrize("stage", STAGES)
def test_percona_operator_reaches_api_server_dns_and_tenant_mysql(config, services, stage):
    cluster, operator, tenant_ns = _percona_cluster(config, services, stage)
    s = config.stages[stage]
    api_eni = Endpoint("api", str(next(ipaddress.ip_network(s.node_subnets[1]).hosts())))
    assert cluster.allowed(operator, api_eni, 443)
    assert cluster.allowed(operator, Endpoint("kubernetes-svc", kubernetes_service_ip(s.vpc_cidr)), 443)
    dns = Endpoint("coredns", "10.20.50.2", "kube-system", dict(contracts.KUBE_DNS_POD_LABELS))
    assert cluster.allowed(operator, dns, 53, "UDP") and cluster.allowed(operator, dns, 53, "TCP")
    mysql = Endpoint("mysql", "10.20.60.5", tenant_ns, {**MYSQL_POD_LABELS, "app.kubernetes.io/instance": "alpha"})
    assert cluster.allowed(operator, mysql, MYSQL_SIDECAR_PORT)


@pytest.mark.parametrize("stage", STAGES)
def test_percona_operator_reaches_nothing_else(config, services, stage):
    cluster, operator, tenant_ns = _percona_cluster(config, services, stage)
    internet = Endpoint("check.percona.com", "52.1.2.3")
    assert not cluster.allowed(operator, internet, 443)  # telemetry/version service
    drupal = Endpoint("drupal", "10.20.60.9", tenant_ns, {"app.kubernetes.io/name": "drupal"})
    assert not cluster.allowed(operator, drupal, 8080)
    mysql = Endpoint("mysql", "10.20.60.5", tenant_ns, dict(MYSQL_POD_LABELS))
    assert not cluster.allowed(operator, mysql, 3306)
    not_tenant = Endpoint("mysql-elsewhere", "10.20.60.6", "default", dict(MYSQL_POD_LABELS))
    assert not cluster.allowed(operator, not_tenant, MYSQL_SIDECAR_PORT)
    # and nothing may connect to the operator
    other = Endpoint("prometheus", "10.20.70.1", "monitoring", dict(contracts.PROMETHEUS_POD_LABELS))
    assert not cluster.allowed(other, operator, 8080)


def test_kubernetes_service_ip_follows_eks_rule():
    assert kubernetes_service_ip("10.20.0.0/16") == "172.20.0.1"
    assert kubernetes_service_ip("192.168.0.0/16") == "10.100.0.1"


def test_alert_rules_cover_the_issue(services):
    rule = find(all_objects(services["prod"]), "PrometheusRule", "drupal-tenant-alerts")
    alerts = {r["alert"] for g in rule["spec"]["groups"] for r in g["rules"]}
    assert alerts == {"DrupalSiteDown", "DrupalHigh5xxRatio", "DrupalDatabaseDown", "DrupalVolumeFilling", "DrupalQuotaNearLimit", "TenantBackupMissing"}
    # the platform label makes Prometheus (ruleSelector) load it
    assert rule["metadata"]["labels"].items() >= contracts.PLATFORM_MONITORING_LABEL.items()


def test_one_manifest_per_concern(services):
    ids = set(manifests(services["prod"]))
    assert {i[:-8] for i in ids} == {"Namespaces", "TenantAdmission", "DeployGate", "StorageClasses", "LoadBalancerControllerIngressClass",
                                      "DatabaseOperatorNetworkPolicies", "OpenTelemetryCollectors", "VeleroSchedule"}
