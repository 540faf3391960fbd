"""Names the platform services and the tenant chart must agree on.

The platform stack creates these (storage classes, ingress class, namespaces, labels);
the tenant chart consumes them. Keeping them in one module makes a rename a one-line
change that both sides see, and lets tests assert that both sides use the same value.
"""

from __future__ import annotations

from dataclasses import dataclass

# Common labels on every object the platform renders.
PART_OF_LABEL = "app.kubernetes.io/part-of"
PART_OF_VALUE = "drupal-platform"
TENANT_LABEL = "drupal-platform/tenant"

# Storage.
DATABASE_STORAGE_CLASS = "gp3-retain"  # EBS gp3, encrypted, reclaimPolicy Retain, expansion on
FILES_STORAGE_CLASS = "efs-files"  # EFS access point per claim, reclaimPolicy Retain
EBS_SNAPSHOT_CLASS = "ebs-snapshots"

# Ingress.
INGRESS_CLASS = "alb"
INGRESS_GROUP_PREFIX = "shared-"  # group names are shared-1 .. shared-N (StageConfig.ingress_groups)

# Namespaces of platform services tenants talk to or are reached from.
KUBE_SYSTEM_NAMESPACE = "kube-system"
MONITORING_NAMESPACE = "monitoring"
PERCONA_OPERATOR_NAMESPACE = "percona-operator"
EXTERNAL_SECRETS_NAMESPACE = "external-secrets"

# Prometheus selects ServiceMonitors carrying this label (kube-prometheus-stack values use the same constant).
SERVICE_MONITOR_SELECTOR = {"drupal-platform/monitoring": "tenant"}

# OpenTelemetry: the Instrumentation the Drupal pods reference, and the agent's OTLP ports on each node.
OTEL_INSTRUMENTATION = f"{MONITORING_NAMESPACE}/drupal-instrumentation"
OTEL_AGENT_PORTS = (4317, 4318)

# The debug pod label that the tenant NetworkPolicies allow to reach MySQL and Drupal.
DEBUG_POD_LABEL = {"drupal-platform/role": "debug"}

# Taints and node labels.
NODE_ROLE_LABEL = "role"
DEDICATED_TAINT_KEY = "dedicated"


def shared_placement() -> tuple[str, str]:
    """(node role label value, taint value) for tenants on the shared node group."""
    return "shared", "shared"


def dedicated_placement(tenant: str) -> tuple[str, str]:
    """(node role label value, taint value) for a tenant with its own node groups."""
    return f"client-{tenant}", f"client-{tenant}"


def secret_prefix(stage: str, tenant: str) -> str:
    """Secrets Manager name prefix of one tenant: drupal/<stage>/<name>/..."""
    return f"drupal/{stage}/{tenant}"


def backup_prefix(stage: str, tenant: str) -> str:
    """Key prefix of one tenant in the stage's backup bucket."""
    return f"{stage}/{tenant}/"


@dataclass(frozen=True)
class PlatformRefs:
    """Values a tenant chart needs from the AWS side; tokens when rendered inside a stack.

    Tests render charts with plain strings (see tests' fixtures); the tenant stack passes
    CloudFormation tokens, which the KubernetesManifest resolves at deploy time.
    """

    tenant_role_arn: str  # IRSA role of the tenant (secrets-reader, db-backup)
    wildcard_certificate_arn: str  # the stage's *.<baseDomain> certificate
    backup_bucket: str  # the stage's backup bucket name
    waf_acl_arn: str | None = None  # the stage's WebACL, when it has one
    image_registry: str | None = None  # <account>.dkr.ecr.<region>.amazonaws.com of the image-owning stage
