"""Which Drupal image each site runs, pinned by digest (issue 19, item 1).

A deploy must happen exactly when a site's code changes. A tag can be pushed again (a
public tag such as `11.3-php8.4-apache` moves with every patch release), and a node that
already holds a tag runs it as it is: with a bare tag the code changes without any template
change, and no deploy step would run. So the configuration carries the digest — the
client's `client.image.digest` (per stage like the tag) or, for the platform image, the
stage's `platformImage.digests` in cdk.json — and the chart renders `<repo>:<tag>@<digest>`.

Pull policy follows from it: with a digest the reference names exactly one image, so
`IfNotPresent` is right and cheap; with a bare tag the kubelet must ask the registry each
time (`Always`), or a node keeps serving whatever the tag meant when it first pulled it.
Production stages refuse unpinned images (config rules production-images-are-pinned and
production-platform-image-is-pinned); other stages are listed by the `make synth` summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from drupal_platform import platform_image

if TYPE_CHECKING:
    from drupal_platform.config import PlatformConfig, StageConfig, TenantConfig

IF_NOT_PRESENT = "IfNotPresent"
ALWAYS = "Always"


def pinned(reference: str, digest: str | None) -> str:
    """`<repo>:<tag>` -> `<repo>:<tag>@<digest>` (the tag stays for people; the runtime pulls by digest)."""
    return f"{reference}@{digest}" if digest else reference


def pull_policy(digest: str | None) -> str:
    """IfNotPresent for an image pinned by digest, Always for a bare tag (it may have moved)."""
    return IF_NOT_PRESENT if digest else ALWAYS


def digest_of(tenant: TenantConfig, stage: StageConfig) -> str | None:
    """The digest the tenant's Drupal image is pinned to in `stage`, if any."""
    if tenant.runs_platform_image:
        return stage.platform_image.digests.get(platform_image.image_tag(tenant.image_tag(stage.name)))
    return tenant.image_digest(stage.name)


@dataclass(frozen=True)
class Unpinned:
    tenant: str
    image: str  # as configured, without registry for the tenant's own and the platform's repository
    where: str  # the setting that would pin it

    def line(self) -> str:
        return f"tenant '{self.tenant}': {self.image} (set {self.where})"


def unpinned(config: PlatformConfig, stage: StageConfig) -> list[Unpinned]:
    """Running tenants of `stage` whose Drupal image is a bare tag, by tenant name."""
    out = []
    for t in sorted(config.tenants_in(stage.name), key=lambda t: t.name):
        if t.platform.state == "decommissioned" or digest_of(t, stage):
            continue
        tag = t.image_tag(stage.name)
        if t.runs_platform_image:
            ptag = platform_image.image_tag(tag)
            out.append(Unpinned(t.name, f"{platform_image.REPOSITORY}:{ptag}",
                                f"platformImage.digests.{ptag} of stage '{stage.name}' in cdk.json"))
        else:
            repo = t.client.image.repository or f"drupal-site-{t.name}"
            out.append(Unpinned(t.name, f"{repo}:{tag}", f"{t.image_digest_field(stage.name)}: "
                                f"drupal-platform tenants set-tag {t.name} {tag} --digest sha256:..."
                                + (f" --stage {stage.name}" if t.image_digest_field(stage.name) != "client.image.digest" else "")))
    return out


def report_lines(config: PlatformConfig, stage: StageConfig) -> list[str]:
    """What `make synth`'s summary prints for the stage (written beside the assembly by app.py)."""
    return [u.line() for u in unpinned(config, stage)]
