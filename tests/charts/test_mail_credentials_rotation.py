"""SES key rotation without restarting pods (issue 20, item 2): the `mail-credentials` Secret is
mounted as a directory the kubelet keeps current, and settings.php reads the SMTP user and
password from it on every request, the environment (fixed at pod start) only as a fallback.

settings.php runs in php-cli here against a directory laid out as the kubelet writes a Secret
volume (timestamped copy, `..data` link, one link per key) and swapped as its AtomicWriter
swaps it; tests/runtime/test_mail.py sends through Drupal with the same file."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from drupal_platform import contracts
from drupal_platform.charts.tenant import files, maintenance_job
from drupal_platform.charts.tenant.site import MAIL_SECRET
from helpers.runners import php_eval_settings
from helpers.sandbox import kubelet_write, pod_spec
from helpers.tools import require_tool

from .conftest import find, make_refs

def _settings(render, tmp_path: Path, secret_dir: Path) -> tuple[Path, dict[str, str], list[str]]:
    """The prod (ses) settings.php reading `secret_dir` for the mount path, the pod's mail
    environment with the key it started with, and the Secret's keys (the files' names)."""
    manifests = render("alpha", "prod")
    text = find(manifests, "ConfigMap", "drupal-settings")["data"]["settings.php"]
    assert text.count(files.MAIL_CREDENTIALS_DIR) == 1
    path = tmp_path / "settings.php"
    path.write_text(text.replace(files.MAIL_CREDENTIALS_DIR, str(secret_dir)))
    keys = [d["secretKey"] for d in find(manifests, "ExternalSecret", MAIL_SECRET)["spec"]["data"]]
    env = {**find(manifests, "ConfigMap", "mail-connection")["data"], "MAIL_USER": "AKIASTARTKEY", "MAIL_PASSWORD": "start-password"}
    return path, env, keys


def _credentials(out: dict) -> tuple[str, str]:
    dsn = out["config"]["system.mail"]["mailer_dsn"]
    return dsn["user"], dsn["password"]


def test_settings_php_prefers_the_mounted_secret_and_follows_each_rotation(render, tmp_path):
    secret = tmp_path / "mail"
    path, env, keys = _settings(render, tmp_path, secret)
    assert keys == ["MAIL_USER", "MAIL_PASSWORD"]
    kubelet_write(secret, {"MAIL_USER": "AKIAROTATED1", "MAIL_PASSWORD": "rotated-password-1"})
    assert _credentials(php_eval_settings(path, env, tmp_path)) == ("AKIAROTATED1", "rotated-password-1")
    # The next rotation: the next request (a new PHP run) sends with the new key.
    kubelet_write(secret, {"MAIL_USER": "AKIAROTATED2", "MAIL_PASSWORD": "rotated-password-2"})
    assert _credentials(php_eval_settings(path, env, tmp_path)) == ("AKIAROTATED2", "rotated-password-2")


def test_settings_php_falls_back_to_the_environment(render, tmp_path):
    secret = tmp_path / "mail"
    path, env, _ = _settings(render, tmp_path, secret)
    # No mount at all (catch mode, a custom image run outside the platform).
    assert _credentials(php_eval_settings(path, env, tmp_path)) == ("AKIASTARTKEY", "start-password")
    # The optional volume of a Secret ESO has not written yet: an empty directory.
    secret.mkdir()
    assert _credentials(php_eval_settings(path, env, tmp_path)) == ("AKIASTARTKEY", "start-password")
    # Neither: NULL, as before (Drupal logs the failed send).
    assert _credentials(php_eval_settings(path, {k: v for k, v in env.items() if k not in ("MAIL_USER", "MAIL_PASSWORD")},
                                          tmp_path)) == (None, None)


def test_a_long_lived_php_process_follows_the_kubelets_swap(render, tmp_path):
    """An Apache worker serves many requests from one PHP process, whose realpath cache
    (realpath_cache_ttl, 120 s by default) still resolves the key's link into the copy the
    kubelet has just deleted: settings.php must not fall back to the start key then."""
    php = require_tool("php")
    secret = tmp_path / "mail"
    path, env, _ = _settings(render, tmp_path, secret)
    kubelet_write(secret, {"MAIL_USER": "AKIAROTATED1", "MAIL_PASSWORD": "rotated-password-1"})
    stub = tmp_path / "stub.php"
    stub.write_text("<?php\nnamespace Symfony\\Component\\HttpFoundation;\nclass Request { const HEADER_X_FORWARDED_FOR = 2; "
                    "const HEADER_X_FORWARDED_HOST = 4; const HEADER_X_FORWARDED_PROTO = 8; const HEADER_X_FORWARDED_PORT = 16; }\n")
    runner = tmp_path / "worker.php"
    # Each line on stdin is one request: settings.php included again, as Drupal does per request.
    runner.write_text(f"""<?php
require {json.dumps(str(stub))};
while (fgets(STDIN) !== FALSE) {{
  $databases = []; $settings = []; $config = [];
  require {json.dumps(str(path))};
  echo json_encode($config['system.mail']['mailer_dsn']), "\\n";
}}
""")
    worker = subprocess.Popen([php, str(runner)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={"PATH": os.environ.get("PATH", ""), **env})

    def request() -> tuple[str, str]:
        worker.stdin.write("\n")
        worker.stdin.flush()
        line = worker.stdout.readline()
        assert line, worker.stderr.read()
        dsn = json.loads(line)
        return dsn["user"], dsn["password"]

    try:
        assert request() == ("AKIAROTATED1", "rotated-password-1")
        kubelet_write(secret, {"MAIL_USER": "AKIAROTATED2", "MAIL_PASSWORD": "rotated-password-2"})
        assert request() == ("AKIAROTATED2", "rotated-password-2")
        assert request() == ("AKIAROTATED2", "rotated-password-2")
    finally:
        worker.stdin.close()
        worker.wait(timeout=30)
    assert worker.returncode == 0, worker.stderr.read()


def _mail_workloads(config, render) -> dict[str, dict]:
    manifests = render("alpha", "prod")
    return {
        "Deployment": find(manifests, "Deployment", "drupal"),
        "CronJob": find(manifests, "CronJob", "drupal-cron"),
        "deploy Job": next(m for m in manifests if m["kind"] == "Job"),
        "maintenance": maintenance_job(config.tenants["alpha"], config.stages["prod"], make_refs(), "updb", suffix="t"),
    }


@pytest.mark.parametrize("kind", ["Deployment", "CronJob", "deploy Job", "maintenance"])
def test_the_mail_secret_is_a_refreshed_read_only_volume_of_the_drupal_container_only(config, render, kind):
    spec = pod_spec(_mail_workloads(config, render)[kind])
    (volume,) = [v for v in spec["volumes"] if "secret" in v and v["secret"]["secretName"] == MAIL_SECRET]
    # Every key (no items), optional like the envFrom: a late Secret costs mail, never the pod.
    assert volume["secret"] == {"secretName": MAIL_SECRET, "optional": True}
    mounted = {}
    for c in spec.get("initContainers", []) + spec["containers"]:
        for m in c.get("volumeMounts", []):
            if m["name"] == volume["name"]:
                mounted[c["name"]] = m
    senders = {c["name"] for c in spec["containers"]
               if {"secretRef": {"name": MAIL_SECRET, "optional": True}} in c.get("envFrom", [])}
    # Only the container running Drupal (the mail-sending one); not wait-for-deploy, db-init, dump, upload.
    assert set(mounted) == senders and len(senders) == 1
    if kind == "deploy Job":
        assert senders == {contracts.DEPLOY_CONTAINER}
    # A subPath mount is never refreshed by the kubelet.
    assert list(mounted.values()) == [{"name": volume["name"], "mountPath": files.MAIL_CREDENTIALS_DIR, "readOnly": True}]


def test_catch_mode_mounts_no_mail_secret(render):
    for obj in render("alpha", "dev"):
        if obj["kind"] in ("Deployment", "CronJob", "Job"):
            assert not [v for v in pod_spec(obj).get("volumes", []) if "secret" in v], obj["metadata"]["name"]
