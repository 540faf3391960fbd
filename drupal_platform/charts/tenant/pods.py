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
from drupal_platform.charts.tenant import files, values
from drupal_platform.charts.tenant.k8s import plus
from drupal_platform.charts.tenant.site import (
    APACHE_CONFIG, APP_SECRET, DB_CONFIG, DB_SECRET, FILES_CLAIM, HTTP_PORT, MAIL_CONFIG, MAIL_SECRET, SETTINGS_CONFIG,
    WWW_DATA_UID, Site,
)
from drupal_platform.ephemeral import Ephemeral
from drupal_platform.tiers import Resources

RUNTIME_DEFAULT = {"type": "RuntimeDefault"}


def resources(r: Resources) -> plus.ContainerResources:
    """CPU and memory from the tier (local disk: `add_container`)."""
    return plus.ContainerResources(
        cpu=plus.CpuResources(request=values.cpu(r.cpu_request), limit=values.cpu(r.cpu_limit)),
        memory=plus.MemoryResources(request=values.size(r.memory_request), limit=values.size(r.memory_limit)),
    )


def _kept(obj: object, attr: str, make):
    """A value kept on a jsii proxy, so a lookup or a record costs the kernel one call at most
    (every read of a cdk8s or cdk8s-plus property is a round trip to it)."""
    if attr not in obj.__dict__:
        obj.__dict__[attr] = make()
    return obj.__dict__[attr]


def api_object(workload: plus.AbstractPod) -> cdk8s.ApiObject:
    """The workload's ApiObject, looked up in the kernel once per workload."""
    return _kept(workload, "_api_object", lambda: cdk8s.ApiObject.of(workload))


def add_container(workload: plus.AbstractPod, eph: Ephemeral, *, init: bool = False,
                  extra: list[tuple[str, object]] = (), **props) -> plus.Container:
    """`workload.add_container` (or `add_init_container`), then the container's ephemeral storage
    and `extra` (path below the container, value) as JSON patches.

    cdk8s-plus renders ephemeral storage in whole GiB only, so it is patched in MiB. The patch is
    applied before the typed k8s class serialises the object, which reads a Quantity as
    {"value": ...} (tests/charts/test_quota.py checks the rendered values). The container's place
    in the pod spec is kept here, in Python: reading names back from cdk8s-plus is a kernel round
    trip per container."""
    names = _kept(workload, "_container_names", lambda: {"containers": [], "initContainers": []})
    kind = "initContainers" if init else "containers"
    container = workload.add_init_container(**props) if init else workload.add_container(**props)
    names[kind].append(props["name"])
    base = f"{pod_spec_path(workload)}/{kind}/{len(names[kind]) - 1}"
    api_object(workload).add_json_patch(
        values.patch_add(f"{base}/resources/requests/ephemeral-storage", {"value": eph.request_quantity}),
        values.patch_add(f"{base}/resources/limits/ephemeral-storage", {"value": eph.limit_quantity}),
        *(values.patch_add(f"{base}/{path}", value) for path, value in extra),
    )
    return container


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


def pod_metadata(site: Site, labels: dict[str, str], annotations: dict[str, str] | None = None) -> cdk8s.ApiObjectMetadata:
    """A workload's pod labels (the site's common labels and its own) and annotations, given when
    the workload is made: one kernel call, not one per label."""
    return cdk8s.ApiObjectMetadata(labels={**site.common_labels, **labels}, annotations=annotations)


def finish_pod(site: Site, workload: plus.AbstractPod, *, spread: dict[str, str] | None = None) -> None:
    """Placement and pod-level seccomp that cdk8s-plus has no property for."""
    path = pod_spec_path(workload)
    # Placement: the shared group or the tenant's dedicated group, and the matching toleration.
    patches = [
        values.patch_add(f"{path}/nodeSelector", site.node_selector),
        values.patch_add(f"{path}/tolerations", site.tolerations),
        values.patch_add(f"{path}/securityContext/seccompProfile", RUNTIME_DEFAULT),
    ]
    if spread:
        patches.append(values.patch_add(f"{path}/topologySpreadConstraints", [
            {"maxSkew": 1, "topologyKey": key, "whenUnsatisfiable": "ScheduleAnyway",
             "labelSelector": {"matchLabels": spread}}
            for key in ("topology.kubernetes.io/zone", "kubernetes.io/hostname")
        ]))
    api_object(workload).add_json_patch(*patches)


# --- References to the tenant's Secrets, ConfigMaps and claim, and the volumes made of them ----
# Made once per chart and shared by every workload that uses them (cdk8s-plus volumes and
# imported objects hold no state of a pod), so the Deployment, the CronJobs and the Jobs do not
# each pay the kernel round trips for the same reference.

def _shared(workload: plus.AbstractPod, key: tuple, make):
    chart = _kept(workload, "_chart", lambda: cdk8s.Chart.of(workload))
    registry = _kept(chart, "_shared_refs", dict)
    if key not in registry:
        registry[key] = make(chart, "shared-" + "-".join(str(k) for k in key))
    return registry[key]


def secret(workload: plus.AbstractPod, name: str) -> plus.ISecret:
    return _shared(workload, ("secret", name), lambda chart, id: plus.Secret.from_secret_name(chart, id, name))


def config_map(workload: plus.AbstractPod, name: str) -> plus.IConfigMap:
    return _shared(workload, ("configmap", name), lambda chart, id: plus.ConfigMap.from_config_map_name(chart, id, name))


def env_from_secret(workload: plus.AbstractPod, name: str) -> plus.EnvFrom:
    return _shared(workload, ("env-secret", name), lambda chart, id: plus.Env.from_secret(secret(workload, name)))


def env_from_config_map(workload: plus.AbstractPod, name: str) -> plus.EnvFrom:
    return _shared(workload, ("env-configmap", name), lambda chart, id: plus.Env.from_config_map(config_map(workload, name)))


def secret_env_value(workload: plus.AbstractPod, name: str, key: str) -> plus.EnvValue:
    return _shared(workload, ("secret-value", name, key), lambda chart, id: plus.EnvValue.from_secret_value(
        plus.SecretValue(secret=secret(workload, name), key=key)))


def empty_dir(workload: plus.AbstractPod, name: str, size_mib: int) -> plus.Volume:
    return _shared(workload, ("emptydir", name, size_mib),
                   lambda chart, id: plus.Volume.from_empty_dir(chart, id, name, size_limit=values.mebibytes(size_mib)))


def config_map_volume(workload: plus.AbstractPod, volume: str, name: str, *, optional: bool | None = None) -> plus.Volume:
    return _shared(workload, ("configmap-volume", volume, name, optional), lambda chart, id: plus.Volume.from_config_map(
        chart, id, config_map(workload, name), name=volume, optional=optional))


def secret_volume(workload: plus.AbstractPod, volume: str, name: str, *, optional: bool | None = None) -> plus.Volume:
    return _shared(workload, ("secret-volume", volume, name, optional), lambda chart, id: plus.Volume.from_secret(
        chart, id, secret(workload, name), name=volume, optional=optional))


def claim_volume(workload: plus.AbstractPod, volume: str, claim: str) -> plus.Volume:
    return _shared(workload, ("claim-volume", volume, claim), lambda chart, id: plus.Volume.from_persistent_volume_claim(
        chart, id, plus.PersistentVolumeClaim.from_claim_name(chart, f"{id}-claim", claim), name=volume))


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
        env_from_secret(scope, DB_SECRET),
        env_from_config_map(scope, DB_CONFIG),
        env_from_secret(scope, APP_SECRET),
        env_from_config_map(scope, MAIL_CONFIG),
    ]
    mail_secret = site.mail_mode == "ses"
    if mail_secret:
        env_from.append(env_from_secret(scope, MAIL_SECRET))
    probe_kw = {}
    if serve:
        probe = dict(port=HTTP_PORT, timeout_seconds=values.seconds(5))
        # The kubelet sends Host: <pod IP>:8080. Liveness and startup ask Apache alone (the static
        # /healthz): a database restart must not restart every web pod. Readiness asks Drupal,
        # with a Host it trusts (tests/runtime/test_apache_probes.py sends each one).
        trusted = [plus.HttpHeader(name="Host", value=files.trusted_probe_host(site))]
        probe_kw = dict(
            port_number=HTTP_PORT,
            readiness=plus.Probe.from_http_get(files.READY_PATH, http_headers=trusted, period_seconds=values.seconds(10),
                                               failure_threshold=3, **probe),
            liveness=plus.Probe.from_http_get(files.HEALTH_PATH, period_seconds=values.seconds(20), failure_threshold=3, **probe),
            startup=plus.Probe.from_http_get(files.HEALTH_PATH, period_seconds=values.seconds(10), failure_threshold=30, **probe),
        )
    # Writable paths on a read-only root filesystem.
    dirs = ephemeral.DRUPAL_DIRS if serve else ephemeral.JOB_DIRS
    mounts = [
        plus.VolumeMount(path="/tmp", volume=empty_dir(scope, "tmp", dirs["tmp"])),
        plus.VolumeMount(path="/var/cache/drupal", volume=empty_dir(scope, "php-cache", dirs["php-cache"])),
    ]
    if serve:
        # Apache's pid file and lock file (APACHE_RUN_DIR, APACHE_LOCK_DIR in /etc/apache2/envvars).
        apache = config_map_volume(scope, "apache-config", APACHE_CONFIG)
        mounts += [
            plus.VolumeMount(path="/var/run/apache2", volume=empty_dir(scope, "apache-run", dirs["apache-run"])),
            plus.VolumeMount(path="/var/lock/apache2", volume=empty_dir(scope, "apache-lock", dirs["apache-lock"])),
            plus.VolumeMount(path=files.PORTS_CONF_PATH, volume=apache, sub_path="ports.conf", read_only=True),
            plus.VolumeMount(path=files.VHOST_PATH, volume=apache, sub_path="000-default.conf", read_only=True),
            plus.VolumeMount(path=f"{files.HEALTH_DIR}/{files.HEALTH_FILE}", volume=apache, sub_path=files.HEALTH_FILE, read_only=True),
        ]
    extra: list[tuple[str, object]] = []
    if mail_secret:
        # The same Secret as a directory too: the kubelet rewrites it within about a minute of ESO's
        # refresh, so settings.php sends with a rotated key long before the old one is deleted;
        # the environment above keeps the key the pod started with. No subPath (never refreshed);
        # optional for the same reason as the envFrom.
        mail = secret_volume(scope, "mail-credentials", MAIL_SECRET, optional=True)
        mounts.append(plus.VolumeMount(path=files.MAIL_CREDENTIALS_DIR, volume=mail, read_only=True))
        # optional: a missing or late SES secret costs mail (Drupal logs each failure), never the site.
        extra.append((f"envFrom/{len(env_from) - 1}/secretRef/optional", True))
    mounts.append(plus.VolumeMount(path=site.files_path, volume=claim_volume(scope, "files", FILES_CLAIM)))
    if not site.custom_image:
        # Standard image: settings.php from a ConfigMap (custom images bake their own).
        settings = config_map_volume(scope, "settings", SETTINGS_CONFIG)
        mounts.append(plus.VolumeMount(path=site.settings_path, volume=settings, sub_path="settings.php", read_only=True))
    container = add_container(
        workload, ephemeral.DRUPAL if serve else ephemeral.JOB, extra=extra,
        name=name,
        image=site.drupal_image,
        # IfNotPresent only for an image pinned by digest; a bare tag may have moved (pins.py).
        image_pull_policy=PULL_POLICIES[site.drupal_pull_policy],
        command=command,
        env_from=env_from,
        env_variables={"HOME": values.env_value("/tmp")},
        resources=resources(res),
        security_context=container_security(WWW_DATA_UID),
        volume_mounts=mounts,
        **probe_kw,
    )
    return container


def drupal_pod_props() -> dict:
    """Pod-level properties every Drupal workload shares (no API token: Drupal never calls the API)."""
    return dict(automount_service_account_token=False, security_context=pod_security(WWW_DATA_UID))


def use_service_account(workload: plus.AbstractPod, name: str) -> None:
    api_object(workload).add_json_patch(values.patch_add(f"{pod_spec_path(workload)}/serviceAccountName", name))


def label_selector(workload: plus.Deployment, labels: dict[str, str]) -> None:
    workload.select(plus.LabelSelector.of(labels=labels))


DEBUG_LABELS = dict(contracts.DEBUG_POD_LABEL)
