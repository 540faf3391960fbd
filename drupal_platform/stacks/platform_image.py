"""The platform's standard image repository and the CI role that pushes to it (issue 15, item 5).

Only in the stage that owns image repositories; every stage's nodes pull from it (cross-account
pull in the repository policy). Its own small stack, deployed before any tenant stack of that
stage, so that the repository exists before the platform workflow's first push - and the
repository and its images are RETAINed: no stack change can remove the images sites run.
"""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform import contracts, nag, platform_image
from drupal_platform.config import StageConfig
from drupal_platform.constructs.tenant_image import GITHUB_OIDC_HOST, github_oidc_provider_arn

UNTAGGED_IMAGE_DAYS = 14


class PlatformImageStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, pull_accounts: list[str], **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.repository = ecr.Repository(
            self,
            "Repository",
            repository_name=platform_image.REPOSITORY,
            image_scan_on_push=True,
            encryption=ecr.RepositoryEncryption.KMS,  # aws/ecr: other accounts pull through the policy alone
            # A tag is the pin every offline synth computes: it never moves.
            image_tag_mutability=ecr.TagMutability.IMMUTABLE,
            removal_policy=RemovalPolicy.RETAIN,
            empty_on_delete=False,
            # No count-based expiry: a tenant may run an old tag for years. Only untagged
            # layers of failed builds go.
            lifecycle_rules=[ecr.LifecycleRule(
                rule_priority=1, description=f"untagged layers of failed builds go after {UNTAGGED_IMAGE_DAYS} days",
                tag_status=ecr.TagStatus.UNTAGGED, max_image_age=Duration.days(UNTAGGED_IMAGE_DAYS))],
        )
        for account in sorted(set(pull_accounts) - {stage.account}):
            self.repository.add_to_resource_policy(iam.PolicyStatement(
                sid=f"Pull{account}", principals=[iam.AccountPrincipal(account)],
                actions=["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]))
        repo = f"{stage.github.organisation}/{stage.github.platform_repository}"
        self.ci_role = iam.Role(
            self,
            "CiRole",
            role_name=contracts.PLATFORM_IMAGE_CI_ROLE,
            description=f"GitHub Actions of {repo}: push the platform's standard Drupal image",
            max_session_duration=Duration.hours(1),
            assumed_by=iam.WebIdentityPrincipal(
                github_oidc_provider_arn(stage),
                conditions={
                    "StringEquals": {f"{GITHUB_OIDC_HOST}:aud": "sts.amazonaws.com",
                                     # Only the platform repository's main branch.
                                     f"{GITHUB_OIDC_HOST}:sub": f"repo:{repo}:ref:refs/heads/main"},
                },
            ),
        )
        self.repository.grant_push(self.ci_role)
        self.repository.grant(self.ci_role, "ecr:DescribeImages")  # the workflow skips tags that exist
        nag.acknowledge(
            self.ci_role,
            "AwsSolutions-IAM5[Resource::*]",
            "ecr:GetAuthorizationToken has no resource-level permissions; every other push action is limited to the platform image repository",
        )
