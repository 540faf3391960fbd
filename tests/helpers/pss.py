"""Pod Security Standards, restricted profile (Kubernetes 1.36 'latest'), control by control.

`check_pod(spec)` returns one message per violated control for a pod spec; `pod_specs`
finds the pod templates of workload manifests, and `percona_pods` derives the pods the
Percona operator v1.2.0 creates from a PerconaServerMySQL CR (which CR field reaches which
container: operator source at v1.2.0, see /work/notes/percona.md section 4).
"""

from __future__ import annotations

ALLOWED_VOLUMES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}
SAFE_SYSCTLS = {"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
                "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
                "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
                "net.ipv4.tcp_keepalive_probes"}
SELINUX_TYPES = {None, "", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}
CONTROLS = (
    "hostProcess", "hostNamespaces", "privileged", "capabilities", "hostPathVolumes", "hostPorts", "appArmor",
    "seLinux", "procMount", "seccomp", "sysctls", "volumeTypes", "privilegeEscalation", "runAsNonRoot", "runAsUser",
)


def _containers(spec: dict) -> list[dict]:
    return [*spec.get("initContainers", []), *spec.get("containers", []), *spec.get("ephemeralContainers", [])]


def check_pod(spec: dict) -> dict[str, list[str]]:
    """Violations per control (empty lists when the pod passes)."""
    out: dict[str, list[str]] = {c: [] for c in CONTROLS}
    psc = spec.get("securityContext") or {}
    containers = _containers(spec)

    def each(name: str, fn) -> None:
        for c in containers:
            msg = fn(c.get("securityContext") or {}, c)
            if msg:
                out[name].append(f"container {c.get('name')}: {msg}")

    # --- baseline ---
    if (psc.get("windowsOptions") or {}).get("hostProcess"):
        out["hostProcess"].append("pod: windowsOptions.hostProcess")
    each("hostProcess", lambda sc, c: "hostProcess" if (sc.get("windowsOptions") or {}).get("hostProcess") else None)
    for field in ("hostNetwork", "hostPID", "hostIPC"):
        if spec.get(field):
            out["hostNamespaces"].append(f"pod: {field}: true")
    each("privileged", lambda sc, c: "privileged: true" if sc.get("privileged") else None)
    each("capabilities", lambda sc, c: _caps(sc))
    for v in spec.get("volumes", []):
        if "hostPath" in v:
            out["hostPathVolumes"].append(f"volume {v.get('name')}: hostPath")
        kinds = set(v) - {"name"}
        if not kinds <= ALLOWED_VOLUMES:
            out["volumeTypes"].append(f"volume {v.get('name')}: {sorted(kinds - ALLOWED_VOLUMES)}")
    each("hostPorts", lambda sc, c: "hostPort" if any(p.get("hostPort") for p in c.get("ports", [])) else None)
    for holder, sc in [("pod", psc)] + [(f"container {c.get('name')}", c.get("securityContext") or {}) for c in containers]:
        aa = (sc.get("appArmorProfile") or {}).get("type")
        if aa not in (None, "RuntimeDefault", "Localhost"):
            out["appArmor"].append(f"{holder}: appArmorProfile {aa}")
        se = sc.get("seLinuxOptions") or {}
        if se.get("type") not in SELINUX_TYPES or se.get("user") or se.get("role"):
            out["seLinux"].append(f"{holder}: seLinuxOptions {se}")
    each("procMount", lambda sc, c: f"procMount {sc['procMount']}" if sc.get("procMount") not in (None, "Default") else None)
    for s in psc.get("sysctls", []):
        if s.get("name") not in SAFE_SYSCTLS:
            out["sysctls"].append(f"pod: sysctl {s.get('name')}")
    # --- restricted ---
    each("privilegeEscalation", lambda sc, c: None if sc.get("allowPrivilegeEscalation") is False else "allowPrivilegeEscalation is not false")
    pod_nonroot = psc.get("runAsNonRoot") is True
    each("runAsNonRoot", lambda sc, c: "runAsNonRoot: false" if sc.get("runAsNonRoot") is False
         else (None if pod_nonroot or sc.get("runAsNonRoot") is True else "runAsNonRoot not set at pod or container level"))
    if psc.get("runAsNonRoot") is False:
        out["runAsNonRoot"].append("pod: runAsNonRoot: false")
    if psc.get("runAsUser") == 0:
        out["runAsUser"].append("pod: runAsUser 0")
    each("runAsUser", lambda sc, c: "runAsUser 0" if sc.get("runAsUser") == 0 else None)
    pod_seccomp = (psc.get("seccompProfile") or {}).get("type")
    if pod_seccomp not in (None, "RuntimeDefault", "Localhost"):
        out["seccomp"].append(f"pod: seccompProfile {pod_seccomp}")

    def seccomp(sc: dict, c: dict) -> str | None:
        t = (sc.get("seccompProfile") or {}).get("type")
        if t is None:
            return None if pod_seccomp in ("RuntimeDefault", "Localhost") else "seccompProfile not set at pod or container level"
        return None if t in ("RuntimeDefault", "Localhost") else f"seccompProfile {t}"

    each("seccomp", seccomp)
    return out


def _caps(sc: dict) -> str | None:
    caps = sc.get("capabilities") or {}
    added = set(caps.get("add") or []) - {"NET_BIND_SERVICE"}
    if added:
        return f"adds {sorted(added)}"
    if "ALL" not in (caps.get("drop") or []):
        return "capabilities.drop does not include ALL"
    return None


BASELINE_CONTROLS = ("hostProcess", "hostNamespaces", "privileged", "capabilities", "hostPathVolumes", "hostPorts",
                     "appArmor", "seLinux", "procMount", "seccomp", "sysctls")
# Capabilities baseline admits in `add` (Pod Security Standards, baseline "Capabilities").
BASELINE_CAPABILITIES = {"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
                         "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"}


def _baseline(spec: dict) -> list[str]:
    """baseline: its own controls, where capabilities and seccomp are looser than restricted's."""
    checked = check_pod(spec)
    out = [f"{c}: {m}" for c in BASELINE_CONTROLS if c not in ("capabilities", "seccomp") for m in checked[c]]
    holders = [("pod", spec.get("securityContext") or {})] + [(f"container {c.get('name')}", c.get("securityContext") or {}) for c in _containers(spec)]
    for holder, sc in holders:
        added = set((sc.get("capabilities") or {}).get("add") or []) - BASELINE_CAPABILITIES
        if added:
            out.append(f"capabilities: {holder}: adds {sorted(added)}")
        if (sc.get("seccompProfile") or {}).get("type") == "Unconfined":
            out.append(f"seccomp: {holder}: seccompProfile Unconfined")
    return out


def failures(spec: dict, level: str = "restricted") -> list[str]:
    """Violations of a Pod Security level (restricted, baseline or privileged) by a pod spec."""
    if level == "privileged":
        return []
    if level == "baseline":
        return _baseline(spec)
    return [f"{control}: {m}" for control, msgs in check_pod(spec).items() for m in msgs]


POD_TEMPLATE_PATHS = {
    "Deployment": ("spec", "template", "spec"),
    "StatefulSet": ("spec", "template", "spec"),
    "DaemonSet": ("spec", "template", "spec"),
    "Job": ("spec", "template", "spec"),
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
    "Pod": ("spec",),
}


def pod_specs(manifests: list[dict]) -> dict[str, dict]:
    """'Kind/name' -> pod spec for every workload, plus the Percona operator's pods."""
    out: dict[str, dict] = {}
    for m in manifests:
        path = POD_TEMPLATE_PATHS.get(m["kind"])
        if path:
            node = m
            for key in path:
                node = node[key]
            out[f"{m['kind']}/{m['metadata']['name']}"] = node
        elif m["kind"] == "PerconaServerMySQL":
            out.update(percona_pods(m))
    return out


def percona_pods(cr: dict) -> dict[str, dict]:
    """The pods operator v1.2.0 builds from the CR, with the security contexts it copies into them."""
    spec = cr["spec"]
    name = cr["metadata"]["name"]
    init_default = (spec.get("initContainer") or {}).get("containerSecurityContext")
    pods: dict[str, dict] = {}

    def pod(component: dict, main: str, init: str, sidecars: list[tuple[str, dict | None]] = ()) -> dict:
        init_sc = ((component.get("initContainer") or {}).get("containerSecurityContext") or init_default
                   or component.get("containerSecurityContext"))
        containers = [{"name": main, "securityContext": component.get("containerSecurityContext")}]
        containers += [{"name": n, "securityContext": sc} for n, sc in sidecars]
        return {"securityContext": component.get("podSecurityContext"),
                "initContainers": [{"name": init, "securityContext": init_sc}],
                "containers": containers}

    mysql = spec["mysql"]
    sidecars = []
    if (spec.get("backup") or {}).get("enabled"):
        sidecars.append(("xtrabackup", spec["backup"].get("containerSecurityContext")))
    if mysql.get("clusterType") == "async" and (spec.get("orchestrator") or {}).get("enabled"):
        sidecars.append(("pt-heartbeat", (spec.get("toolkit") or {}).get("containerSecurityContext")))
    if (spec.get("pmm") or {}).get("enabled"):
        sidecars.append(("pmm-client", spec["pmm"].get("containerSecurityContext")))
    pods[f"PerconaServerMySQL/{name}/mysql"] = pod(mysql, "mysql", "mysql-init", sidecars)
    router = (spec.get("proxy") or {}).get("router") or {}
    if router.get("enabled"):
        pods[f"PerconaServerMySQL/{name}/router"] = pod(router, "router", "router-init")
    haproxy = (spec.get("proxy") or {}).get("haproxy") or {}
    if haproxy.get("enabled"):
        pods[f"PerconaServerMySQL/{name}/haproxy"] = pod(haproxy, "haproxy", "haproxy-init",
                                                        [("mysql-monit", haproxy.get("containerSecurityContext"))])
    orc = spec.get("orchestrator") or {}
    if orc.get("enabled"):
        pods[f"PerconaServerMySQL/{name}/orchestrator"] = pod(orc, "orchestrator", "orchestrator-init",
                                                             [("mysql-monit", orc.get("containerSecurityContext"))])
    return pods
