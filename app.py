#!/usr/bin/env python3
"""CDK entry point: the only place that reads files and context. Builds one Stage per stage."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import aws_cdk as cdk

from drupal_platform import capacity, costs, selection
from drupal_platform.config import ConfigError, PlatformConfig, load_config
from drupal_platform.constructs.tenant_rendering import TenantRenderer
from drupal_platform.stage import build_app


def select(app: cdk.App, config: PlatformConfig) -> selection.Selection:
    """`-c stage=<s> -c tenant=<name>`: synthesise one stage's shared stacks and one tenant's stack."""
    chosen = selection.from_context(
        app.node.try_get_context(selection.CONTEXT_STAGE), app.node.try_get_context(selection.CONTEXT_TENANT), config
    )
    if chosen.removed(config):
        print(f"tenant '{chosen.tenant}' is not in stage '{chosen.stage}' of {config.tenants_file}: synthesising the shared stacks only", file=sys.stderr)
    return chosen


# Fewer tenant charts than this render inline: starting a worker costs about as much as 20 charts.
POOL_THRESHOLD = 20


def renderer_for(app: cdk.App, config: PlatformConfig, chosen: selection.Selection) -> TenantRenderer:
    """Tenant charts rendered ahead by worker processes (one per core but one; `-c renderWorkers=N`,
    0 = inline) and cached in `.cache/tenant-manifests` (`-c manifestCache=<dir>`, "" = off)."""
    charts = sum(1 for s in config.stages.values() if chosen.includes_stage(s.name)
                 for t in config.tenants_in(s.name) if chosen.includes_tenant(t.name))
    workers = app.node.try_get_context("renderWorkers")
    if workers is None:
        workers = max(1, (os.cpu_count() or 1) - 1) if charts >= POOL_THRESHOLD else 0
    cache = app.node.try_get_context("manifestCache")
    cache = ".cache/tenant-manifests" if cache is None else cache
    return TenantRenderer(workers=int(workers), cache_dir=Path(cache) if cache else None)


def main() -> None:
    app = cdk.App()
    tenants_file = Path(app.node.try_get_context("tenants") or "tenants.yaml")
    try:
        config = load_config(app.node.try_get_context("stages"), tenants_file)
        capacity.guard(config)  # tenants that do not fit the subnets, nodes or load balancers fail synth
        chosen = select(app, config)
    except ConfigError as err:
        print(f"Configuration has {len(err.problems)} problem(s):", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        sys.exit(1)
    build_app(config, app, chosen, renderer_for(app, config, chosen)).synth()
    # The headroom beside the assembly, for the `make synth` summary.
    for stage in (s for s in config.stages.values() if chosen.includes_stage(s.name)):
        report = Path(app.outdir) / f"capacity-{stage.name}.txt"
        report.write_text("\n".join(capacity.compute(config, stage).lines()) + "\n")
        (Path(app.outdir) / f"cost-{stage.name}.txt").write_text("\n".join(costs.report_lines(config, stage)) + "\n")


if __name__ == "__main__":
    main()
