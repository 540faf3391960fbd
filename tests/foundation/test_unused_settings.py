"""drupal_platform/unused_settings.py cannot drift from the renderer.

For each state with a list: every listed setting, given other values, leaves the tenant's
whole output unchanged (its stack templates in a stage that owns image repositories and in
one that catches mail — the chart manifests are inside them); every setting NOT listed
changes it with at least one value. The settings are enumerated from the schema, so a new
field without a case here fails the test. And the rule refuses exactly the listed settings of a
decommissioned tenant, with the reason, and nothing for a suspended one.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args, get_origin

import aws_cdk as cdk
import pytest
import yaml
from pydantic import BaseModel

from drupal_platform import unused_settings
from drupal_platform.config import PlatformConfig, TenantConfig
from drupal_platform.stacks.cluster import cluster_name
from drupal_platform.stacks.tenant import TenantStack, stack_id
from drupal_platform.validation import validate
from tests.conftest import cdk_context, example_config, stages_raw

STAGES = ("dev", "prod")  # dev catches mail; prod owns the image repositories
CERT = "arn:aws:acm:eu-west-1:222222222222:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
CERT_2 = "arn:aws:acm:eu-west-1:222222222222:certificate/11111111-2222-3333-4444-555555555555"

# The tenant every case starts from: custom image on dedicated nodes, HA database, an operate
# grant, a certificate, overrides, autoscaling and cron — every setting written.
BASE: dict[str, Any] = {
    "stages": list(STAGES),
    "platform": {
        "tier": "large",
        "placement": {"dedicated": True, "instanceTypes": ["m7i.large"], "minSize": 1, "maxSize": 2},
        "database": {"storage": "20Gi", "highAvailability": True},
        "image": {"appPath": "/var/www/html", "webRoot": "/var/www/html/web"},
        "loadBalancer": "shared-1",
        "certificateArns": [CERT],
        "access": [{"principal": "arn:aws:iam::222222222222:role/t-operators", "level": "operate"}],
        "mail": {"fromDomain": "mail.example.org", "realSendingStages": []},
    },
    "client": {
        "image": {"repository": "public.ecr.aws/docker/library/drupal", "tag": "2026.11.20-1"},
        "ingress": {"hosts": ["www.client.example.org"]},
        "replicaCount": 2,
        "overrides": {"dev": {"image": {"tag": "dev-1"}, "replicaCount": 1, "ingress": {"hosts": ["t.dev.sites.example.com"]}}},
        "autoscaling": {"enabled": False, "minReplicas": 2, "maxReplicas": 4, "targetCPUUtilizationPercentage": 70},
        "cron": {"enabled": True, "schedule": "H/15 * * * *"},
        "deploy": {"maintenanceMode": False},
    },
}

# Other values per setting (path as written; '*' in overrides is the stage 'dev'). A listed
# setting must give the same output for every one; an unlisted one must differ for at least one.
VARIANTS: dict[str, list[Any]] = {
    "platform.tier": ["medium"],
    "platform.placement.dedicated": [False],
    "platform.placement.instanceTypes": [["m7i.xlarge"]],
    "platform.placement.minSize": [2],
    "platform.placement.maxSize": [5],
    "platform.database.storage": ["30Gi"],
    "platform.database.highAvailability": [False],
    "platform.image.appPath": ["/opt/drupal"],  # with webRoot /var/www/html below
    "platform.image.webRoot": ["/var/www/html/docroot"],
    "platform.loadBalancer": ["shared-2"],
    "platform.certificateArns": [[CERT_2]],
    "platform.access": [[], [{"principal": "arn:aws:iam::222222222222:role/t-viewers", "level": "view"}]],
    "platform.mail.fromDomain": ["other.example.org"],
    "platform.mail.realSendingStages": [["dev"]],
    "client.image.repository": [None],
    "client.image.tag": ["2026.12.01-1"],
    "client.ingress.hosts": [["t.sites.example.com"]],
    "client.replicaCount": [3],
    "client.overrides.*.image.tag": ["dev-2"],
    "client.overrides.*.replicaCount": [3],
    "client.overrides.*.ingress.hosts": [["t2.dev.sites.example.com"]],
    "client.autoscaling.enabled": [True],
    "client.autoscaling.minReplicas": [3],
    "client.autoscaling.maxReplicas": [6],
    "client.autoscaling.targetCPUUtilizationPercentage": [50],
    "client.cron.enabled": [False],
    "client.cron.schedule": ["@daily"],
    "client.image.digest": ["sha256:" + "c" * 64],
    "client.overrides.*.image.digest": ["sha256:" + "d" * 64],
    "client.deploy.maintenanceMode": [True],
}
# Settings every state uses by definition: the tenant's identity and where it runs.
NOT_STATE_SETTINGS = {"name", "stages", "platform.state"}
# With autoscaling enabled the autoscaler's numbers take effect; in the base it is off.
NEEDS = {
    "client.autoscaling.minReplicas": {"client.autoscaling.enabled": True},
    "client.autoscaling.maxReplicas": {"client.autoscaling.enabled": True},
    "client.autoscaling.targetCPUUtilizationPercentage": {"client.autoscaling.enabled": True},
    "platform.image.appPath": {"platform.image.webRoot": "/var/www/html"},
    # The official image's paths: then only the repository decides whether the tenant has its own ECR repository.
    "client.image.repository": {"platform.image.appPath": "/opt/drupal", "platform.image.webRoot": "/var/www/html"},
    # Digests pin a client's own image (the platform image is pinned in cdk.json): the tenant's ECR repository.
    "client.image.digest": {"client.image.repository": None},
    "client.overrides.*.image.digest": {"client.image.repository": None},
}
# Set in the changed configuration only, before the setting itself (what the schema requires with the new value).
ALONG = {
    "platform.placement.dedicated": {"platform.placement": {"dedicated": True}},
}


def schema_leaves(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every setting of the schema as written in tenants.yaml ('*' for a stage key)."""
    out = []
    for name, info in model.model_fields.items():
        path = f"{prefix}{info.alias or unused_settings._camel(name)}"
        origin, args = get_origin(info.annotation), get_args(info.annotation)
        if origin is dict and _model_of(args[1]):
            out += schema_leaves(_model_of(args[1]), path + ".*.")
        elif origin is list and _model_of(args[0]):
            out.append(path)  # the list as a whole (its entries' fields are covered by it)
        elif _model_of(info.annotation) is not None:
            out += schema_leaves(_model_of(info.annotation), path + ".")
        else:
            out.append(path)
    return out


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _set(data: dict, path: str, value: Any) -> None:
    keys = path.replace("*", "dev").split(".")
    node = data
    for k in keys[:-1]:
        node = node.setdefault(k, {})
    node[keys[-1]] = value


def tenant_data(state: str, changes: dict[str, Any] | None = None) -> dict:
    data = copy.deepcopy(BASE)
    data["platform"]["state"] = state
    for path, value in (changes or {}).items():
        _set(data, path, value)
    return data


@lru_cache(maxsize=1)
def _stages():
    return example_config().stages


@lru_cache(maxsize=None)
def output(state: str, changes_json: str) -> str:
    """The tenant's stack templates in dev and prod (chart manifests included), as JSON text."""
    tenant = TenantConfig.model_validate({"name": "t", **tenant_data(state, json.loads(changes_json))})
    stages = _stages()
    config = PlatformConfig(stages=stages, tenants={"t": tenant}, tenants_file="tenants.yaml")
    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    app = cdk.App(context=context)
    stacks = []
    for name in STAGES:
        stage = stages[name]
        scope = cdk.Stage(app, name, env=cdk.Environment(account=stage.account, region=stage.region))
        stacks.append(TenantStack(scope, stack_id(tenant), config=config, stage=stage, tenant=tenant,
                                  cluster_name_prefix=cluster_name(stage)))
    assembly = app.synth()
    return json.dumps([assembly.get_stack_artifact(s.artifact_id).template for s in stacks], sort_keys=True)


def changed(state: str, path: str, value: Any) -> bool:
    needs = NEEDS.get(path, {})
    before = output(state, json.dumps(needs, sort_keys=True))
    after = output(state, json.dumps({**needs, **ALONG.get(path, {}), path: value}, sort_keys=True))
    return before != after


def test_every_setting_has_variants_and_the_lists_name_real_settings():
    leaves = set(schema_leaves(TenantConfig)) - NOT_STATE_SETTINGS
    assert leaves == set(VARIANTS), f"settings without a case here: {sorted(leaves - set(VARIANTS))}; stale cases: {sorted(set(VARIANTS) - leaves)}"
    for state, listed in unused_settings.IGNORED.items():
        for entry in listed:
            assert any(unused_settings.matches(entry, leaf) for leaf in leaves), f"{state}: {entry} is no setting"


CASES = [(state, path) for state in unused_settings.IGNORED for path in VARIANTS if VARIANTS[path]]


@pytest.mark.parametrize(("state", "path"), CASES, ids=[f"{s}-{p}" for s, p in CASES])
def test_listed_settings_are_ignored_and_the_others_take_effect(state, path):
    listed = unused_settings.ignored_entry(state, path)
    differs = [v for v in VARIANTS[path] if changed(state, path, v)]
    if listed:
        assert not differs, f"{state}: {path} is listed as ignored ({listed}) but {differs} changes the output"
    else:
        assert differs, f"{state}: {path} changes nothing in this state: list it in unused_settings.IGNORED['{state}']"


def _in_base(entry: str) -> bool:
    """BASE writes the setting (a client's digest is not in it: BASE runs the official image)."""
    node: Any = BASE
    for key in entry.split("."):
        if not isinstance(node, dict) or key not in node:
            return False
        node = node[key]
    return True


def _problems(tmp_path: Path, state: str) -> list:
    path = tmp_path / "tenants.yaml"
    path.write_text(yaml.safe_dump({"tenants": {"t": tenant_data(state)}}, sort_keys=False))
    return validate(stages_raw(), path).problems


def test_a_decommissioned_tenant_is_refused_every_setting_it_cannot_use(tmp_path):
    problems = [p for p in _problems(tmp_path, "decommissioned") if p.rule_id == "settings-the-state-uses"]
    refused = {p.field for p in problems}
    expected = {e for e in unused_settings.IGNORED["decommissioned"] if e not in unused_settings.REQUIRED and _in_base(e)}
    assert refused == expected
    for p in problems:
        assert "decommissioned" in p.rule and "ignored" in p.rule
    # Nothing else is said about the same settings (the switched-off, overrides and certificate rules stay quiet).
    others = [p for p in _problems(tmp_path, "decommissioned") if p.rule_id != "settings-the-state-uses"]
    assert not [p for p in others if any(unused_settings.matches(e, p.field.split(" ")[0]) for e in expected)], others


def test_a_suspended_tenant_keeps_what_resuming_needs(tmp_path):
    """Decision: the replica count and autoscaler are ignored while suspended (the list says so)
    but they are what `state: active` restores, so nothing is refused."""
    assert "suspended" not in unused_settings.REFUSED_IN
    assert not [p for p in _problems(tmp_path, "suspended") if p.rule_id == "settings-the-state-uses"]
