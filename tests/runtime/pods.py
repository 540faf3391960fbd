"""The tenant's rendered workloads and the world around them, for runtime tests.

Renders an example tenant once per session and gives each test the pieces the sandbox
needs: a workload by kind and name, the Secret values a test makes up (as ESO would write
them), and the official image's layout (the codebase at /opt/drupal, /var/www/html a symlink
to /opt/drupal/web, drush in /opt/drupal/vendor/bin as the platform image ships it).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from helpers.mariadb import MariaDB
from helpers.sandbox import HOST_PATH, PodWorld, Run, run_container, start_containers, wait_containers

_VENV_NODE = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "node"
if _VENV_NODE.exists():
    os.environ.setdefault("JSII_NODE", str(_VENV_NODE))

OFFICIAL_APP_PATH = "/opt/drupal"
OFFICIAL_LINKS = {"/var/www/html": "/opt/drupal/web"}


ROOT = Path(__file__).resolve().parents[2]
# Stand-ins for the backup containers' tools (test_backup.py says what each one does).
FAKES = Path(__file__).parent / "fakes"


def make_refs(account: str):
    from drupal_platform.contracts import PlatformRefs

    return PlatformRefs(
        tenant_role_arn=f"arn:aws:iam::{account}:role/tenant-role",
        wildcard_certificate_arn=f"arn:aws:acm:eu-west-1:{account}:certificate/11111111-2222-3333-4444-555555555555",
        backup_bucket=f"drupal-backups-{account}",
        image_registry="222222222222.dkr.ecr.eu-west-1.amazonaws.com",
    )


@lru_cache(maxsize=None)
def rendered(tenant: str = "alpha", stage: str = "dev") -> tuple[dict, ...]:
    """The example tenant's manifests (cdk.json stages + tenants.yaml), rendered once."""
    import json

    from drupal_platform.charts.tenant import render_tenant
    from drupal_platform.config import load_config

    config = load_config(json.loads((ROOT / "cdk.json").read_text())["context"]["stages"], ROOT / "tenants.yaml")
    return tuple(render_tenant(config.tenants[tenant], config.stages[stage], make_refs(config.stages[stage].account)))


def workload(manifests, kind: str, name_prefix: str) -> dict:
    hits = [m for m in manifests if m["kind"] == kind and m["metadata"]["name"].startswith(name_prefix)]
    assert len(hits) == 1, f"expected one {kind} {name_prefix}*, found {[m['metadata']['name'] for m in hits]}"
    return hits[0]


@dataclass
class SiteWorld:
    """One tenant's namespace as the pods see it, backed by the test's MariaDB."""

    db: MariaDB
    manifests: tuple[dict, ...]
    codebase: Path
    files: Path
    db_name: str = field(default_factory=lambda: "site_" + secrets.token_hex(4))
    db_user: str = field(default_factory=lambda: "u_" + secrets.token_hex(4))
    db_password: str = field(default_factory=lambda: secrets.token_urlsafe(16) + "'\"$x")  # quoting matters

    @property
    def world(self) -> PodWorld:
        return PodWorld(
            objects=list(self.manifests),
            secrets={
                "db-credentials": {"DB_USER": self.db_user, "DB_PASSWORD": self.db_password},
                "drupal-app": {"DRUPAL_HASH_SALT": "salt-" + self.db_name},
                "mysql-users": {"root": self.db.root_password},
            },
            claims={"drupal-files": self.files},
        )

    @property
    def db_env(self) -> dict[str, str]:
        # The Service's DNS name is not modelled: the pods reach the test's server instead.
        return {"DB_HOST": self.db.host, "DB_PORT": str(self.db.port), "DB_NAME": self.db_name}

    def can_connect(self, password: str) -> bool:
        """Whether the site's user logs in to its database with this password (over TCP)."""
        cmd = [shutil.which("mariadb") or "mariadb", "--no-defaults", f"--host={self.db.host}", f"--port={self.db.port}",
               f"--user={self.db_user}", self.db_name, "-e", "SELECT 1"]
        return subprocess.run(cmd, capture_output=True, env={**os.environ, "MYSQL_PWD": password}).returncode == 0

    def run(self, obj: dict, container: str, scratch: Path, *, init: bool = False, env: dict | None = None,
            timeout: float = 300, image: Path | None = None) -> Run:
        return run_container(obj, container, self.world, scratch, init=init, timeout=timeout,
                             image_dirs={OFFICIAL_APP_PATH: image or self.codebase}, image_links=OFFICIAL_LINKS,
                             env_overrides={**self.db_env, **(env or {})})


def deploy_job(site: SiteWorld) -> dict:
    return workload(site.manifests, "Job", "deploy-")


def run_deploy(site: SiteWorld, image: Path, scratch: Path, store: Path, *, env: dict | None = None,
               db_init: bool = True, timeout: float = 900, upload_env: dict | None = None) -> dict:
    """One deploy pod: db-init (init container), then dump, upload and deploy together."""
    job = deploy_job(site)
    name = job["metadata"]["name"]
    store.mkdir(parents=True, exist_ok=True)
    db_env = {**site.db_env, **(env or {})}
    runs = {}
    if db_init:
        runs["db-init"] = site.run(job, "db-init", scratch, init=True, env=env)
        if runs["db-init"].returncode != 0:
            return runs  # the kubelet starts no regular container after a failed init container
    from drupal_platform import contracts
    from drupal_platform.charts.tenant import files

    fakes = {"image_dirs": {"/opt/fakes": FAKES}}
    path = f"/opt/fakes:{HOST_PATH}"
    procs = start_containers(job, {
        contracts.DEPLOY_CONTAINER: {"image_dirs": {OFFICIAL_APP_PATH: image}, "image_links": OFFICIAL_LINKS,
                                     "env_overrides": db_env},
        "dump": {**fakes, "env_overrides": {"PATH": path, **db_env}},
        # The downward API's job-name label (the sandbox does not model fieldRef).
        "upload": {**fakes, "test_binds": {"/fake-s3": store},
                   "env_overrides": {"PATH": path, "FAKE_S3_DIR": "/fake-s3", files.DEPLOY_JOB_ENV: name,
                                     **(upload_env or {})}},
    }, site.world, scratch)
    runs.update(wait_containers(procs, scratch, timeout=timeout))
    return runs
