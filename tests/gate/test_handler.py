"""The deploy gate's handler (drupal_platform/lambdas/deploy_gate/handler.py) against a fake
kubectl executable (fake_kubectl.py) that keeps a namespace's objects in a file: the tests play
the Job controller and the kubelet between calls, as the cluster would between two polls."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from drupal_platform import contracts
from drupal_platform.lambdas.deploy_gate import handler

FAKE = Path(__file__).with_name("fake_kubectl.py")
NS = "tenant-acme"
IMAGE_OLD = "repo/acme:1@sha256:" + "a" * 64
IMAGE_NEW = "repo/acme:2@sha256:" + "b" * 64
STACK = "arn:aws:cloudformation:eu-west-1:111111111111:stack/dev-Tenant-acme/abc"


class FakeAws:
    def __init__(self, status: str = "UPDATE_IN_PROGRESS") -> None:
        self.status = status
        self.logs: list[tuple[str, str, str]] = []

    def stack_status(self, stack_id: str) -> str:
        assert stack_id == STACK
        return self.status

    def put_log(self, group: str, stream: str, text: str) -> None:
        self.logs.append((group, stream, text))


class Cluster:
    """The fake kubectl's state file, and what the Job controller and kubelet would write into it."""

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "state.json"
        self.path.write_text(json.dumps({"objects": {}, "logs": {}, "calls": []}))
        binary = tmp_path / "kubectl"
        binary.write_text(f"#!/bin/sh\nexec {sys.executable} {FAKE} \"$@\"\n")
        binary.chmod(binary.stat().st_mode | stat.S_IEXEC)
        config = tmp_path / "kubeconfig"
        config.write_text("{}")
        os.environ["FAKE_KUBE_STATE"] = str(self.path)
        self.kubectl = handler.Kubectl(str(binary), str(config))

    @property
    def state(self) -> dict:
        return json.loads(self.path.read_text())

    def save(self, state: dict) -> None:
        self.path.write_text(json.dumps(state))

    def deploy_state(self) -> dict:
        obj = self.state["objects"].get(f"{NS}/ConfigMap/{contracts.DEPLOY_STATE_CONFIGMAP}")
        return obj["data"] if obj else {}

    def set_deploy_state(self, **data: str) -> None:
        state = self.state
        state["objects"][f"{NS}/ConfigMap/deploy-state"] = {"apiVersion": "v1", "kind": "ConfigMap",
                                                           "metadata": {"name": "deploy-state", "namespace": NS}, "data": data}
        self.save(state)

    def jobs(self) -> list[str]:
        return sorted(k.split("/")[2] for k in self.state["objects"] if k.startswith(f"{NS}/Job/"))

    def calls(self, verb: str) -> list[list[str]]:
        return [c for c in self.state["calls"] if verb in c]

    def finish(self, job: str, *, ok: bool, step: str, log: str = "", init_failed: str | None = None) -> None:
        """The pod ends, the Job controller sets its condition (backoffLimit 0: one pod)."""
        state = self.state
        pod = f"{job}-x7k2p"
        message = json.dumps({"step": step, "result": "succeeded" if ok else "failed"})
        init_statuses = [{"name": "db-init", "state": {"terminated": {"exitCode": 1 if init_failed else 0}}}]
        containers = [] if init_failed else [
            {"name": contracts.DEPLOY_CONTAINER, "state": {"terminated": {"exitCode": 0 if ok else 1, "message": message + "\n"}}}]
        state["objects"][f"{NS}/Pod/{pod}"] = {
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": pod, "namespace": NS, "creationTimestamp": "2026-12-03T05:00:00Z",
                         "labels": {"batch.kubernetes.io/job-name": job}},
            "status": {"initContainerStatuses": init_statuses, "containerStatuses": containers}}
        state["logs"][f"{NS}/{pod}/{init_failed or contracts.DEPLOY_CONTAINER}"] = log
        condition = {"type": "Complete" if ok else "Failed", "status": "True"}
        if not ok:
            condition.update(reason="BackoffLimitExceeded", message="Job has reached the specified backoff limit")
        state["objects"][f"{NS}/Job/{job}"]["status"] = {"conditions": [condition]}
        self.save(state)


def job(name: str, image: str) -> dict:
    return {"apiVersion": "batch/v1", "kind": "Job",
            "metadata": {"name": name, "namespace": NS, "labels": {contracts.DEPLOY_STEP_LABEL: "true"}},
            "spec": {"backoffLimit": 0, "template": {"spec": {"containers": [{"name": "deploy", "image": image}]}}}}


def event(request: str, image: str = IMAGE_NEW, *, job_name: str = "deploy-2b2b", suspended: bool = False, **extra) -> dict:
    return {"RequestType": request, "StackId": STACK, "RequestId": "r-1", "LogicalResourceId": "DeployGate",
            "ResourceProperties": {"ServiceToken": "arn", "Tenant": "acme", "Namespace": NS, "Image": image,
                                   "Job": json.dumps(job(job_name, image)), "Suspended": "true" if suspended else "false",
                                   "LogGroup": "/drupal-platform/dev/deploys"}, **extra}


def poll(gate: handler.Gate, started: dict, request: dict) -> dict:
    """What the framework hands isComplete: the request merged with onEvent's answer."""
    return gate.is_complete({**request, **started})


@pytest.fixture
def cluster(tmp_path) -> Cluster:
    return Cluster(tmp_path)


def test_names_match_the_contract():
    assert handler.DEPLOY_CONTAINER == contracts.DEPLOY_CONTAINER
    assert handler.STATE_CONFIGMAP == contracts.DEPLOY_STATE_CONFIGMAP
    assert (handler.IMAGE_KEY, handler.RESULT_KEY, handler.JOB_KEY, handler.STEP_KEY, handler.TIME_KEY, handler.LOG_KEY,
            handler.ROLLED_BACK_KEY) == (
        contracts.DEPLOY_STATE_IMAGE_KEY, contracts.DEPLOY_STATE_RESULT_KEY, contracts.DEPLOY_STATE_JOB_KEY,
        contracts.DEPLOY_STATE_STEP_KEY, contracts.DEPLOY_STATE_TIME_KEY, contracts.DEPLOY_STATE_LOG_KEY,
        contracts.DEPLOY_STATE_ROLLED_BACK_KEY)


def test_job_succeeds_after_polls_and_records_the_image(cluster):
    gate = handler.Gate(cluster.kubectl, FakeAws())
    request = event("Update", PhysicalResourceId="deploy-gate/tenant-acme")
    started = gate.on_event(request)
    assert started["Data"]["Outcome"] == handler.STARTED and started["PhysicalResourceId"] == "deploy-gate/tenant-acme"
    assert cluster.jobs() == ["deploy-2b2b"]
    assert cluster.deploy_state()["result"] == "running"
    # Still running at the next polls: not complete, nothing recorded as deployed.
    assert poll(gate, started, request) == {"IsComplete": False}
    assert poll(gate, started, request) == {"IsComplete": False}
    assert "image" not in cluster.deploy_state()
    cluster.finish("deploy-2b2b", ok=True, step="deploy-hook")
    assert poll(gate, started, request) == {"IsComplete": True}
    state = cluster.deploy_state()
    assert (state["image"], state["result"], state["job"], state["step"]) == (IMAGE_NEW, "succeeded", "deploy-2b2b", "deploy-hook")
    assert state["time"].endswith("Z")


def test_job_fails_naming_tenant_step_job_and_log(cluster):
    aws = FakeAws()
    gate = handler.Gate(cluster.kubectl, aws)
    cluster.set_deploy_state(image=IMAGE_OLD, result="succeeded", job="deploy-1a1a")
    request = event("Update", PhysicalResourceId="deploy-gate/tenant-acme")
    started = gate.on_event(request)
    log = "".join(f"line {i}\n" for i in range(500)) + ">  [error]  Exception thrown in acme_update_10001()\n"
    cluster.finish("deploy-2b2b", ok=False, step="updatedb", log=log)
    with pytest.raises(handler.DeployFailed) as failure:
        poll(gate, started, request)
    message = str(failure.value)
    for part in ("Tenant acme", "'updatedb'", "tenant-acme/deploy-2b2b", "/drupal-platform/dev/deploys", "acme/deploy-2b2b",
                 "kubectl -n tenant-acme get configmap deploy-state"):
        assert part in message, part
    state = cluster.deploy_state()
    # The last image deployed successfully stays recorded; the failure is described beside it.
    assert (state["image"], state["result"], state["step"], state["job"]) == (IMAGE_OLD, "failed", "updatedb", "deploy-2b2b")
    assert state["log"].endswith("acme_update_10001()\n") and "line 300" not in state["log"]  # a tail of 200 lines
    assert aws.logs == [("/drupal-platform/dev/deploys", "acme/deploy-2b2b", state["log"])]


def test_failed_init_container_is_the_step(cluster):
    gate = handler.Gate(cluster.kubectl, FakeAws())
    request = event("Create")
    started = gate.on_event(request)
    cluster.finish("deploy-2b2b", ok=False, step="", log="ERROR 2003: Can't connect\n", init_failed="db-init")
    with pytest.raises(handler.DeployFailed, match="deploy step 'db-init' failed"):
        poll(gate, started, request)
    assert cluster.deploy_state()["log"] == "ERROR 2003: Can't connect\n"


def test_rollback_runs_nothing_and_lets_the_old_code_start_again(cluster):
    cluster.set_deploy_state(image=IMAGE_OLD, result="failed", job="deploy-2b2b", step="updatedb")
    gate = handler.Gate(cluster.kubectl, FakeAws("UPDATE_ROLLBACK_IN_PROGRESS"))
    # CloudFormation rolls the gate back with an Update carrying the previous properties.
    request = event("Update", IMAGE_OLD, job_name="deploy-1a1a", PhysicalResourceId="deploy-gate/tenant-acme")
    answer = gate.on_event(request)
    assert answer["Data"]["Outcome"].startswith("skipped: stack rolling back")
    assert cluster.jobs() == [] and not cluster.calls("create")
    assert poll(gate, answer, request) == {"IsComplete": True}
    state = cluster.deploy_state()
    assert (state["image"], state["result"]) == (IMAGE_OLD, "succeeded")
    assert state["rolled-back"].startswith("deploy-2b2b (failed at step updatedb")


def test_rollback_of_an_image_never_deployed_changes_nothing(cluster):
    cluster.set_deploy_state(image=IMAGE_OLD, result="failed", job="deploy-2b2b", step="updatedb")
    gate = handler.Gate(cluster.kubectl, FakeAws("UPDATE_ROLLBACK_IN_PROGRESS"))
    gate.on_event(event("Update", "repo/acme:0", job_name="deploy-0000", PhysicalResourceId="deploy-gate/tenant-acme"))
    assert cluster.deploy_state()["result"] == "failed" and cluster.jobs() == []


def test_delete_runs_nothing_and_touches_no_cluster(cluster):
    gate = handler.Gate(cluster.kubectl, FakeAws("DELETE_IN_PROGRESS"))
    request = event("Delete", PhysicalResourceId="deploy-gate/tenant-acme")
    answer = gate.on_event(request)
    assert answer["PhysicalResourceId"] == "deploy-gate/tenant-acme"  # the framework refuses a new id on Delete
    assert poll(gate, answer, request) == {"IsComplete": True}
    assert cluster.state["calls"] == []


def test_same_image_twice_runs_nothing(cluster):
    gate = handler.Gate(cluster.kubectl, FakeAws())
    request = event("Update", PhysicalResourceId="deploy-gate/tenant-acme")
    started = gate.on_event(request)
    cluster.finish("deploy-2b2b", ok=True, step="deploy-hook")
    poll(gate, started, request)
    creates = len(cluster.calls("create"))
    # The Job's TTL removes it; the same code deployed again (another property changed) runs nothing.
    state = cluster.state
    del state["objects"][f"{NS}/Job/deploy-2b2b"]
    cluster.save(state)
    again = gate.on_event(request)
    assert again["Data"]["Outcome"].startswith("skipped: " + IMAGE_NEW + " already deployed")
    assert len(cluster.calls("create")) == creates and cluster.jobs() == []
    assert poll(gate, again, request) == {"IsComplete": True}


def test_suspended_tenant_is_not_deployed(cluster):
    gate = handler.Gate(cluster.kubectl, FakeAws())
    answer = gate.on_event(event("Update", suspended=True, PhysicalResourceId="deploy-gate/tenant-acme"))
    assert "suspended" in answer["Data"]["Outcome"]
    assert cluster.state["calls"] == []


def test_retry_after_a_failure_replaces_the_failed_job(cluster):
    gate = handler.Gate(cluster.kubectl, FakeAws())
    request = event("Update", PhysicalResourceId="deploy-gate/tenant-acme")
    started = gate.on_event(request)
    cluster.finish("deploy-2b2b", ok=False, step="updatedb", log="boom\n")
    with pytest.raises(handler.DeployFailed):
        poll(gate, started, request)
    # The same code deployed again (the failure was in the data, fixed by hand): a fresh Job.
    again = gate.on_event(request)
    assert again["Data"]["Outcome"] == handler.STARTED
    assert [c[:3] for c in cluster.calls("delete")] == [["--kubeconfig", cluster.kubectl.kubeconfig, "delete"]]
    assert cluster.state["objects"][f"{NS}/Job/deploy-2b2b"]["status"] == {}
    assert poll(gate, again, request) == {"IsComplete": False}


def test_job_deleted_while_polling_fails_clearly(cluster):
    gate = handler.Gate(cluster.kubectl, FakeAws())
    request = event("Update", PhysicalResourceId="deploy-gate/tenant-acme")
    started = gate.on_event(request)
    state = cluster.state
    del state["objects"][f"{NS}/Job/deploy-2b2b"]
    cluster.save(state)
    with pytest.raises(handler.DeployFailed, match="Tenant acme: deploy Job tenant-acme/deploy-2b2b disappeared"):
        poll(gate, started, request)


def test_unreachable_cluster_is_an_error_not_a_success(cluster):
    state = cluster.state
    state["unreachable"] = True
    cluster.save(state)
    with pytest.raises(RuntimeError, match="Unable to connect"):
        handler.Gate(cluster.kubectl, FakeAws()).on_event(event("Update", PhysicalResourceId="deploy-gate/tenant-acme"))


def test_kubeconfig_carries_the_token_and_the_cluster_ca():
    config = json.loads(handler.kubeconfig("https://ABC.gr7.eu-west-1.eks.amazonaws.com", "Q0E=", "k8s-aws-v1.xyz"))
    assert config["users"][0]["user"] == {"token": "k8s-aws-v1.xyz"}
    assert config["clusters"][0]["cluster"] == {"server": "https://ABC.gr7.eu-west-1.eks.amazonaws.com",
                                                "certificate-authority-data": "Q0E="}


CHECKOV_PYTHON = Path(__file__).resolve().parents[2] / ".venv-checkov" / "bin" / "python"


def test_eks_token_is_a_presigned_get_caller_identity_for_the_cluster():
    """Runs eks_token with real botocore (the Lambda runtime has it; the project venv does not,
    the checkov venv does) and decodes what the EKS authenticator would check."""
    if not CHECKOV_PYTHON.exists():
        pytest.fail("make setup builds .venv-checkov (it carries botocore)")
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import handler; "
            "print(handler.eks_token('drupal-dev', 'eu-west-1'))")
    env = {"AWS_ACCESS_KEY_ID": "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "PATH": os.environ["PATH"],
           "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"}
    out = subprocess.run([str(CHECKOV_PYTHON), "-c", code, str(Path(handler.__file__).parent)], env=env, capture_output=True,
                         text=True, check=True).stdout.strip()
    import base64
    from urllib.parse import parse_qs, urlparse

    assert out.startswith("k8s-aws-v1.") and "=" not in out
    body = out[len("k8s-aws-v1."):]
    url = urlparse(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode())
    query = parse_qs(url.query)
    assert url.netloc == "sts.eu-west-1.amazonaws.com"
    assert query["Action"] == ["GetCallerIdentity"] and query["X-Amz-Expires"] == ["60"]
    assert "x-k8s-aws-id" in query["X-Amz-SignedHeaders"][0].split(";")
    assert query["X-Amz-Credential"][0].startswith("AKIAEXAMPLE/")
