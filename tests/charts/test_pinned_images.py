"""Pinned images (issue 19 item 1): every container running the site's code names the configured
digest, and pulls by it with IfNotPresent; a bare tag is pulled Always (it may have moved)."""

from __future__ import annotations

import pytest

from drupal_platform import pins, platform_image
from drupal_platform.config import TenantConfig
from drupal_platform.images import mirrored, parse

from .conftest import CASES, make_refs, rendered

DIGEST = "sha256:" + "ab" * 32


def _drupal_containers(manifests: list[dict]) -> list[dict]:
    """Every container and init container whose image is the site's Drupal image (Deployment, CronJob, Jobs)."""
    out = []
    for m in manifests:
        spec = m.get("spec", {})
        pod = spec.get("jobTemplate", {}).get("spec", {}).get("template", {}).get("spec") or spec.get("template", {}).get("spec")
        for c in (pod or {}).get("containers", []) + (pod or {}).get("initContainers", []):
            if "drupal-platform/drupal:" in c["image"] or "/drupal-site-" in c["image"] or "/library/drupal:" in c["image"]:
                out.append(c)
    return out


@pytest.mark.parametrize(("tenant", "stage"), CASES)
def test_the_drupal_image_is_pinned_exactly_where_configured(config, tenant, stage):
    t, s = config.tenants[tenant], config.stages[stage]
    containers = _drupal_containers(rendered(config, t, stage))
    assert containers, "the site's Deployment runs the Drupal image"
    digest = pins.digest_of(t, s)
    for c in containers:
        if digest:
            assert c["image"].endswith(f":{t.image_tag(stage) if not t.runs_platform_image else platform_image.image_tag(t.image_tag(stage))}@{digest}")
            assert c["imagePullPolicy"] == "IfNotPresent"
        else:
            assert "@" not in c["image"] and c["imagePullPolicy"] == "Always"
    # prod is a production stage: the example pins every site there (validation requires it)
    assert digest is not None or not s.production


def test_the_override_digest_goes_with_the_override_tag_only(config):
    data = config.tenants["beta"].model_dump(by_alias=True, exclude_none=True)
    data["client"]["overrides"]["dev"]["image"] = {"tag": "v2"}  # a dev tag without a digest
    beta = TenantConfig.model_validate(data)
    assert beta.image_digest("dev") is None and beta.image_digest("prod") == config.tenants["beta"].client.image.digest
    dev = _drupal_containers(rendered(config, beta, "dev"))
    assert {c["image"] for c in dev} == {"222222222222.dkr.ecr.eu-west-1.amazonaws.com/drupal-site-beta:v2"}
    data["client"]["overrides"]["dev"]["image"]["digest"] = DIGEST
    dev = _drupal_containers(rendered(config, TenantConfig.model_validate(data), "dev"))
    assert {(c["image"], c["imagePullPolicy"]) for c in dev} == {
        (f"222222222222.dkr.ecr.eu-west-1.amazonaws.com/drupal-site-beta:v2@{DIGEST}", "IfNotPresent")}


def test_a_public_image_keeps_tag_and_digest_through_the_pull_through_cache(config):
    stage = config.stages["dev"]
    assert parse(f"public.ecr.aws/acme/drupal:1.0@{DIGEST}") == ("public.ecr.aws", "acme/drupal", f":1.0@{DIGEST}")
    assert parse(f"drupal@{DIGEST}") == ("docker.io", "library/drupal", f"@{DIGEST}")
    assert parse("drupal") == ("docker.io", "library/drupal", ":latest")
    assert mirrored(stage, f"public.ecr.aws/acme/drupal:1.0@{DIGEST}") == f"{stage.registry}/ecr-public/acme/drupal:1.0@{DIGEST}"


def test_the_platform_image_digest_is_the_stages_own(config):
    # dev pins nothing: alpha runs the bare tag there and the summary lists it (pins.unpinned)
    alpha, dev, prod = config.tenants["alpha"], config.stages["dev"], config.stages["prod"]
    assert pins.digest_of(alpha, dev) is None
    assert [u.line() for u in pins.unpinned(config, dev)] == [  # beta's base digest applies in dev too (no tag override)
        "tenant 'alpha': drupal-platform/drupal:11.3-php8.4-apache-drush13.7.0 "
        "(set platformImage.digests.11.3-php8.4-apache-drush13.7.0 of stage 'dev' in cdk.json)"]
    assert pins.unpinned(config, prod) == []
    pinned_dev = dev.model_copy(update={"platform_image": prod.platform_image})
    assert pins.digest_of(alpha, pinned_dev) == prod.platform_image.digests[platform_image.image_tag(alpha.image_tag("dev"))]
    images = {c["image"] for c in _drupal_containers(rendered(config, alpha, "prod", make_refs()))}
    assert images == {f"222222222222.dkr.ecr.eu-west-1.amazonaws.com/drupal-platform/drupal:11.3.1-php8.4-apache-drush13.7.0@"
                      f"{prod.platform_image.digests['11.3.1-php8.4-apache-drush13.7.0']}"}
