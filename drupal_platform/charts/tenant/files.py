"""Text files the tenant ships into its pods: Apache's ports.conf and vhost, settings.php, scripts.

Pure functions of a `Site`, so tests can run them through the real tools
(`apache2ctl -t`, `php -l` and `php` itself) without rendering a chart.
"""

from __future__ import annotations

import json

from drupal_platform import contracts
from drupal_platform.charts.tenant.site import HTTP_PORT, Site

APACHE_CONF_DIR = "/etc/apache2"
PORTS_CONF_PATH = f"{APACHE_CONF_DIR}/ports.conf"
# sites-enabled/000-default.conf is a symlink to this file in the Debian-based images.
VHOST_PATH = f"{APACHE_CONF_DIR}/sites-available/000-default.conf"
PHP_STORAGE_DIR = "/var/cache/drupal/php"  # emptyDir: Twig and PHP caches (read-only root)
# ses mode: the site's SMTP credentials Secret, mounted read-only (one file per key, MAIL_USER and
# MAIL_PASSWORD). The kubelet rewrites the files after a key rotation; the environment never changes.
MAIL_CREDENTIALS_DIR = "/run/secrets/drupal-platform/mail"
# Liveness, startup and the ALB's health check: a static file Apache serves itself. The kubelet
# sends Host: <pod IP>:8080 and the ALB Host: <target IP>:8080, and Drupal answers 400 to any
# host outside trusted_host_patterns; the file lives outside the DocumentRoot, so Drupal's
# .htaccess never applies and neither PHP nor the database is involved.
HEALTH_PATH = "/healthz"
HEALTH_DIR = f"{APACHE_CONF_DIR}/drupal-platform"
HEALTH_FILE = "healthz.txt"  # key in the apache-config ConfigMap; .txt: served as text/plain
HEALTH_BODY = "ok\n"
# Readiness exercises Drupal itself (PHP, settings.php, the database) with a trusted Host, so
# a broken image never takes traffic and a rolling update stops at the first bad pod.
READY_PATH = "/user/login"


def ports_conf() -> str:
    # A non-root Apache cannot bind port 80 (source problem 5): listen on 8080 only.
    return f"# Rendered by drupal-platform: www-data cannot bind port 80.\nListen {HTTP_PORT}\n"


def vhost_conf(site: Site) -> str:
    """One vhost on 8080; DocumentRoot is webRoot. No RewriteBase at vhost scope (source problem 3):
    it is a per-directory directive and Drupal's .htaccess handles rewriting."""
    return f"""# Rendered by drupal-platform for tenant {site.name}.
# The OpenTelemetry operator's apache-httpd agent appends its Include to <configPath>/httpd.conf,
# which Debian's apache2.conf never reads: include it here or tracing silently loads nothing.
IncludeOptional {APACHE_CONF_DIR}/httpd.conf

<VirtualHost *:{HTTP_PORT}>
    ServerName {site.hosts[0]}
    DocumentRoot {site.web_root}
    # The load balancer terminates TLS; tell Drupal the original scheme.
    SetEnvIf X-Forwarded-Proto "^https$" HTTPS=on

{health_conf()}

{installer_conf()}

    <Directory {site.web_root}>
        Options FollowSymLinks
        AllowOverride All
        Require all granted
    </Directory>

    ErrorLog ${{APACHE_LOG_DIR}}/error.log
    CustomLog ${{APACHE_LOG_DIR}}/access.log combined env=!health_check
</VirtualHost>
"""


def health_conf(indent: str = "    ") -> str:
    """The vhost lines that serve HEALTH_PATH from a static file outside the DocumentRoot (shared
    with the client kit's vhost). Probes and the ALB's checks are not written to the access log."""
    lines = [
        "# Health endpoint for the kubelet's probes and the load balancer's health check: answered",
        "# by Apache from a file outside the DocumentRoot, whatever the Host header, without Drupal.",
        f"Alias {HEALTH_PATH} {HEALTH_DIR}/{HEALTH_FILE}",
        f"SetEnvIf Request_URI \"^{HEALTH_PATH}$\" health_check",
        f"<Directory {HEALTH_DIR}>",
        "    Options None",
        "    AllowOverride None",
        "    Require all granted",
        "</Directory>",
    ]
    return "\n".join(indent + line for line in lines)


def installer_conf(indent: str = "    ") -> str:
    """The vhost lines that close Drupal's web installer (shared with the client kit's vhost).

    Sites are installed by the install Job with drush, never through the web. Until that Job has
    run, a new site's database is empty and Drupal redirects every request to core/install.php,
    where any visitor could install the site and own its admin account; Apache refuses it first
    (a Location section is merged after .htaccess, so Drupal's rules cannot grant it again)."""
    lines = [
        "# Sites are installed by the install Job (drush); the web installer answers nobody.",
        '<LocationMatch "^/core/install\\.php">',
        "    Require all denied",
        "</LocationMatch>",
    ]
    return "\n".join(indent + line for line in lines)


def trusted_probe_host(site: Site) -> str:
    """A Host header Drupal trusts, for the readiness probe: the first host, a wildcard's '*' made a label."""
    return site.hosts[0].replace("*", "probe", 1)


def _php(value: object) -> str:
    """A PHP literal for a string or list of strings (JSON string syntax is valid PHP for ASCII)."""
    if isinstance(value, list):
        return "[" + ", ".join(_php(v) for v in value) + "]"
    text = json.dumps(value, ensure_ascii=True)
    return "'" + text[1:-1].replace("\\\"", '"').replace("'", "\\'") + "'"


def trusted_host_patterns(site: Site) -> list[str]:
    return [contracts.trusted_host_pattern(h) for h in site.hosts]


def database_settings_php(indent: str = "") -> str:
    """The `$databases` entry, read from the environment: DB_USER/DB_PASSWORD from the tenant's
    secret, DB_HOST/DB_PORT/DB_NAME/DB_DRIVER from its ConfigMap. Shared with the client kit's
    settings.platform.php, so official and custom images connect the same way."""
    lines = [
        "$databases['default']['default'] = [",
        "  'driver' => getenv('DB_DRIVER') ?: 'mysql',",
        "  'database' => getenv('DB_NAME'),",
        "  'username' => getenv('DB_USER'),",
        "  'password' => getenv('DB_PASSWORD'),",
        "  'host' => getenv('DB_HOST'),",
        "  'port' => getenv('DB_PORT') ?: '3306',",
        "  'prefix' => '',",
        "  'collation' => 'utf8mb4_general_ci',",
        "  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',",
        "  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',",
        "];",
    ]
    return "\n".join(indent + line for line in lines)


def mail_settings_php() -> str:
    """Outbound mail through core's `symfony_mailer` plugin (core since 10.2, still marked
    experimental in 10.3 and 11). The DSN comes from the environment: scheme/host/port/From from
    the mail ConfigMap (the stage's mode decides them at synth time), user/password from the
    site's SES secret (ESO) or, in catch mode, the site's name for the catcher's per-site tag.
    Shared with the client kit's settings.platform.php.

    The SES key rotates (README "SMTP credentials, rotation, alarms"); the environment keeps the
    key the pod started with, so user/password are read on every request from the mounted Secret
    (MAIL_CREDENTIALS_DIR) when it is there, the environment otherwise (catch mode, local builds).
    A PHP process that serves many requests (Apache's workers) caches resolved paths for
    realpath_cache_ttl: after the kubelet swaps its `..data` link to the new copy, that cache
    still points into the deleted old one, so a failed read clears it and reads once more."""
    return """// Mail: Drupal core's symfony_mailer plugin (experimental in core) to SES SMTP or the catcher.
if (getenv('MAIL_HOST')) {
  // The mounted Secret (refreshed by the kubelet after a key rotation) over the environment.
  $mail_credential = static function (string $name): ?string {
    $file = '%s/' . $name;
    $value = FALSE;
    if (is_file($file)) {
      $value = @file_get_contents($file);
      if ($value === FALSE) {
        // This process's realpath cache still names the kubelet's previous (deleted) copy.
        clearstatcache(TRUE);
        $value = @file_get_contents($file);
      }
    }
    $value = $value === FALSE ? '' : trim($value);
    return $value !== '' ? $value : (getenv($name) ?: NULL);
  };
  $config['system.mail']['interface']['default'] = 'symfony_mailer';
  $config['system.mail']['mailer_dsn'] = [
    'scheme' => getenv('MAIL_SCHEME') ?: 'smtps',
    'host' => getenv('MAIL_HOST'),
    'user' => $mail_credential('MAIL_USER'),
    'password' => $mail_credential('MAIL_PASSWORD'),
    'port' => (int) (getenv('MAIL_PORT') ?: 465),
    'options' => [],
  ];
  // SES accepts only verified From domains: the site's identity.
  $config['system.site']['mail'] = getenv('MAIL_FROM');
  unset($mail_credential);
}""" % MAIL_CREDENTIALS_DIR


def settings_php(site: Site) -> str:
    """settings.php for the official image (source problem 4: it must start with '<?php').

    Everything comes from the environment or configuration, so nothing writes it at install
    time (source problem 6) and it can be mounted read-only.
    """
    return f"""<?php
// Rendered by drupal-platform for tenant {site.name}; mounted read-only from a ConfigMap.
// Credentials come from the environment (ExternalSecrets); the endpoint from a ConfigMap.

{database_settings_php()}

$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');
$settings['trusted_host_patterns'] = {_php(trusted_host_patterns(site))};

// Behind the ALB (target type ip): only the load balancer reaches port 8080 (NetworkPolicy),
// so the direct peer is the proxy; trust its X-Forwarded-* headers so Drupal sees HTTPS.
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = [$_SERVER['REMOTE_ADDR'] ?? '127.0.0.1'];
$settings['reverse_proxy_trusted_headers'] = \\Symfony\\Component\\HttpFoundation\\Request::HEADER_X_FORWARDED_FOR
  | \\Symfony\\Component\\HttpFoundation\\Request::HEADER_X_FORWARDED_HOST
  | \\Symfony\\Component\\HttpFoundation\\Request::HEADER_X_FORWARDED_PORT
  | \\Symfony\\Component\\HttpFoundation\\Request::HEADER_X_FORWARDED_PROTO;

$settings['config_sync_directory'] = '../config/sync';
$settings['file_public_path'] = 'sites/default/files';
$settings['file_temp_path'] = '/tmp';
// The root filesystem is read-only: compiled Twig/PHP goes to an emptyDir.
$settings['php_storage']['default']['directory'] = {_php(PHP_STORAGE_DIR)};
$settings['php_storage']['twig']['directory'] = {_php(PHP_STORAGE_DIR)};
$settings['skip_permissions_hardening'] = TRUE;
$settings['update_free_access'] = FALSE;

{mail_settings_php()}
"""


# --- Shell scripts of the deploy, cron and maintenance pods ------------------------------
# How long a job waits for its database before it fails with a message (a new tenant's MySQL
# takes a few minutes to come up; longer means something is wrong). DB_WAIT_SECONDS overrides.
DB_WAIT_SECONDS = 600


def drush_command(site: Site) -> str:
    """drush from the image itself: the platform image (standard tenants) and custom images
    both ship it in <appPath>/vendor/bin. Nothing is copied and nothing is fetched at run time
    (issue 15, items 4 and 5): settings.php is pre-configured (ConfigMap or baked in), so the
    image's codebase is used read-only and only /tmp and the files claim are written."""
    root = site.app_path + ("" if site.web_root_in_codebase == "." else "/" + site.web_root_in_codebase)
    return f"{site.app_path}/vendor/bin/drush --root={root} --yes"


def _db_tables_php() -> str:
    """PHP (pdo_mysql, in every Drupal image) printing the number of tables in DB_NAME; exit 2
    when the database cannot be reached. The database itself says whether a site is installed."""
    return (
        'php -d display_errors=stderr -r \'try { $p = new PDO(sprintf("mysql:host=%s;port=%s;dbname=%s", '
        'getenv("DB_HOST"), getenv("DB_PORT") ?: "3306", getenv("DB_NAME")), getenv("DB_USER"), getenv("DB_PASSWORD"), '
        '[PDO::ATTR_TIMEOUT => 5, PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]); '
        'echo $p->query("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")->fetchColumn(), "\\n"; } '
        'catch (Exception $e) { fwrite(STDERR, $e->getMessage() . "\\n"); exit(2); }\''
    )


def wait_for_db_script() -> str:
    """Wait (bounded) until the site's own user can open its database; sets TABLES."""
    return f"""DB_WAIT_SECONDS="${{DB_WAIT_SECONDS:-{DB_WAIT_SECONDS}}}"
db_tables() {{ {_db_tables_php()}; }}
waited=0
until TABLES="$(db_tables)"; do
  if [ "$waited" -ge "$DB_WAIT_SECONDS" ]; then
    echo "ERROR: database $DB_NAME at $DB_HOST:$DB_PORT not reachable as $DB_USER after ${{DB_WAIT_SECONDS}}s; giving up" >&2
    exit 1
  fi
  echo "waiting for the database $DB_NAME at $DB_HOST:$DB_PORT (${{waited}}s)"
  sleep 5; waited=$((waited + 5))
done
"""


def _preamble(site: Site) -> str:
    return f"set -eu\ncd /tmp\nDRUSH={_sh(drush_command(site))}\n"


def drush_script(site: Site, args: list[str]) -> str:
    return _preamble(site) + wait_for_db_script() + "$DRUSH " + " ".join(_sh(a) for a in args) + "\n"


def db_init_script() -> str:
    """Create the database and a least-privilege user (source problem 7: never the operator user).

    Runs as root from the users Secret; every statement is idempotent and the password is
    re-applied each run, so a rotated secret converges.
    """
    privileges = ("SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, INDEX, ALTER, "
                  "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW")
    return f"""set -eu
export MYSQL_PWD="$MYSQL_ROOT_PASSWORD"
DB_WAIT_SECONDS="${{DB_WAIT_SECONDS:-{DB_WAIT_SECONDS}}}"
waited=0
until mysqladmin --host="$DB_HOST" --port="$DB_PORT" --user=root ping >/dev/null 2>&1; do
  if [ "$waited" -ge "$DB_WAIT_SECONDS" ]; then
    echo "ERROR: MySQL at $DB_HOST:$DB_PORT did not answer as root after ${{DB_WAIT_SECONDS}}s; giving up" >&2
    exit 1
  fi
  echo "waiting for MySQL at $DB_HOST:$DB_PORT (${{waited}}s)"; sleep 5; waited=$((waited + 5))
done
q() {{ printf "%s" "$1" | sed "s/'/''/g"; }}
mysql --host="$DB_HOST" --port="$DB_PORT" --user=root <<SQL
CREATE DATABASE IF NOT EXISTS \\`$DB_NAME\\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
CREATE USER IF NOT EXISTS '$(q "$DB_USER")'@'%' IDENTIFIED BY '$(q "$DB_PASSWORD")';
ALTER USER '$(q "$DB_USER")'@'%' IDENTIFIED BY '$(q "$DB_PASSWORD")';
GRANT {privileges} ON \\`$DB_NAME\\`.* TO '$(q "$DB_USER")'@'%';
SQL
echo "database $DB_NAME and user $DB_USER ready"
"""


# --- The nightly backup: dump and upload stream through a FIFO -----------------------------
# Two containers of one pod (the dump needs the mysql image, the upload the aws-cli image)
# share a small emptyDir holding only a FIFO and the dump's verdict: nothing as large as the
# database ever lands on the node's disk (issue 15, item 6).
BACKUP_STREAM_DIR = "/stream"
BACKUP_FIFO = f"{BACKUP_STREAM_DIR}/dump.sql.gz"
DUMP_DONE = f"{BACKUP_STREAM_DIR}/dump.completed"
DUMP_FAILED = f"{BACKUP_STREAM_DIR}/dump.failed"
DUMP_TRAILER = "-- Dump completed"  # mysqldump's last line, written only when the dump finished
VERDICT_WAIT_SECONDS = 120


def _fifo() -> str:
    # Both containers start at once; whichever comes first creates the FIFO.
    return f'[ -p {BACKUP_FIFO} ] || mkfifo {BACKUP_FIFO} 2>/dev/null || [ -p {BACKUP_FIFO} ]\n'


def _release_peer(mode: str) -> str:
    """If this side dies before opening the FIFO, the other side blocks in open(2) forever:
    opening it read-write (non-blocking on Linux) and closing it releases the peer, which then
    sees EOF (reader) or SIGPIPE (writer) and fails too."""
    return f'exec 3<>{BACKUP_FIFO}; exec 3{mode}&-'


def backup_dump_script() -> str:
    """mysqldump | gzip into the FIFO. The verdict - completed only if mysqldump exited 0 AND
    its completion trailer went through - is written for the upload container to read."""
    return f"""set -eu -o pipefail
{_fifo()}trap 'if [ ! -e {DUMP_DONE} ]; then touch {DUMP_FAILED}; {_release_peer(">")}; fi' EXIT
export MYSQL_PWD="$MYSQL_ROOT_PASSWORD"
# The dump's last bytes, seen on the way through (the stream itself is never stored).
mkfifo /tmp/plain
tail -c 512 < /tmp/plain > /tmp/dump-tail &
status=0
mysqldump --host="$DB_HOST" --port="$DB_PORT" --user=root --single-transaction --quick \\
  --routines --triggers --set-gtid-purged=OFF --databases "$DB_NAME" | tee /tmp/plain | gzip -c > {BACKUP_FIFO} || status=$?
wait || true
if [ "$status" -eq 0 ] && grep -q -- {_sh(DUMP_TRAILER)} /tmp/dump-tail; then
  touch {DUMP_DONE}
  echo "dump of $DB_NAME completed"
else
  echo "ERROR: the dump of $DB_NAME did not complete (exit $status, trailer {DUMP_TRAILER!r} seen: $(grep -c -- {_sh(DUMP_TRAILER)} /tmp/dump-tail || true)); it will not be kept" >&2
  exit 1
fi
"""


def backup_upload_script() -> str:
    """Stream the FIFO to a temporary key; promote it to the tenant's backup prefix only after
    the dump container says the dump completed. `aws s3 cp -` finishes an upload whatever the
    stream held, so a dump that died mid-stream would otherwise land as a normal backup.
    BACKUP_EXPECTED_SIZE lets the CLI size its parts for streams over 50 GB. The promoted dump is
    also copied over the tenant's last dump, which the bucket keeps after the retention period."""
    return f"""set -eu -o pipefail
{_fifo()}STAMP="$(date -u +%Y-%m-%dT%H%M%SZ)"
FINAL="s3://${{BACKUP_BUCKET}}/${{BACKUP_PREFIX}}${{STAMP}}.sql.gz"
PARTIAL="s3://${{BACKUP_BUCKET}}/${{BACKUP_INCOMPLETE_PREFIX}}${{STAMP}}.sql.gz"
{_upload_and_promote("")}# The tenant's last dump, kept beyond the retention period (tagged last); the timestamped one is
# tagged rolling and expires. Tagging comes last on purpose: an untagged dump never expires.
LAST="${{BACKUP_PREFIX}}{contracts.LAST_DUMP_NAME}"
aws s3 cp --only-show-errors "$FINAL" "s3://${{BACKUP_BUCKET}}/${{LAST}}"
aws s3api put-object-tagging --bucket "$BACKUP_BUCKET" --key "$LAST" \\
  --tagging '{{"TagSet":[{{"Key":"{contracts.DUMP_TAG_KEY}","Value":"{contracts.DUMP_TAG_LAST}"}}]}}'
aws s3api put-object-tagging --bucket "$BACKUP_BUCKET" --key "${{BACKUP_PREFIX}}${{STAMP}}.sql.gz" \\
  --tagging '{{"TagSet":[{{"Key":"{contracts.DUMP_TAG_KEY}","Value":"{contracts.DUMP_TAG_ROLLING}"}}]}}'
echo "uploaded $FINAL (also s3://${{BACKUP_BUCKET}}/${{LAST}})"
"""


def _upload_and_promote(on_fail: str) -> str:
    """The upload, the wait for the dump's verdict and the promotion to $FINAL (shared by the
    nightly and the deploy's backup); `on_fail` runs first in fail()."""
    return f"""fail() {{
  echo "ERROR: $*" >&2
  {on_fail}aws s3 rm --only-show-errors "$PARTIAL" >/dev/null 2>&1 || true
  {_release_peer("<")}
  exit 1
}}
aws s3 cp --only-show-errors --expected-size "$BACKUP_EXPECTED_SIZE" - "$PARTIAL" < {BACKUP_FIFO} \\
  || fail "the upload to $PARTIAL failed; nothing was promoted"
waited=0
until [ -e {DUMP_DONE} ] || [ -e {DUMP_FAILED} ]; do
  [ "$waited" -lt {VERDICT_WAIT_SECONDS} ] || fail "the dump container gave no verdict within {VERDICT_WAIT_SECONDS}s"
  sleep 1; waited=$((waited + 1))
done
[ -e {DUMP_DONE} ] || fail "the dump did not complete; $PARTIAL discarded"
aws s3 mv --only-show-errors "$PARTIAL" "$FINAL" || fail "promoting $PARTIAL to $FINAL failed"
"""


# --- The deploy step (issue 19): one Job per code change ------------------------------------
# The deploy Job's pod runs the nightly backup's dump and upload containers beside the deploy
# container; the upload says how it ended in the shared stream directory, and the deploy
# container's `backup` step waits for that verdict before anything changes the database.
UPLOAD_DONE = f"{BACKUP_STREAM_DIR}/upload.completed"  # holds the backup's s3:// URL
UPLOAD_FAILED = f"{BACKUP_STREAM_DIR}/upload.failed"
BACKUP_WAIT_SECONDS = 3600  # the whole dump and upload; the Job's deadline bounds it too
TERMINATION_LOG = "/dev/termination-log"
# The Job's pod gets its name from the downward API (a Job's spec cannot hold its own name:
# the name is a hash of the spec).
DEPLOY_JOB_ENV = "DEPLOY_JOB"
MAINTENANCE_STEP = contracts.DEPLOY_MAINTENANCE_STEP


def deploy_upload_script(site: Site) -> str:
    """The nightly upload, promoted to the deploy's own key (contracts.deploy_backup_key: beside
    the nightly dumps, tagged rolling like them, so the stage's retention applies); no copy over
    the tenant's last nightly dump. Its verdict goes to the stream directory for the deploy step."""
    final = contracts.deploy_backup_key(site.stage.name, site.name, "${%s}" % DEPLOY_JOB_ENV, "${STAMP}")
    return f"""set -eu -o pipefail
{_fifo()}STAMP="$(date -u +%Y-%m-%dT%H%M%SZ)"
KEY="{final}"
FINAL="s3://${{BACKUP_BUCKET}}/${{KEY}}"
PARTIAL="s3://${{BACKUP_BUCKET}}/${{BACKUP_INCOMPLETE_PREFIX}}${{{DEPLOY_JOB_ENV}}}-${{STAMP}}.sql.gz"
{_upload_and_promote(f"touch {UPLOAD_FAILED}; ")}aws s3api put-object-tagging --bucket "$BACKUP_BUCKET" --key "$KEY" \\
  --tagging '{{"TagSet":[{{"Key":"{contracts.DUMP_TAG_KEY}","Value":"{contracts.DUMP_TAG_ROLLING}"}}]}}' \\
  || fail "tagging $FINAL failed"
printf '%s\\n' "$FINAL" > {UPLOAD_DONE}
echo "the deploy's backup is $FINAL"
"""


def deploy_script(site: Site) -> str:
    """The deploy container: contracts.DEPLOY_STEPS in order, stopping at the first failure.

    Each step's outcome goes to the log; the last one, as one line of JSON {"step", "result"},
    to the termination log, which the deploy gate reads - also when the kubelet stops the
    container (the Job's deadline, a deletion): each command runs in the background and the
    shell waits for it, so SIGTERM is handled at once instead of after the command.
    install runs only on an empty database (the database says whether a site lives there);
    config-import only when the codebase carries configuration (config/sync/core.extension.yml:
    `drush config:import` on an empty sync directory is an error). The steps are drush deploy's
    (updatedb, config:import, cache:rebuild, deploy:hook) run one by one for that reason."""
    steps = dict.fromkeys(contracts.DEPLOY_STEPS)
    wait_db, backup, install, updb, cim, cr, hook = steps
    maintenance = site.tenant.client.deploy.maintenance_mode
    app = _sh(site.app_path)
    lines = [
        "set -u",
        "cd /tmp",
        f"DRUSH={_sh(drush_command(site))}",
        f'DB_WAIT_SECONDS="${{DB_WAIT_SECONDS:-{DB_WAIT_SECONDS}}}"',
        f'BACKUP_WAIT_SECONDS="${{BACKUP_WAIT_SECONDS:-{BACKUP_WAIT_SECONDS}}}"',
        f"STEP={wait_db}",
        "CHILD=",
        # One line of JSON for the gate; step names and reasons are fixed words, nothing to escape.
        'report() { extra=; [ $# -lt 2 ] || extra=", \\"reason\\": \\"$2\\""; '
        f'printf \'{{"step": "%s", "result": "%s"%s}}\\n\' "$STEP" "$1" "$extra" > {TERMINATION_LOG} 2>/dev/null || true; }}',
        'fail() { echo "ERROR: deploy step $STEP failed: $*" >&2; report failed; exit 1; }',
        'stopped() { [ -z "$CHILD" ] || kill -TERM "$CHILD" 2>/dev/null; '
        'echo "ERROR: stopped by SIGTERM (the Job\'s deadline or a deletion) during step $STEP" >&2; report failed SIGTERM; exit 143; }',
        "trap stopped TERM INT",
        # Run a command in the background and wait for it: `wait` returns at once on a signal.
        'run() { "$@" & CHILD=$!; wait "$CHILD"; rc=$?; CHILD=; return "$rc"; }',
        'nap() { run sleep "$1"; }',
        'step() { STEP="$1"; echo "== deploy step $STEP ($(date -u +%H:%M:%S))"; }',
        f"db_tables() {{ {_db_tables_php()}; }}",
        # wait-for-database: the site's own user opens its database, bounded.
        f"step {wait_db}",
        "waited=0",
        'until TABLES="$(db_tables)"; do',
        '  [ "$waited" -lt "$DB_WAIT_SECONDS" ] || fail "database $DB_NAME at $DB_HOST:$DB_PORT not reachable as $DB_USER '
        'after ${DB_WAIT_SECONDS}s; giving up before touching anything"',
        '  echo "waiting for the database $DB_NAME at $DB_HOST:$DB_PORT (${waited}s)"; nap 5; waited=$((waited + 5))',
        "done",
        'echo "the database holds $TABLES tables"',
        # backup: the dump and upload containers stream it; wait for the upload's verdict.
        f"step {backup}",
        "waited=0",
        f"until [ -e {UPLOAD_DONE} ] || [ -e {UPLOAD_FAILED} ] || [ -e {DUMP_FAILED} ]; do",
        '  [ "$waited" -lt "$BACKUP_WAIT_SECONDS" ] || fail "no backup within ${BACKUP_WAIT_SECONDS}s; nothing was changed"',
        "  nap 2; waited=$((waited + 2))",
        "done",
        f'[ -e {UPLOAD_DONE} ] || fail "the backup failed (see the logs of the dump and upload containers); nothing was changed"',
        f'echo "backup: $(cat {UPLOAD_DONE})"',
        # install: only on an empty database, from the codebase's configuration when it has some.
        f"step {install}",
        'if [ "$TABLES" -eq 0 ]; then',
        f"  if [ -f {app}/config/sync/core.extension.yml ]; then EXISTING=--existing-config; else EXISTING=; fi",
        f'  run $DRUSH site:install standard --site-name={_sh(site.name)} $EXISTING || fail "drush site:install"',
        "else",
        '  echo "a site lives in $DB_NAME ($TABLES tables): no install"',
        "fi",
    ]
    if maintenance:
        lines += [
            # Only a site that existed before this deploy has visitors to send away.
            'if [ "$TABLES" -gt 0 ]; then',
            f"  step {MAINTENANCE_STEP}",
            '  run $DRUSH state:set system.maintenance_mode 1 --input-format=integer || fail "drush state:set system.maintenance_mode 1"',
            "fi",
        ]
    lines += [
        f"step {updb}",
        'run $DRUSH updatedb || fail "drush updatedb"',
        f"step {cim}",
        f"if [ -f {app}/config/sync/core.extension.yml ]; then",
        '  run $DRUSH config:import || fail "drush config:import"',
        "else",
        f'  echo "no configuration in {site.app_path}/config/sync (no core.extension.yml): nothing to import"',
        "fi",
        f"step {cr}",
        'run $DRUSH cache:rebuild || fail "drush cache:rebuild"',
        f"step {hook}",
        'run $DRUSH deploy:hook || fail "drush deploy:hook"',
    ]
    if maintenance:
        lines += [
            'if [ "$TABLES" -gt 0 ]; then',
            f"  step {MAINTENANCE_STEP}",
            '  run $DRUSH state:set system.maintenance_mode 0 --input-format=integer || fail "drush state:set system.maintenance_mode 0"',
            "fi",
        ]
    lines += [
        'echo "deploy succeeded"',
        "report succeeded",
    ]
    return "\n".join(lines) + "\n"


# --- wait-for-deploy: the init container of every pod that runs the site's code --------------
DEPLOY_STATE_DIR = "/var/run/deploy-state"
DEPLOY_WAIT_SECONDS = 300  # then exit 1: the kubelet (or the Job's retry) tries again later


def wait_for_deploy_script() -> str:
    """Start only once this image's deploy step succeeded: the deploy-state ConfigMap (mounted
    optional; the gate writes it) names the image that last deployed successfully. It is
    re-read every few seconds (the kubelet refreshes ConfigMap volumes); after a bounded wait
    the container exits 1, so a Deployment's pod is retried with back-off and a cron run fails
    and comes again at its next schedule - nothing of the new code ever runs before its deploy.

    Only the image decides, not the result of the latest attempt: while a deploy of the next
    image runs (result running) or after it failed, the image recorded is still the previous
    one, whose pods must keep restarting normally (a drained node, an eviction)."""
    image_key = f"{DEPLOY_STATE_DIR}/{contracts.DEPLOY_STATE_IMAGE_KEY}"
    result_key = f"{DEPLOY_STATE_DIR}/{contracts.DEPLOY_STATE_RESULT_KEY}"
    return f"""set -u
DEPLOY_WAIT_SECONDS="${{DEPLOY_WAIT_SECONDS:-{DEPLOY_WAIT_SECONDS}}}"
waited=0
while :; do
  deployed="$(cat {image_key} 2>/dev/null || true)"
  result="$(cat {result_key} 2>/dev/null || true)"
  if [ "$deployed" = "$EXPECTED_IMAGE" ]; then
    echo "the deploy step of $EXPECTED_IMAGE succeeded; starting"
    exit 0
  fi
  if [ "$waited" -ge "$DEPLOY_WAIT_SECONDS" ]; then
    echo "ERROR: $EXPECTED_IMAGE has not deployed after ${{DEPLOY_WAIT_SECONDS}}s (deploy-state: image ${{deployed:-none}}, result ${{result:-none}}); exiting so the kubelet tries again" >&2
    exit 1
  fi
  echo "waiting for the deploy step of $EXPECTED_IMAGE (deploy-state: image ${{deployed:-none}}, result ${{result:-none}}; ${{waited}}s)"
  sleep 5; waited=$((waited + 5))
done
"""


def _sh(word: str) -> str:
    if word and all(c.isalnum() or c in "-_=:./@%+," for c in word):
        return word
    return "'" + word.replace("'", "'\\''") + "'"
