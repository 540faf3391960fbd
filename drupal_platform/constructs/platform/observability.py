"""Monitoring (kube-prometheus-stack, Loki, Tempo) and OpenTelemetry (operator, collectors, Instrumentation)."""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform import contracts
from drupal_platform import versions as v
from drupal_platform.config import StageConfig
from drupal_platform.images import helm_image, mirrored
from drupal_platform.charts.platform.observability import ObservabilityChart

from . import ServiceContext
from .common import SYSTEM_NODE_SELECTOR, TOLERATE_ALL, helm_release, manifest

NS = contracts.MONITORING_NAMESPACE
MONITORING_KEY = next(iter(contracts.SERVICE_MONITOR_SELECTOR))
# Prometheus selects tenants' monitors (SERVICE_MONITOR_SELECTOR) and the platform's own.
MONITOR_SELECTOR = {
    "matchExpressions": [
        {
            "key": MONITORING_KEY,
            "operator": "In",
            "values": sorted({contracts.SERVICE_MONITOR_SELECTOR[MONITORING_KEY], contracts.PLATFORM_MONITORING_LABEL[MONITORING_KEY]}),
        }
    ]
}
PERSISTENT = contracts.DATABASE_STORAGE_CLASS


def kube_prometheus_stack_values(stage: StageConfig) -> dict:
    def image(ref: str) -> dict[str, str]:
        return helm_image(stage, ref, split_registry=True)

    grafana_datasources = [
        {"name": "Loki", "type": "loki", "uid": "loki", "url": f"http://loki.{NS}.svc.cluster.local:3100", "access": "proxy"},
        {"name": "Tempo", "type": "tempo", "uid": "tempo", "url": f"http://tempo.{NS}.svc.cluster.local:3200", "access": "proxy"},
    ]
    return {
        # The chart's own ServiceMonitors and rules carry the platform label, so the selector below keeps them.
        "commonLabels": contracts.PLATFORM_MONITORING_LABEL,
        "crds": {"enabled": True},
        # EKS runs the control plane: there is nothing to scrape for these.
        "kubeControllerManager": {"enabled": False},
        "kubeScheduler": {"enabled": False},
        "kubeEtcd": {"enabled": False},
        "kubeProxy": {"enabled": False},
        "prometheusOperator": {
            "image": image(v.PROMETHEUS_OPERATOR_IMAGE),
            "prometheusConfigReloader": {"image": image(v.PROMETHEUS_CONFIG_RELOADER_IMAGE)},
            "thanosImage": image(v.THANOS_IMAGE),
            "nodeSelector": SYSTEM_NODE_SELECTOR,
            "admissionWebhooks": {"patch": {"nodeSelector": SYSTEM_NODE_SELECTOR, "image": image(v.WEBHOOK_CERTGEN_IMAGE)}},
        },
        "prometheus": {
            "prometheusSpec": {
                "image": image(v.PROMETHEUS_IMAGE),
                "nodeSelector": SYSTEM_NODE_SELECTOR,
                "serviceMonitorSelector": MONITOR_SELECTOR,
                "serviceMonitorNamespaceSelector": {},
                "podMonitorSelector": MONITOR_SELECTOR,
                "podMonitorNamespaceSelector": {},
                "ruleSelector": MONITOR_SELECTOR,
                "ruleNamespaceSelector": {},
                # The OpenTelemetry gateway writes span metrics and OTLP metrics here.
                "enableRemoteWriteReceiver": True,
                "retention": "15d",
                "retentionSize": "45GB",
                "storageSpec": {
                    "volumeClaimTemplate": {
                        "spec": {"storageClassName": PERSISTENT, "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "50Gi"}}}
                    }
                },
            }
        },
        "alertmanager": {"alertmanagerSpec": {"nodeSelector": SYSTEM_NODE_SELECTOR, "image": image(v.ALERTMANAGER_IMAGE)}},
        "grafana": {
            "image": image(v.GRAFANA_IMAGE),
            "nodeSelector": SYSTEM_NODE_SELECTOR,
            # Empty replaces kube-prometheus-stack's "prom-operator" default: the grafana chart then
            # generates a random password (kept across upgrades via lookup) into the Secret
            # kube-prometheus-stack-grafana (docs/platform-services.md). CDK drops None values.
            "adminPassword": "",
            "sidecar": {"image": image(v.K8S_SIDECAR_IMAGE), "dashboards": {"enabled": True, "label": next(iter(contracts.GRAFANA_DASHBOARD_LABEL)),
                                       "labelValue": next(iter(contracts.GRAFANA_DASHBOARD_LABEL.values())), "searchNamespace": "ALL"},
                        "datasources": {"defaultDatasourceEnabled": True, "uid": "prometheus"}},
            "additionalDataSources": grafana_datasources,
            "serviceMonitor": {"labels": contracts.PLATFORM_MONITORING_LABEL},
        },
        "kube-state-metrics": {
            "image": image(v.KUBE_STATE_METRICS_IMAGE),
            "nodeSelector": SYSTEM_NODE_SELECTOR,
            "prometheus": {"monitor": {"additionalLabels": contracts.PLATFORM_MONITORING_LABEL}},
            # The tenant dashboard lists tenants from their namespaces' labels.
            "metricLabelsAllowlist": [f"namespaces=[{contracts.TENANT_LABEL}]"],
        },
        # A DaemonSet: node metrics from every node, shared and dedicated included.
        "prometheus-node-exporter": {
            # The tag carries the variant: the chart would otherwise append "-distroless" itself.
            "image": {**image(v.NODE_EXPORTER_IMAGE), "distroless": False},
            "tolerations": TOLERATE_ALL,
            "prometheus": {"monitor": {"additionalLabels": contracts.PLATFORM_MONITORING_LABEL}},
        },
    }


def loki_values(stage: StageConfig) -> dict:
    return {
        "deploymentMode": "Monolithic",
        "sidecar": {"image": helm_image(stage, v.K8S_SIDECAR_IMAGE, split_registry=True)},
        "loki": {
            "image": helm_image(stage, v.LOKI_IMAGE, split_registry=True),
            "auth_enabled": False,
            "commonConfig": {"replication_factor": 1},
            "storage": {"type": "filesystem"},
            "schemaConfig": {
                "configs": [{"from": "2026-01-01", "store": "tsdb", "object_store": "filesystem", "schema": "v13",
                             "index": {"prefix": "index_", "period": "24h"}}]
            },
            # OTLP ingestion keeps resource attributes as structured metadata.
            "limits_config": {"allow_structured_metadata": True, "retention_period": "744h"},
            "compactor": {"retention_enabled": True, "delete_request_store": "filesystem"},
        },
        "singleBinary": {"replicas": 1, "nodeSelector": SYSTEM_NODE_SELECTOR,
                         "persistence": {"enabled": True, "size": "50Gi", "storageClass": PERSISTENT}},
        "read": {"replicas": 0},
        "write": {"replicas": 0},
        "backend": {"replicas": 0},
        "gateway": {"enabled": False},
        "chunksCache": {"enabled": False},
        "resultsCache": {"enabled": False},
        # The canary is a DaemonSet nobody depends on; off rather than on every tenant node.
        "lokiCanary": {"enabled": False},
        "test": {"enabled": False},
        "monitoring": {"serviceMonitor": {"enabled": True, "labels": contracts.PLATFORM_MONITORING_LABEL}},
    }


def tempo_values(stage: StageConfig) -> dict:
    return {
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        "tempo": {
            **helm_image(stage, v.TEMPO_IMAGE, split_registry=True),
            "retention": "168h",
            "receivers": {"otlp": {"protocols": {"grpc": {"endpoint": "0.0.0.0:4317"}, "http": {"endpoint": "0.0.0.0:4318"}}}},
        },
        "persistence": {"enabled": True, "size": "20Gi", "storageClassName": PERSISTENT},
        "serviceMonitor": {"enabled": True, "additionalLabels": contracts.PLATFORM_MONITORING_LABEL},
    }


def otel_operator_values(stage: StageConfig) -> dict:
    return {
        "nodeSelector": SYSTEM_NODE_SELECTOR,
        # No cert-manager in this cluster: the chart generates the webhook certificate itself.
        "admissionWebhooks": {"certManager": {"enabled": False}, "autoGenerateCert": {"enabled": True}},
        "manager": {
            "image": helm_image(stage, v.OTEL_OPERATOR_IMAGE),
            # Defaults for collectors and instrumentations that name no image (ours all do).
            "collectorImage": helm_image(stage, v.OTEL_COLLECTOR_IMAGE),
            "autoInstrumentationImage": {"apacheHttpd": helm_image(stage, v.OTEL_APACHE_HTTPD_IMAGE)},
            "serviceMonitor": {"enabled": True, "extraLabels": contracts.PLATFORM_MONITORING_LABEL},
        },
    }


class Monitoring:
    name = "monitoring"
    needs = {
        "namespaces": "the monitoring namespace (privileged: node-exporter, OTel agent) comes first",
        "storage": "Prometheus, Loki and Tempo claim gp3 volumes from the gp3-retain StorageClass",
    }

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "Monitoring")
        kps = helm_release(c, "KubePrometheusStack", ctx, chart="kube-prometheus-stack", namespace=NS, values=kube_prometheus_stack_values(ctx.stage), timeout_minutes=12)
        loki = helm_release(c, "Loki", ctx, chart="loki", namespace=NS, values=loki_values(ctx.stage))
        tempo = helm_release(c, "Tempo", ctx, chart="tempo", namespace=NS, values=tempo_values(ctx.stage))
        # Loki and Tempo create ServiceMonitors: the CRD comes with kube-prometheus-stack.
        loki.node.add_dependency(kps)
        tempo.node.add_dependency(kps)
        return [kps, loki, tempo]


class OpenTelemetry:
    name = "opentelemetry"
    needs = {
        "monitoring": "the gateway writes to Prometheus, Loki and Tempo; the operator's ServiceMonitor and our PrometheusRule need the prometheus-operator CRDs",
    }

    def deploy(self, scope: Construct, ctx: ServiceContext) -> list[Construct]:
        c = Construct(scope, "OpenTelemetry")
        operator = helm_release(c, "Operator", ctx, chart="opentelemetry-operator", namespace=NS, values=otel_operator_values(ctx.stage))
        objects = manifest(c, "Collectors", ctx, ObservabilityChart(
            cdk8s.App(), "observability", system_node_selector=SYSTEM_NODE_SELECTOR,
            collector_image=mirrored(ctx.stage, v.OTEL_COLLECTOR_IMAGE), apache_httpd_image=mirrored(ctx.stage, v.OTEL_APACHE_HTTPD_IMAGE),
        ))
        # OpenTelemetryCollector and Instrumentation are the operator's CRDs, admitted by its webhook.
        objects.node.add_dependency(operator)
        return [operator, objects]
