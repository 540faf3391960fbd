"""The Drupal pod's web server, run as the pod runs it, probed as the kubelet and the ALB probe it.

Debian's Apache with mod_php stands in for the official Drupal image's (same Apache 2.4 and
Debian layout; PHP 8.2 instead of the image's newer PHP). The sandbox (helpers.sandbox) gives
it the Deployment's shape: uid 33, read-only root, the rendered ports.conf, vhost, health file
and settings.php mounted read-only from their ConfigMaps, the pod's emptyDirs, the files claim,
and only the environment the manifest gives (secret values made up here; DB_HOST/DB_PORT point
at the test's MariaDB). The image's filesystem is modelled by the real Drupal 10.3.7 codebase
at /opt/drupal with /var/www/html -> /opt/drupal/web, Debian's /etc/apache2 with mod_rewrite
enabled (the Drupal image's `a2enmod rewrite`), and the log symlinks of the php:apache image.

Every probe of the rendered Deployment and the ALB's health check are sent as they arrive:
- kubelet (pkg/probe/http): GET <path>, Host <pod IP>:<port> unless httpHeaders sets Host,
  User-Agent kube-probe/<minor>, Accept */*, Connection close, no compression; success is
  200 <= status < 400.
- ALB: GET <healthcheck-path>, Host <target IP>:<port> (a target group has no Host setting),
  User-Agent ELB-HealthChecker/2.0; success is the success-codes annotation.
"""

from __future__ import annotations

import copy
import http.client
import secrets
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from charts.conftest import make_refs
from drupal_platform.cli import refs as _cli  # noqa: F401 - the CLI package first: client_kit imports through it
from drupal_platform import client_kit  # noqa: E402, I001
from drupal_platform.charts.tenant import render_tenant
from drupal_platform.charts.tenant.site import HTTP_PORT, WWW_DATA_UID, Site
from helpers import processes
from helpers.mariadb import free_port
from helpers.sandbox import PodWorld, pod_spec, run_container, sandbox_argv, container_env
from helpers.tools import require_tool

KUBELET_UA = "kube-probe/1.36"
ALB_UA = "ELB-HealthChecker/2.0"
POD_IP = "127.0.0.1"  # the kubelet and the ALB address the pod by IP
# php:*-apache (both image kinds build on it): Apache's logs -> the container's stdout/stderr.
LOG_LINKS = {
    "/var/log/apache2/error.log": "/dev/stderr",
    "/var/log/apache2/access.log": "/dev/stdout",
    "/var/log/apache2/other_vhosts_access.log": "/dev/stdout",
}
# The official drupal image: the codebase at /opt/drupal, /var/www/html -> /opt/drupal/web.
OFFICIAL_LINKS = {"/var/www/html": "/opt/drupal/web", **LOG_LINKS}
# A client-kit image (tenant beta: appPath /var/www/html, webRoot /var/www/html/web) has no such link.
CUSTOM_LINKS = dict(LOG_LINKS)
# settings.php a client writes (the kit's README: it ends by including settings.platform.php).
CLIENT_SETTINGS = """<?php
$databases = [];
$settings['hash_salt'] = '';
include $app_root . '/' . $site_path . '/settings.platform.php';
"""
# The php:apache image's CMD, apache2-foreground: load envvars, clear a stale pid file, run in the foreground.
APACHE2_FOREGROUND = ["bash", "-c", '. /etc/apache2/envvars; rm -f "$APACHE_PID_FILE"; exec /usr/sbin/apache2 -DFOREGROUND']
SECRETS = {
    "db-credentials": {"DB_USER": "drupal_" + secrets.token_hex(3), "DB_PASSWORD": secrets.token_urlsafe(12)},
    "drupal-app": {"DRUPAL_HASH_SALT": secrets.token_urlsafe(32)},
}


def _find(manifests: list[dict], kind: str, name: str) -> dict:
    (hit,) = [m for m in manifests if m["kind"] == kind and m["metadata"]["name"] == name]
    return hit


def _image_apache_conf(target: Path) -> Path:
    """/etc/apache2 of the image: Debian's, with mod_rewrite enabled (Drupal's Dockerfile runs a2enmod rewrite)."""
    require_tool("apache2ctl")
    shutil.copytree("/etc/apache2", target, symlinks=True)
    for mod in ("rewrite.load",):
        link = target / "mods-enabled" / mod
        if not link.exists():
            link.symlink_to(f"../mods-available/{mod}")
    php = list((target / "mods-enabled").glob("php*.load"))
    if not php:
        pytest.fail("mod_php is not enabled in /etc/apache2: apt-get install -y libapache2-mod-php")
    return target


def _on_port(world_objects: list[dict], port: int) -> list[dict]:
    """The rendered objects with Apache moved from 8080 to a free port (nothing else changes)."""
    objects = copy.deepcopy(world_objects)
    cm = _find(objects, "ConfigMap", "apache-config")["data"]
    assert cm["ports.conf"].count(f"Listen {HTTP_PORT}\n") == 1
    assert cm["000-default.conf"].count(f"<VirtualHost *:{HTTP_PORT}>") == 1
    cm["ports.conf"] = cm["ports.conf"].replace(f"Listen {HTTP_PORT}\n", f"Listen {port}\n")
    cm["000-default.conf"] = cm["000-default.conf"].replace(f"<VirtualHost *:{HTTP_PORT}>", f"<VirtualHost *:{port}>")
    return objects


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: str


def get(port: int, path: str, headers: dict[str, str]) -> Response:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
    for k, v in headers.items():
        conn.putheader(k, v)
    conn.endheaders()
    r = conn.getresponse()
    body = r.read().decode(errors="replace")
    conn.close()
    return Response(r.status, {k.lower(): v for k, v in r.getheaders()}, body)


def kubelet_probe(probe: dict, port: int) -> Response:
    """One httpGet probe as the kubelet sends it (the container port mapped to the test's port)."""
    action = probe["httpGet"]
    assert action["port"] == HTTP_PORT and action.get("scheme", "HTTP") == "HTTP" and "host" not in action
    headers = {"Host": f"{POD_IP}:{port}", "User-Agent": KUBELET_UA, "Accept": "*/*", "Connection": "close"}
    for h in action.get("httpHeaders", []):
        headers[h["name"].title()] = h["value"]
    return get(port, action["path"], headers)


def kubelet_success(status: int) -> bool:
    return 200 <= status < 400


def alb_health_check(ingress: dict, port: int) -> tuple[Response, bool]:
    ann = ingress["metadata"]["annotations"]
    path = ann["alb.ingress.kubernetes.io/healthcheck-path"]
    assert ann.get("alb.ingress.kubernetes.io/healthcheck-port", "traffic-port") == "traffic-port"
    r = get(port, path, {"Host": f"{POD_IP}:{port}", "User-Agent": ALB_UA, "Accept-Encoding": "gzip", "Connection": "close"})
    codes = ann.get("alb.ingress.kubernetes.io/success-codes", "200")
    ok = any(lo <= r.status <= hi for lo, hi in
             ((int(c.split("-")[0]), int(c.split("-")[-1])) for c in codes.split(",")))
    return r, ok


class Pod:
    """The rendered Deployment's Drupal container, run in the sandbox."""

    def __init__(self, manifests: list[dict], world: PodWorld, scratch: Path, image_dirs: dict[str, Path],
                 db_host: str, db_port: int, *, site: Site, image_links: dict[str, str], settings: str):
        self.manifests = manifests
        self.site = site
        self.image_links = image_links
        self.settings = settings  # settings.php as the pod sees it (ConfigMap or image)
        self.deployment = _find(manifests, "Deployment", "drupal")
        self.spec = pod_spec(self.deployment)
        (self.container,) = [c for c in self.spec["containers"] if c["name"] == "drupal"]
        self.port = free_port()
        self.base_world = world
        self.world = PodWorld(objects=_on_port(world.objects, self.port), secrets=world.secrets, claims=world.claims)
        self.scratch = scratch
        self.image_dirs = image_dirs
        self.env_overrides = {"DB_HOST": db_host, "DB_PORT": str(db_port)}
        self.process: subprocess.Popen | None = None

    def install(self, scratch: Path, timeout: float = 600):
        """drush site:install in the container's shape, with the two things the installer writes
        besides the database made writable: settings.php (a copy of the pod's; the install Job
        runs drush in a writable copy of the codebase for the same reason) and the config sync
        directory. Installing is not under test here; serving the installed site is."""
        job = copy.deepcopy(self.deployment)
        job["kind"] = "Job"
        spec = pod_spec(job)
        (container,) = spec["containers"]
        app, web = self.site.app_path, self.site.web_root
        container["command"] = [f"{app}/vendor/bin/drush", f"--root={web}", "site:install", "minimal",
                                "--yes", f"--site-name={self.site.name}"]
        container["volumeMounts"] = [m for m in container["volumeMounts"] if m["mountPath"] != self.site.settings_path]
        installer = scratch / "installer"
        installer.mkdir(parents=True)
        (installer / "settings.php").write_text(self.settings)
        self.world.claims["installer"] = installer
        spec["volumes"] += [{"name": "installer", "persistentVolumeClaim": {"claimName": "installer"}},
                            {"name": "config", "emptyDir": {}}]
        container["volumeMounts"] += [{"name": "installer", "mountPath": self.site.settings_path, "subPath": "settings.php"},
                                      {"name": "config", "mountPath": f"{app}/config"}]
        return run_container(job, "drupal", self.world, scratch, image_dirs=self.image_dirs,
                             env_overrides=self.env_overrides, timeout=timeout, image_links=self.image_links)

    def start(self) -> None:
        container = {**self.container, "command": APACHE2_FOREGROUND}
        env = {**container_env(container, self.world), **self.env_overrides}
        argv = sandbox_argv(self.spec, container, self.world, self.scratch, image_dirs=self.image_dirs, env=env,
                            image_links=self.image_links)
        self.scratch.mkdir(parents=True, exist_ok=True)
        self.log = open(self.scratch / "apache.log", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(argv, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                get(self.port, "/", {"Host": "localhost"})
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    pytest.fail(f"Apache did not start:\n{(self.scratch / 'apache.log').read_text()[-3000:]}")
                time.sleep(0.2)

    def stop(self) -> None:
        processes.stop(self.process, timeout=20)
        if getattr(self, "log", None):
            self.log.close()

    def probe(self, kind: str) -> Response:
        return kubelet_probe(self.container[kind], self.port)

    def alb(self) -> tuple[Response, bool]:
        return alb_health_check(_find(self.manifests, "Ingress", "drupal"), self.port)


def _custom_image_sites_default(codebase: Path, kit: dict[str, str], target: Path) -> Path:
    """web/sites/default of a client-kit image: the codebase's, plus the client's settings.php and the kit's
    settings.platform.php (the Dockerfile's COPY . . brings both)."""
    target.mkdir(parents=True)
    for f in (codebase / "web/sites/default").iterdir():
        if f.is_file():
            shutil.copy(f, target / f.name)
    (target / "settings.php").write_text(CLIENT_SETTINGS)
    (target / "settings.platform.php").write_text(kit["web/sites/default/settings.platform.php"])
    (target / "files").mkdir()
    return target


@pytest.fixture(scope="module", params=["official-image", "custom-image"])
def site(request, config, mariadb, drupal_codebase, tmp_path_factory):
    """alpha (official image) or beta (client-kit image) in prod, installed with drush in the pod's
    shape, served by Apache."""
    require_tool("bwrap")
    official = request.param == "official-image"
    tenant = config.tenants["alpha" if official else "beta"]
    stage = config.stages["prod"]
    manifests = render_tenant(tenant, stage, make_refs(stage.account))
    site = Site(tenant, stage, make_refs(stage.account))
    base = tmp_path_factory.mktemp(f"{tenant.name}-pod")
    db = SECRETS["db-credentials"]
    name = f"{tenant.name}_" + secrets.token_hex(3)
    mariadb.create_database(name, db["DB_USER"], db["DB_PASSWORD"])
    objects = copy.deepcopy(manifests)
    _find(objects, "ConfigMap", "db-connection")["data"]["DB_NAME"] = name
    world = PodWorld(objects=objects, secrets=SECRETS)
    image_dirs = {"/etc/apache2": _image_apache_conf(base / "image-etc-apache2")}
    if official:
        assert site.app_path == "/opt/drupal" and site.web_root == "/var/www/html"
        image_dirs[site.app_path] = drupal_codebase
        links, settings = OFFICIAL_LINKS, _find(manifests, "ConfigMap", "drupal-settings")["data"]["settings.php"]
    else:
        assert site.custom_image and site.web_root == f"{site.app_path}/web"
        kit = client_kit.render(client_kit.values(config, tenant))
        image_dirs[site.app_path] = drupal_codebase
        image_dirs[f"{site.web_root}/sites/default"] = _custom_image_sites_default(drupal_codebase, kit, base / "image-sites-default")
        links, settings = CUSTOM_LINKS, CLIENT_SETTINGS
    pod = Pod(manifests, world, base / "pod", image_dirs, mariadb.host, mariadb.port,
              site=site, image_links=links, settings=settings)
    install = pod.install(base / "install")
    assert install.returncode == 0, install.output[-3000:]
    assert "users_field_data" in mariadb.tables(name)
    pod.start()
    yield pod
    pod.stop()


@pytest.mark.parametrize("kind", ["startupProbe", "livenessProbe", "readinessProbe"])
def test_every_probe_gets_the_status_that_keeps_the_pod_ready(site, kind):
    r = site.probe(kind)
    assert kubelet_success(r.status) and r.status == 200, (kind, r.status, r.body[:500])


def test_the_alb_health_check_keeps_the_target_healthy(site):
    r, ok = site.alb()
    assert ok and r.status == 200, (r.status, r.body[:500])


def test_readiness_is_answered_by_drupal_itself(site):
    r = site.probe("readinessProbe")
    assert r.headers.get("x-generator", "").startswith("Drupal"), r.headers
    assert 'id="user-login-form"' in r.body


def test_health_endpoint_is_apache_alone_for_any_host(site):
    for host in (f"{POD_IP}:{site.port}", "10.0.37.5:8080", "evil.example.org"):
        r = get(site.port, "/healthz", {"Host": host, "User-Agent": KUBELET_UA})
        assert r.status == 200 and r.body == "ok\n", (host, r.status)
        assert r.headers["content-type"].startswith("text/plain")
        assert "x-generator" not in r.headers and "x-drupal-cache" not in r.headers


def test_the_pre_fix_probes_get_400_from_drupal(site):
    # What the chart sent before: httpGet /user/login (and / is no different) with the kubelet's
    # Host <pod IP>:8080 - Drupal rejects the host, so the pod never became Ready.
    for path in ("/user/login", "/"):
        r = get(site.port, path, {"Host": f"{POD_IP}:{site.port}", "User-Agent": KUBELET_UA, "Accept": "*/*"})
        assert r.status == 400, (path, r.status)
        assert "The provided host name is not valid for this server." in r.body


def test_the_web_installer_answers_nobody(site):
    """The install Job installs with drush; until it has run, Drupal would send visitors to
    core/install.php, where anyone could install the site and own its admin account."""
    for path in ("/core/install.php", "/core/install.php?profile=standard&langcode=en", "/core//install.php"):
        r = get(site.port, path, {"Host": site.site.hosts[0], "X-Forwarded-Proto": "https"})
        assert r.status == 403, (path, r.status)
        assert "x-generator" not in r.headers  # Apache refused it; Drupal never ran


def test_site_serves_its_own_host(site):
    r = get(site.port, "/user/login", {"Host": site.site.hosts[0], "X-Forwarded-Proto": "https"})
    assert r.status == 200


@pytest.fixture(scope="module")
def site_without_database(site, tmp_path_factory):
    """The same installed site, its database unreachable (a closed port): a MySQL restart."""
    pod = Pod(site.manifests, site.base_world, tmp_path_factory.mktemp(f"{site.site.name}-pod-nodb"), site.image_dirs,
              "127.0.0.1", free_port(), site=site.site, image_links=site.image_links, settings=site.settings)
    pod.start()
    yield pod
    pod.stop()


@pytest.mark.parametrize("kind", ["startupProbe", "livenessProbe"])
def test_liveness_does_not_depend_on_the_database(site_without_database, kind):
    r = site_without_database.probe(kind)
    assert r.status == 200, (kind, r.status)


def test_alb_keeps_the_target_while_the_database_restarts(site_without_database):
    r, ok = site_without_database.alb()
    assert ok, r.status


def test_readiness_fails_without_the_database(site_without_database):
    # Readiness really exercises Drupal: with no database the pod leaves the Service, not the node.
    assert not kubelet_success(site_without_database.probe("readinessProbe").status)


def test_apache_runs_as_the_pods_user(site):
    assert pod_spec(site.deployment)["securityContext"]["runAsUser"] == WWW_DATA_UID
    assert site.container["securityContext"]["readOnlyRootFilesystem"] is True
