"""The tenant chart: every Kubernetes object one Drupal site needs, in its own namespace.

States (tenant.platform.state):
- active: everything below.
- suspended: the site keeps all its objects and data but runs nothing - Drupal and the
  exporter scaled to zero, no HPA, no deploy Job, CronJobs `suspend: true`, and the
  PerconaServerMySQL CR `pause: true` (the operator stops MySQL; its volumes stay).
- decommissioned: only what holds or guards data remains - the namespace with its quota,
  limits and default-deny policies, the service accounts and secrets plumbing (SecretStore,
  ExternalSecrets) and the files claim; no Deployment, Job, CronJob, Ingress, database CR or
  client access Role (settings only those use are refused: drupal_platform/unused_settings.py).
  Both storage classes reclaim with Retain, and operator v1.2.0 keeps the database PVCs when
  its CR is deleted (no delete-mysql-pvc finalizer is set), so no data is lost.
"""

from __future__ import annotations

from typing import Literal

import cdk8s
import constructs

from drupal_platform.charts.tenant import database, drupal, namespace, network, secrets
from drupal_platform.charts.tenant.site import NameHashes, Site, short_hash
from drupal_platform.config import StageConfig, TenantConfig
from drupal_platform.contracts import PlatformRefs


class TenantChart(cdk8s.Chart):
    """One tenant: namespace `drupal-site-<name>`, every object labelled with the common labels."""

    def __init__(self, scope: cdk8s.App | constructs.Construct, id: str, *, tenant: TenantConfig,
                 stage: StageConfig, refs: PlatformRefs, hashes: NameHashes | None = None) -> None:
        site = Site(tenant, stage, refs, hashes)
        super().__init__(scope, id, namespace=site.namespace, labels=site.common_labels, disable_resource_name_hashes=True)
        self.site = site
        # Order matters to kubectl apply: the namespace, then quota and limits (so no pod is
        # admitted without them), then identities and secrets, then workloads.
        namespace.namespace(self, site)
        namespace.quota_and_limits(self, site)
        network.network_policies(self, site)
        namespace.service_accounts(self, site)
        if not site.decommissioned:
            # Its access entries leave with the workloads (stacks/tenant.py): a Role bound to a
            # group nobody maps to would only be noise.
            namespace.client_access(self, site)
        secrets.secret_store(self, site)
        secrets.external_secrets(self, site)
        drupal.files_claim(self, site)
        if site.decommissioned:
            return
        secrets.db_config(self, site)
        secrets.mail_config(self, site)
        drupal.config_maps(self, site)
        database.percona_cluster(self, site)
        database.exporter(self, site)
        database.backup_cronjob(self, site)
        drupal.deployment(self, site)
        svc = drupal.service(self, site)
        drupal.ingress(self, site, svc)
        if site.active:
            # Suspended (database paused) and decommissioned tenants are not deployed.
            drupal.deploy_job(self, site)
        if tenant.client.cron.enabled:
            drupal.cronjob(self, site)


def render_tenant(tenant: TenantConfig, stage: StageConfig, refs: PlatformRefs, hashes: NameHashes | None = None) -> list[dict]:
    """The tenant's manifests as plain dicts (tests and the operator CLI). `hashes`: see NameHashes."""
    app = cdk8s.App()
    chart = TenantChart(app, f"tenant-{tenant.name}", tenant=tenant, stage=stage, refs=refs, hashes=hashes)
    return list(chart.to_json())


def _one_off(tenant: TenantConfig, stage: StageConfig, refs: PlatformRefs, build) -> dict:
    site = Site(tenant, stage, refs)
    app = cdk8s.App()
    chart = cdk8s.Chart(app, f"one-off-{tenant.name}", namespace=site.namespace, labels=site.common_labels,
                        disable_resource_name_hashes=True)
    build(chart, site)
    (manifest,) = chart.to_json()
    return manifest


def _job_name(prefix: str, tenant: TenantConfig, stage: StageConfig, suffix: str | None) -> str:
    if suffix is None:
        import secrets as _secrets

        suffix = _secrets.token_hex(3)
    name = f"{prefix}-{suffix}"
    if len(name) > 52:  # Job names feed pod names and the controller-uid label
        name = f"{prefix}-{short_hash(suffix)}"
    return name


def maintenance_job(tenant: TenantConfig, stage: StageConfig, refs: PlatformRefs,
                    command: Literal["updb", "cim", "cr", "status"], suffix: str | None = None) -> dict:
    """A one-off drush Job with exactly the site's image, secrets, volumes, placement and
    security context (built by the same function as the Deployment's container)."""
    if command not in drupal.MAINTENANCE_ARGS:
        raise ValueError(f"unknown maintenance command {command!r}; choose one of {', '.join(drupal.MAINTENANCE_ARGS)}")
    name = _job_name(f"drush-{command}", tenant, stage, suffix)
    return _one_off(tenant, stage, refs, lambda chart, site: drupal.maintenance(chart, site, command, name))


def debug_job(tenant: TenantConfig, stage: StageConfig, refs: PlatformRefs, suffix: str | None = None) -> dict:
    """A restricted-compliant debug pod (mysql client and curl) the NetworkPolicies admit to the
    tenant's MySQL and Drupal. It sleeps until its one-hour deadline; `kubectl exec` into it."""
    name = _job_name("debug", tenant, stage, suffix)
    return _one_off(tenant, stage, refs, lambda chart, site: drupal.debug(chart, site, name))
