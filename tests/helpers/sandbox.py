"""Run one container of a rendered pod the way the kubelet would, without a cluster.

bubblewrap builds the container's filesystem: a root that is read-only when the container
says `readOnlyRootFilesystem` (the host's /usr and /etc stand in for the image's tools), the
image's codebase bound read-only at its path, and exactly the pod's volumes at their
mountPaths - emptyDirs and claims writable, ConfigMaps and Secrets read-only. It runs the
container's command and args as the container's uid with only the environment the manifest
gives it (env, envFrom; secret values supplied by the test). The host's network is shared so
a script reaches the test's database on 127.0.0.1.

Image layout: `image_dirs` are the image's own directories (e.g. the codebase at
/opt/drupal), bound read-only; `image_links` are its symlinks (the official Drupal image's
/var/www/html -> /opt/drupal/web). A mount below a symlink lands where the link points, as
the container runtime resolves mount destinations inside the root filesystem, and a missing
mount point inside an image directory is created in the sandbox (not in the source), as
the runtime creates mount points before it makes the root read-only.

What the sandbox does not model, and tests must not rely on: cgroup limits (memory,
ephemeral-storage), DNS names of Services (tests override DB_HOST/DB_PORT), the image's own
binaries (the host's Debian tools stand in: bash, coreutils, php, mariadb client).
The termination log is modelled: like the kubelet, the sandbox binds a fresh writable file at
the container's terminationMessagePath (default /dev/termination-log); `Run.termination_message`
reads what the container left there.
`test_binds` are test instruments (e.g. the directory a fake `aws` CLI writes to), not
part of the pod: writable host directories bound at a path the pod does not use.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from helpers.tools import require_tool

HOST_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
DEFAULT_UID = 0


@dataclass
class PodWorld:
    """What exists around a pod: the namespace's ConfigMaps (from the rendered chart), Secret
    values (made up by the test), and claims (directories that persist between runs)."""

    objects: list[dict]
    secrets: dict[str, dict[str, str]] = field(default_factory=dict)
    claims: dict[str, Path] = field(default_factory=dict)

    def config_map(self, name: str) -> dict[str, str]:
        for obj in self.objects:
            if obj["kind"] == "ConfigMap" and obj["metadata"]["name"] == name:
                return obj.get("data", {})
        raise KeyError(f"ConfigMap {name!r} is not in the rendered chart")

    def secret(self, name: str) -> dict[str, str]:
        if name not in self.secrets:
            raise KeyError(f"the test gives no values for Secret {name!r}")
        return self.secrets[name]


def pod_spec(obj: dict) -> dict:
    """The pod spec of a Deployment, Job, CronJob, StatefulSet or Pod."""
    spec = obj["spec"]
    if obj["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    return spec if obj["kind"] == "Pod" else spec["template"]["spec"]


def container_env(container: dict, world: PodWorld) -> dict[str, str]:
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        prefix = source.get("prefix", "")
        if "secretRef" in source:
            ref = source["secretRef"]
            if ref.get("optional") and ref["name"] not in world.secrets:
                continue  # the kubelet starts the container without an optional Secret that is missing
            values = world.secret(ref["name"])
        else:
            values = world.config_map(source["configMapRef"]["name"])
        env.update({prefix + k: v for k, v in values.items()})
    for var in container.get("env", []):
        if "value" in var:
            env[var["name"]] = var["value"]
        elif "secretKeyRef" in var.get("valueFrom", {}):
            ref = var["valueFrom"]["secretKeyRef"]
            env[var["name"]] = world.secret(ref["name"])[ref["key"]]
        elif "configMapKeyRef" in var.get("valueFrom", {}):
            ref = var["valueFrom"]["configMapKeyRef"]
            env[var["name"]] = world.config_map(ref["name"])[ref["key"]]
        # fieldRef/resourceFieldRef: left out; a test that needs one sets it in `env`.
    return env


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    argv: list[str]
    termination_log: Path | None = None

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def termination_message(self) -> str:
        """What the container wrote to its termination log (the kubelet's message, before any
        FallbackToLogsOnError)."""
        return self.termination_log.read_text() if self.termination_log and self.termination_log.exists() else ""


TERMINATION_LOG = "/dev/termination-log"


def termination_log_path(container: dict, scratch: Path) -> Path:
    return scratch / "termination" / container["name"]


def _write_files(target: Path, data: dict[str, str], items: list[dict] | None) -> None:
    target.mkdir(parents=True, exist_ok=True)
    if items:
        data = {item["path"]: data[item["key"]] for item in items}
    for key, value in data.items():
        path = target / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(value)


def _volume_source(volume: dict, world: PodWorld, scratch: Path) -> tuple[Path, bool]:
    """The host directory backing a pod volume, and whether it is writable."""
    name = volume["name"]
    if "emptyDir" in volume:
        path = scratch / "emptydir" / name
        path.mkdir(parents=True, exist_ok=True)
        return path, True
    if "persistentVolumeClaim" in volume:
        claim = volume["persistentVolumeClaim"]["claimName"]
        if claim not in world.claims:
            world.claims[claim] = scratch / "claims" / claim
            world.claims[claim].mkdir(parents=True, exist_ok=True)
        return world.claims[claim], not volume["persistentVolumeClaim"].get("readOnly", False)
    if "configMap" in volume:
        path = scratch / "configmap" / name
        try:
            data = world.config_map(volume["configMap"]["name"])
        except KeyError:
            if not volume["configMap"].get("optional"):
                raise
            data = {}  # the kubelet mounts an optional ConfigMap that is missing as an empty directory
        _write_files(path, data, volume["configMap"].get("items"))
        return path, False
    if "secret" in volume:
        path = scratch / "secret" / name
        if volume["secret"].get("optional") and volume["secret"]["secretName"] not in world.secrets:
            data = {}  # as for a ConfigMap: an optional Secret that is missing is an empty directory
        else:
            data = world.secret(volume["secret"]["secretName"])
        _write_files(path, data, volume["secret"].get("items"))
        return path, False
    raise NotImplementedError(f"volume {name!r}: the sandbox models emptyDir, PVC, ConfigMap and Secret volumes")


def _ro_tree(path: str, targets: list[str], dest: str | None = None) -> list[str]:
    """Bind a host directory read-only at `dest` (default: the same path); where a mount
    target below `dest` does not exist in the source, rebuild that branch entry by entry so
    bwrap can create the mount point."""
    dest = dest or path
    inner = [t for t in targets if t.startswith(dest + "/")]
    if not any(not os.path.lexists(path + t[len(dest):]) for t in inner):
        return ["--ro-bind", path, dest]
    argv = ["--dir", dest]
    for child in sorted(os.listdir(path)):
        full, there = os.path.join(path, child), os.path.join(dest, child)
        if os.path.islink(full):
            argv += ["--symlink", os.readlink(full), there]
        elif os.path.isdir(full):
            argv += _ro_tree(full, inner, there)
        else:
            argv += ["--ro-bind", full, there]
    return argv


def _resolve(path: str, links: dict[str, str]) -> str:
    """A mount destination with the image's symlinks resolved (as the runtime resolves it)."""
    for link, target in links.items():
        if path == link or path.startswith(link + "/"):
            return target + path[len(link):]
    return path


def sandbox_argv(spec: dict, container: dict, world: PodWorld, scratch: Path, *,
                 image_dirs: dict[str, Path], env: dict[str, str], image_links: dict[str, str] | None = None,
                 test_binds: dict[str, Path] | None = None) -> list[str]:
    bwrap = require_tool("bwrap")
    pod_sc = spec.get("securityContext", {})
    sc = {**pod_sc, **container.get("securityContext", {})}
    uid = sc.get("runAsUser", DEFAULT_UID)
    gid = sc.get("runAsGroup", uid)
    argv = [bwrap, "--die-with-parent", "--unshare-pid", "--unshare-ipc", "--unshare-uts",
            "--unshare-user", "--uid", str(uid), "--gid", str(gid), "--tmpfs", "/"]
    links = image_links or {}
    mounts = [dict(m, mountPath=_resolve(m["mountPath"], links)) for m in container.get("volumeMounts", [])]
    targets = [m["mountPath"] for m in mounts] + list(image_dirs) + list(test_binds or {})
    for top in ("/usr", "/etc"):
        argv += _ro_tree(top, targets)
    for top in ("bin", "sbin", "lib", "lib64", "lib32", "libx32"):
        host = Path("/") / top
        if host.is_symlink():
            argv += ["--symlink", os.readlink(host), f"/{top}"]
        elif host.is_dir():
            argv += ["--ro-bind", str(host), f"/{top}"]
    argv += ["--dev", "/dev", "--proc", "/proc"]
    log = termination_log_path(container, scratch)
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("")
    argv += ["--bind", str(log), container.get("terminationMessagePath", TERMINATION_LOG)]
    for path, source in sorted(image_dirs.items()):
        argv += ["--dir", os.path.dirname(path)] + _ro_tree(str(source), targets, path)
    for link, target in sorted(links.items()):
        argv += ["--dir", os.path.dirname(link), "--symlink", target, link]
    for path, source in sorted((test_binds or {}).items()):
        argv += ["--dir", path, "--bind", str(source), path]
    volumes = {v["name"]: v for v in spec.get("volumes", [])}
    backing = {name: _volume_source(v, world, scratch) for name, v in volumes.items()}
    for mount in mounts:
        source, writable = backing[mount["name"]]
        if mount.get("subPath"):
            source = source / mount["subPath"]
        writable = writable and not mount.get("readOnly", False)
        if source.is_dir():
            argv += ["--dir", mount["mountPath"]]
        argv += ["--bind" if writable else "--ro-bind", str(source), mount["mountPath"]]
    if sc.get("readOnlyRootFilesystem", False):
        argv += ["--remount-ro", "/"]
    argv += ["--clearenv"]
    for key, value in {"PATH": HOST_PATH, "HOSTNAME": "pod", **env}.items():
        argv += ["--setenv", key, value]
    workdir = container.get("workingDir")
    if workdir:
        argv += ["--chdir", workdir]
    return argv + list(container.get("command", [])) + list(container.get("args", []))


def _argv(obj: dict, container_name: str, world: PodWorld, scratch: Path, *, image_dirs, env_overrides,
          init: bool, image_links, test_binds) -> list[str]:
    spec = pod_spec(obj)
    containers = spec.get("initContainers" if init else "containers", [])
    (container,) = [c for c in containers if c["name"] == container_name]
    env = {**container_env(container, world), **(env_overrides or {})}
    scratch.mkdir(parents=True, exist_ok=True)
    return sandbox_argv(spec, container, world, scratch, image_dirs=image_dirs or {}, env=env,
                        image_links=image_links, test_binds=test_binds)


def run_container(obj: dict, container_name: str, world: PodWorld, scratch: Path, *,
                  image_dirs: dict[str, Path] | None = None, env_overrides: dict[str, str] | None = None,
                  timeout: float = 300, init: bool = False, image_links: dict[str, str] | None = None,
                  test_binds: dict[str, Path] | None = None) -> Run:
    """Run one container (or init container) of a rendered workload to completion."""
    argv = _argv(obj, container_name, world, scratch, image_dirs=image_dirs, env_overrides=env_overrides,
                 init=init, image_links=image_links, test_binds=test_binds)
    result = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    return Run(result.returncode, result.stdout, result.stderr, argv, scratch / "termination" / container_name)


def start_containers(obj: dict, containers: dict[str, dict], world: PodWorld, scratch: Path) -> dict:
    """Start a pod's regular containers at the same time, as the kubelet does, sharing its
    emptyDirs (same `scratch`); `containers` maps a container name to run_container's keyword
    arguments. Returns {name: (argv, Popen)}; `wait_containers` collects them."""
    procs = {}
    for name, kw in containers.items():
        argv = _argv(obj, name, world, scratch, init=False, image_dirs=kw.get("image_dirs"),
                     env_overrides=kw.get("env_overrides"), image_links=kw.get("image_links"),
                     test_binds=kw.get("test_binds"))
        procs[name] = (argv, subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    return procs


def wait_containers(procs: dict, scratch: Path, *, timeout: float = 300) -> dict[str, Run]:
    runs = {}
    for name, (argv, proc) in procs.items():
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            for _, other in procs.values():
                other.kill()
            raise
        runs[name] = Run(proc.returncode, out, err, argv, scratch / "termination" / name)
    return runs


def run_containers(obj: dict, containers: dict[str, dict], world: PodWorld, scratch: Path, *,
                   timeout: float = 300) -> dict[str, Run]:
    """Run a pod's regular containers at the same time, as the kubelet does, sharing its
    emptyDirs (same `scratch`); `containers` maps a container name to run_container's keyword
    arguments (image_dirs, env_overrides, image_links, test_binds). Waits for all of them."""
    return wait_containers(start_containers(obj, containers, world, scratch), scratch, timeout=timeout)


_secret_versions = count()


def kubelet_write(directory: Path, data: dict[str, str]) -> None:
    """What the kubelet's AtomicWriter does on each sync: the payload into a new timestamped
    directory, `..data` re-pointed to it by rename, a link per key, the previous copy deleted."""
    directory.mkdir(parents=True, exist_ok=True)
    data_link = directory / "..data"
    old = directory / os.readlink(data_link) if data_link.is_symlink() else None
    new = directory / f"..2026_12_03_06_00_{next(_secret_versions):02d}.000000001"
    new.mkdir()
    for key, value in data.items():
        (new / key).write_text(value)
    tmp = directory / "..data_tmp"
    tmp.symlink_to(new.name)
    tmp.rename(data_link)
    for key in data:
        if not (directory / key).is_symlink():
            (directory / key).symlink_to(f"..data/{key}")
    if old:
        for f in old.iterdir():
            f.unlink()
        old.rmdir()
