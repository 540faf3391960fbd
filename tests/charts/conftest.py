"""Fixtures of the tenant chart tests: the example tenants rendered for their stages.

Uses the lead's `config` fixture (tests/conftest.py: cdk.json stages + tenants.yaml).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drupal_platform.config import PlatformConfig, TenantConfig
from drupal_platform.contracts import PlatformRefs

# jsii runs on Node 24 from the venv when it is there (the system Node 20 prints a banner).
_VENV_NODE = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "node"
if _VENV_NODE.exists():
    os.environ.setdefault("JSII_NODE", str(_VENV_NODE))

from drupal_platform.charts.tenant import render_tenant  # noqa: E402


def make_refs(stage_account: str = "222222222222") -> PlatformRefs:
    return PlatformRefs(
        tenant_role_arn=f"arn:aws:iam::{stage_account}:role/tenant-role",
        wildcard_certificate_arn=f"arn:aws:acm:eu-west-1:{stage_account}:certificate/11111111-2222-3333-4444-555555555555",
        backup_bucket=f"drupal-backups-{stage_account}",
        waf_acl_arn=f"arn:aws:wafv2:eu-west-1:{stage_account}:regional/webacl/drupal/abcd",
        image_registry="222222222222.dkr.ecr.eu-west-1.amazonaws.com",
    )


# (tenant, stage) pairs the snapshots and validators cover: every example tenant in every stage it is in.
CASES = [("alpha", "dev"), ("alpha", "prod"), ("beta", "dev"), ("beta", "prod"), ("gamma", "prod")]


@pytest.fixture(scope="session")
def refs() -> PlatformRefs:
    return make_refs()


_cache: dict[tuple[str, str, str], list[dict]] = {}


def rendered(config: PlatformConfig, tenant: TenantConfig | str, stage: str, refs: PlatformRefs | None = None) -> list[dict]:
    t = config.tenants[tenant] if isinstance(tenant, str) else tenant
    key = (t.model_dump_json(), stage, repr(refs))
    if key not in _cache:
        _cache[key] = render_tenant(t, config.stages[stage], refs or make_refs(config.stages[stage].account))
    return _cache[key]


@pytest.fixture(scope="session")
def render(config):
    """render(tenant_or_name, stage, refs=None) -> manifests (cached)."""
    return lambda tenant, stage, refs=None: rendered(config, tenant, stage, refs)


@pytest.fixture(scope="session")
def all_manifests(config) -> dict[tuple[str, str], list[dict]]:
    return {(t, s): rendered(config, t, s) for t, s in CASES}


def with_platform(config: PlatformConfig, name: str, **changes) -> TenantConfig:
    """A copy of an example tenant with platform fields changed (validated again)."""
    t = config.tenants[name]
    data = t.model_dump(by_alias=True, exclude_none=True)
    for path, value in changes.items():
        node = data
        keys = path.split(".")
        for k in keys[:-1]:
            node = node.setdefault(k, {})
        node[keys[-1]] = value
    return TenantConfig.model_validate(data)


def find(manifests: list[dict], kind: str, name: str | None = None) -> dict:
    hits = [m for m in manifests if m["kind"] == kind and (name is None or m["metadata"]["name"] == name)]
    assert len(hits) == 1, f"expected one {kind} {name or ''}, found {len(hits)}"
    return hits[0]


def kinds(manifests: list[dict]) -> set[str]:
    return {m["kind"] for m in manifests}
