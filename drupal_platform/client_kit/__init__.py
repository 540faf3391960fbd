"""The client kit: files a custom-image client's repository needs to build and release its site.

`render(...)` returns {relative path: text}; the CLI's `client-kit` command writes them.
Templates live in `templates/` with `{{kit.NAME}}` placeholders (a form that never collides
with GitHub's `${{ ... }}` expressions or shell variables); rendering fails on an unknown
or unfilled placeholder instead of shipping it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from drupal_platform import contracts
from drupal_platform.charts.tenant.files import HEALTH_DIR, HEALTH_FILE, PHP_STORAGE_DIR, database_settings_php, health_conf, installer_conf, mail_settings_php
from drupal_platform.cli import refs
from drupal_platform.config import PlatformConfig, TenantConfig

# Build and runtime images of the Dockerfile (ECR Public mirrors of the Docker official
# images: no Docker Hub rate limit). Composer 2.9 is the maintained release line.
COMPOSER_IMAGE = "public.ecr.aws/docker/library/composer:2.9"
DRUPAL_IMAGE = "public.ecr.aws/docker/library/drupal:11.3-php8.4-apache"

# Template -> path in the client repository ({web_dir} is webRoot relative to appPath).
FILES = {
    "Dockerfile": "Dockerfile",
    "dockerignore": ".dockerignore",
    "ports.conf": "docker/ports.conf",
    "vhost.conf": "docker/000-default.conf",
    "healthz.txt": "docker/healthz.txt",
    "settings.platform.php": "{web_dir}/sites/default/settings.platform.php",
    "image.yml": ".github/workflows/image.yml",
    "README.md": "README.md",
}
WORKFLOW_PATH = FILES["image.yml"]

_PLACEHOLDER = re.compile(r"\{\{kit\.([a-z_]+)\}\}")


class KitError(Exception):
    """The tenant cannot have a client kit; the message says why."""


@dataclass(frozen=True)
class KitValues:
    tenant: str
    app_path: str
    web_root: str
    web_dir: str
    region: str
    registry: str
    repository: str
    ci_role_arn: str
    organisation: str
    platform_repository: str
    client_repository: str
    release_stage: str
    main_stages: str
    trusted_host_patterns: str
    php_storage: str
    database_settings: str
    mail_settings: str
    composer_image: str
    drupal_image: str
    health_conf: str
    installer_conf: str
    health_file: str


def values(config: PlatformConfig, tenant: TenantConfig, *, release_stage: str | None = None,
           drupal_image: str = DRUPAL_IMAGE, composer_image: str = COMPOSER_IMAGE) -> KitValues:
    if not tenant.custom_image:
        raise KitError(
            f"tenant '{tenant.name}' runs the official image (platform.image.appPath is {tenant.platform.image.app_path}); "
            "a client kit is for tenants that build their own image (custom appPath/webRoot)"
        )
    own_repo = refs.image_repository_uri(config, tenant)
    configured = tenant.client.image.repository
    if configured not in (None, own_repo):
        raise KitError(
            f"tenant '{tenant.name}' pulls its image from {configured!r}, not from its ECR repository {own_repo!r}: "
            "the kit's workflow pushes to the ECR repository; remove client.image.repository to use it"
        )
    stages = [s for s in config.stages if tenant.in_stage(s)]
    release = release_stage or stages[-1]
    if release not in stages:
        raise KitError(f"tenant '{tenant.name}' does not run in stage {release!r} (its stages: {', '.join(stages)})")
    main_stages = [s for s in stages if not (s in tenant.client.overrides and tenant.client.overrides[s].image)]
    hosts: list[str] = []
    for s in stages:
        hosts += [h for h in tenant.hosts(s) if h not in hosts]
    image_stage = config.image_stage
    app_path = tenant.platform.image.app_path
    web_root = tenant.platform.image.web_root
    return KitValues(
        tenant=tenant.name,
        app_path=app_path,
        web_root=web_root,
        web_dir=web_root[len(app_path):].strip("/") or ".",
        region=image_stage.region,
        registry=refs.ecr_registry(image_stage),
        repository=contracts.image_repository_name(tenant.name),
        ci_role_arn=refs.ci_role_arn(config, tenant),
        organisation=image_stage.github.organisation,
        platform_repository=image_stage.github.platform_repository,
        client_repository=contracts.client_repository_name(tenant.name),
        release_stage=release,
        main_stages=", ".join(main_stages) or "none: every stage has an override",
        trusted_host_patterns="\n".join(f"  '{contracts.trusted_host_pattern(h)}'," for h in hosts),
        php_storage=PHP_STORAGE_DIR,
        database_settings=database_settings_php(indent="  "),
        mail_settings=mail_settings_php(),
        composer_image=composer_image,
        drupal_image=drupal_image,
        health_conf=health_conf(),
        installer_conf=installer_conf(),
        health_file=f"{HEALTH_DIR}/{HEALTH_FILE}",
    )


def _fill(template: str, name: str, v: KitValues) -> str:
    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        if not hasattr(v, key):
            raise KeyError(f"template {name}: unknown placeholder {{{{kit.{key}}}}}")
        return str(getattr(v, key))

    out = _PLACEHOLDER.sub(one, template)
    if "{{kit." in out:
        raise ValueError(f"template {name}: unfilled placeholder left")
    return out


def render(v: KitValues) -> dict[str, str]:
    """{path in the client repository: content}."""
    folder = resources.files(__package__) / "templates"
    return {
        path.format(web_dir=v.web_dir): _fill((folder / template).read_text(), template, v)
        for template, path in FILES.items()
    }
