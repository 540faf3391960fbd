"""Helpers for the tenant-stack tests: tenant-only synthesis, configuration variants, IAM evaluation."""

from __future__ import annotations

import copy
import fnmatch
import json
import re
from pathlib import Path

import aws_cdk as cdk
import yaml
from aws_cdk import Validations
from cdk_nag import AwsSolutionsChecks

from drupal_platform.config import ConfigError, PlatformConfig
from drupal_platform.contracts import PlatformRefs
from drupal_platform.stacks.cluster import cluster_name
from drupal_platform.stacks.tenant import TenantStack, stack_id
from drupal_platform.unused_settings import remove_unused
from drupal_platform.validation import validate
from tests.conftest import TENANTS, Assembly, cdk_context, stages_raw


def tenants_data() -> dict:
    return yaml.safe_load(TENANTS.read_text())


def config_from(data: dict, tmp_path: Path, name: str = "tenants.yaml", stages: dict | None = None) -> PlatformConfig:
    """The configuration of `data`; raises ConfigError for any problem except capacity (its tests inspect that)."""
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    result = validate(stages if stages is not None else stages_raw(), path)
    problems = result.except_rule("capacity-fits")
    if problems:
        raise ConfigError(problems)
    return result.config


def with_state(tmp_path: Path, tenant: str, state: str) -> PlatformConfig:
    data = copy.deepcopy(tenants_data())
    remove_unused(data["tenants"][tenant], state)  # what the operator removes with the state change
    return config_from(data, tmp_path, f"tenants-{tenant}-{state}.yaml")


def synth_tenants(config: PlatformConfig, outdir: Path, *, nag: bool = True) -> Assembly:
    """Only the tenant stacks of every stage, the way PlatformStage builds them (they reference
    no other stack: everything shared comes from SSM parameters)."""
    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    app = cdk.App(outdir=str(outdir), context=context)
    for stage in config.stages.values():
        scope = cdk.Stage(app, stage.name, env=cdk.Environment(account=stage.account, region=stage.region))
        if nag:
            Validations.of(scope).add_plugins(AwsSolutionsChecks(scope))
        for tenant in config.tenants_in(stage.name):
            TenantStack(scope, stack_id(tenant), config=config, stage=stage, tenant=tenant, cluster_name_prefix=cluster_name(stage))
    return Assembly(app.synth(), outdir)


def of_type(template: dict, type_: str) -> dict[str, dict]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == type_}


# --- a small IAM evaluator for identity policies ---------------------------------------------
def _substitute(value, params: dict[str, str]):
    """Resolve Ref / Fn::Join of the parameters a tenant template reads into concrete strings."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "Ref" in value:
        ref = value["Ref"]
        for key, concrete in params.items():
            if re.sub(r"[^A-Za-z0-9]", "", key) in ref:
                return concrete
        if ref == "AWS::Partition":
            return "aws"
        raise KeyError(f"no value for {ref}")
    if isinstance(value, dict) and "Fn::Join" in value:
        sep, parts = value["Fn::Join"]
        return sep.join(_substitute(p, params) for p in parts)
    if isinstance(value, list):
        return [_substitute(v, params) for v in value]
    if isinstance(value, dict):
        return {k: _substitute(v, params) for k, v in value.items()}
    raise TypeError(value)


def statements(template: dict, params: dict[str, str]) -> list[dict]:
    out = []
    for policy in of_type(template, "AWS::IAM::Policy").values():
        for st in policy["Properties"]["PolicyDocument"]["Statement"]:
            out.append(_substitute(st, params))
    return out


def _listify(x) -> list:
    return x if isinstance(x, list) else [x]


def allowed(stmts: list[dict], action: str, resource: str, context: dict[str, str] | None = None) -> bool:
    context = context or {}
    for st in stmts:
        if st["Effect"] != "Allow":
            continue
        if not any(fnmatch.fnmatchcase(action, a) for a in _listify(st["Action"])):
            continue
        if not any(fnmatch.fnmatchcase(resource, r) for r in _listify(st["Resource"])):
            continue
        ok = True
        for op, conds in st.get("Condition", {}).items():
            for key, expected in conds.items():
                have = context.get(key)
                if have is None:
                    ok = False
                elif op == "StringEquals":
                    ok &= have in _listify(expected)
                elif op == "StringLike":
                    ok &= any(fnmatch.fnmatchcase(have, e) for e in _listify(expected))
                else:
                    raise NotImplementedError(op)
        if ok:
            return True
    return False


def template_bytes(assembly: Assembly, name: str) -> bytes:
    return assembly.template_path(name).read_bytes()


def pretty(obj) -> str:
    return json.dumps(obj, indent=1, sort_keys=True)


def refs_of_shape(shape) -> PlatformRefs:
    """Plain values (`real-<field>`) for the refs a chart shape says are set, as a stack would pass them."""
    return PlatformRefs(**{n: None if k == "none" else ("" if k == "" else f"real-{n}") for n, k in shape})
