"""AWS names the CLI derives from configuration alone, by the platform's naming conventions.

Inside a stack these values are CloudFormation tokens resolved at deploy time. The CLI
renders manifests and client files offline, without AWS credentials, so it computes the
ones that follow from a convention, all here:

- the tenant's IRSA role:   arn:<partition>:iam::<stage account>:role/drupal-<stage>-site-<name>
                            (config.ROLE_NAME_PATTERN, created by the tenant stack)
- the client's CI role:     arn:<partition>:iam::<image account>:role/drupal-<image stage>-ci-<name>
                            (contracts.ci_role_name, in the image-owning stage)
- the image registry:       <image account>.dkr.ecr.<image region>.amazonaws.com
                            (PlatformConfig.image_stage owns every tenant's repository)
- the image repository:     drupal-site-<name> (contracts.image_repository_name)

Values that no convention fixes (the wildcard certificate's ARN, the backup bucket's
generated name, the WebACL's ARN) exist only after deployment. `platform_refs` fills them
with DEPLOY_TIME markers: maintenance and debug Jobs never use them, and a test asserts
that no marker reaches a rendered Job.
"""

from __future__ import annotations

from drupal_platform import contracts
from drupal_platform.config import PlatformConfig, StageConfig, TenantConfig

DEPLOY_TIME = "deploy-time-value-unknown-to-the-cli"


def partition(region: str) -> str:
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    return "aws"


def role_arn(stage: StageConfig, role_name: str) -> str:
    return f"arn:{partition(stage.region)}:iam::{stage.account}:role/{role_name}"


def ecr_registry(stage: StageConfig) -> str:
    return stage.registry


def tenant_role_arn(stage: StageConfig, tenant: TenantConfig) -> str:
    return role_arn(stage, tenant.role_name(stage.name))


def ci_role_arn(config: PlatformConfig, tenant: TenantConfig) -> str:
    image = config.image_stage
    return role_arn(image, contracts.ci_role_name(image.name, tenant.name))


def image_repository_uri(config: PlatformConfig, tenant: TenantConfig) -> str:
    return f"{ecr_registry(config.image_stage)}/{contracts.image_repository_name(tenant.name)}"


def platform_refs(config: PlatformConfig, stage: StageConfig, tenant: TenantConfig) -> contracts.PlatformRefs:
    """PlatformRefs for rendering a tenant's one-off Jobs outside a stack (see the module docstring)."""
    return contracts.PlatformRefs(
        tenant_role_arn=tenant_role_arn(stage, tenant),
        wildcard_certificate_arn=DEPLOY_TIME,
        backup_bucket=DEPLOY_TIME,
        waf_acl_arn=None,
        image_registry=config.image_registry,
    )
