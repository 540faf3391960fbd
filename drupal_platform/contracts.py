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
# Objects whose presence depends on a setting and that are neither pruned by kubectl by default
# nor alone in their kind carry this label; its value names the KubernetesManifest they are
# applied in (drupal_platform/constructs/manifest_groups.py), so switching the setting off
# deletes that manifest and with it exactly these objects.
MANIFEST_GROUP_LABEL = "drupal-platform/manifest-group"

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


# Database dumps: each run writes <prefix><timestamp>.sql.gz tagged ROLLING (expires after the
# stage's backupRetentionDays) and copies it over <prefix>LAST_DUMP_NAME tagged LAST (never
# expires; the bucket keeps LAST_DUMPS_KEPT versions of it). A decommissioned or removed tenant
# runs no more dumps, so its last ones stay until an operator deletes them.
DUMP_TAG_KEY = "drupal-platform/dump"
DUMP_TAG_ROLLING = "rolling"
DUMP_TAG_LAST = "last"
LAST_DUMP_NAME = "last.sql.gz"
LAST_DUMPS_KEPT = 3
# A dump streams to S3 under this prefix and is promoted to backup_prefix() only once its
# completion trailer was seen; the bucket expires what is left here. Stage names cannot
# contain '-', so it never collides with a tenant prefix <stage>/<tenant>/.
INCOMPLETE_DUMPS_PREFIX = "incomplete-dumps"


def incomplete_backup_prefix(stage: str, tenant: str) -> str:
    """Where one tenant's dump lands while it is being streamed."""
    return f"{INCOMPLETE_DUMPS_PREFIX}/{stage}/{tenant}/"


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
    load_balancer_security_group: str | None = None  # the security group of the tenant's load-balancer group


# --------------------------------------------------------------------------------------
# Added by the tenant chart (issue 3): names both the tenant stack (which creates the
# Secrets Manager secrets and the IRSA role) and the chart (which reads them) must use.
# --------------------------------------------------------------------------------------
# Every user the Percona operator v1.2.0 manages (pkg/secret SystemUsers at crVersion 1.2.0).
# The users Secret must hold exactly these keys: a missing one is generated by the operator
# into the ESO-owned Secret (the two then fight), an unknown one makes the operator refuse it.
# With clusterType async the replication password must be at most 32 characters.
MYSQL_SYSTEM_USERS = ("clusterset", "heartbeat", "monitor", "operator", "orchestrator", "replication", "root", "xtrabackup")

# Secret values: db = JSON {"username": ..., "password": ...}; app = JSON {"hashSalt": ...};
# mysql = JSON {"passwords": <MYSQL_PASSWORD_SLOTS x 32 generated characters>}.
DB_SECRET_PROPERTIES = ("username", "password")
APP_SECRET_HASH_SALT_PROPERTY = "hashSalt"

# The Percona system users' passwords live in ONE secret. CloudFormation (GenerateSecretString)
# generates exactly one value per secret, so the secret holds one long generated string and each
# user's password is its own, non-overlapping 32-character slot of it; ESO cuts the slots out
# (ExternalSecret template, sprig `substr`). A slot never moves: a user the operator adds later
# takes a spare slot and no existing password changes.
MYSQL_PASSWORDS_PROPERTY = "passwords"
MYSQL_PASSWORD_LENGTH = 32  # Percona v1.2.0 rejects an async replication password longer than 32 bytes
MYSQL_PASSWORD_SLOTS = 12  # 8 users today, 4 spare
MYSQL_USER_SLOTS = {"clusterset": 0, "heartbeat": 1, "monitor": 2, "operator": 3, "orchestrator": 4, "replication": 5,
                    "root": 6, "xtrabackup": 7}


def mysql_password_range(user: str) -> tuple[int, int]:
    """[start, end) of a system user's password in the mysql secret's generated string."""
    start = MYSQL_USER_SLOTS[user] * MYSQL_PASSWORD_LENGTH
    return start, start + MYSQL_PASSWORD_LENGTH

# The Percona operator's pods (Helm chart ps-operator 1.2.0 sets only these two labels on
# its pod template; the release name must be "ps-operator"). Tenant NetworkPolicies admit them.
PERCONA_OPERATOR_POD_LABELS = {"app.kubernetes.io/name": "ps-operator", "app.kubernetes.io/instance": "ps-operator"}


def db_secret_name(stage: str, tenant: str) -> str:
    """The application's database credentials (least-privilege user)."""
    return f"{secret_prefix(stage, tenant)}/db"


def app_secret_name(stage: str, tenant: str) -> str:
    """Drupal's hash salt."""
    return f"{secret_prefix(stage, tenant)}/app"


def mysql_users_secret_name(stage: str, tenant: str) -> str:
    """Every Percona system user's password, one slot each (mysql_password_range)."""
    return f"{secret_prefix(stage, tenant)}/mysql"


def tenant_secret_names(stage: str, tenant: str, *, mail: bool = False) -> list[str]:
    """Every Secrets Manager secret a tenant stack creates (the cost table counts them); mail: the
    tenant sends through SES in this stage (TenantConfig.sends_through_ses)."""
    return [db_secret_name(stage, tenant), mysql_users_secret_name(stage, tenant), app_secret_name(stage, tenant)] + (
        [mail_secret_name(stage, tenant)] if mail else [])


# How often ESO re-reads every ExternalSecret (one GetSecretValue per secret each time).
EXTERNAL_SECRET_REFRESH_HOURS = 1


def mail_secret_name(stage: str, tenant: str) -> str:
    """The site's SES SMTP credentials: JSON {"username": access key id, "password": SMTP password}."""
    return f"{secret_prefix(stage, tenant)}/mail"


def ses_smtp_host(region: str) -> str:
    """The regional SES SMTP endpoint."""
    return f"email-smtp.{region}.amazonaws.com"


def mail_credentials_function_name(stage: str) -> str:
    """The stage's one function that issues, rotates and removes the sites' SES SMTP keys."""
    return f"drupal-{stage}-mail-credentials"


# SES event metrics the configuration set's CloudWatch destination publishes (event types).
MAIL_METRICS = {"sent": "Send", "delivered": "Delivery", "bounced": "Bounce", "complained": "Complaint"}
# A site's alarms (over one day): SES reviews an account near 10 % bounces / 0.5 % complaints.
MAIL_BOUNCE_RATE_ALARM = 0.05
MAIL_COMPLAINT_RATE_ALARM = 0.001
# Key rotation: a new key after MAIL_KEY_ROTATION_DAYS; the old one is deleted once the new one
# has been in the secret for MAIL_KEY_RETIRE_AFTER_HOURS (ESO re-reads the secret every
# EXTERNAL_SECRET_REFRESH_HOURS; the margin covers a failed refresh and pods started meanwhile).
MAIL_KEY_ROTATION_DAYS = 90
MAIL_KEY_RETIRE_AFTER_HOURS = 24 * EXTERNAL_SECRET_REFRESH_HOURS
# Tag on a site's mail secret naming its IAM user: the rotation schedule finds the sites by it.
MAIL_USER_TAG = "drupal-platform:mail-user"


# Implicit TLS (smtps): Drupal 10.3's Symfony mailer 6.4 only upgrades with STARTTLS when the
# server offers it and cannot require it, so port 587 would send the SMTP password in clear
# to anything that strips STARTTLS. SES serves TLS-wrapped SMTP on 465.
SES_SMTP_PORT = 465
MAIL_SECRET_PROPERTIES = ("username", "password")
# The platform's catcher (Mailpit) in catch mode.
MAIL_CATCHER_NAMESPACE = "mail-catcher"
MAIL_CATCHER_SERVICE = "mailpit"
MAIL_CATCHER_SMTP_PORT = 1025
MAIL_CATCHER_UI_PORT = 8025
MAIL_CATCHER_POD_LABELS = {"app.kubernetes.io/name": "mailpit"}


# --- SES sending (constructs/tenant_mail.py; the credentials, alarms and dashboards read these) ---
# Both names are as long as the IRSA role name (config.ROLE_NAME_PATTERN: 13 characters around
# stage and tenant), so the tenant-name length check keeps the user within IAM's 64 and the
# configuration set within SES's 64.
MAIL_USER_NAME_PATTERN = "drupal-{stage}-{name}-mail"
MAIL_CONFIGURATION_SET_PATTERN = "drupal-{stage}-{name}"


def mail_user_name(stage: str, tenant: str) -> str:
    """The site's SES SMTP IAM user: its keys are the SMTP credentials (mail_secret_name)."""
    return MAIL_USER_NAME_PATTERN.format(stage=stage, name=tenant)


def mail_configuration_set_name(stage: str, tenant: str) -> str:
    """The site's SES configuration set: the default set of each of its identities."""
    return MAIL_CONFIGURATION_SET_PATTERN.format(stage=stage, name=tenant)


def platform_mail_domain(tenant: str, base_domain: str) -> str:
    """The sender domain every sending site gets in the stage's zone (it sends before any client DNS)."""
    return f"{tenant}.mail.{base_domain}"


def mail_from_domain(domain: str) -> str:
    """The custom MAIL FROM (bounce) domain of a sender domain: SPF aligns with the From domain."""
    return f"bounce.{domain}"


def ses_feedback_host(region: str) -> str:
    """The MX of a custom MAIL FROM domain (SES receives the bounces there)."""
    return f"feedback-smtp.{region}.amazonses.com"


SES_SPF = "v=spf1 include:amazonses.com ~all"
# Events the configuration set publishes to CloudWatch, and their metric names (namespace AWS/SES).
# The dimension is SES's auto-tag of the configuration set: a sender cannot set an `ses:` tag,
# so a site cannot move its bounces into another site's series; its value is
# mail_configuration_set_name(stage, tenant). Alarms per site: Bounce/Send and Complaint/Send
# with MAIL_METRIC_DIMENSION = that name.
MAIL_METRIC_NAMESPACE = "AWS/SES"
MAIL_METRIC_DIMENSION = "ses:configuration-set"
MAIL_EVENT_METRICS = {"send": "Send", "reject": "Reject", "bounce": "Bounce", "complaint": "Complaint", "delivery": "Delivery"}



def client_access_group(tenant: str, level: str) -> str:
    """Kubernetes group a tenant's access entry maps its principals to ('view' or 'operate');
    the tenant chart binds namespace-scoped Roles to it."""
    return f"drupal-site-{tenant}:{level}"


# What a client's own Jobs may use (the platform's admission policy for client groups,
# charts/platform/tenant_admission.py): the site's ServiceAccounts without an IAM role or
# token, and the site's own Secrets - never db-backup/secrets-reader (IRSA) or mysql-users.
CLIENT_JOB_SERVICE_ACCOUNTS = ("drupal", "default")
CLIENT_JOB_SECRETS = ("db-credentials", "drupal-app", "mail-credentials")
# Claims a client's Job may mount: the site's files, never the database's volumes (datadir-db-mysql-N).
CLIENT_JOB_CLAIMS = ("drupal-files",)
# Pods a client may exec/attach/port-forward into, by name (a CONNECT request names the pod):
# the Drupal Deployment's pods (drupal-<template hash>-<suffix>) and debug Job pods.
CLIENT_EXEC_POD_NAME_REGEX = "^(drupal-[a-z0-9]+|debug-[a-z0-9-]+)-[a-z0-9]{5}$"


# --------------------------------------------------------------------------------------
# Added by the operator CLI (issue 6): names the tenant stack (which creates the image
# repository and the client's CI role) and the client kit (whose workflow uses them) share.
# --------------------------------------------------------------------------------------
# The CI role lives in the image-owning stage's account. Shorter than the IRSA role's
# pattern (config.ROLE_NAME_PATTERN), so the tenant-name length check covers it too.
CI_ROLE_NAME_PATTERN = "drupal-{stage}-ci-{name}"


def image_repository_name(tenant: str) -> str:
    """ECR repository of a custom-image tenant, in the image-owning stage's account and region."""
    return f"drupal-site-{tenant}"


def client_repository_name(tenant: str) -> str:
    """GitHub repository (in the stage's organisation) holding a custom-image client's codebase;
    the CI role trusts only this repository's main branch and tags."""
    return f"drupal-site-{tenant}"


def ci_role_name(stage: str, tenant: str) -> str:
    """IAM role the client's GitHub Actions workflow assumes through OIDC to push its image."""
    return CI_ROLE_NAME_PATTERN.format(stage=stage, name=tenant)


# --------------------------------------------------------------------------------------
# Added by the tenant stacks (issue 5): names the tenant stack and the tenant chart share.
# --------------------------------------------------------------------------------------
# Service accounts in the tenant namespace that may assume the tenant's IRSA role.
TENANT_ROLE_SERVICE_ACCOUNTS = ("secrets-reader", "db-backup")

# Access entries map a tenant's principals to client_access_group(tenant, level) (above).


def covered_by_wildcard(host: str, base_domain: str) -> bool:
    """True for hosts exactly one label under the base domain: *.<base_domain> covers only those."""
    suffix = "." + base_domain
    return host.endswith(suffix) and "." not in host[: -len(suffix)]


def split_hosts_by_certificate(hosts: list[str], base_domain: str) -> tuple[list[str], list[str]]:
    """(hosts the stage's wildcard certificate covers, hosts that need the tenant's own certificates)."""
    wildcard = [h for h in hosts if covered_by_wildcard(h, base_domain)]
    return wildcard, [h for h in hosts if h not in wildcard]

# Prometheus pods (kube-prometheus-stack) in MONITORING_NAMESPACE: tenant NetworkPolicies admit them to the exporter.
PROMETHEUS_POD_LABELS = {"app.kubernetes.io/name": "prometheus"}
# CoreDNS pods in kube-system (the EKS add-on keeps the kube-dns label).
KUBE_DNS_POD_LABELS = {"k8s-app": "kube-dns"}


# --------------------------------------------------------------------------------------
# Added by the platform services (issue 4).
# --------------------------------------------------------------------------------------
VELERO_NAMESPACE = "velero"
# Platform components' own ServiceMonitors/PodMonitors/PrometheusRules carry this label;
# Prometheus selects SERVICE_MONITOR_SELECTOR (tenants) or this one (platform).
PLATFORM_MONITORING_LABEL = {"drupal-platform/monitoring": "platform"}
# Grafana's dashboard sidecar loads ConfigMaps with this label from every namespace.
GRAFANA_DASHBOARD_LABEL = {"grafana_dashboard": "1"}

# The OpenTelemetry agent (DaemonSet in MONITORING_NAMESPACE). Apache's OTel module cannot read
# the node IP from the environment (the operator writes the endpoint into a config file), so the
# Instrumentation sends to this node-local Service (internalTrafficPolicy: Local); the agent also
# listens on OTEL_AGENT_PORTS at the node IP, but tenant NetworkPolicies admit only the Service
# path (a host port's node IP is not the agent pod's IP the policy agent would need to see).
OTEL_AGENT_SERVICE = f"otel-agent.{MONITORING_NAMESPACE}.svc.cluster.local"
# Exactly the OpenTelemetry operator's selector labels of the collector's pods (v0.158.0
# internal/manifests/manifestutils/labels.go SelectorLabels): the node-local Service selects
# them, and the tenant NetworkPolicy's egress rule uses the same set as its pod selector - the
# VPC CNI's policy controller admits a Service's ClusterIP only when the rule's pod selector
# matches the Service's selector.
OTEL_AGENT_POD_LABELS = {
    "app.kubernetes.io/component": "opentelemetry-collector",
    "app.kubernetes.io/instance": f"{MONITORING_NAMESPACE}.otel-agent",
    "app.kubernetes.io/managed-by": "opentelemetry-operator",
    "app.kubernetes.io/part-of": "opentelemetry",
}

# Tenant namespaces carry TENANT_LABEL; platform NetworkPolicies select them with this expression.
TENANT_NAMESPACE_SELECTOR_EXPRESSION = {"key": TENANT_LABEL, "operator": "Exists"}

# Key prefix of Velero's objects in the backup bucket. Stage names cannot contain '-', so it
# never collides with a tenant prefix <stage>/<tenant>/ (backup_prefix).
VELERO_BACKUP_PREFIX = "platform-velero"

# Drupal's port in every tenant pod (non-root Apache, DESIGN item 5); the load balancers' security
# groups send only to this port.
DRUPAL_HTTP_PORT = 8080


def trusted_host_pattern(host: str) -> str:
    """Drupal's trusted_host_patterns entry for a host: anchored, dots literal, `*.` = one label."""
    if host.startswith("*."):
        return "^[^.]+\\." + host[2:].replace(".", "\\.") + "$"
    return "^" + host.replace(".", "\\.") + "$"


# The platform's standard image (drupal_platform/platform_image.py): the role the platform
# repository's workflow assumes to push it. Its name is fixed so the workflow can name it.
PLATFORM_IMAGE_CI_ROLE = "drupal-platform-image-ci"


# --- Deploys (issue 19): the chart renders the deploy-step Job, the deploy gate runs it --------
# The deploy-step Job carries this label (value "true"). The tenant's manifests leave it out: the
# gate (Custom::DeployGate, a Provider with isComplete) creates it from the rendered JSON, only on
# a forward create/update whose image differs from the last deployed one, never on rollback.
DEPLOY_STEP_LABEL = "drupal-platform/deploy-step"
DEPLOY_JOB_PREFIX = "deploy-"  # deploy-<hash of the rendered Job spec>
DEPLOY_CONTAINER = "deploy"  # the Job's main container; its termination message names the step
# Steps in the order the deploy container runs them (README "The deploy step"); "install" runs
# only on an empty database, "config-import" only when config/sync/core.extension.yml exists.
DEPLOY_STEPS = ("wait-for-database", "backup", "install", "updatedb", "config-import", "cache-rebuild", "deploy-hook")
# The gate records each deploy in this ConfigMap of the tenant namespace; `wait-for-deploy`
# init containers (Deployment, CronJob, maintenance Jobs) mount it and start only when
# DEPLOY_STATE_IMAGE_KEY equals their own image and DEPLOY_STATE_RESULT_KEY is "succeeded".
DEPLOY_STATE_CONFIGMAP = "deploy-state"
DEPLOY_STATE_IMAGE_KEY = "image"  # the image that last deployed successfully
DEPLOY_STATE_RESULT_KEY = "result"  # succeeded | failed | running
DEPLOY_STATE_JOB_KEY = "job"
DEPLOY_STATE_STEP_KEY = "step"  # the failing step, or the last one run
DEPLOY_STATE_TIME_KEY = "time"
DEPLOY_STATE_LOG_KEY = "log"  # the tail of the failed Job's log, kept after the Job is gone
# After a failed deploy rolled back: the failed attempt ("<job> (failed at step <step>, <time>)");
# `result` reads succeeded again for the image that serves (the gate writes it, h/19-gate).
DEPLOY_STATE_ROLLED_BACK_KEY = "rolled-back"
# The gate's Lambda role is mapped (EKS access entry) to this Kubernetes group, which the platform
# services' deploy-gate ClusterRoleBinding binds to a ClusterRole of exactly what the gate does.
DEPLOY_GATE_GROUP = "drupal-platform:deploy-gate"
# CloudFormation waits at most this long for a custom resource (ServiceTimeout, 1-3600 s), so the
# gate gives up a little earlier with its own message, and a deploy Job's activeDeadlineSeconds
# must end before that (DEPLOY_JOB_MAX_DEADLINE_SECONDS) so its own failure is what gets reported.
DEPLOY_GATE_TIMEOUT_SECONDS = 3600
DEPLOY_JOB_MAX_DEADLINE_SECONDS = 3000


def deploy_backup_key(stage: str, tenant: str, job: str, timestamp: str) -> str:
    """Where a deploy's pre-update dump is kept: beside the tenant's nightly dumps."""
    return f"{backup_prefix(stage, tenant)}deploys/{job}/{timestamp}.sql.gz"
# Only with client.deploy.maintenanceMode: the step that turns maintenance mode on (before
# updatedb) and off (after deploy-hook) reports this name (added by h/19-job).
DEPLOY_MAINTENANCE_STEP = "maintenance-mode"
