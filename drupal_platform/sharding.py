"""Synthesising the tenant stacks in several processes, each with its own jsii kernel, and merging
their cloud assemblies into one.

One CDK app builds every stack and synthesises it in one process and one jsii kernel: at 1,000
tenants that is about a minute of work that a second core cannot share, even when every chart
comes from the cache. With `-c synthShards=N` app.py's process and N-1 more (app.py again, told its
block by SHARD_ENV) each build one block of the tenants: contiguous in name order, the order the
stacks are built. The first process builds the selected stages' shared stacks too; the others build
empty stand-ins with the same IDs (`Selection.stand_ins`), since a tenant stack reads the shared
stacks only through SSM parameters and needs only its dependencies on them. Its construct tree does
not depend on any other tenant (the one-tenant path relies on the same), so every process writes
the tenant templates one process would.
`merge` moves the other processes' tenant stacks into the first one's assembly and puts the
manifests' artifacts and the construct tree in the order one process writes them:
tests/tenant/test_sharding.py compares every file with an unsharded synthesis, byte for byte.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHARD_ENV = "DRUPAL_PLATFORM_SHARD"  # "<index>/<count>" for the processes app.py starts
CONTEXT_SHARDS = "synthShards"
# Environment the CDK CLI gives the app that a shard must not share: its context comes from a file
# of its own, and only the first process reports errors and performance counters to the CLI.
CLI_ONLY_ENV = ("CDK_CONTEXT_JSON", "CONTEXT_OVERFLOW_LOCATION_ENV", "CDK_ERROR_FILE", "CDK_PERF_COUNTERS_FILE")
ARTIFACTS_OF_STACKS = ("aws:cloudformation:stack", "cdk:asset-manifest")


# The first process's block, in shares of another process's. It writes the shared stacks and merges
# the others' assemblies, so it lives longest; with a larger block the others finish and free their
# kernels (about 700 MB for 500 tenant stacks) before it synthesises, and the peaks of memory do not
# add up: 1,000 tenants in two processes on two cores took 1.88 GB with 65/35 blocks, 2.26 GB with
# 50/50, for 45 s instead of 37 s (docs/scale.md).
FIRST_BLOCK_WEIGHT = 1.85


def blocks(names: list[str], count: int, first_weight: float = 1.0) -> list[frozenset[str]]:
    """`count` blocks contiguous in name order (the order stacks are built): the first
    `first_weight` times the size of each of the others, which are of near-equal size."""
    names = sorted(names)
    if count > 1 and first_weight != 1.0:
        first = round(len(names) * first_weight / (first_weight + count - 1))
        return [frozenset(names[:first]), *blocks(names[first:], count - 1)]
    size, extra = divmod(len(names), count)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        out.append(frozenset(names[start:end]))
        start = end
    return out


def from_env(value: str | None) -> tuple[int, int] | None:
    """(index, count) from SHARD_ENV, or None in the process the CLI started."""
    if not value:
        return None
    index, count = (int(part) for part in value.split("/"))
    return index, count


@dataclass
class Shards:
    """The other processes of a sharded synthesis: started before the first process builds its
    own block, waited for and merged after it synthesised."""

    outdir: Path
    context: dict[str, Any]
    count: int
    script: Path
    _procs: list[tuple[subprocess.Popen, Path]] = field(default_factory=list)
    _workdir: Path | None = None

    def start(self) -> None:
        self.outdir.mkdir(parents=True, exist_ok=True)
        # Inside the assembly's directory, which the CLI and `make synth` clear before every synthesis.
        self._workdir = Path(tempfile.mkdtemp(prefix=".shards-", dir=self.outdir))
        context_file = self._workdir / "context.json"
        context_file.write_text(json.dumps(self.context))
        python = [sys.executable] + (["-O"] if sys.flags.optimize else [])
        for index in range(1, self.count):
            out = self._workdir / f"shard-{index}"
            env = {k: v for k, v in os.environ.items() if k not in CLI_ONLY_ENV}
            env.update({"CDK_OUTDIR": str(out), "CONTEXT_OVERFLOW_LOCATION_ENV": str(context_file), SHARD_ENV: f"{index}/{self.count}"})
            self._procs.append((subprocess.Popen(python + [str(self.script)], env=env, stdout=subprocess.DEVNULL), out))

    def finish(self) -> bool:
        """Waits for every shard; merges them in order when all succeeded (their errors went to stderr)."""
        try:
            codes = [proc.wait() for proc, _ in self._procs]
            if any(codes):
                return False
            for _, out in self._procs:
                merge(self.outdir, out)
            return True
        finally:
            self.stop()

    def stop(self) -> None:
        for proc, _ in self._procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if self._workdir:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None


def merge(into: Path, part: Path) -> None:
    """Moves a shard's tenant stacks (templates, asset manifests, metadata, assets) into `into`,
    whose shared stacks are the same, and merges the manifests, the tree and the validation report."""
    for entry in part.iterdir():
        target = into / entry.name
        if entry.name.startswith("assembly-") and entry.is_dir() and target.is_dir():
            _merge_nested(target, entry)
        elif entry.name == "tree.json":
            _merge_tree(target, entry)
        elif entry.name == "validation-report.json":
            _merge_report(target, entry)
        elif not target.exists():  # an asset or nested assembly only this shard has
            os.replace(entry, target)


def _merge_nested(into: Path, part: Path) -> None:
    for entry in part.iterdir():
        if entry.name != "manifest.json" and not (into / entry.name).exists():
            os.replace(entry, into / entry.name)
    manifest = json.loads((into / "manifest.json").read_text())
    other = json.loads((part / "manifest.json").read_text())["artifacts"]
    items = list(manifest["artifacts"].items())
    # After the stacks come artifacts of the assembly itself (the feature-flag report): the shard's
    # stacks go before them, after this assembly's own stacks.
    tail = len(items)
    while tail and items[tail - 1][1].get("type") not in ARTIFACTS_OF_STACKS:
        tail -= 1
    new = [(k, v) for k, v in other.items() if k not in manifest["artifacts"]]
    manifest["artifacts"] = dict(items[:tail] + new + items[tail:])
    (into / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))


def _add_children(into: dict, new: dict) -> None:
    """New children go after the last tenant stack already there (or at the end)."""
    if not new:
        return
    children = into.setdefault("children", {})
    keys = list(children)
    cut = 1 + max((i for i, k in enumerate(keys) if k.startswith("Tenant-")), default=len(keys) - 1)
    into["children"] = {**{k: children[k] for k in keys[:cut]}, **new, **{k: children[k] for k in keys[cut:]}}


def _merge_app(into: dict, part: dict) -> None:
    """The app's children are the stages (and the Tree); a stage's children are its stacks."""
    children = into.setdefault("children", {})
    for key, node in part.get("children", {}).items():
        if key in children and node.get("constructInfo", {}).get("fqn") == "aws-cdk-lib.Stage":
            mine = children[key].get("children", {})
            _add_children(children[key], {k: v for k, v in node.get("children", {}).items() if k not in mine})
    _add_children(into, {k: v for k, v in part.get("children", {}).items() if k not in children})


def _merge_tree(into: Path, part: Path) -> None:
    tree = json.loads(into.read_text())
    _merge_app(tree["tree"], json.loads(part.read_text())["tree"])
    into.write_text(json.dumps(tree, separators=(",", ":"), ensure_ascii=False))


def _merge_report(into: Path, part: Path) -> None:
    other = json.loads(part.read_text()).get("pluginReports", [])
    if not other:
        return
    report = json.loads(into.read_text())
    report.setdefault("pluginReports", []).extend(other)
    into.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
