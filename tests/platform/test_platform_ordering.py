"""Ordering: CRDs and operators before anything that uses them, and tenants after the platform."""

from __future__ import annotations

import pytest
from aws_cdk import App
from constructs import Construct

from drupal_platform.constructs.platform import MissingDependencyError, ServiceRegistry
from drupal_platform.stacks.platform import SERVICES
from drupal_platform.stage import PlatformStage
from tests.platform.platform_helpers import HELM, MANIFEST

STAGES = ["dev", "prod"]


def _depends(template: dict, logical_prefix: str) -> set[str]:
    return set(template["Resources"][_id(template, logical_prefix)].get("DependsOn", []))


def _id(template: dict, prefix: str) -> str:
    (k,) = [k for k, r in template["Resources"].items() if k.startswith(prefix) and r["Type"] in (HELM, MANIFEST, "AWS::EKS::Addon")]
    return k


@pytest.mark.parametrize("stage", STAGES)
def test_custom_resources_wait_for_their_crds(services, stage):
    t = services[stage]
    edges = {
        # dependant: what it waits for (why)
        "OpenTelemetryCollectors": ["OpenTelemetryOperator", "MonitoringKubePrometheusStack"],  # OTel CRDs + webhook; PrometheusRule CRD
        "LoadBalancerControllerIngressClass": ["LoadBalancerControllerChart"],  # IngressClassParams CRD
        "StorageClasses": ["StorageSnapshotController"],  # VolumeSnapshotClass CRD
        "VeleroSchedule": ["VeleroChart"],  # Schedule and BackupStorageLocation CRDs
        "ExternalSecretsChart": ["Namespaces"],
        "DatabaseOperatorChart": ["Namespaces"],
        "MonitoringLoki": ["MonitoringKubePrometheusStack"],  # ServiceMonitor CRD
        "VeleroChart": ["MonitoringKubePrometheusStack", "StorageClasses"],
    }
    for dependant, needs in edges.items():
        deps = _depends(t, dependant)
        for need in needs:
            assert _id(t, need) in deps, f"{dependant} must wait for {need}"


def test_every_declared_dependency_has_a_reason(services):
    app = App()
    stage = _stage(app)
    deps = stage.platform_services.registry.dependencies
    assert deps and all(d.reason for d in deps)
    declared = {(d.service, d.needs) for d in deps}
    assert ("opentelemetry", "monitoring") in declared and ("velero", "storage") in declared


def test_tenant_prerequisites_name_the_crd_and_operator_installs():
    app = App()
    stage = _stage(app)
    paths = {c.node.path for c in stage.platform_services.tenant_prerequisites}
    base = "prod/Platform-Services/"
    for expected in ("ExternalSecrets/Chart", "DatabaseOperator/Chart", "Storage/Classes", "LoadBalancerController/IngressClass",
                     "OpenTelemetry/Collectors", "Monitoring/KubePrometheusStack", "MetricsServer/Chart", "Namespaces"):
        assert base + expected in paths, expected


def test_tenant_stacks_depend_on_both_platform_stacks(assembly):
    for name in assembly.names():
        if "/Tenant-" not in name:
            continue
        stage = name.split("/")[0]
        deps = {d.id for d in assembly.stacks[name].dependencies}
        assert assembly.stacks[f"{stage}/Platform-Data"].id in deps, name
        assert assembly.stacks[f"{stage}/Platform-Services"].id in deps, name


@pytest.mark.parametrize("stage", STAGES)
def test_platform_stacks_come_after_the_cluster(assembly, stage):
    ids = lambda name: {d.id for d in assembly.stacks[name].dependencies}  # noqa: E731
    assert assembly.stacks[f"{stage}/Cluster"].id in ids(f"{stage}/Platform-Services")
    assert assembly.stacks[f"{stage}/Platform-Data"].id in ids(f"{stage}/Platform-Services")
    assert assembly.stacks[f"{stage}/Network"].id in ids(f"{stage}/Platform-Data")


def test_a_service_deployed_before_its_needs_fails_with_a_message():
    registry = ServiceRegistry(Construct(App(), "scope"))
    backups = [s for s in SERVICES if s.name == "velero"][0]
    with pytest.raises(MissingDependencyError) as err:
        registry.deploy(backups, ctx=None)
    message = str(err.value)
    assert message.startswith("platform service 'velero' needs 'namespaces' (the velero namespace")
    assert "deployed so far: none" in message


def test_services_are_ordered_after_their_needs():
    seen: set[str] = set()
    for service in SERVICES:
        assert set(service.needs) <= seen, service.name
        seen.add(service.name)


@pytest.mark.parametrize("stage", STAGES)
def test_platform_stacks_stay_far_below_the_resource_limit(data, services, stage):
    for template in (data[stage], services[stage]):
        assert len(template["Resources"]) < 200


_CACHE: dict = {}


def _stage(app: App) -> PlatformStage:
    """The prod stage built in-process (not synthesised) to inspect construct objects."""
    if "stage" not in _CACHE:
        from tests.conftest import cdk_context, example_config

        config = example_config()
        # The app's feature flags (cdk.json) change construct behaviour: build with them.
        flagged = App(context={k: v for k, v in cdk_context().items() if k.startswith("@aws-cdk")})
        _CACHE["stage"] = PlatformStage(flagged, config=config, stage=config.stages["prod"])
    return _CACHE["stage"]
