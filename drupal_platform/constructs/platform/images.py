"""Images: the ECR pull-through cache for ECR Public, and the accounts that may pull tenants' images."""

from __future__ import annotations

from aws_cdk import aws_ecr as ecr
from constructs import Construct

from drupal_platform.config import PlatformConfig, StageConfig

ECR_PUBLIC = "public.ecr.aws"


def registry(stage: StageConfig) -> str:
    return stage.registry


def cached_image(stage: StageConfig, public_image: str) -> str:
    """public.ecr.aws/<path>:<tag> -> <account>.dkr.ecr.<region>.amazonaws.com/<prefix>/<path>:<tag>."""
    if not public_image.startswith(ECR_PUBLIC + "/"):
        raise ValueError(f"{public_image!r} is not an ECR Public image (expected {ECR_PUBLIC}/<path>:<tag>)")
    return f"{registry(stage)}/{stage.pull_through_cache_prefix}/{public_image.removeprefix(ECR_PUBLIC + '/')}"


def image_pull_accounts(config: PlatformConfig, owner: StageConfig) -> list[str]:
    """Accounts of the other stages, which the owning stage's tenant repositories let pull."""
    return sorted({s.account for s in config.stages.values() if s.name != owner.name and s.account != owner.account})


class PullThroughCache(Construct):
    """Sites pull the official Drupal image through the stage's own registry: in-region, no Docker
    Hub rate limits, no credentials (ECR Public needs none). The node role may create repositories
    and import images under the prefix only (cluster stack)."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig) -> None:
        super().__init__(scope, construct_id)
        self.rule: ecr.CfnPullThroughCacheRule | None = None
        # An account has one rule per prefix and region: where stages share both, the stage with
        # createPullThroughCacheRules creates it and the others use it (validated in config.py).
        if stage.create_pull_through_cache_rules:
            self.rule = ecr.CfnPullThroughCacheRule(
                self,
                "EcrPublic",
                ecr_repository_prefix=stage.pull_through_cache_prefix,
                upstream_registry="ecr-public",
                upstream_registry_url=ECR_PUBLIC,
            )
        self.registry = registry(stage)
