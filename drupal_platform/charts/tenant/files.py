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
HEALTH_PATH = "/user/login"  # served by every Drupal site, installed or not redirects nowhere external


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

    <Directory {site.web_root}>
        Options FollowSymLinks
        AllowOverride All
        Require all granted
    </Directory>

    ErrorLog ${{APACHE_LOG_DIR}}/error.log
    CustomLog ${{APACHE_LOG_DIR}}/access.log combined
</VirtualHost>
"""


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
    Shared with the client kit's settings.platform.php."""
    return """// Mail: Drupal core's symfony_mailer plugin (experimental in core) to SES SMTP or the catcher.
if (getenv('MAIL_HOST')) {
  $config['system.mail']['interface']['default'] = 'symfony_mailer';
  $config['system.mail']['mailer_dsn'] = [
    'scheme' => getenv('MAIL_SCHEME') ?: 'smtps',
    'host' => getenv('MAIL_HOST'),
    'user' => getenv('MAIL_USER') ?: NULL,
    'password' => getenv('MAIL_PASSWORD') ?: NULL,
    'port' => (int) (getenv('MAIL_PORT') ?: 465),
    'options' => [],
  ];
  // SES accepts only verified From domains: the site's identity.
  $config['system.site']['mail'] = getenv('MAIL_FROM');
}"""


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


# --- Shell scripts of the install, cron and maintenance pods ------------------------------
def prepare_drush_script(site: Site) -> str:
    """Copy the codebase to a writable directory and make drush available there.

    Source problem 6: the image filesystem is read-only (and owned by root in places), so
    drush runs from a copy owned by www-data. Official images get drush through composer at
    run time; custom images already have it in vendor/bin.
    """
    lines = [
        "set -eu",
        'WORK="$(mktemp -d)"',  # a fresh directory under /tmp (an emptyDir)
        f'cp -a {site.codebase_path}/. "$WORK/"',
        f'ROOT="$WORK/{site.web_root_in_codebase}"',
        # Files stay on the shared claim, not in the copy.
        'rm -rf "$ROOT/sites/default/files"',
        f'ln -s {site.files_path} "$ROOT/sites/default/files"',
        'cd "$WORK"',
    ]
    if not site.custom_image:
        lines += [
            'export COMPOSER_HOME="$WORK/.composer"',
            # drush 13 supports Drupal 10.2+ and 11.
            "composer require --no-interaction --no-progress --quiet 'drush/drush:^13'",
        ]
    lines.append('DRUSH="$WORK/vendor/bin/drush --root=$ROOT --yes"')
    return "\n".join(lines) + "\n"


def wait_for_db_script() -> str:
    return (
        'until php -r \'exit(@fsockopen(getenv("DB_HOST"), (int) getenv("DB_PORT"), $e, $s, 3) ? 0 : 1);\'; do\n'
        '  echo "waiting for the database at $DB_HOST:$DB_PORT"; sleep 5\n'
        "done\n"
    )


def install_script(site: Site) -> str:
    """Idempotent: site:install runs only when Drupal does not bootstrap yet."""
    return (
        prepare_drush_script(site)
        + wait_for_db_script()
        + 'if $DRUSH status --field=bootstrap 2>/dev/null | grep -q Successful; then\n'
        + '  echo "already installed; nothing to do"; exit 0\n'
        + "fi\n"
        # A codebase with exported configuration installs from it; otherwise the standard profile.
        + 'if [ -f "$WORK/config/sync/core.extension.yml" ]; then EXISTING=--existing-config; else EXISTING=; fi\n'
        + f"$DRUSH site:install standard --site-name={_sh(site.name)} $EXISTING\n"
    )


def drush_script(site: Site, args: list[str]) -> str:
    return prepare_drush_script(site) + wait_for_db_script() + "$DRUSH " + " ".join(_sh(a) for a in args) + "\n"


def db_init_script() -> str:
    """Create the database and a least-privilege user (source problem 7: never the operator user).

    Runs as root from the users Secret; every statement is idempotent and the password is
    re-applied each run, so a rotated secret converges.
    """
    privileges = ("SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, INDEX, ALTER, "
                  "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW")
    return f"""set -eu
export MYSQL_PWD="$MYSQL_ROOT_PASSWORD"
until mysqladmin --host="$DB_HOST" --port="$DB_PORT" --user=root ping >/dev/null 2>&1; do
  echo "waiting for MySQL at $DB_HOST:$DB_PORT"; sleep 5
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


def backup_dump_script() -> str:
    return """set -eu
export MYSQL_PWD="$MYSQL_ROOT_PASSWORD"
mysqldump --host="$DB_HOST" --port="$DB_PORT" --user=root --single-transaction --quick \\
  --routines --triggers --set-gtid-purged=OFF --databases "$DB_NAME" | gzip > /backup/dump.sql.gz
ls -l /backup/dump.sql.gz
"""


def backup_upload_script() -> str:
    """Upload the dump, copy it over the tenant's last dump, then tag both for the bucket's lifecycle.

    Tagging comes last on purpose: a dump whose tagging failed carries no tag and is never expired.
    """
    tag = contracts.DUMP_TAG_KEY
    return f"""set -eu
KEY="${{BACKUP_PREFIX}}$(date -u +%Y-%m-%dT%H%M%SZ).sql.gz"
LAST="${{BACKUP_PREFIX}}{contracts.LAST_DUMP_NAME}"
aws s3 cp --only-show-errors /backup/dump.sql.gz "s3://${{BACKUP_BUCKET}}/${{KEY}}"
aws s3 cp --only-show-errors "s3://${{BACKUP_BUCKET}}/${{KEY}}" "s3://${{BACKUP_BUCKET}}/${{LAST}}"
aws s3api put-object-tagging --bucket "$BACKUP_BUCKET" --key "$LAST" \
  --tagging '{{"TagSet":[{{"Key":"{tag}","Value":"{contracts.DUMP_TAG_LAST}"}}]}}'
aws s3api put-object-tagging --bucket "$BACKUP_BUCKET" --key "$KEY" \
  --tagging '{{"TagSet":[{{"Key":"{tag}","Value":"{contracts.DUMP_TAG_ROLLING}"}}]}}'
echo "uploaded s3://${{BACKUP_BUCKET}}/${{KEY}} (also ${{LAST}})"
"""


def _sh(word: str) -> str:
    if word and all(c.isalnum() or c in "-_=:./@%+," for c in word):
        return word
    return "'" + word.replace("'", "'\\''") + "'"
