"""A synthesis in several processes (`-c synthShards=N`, sharding.py) writes the same cloud
assembly as one process: every template, asset manifest, manifest and the construct tree, byte for
byte. The CLI deploys from these files, so anything else would deploy something else."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from drupal_platform import sharding
from tests.conftest import ROOT, cdk_context

# Construct metadata records where a warning was raised, inside the jsii kernel's temporary
# directory: a new name in every process, sharded or not.
KERNEL_DIR = re.compile(r"/tmp/jsii-kernel-[A-Za-z0-9]+/")


def synthesise(outdir: Path, **context) -> subprocess.CompletedProcess:
    """app.py as the CLI runs it (its context in the environment, stack traces off as `cdk synth`)."""
    ctx = {**cdk_context(), "aws:cdk:disable-stack-trace": True, "manifestCache": "", **context}
    env = {**os.environ, "CDK_CONTEXT_JSON": json.dumps(ctx), "CDK_OUTDIR": str(outdir), "CDK_VALIDATION": "false"}
    env.pop(sharding.SHARD_ENV, None)
    return subprocess.run([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)


def files(outdir: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted(p for p in outdir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        out[str(path.relative_to(outdir))] = KERNEL_DIR.sub("/tmp/jsii-kernel-X/", data.decode()).encode() if path.name.endswith(".metadata.json") else data
    return out


@pytest.fixture(scope="module")
def one_process(tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("one") / "cdk.out"
    run = synthesise(out, synthShards=1)
    assert run.returncode == 0, run.stderr[-3000:]
    return files(out)


@pytest.mark.parametrize("shards", [2, 3, 5])
def test_sharded_assembly_is_byte_identical(one_process, tmp_path, shards):
    """2 and 3 processes split the three example tenants (two stages) unevenly, so some process
    has no tenant in a stage; 5 leaves processes with no tenant at all."""
    out = tmp_path / "cdk.out"
    run = synthesise(out, synthShards=shards)
    assert run.returncode == 0, run.stderr[-3000:]
    sharded = files(out)
    assert sorted(sharded) == sorted(one_process)  # no file missing, none left over (the shards' own directory is gone)
    for name, data in one_process.items():
        assert sharded[name] == data, name
    manifest = json.loads(sharded["assembly-prod/manifest.json"])
    stacks = [a["displayName"] for a in manifest["artifacts"].values() if a["type"] == "aws:cloudformation:stack"]
    assert stacks[-3:] == ["prod/Tenant-alpha", "prod/Tenant-beta", "prod/Tenant-gamma"]


def test_blocks_are_contiguous_and_cover_every_tenant():
    names = [f"t{i:02d}" for i in range(10)]
    parts = sharding.blocks(list(reversed(names)), 3)
    assert [sorted(p) for p in parts] == [names[0:4], names[4:7], names[7:10]]
    assert sharding.blocks(names[:2], 3) == [frozenset({"t00"}), frozenset({"t01"}), frozenset()]


@pytest.mark.parametrize("value", [0, -1, "two", 1.5, True])
def test_a_bad_shard_count_is_reported_without_traceback(tmp_path, value):
    run = synthesise(tmp_path / "cdk.out", synthShards=value)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "synthShards" in run.stderr and "must be a whole number of processes, 1 or more" in run.stderr


def test_a_failed_shard_fails_the_synthesis_and_leaves_nothing_behind(tmp_path):
    script = tmp_path / "app.py"
    script.write_text("import sys\nprint('shard failed', file=sys.stderr)\nsys.exit(3)\n")
    outdir = tmp_path / "cdk.out"
    shards = sharding.Shards(outdir, {}, 3, script)
    shards.start()
    assert shards.finish() is False
    assert list(outdir.iterdir()) == []  # the shards' directory is removed


def test_one_process_per_core_by_default_each_with_enough_tenants():
    """The stacks' process is bound to one core: 1,000 tenants on two cores take two processes
    (45 s and 1.9 GB; one took 55-73 s, docs/scale.md), a few tenants one. Render workers get the
    cores the processes leave free: none when every core builds stacks (rendered inline)."""
    import app

    class Ctx:
        def __init__(self, value=None):
            self.node = type("N", (), {"try_get_context": staticmethod(lambda key: value)})()

    from tests.conftest import example_config
    from drupal_platform.selection import Selection

    config = example_config()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "cpu_count", lambda: 2)
        assert app.shard_count(Ctx(), config, Selection()) == 1  # three tenants: one process
        assert app.renderer_for(Ctx(), 1).workers == 1 and app.renderer_for(Ctx(), 2).workers == 0
        assert app.shard_count(Ctx("4"), config, Selection()) == 4
        mp.setattr(app, "TENANTS_PER_SHARD", 1)
        assert app.shard_count(Ctx(), config, Selection()) == 2
        mp.setattr(os, "cpu_count", lambda: 16)
        assert app.shard_count(Ctx(), config, Selection()) == 3
        assert app.renderer_for(Ctx(), 3).workers == 4
        assert app.renderer_for(Ctx(0), 1).workers == 0


def test_the_first_process_takes_the_larger_block():
    """It also writes the shared stacks and merges: the others finish and free their memory first."""
    names = [f"t{i:02d}" for i in range(10)]
    assert [sorted(b) for b in sharding.blocks(names, 2, 1.85)] == [names[:6], names[6:]]
    assert [sorted(b) for b in sharding.blocks(names, 3, 1.85)] == [names[:5], names[5:8], names[8:]]
    assert sharding.blocks([], 2, 1.85) == [frozenset(), frozenset()]
    assert set().union(*sharding.blocks(names, 4, sharding.FIRST_BLOCK_WEIGHT)) == set(names)


def test_findings_of_every_shard_reach_the_validation_report(tmp_path):
    """cdk-nag runs in every process: a finding in any shard's tenant stacks fails `make synth`."""
    into, part = tmp_path / "into", tmp_path / "part"
    for path, rule in ((into, "AwsSolutions-IAM5"), (part, "AwsSolutions-S1")):
        path.mkdir()
        (path / "validation-report.json").write_text(json.dumps({"version": "55.0.0", "title": "Validation Report", "pluginReports": [
            {"pluginName": "cdk-nag", "violations": [{"ruleName": rule, "violatingConstructs": [{"constructPath": f"prod/Tenant-{rule}"}]}]}]}))
    sharding.merge(into, part)
    report = json.loads((into / "validation-report.json").read_text())
    assert sorted(v["ruleName"] for p in report["pluginReports"] for v in p["violations"]) == ["AwsSolutions-IAM5", "AwsSolutions-S1"]
