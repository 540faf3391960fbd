"""Shared fixtures: the example configuration and one in-process synth of the whole app."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from drupal_platform.config import PlatformConfig, load_config

ROOT = Path(__file__).resolve().parents[1]
CDK_JSON = ROOT / "cdk.json"
TENANTS = ROOT / "tenants.yaml"
IN_CI = os.environ.get("CI", "").lower() == "true"


def cdk_context() -> dict:
    return json.loads(CDK_JSON.read_text())["context"]


def stages_raw() -> dict:
    return cdk_context()["stages"]


def example_config(tenants: Path = TENANTS) -> PlatformConfig:
    return load_config(stages_raw(), tenants)


def synth(config: PlatformConfig, outdir: Path):
    """Synthesise every stage of `config` into `outdir`; returns the CloudAssembly."""
    import aws_cdk as cdk

    from drupal_platform.stage import build_app

    context = {k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")}
    app = cdk.App(outdir=str(outdir), context=context)
    build_app(config, app)
    return app.synth()


class Assembly:
    """Templates of a synthesised app, addressed by display name such as 'prod/Cluster'."""

    def __init__(self, cloud_assembly, outdir: Path):
        self.outdir = outdir
        self.stacks = {}
        for stage in cloud_assembly.nested_assemblies:
            for stack in stage.nested_assembly.stacks:
                self.stacks[stack.hierarchical_id] = stack

    def template(self, name: str) -> dict:
        return self.stacks[name].template

    def template_path(self, name: str) -> Path:
        return Path(self.stacks[name].template_full_path)

    def names(self, stage: str | None = None) -> list[str]:
        return sorted(n for n in self.stacks if stage is None or n.startswith(stage + "/"))


@pytest.fixture(scope="session")
def config() -> PlatformConfig:
    return example_config()


@pytest.fixture(scope="session")
def assembly(config, tmp_path_factory) -> Assembly:
    out = tmp_path_factory.mktemp("cdk.out")
    return Assembly(synth(config, out), out)


def require_tool(name: str, install_hint: str) -> str:
    """Path of a system tool; skip locally when missing, fail in CI (CI=true) where it must exist."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} not found: install it with `{install_hint}`"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)
