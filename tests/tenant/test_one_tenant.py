"""One tenant at a time (`make diff|deploy STAGE=<s> TENANT=<name>`): the selected synthesis writes
the same bytes for that tenant's stack and for every shared stack as the full synthesis, so
`cdk deploy --exclusively '<s>/Tenant-<name>'` deploys exactly what `make deploy STAGE=<s>` would."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import aws_cdk as cdk
import pytest

from drupal_platform.config import ConfigError
from drupal_platform.selection import Selection, from_context
from drupal_platform.selection import main as selection_main
from drupal_platform.stage import build_app
from tests.conftest import ROOT, Assembly, cdk_context
from tests.tenant.helpers import config_from, tenants_data

SHARED = ["prod/Cluster", "prod/GitHubOidc", "prod/Network", "prod/Platform-Data", "prod/Platform-Services", "prod/PlatformImage"]


def synth_selected(config, outdir: Path, selection: Selection) -> Assembly:
    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    app = cdk.App(outdir=str(outdir), context=context)
    build_app(config, app, selection=selection)
    return Assembly(app.synth(), outdir)


def stage_manifest(assembly: Assembly, stage: str) -> dict:
    return json.loads((assembly.outdir / f"assembly-{stage}" / "manifest.json").read_text())


def artifact(assembly: Assembly, name: str) -> tuple[str, dict]:
    stage = name.split("/", 1)[0]
    for art_id, art in stage_manifest(assembly, stage)["artifacts"].items():
        if art.get("displayName") == name:
            return art_id, art
    raise KeyError(name)


def stack_files(assembly: Assembly, name: str) -> dict[str, bytes]:
    """Template, asset manifest (the template's hash and any file assets) and the stack's artifact entry."""
    art_id, art = artifact(assembly, name)
    directory = assembly.outdir / f"assembly-{name.split('/', 1)[0]}"
    return {
        "template": (directory / art["properties"]["templateFile"]).read_bytes(),
        "assets": (directory / f"{art_id}.assets.json").read_bytes(),
        "artifact": json.dumps(art, sort_keys=True).encode(),
    }


@pytest.fixture(scope="module")
def one_beta(config, tmp_path_factory) -> Assembly:
    out = tmp_path_factory.mktemp("one-beta")
    return synth_selected(config, out, Selection(stage="prod", tenant="beta"))


def test_one_tenant_synthesis_holds_the_stage_shared_stacks_and_that_tenant_only(one_beta):
    assert one_beta.names() == sorted(SHARED + ["prod/Tenant-beta"])


@pytest.mark.parametrize("name", sorted(SHARED + ["prod/Tenant-beta"]))
def test_one_tenant_stacks_are_byte_identical_to_the_full_synthesis(assembly, one_beta, name):
    full, one = stack_files(assembly, name), stack_files(one_beta, name)
    for part in ("template", "assets", "artifact"):
        assert one[part] == full[part], f"{name}: {part} differs between one-tenant and full synthesis"


def test_one_tenant_stack_keeps_its_dependencies_on_the_shared_stacks(one_beta):
    _, art = artifact(one_beta, "prod/Tenant-beta")
    # Network comes in through Cluster; `--exclusively` skips them all, so they must be deployed already.
    # (beta builds its own image: it does not run the platform image, so PlatformImage is no dependency)
    shared_ids = {artifact(one_beta, n)[0] for n in SHARED if n not in ("prod/Network", "prod/PlatformImage")}
    assert shared_ids <= set(art["dependencies"])


def test_adding_a_tenant_one_at_a_time(tmp_path):
    """A tenant new in the file: its stack is synthesised alone, and the shared stacks are those of
    the committed example (adding a tenant changes no shared template)."""
    data = copy.deepcopy(tenants_data())
    data["tenants"]["delta"] = copy.deepcopy(data["tenants"]["gamma"])
    data["tenants"]["delta"]["client"]["ingress"]["hosts"] = ["delta.sites.example.com"]
    data["tenants"]["delta"]["stages"] = ["prod"]
    data["tenants"]["delta"]["client"].pop("overrides", None)
    config = config_from(data, tmp_path)
    one = synth_selected(config, tmp_path / "out", Selection(stage="prod", tenant="delta"))
    assert one.names() == sorted(SHARED + ["prod/Tenant-delta"])
    assert one.template("prod/Tenant-delta")["Resources"]


def test_removed_tenant_selects_no_tenant_stack_and_is_reported(assembly, tmp_path):
    data = copy.deepcopy(tenants_data())
    del data["tenants"]["gamma"]
    config = config_from(data, tmp_path)
    selection = Selection(stage="prod", tenant="gamma")
    assert selection.removed(config)
    one = synth_selected(config, tmp_path / "out", selection)
    assert one.names() == SHARED
    for name in SHARED:
        assert stack_files(one, name)["template"] == stack_files(assembly, name)["template"]


def test_makefile_helper_names_the_stack_to_delete_for_a_removed_tenant(one_beta, tmp_path, capsys):
    assert selection_main(["deploy", str(one_beta.outdir), "prod", "beta"]) == 0
    assert capsys.readouterr().out == ""
    assert selection_main(["deploy", str(one_beta.outdir), "prod", "gamma"]) == 3
    captured = capsys.readouterr()
    assert captured.out.split() == ["prod-Tenant-gamma", "eu-west-1"]
    assert "deleting its stack prod-Tenant-gamma" in captured.err and "retained" in captured.err


def test_selection_from_context_rejects_unknown_stage_and_tenant_without_stage(config):
    with pytest.raises(ConfigError) as err:
        from_context("staging", None, config)
    assert "context: stage = 'staging': must be one of the stages: dev, prod" in str(err.value)
    with pytest.raises(ConfigError) as err:
        from_context(None, "beta", config)
    assert "context: tenant = 'beta': needs a stage as well" in str(err.value)
    with pytest.raises(ConfigError) as err:
        from_context("prod", "Beta_1", config)
    assert "must be a tenant name" in str(err.value)
    assert from_context("prod", "beta", config) == Selection("prod", "beta")
    assert from_context(None, None, config).is_whole_app


def test_app_reports_a_bad_selection_without_traceback(tmp_path):
    context = {**cdk_context(), "stage": "staging", "tenant": "beta"}
    env = {**os.environ, "CDK_CONTEXT_JSON": json.dumps(context), "CDK_OUTDIR": str(tmp_path / "out")}
    run = subprocess.run([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "cdk.json: context: stage = 'staging': must be one of the stages" in run.stderr


def test_make_diff_with_tenant_synthesises_only_that_stack():
    """The Makefile passes the selection as context and names the one stack, exclusively."""
    dry = subprocess.run(["make", "-n", "deploy", "STAGE=prod", "TENANT=beta"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "-c stage=prod -c tenant=beta" in dry.stdout
    assert "--exclusively" in dry.stdout and "'prod/Tenant-beta'" in dry.stdout
    full = subprocess.run(["make", "-n", "diff", "STAGE=prod"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "'prod/*'" in full.stdout and "tenant=" not in full.stdout
