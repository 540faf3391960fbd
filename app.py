#!/usr/bin/env python3
"""CDK entry point: the only place that reads files and context. Builds one Stage per stage."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

import aws_cdk as cdk

from drupal_platform import capacity, costs, mail_dns, pins, selection, sharding
from drupal_platform.chart_cache import ChartCache, how_to_get
from drupal_platform.config import ConfigError, PlatformConfig, Problem
from drupal_platform.constructs.tenant_rendering import TenantRenderer
from drupal_platform.sources import read_json
from drupal_platform.stage import build_app, selected_tenants
from drupal_platform.validation import report_lines, validate

CONTEXT_FILE = Path("cdk.json")


def _stage_positions(stages_raw: Any) -> dict:
    """Lines of cdk.json's stages, when the context's stages are the ones written there."""
    src = read_json(CONTEXT_FILE, what="an object") if CONTEXT_FILE.is_file() else None
    if src is None or not src.ok or (src.data.get("context") or {}).get("stages") != stages_raw:
        return {}
    return src.positions


def select(app: cdk.App, config: PlatformConfig) -> selection.Selection:
    """`-c stage=<s> -c tenant=<name>`: synthesise one stage's shared stacks and one tenant's stack."""
    chosen = selection.from_context(
        app.node.try_get_context(selection.CONTEXT_STAGE), app.node.try_get_context(selection.CONTEXT_TENANT), config
    )
    if chosen.removed(config):
        print(f"tenant '{chosen.tenant}' is not in stage '{chosen.stage}' of {config.tenants_file}: synthesising the shared stacks only", file=sys.stderr)
    return chosen


def selected_names(config: PlatformConfig, chosen: selection.Selection) -> set[str]:
    """The tenants the selection builds in any of its stages."""
    return {t.name for s in config.stages.values() if chosen.includes_stage(s.name) for t in selected_tenants(config, s, chosen)}


# Less work than this many charts renders inline: starting a worker costs about as much as 20 charts.
# (The work is counted after grouping: a template shared by many look-alike tenants is two charts.)
POOL_THRESHOLD = 20


def renderer_for(app: cdk.App, processes: int = 1) -> TenantRenderer:
    """Tenant charts rendered ahead by worker processes (one per core the synthesis' processes
    leave free; `-c renderWorkers=N`, 0 = inline) and cached in `.cache/tenant-manifests`
    (`-c manifestCache=<dir>`, "" = off)."""
    workers = app.node.try_get_context("renderWorkers")
    threshold = POOL_THRESHOLD if workers is None else 0  # an explicit count is used as given
    if workers is None:
        # The cores the processes building stacks leave free, shared among them (none: rendered inline).
        workers = max(0, (os.cpu_count() or 1) - processes) // processes
    cache = app.node.try_get_context("manifestCache")
    cache = ".cache/tenant-manifests" if cache is None else cache
    return TenantRenderer(workers=int(workers), cache_dir=Path(cache) if cache else None, pool_threshold=threshold)


# Below this many tenant stacks per process, a second process costs more (its own kernel and
# start-up) than it saves.
TENANTS_PER_SHARD = 200


def shard_count(app: cdk.App, config: PlatformConfig, chosen: selection.Selection) -> int:
    """How many processes build the tenant stacks (sharding.py; `-c synthShards=N`). By default one
    per core with at least TENANTS_PER_SHARD tenants each: the stacks' process is bound to one core
    (its Python and its jsii kernel take turns), and with look-alike tenants sharing a rendering
    there is little left for render workers. 1,000 tenants on two cores: two processes, 45 s and
    1.9 GB; one took 55-73 s (docs/scale.md)."""
    value = app.node.try_get_context(sharding.CONTEXT_SHARDS)
    if value in (None, ""):
        return max(1, min(os.cpu_count() or 1, len(selected_names(config, chosen)) // TENANTS_PER_SHARD))
    if isinstance(value, str) and value.isdigit():
        value = int(value)  # -c synthShards=2 arrives as a string
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError([Problem(str(CONTEXT_FILE), "context", sharding.CONTEXT_SHARDS, value, "must be a whole number of processes, 1 or more")])
    return value


def shard_selection(config: PlatformConfig, chosen: selection.Selection, index: int, count: int) -> selection.Selection:
    """The block of tenants process `index` of `count` builds, as a narrower selection; only the
    first process builds the shared stacks, the others stand-ins for their dependencies."""
    block = sharding.blocks(sorted(selected_names(config, chosen)), count, sharding.FIRST_BLOCK_WEIGHT)[index]
    return dataclasses.replace(chosen, shard=block, stand_ins=index > 0)


def main(context: dict[str, Any] | None = None) -> None:
    app = cdk.App(context=context) if context is not None else cdk.App()
    tenants_file = Path(app.node.try_get_context("tenants") or "tenants.yaml")
    stages_raw = app.node.try_get_context("stages")
    # The same validation as every CLI command: schema, every rule, certificates, quotas, capacity.
    result = validate(stages_raw, tenants_file, stages_file=str(CONTEXT_FILE), stage_positions=_stage_positions(stages_raw))
    if result.problems:
        print("\n".join(report_lines(result.problems, "The configuration was not synthesised:")), file=sys.stderr)
        sys.exit(1)
    config = result.config
    # A process app.py started for one block of tenants (sharding.py) says so in its environment.
    shard = sharding.from_env(os.environ.get(sharding.SHARD_ENV))
    try:
        chosen = select(app, config)
        count = shard[1] if shard else shard_count(app, config, chosen)
    except ConfigError as err:
        print("\n".join(report_lines(err.problems, "The selection was not synthesised:")), file=sys.stderr)
        sys.exit(1)
    # -c chartCache=<dir> keeps the cache elsewhere (e.g. shared by several clones); default .charts/.
    cache_dir = app.node.try_get_context("chartCache")
    charts = ChartCache(Path(cache_dir)) if cache_dir else ChartCache()
    missing = charts.missing()
    if missing:
        # One line per chart naming both ways to get it (`make synth` fills the cache first).
        for pin in missing:
            print(how_to_get(pin), file=sys.stderr)
        sys.exit(1)
    shards = None
    if count > 1:
        chosen = shard_selection(config, chosen, shard[0] if shard else 0, count)
        if shard is None:  # the first process starts the others, then builds its own block
            shards = sharding.Shards(Path(app.outdir), app.node.get_all_context(), count, Path(__file__).resolve())
            shards.start()
    try:
        build_app(config, app, charts=charts, selection=chosen, renderer=renderer_for(app, count)).synth()
        if shards and not shards.finish():
            print(f"The synthesis was not completed: one of its {count} processes failed (above).", file=sys.stderr)
            sys.exit(1)
    finally:
        if shards:
            shards.stop()
    if shard:
        return  # the reports below are the first process's
    # The headroom, the cost table, the unpinned images and the clients' mail DNS records beside the assembly, for the `make synth` summary.
    for stage in (s for s in config.stages.values() if chosen.includes_stage(s.name)):
        report = Path(app.outdir) / f"capacity-{stage.name}.txt"
        report.write_text("\n".join(capacity.compute(config, stage).lines()) + "\n")
        (Path(app.outdir) / f"cost-{stage.name}.txt").write_text("\n".join(costs.report_lines(config, stage)) + "\n")
        (Path(app.outdir) / f"unpinned-{stage.name}.txt").write_text("".join(f"{line}\n" for line in pins.report_lines(config, stage)))
        # The DNS records clients publish for their own mail domains (README "Mail"); none: no file.
        records = mail_dns.stage_lines(config.tenants_in(stage.name), stage)
        if records:
            (Path(app.outdir) / f"mail-dns-{stage.name}.txt").write_text("\n".join(records) + "\n")


if __name__ == "__main__":
    main()
