"""The tenant admission policies: their CEL evaluated (cel-python) on allowed and denied requests.

What they must stop: an `operate` client reaching the tenant's IAM role (a Job running as
db-backup or secrets-reader, which carry the IRSA annotation), the database's system users
(a Job mounting or reading mysql-users), or either through pods/exec into a MySQL, router,
backup or install pod. What they must let through: every Job the platform renders for clients
(maintenance, debug) and exec into the site's Drupal and debug pods.
"""

from __future__ import annotations

import copy

import cdk8s
import pytest

from charts.conftest import make_refs
from drupal_platform import contracts
from drupal_platform.charts.platform.tenant_admission import EXEC_POLICY, JOBS_POLICY, TenantAdmissionChart
from drupal_platform.charts.tenant import debug_job, maintenance_job, render_tenant
from drupal_platform.charts.tenant.site import (
    APP_SECRET, DB_SECRET, FILES_CLAIM, MAIL_SECRET, SA_DATABASE, SA_DB_BACKUP, SA_DRUPAL, SA_SECRETS_READER, USERS_SECRET,
)
from helpers.cel import evaluate_admission_policy
from helpers.k8s_schema import validate_core

NS = "drupal-site-alpha"
NS_LABELS = {"kubernetes.io/metadata.name": NS, contracts.TENANT_LABEL: "alpha"}
CLIENT = {"username": "arn:aws:sts::111111111111:assumed-role/alpha-ops/jane",
          "groups": [contracts.client_access_group("alpha", "operate"), "system:authenticated"]}
ADMIN = {"username": "kubernetes-admin", "groups": ["system:masters", "system:authenticated"]}


@pytest.fixture(scope="module")
def objects():
    return TenantAdmissionChart(cdk8s.App(), "tenant-admission").to_json()


def _get(objects, kind, name):
    (hit,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return hit


def job_request(job: dict, user: dict = CLIENT, operation: str = "CREATE") -> dict:
    return {"operation": operation, "namespace": NS, "name": job["metadata"]["name"], "userInfo": user,
            "resource": {"group": "batch", "version": "v1", "resource": "jobs"}, "kind": {"group": "batch", "version": "v1", "kind": "Job"}}


def exec_request(pod: str, sub: str = "exec", user: dict = CLIENT) -> dict:
    return {"operation": "CONNECT", "namespace": NS, "name": pod, "userInfo": user, "subResource": sub,
            "resource": {"group": "", "version": "v1", "resource": "pods"}, "kind": {"group": "", "version": "v1", "kind": "PodExecOptions"}}


def decide(objects, policy_name, request, obj, namespace_labels=NS_LABELS):
    return evaluate_admission_policy(_get(objects, "ValidatingAdmissionPolicy", policy_name), request=request, obj=obj,
                                     namespace_labels=namespace_labels,
                                     binding=_get(objects, "ValidatingAdmissionPolicyBinding", policy_name))


def client_job(**pod) -> dict:
    spec = {"restartPolicy": "Never", "containers": [{"name": "main", "image": "busybox", "command": ["true"]}], **pod}
    return {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "mine", "namespace": NS},
            "spec": {"template": {"spec": spec}}}


def test_policies_are_valid_kubernetes_1_36_objects(objects):
    for obj in objects:
        validate_core(obj)
    for name in (JOBS_POLICY, EXEC_POLICY):
        binding = _get(objects, "ValidatingAdmissionPolicyBinding", name)
        assert binding["spec"]["validationActions"] == ["Deny"] and binding["spec"]["policyName"] == name
        assert _get(objects, "ValidatingAdmissionPolicy", name)["spec"]["failurePolicy"] == "Fail"


def test_the_allowed_names_are_the_sites_own(objects):
    assert SA_DRUPAL in contracts.CLIENT_JOB_SERVICE_ACCOUNTS
    assert {DB_SECRET, APP_SECRET, MAIL_SECRET} == set(contracts.CLIENT_JOB_SECRETS)
    assert not {SA_DB_BACKUP, SA_SECRETS_READER, SA_DATABASE} & set(contracts.CLIENT_JOB_SERVICE_ACCOUNTS)
    assert USERS_SECRET not in contracts.CLIENT_JOB_SECRETS
    assert contracts.CLIENT_JOB_CLAIMS == (FILES_CLAIM,)


# --- Jobs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("tenant", ["alpha", "beta"])
@pytest.mark.parametrize("command", ["updb", "cim", "cr", "status", "debug"])
def test_every_job_the_platform_renders_for_clients_is_admitted(objects, config, tenant, command):
    stage = config.stages["prod"]
    t = config.tenants[tenant]
    job = (debug_job(t, stage, make_refs(), suffix="a1b2c3") if command == "debug"
           else maintenance_job(t, stage, make_refs(), command, suffix="a1b2c3"))
    result = decide(objects, JOBS_POLICY, job_request(job), job)
    assert result.applies and result.allowed, result.denials


def test_a_plain_client_job_is_admitted(objects):
    job = client_job(serviceAccountName=SA_DRUPAL, automountServiceAccountToken=False, volumes=[
        {"name": "files", "persistentVolumeClaim": {"claimName": FILES_CLAIM}},
        {"name": "app", "secret": {"secretName": APP_SECRET}}, {"name": "tmp", "emptyDir": {}}])
    result = decide(objects, JOBS_POLICY, job_request(job), job)
    assert result.applies and result.allowed, result.denials


DENIED_JOBS = {
    "runs as db-backup (IRSA)": client_job(serviceAccountName=SA_DB_BACKUP),
    "runs as secrets-reader (IRSA)": client_job(serviceAccountName=SA_SECRETS_READER),
    "runs as the database account": client_job(serviceAccountName=SA_DATABASE),
    "deprecated serviceAccount field": client_job(serviceAccount=SA_DB_BACKUP),
    "mounts its token": client_job(automountServiceAccountToken=True),
    "projects a token": client_job(volumes=[{"name": "t", "projected": {"sources": [
        {"serviceAccountToken": {"audience": "sts.amazonaws.com", "path": "token"}}]}}]),
    "mounts mysql-users": client_job(volumes=[{"name": "u", "secret": {"secretName": USERS_SECRET}}]),
    "projects mysql-users": client_job(volumes=[{"name": "u", "projected": {"sources": [
        {"configMap": {"name": "db-connection"}}, {"secret": {"name": USERS_SECRET}}]}}]),
    "reads the root password in an init container": client_job(initContainers=[{"name": "i", "image": "busybox", "env": [
        {"name": "P", "valueFrom": {"secretKeyRef": {"name": USERS_SECRET, "key": "root"}}}]}]),
    "mounts the MySQL data volume": client_job(volumes=[{"name": "d", "persistentVolumeClaim": {"claimName": "datadir-db-mysql-0"}}]),
    "uses an inline CSI volume": client_job(volumes=[{"name": "c", "csi": {"driver": "efs.csi.aws.com",
                                                                         "volumeAttributes": {"path": "/"}}}]),
    "imports mysql-users with envFrom": client_job(containers=[{"name": "m", "image": "busybox",
                                                                "envFrom": [{"secretRef": {"name": USERS_SECRET}}]}]),
}


@pytest.mark.parametrize("case", sorted(DENIED_JOBS))
def test_client_jobs_that_reach_platform_credentials_are_denied(objects, case):
    job = DENIED_JOBS[case]
    result = decide(objects, JOBS_POLICY, job_request(job), job)
    assert result.applies and not result.allowed, case
    # An update (a Job's template is immutable, but the policy does not rely on that) is checked too.
    assert not decide(objects, JOBS_POLICY, job_request(job, operation="UPDATE"), job).allowed


def test_the_platforms_own_deploy_and_backup_jobs_would_be_denied_to_a_client(objects, config):
    # They carry what clients must not: mysql-users' root password, the db-backup IRSA account.
    manifests = render_tenant(config.tenants["alpha"], config.stages["prod"], make_refs())
    install = next(m for m in manifests if m["kind"] == "Job" and m["metadata"]["name"].startswith("deploy-"))
    backup_cron = next(m for m in manifests if m["kind"] == "CronJob" and m["metadata"]["name"] == "db-backup")
    backup = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "db-backup-manual", "namespace": NS},
              "spec": copy.deepcopy(backup_cron["spec"]["jobTemplate"]["spec"])}
    for job in (install, backup):
        assert not decide(objects, JOBS_POLICY, job_request(job), job).allowed, job["metadata"]["name"]
        # The platform's deployer is not a client: the policy does not apply to it.
        assert not decide(objects, JOBS_POLICY, job_request(job, user=ADMIN), job).applies


def test_the_policy_applies_only_in_tenant_namespaces(objects):
    job = DENIED_JOBS["runs as db-backup (IRSA)"]
    assert not decide(objects, JOBS_POLICY, job_request(job), job, {"kubernetes.io/metadata.name": "monitoring"}).applies


def test_the_policy_applies_to_every_tenants_clients(objects):
    job = DENIED_JOBS["mounts mysql-users"]
    for group in ("drupal-site-beta:operate", "drupal-site-a-b-1:view"):
        request = job_request(job, user={"username": "x", "groups": [group]})
        assert decide(objects, JOBS_POLICY, request, job).applies, group
    for group in ("drupal-site-:operate", "drupal-site-alpha:admin", "xdrupal-site-alpha:operate"):
        request = job_request(job, user={"username": "x", "groups": [group]})
        assert not decide(objects, JOBS_POLICY, request, job).applies, group


# --- exec, attach, port-forward ------------------------------------------------------------
def _exec_obj(sub: str) -> dict:
    kind = {"exec": "PodExecOptions", "attach": "PodAttachOptions", "portforward": "PodPortForwardOptions"}[sub]
    return {"apiVersion": "v1", "kind": kind}


@pytest.mark.parametrize("pod", ["drupal-5d8f7c9b6-x2k9p", "debug-a1b2c3-7hq2z"])
@pytest.mark.parametrize("sub", ["exec", "attach", "portforward"])
def test_clients_may_exec_into_drupal_and_debug_pods(objects, pod, sub):
    result = decide(objects, EXEC_POLICY, exec_request(pod, sub), _exec_obj(sub))
    assert result.applies and result.allowed, result.denials


@pytest.mark.parametrize("pod", ["db-mysql-0", "db-mysql-2", "db-router-6c9d8b7f5-q8w2e", "db-backup-29412345-k2j4d",
                                 "deploy-1a2b3c4d-h7x2m", "mysqld-exporter-7d9f8c6b5-p2x8q", "drupal-cron-29412345-abcde"])
@pytest.mark.parametrize("sub", ["exec", "attach", "portforward"])
def test_clients_may_not_exec_into_database_backup_or_deploy_pods(objects, pod, sub):
    result = decide(objects, EXEC_POLICY, exec_request(pod, sub), _exec_obj(sub))
    assert result.applies and not result.allowed, pod


def test_the_debug_job_names_a_pod_clients_may_exec_into(objects, config):
    job = debug_job(config.tenants["alpha"], config.stages["prod"], make_refs(), suffix="a1b2c3")
    pod = f"{job['metadata']['name']}-7hq2z"  # the job controller's <job>-<5 random> pod name
    assert decide(objects, EXEC_POLICY, exec_request(pod), _exec_obj("exec")).allowed


def test_platform_administrators_are_not_limited(objects):
    assert not decide(objects, EXEC_POLICY, exec_request("db-mysql-0", user=ADMIN), _exec_obj("exec")).applies
