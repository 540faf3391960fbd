"""The account's GitHub Actions OIDC provider, in a stack of its own.

An account has one provider per URL. The stage setting `github.createOidcProvider` says
whether this stage creates it; otherwise stacks reference `github.oidcProviderArn`. It sits
in its own stack so that no tenant owns it (removing the first custom-image tenant must not
remove every client's CI trust) and so that the cluster stack does not change for it.
"""

from __future__ import annotations

from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_iam as iam
from constructs import Construct

from drupal_platform.config import StageConfig
from drupal_platform.constructs.tenant_image import GITHUB_OIDC_HOST


class GitHubOidcStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.provider = iam.OidcProviderNative(
            self,
            "Provider",
            url=f"https://{GITHUB_OIDC_HOST}",
            client_ids=["sts.amazonaws.com"],
            # Other CI roles in the account may trust it too: never delete it with the stack.
            removal_policy=RemovalPolicy.RETAIN,
        )
