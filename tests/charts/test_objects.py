"""Focused behaviours of the rendered objects: one behaviour per test."""

import dataclasses

import pytest

from drupal_platform import contracts, platform_image
from drupal_platform.charts.tenant import debug_job, maintenance_job, render_tenant
from drupal_platform.config import TenantConfig, resolve_cron, stable_hash
from drupal_platform.quota import bytes_of

from .conftest import find, kinds, make_refs, with_platform


def test_every_object_carries_the_common_labels_and_namespace(all_manifests):
    for (tenant, _), manifests in all_manifests.items():
        for m in manifests:
            labels = m["metadata"]["labels"]
            assert labels[contracts.PART_OF_LABEL] == contracts.PART_OF_VALUE
            assert labels[contracts.TENANT_LABEL] == tenant
            if m["kind"] != "Namespace":
                assert m["metadata"]["namespace"] == f"drupal-site-{tenant}"
        assert "namespace" not in find(manifests, "Namespace")["metadata"]


def test_public_ecr_images_go_through_the_pull_through_cache(render):
    backup = find(render("alpha", "dev"), "CronJob", "db-backup")["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    assert {c["image"] for c in backup["containers"]} == {
        "111111111111.dkr.ecr.eu-west-1.amazonaws.com/ecr-public/docker/library/mysql:8.4.10",
        "111111111111.dkr.ecr.eu-west-1.amazonaws.com/ecr-public/aws-cli/aws-cli:2.36.15"}


def test_the_official_image_runs_as_the_platform_image_with_drush(render):
    image = find(render("alpha", "dev"), "Deployment", "drupal")["spec"]["template"]["spec"]["containers"][0]["image"]
    assert image == f"{make_refs().image_registry}/drupal-platform/drupal:11.3-php8.4-apache-drush{platform_image.DRUSH_VERSION}"


def test_stage_override_changes_the_image_tag(render):
    image = find(render("alpha", "prod"), "Deployment", "drupal")["spec"]["template"]["spec"]["containers"][0]["image"]
    assert image.split("@")[0].endswith(f"/drupal-platform/drupal:11.3.1-php8.4-apache-drush{platform_image.DRUSH_VERSION}")


def test_custom_image_without_repository_uses_the_tenant_registry(render):
    image = find(render("beta", "prod"), "Deployment", "drupal")["spec"]["template"]["spec"]["containers"][0]["image"]
    assert image.split("@")[0] == f"{make_refs().image_registry}/drupal-site-beta:2026.11.20-1"  # @digest: test_pinned_images.py


def test_hosts_under_the_base_domain_use_the_wildcard_certificate(render):
    ann = find(render("alpha", "prod"), "Ingress")["metadata"]["annotations"]
    assert ann["alb.ingress.kubernetes.io/certificate-arn"] == make_refs().wildcard_certificate_arn


def test_other_hosts_use_the_tenants_certificates(config, render):
    ann = find(render("beta", "prod"), "Ingress")["metadata"]["annotations"]
    assert ann["alb.ingress.kubernetes.io/certificate-arn"] == ",".join(config.tenants["beta"].platform.certificate_arns)


def deploy_job_name(manifests: list[dict]) -> str:
    (name,) = [m["metadata"]["name"] for m in manifests if m["kind"] == "Job"]
    return name


def test_only_certificates_in_the_stages_account_and_region_are_used(config):
    beta = config.tenants["beta"]
    other_account = "arn:aws:acm:eu-west-1:111111111111:certificate/00000000-1111-2222-3333-444444444444"
    tenant = beta.model_copy(update={"platform": beta.platform.model_copy(update={"certificate_arns": [*beta.platform.certificate_arns, other_account]})})
    ingress = find(render_tenant(tenant, config.stages["prod"], make_refs()), "Ingress")
    assert ingress["metadata"]["annotations"]["alb.ingress.kubernetes.io/certificate-arn"] == beta.platform.certificate_arns[0]


def test_ingress_is_alb_ip_https_with_redirect_waf_and_group(config, render):
    ing = find(render("alpha", "prod"), "Ingress")
    ann = ing["metadata"]["annotations"]
    assert ing["spec"]["ingressClassName"] == contracts.INGRESS_CLASS
    assert ann["alb.ingress.kubernetes.io/target-type"] == "ip"
    assert ann["alb.ingress.kubernetes.io/ssl-redirect"] == "443"
    assert ann["alb.ingress.kubernetes.io/wafv2-acl-arn"] == make_refs().waf_acl_arn
    assert ann["alb.ingress.kubernetes.io/group.name"] == config.tenants["alpha"].load_balancer_group(config.stages["prod"])
    assert [r["host"] for r in ing["spec"]["rules"]] == ["alpha.sites.example.com"]


def test_no_waf_annotation_without_a_web_acl(config):
    refs = dataclasses.replace(make_refs(), waf_acl_arn=None)
    ing = find(render_tenant(config.tenants["alpha"], config.stages["prod"], refs), "Ingress")
    assert "alb.ingress.kubernetes.io/wafv2-acl-arn" not in ing["metadata"]["annotations"]


def test_deploy_job_name_ignores_platform_refs(config):
    # Refs may be CloudFormation tokens: only configuration may feed the name.
    a = render_tenant(config.tenants["alpha"], config.stages["prod"], make_refs())
    b = render_tenant(config.tenants["alpha"], config.stages["prod"], make_refs("999999999999"))
    assert deploy_job_name(a) == deploy_job_name(b)
    # The image registry is a token in the stack (its text changes between synths): the name
    # hashes the configured image instead, for the platform image and a custom image alike.
    for tenant in ("alpha", "beta"):
        c = render_tenant(config.tenants[tenant], config.stages["prod"], dataclasses.replace(make_refs(), image_registry="${Token[TOKEN.1]}"))
        d = render_tenant(config.tenants[tenant], config.stages["prod"], dataclasses.replace(make_refs(), image_registry="${Token[TOKEN.9]}"))
        assert deploy_job_name(c) == deploy_job_name(d)


def test_deploy_job_name_changes_when_the_image_changes(config, render):
    assert deploy_job_name(render("alpha", "dev")) != deploy_job_name(render("alpha", "prod"))  # different tags


def test_cron_minute_is_the_tenants_hash_and_still_fires_four_times_an_hour(render):
    cron = find(render("alpha", "prod"), "CronJob", "drupal-cron")["spec"]
    assert cron["schedule"] == f"{stable_hash('alpha') % 15}/15 * * * *"
    assert cron["concurrencyPolicy"] == "Forbid"
    assert resolve_cron("H/15 * * * *", "alpha") == cron["schedule"]


@pytest.mark.parametrize("schedule", ["@daily", "@every 90m", "0 3 * * MON-FRI"])
def test_a_schedule_kubernetes_accepts_reaches_the_cronjob_as_written(config, schedule):
    """Validation accepts descriptors (issue 13 item 5); the chart must place them, not split them into fields."""
    data = config.tenants["alpha"].model_dump(by_alias=True, exclude_unset=True)
    data["client"]["cron"]["schedule"] = schedule
    tenant = TenantConfig.model_validate(data)
    cron = find(render_tenant(tenant, config.stages["prod"], make_refs()), "CronJob", "drupal-cron")["spec"]
    assert cron["schedule"] == schedule


def test_backup_writes_to_the_tenants_prefix_with_the_backup_role(render):
    cron = find(render("alpha", "prod"), "CronJob", "db-backup")["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    assert cron["serviceAccountName"] == "db-backup"
    upload = next(c for c in cron["containers"] if c["name"] == "upload")
    env = {e["name"]: e.get("value") for e in upload["env"]}
    assert env["BACKUP_BUCKET"] == make_refs().backup_bucket
    assert env["BACKUP_PREFIX"] == contracts.backup_prefix("prod", "alpha")
    assert env["BACKUP_INCOMPLETE_PREFIX"] == contracts.incomplete_backup_prefix("prod", "alpha")
    dump = next(c for c in cron["containers"] if c["name"] == "dump")
    assert "--single-transaction" in dump["command"][-1]


def test_backup_pod_stores_nothing_the_size_of_the_database(config, render):
    """The dump streams through a FIFO (tests/runtime/test_backup.py runs it): whatever the
    database size, the backup pod's emptyDirs stay small and it has no init container."""
    big = with_platform(config, "alpha", **{"platform.database.storage": "500Gi"})
    for manifests in (render("alpha", "prod"), render(big, "prod")):
        pod = find(manifests, "CronJob", "db-backup")["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        limits = [v["emptyDir"]["sizeLimit"] for v in pod["volumes"] if "emptyDir" in v]
        assert sum(bytes_of(q) for q in limits) <= 128 * 2**20, limits
        assert "initContainers" not in pod and {c["name"] for c in pod["containers"]} == {"dump", "upload"}


def test_secret_store_is_namespaced_and_uses_the_tenant_service_account(render):
    store = find(render("alpha", "prod"), "SecretStore")
    aws = store["spec"]["provider"]["aws"]
    assert aws["service"] == "SecretsManager" and aws["region"] == "eu-west-1"
    assert aws["auth"]["jwt"]["serviceAccountRef"] == {"name": "secrets-reader"}
    assert "role" not in aws
    sa = find(render("alpha", "prod"), "ServiceAccount", "secrets-reader")
    assert sa["metadata"]["annotations"]["eks.amazonaws.com/role-arn"] == make_refs().tenant_role_arn


def test_users_secret_holds_every_operator_user_from_one_secret(render):
    es = find(render("alpha", "prod"), "ExternalSecret", "mysql-users")["spec"]
    assert [(d["secretKey"], d["remoteRef"]["key"], d["remoteRef"]["property"]) for d in es["data"]] == [
        ("passwords", "drupal/prod/alpha/mysql", "passwords")]
    template = es["target"]["template"]
    # Replace: the Secret holds exactly the user keys (an unknown key makes the operator refuse it).
    assert template["engineVersion"] == "v2" and template["mergePolicy"] == "Replace"
    assert set(template["data"]) == {"heartbeat", "monitor", "operator", "orchestrator", "replication", "root", "xtrabackup", "clusterset"}
    assert template["data"]["root"] == "{{ .passwords | substr 192 224 }}"
    assert find(render("alpha", "prod"), "PerconaServerMySQL")["spec"]["secretsName"] == "mysql-users"


def test_db_secret_holds_only_credentials_and_the_endpoint_is_configuration(render):
    manifests = render("gamma", "prod")
    es = find(manifests, "ExternalSecret", "db-credentials")["spec"]
    assert {d["secretKey"] for d in es["data"]} == {"DB_USER", "DB_PASSWORD"}
    assert es["refreshInterval"] == "1h"
    cfg = find(manifests, "ConfigMap", "db-connection")["data"]
    assert cfg["DB_HOST"] == "db-router.drupal-site-gamma.svc.cluster.local" and cfg["DB_PORT"] == "3306"


def test_autoscaling_renders_an_hpa_and_no_fixed_replicas(render):
    manifests = render("beta", "prod")
    hpa = find(manifests, "HorizontalPodAutoscaler")["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (2, 4)
    assert "replicas" not in find(manifests, "Deployment", "drupal")["spec"]


def test_fixed_replicas_and_a_disruption_budget(render):
    manifests = render("alpha", "prod")
    assert find(manifests, "Deployment", "drupal")["spec"]["replicas"] == 3
    assert find(manifests, "PodDisruptionBudget")["spec"]["maxUnavailable"] == 1
    assert "HorizontalPodAutoscaler" not in kinds(manifests)


def test_dedicated_placement_selects_and_tolerates_the_tenants_nodes(render):
    spec = find(render("beta", "prod"), "Deployment", "drupal")["spec"]["template"]["spec"]
    assert spec["nodeSelector"] == {"role": "client-beta"}
    assert spec["tolerations"] == [{"key": "dedicated", "operator": "Equal", "value": "client-beta", "effect": "NoSchedule"}]
    mysql = find(render("beta", "prod"), "PerconaServerMySQL")["spec"]["mysql"]
    assert mysql["nodeSelector"] == {"role": "client-beta"}


def test_drupal_pods_are_instrumented_with_the_shared_instrumentation(render):
    meta = find(render("alpha", "prod"), "Deployment", "drupal")["spec"]["template"]["metadata"]
    assert meta["annotations"]["instrumentation.opentelemetry.io/inject-apache-httpd"] == contracts.OTEL_INSTRUMENTATION


def test_service_monitor_carries_the_platform_selector_label(render):
    sm = find(render("alpha", "prod"), "ServiceMonitor")
    assert sm["metadata"]["labels"].items() >= contracts.SERVICE_MONITOR_SELECTOR.items()


def test_operate_access_renders_a_role_without_policy_or_rbac_writes(render):
    manifests = render("beta", "prod")
    role = find(manifests, "Role")
    writes = {(g, r) for rule in role["rules"] for g in rule["apiGroups"] for r in rule["resources"]
              if set(rule["verbs"]) - {"get", "list", "watch"}}
    assert writes == {("", "pods/exec"), ("batch", "jobs")}
    assert find(manifests, "RoleBinding")["subjects"][0]["name"] == contracts.client_access_group("beta", "operate")
    assert "Role" not in kinds(render("alpha", "prod"))  # view access only


def test_suspended_tenant_runs_nothing_but_keeps_its_objects(config):
    t = with_platform(config, "alpha", **{"platform.state": "suspended"})
    manifests = render_tenant(t, config.stages["prod"], make_refs())
    assert find(manifests, "Deployment", "drupal")["spec"]["replicas"] == 0
    assert all(c["spec"]["suspend"] is True for c in manifests if c["kind"] == "CronJob")
    assert find(manifests, "PerconaServerMySQL")["spec"]["pause"] is True
    assert not {"Job", "HorizontalPodAutoscaler", "PodDisruptionBudget"} & kinds(manifests)


def test_decommissioned_tenant_keeps_only_data_and_its_guards(config):
    t = with_platform(config, "alpha", **{"platform.state": "decommissioned"})
    manifests = render_tenant(t, config.stages["prod"], make_refs())
    assert not {"Deployment", "Job", "CronJob", "Ingress", "PerconaServerMySQL"} & kinds(manifests)
    assert {"Namespace", "PersistentVolumeClaim", "SecretStore", "ExternalSecret", "NetworkPolicy"} <= kinds(manifests)


@pytest.mark.parametrize("command", ["updb", "cim", "cr", "status"])
def test_maintenance_job_shares_the_sites_container(config, render, command):
    job = maintenance_job(config.tenants["alpha"], config.stages["prod"], make_refs(), command, suffix="t1")
    site = find(render("alpha", "prod"), "Deployment", "drupal")["spec"]["template"]["spec"]
    pod = job["spec"]["template"]["spec"]
    c, s = pod["containers"][0], site["containers"][0]
    for key in ("image", "envFrom", "securityContext"):
        assert c[key] == s[key]
    assert pod["nodeSelector"] == site["nodeSelector"] and pod["tolerations"] == site["tolerations"]
    assert job["metadata"]["name"] == f"drush-{command}-t1"
    assert job["metadata"]["namespace"] == "drupal-site-alpha"


def test_maintenance_job_names_are_unique_without_a_suffix(config):
    t, s = config.tenants["alpha"], config.stages["prod"]
    assert maintenance_job(t, s, make_refs(), "cr")["metadata"]["name"] != maintenance_job(t, s, make_refs(), "cr")["metadata"]["name"]


def test_debug_job_is_labelled_deadlined_and_tokenless(config):
    job = debug_job(config.tenants["alpha"], config.stages["prod"], make_refs(), suffix="me")
    pod = job["spec"]["template"]
    assert pod["metadata"]["labels"].items() >= contracts.DEBUG_POD_LABEL.items()
    assert job["spec"]["activeDeadlineSeconds"] == 3600 and "ttlSecondsAfterFinished" in job["spec"]
    assert pod["spec"]["automountServiceAccountToken"] is False
    assert pod["spec"]["containers"][0]["securityContext"]["runAsNonRoot"] is True


def test_each_tenant_has_its_own_grafana_dashboard(render):
    import json as _json

    cm = find(render("alpha", "prod"), "ConfigMap", "grafana-dashboard")
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    dashboard = _json.loads(cm["data"]["drupal-tenant.json"])
    assert dashboard["title"] == "Drupal: alpha"
    assert dashboard["templating"]["list"] == [{"name": "tenant", "type": "constant", "query": "drupal-site-alpha", "hide": 2}]
    titles = {p["title"] for p in dashboard["panels"]}
    assert {"Requests per second", "Latency (p50, p95)", "Error ratio (5xx)", "MySQL"} <= titles


def test_deploy_job_name_changes_with_anything_in_its_pod_template(config):
    # A Job's pod template is immutable: moving the tenant to dedicated nodes while the Job
    # exists must create a new Job, not make `kubectl apply` fail for the whole tenant.
    prod = config.stages["prod"]
    shared = render_tenant(config.tenants["alpha"], prod, make_refs())
    dedicated_tenant = with_platform(config, "alpha", **{"platform.placement.dedicated": True})
    dedicated = render_tenant(dedicated_tenant, prod, make_refs())
    job = next(m for m in dedicated if m["kind"] == "Job")["spec"]["template"]["spec"]
    assert job["nodeSelector"] != next(m for m in shared if m["kind"] == "Job")["spec"]["template"]["spec"]["nodeSelector"]
    assert deploy_job_name(shared) != deploy_job_name(dedicated)
