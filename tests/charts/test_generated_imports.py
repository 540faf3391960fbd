"""The typed Percona and OpenTelemetryCollector classes are generated from trimmed copies of the
upstream CRDs (KEEP_SPEC): one kind, one version where asked, and the spec fields our charts render.
The trim must never drop a field a chart renders, and the checked-in modules must be what it gives."""

from pathlib import Path

import pytest

from drupal_platform.charts import generate_imports as gen
from drupal_platform.charts.imports import percona

from helpers.crd_trim import missing_fields

from .conftest import find

CRDS = Path(__file__).resolve().parents[3] / "shared" / "crds"
PERCONA = CRDS / gen.IMPORTS["percona"]


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory):
    import yaml

    dest = tmp_path_factory.mktemp("crd") / PERCONA.name
    removed = gen.jsii_safe_copy(PERCONA, dest, keep_spec=gen.KEEP_SPEC["percona"])
    return [d for d in yaml.safe_load_all(dest.read_text()) if d], removed


def test_the_copy_keeps_one_kind_without_status(trimmed):
    docs, removed = trimmed
    assert [d["spec"]["names"]["kind"] for d in docs] == ["PerconaServerMySQL"]
    assert "3 other kinds" in removed
    for version in docs[0]["spec"]["versions"]:
        assert "status" not in version["schema"]["openAPIV3Schema"]["properties"]


def test_a_required_field_that_was_dropped_is_no_longer_required(trimmed):
    docs, _ = trimmed
    spec = docs[0]["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]

    def walk(schema):
        props = schema.get("properties", {})
        assert set(schema.get("required", [])) <= set(props)
        for sub in props.values():
            walk(sub.get("items", sub))

    walk(spec)


@pytest.mark.parametrize("tenant", ["alpha", "gamma"])  # single node and highAvailability
def test_every_field_the_chart_renders_survives_the_trim(trimmed, all_manifests, tenant):
    docs, _ = trimmed
    spec_schema = docs[0]["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
    cr = find(all_manifests[(tenant, "prod")], "PerconaServerMySQL")
    assert missing_fields(cr["spec"], spec_schema) == []


def test_the_checked_in_module_is_the_trimmed_one():
    # Classes of the dropped kinds and of a dropped field are gone; those the chart uses are there.
    assert not hasattr(percona, "PerconaServerMySqlBackup")
    assert not hasattr(percona, "PerconaServerMySqlSpecMysqlAffinity")
    assert hasattr(percona, "PerconaServerMySqlSpecProxyRouterTolerations")
    assert (Path(percona.__file__)).stat().st_size < 1_000_000


def test_a_field_outside_the_kept_ones_is_refused_by_the_typed_class():
    with pytest.raises(TypeError):
        percona.PerconaServerMySqlSpecMysql(affinity={})

