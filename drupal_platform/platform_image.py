"""The platform's standard Drupal image: the pinned official image plus a pinned drush.

Standard tenants (appPath /opt/drupal) run it, so no pod fetches drush from packagist at
run time (issue 15, item 5). `images/drupal/Dockerfile` builds it; the platform's CI
(`.github/workflows/platform-image.yml`) builds one image per pinned official tag and
pushes it to the image-owning stage's ECR repository `drupal-platform/drupal` (created by
that stage's PlatformImage stack, RETAINed, tags IMMUTABLE), assuming a role through
GitHub's OIDC provider exactly as the client kit does.

An offline synth needs no registry: the reference is computed from these pins -
`<registry>/drupal-platform/drupal:<official tag>-drush<DRUSH_VERSION>` - and an
immutable tag is as good as a digest. Changing a pin here changes every standard
tenant's image at the next deploy, so push first (the workflow runs on the commit that
changes this file) and deploy after its run is green.
"""

from __future__ import annotations

# ECR repository (in the image-owning stage's account) and where the images come from.
REPOSITORY = "drupal-platform/drupal"
OFFICIAL_IMAGE = "public.ecr.aws/docker/library/drupal"  # Docker Hub's official image, mirrored by ECR Public
# Official tags the platform builds; a standard tenant's client.image.tag must be one of them.
OFFICIAL_TAGS: tuple[str, ...] = ("11.3.0-php8.4-apache", "11.3.1-php8.4-apache")
DRUSH_VERSION = "13.7.0"
# Directories under /opt/drupal the image adds: settings.php points config_sync_directory at
# ../config/sync, and Drupal's installer only trusts a pre-configured settings.php (it never
# tries to write it) when that directory exists. The image is read-only in the pod.
IMAGE_DIRECTORIES: tuple[str, ...] = ("config/sync",)
# The standard image's layout (the official image's): drush is <APP_PATH>/vendor/bin/drush.
APP_PATH = "/opt/drupal"


def image_tag(official_tag: str) -> str:
    """The platform image's tag for an official tag (immutable in ECR)."""
    return f"{official_tag}-drush{DRUSH_VERSION}"


def image_reference(registry: str, official_tag: str) -> str:
    return f"{registry}/{REPOSITORY}:{image_tag(official_tag)}"
