"""The deploy-step Job (issue 19 item 2) and the wait-for-deploy init containers, as rendered.
What the scripts do is run for real in tests/runtime/test_deploy_step.py."""

import pytest

from drupal_platform import contracts
from drupal_platform.charts.tenant import files, maintenance_job, render_tenant
from helpers.sandbox import pod_spec

from .conftest import find, make_refs, with_platform


def deploy_job(manifests):
    (job,) = [m for m in manifests if m["kind"] == "Job"]
    return job


def container(spec, name, init=False):
    (c,) = [c for c in spec["initContainers" if init else "containers"] if c["name"] == name]
    return c


@pytest.mark.parametrize("tenant", ["alpha", "beta", "gamma"])  # platform image, custom image, HA
def test_one_labelled_deploy_job_run_once_and_bounded(render, tenant):
    job = deploy_job(render(tenant, "prod"))
    assert job["metadata"]["name"].startswith(contracts.DEPLOY_JOB_PREFIX)
    assert job["metadata"]["labels"][contracts.DEPLOY_STEP_LABEL] == "true"
    spec = job["spec"]
    assert spec["backoffLimit"] == 0  # a retry of a half-applied update would report success
    assert 0 < spec["activeDeadlineSeconds"] <= 2 * 3600  # the gate's limit
    assert spec["ttlSecondsAfterFinished"] == 86400
    pod = spec["template"]["spec"]
    assert pod["restartPolicy"] == "Never"
    assert [c["name"] for c in pod["initContainers"]] == ["db-init"]
    assert sorted(c["name"] for c in pod["containers"]) == sorted([contracts.DEPLOY_CONTAINER, "dump", "upload"])
    deploy = container(pod, contracts.DEPLOY_CONTAINER)
    assert deploy["terminationMessagePolicy"] == "FallbackToLogsOnError"
    assert deploy["image"] == find(render(tenant, "prod"), "Deployment", "drupal")["spec"]["template"]["spec"]["containers"][0]["image"]
    # It reads the backup's verdict, and cannot write to the stream.
    (stream,) = [m for m in deploy["volumeMounts"] if m["mountPath"] == files.BACKUP_STREAM_DIR]
    assert stream["readOnly"] is True


def test_only_the_upload_gets_the_tenants_iam_role(render):
    pod = deploy_job(render("alpha", "prod"))["spec"]["template"]
    assert pod["spec"]["serviceAccountName"] == "db-backup" and pod["spec"]["automountServiceAccountToken"] is False
    skipped = set(pod["metadata"]["annotations"]["eks.amazonaws.com/skip-containers"].split(","))
    everyone = {c["name"] for c in pod["spec"]["containers"] + pod["spec"]["initContainers"]}
    assert everyone - skipped == {"upload"}


def test_the_backup_goes_under_the_deploys_own_key(render):
    pod = deploy_job(render("alpha", "prod"))["spec"]["template"]["spec"]
    upload = container(pod, "upload")
    env = {e["name"]: e for e in upload["env"]}
    assert env[files.DEPLOY_JOB_ENV]["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.labels['batch.kubernetes.io/job-name']"
    key = contracts.deploy_backup_key("prod", "alpha", "${DEPLOY_JOB}", "${STAMP}")
    assert f'KEY="{key}"' in upload["command"][-1]
    assert container(pod, "dump")["command"] == find(render("alpha", "prod"), "CronJob", "db-backup")[
        "spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["command"]  # the nightly dump itself


def test_steps_run_in_the_contracts_order(render):
    script = container(deploy_job(render("alpha", "prod"))["spec"]["template"]["spec"], contracts.DEPLOY_CONTAINER)["command"][-1]
    positions = [script.index(f"step {s}\n") for s in contracts.DEPLOY_STEPS]
    assert positions == sorted(positions)
    assert "state:set system.maintenance_mode" not in script  # off by default


def test_maintenance_mode_wraps_the_update_steps_when_asked_for(config):
    tenant = with_platform(config, "alpha", **{"client.deploy.maintenanceMode": True})
    job = deploy_job(render_tenant(tenant, config.stages["prod"], make_refs()))
    script = container(job["spec"]["template"]["spec"], contracts.DEPLOY_CONTAINER)["command"][-1]
    on = script.index("system.maintenance_mode 1")
    off = script.index("system.maintenance_mode 0")
    assert script.index("step backup") < on < script.index("step updatedb")
    assert script.index("step deploy-hook") < off < script.index("report succeeded")
    assert script.count(f"step {contracts.DEPLOY_MAINTENANCE_STEP}") == 2


@pytest.mark.parametrize("state", ["suspended", "decommissioned"])
def test_no_deploy_for_a_suspended_or_decommissioned_tenant(config, state):
    tenant = with_platform(config, "alpha", **{"platform.state": state})
    manifests = render_tenant(tenant, config.stages["prod"], make_refs())
    assert [m for m in manifests if m["kind"] == "Job"] == []


def test_the_name_is_stable_and_changes_with_the_image(config):
    prod = config.stages["prod"]
    name = deploy_job(render_tenant(config.tenants["alpha"], prod, make_refs()))["metadata"]["name"]
    again = deploy_job(render_tenant(config.tenants["alpha"], prod, make_refs()))["metadata"]["name"]
    assert name == again
    tagged = with_platform(config, "alpha", **{"client.overrides.prod.image.tag": "11.3.2-php8.4-apache"})
    assert deploy_job(render_tenant(tagged, prod, make_refs()))["metadata"]["name"] != name


def _workloads(config, render):
    manifests = render("alpha", "prod")
    t, s = config.tenants["alpha"], config.stages["prod"]
    return {
        "Deployment": find(manifests, "Deployment", "drupal"),
        "CronJob": find(manifests, "CronJob", "drupal-cron"),
        "maintenance": maintenance_job(t, s, make_refs(), "updb", suffix="t"),
    }


@pytest.mark.parametrize("kind", ["Deployment", "CronJob", "maintenance"])
def test_pods_of_the_sites_code_wait_for_the_deploy_of_their_image(config, render, kind):
    obj = _workloads(config, render)[kind]
    spec = pod_spec(obj)
    (wait,) = spec["initContainers"]
    assert wait["name"] == "wait-for-deploy"
    main = spec["containers"][0]
    env = {e["name"]: e.get("value") for e in wait["env"]}
    assert env["EXPECTED_IMAGE"] == main["image"] == wait["image"]
    # Asks no more than the pod's own container: nothing added to the quota or the node.
    for kind_ in ("requests", "limits"):
        for res in ("cpu", "memory"):
            assert wait["resources"][kind_][res] == main["resources"][kind_][res]
    (mount,) = wait["volumeMounts"]
    (volume,) = [v for v in spec["volumes"] if v["name"] == mount["name"]]
    assert volume["configMap"] == {"name": contracts.DEPLOY_STATE_CONFIGMAP, "optional": True}
    assert mount["mountPath"] == files.DEPLOY_STATE_DIR and mount["readOnly"] is True
