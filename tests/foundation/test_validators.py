"""Real validators over every synthesised template: cfn-lint and cdk-nag (AwsSolutions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import aws_cdk as cdk
import pytest
from aws_cdk import aws_s3 as s3
from cdk_nag import AwsSolutionsChecks

from drupal_platform.summary import unacknowledged_findings

CFN_LINT = str(Path(sys.executable).parent / "cfn-lint")

# cfn-lint warning rules we ignore, each with the reason. Errors are never ignored.
IGNORED_WARNINGS = {
    # aws-cdk-lib adds DependsOn on a role that a GetAtt already implies (Lambda-backed
    # providers inside the library); harmless and not ours to change.
    "W3005": "redundant DependsOn emitted by aws-cdk-lib's own provider constructs",
    # Zones come from the stage configuration so that synth is offline and each subnet
    # matches the ENIConfig named after its zone (VPC CNI custom networking).
    "W3010": "availability zones are configuration by design (offline synth, ENIConfig names)",
}


def test_cfn_lint_finds_no_errors_in_any_template(assembly):
    paths = [str(assembly.template_path(name)) for name in assembly.names()]
    assert paths, "no templates synthesised"
    run = subprocess.run(
        [CFN_LINT, "--format", "json", "--ignore-checks", *IGNORED_WARNINGS, "--", *paths],
        capture_output=True,
        text=True,
    )
    assert run.returncode in (0, 2, 4, 6, 8, 10, 12, 14), run.stderr  # bit 1 = errors; other bits = warnings/info
    findings = json.loads(run.stdout)
    summary = [f"{f['Rule']['Id']} {f['Filename'].rsplit('/', 1)[-1]}: {f['Message']}" for f in findings]
    assert summary == [], "\n".join(summary)


def test_cfn_lint_catches_a_broken_template(tmp_path):
    """The lint step can fail: a resource with a wrong property type is reported."""
    bad = {"Resources": {"Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"VersioningConfiguration": "yes"}}}}
    path = tmp_path / "bad.template.json"
    path.write_text(json.dumps(bad))
    run = subprocess.run([CFN_LINT, "--format", "json", "--", str(path)], capture_output=True, text=True)
    assert any(f["Level"] == "Error" for f in json.loads(run.stdout))


def test_cdk_nag_reports_no_unacknowledged_findings(assembly):
    findings = unacknowledged_findings(assembly.outdir)
    assert findings == [], "\n".join(findings)


def test_cdk_nag_runs_inside_every_stage(tmp_path):
    """A stage built like ours reports an unencrypted, unlogged bucket: the plugin reaches into stages."""
    app = cdk.App(outdir=str(tmp_path))
    stage = cdk.Stage(app, "probe")
    cdk.Validations.of(stage).add_plugins(AwsSolutionsChecks(stage))
    stack = cdk.Stack(stage, "Probe")
    s3.Bucket(stack, "Unlogged")
    with pytest.raises(RuntimeError, match="AwsSolutions-S1"):
        app.synth()
    assert any("AwsSolutions-S1" in f for f in unacknowledged_findings(tmp_path))


def test_every_acknowledgement_gives_a_reason(assembly):
    """Acknowledgements are recorded as metadata; each must carry a non-trivial reason."""
    missing = []
    for name in assembly.names():
        metadata = assembly.stacks[name].manifest.metadata or {}
        for path, entries in metadata.items():
            for entry in entries:
                data = entry.data if hasattr(entry, "data") else entry.get("data")
                if isinstance(data, dict) and "id" in data and "reason" in data and len(str(data["reason"])) < 20:
                    missing.append(f"{path}: {data}")
    assert missing == []
