"""checkov over every synthesised CloudFormation template: zero failed checks.

checkov runs from its own venv (.venv-checkov, requirements-checkov.txt) because its pins
clash with pytest's. Skips are written into the templates next to the resource they
concern (Metadata.checkov.skip, each with a comment) or listed here with the reason.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from drupal_platform.constructs.library_lambdas import is_library_lambda
from tests.conftest import IN_CI, ROOT

CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"

# Check IDs skipped for every template, with the reason.
GLOBAL_SKIPS: dict[str, str] = {}


def checkov_bin() -> str:
    if CHECKOV.exists():
        return str(CHECKOV)
    message = "checkov venv missing: run `make setup` (creates .venv-checkov from requirements-checkov.txt)"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)


def test_checkov_passes_every_template(assembly):
    args = [checkov_bin(), "--framework", "cloudformation", "--quiet", "--compact", "-o", "json"]
    for name in assembly.names():
        args += ["-f", str(assembly.template_path(name))]
    if GLOBAL_SKIPS:
        args += ["--skip-check", ",".join(GLOBAL_SKIPS)]
    run = subprocess.run(args, capture_output=True, text=True)
    reports = json.loads(run.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    failed = [
        f"{c['check_id']} {c['resource']} ({c['file_path'].rsplit('/', 1)[-1]}): {c['check_name']}"
        for r in reports
        for c in r.get("results", {}).get("failed_checks", [])
    ]
    passed = sum(r.get("summary", {}).get("passed", 0) for r in reports)
    assert passed > 0, run.stderr[-2000:]
    assert failed == [], "\n".join(failed)


def test_every_lambda_function_is_a_library_one(assembly):
    """Every Lambda function carries its checkov skips: the library ones get them from the aspect,
    ours (the stage mail-credentials function and its Provider) write their own, each with its reason."""
    ours = []
    for name in assembly.names():
        for logical_id, res in assembly.template(name)["Resources"].items():
            if res["Type"] == "AWS::Lambda::Function" and "checkov" not in res.get("Metadata", {}):
                ours.append(f"{name}: {logical_id}")
    assert ours == []


def test_library_lambda_paths():
    assert is_library_lambda("prod/Cluster/Cluster/KubectlProvider/Handler/Resource")
    assert is_library_lambda("dev/Network/Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler")
    assert not is_library_lambda("prod/Tenant-alpha/MyFunction/Resource")
