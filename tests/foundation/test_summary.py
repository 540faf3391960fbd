"""The `make synth` summary: what was built, capacity headroom, placement changes, the cdk-nag gate."""

from __future__ import annotations

import json
import subprocess

import yaml

from drupal_platform import summary
from tests.conftest import TENANTS


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def committed_tenants(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    path = repo / "tenants.yaml"
    path.write_text(TENANTS.read_text())
    git(repo, "add", "tenants.yaml")
    git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "tenants")
    return path


def test_placement_change_is_flagged_with_the_runbook_step(tmp_path):
    path = committed_tenants(tmp_path)
    data = yaml.safe_load(path.read_text())
    data["tenants"]["alpha"]["platform"]["placement"]["dedicated"] = True
    path.write_text(yaml.safe_dump(data))
    notes = summary.placement_changes(path)
    assert len(notes) == 1
    assert "tenant 'alpha' moves from shared nodes to dedicated nodes" in notes[0]
    assert "kubectl -n drupal-site-alpha delete pod" in notes[0]


def test_unchanged_placement_is_not_flagged(tmp_path):
    path = committed_tenants(tmp_path)
    data = yaml.safe_load(path.read_text())
    data["tenants"]["alpha"]["client"]["replicaCount"] = 3  # not a placement change
    path.write_text(yaml.safe_dump(data))
    assert summary.placement_changes(path) == []


def test_no_git_history_means_no_notes(tmp_path):
    path = tmp_path / "tenants.yaml"
    path.write_text(TENANTS.read_text())
    assert summary.placement_changes(path) == []


def test_summary_lists_stacks_and_fails_on_unacknowledged_findings(assembly, tmp_path, capsys):
    assert summary.main([str(assembly.outdir)]) == 0
    printed = capsys.readouterr().out
    assert "stage prod:" in printed and "prod/Cluster" in printed and "resources" in printed
    report = tmp_path / "validation-report.json"
    (tmp_path / "manifest.json").write_text(json.dumps({"artifacts": {}}))
    report.write_text(json.dumps({"pluginReports": [{"violations": [{"ruleName": "AwsSolutions-S1", "description": "no logs", "violatingConstructs": [{"constructPath": "x/y"}]}]}]}))
    assert summary.main([str(tmp_path)]) == 1
    assert "AwsSolutions-S1 at x/y" in capsys.readouterr().err


def test_unpinned_images_are_a_warning_listed_per_stage(tmp_path, capsys, config):
    from drupal_platform import pins

    out = tmp_path / "cdk.out"
    for stage in ("dev", "prod"):
        (out / f"assembly-{stage}").mkdir(parents=True)
        (out / f"assembly-{stage}" / "manifest.json").write_text(json.dumps({"artifacts": {f"{stage}Network": {
            "type": "aws:cloudformation:stack", "displayName": f"{stage}/Network", "properties": {"templateFile": "t.json"}}}}))
        (out / f"assembly-{stage}" / "t.json").write_text('{"Resources": {}}')
        # what app.py writes beside the assembly
        (out / f"unpinned-{stage}.txt").write_text("".join(f"{line}\n" for line in pins.report_lines(config, config.stages[stage])))
    (out / "manifest.json").write_text(json.dumps({"artifacts": {f"assembly-{s}": {
        "type": "cdk:cloud-assembly", "properties": {"directoryName": f"assembly-{s}"}} for s in ("dev", "prod")}}))
    assert summary.main([str(out)]) == 0  # a warning, not a failure: production stages refuse unpinned images in validation
    printed = capsys.readouterr().out
    dev, prod = printed.split("stage prod:")
    assert "  warning: 1 unpinned image(s) (a tag can move: new code without a deploy; README \"Pinned images\"):" in dev
    assert ("    tenant 'alpha': drupal-platform/drupal:11.3-php8.4-apache-drush13.7.0 "
            "(set platformImage.digests.11.3-php8.4-apache-drush13.7.0 of stage 'dev' in cdk.json)") in dev
    assert "unpinned" not in prod
