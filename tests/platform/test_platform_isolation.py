"""Adding a tenant changes no platform template (byte for byte), and snapshots of both templates."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import TENANTS, stages_raw, synth, Assembly
from drupal_platform.config import load_config

ASSET_HASH = re.compile(r"[0-9a-f]{64}")
PLATFORM_STACKS = ["dev/Platform-Data", "dev/Platform-Services", "prod/Platform-Data", "prod/Platform-Services"]


@pytest.fixture(scope="module")
def with_extra_tenant(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("extra-tenant")
    body = yaml.safe_load(TENANTS.read_text())
    body["tenants"]["delta"] = {
        "stages": ["dev", "prod"],
        "platform": {"tier": "small", "placement": {"dedicated": True, "instanceTypes": ["m7i.large"], "minSize": 1, "maxSize": 2}},
        "client": {
            "image": {"repository": "public.ecr.aws/docker/library/drupal", "tag": "11.3-php8.4-apache"},
            "ingress": {"hosts": ["delta.sites.example.com"]},
            "overrides": {"dev": {"ingress": {"hosts": ["delta.dev.sites.example.com"]}}},
        },
    }
    tenants = tmp / "tenants.yaml"
    tenants.write_text(yaml.safe_dump(body, sort_keys=False))
    config = load_config(stages_raw(), tenants, clients_dir=TENANTS.parent / "clients")
    assert "delta" in config.tenants
    out = tmp / "cdk.out"
    return Assembly(synth(config, out), out)


@pytest.mark.slow
@pytest.mark.parametrize("name", PLATFORM_STACKS)
def test_adding_a_tenant_leaves_platform_templates_identical(assembly, with_extra_tenant, name):
    assert any(n.endswith("/Tenant-delta") for n in with_extra_tenant.names())
    assert with_extra_tenant.template_path(name).read_bytes() == assembly.template_path(name).read_bytes()


def _normalised(template: dict) -> str:
    return ASSET_HASH.sub("<asset-hash>", yaml.safe_dump(template, sort_keys=True, width=200))


@pytest.mark.parametrize("name", PLATFORM_STACKS)
def test_platform_template_snapshot(assembly, snapshot, name):
    assert _normalised(assembly.template(name)) == snapshot
