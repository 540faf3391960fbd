"""`job` and `debug-pod`: the chart's one-off Jobs, pipeable YAML, schema- and restricted-valid."""

from __future__ import annotations

import pytest
import yaml

from drupal_platform import contracts
from drupal_platform.charts.tenant import debug_job, maintenance_job, render_tenant
from drupal_platform.charts.tenant.drupal import MAINTENANCE_ARGS
from drupal_platform.charts.tenant.site import MYSQL_PORT, PERCONA_MYSQL_LABELS, PERCONA_ROUTER_LABELS, ROUTER_RW_PORT
from drupal_platform.cli import refs
from drupal_platform.cli.manifests import Maintenance
from drupal_platform.config import ROLE_NAME_PATTERN
from helpers.k8s_schema import validate_core
from helpers.netpol import NS_LABEL, Cluster, Endpoint
from helpers.pss import failures

from .conftest import no_traceback

CASES = [("dev", "alpha"), ("prod", "alpha"), ("dev", "beta"), ("prod", "beta"), ("prod", "gamma")]


def one_manifest(result) -> dict:
    docs = list(yaml.safe_load_all(result.stdout))
    assert len(docs) == 1, "stdout must hold exactly the manifest (hints go to stderr)"
    return docs[0]


def test_the_cli_offers_exactly_the_chart_maintenance_commands():
    assert {m.value for m in Maintenance} == set(MAINTENANCE_ARGS)


@pytest.mark.parametrize("command", [m.value for m in Maintenance])
@pytest.mark.parametrize("stage, tenant", CASES)
def test_job_prints_the_chart_job(cli, ws, stage, tenant, command):
    result = cli("job", stage, tenant, command, "--suffix", "t1")
    assert result.exit_code == 0, result.output
    job = one_manifest(result)
    config = ws.config()
    t, s = config.tenants[tenant], config.stages[stage]
    assert job == maintenance_job(t, s, refs.platform_refs(config, s, t), command, suffix="t1")
    assert job["kind"] == "Job" and job["metadata"]["name"] == f"drush-{command}-t1"
    assert job["metadata"]["namespace"] == t.namespace
    validate_core(job)
    assert failures(job["spec"]["template"]["spec"]) == []
    assert refs.DEPLOY_TIME not in result.stdout
    assert f"kubectl logs -n {t.namespace} -f job/drush-{command}-t1" in result.stderr


def test_job_uses_the_site_image_and_placement(cli, ws):
    config = ws.config()
    job = one_manifest(cli("job", "prod", "beta", "updb", "--suffix", "x"))
    pod = job["spec"]["template"]["spec"]
    t, s = config.tenants["beta"], config.stages["prod"]
    site = [m for m in render_tenant(t, s, refs.platform_refs(config, s, t)) if m["kind"] == "Deployment" and m["metadata"]["name"] == "drupal"][0]
    site_pod = site["spec"]["template"]["spec"]
    assert pod["containers"][0]["image"] == site_pod["containers"][0]["image"]
    # the one-off Job runs exactly the site's pinned code, pulled by digest
    assert pod["containers"][0]["image"] == f"{refs.ecr_registry(config.image_stage)}/drupal-site-beta:{t.image_tag('prod')}@{t.image_digest('prod')}"
    assert pod["containers"][0]["imagePullPolicy"] == "IfNotPresent"
    assert pod["nodeSelector"] == site_pod["nodeSelector"] and pod["tolerations"] == site_pod["tolerations"]
    assert pod["securityContext"] == site_pod["securityContext"]


def test_job_names_are_unique_by_default(cli):
    names = {one_manifest(cli("job", "prod", "alpha", "cr"))["metadata"]["name"] for _ in range(3)}
    assert len(names) == 3


@pytest.mark.parametrize("stage, tenant", CASES)
def test_debug_pod_is_restricted_and_short_lived(cli, ws, stage, tenant):
    result = cli("debug-pod", stage, tenant, "--suffix", "t1")
    assert result.exit_code == 0, result.output
    job = one_manifest(result)
    config = ws.config()
    t, s = config.tenants[tenant], config.stages[stage]
    assert job == debug_job(t, s, refs.platform_refs(config, s, t), suffix="t1")
    validate_core(job)
    pod = job["spec"]["template"]["spec"]
    assert failures(pod) == []
    assert pod["automountServiceAccountToken"] is False
    assert job["spec"]["activeDeadlineSeconds"] == 3600 and job["spec"]["ttlSecondsAfterFinished"] > 0
    labels = job["spec"]["template"]["metadata"]["labels"]
    assert contracts.DEBUG_POD_LABEL.items() <= labels.items()
    assert "mysql" in pod["containers"][0]["image"]
    assert f"kubectl exec -it -n {t.namespace} job/debug-t1" in result.stderr


@pytest.mark.parametrize("stage, tenant", [("prod", "alpha"), ("prod", "gamma")], ids=["single node", "HA"])
def test_the_tenant_network_policies_let_the_debug_pod_reach_mysql(cli, ws, stage, tenant):
    config = ws.config()
    t, s = config.tenants[tenant], config.stages[stage]
    policies = [m for m in render_tenant(t, s, refs.platform_refs(config, s, t)) if m["kind"] == "NetworkPolicy"]
    net = Cluster(policies, {t.namespace: {NS_LABEL: t.namespace}})
    job = one_manifest(cli("debug-pod", stage, tenant))
    debug = Endpoint("debug", "10.20.32.10", t.namespace, job["spec"]["template"]["metadata"]["labels"])
    ha = t.platform.database.high_availability
    db = Endpoint("db", "10.20.32.11", t.namespace, PERCONA_ROUTER_LABELS if ha else PERCONA_MYSQL_LABELS)
    port = ROUTER_RW_PORT if ha else MYSQL_PORT
    assert net.allowed(debug, db, port)
    stray = Endpoint("stray", "10.20.32.12", t.namespace, {"app.kubernetes.io/name": "stray"})
    assert not net.allowed(stray, db, port)  # the label is what admits it


def test_platform_refs_follow_the_naming_conventions(ws):
    config = ws.config()
    t, s = config.tenants["alpha"], config.stages["dev"]
    r = refs.platform_refs(config, s, t)
    assert r.tenant_role_arn == f"arn:aws:iam::{s.account}:role/" + ROLE_NAME_PATTERN.format(stage="dev", name="alpha")
    image = config.image_stage
    assert r.image_registry == f"{image.account}.dkr.ecr.{image.region}.amazonaws.com"


@pytest.mark.parametrize(
    "args, message",
    [
        (["job", "qa", "alpha", "updb"], "unknown stage 'qa'"),
        (["job", "prod", "nobody", "updb"], "no tenant 'nobody'"),
        (["job", "dev", "gamma", "updb"], "tenant 'gamma' does not run in stage 'dev'"),
        (["job", "prod", "alpha", "drop-database"], "'drop-database' is not a maintenance command: choose one of updb, cim, cr, status"),
        (["debug-pod", "dev", "gamma"], "tenant 'gamma' does not run in stage 'dev'"),
    ],
    ids=["unknown stage", "unknown tenant", "tenant not in stage", "unknown command", "debug: tenant not in stage"],
)
def test_usage_errors(cli, args, message):
    result = cli(*args)
    assert result.exit_code == 2
    no_traceback(result)
    assert message in " ".join(result.output.replace("│", " ").split())
    assert result.stdout.count("apiVersion") == 0


def test_no_maintenance_job_for_a_suspended_tenant(cli, ws):
    ws.tenants.write_text(ws.tenants.read_text().replace("state: active", "state: suspended", 1))
    result = cli("job", "prod", "alpha", "updb")
    assert result.exit_code == 2
    assert "tenant 'alpha' is suspended" in " ".join(result.output.replace("│", " ").split())


def test_configuration_problems_exit_1_before_rendering(cli, ws):
    ws.tenants.write_text(ws.tenants.read_text().replace("tier: medium", "tier: huge", 1))
    result = cli("job", "prod", "alpha", "updb")
    assert result.exit_code == 1
    assert "platform.tier = 'huge'" in result.stderr
    assert "apiVersion" not in result.stdout



def test_an_unknown_maintenance_command_is_not_reported_in_the_library_s_words(cli):
    result = cli("job", "prod", "alpha", "migrate")
    assert result.exit_code == 2 and result.stdout == ""
    assert "is not a maintenance command" in result.stderr and "Value error" not in result.stderr
