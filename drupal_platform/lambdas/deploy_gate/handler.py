"""The deploy gate: runs a tenant's deploy-step Job for a `Custom::DeployGate` and fails the
tenant's `cdk deploy` when the Job fails, naming the tenant, the step, the Job and the log.

It runs behind aws-cdk-lib's custom-resource Provider framework (constructs/deploy_gate.py):
`on_event` starts the Job and returns at once; the framework's Step Functions waiter then calls
`is_complete` every 20 s for up to 2 h, each call a fresh invocation (a database update may
outlive one Lambda). A failure raised from `is_complete` reaches CloudFormation as the
resource's status reason (framework.js: the error message, then "Logs: /aws/lambda/...").

No deploy step runs:
- on Delete (the Job's work cannot be undone; the deploy-state ConfigMap goes with the namespace);
- while the stack rolls back (DescribeStacks status *ROLLBACK*): CloudFormation re-sends the
  previous properties as an Update, and running the old code's steps over the new schema, or
  importing its configuration, would damage the site. When the state still records that image
  as the last success, `result` returns to succeeded so the old code's pods may restart;
- when deploy-state already records this image as deployed successfully (idempotent);
- for a suspended tenant (its database is paused; the Job could never finish).

Called only by the framework, so it trusts the event's shape; kubectl comes from the pinned
kubectl layer (/opt/kubectl/kubectl), authenticated with an EKS token made here (a presigned
STS GetCallerIdentity, as `aws eks get-token` makes it) for the function's own role, which
the cluster maps to the Kubernetes group bound to the gate's narrow ClusterRole.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from typing import Any, Protocol

# Names shared with drupal_platform/contracts.py (the Lambda package carries no project
# imports; tests/gate asserts these equal the contract's values).
DEPLOY_CONTAINER = "deploy"
STATE_CONFIGMAP = "deploy-state"
IMAGE_KEY, RESULT_KEY, JOB_KEY, STEP_KEY, TIME_KEY, LOG_KEY = "image", "result", "job", "step", "time", "log"
ROLLED_BACK_KEY = "rolled-back"
JOB_NAME_LABEL = "batch.kubernetes.io/job-name"

LOG_TAIL_LINES = 200
LOG_TAIL_BYTES = 16_384  # of the ConfigMap's 1 MiB; CloudWatch keeps the same tail
STARTED = "started"


class DeployFailed(Exception):
    """The message CloudFormation shows as the gate's status reason."""


class Aws(Protocol):
    def stack_status(self, stack_id: str) -> str: ...
    def put_log(self, group: str, stream: str, text: str) -> None: ...


# --- kubectl ---------------------------------------------------------------------------------
class Kubectl:
    """kubectl of the layer, with a kubeconfig holding a fresh EKS token (one per invocation)."""

    def __init__(self, binary: str, kubeconfig: str) -> None:
        self.binary = binary
        self.kubeconfig = kubeconfig

    def run(self, *args: str, stdin: str | None = None) -> str:
        proc = subprocess.run([self.binary, "--kubeconfig", self.kubeconfig, *args], input=stdin, capture_output=True,
                              text=True, timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"kubectl {' '.join(args[:3])} failed: {proc.stderr.strip()[:1000]}")
        return proc.stdout

    def get(self, kind: str, name: str, namespace: str) -> dict | None:
        out = self.run("get", kind, name, "-n", namespace, "-o", "json", "--ignore-not-found")
        return json.loads(out) if out.strip() else None

    def job_pods(self, job: str, namespace: str) -> list[dict]:
        out = self.run("get", "pods", "-n", namespace, "-l", f"{JOB_NAME_LABEL}={job}", "-o", "json")
        return json.loads(out).get("items", [])

    def create(self, obj: dict) -> None:
        self.run("create", "-f", "-", stdin=json.dumps(obj))

    def delete_job(self, name: str, namespace: str, timeout: float = 120.0) -> None:
        """Deletes the Job and its pods and waits until it is gone, polling with `get`
        (`kubectl delete --wait` watches, which the gate's ClusterRole does not grant)."""
        self.run("delete", "job", name, "-n", namespace, "--ignore-not-found", "--cascade=foreground", "--wait=false")
        deadline = time.monotonic() + timeout
        while self.get("job", name, namespace) is not None:
            if time.monotonic() > deadline:
                raise RuntimeError(f"Job {namespace}/{name} still exists {timeout:.0f} s after its deletion")
            time.sleep(2)

    def logs(self, pod: str, container: str, namespace: str) -> str:
        return self.run("logs", pod, "-n", namespace, "-c", container, f"--tail={LOG_TAIL_LINES}")

    def apply_state(self, namespace: str, data: dict[str, str]) -> None:
        """Server-side apply of the whole ConfigMap (one field manager owns every key)."""
        obj = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": STATE_CONFIGMAP, "namespace": namespace},
               "data": data}
        self.run("apply", "--server-side", "--force-conflicts", "--field-manager=deploy-gate", "-f", "-", stdin=json.dumps(obj))


# --- the gate ----------------------------------------------------------------------------------
@dataclass
class Props:
    tenant: str
    namespace: str
    image: str
    job: dict
    suspended: bool
    log_group: str

    @classmethod
    def of(cls, props: dict[str, Any]) -> Props:
        return cls(tenant=props["Tenant"], namespace=props["Namespace"], image=props["Image"],
                   job=json.loads(props["Job"]) if props.get("Job") else {}, suspended=str(props.get("Suspended")) == "true",
                   log_group=props["LogGroup"])

    @property
    def job_name(self) -> str:
        return self.job.get("metadata", {}).get("name", "")


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class Gate:
    def __init__(self, kubectl: Kubectl, aws: Aws) -> None:
        self.kubectl = kubectl
        self.aws = aws

    def state(self, namespace: str) -> dict[str, str]:
        cm = self.kubectl.get("configmap", STATE_CONFIGMAP, namespace)
        return dict((cm or {}).get("data") or {})

    def write_state(self, namespace: str, **changes: str) -> dict[str, str]:
        data = {**self.state(namespace), **changes}
        self.kubectl.apply_state(namespace, data)
        return data

    # Create / Update / Delete --------------------------------------------------------------------
    def on_event(self, event: dict) -> dict:
        request = event["RequestType"]
        props = Props.of(event["ResourceProperties"])
        physical_id = event.get("PhysicalResourceId") or f"deploy-gate/{props.namespace}"

        def result(outcome: str) -> dict:
            print(json.dumps({"tenant": props.tenant, "request": request, "outcome": outcome}))
            return {"PhysicalResourceId": physical_id, "Data": {"Outcome": outcome, "Job": props.job_name}}

        if request == "Delete":
            return result("skipped: delete runs no deploy step")
        if props.suspended:
            return result(f"skipped: tenant {props.tenant} is suspended (database paused), not deployed")
        if "ROLLBACK" in self.aws.stack_status(event["StackId"]):
            return result(self._rollback(props))
        state = self.state(props.namespace)
        if state.get(IMAGE_KEY) == props.image and state.get(RESULT_KEY) == "succeeded":
            return result(f"skipped: {props.image} already deployed (Job {state.get(JOB_KEY, '?')})")
        if not props.job_name:
            raise DeployFailed(f"Tenant {props.tenant}: no deploy Job in the gate's properties")
        existing = self.kubectl.get("job", props.job_name, props.namespace)
        if existing is not None and _condition(existing, "Failed"):
            # The same code failed before (backoffLimit 0 keeps the failed Job until its TTL): a new
            # attempt needs a fresh Job of the same name.
            self.kubectl.delete_job(props.job_name, props.namespace)
            existing = None
        if existing is None:
            self.kubectl.create(props.job)
        # else: the Job of this exact spec is running or complete (a retried request): follow it.
        self.write_state(props.namespace, **{RESULT_KEY: "running", JOB_KEY: props.job_name, STEP_KEY: "", TIME_KEY: now()})
        return result(STARTED)

    def _rollback(self, props: Props) -> str:
        """The old code serves again: if it is the last image deployed successfully, its pods may
        start again (a failed attempt left result=failed); nothing runs."""
        state = self.state(props.namespace)
        if state and state.get(IMAGE_KEY) == props.image and state.get(RESULT_KEY) != "succeeded":
            failed = f"{state.get(JOB_KEY, '')} ({state.get(RESULT_KEY, '')} at step {state.get(STEP_KEY) or '?'}, {state.get(TIME_KEY, '')})"
            self.write_state(props.namespace, **{RESULT_KEY: "succeeded", ROLLED_BACK_KEY: failed})
            return f"skipped: stack rolling back; {props.image} marked deployed again, {failed} rolled back"
        return "skipped: stack rolling back, no deploy step runs"

    # Polled every 20 s ----------------------------------------------------------------------------
    def is_complete(self, event: dict) -> dict:
        if event.get("Data", {}).get("Outcome") != STARTED:
            return {"IsComplete": True}
        props = Props.of(event["ResourceProperties"])
        job = self.kubectl.get("job", props.job_name, props.namespace)
        if job is None:
            raise DeployFailed(f"Tenant {props.tenant}: deploy Job {props.namespace}/{props.job_name} disappeared before it "
                               "finished (deleted by hand?); run cdk deploy again to start it anew")
        if _condition(job, "Complete"):
            step = self._step(props)[0] or ""
            self.write_state(props.namespace, **{IMAGE_KEY: props.image, RESULT_KEY: "succeeded", JOB_KEY: props.job_name,
                                                 STEP_KEY: step, TIME_KEY: now(), LOG_KEY: ""})
            return {"IsComplete": True}
        failed = _condition(job, "Failed")
        if failed is None:
            return {"IsComplete": False}
        step, pod, container = self._step(props)
        step = step or failed.get("reason") or "unknown"
        tail = self._tail(pod, container, props.namespace)
        stream = f"{props.tenant}/{props.job_name}"
        self.aws.put_log(props.log_group, stream, tail or "(no log: the pod is gone)")
        self.write_state(props.namespace, **{RESULT_KEY: "failed", JOB_KEY: props.job_name, STEP_KEY: step, TIME_KEY: now(),
                                             LOG_KEY: tail})
        raise DeployFailed(
            f"Tenant {props.tenant}: deploy step '{step}' failed in Job {props.namespace}/{props.job_name}"
            f"{' (' + failed['message'] + ')' if failed.get('message') else ''}. The new code does not serve. "
            f"Log: CloudWatch Logs group {props.log_group}, stream {stream}; its tail: kubectl -n {props.namespace} "
            f"get configmap {STATE_CONFIGMAP} -o jsonpath='{{.data.log}}'"
        )

    def _step(self, props: Props) -> tuple[str | None, str | None, str | None]:
        """(step, pod, container) from the newest pod: the deploy container's termination message
        ({"step": ..., "result": ...}), or the name of the init container that failed."""
        pods = sorted(self.kubectl.job_pods(props.job_name, props.namespace),
                      key=lambda p: p.get("metadata", {}).get("creationTimestamp", ""))
        if not pods:
            return None, None, None
        pod = pods[-1]
        name = pod["metadata"]["name"]
        status = pod.get("status", {})
        for init in status.get("initContainerStatuses", []):
            term = init.get("state", {}).get("terminated") or {}
            if term and term.get("exitCode", 0) != 0:
                return init["name"], name, init["name"]
        containers = status.get("containerStatuses", [])
        main = next((c for c in containers if c["name"] == DEPLOY_CONTAINER), containers[-1] if containers else None)
        if main is None:
            return None, name, None
        term = main.get("state", {}).get("terminated") or main.get("lastState", {}).get("terminated") or {}
        message = (term.get("message") or "").strip()
        step = None
        for line in reversed(message.splitlines()):
            try:
                step = json.loads(line).get("step")
                break
            except (ValueError, AttributeError):
                continue
        return step, name, main["name"]

    def _tail(self, pod: str | None, container: str | None, namespace: str) -> str:
        if not pod or not container:
            return ""
        try:
            text = self.kubectl.logs(pod, container, namespace)
        except RuntimeError as exc:
            return f"(log unavailable: {exc})"
        return text[-LOG_TAIL_BYTES:]


def _condition(job: dict, kind: str) -> dict | None:
    return next((c for c in job.get("status", {}).get("conditions", []) if c.get("type") == kind and c.get("status") == "True"),
                None)


# --- AWS (the Lambda runtime's boto3) ------------------------------------------------------------
def eks_token(cluster: str, region: str) -> str:
    """What `aws eks get-token` returns: k8s-aws-v1.<base64url of a presigned GetCallerIdentity URL
    that names the cluster in the signed x-k8s-aws-id header>."""
    import botocore.session
    from botocore.signers import RequestSigner

    session = botocore.session.get_session()
    client = session.create_client("sts", region_name=region)
    signer = RequestSigner(client.meta.service_model.service_id, region, "sts", "v4", session.get_credentials(), session.get_component("event_emitter"))
    url = signer.generate_presigned_url(
        {"method": "GET", "url": f"https://sts.{region}.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15",
         "body": {}, "headers": {"x-k8s-aws-id": cluster}, "context": {}},
        region_name=region, expires_in=60, operation_name="")
    return "k8s-aws-v1." + base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")


def kubeconfig(endpoint: str, ca_data: str, token: str) -> str:
    cluster = {"server": endpoint, "certificate-authority-data": ca_data}
    return json.dumps({"apiVersion": "v1", "kind": "Config", "current-context": "gate",
                       "clusters": [{"name": "eks", "cluster": cluster}], "users": [{"name": "gate", "user": {"token": token}}],
                       "contexts": [{"name": "gate", "context": {"cluster": "eks", "user": "gate"}}]})


class BotoAws:
    def __init__(self) -> None:
        import boto3

        self.cfn = boto3.client("cloudformation")
        self.logs = boto3.client("logs")

    def stack_status(self, stack_id: str) -> str:
        return self.cfn.describe_stacks(StackName=stack_id)["Stacks"][0]["StackStatus"]

    def put_log(self, group: str, stream: str, text: str) -> None:
        try:
            self.logs.create_log_stream(logGroupName=group, logStreamName=stream)
        except self.logs.exceptions.ResourceAlreadyExistsException:
            pass
        stamp = int(time.time() * 1000)
        self.logs.put_log_events(logGroupName=group, logStreamName=stream, logEvents=[{"timestamp": stamp, "message": text[:200_000]}])


def _gate() -> Gate:
    env = os.environ
    path = os.path.join(tempfile.gettempdir(), "kubeconfig")
    with open(path, "w") as f:
        f.write(kubeconfig(env["CLUSTER_ENDPOINT"], env["CLUSTER_CA"], eks_token(env["CLUSTER_NAME"], env["AWS_REGION"])))
    os.chmod(path, 0o600)
    return Gate(Kubectl(env.get("KUBECTL", "/opt/kubectl/kubectl"), path), BotoAws())


def on_event(event: dict, _context: object = None) -> dict:
    return _gate().on_event(event)


def is_complete(event: dict, _context: object = None) -> dict:
    return _gate().is_complete(event)
