"""`client-kit`: write a custom-image client's repository files (Dockerfile, workflow, README)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from drupal_platform import client_kit
from drupal_platform.cli import common
from drupal_platform.cli.common import DEFAULT_CONTEXT_FILE, DEFAULT_TENANTS_FILE, ContextFileOption, TenantsOption


def client_kit_command(
    name: Annotated[str, typer.Argument(help="Tenant with a custom image.", metavar="NAME", show_default=False)],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Directory to write into (default: ./drupal-site-NAME).", file_okay=False, show_default=False),
    ] = None,
    release_stage: Annotated[
        str | None,
        typer.Option("--release-stage", help="Stage a version tag (v*) moves (default: the tenant's last stage in cdk.json order).",
                     show_default=False),
    ] = None,
    drupal_image: Annotated[str, typer.Option("--drupal-image", help="Runtime base image.")] = client_kit.DRUPAL_IMAGE,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that exist and differ.")] = False,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Write the client repository's files for a custom-image tenant.

    A multi-stage Dockerfile (composer with --ignore-platform-reqs, then the official Drupal
    image running as www-data on 8080), a GitHub Actions workflow that assumes the tenant's
    CI role through OIDC, pushes an immutable tag to the tenant's ECR repository and opens a
    pull request against the platform repository, and a README for the client team.
    Refuses (exit 2) a tenant on the official image.
    """
    config = common.load(context_file, tenants)
    tenant = common.pick_tenant(config, name)
    if release_stage is not None:
        common.pick_stage(config, release_stage, "--release-stage")
    try:
        values = client_kit.values(config, tenant, release_stage=release_stage, drupal_image=drupal_image)
    except client_kit.KitError as exc:
        common.usage_error(str(exc), "NAME")
    files = client_kit.render(values)
    target = out if out is not None else Path(f"drupal-site-{name}")
    clashes = [p for p, text in files.items() if (target / p).exists() and (target / p).read_text() != text]
    if clashes and not force:
        common.usage_error(f"these files exist in {target} and differ: {', '.join(clashes)} (use --force to overwrite)", "--out")
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        common.say(f"wrote {path}")
    common.say(
        f"client kit for tenant '{name}': image {values.registry}/{values.repository}, "
        f"CI role {values.ci_role_arn}, pull requests to {values.organisation}/{values.platform_repository}"
    )
