"""Pod building blocks shared by every workload of a tenant.

The Drupal Deployment, the install Job, the cron CronJob and the maintenance Jobs all get
their container from `add_drupal_container`, so image, secrets, volumes, placement and
security context can never drift apart (issue item 11). Workloads use cdk8s-plus and keep
its secure defaults (read-only root filesystem, non-root, no privilege escalation, no
service-account token); writable paths are declared emptyDirs.
"""

from __future__ import annotations

import cdk8s

from drupal_platform import contracts, ephemeral, pins
from drupal_platform.charts.tenant import files
from drupal_platform.charts.tenant.k8s import plus
from drupal_platform.charts.tenant.site import (
    APACHE_CONFIG, APP_SECRET, DB_CONFIG, DB_SECRET, FILES_CLAIM, HTTP_PORT, MAIL_CONFIG, MAIL_SECRET, SETTINGS_CONFIG,
    WWW_DATA_UID, Site,
)
from drupal_platform.ephemeral import Ephemeral
from drupal_platform.tiers import Resources

RUNTIME_DEFAULT = {"type": "RuntimeDefault"}


def resources(r: Resources) -> plus.ContainerResources:
    """CPU and memory from the tier (local disk: `disk`)."""
    return plus.ContainerResources(
        cpu=plus.CpuResources(request=_cpu(r.cpu_request), limit=_cpu(r.cpu_limit)),
        memory=plus.MemoryResources(request=_size(r.memory_request), limit=_size(r.memory_limit)),
    )


def disk(workload: plus.AbstractPod, container: plus.Container, eph: Ephemeral) -> None:
    """The container's ephemeral-storage request and limit (drupal_platform.ephemeral).
    cdk8s-plus renders ephemeral storage in whole GiB only, so it is patched in MiB. The patch
    is applied before the typed k8s class serialises the object, which reads a Quantity as
    {"value": ...} (tests/charts/test_quota.py checks the rendered values)."""
    init = [c.name for c in workload.init_containers]
    kind, names = ("initContainers", init) if container.name in init else ("containers", [c.name for c in workload.containers])
    base = f"{pod_spec_path(workload)}/{kind}/{names.index(container.name)}/resources"
    obj = cdk8s.ApiObject.of(workload)
    obj.add_json_patch(cdk8s.JsonPatch.add(f"{base}/requests/ephemeral-storage", {"value": eph.request_quantity}))
    obj.add_json_patch(cdk8s.JsonPatch.add(f"{base}/limits/ephemeral-storage", {"value": eph.limit_quantity}))


def _cpu(q: str) -> plus.Cpu:
    return plus.Cpu.millis(int(q[:-1])) if q.endswith("m") else plus.Cpu.units(float(q))


def _size(q: str) -> cdk8s.Size:
    for suffix, fn in (("Mi", cdk8s.Size.mebibytes), ("Gi", cdk8s.Size.gibibytes), ("Ki", cdk8s.Size.kibibytes)):
        if q.endswith(suffix):
            return fn(int(q[: -len(suffix)]))
    raise ValueError(f"unsupported quantity {q!r}")


def container_security(uid: int) -> plus.ContainerSecurityContextProps:
    """Restricted profile: non-root uid, no escalation, all capabilities dropped, RuntimeDefault seccomp."""
    return plus.ContainerSecurityContextProps(
        ensure_non_root=True,
        user=uid,
        group=uid,
        allow_privilege_escalation=False,
        privileged=False,
        read_only_root_filesystem=True,
        capabilities=plus.ContainerSecutiryContextCapabilities(drop=[plus.Capability.ALL]),
        seccomp_profile=plus.SeccompProfile(type=plus.SeccompProfileType.RUNTIME_DEFAULT),
    )


def pod_security(uid: int) -> plus.PodSecurityContextProps:
    return plus.PodSecurityContextProps(ensure_non_root=True, user=uid, group=uid, fs_group=uid,
                                        fs_group_change_policy=plus.FsGroupChangePolicy.ON_ROOT_MISMATCH)


def pod_spec_path(workload: plus.AbstractPod) -> str:
    if isinstance(workload, plus.CronJob):
        return "/spec/jobTemplate/spec/template/spec"
    return "/spec/template/spec"


def finish_pod(site: Site, workload: plus.AbstractPod, *, labels: dict[str, str], spread: dict[str, str] | None = None) -> None:
    """Labels, placement and pod-level seccomp that cdk8s-plus has no property for."""
    for k, v in {**site.common_labels, **labels}.items():
        workload.pod_metadata.add_label(k, v)
    obj = cdk8s.ApiObject.of(workload)
    path = pod_spec_path(workload)
    # Placement: the shared group or the tenant's dedicated group, and the matching toleration.
    obj.add_json_patch(cdk8s.JsonPatch.add(f"{path}/nodeSelector", site.node_selector))
    obj.add_json_patch(cdk8s.JsonPatch.add(f"{path}/tolerations", site.tolerations))
    obj.add_json_patch(cdk8s.JsonPatch.add(f"{path}/securityContext/seccompProfile", RUNTIME_DEFAULT))
    if spread:
        obj.add_json_patch(cdk8s.JsonPatch.add(f"{path}/topologySpreadConstraints", [
            {"maxSkew": 1, "topologyKey": key, "whenUnsatisfiable": "ScheduleAnyway",
             "labelSelector": {"matchLabels": spread}}
            for key in ("topology.kubernetes.io/zone", "kubernetes.io/hostname")
        ]))


def empty_dir(scope: plus.AbstractPod, name: str, size_mib: int) -> plus.Volume:
    return plus.Volume.from_empty_dir(scope, f"vol-{name}", name, size_limit=cdk8s.Size.mebibytes(size_mib))


# pins.pull_policy's Kubernetes values as cdk8s-plus enum members.
PULL_POLICIES = {pins.IF_NOT_PRESENT: plus.ImagePullPolicy.IF_NOT_PRESENT, pins.ALWAYS: plus.ImagePullPolicy.ALWAYS}


def add_drupal_container(
    site: Site,
    workload: plus.AbstractPod,
    *,
    name: str,
    res: Resources,
    command: list[str] | None = None,
    serve: bool = False,
) -> plus.Container:
    """The Drupal container: same image, env, volumes and security context everywhere."""
    scope = workload
    env_from = [
        plus.Env.from_secret(plus.Secret.from_secret_name(scope, "db-secret", DB_SECRET)),
        plus.Env.from_config_map(plus.ConfigMap.from_config_map_name(scope, "db-config", DB_CONFIG)),
        plus.Env.from_secret(plus.Secret.from_secret_name(scope, "app-secret", APP_SECRET)),
        plus.Env.from_config_map(plus.ConfigMap.from_config_map_name(scope, "mail-config", MAIL_CONFIG)),
    ]
    mail_secret = plus.Secret.from_secret_name(scope, "mail-secret", MAIL_SECRET) if site.mail_mode == "ses" else None
    if mail_secret:
        env_from.append(plus.Env.from_secret(mail_secret))
    probe_kw = {}
    if serve:
        probe = dict(port=HTTP_PORT, timeout_seconds=cdk8s.Duration.seconds(5))
        # The kubelet sends Host: <pod IP>:8080. Liveness and startup ask Apache alone (the static
        # /healthz): a database restart must not restart every web pod. Readiness asks Drupal,
        # with a Host it trusts (tests/runtime/test_apache_probes.py sends each one).
        trusted = [plus.HttpHeader(name="Host", value=files.trusted_probe_host(site))]
        probe_kw = dict(
            port_number=HTTP_PORT,
            readiness=plus.Probe.from_http_get(files.READY_PATH, http_headers=trusted, period_seconds=cdk8s.Duration.seconds(10),
                                               failure_threshold=3, **probe),
            liveness=plus.Probe.from_http_get(files.HEALTH_PATH, period_seconds=cdk8s.Duration.seconds(20), failure_threshold=3, **probe),
            startup=plus.Probe.from_http_get(files.HEALTH_PATH, period_seconds=cdk8s.Duration.seconds(10), failure_threshold=30, **probe),
        )
    container = workload.add_container(
        name=name,
        image=site.drupal_image,
        # IfNotPresent only for an image pinned by digest; a bare tag may have moved (pins.py).
        image_pull_policy=PULL_POLICIES[site.drupal_pull_policy],
        command=command,
        env_from=env_from,
        env_variables={"HOME": plus.EnvValue.from_value("/tmp")},
        resources=resources(res),
        security_context=container_security(WWW_DATA_UID),
        **probe_kw,
    )
    disk(workload, container, ephemeral.DRUPAL if serve else ephemeral.JOB)
    if site.mail_mode == "ses":
        # optional: a missing or late SES secret costs mail (Drupal logs each failure), never the site.
        index = len(workload.containers) - 1
        cdk8s.ApiObject.of(workload).add_json_patch(cdk8s.JsonPatch.add(
            f"{pod_spec_path(workload)}/containers/{index}/envFrom/{len(env_from) - 1}/secretRef/optional", True))
    # Writable paths on a read-only root filesystem.
    dirs = ephemeral.DRUPAL_DIRS if serve else ephemeral.JOB_DIRS
    container.mount("/tmp", empty_dir(scope, "tmp", dirs["tmp"]))
    container.mount("/var/cache/drupal", empty_dir(scope, "php-cache", dirs["php-cache"]))
    if serve:
        # Apache's pid file and lock file (APACHE_RUN_DIR, APACHE_LOCK_DIR in /etc/apache2/envvars).
        container.mount("/var/run/apache2", empty_dir(scope, "apache-run", dirs["apache-run"]))
        container.mount("/var/lock/apache2", empty_dir(scope, "apache-lock", dirs["apache-lock"]))
        apache = plus.Volume.from_config_map(
            scope, "vol-apache", plus.ConfigMap.from_config_map_name(scope, "apache-cm", APACHE_CONFIG), name="apache-config")
        container.mount(files.PORTS_CONF_PATH, apache, sub_path="ports.conf", read_only=True)
        container.mount(files.VHOST_PATH, apache, sub_path="000-default.conf", read_only=True)
        container.mount(f"{files.HEALTH_DIR}/{files.HEALTH_FILE}", apache, sub_path=files.HEALTH_FILE, read_only=True)
    if mail_secret:
        # The same Secret as a directory too: the kubelet rewrites it within about a minute of ESO's
        # refresh, so settings.php sends with a rotated key long before the old one is deleted;
        # the environment above keeps the key the pod started with. No subPath (never refreshed);
        # optional for the same reason as the envFrom.
        mail = plus.Volume.from_secret(scope, "vol-mail-credentials", mail_secret, name="mail-credentials", optional=True)
        container.mount(files.MAIL_CREDENTIALS_DIR, mail, read_only=True)
    files_claim = plus.PersistentVolumeClaim.from_claim_name(scope, "files-claim", FILES_CLAIM)
    container.mount(site.files_path, plus.Volume.from_persistent_volume_claim(scope, "vol-files", files_claim, name="files"))
    if not site.custom_image:
        # Standard image: settings.php from a ConfigMap (custom images bake their own).
        settings = plus.Volume.from_config_map(
            scope, "vol-settings", plus.ConfigMap.from_config_map_name(scope, "settings-cm", SETTINGS_CONFIG), name="settings")
        container.mount(site.settings_path, settings, sub_path="settings.php", read_only=True)
    return container


def drupal_pod_props() -> dict:
    """Pod-level properties every Drupal workload shares (no API token: Drupal never calls the API)."""
    return dict(automount_service_account_token=False, security_context=pod_security(WWW_DATA_UID))


def use_service_account(workload: plus.AbstractPod, name: str) -> None:
    cdk8s.ApiObject.of(workload).add_json_patch(cdk8s.JsonPatch.add(f"{pod_spec_path(workload)}/serviceAccountName", name))


def label_selector(workload: plus.Deployment, labels: dict[str, str]) -> None:
    workload.select(plus.LabelSelector.of(labels=labels))


DEBUG_LABELS = dict(contracts.DEBUG_POD_LABEL)
