"""A custom-image tenant's ECR repository and the client CI role that pushes to it.

Created only in the stage that owns image repositories; the other stages pull from it
(cross-account pull in the repository policy). A new image reaches dev by a pull request
changing the tag, and prod by one changing `overrides.prod`: CI only pushes images, it never
deploys. The repository is RETAINed with its images when the tenant is removed.
"""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import contracts, nag
from drupal_platform.config import StageConfig, TenantConfig

GITHUB_OIDC_HOST = "token.actions.githubusercontent.com"
UNTAGGED_IMAGE_DAYS = 14
KEPT_IMAGES = 200


def github_oidc_provider_arn(stage: StageConfig) -> str:
    """The account's GitHub OIDC provider: created by the GitHubOidc stack, or the configured one."""
    if stage.github.create_oidc_provider:
        return f"arn:aws:iam::{stage.account}:oidc-provider/{GITHUB_OIDC_HOST}"
    return stage.github.oidc_provider_arn  # validated present by config


def ci_subjects(stage: StageConfig, tenant: str) -> list[str]:
    repo = f"{stage.github.organisation}/{contracts.client_repository_name(tenant)}"
    return [f"repo:{repo}:ref:refs/heads/main", f"repo:{repo}:ref:refs/tags/*"]


class TenantImageRepository(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        stage: StageConfig,
        tenant: TenantConfig,
        pull_accounts: list[str],
        with_ci_role: bool = True,
    ) -> None:
        super().__init__(scope, construct_id)
        self.repository = ecr.Repository(
            self,
            "Repository",
            repository_name=contracts.image_repository_name(tenant.name),
            image_scan_on_push=True,
            # KMS with the AWS-managed aws/ecr key: ECR decrypts for every puller it authorises,
            # so the other stages' accounts pull through the repository policy alone. Fixed at
            # creation: changing it later replaces the repository.
            encryption=ecr.RepositoryEncryption.KMS,
            # Tags are the deployment contract (tenants.yaml names them): a tag never moves.
            image_tag_mutability=ecr.TagMutability.IMMUTABLE,
            removal_policy=RemovalPolicy.RETAIN,
            empty_on_delete=False,
            lifecycle_rules=[
                ecr.LifecycleRule(
                    rule_priority=1,
                    description=f"untagged layers of failed or superseded builds go after {UNTAGGED_IMAGE_DAYS} days",
                    tag_status=ecr.TagStatus.UNTAGGED,
                    max_image_age=Duration.days(UNTAGGED_IMAGE_DAYS),
                ),
                ecr.LifecycleRule(
                    rule_priority=2,
                    description=f"keep the newest {KEPT_IMAGES} images (far more than any stage can still run)",
                    tag_status=ecr.TagStatus.ANY,
                    max_image_count=KEPT_IMAGES,
                ),
            ],
        )
        for account in sorted(set(pull_accounts) - {stage.account}):
            # Other stages' nodes pull this tenant's images; their node role grants ecr:* pulls.
            self.repository.add_to_resource_policy(
                iam.PolicyStatement(
                    sid=f"Pull{account}",
                    principals=[iam.AccountPrincipal(account)],
                    actions=["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"],
                )
            )
        self.ci_role: iam.Role | None = None
        if with_ci_role:
            self.ci_role = iam.Role(
                self,
                "CiRole",
                role_name=contracts.ci_role_name(stage.name, tenant.name),
                description=f"GitHub Actions of {stage.github.organisation}/{contracts.client_repository_name(tenant.name)}: push images",
                max_session_duration=Duration.hours(1),
                assumed_by=iam.WebIdentityPrincipal(
                    github_oidc_provider_arn(stage),
                    conditions={
                        "StringEquals": {f"{GITHUB_OIDC_HOST}:aud": "sts.amazonaws.com"},
                        # Only the client's repository, and only its main branch and tags.
                        "StringLike": {f"{GITHUB_OIDC_HOST}:sub": ci_subjects(stage, tenant.name)},
                    },
                ),
            )
            self.repository.grant_push(self.ci_role)
            # The workflow skips a tag that exists and reads the pushed tag's digest (README "Pinned
            # images"); grant_push (aws-cdk-lib 2.275) does not include DescribeImages.
            self.repository.grant(self.ci_role, "ecr:DescribeImages")
            nag.acknowledge(
                self.ci_role,
                "AwsSolutions-IAM5[Resource::*]",
                "ecr:GetAuthorizationToken has no resource-level permissions; every other push action is limited to this tenant's repository",
            )
