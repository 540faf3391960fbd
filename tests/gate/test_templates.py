"""The deploy gate in the synthesised templates: one provider per stage in the cluster stack, one
Custom::DeployGate per running tenant after its manifests, the deploy Job in the gate and in no
manifest, every workload still in the main manifest under today's prune label."""

from __future__ import annotations

import copy
import json

import pytest

from drupal_platform import contracts
from drupal_platform.charts.platform.deploy_gate import DeployGateChart
from drupal_platform.constructs.deploy_gate import RESOURCE_TYPE
from drupal_platform.constructs.tenant_manifest import PRUNE_LABEL_PREFIX
from tests.tenant.helpers import config_from, of_type, synth_tenants, tenants_data, with_state

# The main manifest's prune label of each deployed tenant before the gate existed (the pinned
# snapshots of main at 5fa5afd): a different label would make the next apply prune every object.
TODAYS_PRUNE_LABELS = {
    "dev/Tenant-alpha": "aws.cdk.eks/prune-c85f7e5fb8663a7b0063354933e076539d708c4ec8",
    "dev/Tenant-beta": "aws.cdk.eks/prune-c87398fa5327da25f7a7730f2ea27d11a2c550cfe2",
    "prod/Tenant-alpha": "aws.cdk.eks/prune-c87215a21f7a88fd2d0f9274b496a1e871aabbf3f3",
    "prod/Tenant-beta": "aws.cdk.eks/prune-c83be179c7532a00d1d0f6738c46266f99a269a9f0",
    "prod/Tenant-gamma": "aws.cdk.eks/prune-c88c28b996de73f99da60eedad82c7fc47806418f5",
}
WORKLOAD_KINDS = {"Namespace", "Deployment", "CronJob", "Service", "Ingress", "PersistentVolumeClaim", "ConfigMap"}


def tenant_names(assembly) -> list[str]:
    return [n for n in assembly.names() if "/Tenant-" in n]


def manifest_objects(resource: dict) -> list[dict]:
    """A KubernetesManifest's objects with CloudFormation tokens replaced by a marker."""
    value = resource["Properties"]["Manifest"]
    if isinstance(value, dict):  # Fn::Join of literal parts and tokens
        value = "".join(p if isinstance(p, str) else "TOKEN" for p in value["Fn::Join"][1])
    return json.loads(value)


def gate_of(template: dict) -> tuple[str, dict]:
    gates = of_type(template, RESOURCE_TYPE)
    assert len(gates) == 1, sorted(gates)
    return next(iter(gates.items()))


def resolved_job(props: dict) -> dict:
    value = props["Job"]
    if isinstance(value, dict):
        value = "".join(p if isinstance(p, str) else "TOKEN" for p in value["Fn::Join"][1])
    return json.loads(value)


def test_one_gate_per_running_tenant_with_the_stage_token(assembly, config):
    for name in tenant_names(assembly):
        stage_name, stack = name.split("/")
        tenant = config.tenants[stack.removeprefix("Tenant-")]
        gates = of_type(assembly.template(name), RESOURCE_TYPE)
        if tenant.platform.state == "decommissioned":
            assert gates == {}
            continue
        _, gate = gate_of(assembly.template(name))
        props = gate["Properties"]
        stage = config.stages[stage_name]
        assert props["ServiceToken"] == f"arn:aws:lambda:{stage.region}:{stage.account}:function:drupal-{stage.name}-deploy-gate"
        assert props["ServiceTimeout"] == str(contracts.DEPLOY_GATE_TIMEOUT_SECONDS)
        assert (props["Tenant"], props["Namespace"]) == (tenant.name, tenant.namespace)
        assert props["LogGroup"] == f"/drupal-platform/{stage.name}/deploys"
        job = resolved_job(props)
        assert job["kind"] == "Job" and job["metadata"]["labels"][contracts.DEPLOY_STEP_LABEL] == "true"
        assert job["spec"]["activeDeadlineSeconds"] <= contracts.DEPLOY_JOB_MAX_DEADLINE_SECONDS < contracts.DEPLOY_GATE_TIMEOUT_SECONDS
        # No prune label: the main manifest's next apply must not delete a Job it does not hold.
        assert not any(k.startswith(PRUNE_LABEL_PREFIX) for k in job["metadata"]["labels"])
        images = [c["image"] for c in job["spec"]["template"]["spec"]["containers"]]
        assert props["Image"] in images


def test_gate_runs_after_the_main_and_database_manifests(assembly):
    for name in tenant_names(assembly):
        template = assembly.template(name)
        logical_id, gate = gate_of(template)
        manifests = of_type(template, "Custom::AWSCDK-EKS-KubernetesResource")
        main = [m for m in manifests if m.startswith("ManifestChart")]
        database = [m for m in manifests if m.startswith("ManifestGroupPerconaServerMySQL")]
        assert len(main) == 1 and len(database) == 1
        assert set(main + database) <= set(gate.get("DependsOn", [])), name
        # Nothing in the stack waits for the gate (it is the last request; a later failure would roll it back).
        for other_id, other in template["Resources"].items():
            assert logical_id not in other.get("DependsOn", []), other_id


def test_the_deploy_job_is_in_no_manifest_and_workloads_stay_in_the_main_one(assembly):
    for name in tenant_names(assembly):
        template = assembly.template(name)
        manifests = of_type(template, "Custom::AWSCDK-EKS-KubernetesResource")
        kinds_in_main: set[str] = set()
        for logical_id, resource in manifests.items():
            if "Manifest" not in resource["Properties"]:
                continue
            objects = manifest_objects(resource)
            assert not [o for o in objects if o["metadata"].get("labels", {}).get(contracts.DEPLOY_STEP_LABEL)], logical_id
            if logical_id.startswith("ManifestChart"):
                labels = {k for o in objects for k in o["metadata"]["labels"] if k.startswith(PRUNE_LABEL_PREFIX)}
                assert len(labels) == 1, labels
                assert labels == {TODAYS_PRUNE_LABELS[name]}, name
                kinds_in_main = {o["kind"] for o in objects}
            else:
                assert not {o["kind"] for o in objects} & {"Namespace", "Deployment", "CronJob", "PersistentVolumeClaim"}, logical_id
        assert {"Namespace", "Deployment", "Service", "Ingress", "PersistentVolumeClaim", "ConfigMap"} <= kinds_in_main, name


NEW_DIGEST = "sha256:" + "b" * 64


@pytest.fixture(scope="module")
def image_change(tmp_path_factory, config):
    """The tenant stacks before and after one tenant's image tag changes."""
    base = synth_tenants(config, tmp_path_factory.mktemp("gate-before"), nag=False)
    data = copy.deepcopy(tenants_data())
    data["tenants"]["beta"]["client"]["image"]["tag"] = "2026.12.03-1"
    data["tenants"]["beta"]["client"]["image"]["digest"] = NEW_DIGEST  # prod pins client images
    changed = synth_tenants(config_from(data, tmp_path_factory.mktemp("gate-config")), tmp_path_factory.mktemp("gate-after"), nag=False)
    return base, changed


def test_one_tenants_new_image_changes_only_its_gate_and_workloads(image_change):
    base, changed = image_change
    assert base.names() == changed.names()
    for name in base.names():
        before, after = base.template(name), changed.template(name)
        if not name.endswith("/Tenant-beta"):
            assert before == after, f"{name} changed with beta's image"
            continue
        different = sorted(k for k in before["Resources"] if before["Resources"][k] != after["Resources"].get(k))
        gate_id, gate = gate_of(after)
        main = next(k for k in before["Resources"] if k.startswith("ManifestChart"))
        # The gate (its Job, hence an Update that runs the deploy step) and the main manifest (the
        # Deployment's and CronJob's image); nothing else.
        assert different == sorted([gate_id, main]), different
        assert gate["Properties"]["Image"].endswith(f":2026.12.03-1@{NEW_DIGEST}")
        old_job, new_job = resolved_job(gate_of(before)[1]["Properties"]), resolved_job(gate["Properties"])
        assert old_job["metadata"]["name"] != new_job["metadata"]["name"]  # a new Job: its pod template is immutable


def test_cluster_stack_holds_the_provider_with_fixed_names_and_its_own_identity(assembly, config):
    for stage in config.stages.values():
        template = assembly.template(f"{stage.name}/Cluster")
        functions = {r["Properties"].get("FunctionName"): r for r in of_type(template, "AWS::Lambda::Function").values()}
        prefix = f"drupal-{stage.name}-deploy-gate"
        assert {prefix, f"{prefix}-on-event", f"{prefix}-is-complete"} <= set(functions)
        handler = functions[f"{prefix}-is-complete"]
        assert handler["Properties"]["Handler"] == "handler.is_complete"
        assert handler["Properties"]["Environment"]["Variables"]["KUBECTL"] == "/opt/kubectl/kubectl"
        # The pinned kubectl layer: the same LayerVersion as the kubectl provider's.
        kubectl_handler = next(r for k, r in of_type(template, "AWS::Lambda::Function").items() if k.startswith("ClusterKubectlProviderHandler"))
        layer_refs = {json.dumps(x) for x in kubectl_handler["Properties"]["Layers"]}
        assert {json.dumps(x) for x in handler["Properties"]["Layers"]} <= layer_refs
        machine = next(iter(of_type(template, "AWS::StepFunctions::StateMachine").values()))
        definition = "".join(p if isinstance(p, str) else "X" for p in machine["Properties"]["DefinitionString"]["Fn::Join"][1])
        retry = json.loads(definition)["States"]["framework-isComplete-task"]["Retry"][0]
        assert (retry["IntervalSeconds"], retry["MaxAttempts"], retry["BackoffRate"]) == (20, 177, 1)  # 59 minutes: before CloudFormation's hour
        entries = [e for e in of_type(template, "AWS::EKS::AccessEntry").values()
                   if e["Properties"].get("KubernetesGroups") == [contracts.DEPLOY_GATE_GROUP]]
        assert len(entries) == 1
        assert "AccessPolicies" not in entries[0]["Properties"]  # the ClusterRole is all it gets
        role_id = entries[0]["Properties"]["PrincipalArn"]["Fn::GetAtt"][0]
        assert handler["Properties"]["Role"] == {"Fn::GetAtt": [role_id, "Arn"]}
        log_groups = {r["Properties"].get("LogGroupName"): r for r in of_type(template, "AWS::Logs::LogGroup").values()}
        assert log_groups[f"/drupal-platform/{stage.name}/deploys"]["DeletionPolicy"] == "Retain"


def test_cluster_role_grants_exactly_what_the_gate_does():
    import cdk8s

    objects = DeployGateChart(cdk8s.App(), "deploy-gate").to_json()
    role = next(o for o in objects if o["kind"] == "ClusterRole")
    binding = next(o for o in objects if o["kind"] == "ClusterRoleBinding")
    granted = {(r["apiGroups"][0], r["resources"][0], v, tuple(r.get("resourceNames", ()))) for r in role["rules"] for v in r["verbs"]}
    assert granted == {
        ("batch", "jobs", "create", ()), ("batch", "jobs", "get", ()), ("batch", "jobs", "delete", ()),
        ("", "pods", "get", ()), ("", "pods", "list", ()), ("", "pods/log", "get", ()),
        ("", "configmaps", "create", ()), ("", "configmaps", "get", ("deploy-state",)), ("", "configmaps", "patch", ("deploy-state",)),
    }
    assert binding["subjects"] == [{"kind": "Group", "name": contracts.DEPLOY_GATE_GROUP, "apiGroup": "rbac.authorization.k8s.io"}]
    assert binding["roleRef"]["name"] == role["metadata"]["name"]


def test_platform_services_apply_the_cluster_role(assembly, config):
    for stage in config.stages:
        template = assembly.template(f"{stage}/Platform-Services")
        found = [m for m in of_type(template, "Custom::AWSCDK-EKS-KubernetesResource").values()
                 if contracts.DEPLOY_GATE_GROUP in json.dumps(m["Properties"].get("Manifest", ""))]
        assert len(found) == 1


@pytest.mark.parametrize("state", ["suspended", "decommissioned"])
def test_suspended_tenant_keeps_a_gate_that_runs_nothing_and_decommissioned_has_none(tmp_path, state):
    assembly = synth_tenants(with_state(tmp_path, "alpha", state), tmp_path / "out", nag=False)
    template = assembly.template("dev/Tenant-alpha")
    if state == "decommissioned":
        assert of_type(template, RESOURCE_TYPE) == {}
        return
    props = gate_of(template)[1]["Properties"]
    assert props["Suspended"] == "true"
    assert props["Job"] == "" or resolved_job(props)["kind"] == "Job"
