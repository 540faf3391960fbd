"""Images: the ECR pull-through cache rules of every upstream registry the platform pulls from,
and the accounts that may pull tenants' images."""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_ecr as ecr
from constructs import Construct

from drupal_platform.config import PlatformConfig, StageConfig
from drupal_platform.images import ECR_PUBLIC, UPSTREAMS, mirrored, registry


def cached_image(stage: StageConfig, public_image: str) -> str:
    """public.ecr.aws/<path>:<tag> -> <account>.dkr.ecr.<region>.amazonaws.com/<prefix>/<path>:<tag>."""
    if not public_image.startswith(ECR_PUBLIC + "/"):
        raise ValueError(f"{public_image!r} is not an ECR Public image (expected {ECR_PUBLIC}/<path>:<tag>)")
    return mirrored(stage, public_image)


def image_pull_accounts(config: PlatformConfig, owner: StageConfig) -> list[str]:
    """Accounts of the other stages, which the owning stage's tenant repositories let pull."""
    return sorted({s.account for s in config.stages.values() if s.name != owner.name and s.account != owner.account})


class PullThroughCache(Construct):
    """Every image reaches the nodes through the stage's own registry: in-region, over the VPC
    endpoint, fetched from upstream once per image rather than once per node, and clear of
    Docker Hub's anonymous pull limit. One rule per upstream registry (drupal_platform/images.py);
    Docker Hub and GHCR authenticate with the secrets named in registryCredentials. The node
    role may create repositories and import images under these prefixes only (cluster stack)."""

    def __init__(self, scope: Construct, construct_id: str, *, stage: StageConfig) -> None:
        super().__init__(scope, construct_id)
        self.rules: dict[str, ecr.CfnPullThroughCacheRule] = {}
        # An account has one rule per prefix and region: where stages share both, the stage with
        # createPullThroughCacheRules creates them and the others use them (validated in config.py).
        for upstream in UPSTREAMS.values() if stage.create_pull_through_cache_rules else ():
            secret = upstream.credential_secret(stage)
            self.rules[upstream.registry] = ecr.CfnPullThroughCacheRule(
                self,
                # "EcrPublic" is the first rule's original ID: kept so that it is not replaced.
                "EcrPublic" if upstream.registry == "ecr-public" else "".join(p.title() for p in upstream.registry.split("-")),
                ecr_repository_prefix=upstream.prefix_in(stage),
                upstream_registry=upstream.registry,
                upstream_registry_url=upstream.url,
                credential_arn=f"arn:{Stack.of(self).partition}:secretsmanager:{stage.region}:{stage.account}:secret:{secret}" if secret else None,
            )
        self.rule = self.rules.get("ecr-public")
        self.registry = registry(stage)
