"""The AWS service quotas that a stage of up to 1,000 tenants meets, with their defaults.

Pure data: the capacity guard counts what each stage uses against these, and the stage
configuration may raise an adjustable one (`quotas: {iamRoles: 5000}` in cdk.json) once AWS
has raised it for the stage's account. Defaults are the documented ones; an account's
applied value is in the Service Quotas console under the code given here.

Where a quota is counted matters: IAM is global to an account, so every stage in the
account counts against one figure; CloudFormation, Secrets Manager, ECR, SES and VPC quotas are
per account and region; EKS and EFS quotas are per cluster or file system, so per stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal


if TYPE_CHECKING:
    from drupal_platform.config import PlatformConfig, StageConfig

Scope = Literal["account", "account-region", "stage"]


@dataclass(frozen=True)
class AwsQuota:
    key: str  # the name in cdk.json `quotas`
    service: str
    name: str  # as the Service Quotas console names it
    scope: Scope
    default: int
    adjustable: bool
    code: str  # Service Quotas code where checked against AWS documentation, else "" (find it by name)
    counts: str  # what the platform puts against it

    @property
    def console(self) -> str:
        return f"{self.service} '{self.name}'" + (f" ({self.code})" if self.code else "")


QUOTAS: dict[str, AwsQuota] = {
    q.key: q
    for q in (
        AwsQuota("managedNodeGroupsPerCluster", "Amazon EKS", "Managed node groups per cluster", "stage", 30, True, "",
                 "system and shared groups, one per zone each, plus one per zone for every dedicated tenant that is not decommissioned"),
        AwsQuota("iamRoles", "IAM", "Roles per account", "account", 1_000, True, "L-FE177D64",
                 "the platform's roles of every stage in the account, plus each tenant's IRSA role and, in the image-owning stage, its CI role"),
        AwsQuota("iamUsers", "IAM", "Users per account", "account", 5_000, True, "",
                 "one SES mail user per tenant in every stage of the account where it sends through SES"),
        AwsQuota("iamOidcProviders", "IAM", "OpenId connect providers per account", "account", 100, True, "L-858F3967",
                 "one per cluster (IRSA) plus the GitHub Actions provider"),
        AwsQuota("cloudFormationStacks", "AWS CloudFormation", "Stack count", "account-region", 2_000, True, "",
                 "every stack of every stage in the account and region (one per tenant), plus the CDK bootstrap stack"),
        AwsQuota("secretsManagerSecrets", "AWS Secrets Manager", "Secrets", "account-region", 500_000, False, "",
                 "each tenant's database, MySQL system-user and application secrets (kept after removal), plus the platform's"),
        AwsQuota("ecrRepositories", "Amazon ECR", "Registered repositories", "account-region", 100_000, True, "",
                 "custom-image tenants' repositories in the image-owning stage plus one pull-through cache repository per upstream image"),
        AwsQuota("sesIdentities", "Amazon SES", "Identities per AWS Region", "account-region", 10_000, False, "",
                 "each sending tenant's platform mail subdomain and declared From domain (RETAINed after removal)"),
        AwsQuota("sesConfigurationSets", "Amazon SES", "Configuration sets per AWS Region", "account-region", 10_000, False, "",
                 "one per tenant in every stage of the account and region where it sends through SES"),
        AwsQuota("vpcCidrBlocks", "Amazon VPC", "IPv4 CIDR blocks per VPC", "stage", 5, True, "",
                 "the VPC's primary CIDR plus secondaryCidrs"),
        AwsQuota("efsAccessPointsPerFileSystem", "Amazon EFS", "Access points per file system", "stage", 10_000, False, "",
                 "one per tenant on the stage's files file system, kept after decommissioning"),
    )
}

# Resources one tenant stack creates (tests/capacity/test_quota_accounting.py checks these
# against synthesised templates, so a change to the tenant stack that adds one fails there).
TENANT_IRSA_ROLES = 1
TENANT_CI_ROLES = 1  # image-owning stage, custom image, not decommissioned
# db, app and one for every Percona system user (contracts.tenant_secret_names; retained after removal)
TENANT_SECRETS = 3
# Where a tenant sends through SES (TenantConfig.sends_through_ses): its mail user and configuration
# set; identities are TenantConfig.mail_domains (one or two).
TENANT_MAIL_USERS = TENANT_MAIL_CONFIGURATION_SETS = 1
TENANT_MAIL_SECRETS = 1  # the SES SMTP credentials, where the tenant sends through SES in the stage
# Roles of a stage's shared stacks: Network 2 (VPC flow logs, default-SG custom resource),
# Cluster 11 (6, plus the deploy gate's 5: its handler role, the provider framework's onEvent,
# isComplete and onTimeout function roles and its waiter state machine's role), Platform-Services 5,
# Platform-Data 2 (the mail-credentials function and its Provider's framework function).
# The deploy gate adds 5 Lambda functions per stage (2 handlers, 3 framework) and none per tenant;
# the mail credentials 2 per stage and none per tenant. Lambda has no per-account function-count
# quota (its concurrency is discussed at MAX_ROLLOUT_CONCURRENCY).
PLATFORM_IAM_ROLES = 20
# Stacks per stage besides the tenant stacks: Network, Cluster, Platform-Data, Platform-Services,
# and GitHubOidc where the stage creates the account's provider.
PLATFORM_STACKS = 4
# The image-owning stage's PlatformImage stack: the platform image's repository and its CI role.
PLATFORM_IMAGE_STACKS = PLATFORM_IMAGE_ROLES = PLATFORM_IMAGE_REPOSITORIES = 1
# Per account and region: the CDKToolkit bootstrap stack.
BOOTSTRAP_STACKS = 1


def cached_repositories(config: PlatformConfig, stage: StageConfig) -> int:
    """Repositories the pull-through cache creates on first pull: one per upstream image path.
    Tenants' public images count once per distinct repository."""
    from drupal_platform.images import cached_image_paths

    return len(cached_image_paths(config, stage))
