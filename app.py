#!/usr/bin/env python3
"""CDK entry point: the only place that reads files and context. Builds one Stage per stage."""

from __future__ import annotations

import sys
from pathlib import Path

import aws_cdk as cdk

from drupal_platform import capacity
from drupal_platform.chart_cache import ChartCache, how_to_get
from drupal_platform.config import ConfigError, load_config
from drupal_platform.stage import build_app


def main() -> None:
    app = cdk.App()
    tenants_file = Path(app.node.try_get_context("tenants") or "tenants.yaml")
    try:
        config = load_config(app.node.try_get_context("stages"), tenants_file)
        capacity.guard(config)  # tenants that do not fit the subnets, nodes or load balancers fail synth
    except ConfigError as err:
        print(f"Configuration has {len(err.problems)} problem(s):", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
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
    build_app(config, app, charts).synth()
    # The headroom beside the assembly, for the `make synth` summary.
    for stage in config.stages.values():
        report = Path(app.outdir) / f"capacity-{stage.name}.txt"
        report.write_text("\n".join(capacity.compute(config, stage).lines()) + "\n")


if __name__ == "__main__":
    main()
