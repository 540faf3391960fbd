"""The platform's standard Drupal image: an official Drupal image plus a pinned drush.

Tenants whose `client.image.repository` is the official `drupal` image run this image
instead, so no pod fetches drush from packagist at run time (issue 15, item 5).
`images/drupal/Dockerfile` builds it; the platform's CI (`.github/workflows/platform-image.yml`)
builds one image per official tag that tenants.yaml uses and pushes it to the image-owning
stage's ECR repository `drupal-platform/drupal` (the PlatformImage stack: RETAINed, tags
IMMUTABLE), assuming a role through GitHub's OIDC provider as the client kit does.

How the reference reaches an offline synth: it is computed, never looked up -
`<image stage's registry>/drupal-platform/drupal:<official tag>-drush<DRUSH_VERSION>`,
followed by `@<digest>` when the stage pins that tag in cdk.json (`platformImage.digests`,
keyed by this image tag; required in production stages, drupal_platform/pins.py). The
workflow prints each tag's digest. Order: the image-owning stage's PlatformImage stack exists
before the workflow's first push, and a tag is pushed before a deploy uses it (README,
"The platform image").
"""

from __future__ import annotations

import json
import sys

# ECR repository (in the image-owning stage's account).
REPOSITORY = "drupal-platform/drupal"
# What the image is built from, and the names under which tenants.yaml may refer to it.
OFFICIAL_IMAGE = "public.ecr.aws/docker/library/drupal"  # Docker Hub's official image via ECR Public
OFFICIAL_REPOSITORIES: tuple[str, ...] = (OFFICIAL_IMAGE, "docker.io/library/drupal", "library/drupal", "drupal")
# drush 13.7 supports Drupal 10.4+ and 11; bump to rebuild every tag with a new drush.
DRUSH_VERSION = "13.7.0"
# Directories under /opt/drupal the image adds: settings.php points config_sync_directory at
# ../config/sync, and Drupal's installer trusts a pre-configured (read-only) settings.php
# only when that directory exists.
IMAGE_DIRECTORIES: tuple[str, ...] = ("config/sync",)
# Drupal's cron checks that the sync directory holds its deny-all .htaccess and, unable to
# write it into a read-only image, logs a security error on every run: the image carries it,
# written by Drupal's own code (run in /opt/drupal at build time; the runtime tests run it too).
PROTECT_SYNC_DIRECTORY_PHP = ('require "vendor/autoload.php"; '
                              '\\Drupal\\Component\\FileSecurity\\FileSecurity::writeHtaccess("config/sync");')
APP_PATH = "/opt/drupal"  # drush is <APP_PATH>/vendor/bin/drush


def image_tag(official_tag: str) -> str:
    """The platform image's tag for an official tag (immutable in ECR)."""
    return f"{official_tag}-drush{DRUSH_VERSION}"


def image_reference(registry: str, official_tag: str) -> str:
    return f"{registry}/{REPOSITORY}:{image_tag(official_tag)}"


def official_tags(config) -> list[str]:
    """Every official tag a tenant in any stage runs: the images CI must have pushed."""
    tags = set()
    for tenant in config.tenants.values():
        if not tenant.runs_platform_image:
            continue
        for stage in config.stages:
            if tenant.in_stage(stage):
                tags.add(tenant.image_tag(stage))
    return sorted(tags)


def main(argv: list[str] | None = None) -> int:
    """`python -m drupal_platform.platform_image` prints the build matrix (the workflow's input)."""
    from pathlib import Path

    from drupal_platform.config import load_config

    root = Path(argv[0]) if argv else Path(".")
    stages = json.loads((root / "cdk.json").read_text())["context"]["stages"]
    config = load_config(stages, root / "tenants.yaml")
    print(json.dumps({"official_tag": official_tags(config), "drush": [DRUSH_VERSION]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
