"""The tenant's MySQL: the PerconaServerMySQL CR, the exporter and its ServiceMonitor, the nightly dump.

Two shapes (crVersion 1.2.0, the operator whose CRDs are in ../shared/crds):
- single node (default): clusterType async, size 1, no orchestrator and no proxy. The CRD's
  CEL rules demand unsafeFlags mysqlSize/orchestrator/proxy for it, reject SmartUpdate without
  orchestrator, and read proxy.router/haproxy and updateStrategy without has(), so all of
  them are written out explicitly (a missing field is a rejection, not a pass).
- highAvailability: group replication, three nodes spread over zones, MySQL Router (2
  pods), no unsafe flags; the app connects through the router.
"""

from __future__ import annotations

import json

import cdk8s
from constructs import Construct

from drupal_platform import contracts, ephemeral
from drupal_platform.charts.imports import percona, servicemonitor
from drupal_platform.charts.tenant import files, values
from drupal_platform.charts.tenant.k8s import plus
from drupal_platform.dashboards import tenant_dashboard
from drupal_platform.charts.tenant.pods import (
    add_container, container_security, empty_dir, env_from_config_map, env_from_secret, secret_env_value, finish_pod, pod_metadata, pod_security, resources, use_service_account,
)
from drupal_platform.quota import HA_MYSQL_NODES, HA_ROUTERS, bytes_of  # routers: the CRD wants >= 2
from drupal_platform.charts.tenant.site import (
    AWS_CLI_IMAGE, DB_CLIENT_LABEL, DB_CLUSTER, DB_CONFIG, DB_NAME, DB_SECRET, EXPORTER, EXPORTER_IMAGE, EXPORTER_PORT,
    INTERNET_LABEL, MYSQL_CLIENT_IMAGE, MYSQL_CLIENT_UID, NOBODY_UID, PERCONA_INIT_IMAGE, PERCONA_MYSQL_IMAGE,
    PERCONA_ROUTER_IMAGE, PERCONA_UID, PERCONA_XTRABACKUP_IMAGE, SA_DATABASE, SA_DB_BACKUP, USERS_SECRET,
    Site,
)
from drupal_platform.tiers import Resources

CR_VERSION = "1.2.0"
BACKUP = "db-backup"


def mysql_nodes(site: Site) -> int:
    return HA_MYSQL_NODES if site.ha else 1


def routers(site: Site) -> int:
    return HA_ROUTERS if site.ha else 0


def _quantities(r: Resources, eph: ephemeral.Ephemeral, path: str) -> dict:
    """Resources for the generated class family `PerconaServerMySql<path>Requests/Limits`."""
    req, lim = getattr(percona, f"PerconaServerMySql{path}Requests"), getattr(percona, f"PerconaServerMySql{path}Limits")
    q = values.from_string
    return {
        "requests": {"cpu": q(req, r.cpu_request), "memory": q(req, r.memory_request),
                     "ephemeral-storage": q(req, eph.request_quantity)},
        "limits": {"cpu": q(lim, r.cpu_limit), "memory": q(lim, r.memory_limit),
                   "ephemeral-storage": q(lim, eph.limit_quantity)},
    }


def _pod_security() -> dict:
    # Replaces (does not merge with) the operator's default {supplementalGroups, fsGroup: 1001}.
    return {"run_as_non_root": True, "run_as_user": PERCONA_UID, "run_as_group": PERCONA_UID,
            "fs_group": PERCONA_UID, "supplemental_groups": [PERCONA_UID],
            "seccomp_profile": {"type": "RuntimeDefault"}}


def _container_security() -> dict:
    # runAsUser is required: the image's USER mysql is non-numeric, so the kubelet cannot
    # verify runAsNonRoot otherwise. No readOnlyRootFilesystem: the operator's entrypoints
    # write /etc/my.cnf.d/node.cnf and /tmp/router in the image filesystem.
    return {"run_as_non_root": True, "run_as_user": PERCONA_UID, "run_as_group": PERCONA_UID,
            "allow_privilege_escalation": False, "privileged": False,
            "capabilities": {"drop": ["ALL"]}, "seccomp_profile": {"type": "RuntimeDefault"}}


def mysql_configuration(site: Site) -> str:
    lines = [
        "[mysqld]",
        "max_allowed_packet=256M",
        "innodb_buffer_pool_size=256M",
        "sql_mode=STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION",
    ]
    if not site.ha:
        lines += [
            # Source problem 7: a lone node is never promoted, so nothing clears super_read_only.
            # Operator v1.2.0 already writes these two for size 1 without orchestrator (auto-config);
            # repeating them is harmless and guards against operator versions that do not.
            # Group replication manages read_only itself, so the HA shape must not set them.
            "super_read_only=0",
            "read_only=0",
        ]
    return "\n".join(lines) + "\n"


def percona_cluster(scope: Construct, site: Site) -> percona.PerconaServerMySql:
    tier = site.tier
    ha = site.ha
    spread = [percona.PerconaServerMySqlSpecMysqlTopologySpreadConstraints(**c) for c in [
        {"max_skew": 1, "topology_key": "topology.kubernetes.io/zone",
         "when_unsatisfiable": "DoNotSchedule" if ha else "ScheduleAnyway",
         "label_selector": {"match_labels": {"app.kubernetes.io/name": "mysql", "app.kubernetes.io/instance": DB_CLUSTER}}},
    ]]
    mysql = {
        "cluster_type": percona.PerconaServerMySqlSpecMysqlClusterType.GROUP_HYPHEN_REPLICATION if ha
        else percona.PerconaServerMySqlSpecMysqlClusterType.ASYNC,
        "size": mysql_nodes(site),
        "image": site.pull_through(PERCONA_MYSQL_IMAGE),
        "image_pull_policy": "IfNotPresent",
        "resources": _quantities(tier.mysql, ephemeral.MYSQL, "SpecMysqlResources"),
        "volume_spec": {"persistent_volume_claim": {
            "storage_class_name": contracts.DATABASE_STORAGE_CLASS,  # gp3, reclaimPolicy Retain
            "access_modes": ["ReadWriteOnce"],
            "resources": {"requests": {"storage": values.from_string(
                percona.PerconaServerMySqlSpecMysqlVolumeSpecPersistentVolumeClaimResourcesRequests, site.tenant.platform.database.storage)}},
        }},
        "configuration": mysql_configuration(site),
        "node_selector": site.node_selector,
        "tolerations": [percona.PerconaServerMySqlSpecMysqlTolerations(**t) for t in site.tolerations],
        "topology_spread_constraints": spread,
        "pod_security_context": _pod_security(),
        "container_security_context": _container_security(),
        # The NetworkPolicies select the operator's own labels; this marks the pods as the tenant's
        # (not app.kubernetes.io/part-of, which the operator sets itself).
        "labels": {contracts.TENANT_LABEL: site.name},
        # Its own account with a token (the entrypoints read the namespace from it), no Role.
        "service_account_name": SA_DATABASE,
        "auto_recovery": True,
    }
    router = {"enabled": False}
    if ha:
        router = {
            "enabled": True,
            "size": routers(site),
            "image": site.pull_through(PERCONA_ROUTER_IMAGE),
            "image_pull_policy": "IfNotPresent",
            "resources": _quantities(tier.mysql_sidecar, ephemeral.MYSQL_SIDECAR, "SpecProxyRouterResources"),
            "node_selector": site.node_selector,
            "tolerations": [percona.PerconaServerMySqlSpecProxyRouterTolerations(**t) for t in site.tolerations],
            "pod_security_context": _pod_security(),
            "container_security_context": _container_security(),
            "service_account_name": SA_DATABASE,  # router-entrypoint.sh reads the namespace from the token
        }
    spec = {
        "cr_version": CR_VERSION,
        "secrets_name": USERS_SECRET,
        # Suspended tenants keep their data but run no MySQL pods.
        "pause": site.suspended,
        # SmartUpdate needs orchestrator, which the single node does not run.
        "update_strategy": "SmartUpdate" if ha else "RollingUpdate",
        # Source problem 10: no version-service calls to check.percona.com (the operator's
        # DISABLE_TELEMETRY=true is set by the platform services).
        "upgrade_options": {"apply": "disabled"},
        "unsafe_flags": {
            # Single node: fewer than 3 nodes, no orchestrator, no proxy - each needs its flag.
            "mysql_size": not ha, "orchestrator": not ha, "proxy": not ha,
            "proxy_size": False, "orchestrator_size": False, "backup_non_ready_cluster": False,
        },
        # Init containers of every operator-created pod (mysql-init, router-init).
        "init_container": {"image": site.pull_through(PERCONA_INIT_IMAGE), "container_security_context": _container_security(),
                           "resources": _quantities(tier.mysql_sidecar, ephemeral.MYSQL_SIDECAR, "SpecInitContainerResources")},
        "mysql": mysql,
        "orchestrator": {"enabled": False},
        "proxy": {"haproxy": {"enabled": False}, "router": router},
        # Percona backups need static AWS keys at v1.2.0 (s3.credentialsSecret): the nightly
        # mysqldump CronJob writes with the tenant's IRSA role instead.
        "backup": {"enabled": False, "image": site.pull_through(PERCONA_XTRABACKUP_IMAGE),
                   "container_security_context": _container_security(),
                   # The xtrabackup sidecar of every MySQL pod takes these (pkg/mysql
                   # backupContainer at v1.2.0: Resources = spec.backup.resources).
                   "resources": _quantities(tier.mysql_sidecar, ephemeral.MYSQL_SIDECAR, "SpecBackupResources")},
    }
    return percona.PerconaServerMySql(scope, "mysql", metadata=cdk8s.ApiObjectMetadata(name=DB_CLUSTER), spec=spec)


# --- mysqld-exporter ------------------------------------------------------------------------
def exporter(scope: Construct, site: Site) -> None:
    labels = {**site.component_labels(EXPORTER), DB_CLIENT_LABEL: "true"}
    deploy = plus.Deployment(
        scope, "exporter", metadata=cdk8s.ApiObjectMetadata(name=EXPORTER),
        replicas=1 if site.active else 0, select=False,
        strategy=plus.DeploymentStrategy.recreate(), pod_metadata=pod_metadata(site, labels),
        automount_service_account_token=False, security_context=pod_security(NOBODY_UID),
    )
    deploy.select(plus.LabelSelector.of(labels=site.component_labels(EXPORTER)))
    host = site.db_host
    add_container(
        deploy, ephemeral.EXPORTER, name="exporter", image=site.pull_through(EXPORTER_IMAGE), image_pull_policy=plus.ImagePullPolicy.IF_NOT_PRESENT,
        args=[f"--mysqld.address={host}:{site.db_port}", "--mysqld.username=monitor"],
        env_variables={"MYSQLD_EXPORTER_PASSWORD": secret_env_value(deploy, USERS_SECRET, "monitor")},
        ports=[plus.ContainerPort(number=EXPORTER_PORT, name="metrics")],
        readiness=plus.Probe.from_http_get("/", port=EXPORTER_PORT),
        liveness=plus.Probe.from_http_get("/", port=EXPORTER_PORT, period_seconds=values.seconds(30)),
        resources=resources(site.tier.exporter), security_context=container_security(NOBODY_UID),
    )
    finish_pod(site, deploy)
    svc = plus.Service(scope, "exporter-svc", metadata=cdk8s.ApiObjectMetadata(
        name=EXPORTER, labels=site.component_labels(EXPORTER)),
        ports=[plus.ServicePort(port=EXPORTER_PORT, target_port=EXPORTER_PORT, name="metrics")])
    for k, v in site.component_labels(EXPORTER).items():
        svc.select_label(k, v)
    # The tenant's own Grafana dashboard (requests, latency, errors, MySQL), fixed to its namespace.
    plus.ConfigMap(
        scope, "dashboard",
        metadata=cdk8s.ApiObjectMetadata(name="grafana-dashboard", labels=dict(contracts.GRAFANA_DASHBOARD_LABEL)),
        data={"drupal-tenant.json": json.dumps(tenant_dashboard(site.namespace), indent=1, sort_keys=True)},
    )
    servicemonitor.ServiceMonitor(
        scope, "exporter-monitor",
        metadata=cdk8s.ApiObjectMetadata(name=EXPORTER, labels=dict(contracts.SERVICE_MONITOR_SELECTOR)),
        spec=servicemonitor.ServiceMonitorSpec(
            selector={"match_labels": site.component_labels(EXPORTER)},
            endpoints=[{"port": "metrics", "interval": "30s"}],
        ),
    )


# --- nightly logical backup ------------------------------------------------------------------
def backup_cronjob(scope: Construct, site: Site) -> plus.CronJob:
    """mysqldump --single-transaction to s3://<bucket>/<stage>/<name>/ with the tenant's IRSA role."""
    minute, hour = site.backup_time
    cron = plus.CronJob(
        scope, "backup", metadata=cdk8s.ApiObjectMetadata(name=BACKUP),
        schedule=cdk8s.Cron(minute=minute, hour=hour, day="*", month="*", week_day="*"),
        concurrency_policy=plus.ConcurrencyPolicy.FORBID, suspend=not site.active,
        successful_jobs_retained=1, failed_jobs_retained=3, backoff_limit=2,
        starting_deadline=values.hours(1),
        active_deadline=values.hours(3),
        # No API token: the EKS pod identity webhook projects its own IRSA token for db-backup.
        automount_service_account_token=False,
        security_context=pod_security(MYSQL_CLIENT_UID),
        pod_metadata=pod_metadata(site, {**site.component_labels(BACKUP), DB_CLIENT_LABEL: "true", INTERNET_LABEL: "true"}),
    )
    use_service_account(cron, SA_DB_BACKUP)
    backup_containers(site, cron, files.backup_upload_script(), {
        "BACKUP_PREFIX": values.env_value(contracts.backup_prefix(site.stage.name, site.name))})
    finish_pod(site, cron)
    return cron


def backup_containers(site: Site, workload: plus.AbstractPod, upload_script: str,
                      upload_env: dict[str, plus.EnvValue]) -> plus.Volume:
    """The nightly backup's two containers, dump and upload, streaming through a FIFO on a
    shared emptyDir (returned: the deploy container reads the upload's verdict there). The
    nightly CronJob and the deploy Job both run them; the upload script says where the dump goes."""
    # A FIFO and the dump's verdict: the dump streams through, nothing of its size is stored.
    stream = empty_dir(workload, "stream", ephemeral.BACKUP_STREAM)
    root_pw = secret_env_value(workload, USERS_SECRET, "root")
    # Both run at once (regular containers): the dump writes the FIFO, the upload reads it.
    add_container(
        workload, ephemeral.DUMP, name="dump", image=site.pull_through(MYSQL_CLIENT_IMAGE), image_pull_policy=plus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["/bin/bash", "-c", files.backup_dump_script()],
        env_from=[env_from_config_map(workload, DB_CONFIG)], env_variables={"MYSQL_ROOT_PASSWORD": root_pw},
        resources=resources(site.tier.job), security_context=container_security(MYSQL_CLIENT_UID),
        volume_mounts=[plus.VolumeMount(path=files.BACKUP_STREAM_DIR, volume=stream),
                       plus.VolumeMount(path="/tmp", volume=empty_dir(workload, "dump-tmp", ephemeral.DUMP_DIRS["dump-tmp"]))],
    )
    add_container(
        workload, ephemeral.UPLOAD, name="upload", image=site.pull_through(AWS_CLI_IMAGE), image_pull_policy=plus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["/bin/bash", "-c", upload_script],
        env_variables={
            "BACKUP_BUCKET": values.env_value(site.refs.backup_bucket),
            **upload_env,
            "BACKUP_INCOMPLETE_PREFIX": values.env_value(contracts.incomplete_backup_prefix(site.stage.name, site.name)),
            # The dump is at most the database volume: the CLI sizes its parts from this
            # (needed for streams over 50 GB, where the default part size runs out of parts).
            "BACKUP_EXPECTED_SIZE": values.env_value(str(bytes_of(site.tenant.platform.database.storage))),
            "AWS_REGION": values.env_value(site.stage.region),
            "HOME": values.env_value("/tmp"),
        },
        resources=resources(site.tier.job), security_context=container_security(MYSQL_CLIENT_UID),
        volume_mounts=[plus.VolumeMount(path=files.BACKUP_STREAM_DIR, volume=stream),
                       plus.VolumeMount(path="/tmp", volume=empty_dir(workload, "upload-tmp", ephemeral.UPLOAD_DIRS["upload-tmp"]))],
    )
    return stream


def db_init_container(site: Site, workload: plus.AbstractPod) -> plus.Container:
    """Init container of the install Job: creates the database and the least-privilege user."""
    return add_container(
        workload, ephemeral.DB_INIT, init=True, name="db-init", image=site.pull_through(MYSQL_CLIENT_IMAGE), image_pull_policy=plus.ImagePullPolicy.IF_NOT_PRESENT,
        command=["/bin/sh", "-c", files.db_init_script()],
        env_from=[env_from_config_map(workload, DB_CONFIG), env_from_secret(workload, DB_SECRET)],
        env_variables={"MYSQL_ROOT_PASSWORD": secret_env_value(workload, USERS_SECRET, "root")},
        resources=resources(site.tier.job), security_context=container_security(MYSQL_CLIENT_UID),
        volume_mounts=[plus.VolumeMount(path="/tmp", volume=empty_dir(workload, "db-init-tmp", ephemeral.DB_INIT_DIRS["db-init-tmp"]))],
    )


__all__ = ["percona_cluster", "exporter", "backup_cronjob", "backup_containers", "db_init_container", "mysql_nodes", "routers", "DB_NAME"]
