"""Run rendered Apache configuration and PHP through the real Debian tools."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from helpers.tools import require_tool

DEBIAN_APACHE = Path("/etc/apache2")


def apache_config_test(tmp: Path, ports_conf: str, vhost_conf: str, *, document_root: str,
                       httpd_conf: str | None = None) -> subprocess.CompletedProcess:
    """`apache2ctl -t` on a copy of Debian's /etc/apache2 with our ports.conf and vhost
    (mod_rewrite enabled as in the Drupal image). `httpd_conf` is written to <conf>/httpd.conf,
    where the OpenTelemetry agent appends its Include."""
    ctl = require_tool("apache2ctl")
    conf = tmp / "apache2"
    shutil.copytree(DEBIAN_APACHE, conf, symlinks=True)
    (conf / "ports.conf").write_text(ports_conf)
    site = conf / "sites-available" / "000-default.conf"
    site.unlink(missing_ok=True)
    site.write_text(vhost_conf.replace("/etc/apache2/", f"{conf}/"))
    rewrite = conf / "mods-enabled" / "rewrite.load"
    if not rewrite.exists():
        rewrite.symlink_to(conf / "mods-available" / "rewrite.load")
    if httpd_conf is not None:
        (conf / "httpd.conf").write_text(httpd_conf)
    root = tmp / "docroot"
    root.mkdir(exist_ok=True)
    env = {**os.environ, "APACHE_CONFDIR": str(conf), "APACHE_RUN_DIR": str(tmp / "run"),
           "APACHE_LOCK_DIR": str(tmp / "lock"), "APACHE_LOG_DIR": str(tmp / "log"), "APACHE_PID_FILE": str(tmp / "run/apache2.pid")}
    for d in ("run", "lock", "log"):
        (tmp / d).mkdir(exist_ok=True)
    text = site.read_text().replace(document_root, str(root))
    site.write_text(text)
    return subprocess.run([ctl, "-t"], env=env, capture_output=True, text=True)


def php_lint(path: Path) -> subprocess.CompletedProcess:
    php = require_tool("php")
    return subprocess.run([php, "-l", str(path)], capture_output=True, text=True)


def php_eval_settings(path: Path, env: dict[str, str], tmp: Path) -> dict:
    """Include settings.php as Drupal would (with $app_root and $site_path) and return
    $databases, $settings and $config as JSON. Drupal's Request class is stubbed for the constants."""
    php = require_tool("php")
    stub = tmp / "stub.php"
    stub.write_text("""<?php
namespace Symfony\\Component\\HttpFoundation;
class Request { const HEADER_X_FORWARDED_FOR = 2; const HEADER_X_FORWARDED_HOST = 4;
  const HEADER_X_FORWARDED_PROTO = 8; const HEADER_X_FORWARDED_PORT = 16; }
""")
    runner = tmp / "run.php"
    runner.write_text(f"""<?php
require {json.dumps(str(stub))};
$app_root = '/opt/drupal/web'; $site_path = 'sites/default';
$databases = []; $settings = []; $config = [];
require {json.dumps(str(path))};
echo json_encode(['databases' => $databases, 'settings' => $settings, 'config' => $config]);
""")
    result = subprocess.run([php, str(runner)], capture_output=True, text=True, env={"PATH": os.environ.get("PATH", ""), **env})
    if result.returncode != 0:
        raise AssertionError(f"php failed: {result.stdout}\n{result.stderr}")
    return json.loads(result.stdout)
