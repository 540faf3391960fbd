"""Every pinned version in one place: Kubernetes, the kubectl layer, cdk8s-plus, add-ons and charts.

The kubectl layer and cdk8s-plus are version-named packages; they are imported here and
nowhere else, so moving to a new Kubernetes minor is a change to this module and to the
two pins in requirements.txt.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

# The cluster version every stage uses unless its configuration says otherwise.
DEFAULT_KUBERNETES_VERSION = "1.36"

# Kubernetes minor -> (kubectl layer module, cdk8s-plus module). Only versions whose
# packages are pinned in requirements.txt can be used.
KUBERNETES_PACKAGES: dict[str, tuple[str, str]] = {
    "1.36": ("aws_cdk.lambda_layer_kubectl_v36", "cdk8s_plus_36"),
}


@lru_cache(maxsize=None)
def supported_kubernetes_versions() -> tuple[str, ...]:
    """Versions that aws-cdk-lib knows *and* whose kubectl layer and cdk8s-plus are installed."""
    from aws_cdk import aws_eks_v2 as eks

    out = []
    for version, (layer, plus) in KUBERNETES_PACKAGES.items():
        if not hasattr(eks.KubernetesVersion, "V" + version.replace(".", "_")):
            continue
        try:
            importlib.import_module(layer)
            importlib.import_module(plus)
        except ImportError:
            continue
        out.append(version)
    return tuple(out)


def kubectl_layer_class(version: str):
    """The KubectlVXXLayer class for a Kubernetes minor."""
    module = importlib.import_module(KUBERNETES_PACKAGES[version][0])
    return getattr(module, "KubectlV" + version.split(".")[1] + "Layer")


def eks_version(version: str):
    from aws_cdk import aws_eks_v2 as eks

    return getattr(eks.KubernetesVersion, "V" + version.replace(".", "_"))


def cdk8s_plus():
    """The cdk8s-plus module matching the default cluster version (charts render once per version)."""
    return importlib.import_module(KUBERNETES_PACKAGES[DEFAULT_KUBERNETES_VERSION][1])


# --------------------------------------------------------------------------------------
# EKS managed add-ons for Kubernetes 1.36. Check a new version with
#   aws eks describe-addon-versions --kubernetes-version 1.36 --addon-name <name>
# --------------------------------------------------------------------------------------
EKS_ADDONS: dict[str, str] = {
    "vpc-cni": "v1.23.2-eksbuild.1",
    "coredns": "v1.14.7-eksbuild.11",
    "kube-proxy": "v1.36.0-eksbuild.45",
    "eks-pod-identity-agent": "v1.4.0-eksbuild.3",
    "aws-ebs-csi-driver": "v1.66.0-eksbuild.1",
    "aws-efs-csi-driver": "v3.4.2-eksbuild.1",
    "snapshot-controller": "v8.6.0-eksbuild.8",
}


# --------------------------------------------------------------------------------------
# Helm charts of the platform services. `make charts` fetches each pin into the git-ignored
# .charts/ cache (from CHART_MIRROR, else `helm pull` from `repository`: the only use of the URL);
# each release deploys its cached directory as an S3 asset, and `make test` renders it
# (tests/platform_charts). Moving a pin: docs/platform-services.md, "Helm charts".
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HelmChartPin:
    repository: str
    chart: str
    version: str
    app_version: str  # what the chart installs; the CRD files in ../shared/crds match these


HELM_CHARTS: dict[str, HelmChartPin] = {
    "aws-load-balancer-controller": HelmChartPin("https://aws.github.io/eks-charts", "aws-load-balancer-controller", "3.5.0", "v3.5.0"),
    "external-dns": HelmChartPin("https://kubernetes-sigs.github.io/external-dns/", "external-dns", "1.21.1", "0.21.0"),
    "external-secrets": HelmChartPin("https://charts.external-secrets.io", "external-secrets", "2.9.0", "v2.9.0"),
    # ps-operator 1.2.0 is the release whose CRDs (../shared/crds) the tenant chart's crVersion uses.
    "ps-operator": HelmChartPin("https://percona.github.io/percona-helm-charts/", "ps-operator", "1.2.0", "1.2.0"),
    "cluster-autoscaler": HelmChartPin("https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.59.0", "1.35.0"),
    "metrics-server": HelmChartPin("https://kubernetes-sigs.github.io/metrics-server/", "metrics-server", "3.13.1", "0.8.1"),
    "kube-prometheus-stack": HelmChartPin("https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "88.3.0", "v0.93.0"),
    # The OSS Loki and Tempo charts moved to grafana-community in 2026 (grafana/loki is GEL-only now).
    "loki": HelmChartPin("https://grafana-community.github.io/helm-charts", "loki", "18.11.0", "3.7.6"),
    "tempo": HelmChartPin("https://grafana-community.github.io/helm-charts", "tempo", "2.2.4", "2.10.8"),
    "opentelemetry-operator": HelmChartPin("https://open-telemetry.github.io/opentelemetry-helm-charts", "opentelemetry-operator", "0.122.0", "0.158.0"),
    "velero": HelmChartPin("https://vmware-tanzu.github.io/helm-charts", "velero", "12.1.0", "1.18.1"),
}

# Images the platform pins beside its charts. Every image is pulled through the stage's ECR
# pull-through cache (drupal_platform/images.py), so each must be on a registry a rule covers.
CLUSTER_AUTOSCALER_IMAGE_TAG = "v1.36.1"  # the minor must match Kubernetes; chart 9.59.0 defaults to v1.35.0
# kubectl for the Velero chart's CRD-upgrade Job: the cluster's minor.
KUBECTL_IMAGE = "registry.k8s.io/kubectl:v1.36.0"
VELERO_IMAGE = "docker.io/velero/velero:v1.18.1"  # the chart's appVersion
VELERO_AWS_PLUGIN_IMAGE = "docker.io/velero/velero-plugin-for-aws:v1.14.2"  # built against Velero 1.18
# contrib: the gateway needs the prometheusremotewrite exporter and the spanmetrics connector.
OTEL_COLLECTOR_IMAGE = "ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-contrib:0.158.0"

# The tenant chart's images. Percona images for crVersion 1.2.0 (deploy/cr.yaml at v1.2.0).
PERCONA_MYSQL_IMAGE = "docker.io/percona/percona-server:8.4.10-10.1"
PERCONA_ROUTER_IMAGE = "docker.io/percona/percona-mysql-router:8.4.10"
# The init container image defaults to the operator's own image, read from its pod; pin it.
PERCONA_INIT_IMAGE = "docker.io/percona/percona-server-mysql-operator:1.2.0"
PERCONA_XTRABACKUP_IMAGE = "docker.io/percona/percona-xtrabackup:8.4.0-6.1"
# mysql client, mysqldump, mysqlsh and curl (Oracle Linux 9 slim); same major as the server.
MYSQL_CLIENT_IMAGE = "public.ecr.aws/docker/library/mysql:8.4.10"
AWS_CLI_IMAGE = "public.ecr.aws/aws-cli/aws-cli:2.36.15"
EXPORTER_IMAGE = "quay.io/prometheus/mysqld-exporter:v0.18.0"

# Images of the platform services: the charts' own defaults at the pinned versions, pinned
# here so that every one can be pointed at the pull-through cache.
LOAD_BALANCER_CONTROLLER_IMAGE = "public.ecr.aws/eks/aws-load-balancer-controller:v3.5.0"
EXTERNAL_DNS_IMAGE = "registry.k8s.io/external-dns/external-dns:v0.21.0"
EXTERNAL_SECRETS_IMAGE = "ghcr.io/external-secrets/external-secrets:v2.9.0"
CLUSTER_AUTOSCALER_IMAGE = f"registry.k8s.io/autoscaling/cluster-autoscaler:{CLUSTER_AUTOSCALER_IMAGE_TAG}"
METRICS_SERVER_IMAGE = "registry.k8s.io/metrics-server/metrics-server:v0.8.1"
PROMETHEUS_OPERATOR_IMAGE = "quay.io/prometheus-operator/prometheus-operator:v0.93.0"
PROMETHEUS_CONFIG_RELOADER_IMAGE = "quay.io/prometheus-operator/prometheus-config-reloader:v0.93.0"
THANOS_IMAGE = "quay.io/thanos/thanos:v0.42.4"
WEBHOOK_CERTGEN_IMAGE = "ghcr.io/jkroepke/kube-webhook-certgen:1.8.5"
PROMETHEUS_IMAGE = "quay.io/prometheus/prometheus:v3.13.2-distroless"
ALERTMANAGER_IMAGE = "quay.io/prometheus/alertmanager:v0.33.1"
GRAFANA_IMAGE = "docker.io/grafana/grafana:13.1.3"
K8S_SIDECAR_IMAGE = "quay.io/kiwigrid/k8s-sidecar:2.10.1"  # Grafana's and Loki's config sidecars
KUBE_STATE_METRICS_IMAGE = "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.19.1"
NODE_EXPORTER_IMAGE = "quay.io/prometheus/node-exporter:v1.12.1-distroless"
LOKI_IMAGE = "docker.io/grafana/loki:3.7.6"
TEMPO_IMAGE = "docker.io/grafana/tempo:2.10.8"
OTEL_OPERATOR_IMAGE = "ghcr.io/open-telemetry/opentelemetry-operator/opentelemetry-operator:0.158.0"
# Injected as an init container into every instrumented Drupal pod (the operator's default at v0.158.0).
OTEL_APACHE_HTTPD_IMAGE = "ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-apache-httpd:1.0.4"

# Every platform image, registry spelled out, with where it runs (tests/charts/test_image_sources.py
# renders the charts and checks that nothing else is pulled).
PLATFORM_IMAGES: dict[str, str] = {
    PERCONA_INIT_IMAGE: "ps-operator Deployment; tenants' MySQL init containers",
    VELERO_IMAGE: "velero server, node agent and CRD-upgrade Job",
    VELERO_AWS_PLUGIN_IMAGE: "velero plugin init container",
    KUBECTL_IMAGE: "velero CRD-upgrade Job (kubectl)",
    LOAD_BALANCER_CONTROLLER_IMAGE: "aws-load-balancer-controller",
    EXTERNAL_DNS_IMAGE: "external-dns",
    EXTERNAL_SECRETS_IMAGE: "external-secrets controller, webhook and cert controller",
    CLUSTER_AUTOSCALER_IMAGE: "cluster-autoscaler",
    METRICS_SERVER_IMAGE: "metrics-server",
    PROMETHEUS_OPERATOR_IMAGE: "kube-prometheus-stack: prometheus-operator",
    PROMETHEUS_CONFIG_RELOADER_IMAGE: "kube-prometheus-stack: config reloader sidecars",
    THANOS_IMAGE: "kube-prometheus-stack: thanos image the operator may use",
    WEBHOOK_CERTGEN_IMAGE: "kube-prometheus-stack: admission webhook certificate Jobs",
    PROMETHEUS_IMAGE: "kube-prometheus-stack: Prometheus",
    ALERTMANAGER_IMAGE: "kube-prometheus-stack: Alertmanager",
    GRAFANA_IMAGE: "kube-prometheus-stack: Grafana",
    K8S_SIDECAR_IMAGE: "Grafana dashboards/datasources sidecar, Loki rules sidecar",
    KUBE_STATE_METRICS_IMAGE: "kube-prometheus-stack: kube-state-metrics",
    NODE_EXPORTER_IMAGE: "kube-prometheus-stack: node-exporter DaemonSet",
    LOKI_IMAGE: "Loki",
    TEMPO_IMAGE: "Tempo",
    OTEL_OPERATOR_IMAGE: "opentelemetry-operator",
    OTEL_COLLECTOR_IMAGE: "OpenTelemetry agent DaemonSet and gateway",
    OTEL_APACHE_HTTPD_IMAGE: "init container injected into instrumented Drupal pods",
}
