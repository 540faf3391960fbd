"""One stack per tenant per stage (`<stage>/Tenant-<name>`): places the tenant's constructs.

What a tenant is lives in constructs/tenant_*.py; this stack only decides which of them a
tenant gets in this stage and state, and wires the stage's shared values (SSM parameters,
never exports) into them.

| state          | secrets, IRSA role, ECR repo | access entries, CI role, node groups | manifest |
|----------------|------------------------------|--------------------------------------|----------|
| active         | kept (RETAIN)                | present                              | full chart |
| suspended      | kept                         | present, dedicated groups at 0 nodes | workloads at zero |
| decommissioned | kept                         | removed                              | data-holding objects only |

SES identities, configuration set and mail user (where the site sends through SES) are kept in
every state; a decommissioned site's configuration set stops sending.

Removing a tenant from tenants.yaml deletes the stack; every RETAIN resource stays, named as
before — see docs/tenant-lifecycle.md for bringing a tenant back (cdk import).
"""

from __future__ import annotations

from collections.abc import Callable

from aws_cdk import Stack
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.config import PlatformConfig, StageConfig, TenantConfig
from drupal_platform.constructs.tenant_access import TenantAccess
from drupal_platform.constructs.tenant_deploy_gate import TenantDeployGate
from drupal_platform.constructs.tenant_certificates import certificate_problems
from drupal_platform.constructs.tenant_image import TenantImageRepository
from drupal_platform.constructs.tenant_imports import StageImports
from drupal_platform.constructs.tenant_mail import TenantMail
from drupal_platform.constructs.tenant_mail_credentials import TenantMailCredentials
from drupal_platform.constructs.tenant_manifest import TenantManifest
from drupal_platform.constructs.tenant_nodes import TenantNodes
from drupal_platform.constructs.tenant_role import TenantRole
from drupal_platform.constructs.tenant_secrets import TenantSecrets

LIFECYCLE_DOC = "docs/tenant-lifecycle.md"


def stack_id(tenant: TenantConfig) -> str:
    return f"Tenant-{tenant.name}"


def chart_ref_needs(tenant: TenantConfig, stage: StageConfig, config: PlatformConfig) -> dict:
    """Which stage values the tenant chart places (StageImports.refs keywords); the renderer's
    workers render ahead with the same needs."""
    wildcard_hosts, _ = contracts.split_hosts_by_certificate(tenant.hosts(stage.name), stage.dns.base_domain)
    return {
        "wildcard": bool(wildcard_hosts),
        # Its own repository, or the platform's image (official Drupal + drush): both exist only in
        # the image-owning stage's account, so every stage names that stage's registry.
        "image_registry": config.image_registry if tenant.client.image.repository is None or tenant.runs_platform_image else None,
        "ingress": tenant.platform.state != "decommissioned",  # a decommissioned tenant has no workloads and no Ingress
        "load_balancer_group": tenant.load_balancer_group(stage),
    }


def needs_image_repository(tenant: TenantConfig, stage: StageConfig) -> bool:
    """Custom-image tenants (no public repository) get their ECR repository in the owning stage."""
    return stage.owns_image_repositories and (tenant.custom_image or tenant.client.image.repository is None)


class TenantStack(Stack):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: PlatformConfig,
        stage: StageConfig,
        tenant: TenantConfig,
        cluster_name_prefix: str,
        render: Callable[[TenantConfig, StageConfig, contracts.PlatformRefs], list[dict]] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self._azs = list(stage.availability_zones)
        problems = certificate_problems(tenant, stage, config.tenants_file)
        if problems and tenant.platform.state != "decommissioned":
            # validation.validate reports these without a traceback; this guards callers that skipped it.
            raise ValueError("; ".join(str(p) for p in problems))
        self.tenant = tenant
        state = tenant.platform.state
        running = state != "decommissioned"

        shared = StageImports(self, "Stage", stage=stage)
        sends_mail = tenant.sends_through_ses(stage)
        self.secrets = TenantSecrets(self, "Secrets", stage=stage.name, tenant=tenant.name, key=shared.key, mail=sends_mail)
        self.role = TenantRole(
            self,
            "Role",
            stage=stage,
            tenant=tenant,
            oidc_provider_arn=shared.oidc_provider_arn,
            oidc_issuer=shared.oidc_issuer_url,
            key_arn=shared.key_arn,
            backup_bucket=shared.backup_bucket,
        )
        self.image = None
        if needs_image_repository(tenant, stage):
            self.image = TenantImageRepository(
                self,
                "Image",
                stage=stage,
                tenant=tenant,
                pull_accounts=[s.account for s in config.stages.values()],
                with_ci_role=running,
            )
        self.access = TenantAccess(self, "Access", tenant=tenant, cluster_name=shared.cluster_name) if running and tenant.platform.access else None
        self.nodes = None
        if running and tenant.platform.placement.dedicated:
            self.nodes = TenantNodes(
                self,
                "Nodes",
                stage=stage,
                tenant=tenant,
                cluster=shared.cluster,
                subnets=shared.node_subnets,
                node_role=shared.node_role,
                cluster_name_prefix=cluster_name_prefix,
            )
        # The site's SES sender and mail user where it really sends (stage mode ses, or its opt-in);
        # kept in every state like its secrets, so the RETAINed identities never leave the template.
        self.mail = TenantMail(self, "Mail", stage=stage, tenant=tenant) if tenant.sends_through_ses(stage) else None
        self.mail_credentials = None
        if self.mail and running:
            # The mail user's SMTP password, written into its secret by the stage's function; rotated there.
            self.mail_credentials = TenantMailCredentials(
                self,
                "MailCredentials",
                stage=stage.name,
                tenant=tenant.name,
                user=self.mail.user,
                configuration_set_name=self.mail.configuration_set_name,
                secret=self.secrets.secrets["mail"],
                service_token=shared.mail_credentials_service_token,
                alarm_topic=shared.mail_alarm_topic,
            )
        refs = shared.refs(self.role.role.role_arn, **chart_ref_needs(tenant, stage, config))
        self.manifest = TenantManifest(self, "Manifest", cluster=shared.cluster, tenant=tenant, stage=stage, refs=refs, render=render)
        # The database CR is the last manifest, after every other construct so far (its pods need the
        # dedicated nodes first anyway; TenantManifest.run_database_last says why last). Only the deploy
        # gate comes after it: a gate failing in the very deploy that *creates* the database manifest
        # (a new tenant, or the first deploy after the CR left the main manifest) rolls that manifest
        # back, i.e. deletes it - see the deploy gate notes in README "The deploy gate".
        self.manifest.run_database_last(*(c for c in self.node.children if c is not self.manifest))
        self.deploy_gate = None
        if running:
            # Last of all: the deploy Job runs in the namespace, with the ConfigMaps, Secrets and
            # ServiceAccount the main manifest applies, against the database the database manifest
            # creates (which waits for every other construct above). Workloads stay in the main
            # manifest (moving them would prune them); their pods wait for deploy-state instead.
            self.deploy_gate = TenantDeployGate(self, "DeployGate", stage=stage, tenant=tenant, jobs=self.manifest.deploy_jobs)
            self.deploy_gate.node.add_dependency(*(m for m in (self.manifest.manifest, self.manifest.database) if m is not None))

    @property
    def availability_zones(self) -> list[str]:
        # From the stage configuration: synth stays offline (no AZ context lookup).
        return self._azs
