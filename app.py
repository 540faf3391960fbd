#!/usr/bin/env python3
"""CDK entry point: the only place that reads files and context. Builds one Stage per stage."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import aws_cdk as cdk

from drupal_platform import capacity
from drupal_platform.chart_cache import ChartCache, how_to_get
from drupal_platform.sources import read_json
from drupal_platform.stage import build_app
from drupal_platform.validation import report_lines, validate

CONTEXT_FILE = Path("cdk.json")


def _stage_positions(stages_raw: Any) -> dict:
    """Lines of cdk.json's stages, when the context's stages are the ones written there."""
    src = read_json(CONTEXT_FILE, what="an object") if CONTEXT_FILE.is_file() else None
    if src is None or not src.ok or (src.data.get("context") or {}).get("stages") != stages_raw:
        return {}
    return src.positions


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
