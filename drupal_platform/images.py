"""Where every container image comes from and the path nodes pull it by: the stage's ECR
pull-through cache.

Nodes never pull from a public registry directly. 1,000 sites restarting together behind one
to three NAT addresses would exceed Docker Hub's anonymous pull limit (and pull the same
layers a thousand times over the internet); through the cache each image is fetched from
upstream once per stage, then served in-region over the VPC endpoint. Docker Hub and the
GitHub Container Registry need credentials for a pull-through rule: a Secrets Manager secret
whose name starts with `ecr-pullthroughcache/`, named in the stage configuration
(`registryCredentials`) and created by hand (README, "Registry credentials").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drupal_platform.config import PlatformConfig, StageConfig

DOCKER_HUB = "docker.io"
ECR_PUBLIC = "public.ecr.aws"


@dataclass(frozen=True)
class Upstream:
    """One ECR pull-through cache rule: an upstream registry and the repository prefix it fills."""

    host: str  # as image references name it
    registry: str  # AWS::ECR::PullThroughCacheRule UpstreamRegistry
    url: str  # UpstreamRegistryUrl
    prefix: str  # EcrRepositoryPrefix ("" = the stage's pullThroughCachePrefix)
    credentials: str | None  # StageConfig.registry_credentials field holding the secret's name

    def prefix_in(self, stage: StageConfig) -> str:
        return self.prefix or stage.pull_through_cache_prefix

    def credential_secret(self, stage: StageConfig) -> str | None:
        return getattr(stage.registry_credentials, self.credentials) if self.credentials else None


UPSTREAMS: dict[str, Upstream] = {
    u.host: u
    for u in (
        Upstream(ECR_PUBLIC, "ecr-public", ECR_PUBLIC, "", None),
        Upstream(DOCKER_HUB, "docker-hub", "registry-1.docker.io", "docker-hub", "docker_hub"),
        Upstream("quay.io", "quay", "quay.io", "quay", None),
        Upstream("registry.k8s.io", "k8s", "registry.k8s.io", "k8s", None),
        Upstream("ghcr.io", "github-container-registry", "ghcr.io", "github", "github"),
    )
}


class UnmirroredImage(ValueError):
    """An image from a registry no pull-through rule covers."""


def parse(image: str) -> tuple[str, str, str]:
    """(registry host, repository path, `:tag`, `@digest` or `:tag@digest`) with Docker's defaults spelled out:
    `percona/x:1` is docker.io/percona/x:1 and `mysql:8` is docker.io/library/mysql:8."""
    first, _, rest = image.partition("/")
    if rest and ("." in first or ":" in first or first == "localhost"):
        host, remainder = first, rest
    else:
        host, remainder = DOCKER_HUB, image
    remainder, at, digest = remainder.partition("@")
    path, sep, tag = remainder.rpartition(":")
    if not sep or "/" in tag:
        path, tag = remainder, ("" if at else "latest")
    # `repo:tag@sha256:...` (a pinned image, drupal_platform/pins.py) keeps both.
    ref = (":" + tag if tag else "") + (at + digest)
    if host == DOCKER_HUB and "/" not in path:
        path = f"library/{path}"
    return host, path, ref


def registry(stage: StageConfig) -> str:
    return f"{stage.account}.dkr.ecr.{stage.region}.amazonaws.com"


def upstream_of(image: str) -> Upstream:
    host, _, _ = parse(image)
    try:
        return UPSTREAMS[host]
    except KeyError:
        raise UnmirroredImage(
            f"{image!r} is on {host}, which no ECR pull-through cache rule covers (covered: {', '.join(sorted(UPSTREAMS))})"
        ) from None


def cache_repository(stage: StageConfig, image: str) -> str:
    """The repository the pull-through cache creates for `image` (without registry or tag)."""
    host, path, _ = parse(image)
    return f"{upstream_of(image).prefix_in(stage)}/{path}"


def mirrored(stage: StageConfig, image: str) -> str:
    """docker.io/percona/x:1 -> <account>.dkr.ecr.<region>.amazonaws.com/docker-hub/percona/x:1."""
    _, _, ref = parse(image)
    return f"{registry(stage)}/{cache_repository(stage, image)}{ref}"


def mirrored_parts(stage: StageConfig, image: str) -> tuple[str, str, str]:
    """(registry, repository, tag) of the mirrored image, for Helm values that split them."""
    _, _, ref = parse(image)
    return registry(stage), cache_repository(stage, image), ref.lstrip(":@")


@dataclass(frozen=True)
class PinnedImage:
    image: str  # upstream reference, registry spelled out
    used_by: str  # where the platform runs it


def platform_images() -> list[PinnedImage]:
    """Every image the platform pins: the tenant chart's and the platform services'."""
    from drupal_platform import versions as v

    return [
        PinnedImage(v.PERCONA_MYSQL_IMAGE, "tenant chart: MySQL (PerconaServerMySQL spec.mysql.image)"),
        PinnedImage(v.PERCONA_ROUTER_IMAGE, "tenant chart: MySQL Router, HA databases (spec.proxy.router.image)"),
        PinnedImage(v.PERCONA_INIT_IMAGE, "tenant chart: operator init containers (spec.initContainer.image)"),
        PinnedImage(v.PERCONA_XTRABACKUP_IMAGE, "tenant chart: xtrabackup (spec.backup.image; backups disabled)"),
        PinnedImage(v.MYSQL_CLIENT_IMAGE, "tenant chart: db-init, dump and debug containers"),
        PinnedImage(v.AWS_CLI_IMAGE, "tenant chart: dump upload"),
        PinnedImage(v.EXPORTER_IMAGE, "tenant chart: mysqld-exporter"),
        *(PinnedImage(image, f"platform: {where}") for image, where in v.PLATFORM_IMAGES.items()),
    ]


def tenant_images(tenant) -> set[str]:
    """A tenant's public Drupal images (every stage's tag); its own repository is not cached."""
    repo = tenant.client.image.repository
    if not repo:
        return set()
    tags = {tenant.client.image.tag} | {o.image.tag for o in tenant.client.overrides.values() if o.image}
    return {f"{repo}:{tag}" for tag in tags}


def helm_image(stage: StageConfig, image: str, *, split_registry: bool = False) -> dict[str, str]:
    """Helm values for an image through the cache: {repository, tag}, or {registry, repository,
    tag} for charts that join registry and repository themselves."""
    registry_, repository, tag = mirrored_parts(stage, image)
    if split_registry:
        prefix, _, path = repository.partition("/")
        return {"registry": f"{registry_}/{prefix}", "repository": path, "tag": tag}
    return {"repository": f"{registry_}/{repository}", "tag": tag}


def cached_image_paths(config: PlatformConfig, stage: StageConfig) -> set[str]:
    """Every cache repository the stage's nodes fill: the platform's pinned images and tenants'
    public Drupal images (one repository per path, whatever the tags)."""
    paths = {cache_repository(stage, i.image) for i in platform_images()}
    for t in config.tenants_in(stage.name):
        for image in tenant_images(t):
            try:
                paths.add(cache_repository(stage, image))
            except UnmirroredImage:
                continue  # pulled from its own registry: no cache repository
    return paths
