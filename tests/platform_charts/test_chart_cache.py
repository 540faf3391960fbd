"""The chart cache: pinned charts, complete with dependencies, from a mirror or a Helm repository,
and a single clear message per chart that cannot be had."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml

from drupal_platform.chart_cache import ChartCache, ChartUnavailable, chart_problems, dependency_problems
from drupal_platform.versions import HELM_CHARTS

ROOT = Path(__file__).resolve().parents[2]
SMALL = HELM_CHARTS["metrics-server"]


def package(chart_dir: Path, mirror: Path, pin, edit=None) -> Path:
    """<chart>-<version>.tgz of a chart directory, laid out as `helm package` does (<chart>/...)."""
    staging = mirror.parent / "staging" / pin.chart
    shutil.copytree(chart_dir, staging)
    if edit:
        edit(staging)
    mirror.mkdir(exist_ok=True)
    archive = mirror / f"{pin.chart}-{pin.version}.tgz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(staging, arcname=pin.chart)
    return archive


@pytest.mark.parametrize("key", sorted(HELM_CHARTS))
def test_every_cached_chart_is_its_pin_with_every_dependency(key):
    pin = HELM_CHARTS[key]
    assert chart_problems(ChartCache().directory(pin), pin) == []


def test_a_missing_subchart_is_reported(tmp_path):
    loki = ChartCache().directory(HELM_CHARTS["loki"])
    copy = tmp_path / "loki"
    shutil.copytree(loki, copy)
    shutil.rmtree(copy / "charts" / "minio")
    assert dependency_problems(copy) == ["loki: dependency minio 5.4.0 missing from charts/"]


def test_fill_from_a_mirror_adds_what_it_has_and_names_each_chart_it_lacks(tmp_path):
    mirror = tmp_path / "mirror"
    package(ChartCache().directory(SMALL), mirror, SMALL)
    cache = ChartCache(tmp_path / "cache")
    with pytest.raises(ChartUnavailable) as err:
        cache.fill(mirror, log=lambda _: None)
    assert chart_problems(cache.directory(SMALL), SMALL) == []
    lines = str(err.value).splitlines()
    assert len(lines) == len(HELM_CHARTS) - 1
    for pin in HELM_CHARTS.values():
        if pin is SMALL:
            continue
        (line,) = [x for x in lines if x.startswith(f"Helm chart {pin.chart} {pin.version} ")]
        # both ways to get it: a mirror, or the pinned repository
        assert f"{pin.chart}-{pin.version}.tgz" in line and "CHART_MIRROR=" in line and pin.repository in line
    # a second fill adds nothing it already has
    assert cache.missing() == [p for p in HELM_CHARTS.values() if p is not SMALL]


def test_an_archive_that_is_not_the_pinned_chart_is_refused(tmp_path):
    def older(top: Path) -> None:
        meta = yaml.safe_load((top / "Chart.yaml").read_text())
        (top / "Chart.yaml").write_text(yaml.safe_dump({**meta, "version": "0.0.1"}))

    mirror = tmp_path / "mirror"
    package(ChartCache().directory(SMALL), mirror, SMALL, edit=older)
    cache = ChartCache(tmp_path / "cache")
    with pytest.raises(ChartUnavailable, match=r"Chart.yaml says metrics-server 0.0.1, the pin is metrics-server 3.13.1"):
        cache.fill(mirror, log=lambda _: None)
    assert SMALL in cache.missing()  # nothing half-written


def test_helm_pull_failure_names_the_chart_and_both_ways(tmp_path):
    fake = tmp_path / "helm"
    fake.write_text("#!/bin/sh\necho 'Error: looks like \"$4\" is not a valid chart repository' >&2\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(ChartUnavailable) as err:
        ChartCache(tmp_path / "cache").fill(None, log=lambda _: None, helm=fake)
    first = str(err.value).splitlines()[0]
    pin = next(iter(HELM_CHARTS.values()))
    assert first.startswith(f"Helm chart {pin.chart} {pin.version} is not available") and "helm pull:" in first and pin.repository in first


def test_make_charts_fails_with_one_line_per_chart_and_no_traceback(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run([sys.executable, "-m", "drupal_platform.chart_cache", "--mirror", str(empty), "--cache", str(tmp_path / "c")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == len(HELM_CHARTS)


def test_synth_without_the_chart_cache_names_the_chart(tmp_path, config):
    from aws_cdk import App

    from drupal_platform.stage import build_app
    from tests.conftest import cdk_context

    app = App(context={k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")})
    with pytest.raises(ChartUnavailable, match=r"Helm chart \S+ \S+ is not available: .*make charts"):
        build_app(config, app, charts=ChartCache(tmp_path / "none"))


def test_app_without_the_chart_cache_prints_one_line_per_chart_and_no_traceback(tmp_path):
    import json
    import os

    from tests.conftest import TENANTS, cdk_context

    context = {**cdk_context(), "tenants": str(TENANTS), "chartCache": str(tmp_path / "empty")}
    env = {**os.environ, "CDK_CONTEXT_JSON": json.dumps(context), "CDK_OUTDIR": str(tmp_path / "out")}
    run = subprocess.run([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr + run.stdout
    # (jsii may print a Node.js banner on stderr first)
    lines = [line for line in run.stderr.splitlines() if line.startswith("Helm chart ")]
    assert len(lines) == len(HELM_CHARTS)
    assert all(" is not available: " in line and "CHART_MIRROR=" in line and "make charts" in line for line in lines)


def test_the_repository_holds_no_chart_content():
    files = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=ROOT, check=True).stdout.splitlines()
    archives = {f"{pin.chart}-{pin.version}.tgz" for pin in HELM_CHARTS.values()}
    chart_files = [f for f in files if f.endswith(("Chart.yaml", "Chart.lock", "values.schema.json", ".helmignore"))
                   or Path(f).name in archives or f.startswith(".charts/")]
    assert chart_files == []
    ignored = subprocess.run(["git", "check-ignore", "-q", ".charts/anything"], cwd=ROOT)
    assert ignored.returncode == 0, ".charts/ must be git-ignored"
