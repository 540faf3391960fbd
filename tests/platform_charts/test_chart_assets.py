"""Helm releases deploy from chart assets: no Helm repository at deploy time, and the bytes a deploy
uploads are the cached chart the tests render."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from aws_cdk import App, Stack
from aws_cdk import aws_s3_assets as s3_assets

from drupal_platform.chart_cache import ChartCache
from drupal_platform.versions import HELM_CHARTS
from tests.platform.platform_helpers import HELM, of_type
from tests.platform.test_platform_services import EXPECTED_RELEASES
from tests.platform_charts.conftest import STAGES
from tests.platform_charts.render import chart_dir_of


def tree(directory: Path) -> dict[str, str]:
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_no_template_names_a_helm_repository(assembly):
    repositories = {pin.repository.rstrip("/") for pin in HELM_CHARTS.values()}
    for name in assembly.names():
        text = json.dumps(assembly.template(name))
        assert not [r for r in repositories if r in text], name
        for logical_id, res in of_type(assembly.template(name), HELM).items():
            # The kubectl handler asserts these are unset when ChartAssetURL is given.
            assert not {"Chart", "Repository", "Version"} & set(res["Properties"]), f"{name} {logical_id}"


@pytest.mark.parametrize("stage", STAGES)
def test_every_release_uploads_exactly_the_cached_chart(assembly, config, stage):
    s = config.stages[stage]
    releases = of_type(assembly.template(f"{stage}/Platform-Services"), HELM)
    assert len(releases) == len(EXPECTED_RELEASES)
    for res in releases.values():
        p = res["Properties"]
        url = p["ChartAssetURL"]
        assert url.startswith(f"s3://cdk-hnb659fds-assets-{s.account}-{s.region}/") and url.endswith(".zip"), url
        pin = HELM_CHARTS[EXPECTED_RELEASES[p["Release"]][0]]
        assert tree(chart_dir_of(assembly.outdir, url)) == tree(ChartCache().directory(pin)), p["Release"]


def test_a_chart_change_is_a_new_asset_hash(tmp_path):
    """`make diff` shows a changed chart as a new ChartAssetURL: the hash is of the content, not the path."""
    cached = ChartCache().directory(HELM_CHARTS["metrics-server"])
    same, changed = tmp_path / "same", tmp_path / "changed"
    shutil.copytree(cached, same)
    shutil.copytree(cached, changed)
    (changed / "values.yaml").write_text((changed / "values.yaml").read_text() + "\n# changed\n")
    stack = Stack(App(), "S")
    hashes = {name: s3_assets.Asset(stack, name, path=str(path)).asset_hash for name, path in
              (("Cached", cached), ("Same", same), ("Changed", changed))}
    assert hashes["Cached"] == hashes["Same"] != hashes["Changed"]
