"""Everything the tenant chart derives from (tenant, stage, refs), computed in one place.

`Site` holds names, labels, images, the database endpoint and placement, so the modules
that build objects never repeat a rule. Values from `PlatformRefs` may be CloudFormation
tokens: they are only ever placed into manifests, never hashed or parsed here.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property

from drupal_platform import contracts, pins, platform_image
from drupal_platform.config import StageConfig, TenantConfig, stable_hash
from drupal_platform.images import UnmirroredImage, mirrored
from drupal_platform.tiers import TIERS, Tier

# Pinned images live in drupal_platform/versions.py; the chart modules import them from here.
from drupal_platform.versions import (  # noqa: F401
    AWS_CLI_IMAGE, EXPORTER_IMAGE, MYSQL_CLIENT_IMAGE, PERCONA_INIT_IMAGE, PERCONA_MYSQL_IMAGE,
    PERCONA_ROUTER_IMAGE, PERCONA_XTRABACKUP_IMAGE,
)

# Runs as uid 1001 (USER mysql is non-numeric, so runAsUser must be explicit).
PERCONA_UID = 1001
MYSQL_CLIENT_UID = 999
NOBODY_UID = 65534
WWW_DATA_UID = 33  # Debian's www-data in the official Drupal image

# --- Ports -----------------------------------------------------------------------------
HTTP_PORT = 8080  # a non-root Apache cannot bind 80 (source design, problem 5 / DESIGN 5)
MYSQL_PORT = 3306
MYSQL_X_PORT = 33060
MYSQL_GR_PORT = 33061
MYSQL_ADMIN_PORT = 33062
XTRABACKUP_SIDECAR_PORT = 6450
ROUTER_RW_PORT = 6446  # the router Service's port 3306 lands here
ROUTER_RO_PORT = 6447
ROUTER_X_PORTS = (6448, 6449)
ROUTER_HTTP_PORT = 8443
EXPORTER_PORT = 9104

# --- Object names inside the tenant namespace -------------------------------------------
DB_CLUSTER = "db"  # PerconaServerMySQL name: pods db-mysql-N, router db-router
USERS_SECRET = "mysql-users"
DB_SECRET = "db-credentials"
DB_CONFIG = "db-connection"
APP_SECRET = "drupal-app"
MAIL_SECRET = "mail-credentials"  # ses mode only: MAIL_USER/MAIL_PASSWORD from ESO
MAIL_CONFIG = "mail-connection"
SECRET_STORE = "tenant-secrets"
SA_SECRETS_READER = "secrets-reader"
SA_DB_BACKUP = "db-backup"
SA_DRUPAL = "drupal"
# The operator's MySQL and router pods: a token is mounted (their entrypoints read the namespace
# from it) and the account is bound to no Role, so the token grants nothing.
SA_DATABASE = "database"
DB_NAME = "drupal"
FILES_CLAIM = "drupal-files"
APACHE_CONFIG = "apache-config"
SETTINGS_CONFIG = "drupal-settings"
DRUPAL = "drupal"
EXPORTER = "mysqld-exporter"

# --- Pod labels (the NetworkPolicies select by these) ---------------------------------
COMPONENT_LABEL = "app.kubernetes.io/component"
NAME_LABEL = "app.kubernetes.io/name"
INSTANCE_LABEL = "app.kubernetes.io/instance"
ROLE_LABEL = "drupal-platform/role"  # = contracts.DEBUG_POD_LABEL's key
DB_CLIENT_LABEL = "drupal-platform/db-client"  # "true" on every pod allowed to reach MySQL
MAIL_LABEL = "drupal-platform/mail"  # "true" on pods running Drupal: the only ones that send mail
INTERNET_LABEL = "drupal-platform/egress-https"  # "true" on pods allowed 443 out: only the backup job (S3)

# Percona operator v1.2.0 pod labels (pkg/naming Labels(): name/instance/component/part-of/managed-by).
# The policies select by name/instance/component only: part-of and managed-by say nothing
# about which tenant's database a pod is, and the namespace already scopes the selector.
PERCONA_MYSQL_LABELS = {NAME_LABEL: "mysql", INSTANCE_LABEL: DB_CLUSTER, COMPONENT_LABEL: "database"}
PERCONA_ROUTER_LABELS = {NAME_LABEL: "router", INSTANCE_LABEL: DB_CLUSTER, COMPONENT_LABEL: "proxy"}



def short_hash(data: object, length: int = 8) -> str:
    """Stable hex digest of JSON-serialisable configuration (never of PlatformRefs values)."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:length]


@dataclass(frozen=True)
class NameHashes:
    """The values the chart derives from the tenant's name by hashing it (schedules spread over
    the hour, the load-balancer group). Normally computed from the tenant; a chart rendered once
    for many tenants (constructs/tenant_stamping.py) takes markers here instead, which each
    tenant's own values replace afterwards."""

    backup_minute: str
    backup_hour: str
    cron_minute: str  # the schedule's minute field, H resolved; the other fields are the tenant's
    load_balancer_group: str

    @classmethod
    def of(cls, tenant: TenantConfig, stage: StageConfig) -> NameHashes:
        h = stable_hash(f"backup/{tenant.name}")
        hours = range(1, 5)  # the backup runs between 01:00 and 04:59
        return cls(backup_minute=str(h % 60), backup_hour=str(hours[(h // 60) % len(hours)]),
                   cron_minute=tenant.cron_schedule().split()[0], load_balancer_group=tenant.load_balancer_group(stage))


@dataclass(frozen=True)
class Site:
    tenant: TenantConfig
    stage: StageConfig
    refs: contracts.PlatformRefs
    hashes: NameHashes | None = None  # None: NameHashes.of(tenant, stage)

    @cached_property
    def name_hashes(self) -> NameHashes:
        return self.hashes or NameHashes.of(self.tenant, self.stage)

    # --- identity -------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.tenant.name

    @property
    def namespace(self) -> str:
        return self.tenant.namespace

    @property
    def tier(self) -> Tier:
        return TIERS[self.tenant.platform.tier.value]

    @property
    def state(self) -> str:
        return self.tenant.platform.state

    @property
    def active(self) -> bool:
        return self.state == "active"

    @property
    def suspended(self) -> bool:
        return self.state == "suspended"

    @property
    def decommissioned(self) -> bool:
        return self.state == "decommissioned"

    @property
    def common_labels(self) -> dict[str, str]:
        return {contracts.PART_OF_LABEL: contracts.PART_OF_VALUE, contracts.TENANT_LABEL: self.name}

    def component_labels(self, component: str) -> dict[str, str]:
        """Selector labels of one of our workloads (the operator labels its own pods)."""
        return {NAME_LABEL: component, INSTANCE_LABEL: self.name}

    # --- images -----------------------------------------------------------------------
    def pull_through(self, image: str) -> str:
        """Any image on a registry the stage's pull-through cache covers (ECR Public, Docker Hub,
        Quay, registry.k8s.io, GHCR) -> its path in the stage's own registry (images.py)."""
        try:
            return mirrored(self.stage, image)
        except UnmirroredImage:
            return image  # a tenant's image on another registry is pulled from there

    @property
    def custom_image(self) -> bool:
        return self.tenant.custom_image

    @property
    def platform_image(self) -> bool:
        """Runs the platform's image (official Drupal + pinned drush) instead of the official one."""
        return self.tenant.runs_platform_image

    @property
    def drupal_digest(self) -> str | None:
        """The digest the Drupal image is pinned to (drupal_platform/pins.py), None for a bare tag."""
        return pins.digest_of(self.tenant, self.stage)

    @property
    def drupal_pull_policy(self) -> str:
        return pins.pull_policy(self.drupal_digest)

    @property
    def drupal_image_config(self) -> str:
        """The image reference as configured (hashable: no refs)."""
        repo = self.tenant.client.image.repository
        tag = self.tenant.image_tag(self.stage.name)
        if self.platform_image:
            ref = f"<image-registry>/{platform_image.REPOSITORY}:{platform_image.image_tag(tag)}"
        else:
            ref = f"{repo}:{tag}" if repo else f"<tenant-registry>/drupal-site-{self.name}:{tag}"
        return pins.pinned(ref, self.drupal_digest)

    @property
    def drupal_image(self) -> str:
        """<repo>:<tag>@<digest> when pinned, <repo>:<tag> otherwise."""
        repo = self.tenant.client.image.repository
        tag = self.tenant.image_tag(self.stage.name)
        if repo and not self.platform_image:
            ref = self.pull_through(f"{repo}:{tag}")
        elif not self.refs.image_registry:
            raise ValueError(f"tenant '{self.name}' runs an image from the platform's registry and refs.image_registry is not set")
        elif self.platform_image:
            ref = platform_image.image_reference(self.refs.image_registry, tag)
        else:
            ref = f"{self.refs.image_registry}/drupal-site-{self.name}:{tag}"
        return pins.pinned(ref, self.drupal_digest)

    # --- paths ------------------------------------------------------------------------
    @property
    def app_path(self) -> str:
        return self.tenant.platform.image.app_path

    @property
    def web_root(self) -> str:
        return self.tenant.platform.image.web_root

    @property
    def files_path(self) -> str:
        """Public files: <webRoot>/sites/default/files for both image kinds (source problem 5)."""
        return f"{self.web_root}/sites/default/files"

    @property
    def settings_path(self) -> str:
        return f"{self.web_root}/sites/default/settings.php"

    @property
    def web_root_in_codebase(self) -> str:
        """webRoot relative to appPath ('web' for both example layouts; the official image's
        /var/www/html is a symlink to /opt/drupal/web)."""
        if self.custom_image:
            return self.web_root[len(self.app_path):].strip("/") or "."
        return "web"  # official image: /var/www/html -> /opt/drupal/web

    # --- database ---------------------------------------------------------------------
    @property
    def ha(self) -> bool:
        return self.tenant.platform.database.high_availability

    @property
    def db_host(self) -> str:
        if self.ha:
            return f"{DB_CLUSTER}-router.{self.namespace}.svc.cluster.local"
        # The one async node by its stable name (covered by the operator's TLS SANs).
        return f"{DB_CLUSTER}-mysql-0.{DB_CLUSTER}-mysql.{self.namespace}.svc.cluster.local"

    @property
    def db_port(self) -> int:
        return MYSQL_PORT  # HA: the router Service's 3306 maps to pod port 6446 (read-write)

    @property
    def db_pod_ports(self) -> list[int]:
        """Pod ports a database client reaches (NetworkPolicies match pod ports, not Service ports)."""
        return [ROUTER_RW_PORT, ROUTER_RO_PORT] if self.ha else [MYSQL_PORT]

    @property
    def db_server_labels(self) -> dict[str, str]:
        """Labels of the pods database clients connect to."""
        return PERCONA_ROUTER_LABELS if self.ha else PERCONA_MYSQL_LABELS

    # --- placement --------------------------------------------------------------------
    @property
    def placement(self) -> tuple[str, str]:
        if self.tenant.platform.placement.dedicated:
            return contracts.dedicated_placement(self.name)
        return contracts.shared_placement()

    @property
    def node_selector(self) -> dict[str, str]:
        return {contracts.NODE_ROLE_LABEL: self.placement[0]}

    @property
    def tolerations(self) -> list[dict[str, str]]:
        return [{"key": contracts.DEDICATED_TAINT_KEY, "operator": "Equal", "value": self.placement[1], "effect": "NoSchedule"}]

    # --- schedules --------------------------------------------------------------------
    @property
    def backup_time(self) -> tuple[str, str]:
        """(minute, hour) of the nightly backup: stable per tenant, spread over 01:00-04:59."""
        return self.name_hashes.backup_minute, self.name_hashes.backup_hour

    @property
    def cron_schedule(self) -> str:
        """The Drupal cron's schedule as Kubernetes reads it (H resolved per tenant, or a descriptor)."""
        schedule = self.tenant.cron_schedule()
        if schedule.startswith("@"):
            return schedule
        return " ".join([self.name_hashes.cron_minute, *schedule.split()[1:]])

    @property
    def load_balancer_group(self) -> str:
        return self.name_hashes.load_balancer_group

    # --- ingress ----------------------------------------------------------------------
    @property
    def hosts(self) -> list[str]:
        return self.tenant.hosts(self.stage.name)

    def certificate_arns(self) -> list[str]:
        """Wildcard certificate for hosts one label under the base domain; the tenant's own for others."""
        wildcard, own = contracts.split_hosts_by_certificate(self.hosts, self.stage.dns.base_domain)
        arns: list[str] = [self.refs.wildcard_certificate_arn] if wildcard else []
        if own:
            # A load balancer can use only certificates in its own account and region.
            arns.extend(self.tenant.certificate_arns_in(self.stage))
        return arns

    @cached_property
    def replicas(self) -> int:
        return 0 if not self.active else self.tenant.replica_count(self.stage.name)

    @property
    def autoscaling(self) -> bool:
        return self.active and self.tenant.client.autoscaling.enabled

    # --- mail -------------------------------------------------------------------------
    @property
    def mail_mode(self) -> str:
        """ses or catch: the stage's mode, unless the tenant opted into real sending here."""
        return self.tenant.mail_mode(self.stage)

    @property
    def mail_domain(self) -> str:
        """The From domain and SES identity; a platform subdomain unless the tenant names one."""
        return self.tenant.mail_domain(self.stage)

    @property
    def mail_from(self) -> str:
        return f"noreply@{self.mail_domain}"

    @property
    def mail_connection(self) -> dict[str, str]:
        """The non-secret half of the mailer DSN (ConfigMap MAIL_CONFIG). In catch mode the
        SMTP user is the site's name, which Mailpit turns into a tag (the per-site view)."""
        if self.mail_mode == "ses":
            return {"MAIL_SCHEME": "smtps", "MAIL_HOST": contracts.ses_smtp_host(self.stage.region),
                    "MAIL_PORT": str(contracts.SES_SMTP_PORT), "MAIL_FROM": self.mail_from}
        return {"MAIL_SCHEME": "smtp",
                "MAIL_HOST": f"{contracts.MAIL_CATCHER_SERVICE}.{contracts.MAIL_CATCHER_NAMESPACE}.svc.cluster.local",
                "MAIL_PORT": str(contracts.MAIL_CATCHER_SMTP_PORT), "MAIL_FROM": self.mail_from,
                "MAIL_USER": self.name}
