"""The OpenTelemetryCollector classes come from a trimmed copy of the upstream CRD (v1beta1 and
the fields charts/platform/observability.py renders: generate_imports.KEEP_SPEC). Both collectors
of every stage must fit in what the trim keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from drupal_platform.charts import generate_imports as gen
from drupal_platform.charts.imports import otelcollector
from tests.helpers.crd_trim import missing_fields
from tests.platform.platform_helpers import all_objects

CRD = Path(__file__).resolve().parents[3] / "shared" / "crds" / gen.IMPORTS["otelcollector"]


@pytest.fixture(scope="module")
def trimmed(tmp_path_factory):
    dest = tmp_path_factory.mktemp("crd") / CRD.name
    removed = gen.jsii_safe_copy(CRD, dest, keep_spec=gen.KEEP_SPEC["otelcollector"])
    (doc,) = [d for d in yaml.safe_load_all(dest.read_text()) if d]
    return doc, removed


def test_the_copy_keeps_v1beta1_only(trimmed):
    doc, removed = trimmed
    assert [v["name"] for v in doc["spec"]["versions"]] == ["v1beta1"]
    assert "versions v1alpha1" in removed
    assert otelcollector.OpenTelemetryCollector.GVK.api_version == "opentelemetry.io/v1beta1"
    assert not hasattr(otelcollector, "OpenTelemetryCollectorV1Alpha1")


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_every_collector_field_survives_the_trim(trimmed, services, stage):
    doc, _ = trimmed
    schema = doc["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
    collectors = [o for o in all_objects(services[stage]) if o.get("kind") == "OpenTelemetryCollector"]
    assert len(collectors) == 2
    for collector in collectors:
        assert missing_fields(collector["spec"], schema) == [], collector["metadata"]["name"]
