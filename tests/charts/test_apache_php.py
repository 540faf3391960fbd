"""The shipped Apache and PHP files through the real tools (Debian apache2, php-cli)."""

import pytest

from drupal_platform.charts.tenant import files
from drupal_platform.charts.tenant.site import Site
from helpers.runners import apache_config_test, php_eval_settings, php_lint

from .conftest import find, make_refs


def _site(config, name, stage="prod"):
    return Site(config.tenants[name], config.stages[stage], make_refs())


@pytest.mark.parametrize("tenant", ["alpha", "beta"], ids=["standard-image", "custom-image"])
def test_rendered_apache_config_passes_apache2ctl(config, render, tenant, tmp_path):
    cm = find(render(tenant, "prod"), "ConfigMap", "apache-config")["data"]
    site = _site(config, tenant)
    result = apache_config_test(tmp_path, cm["ports.conf"], cm["000-default.conf"], document_root=site.web_root)
    assert result.returncode == 0, result.stderr
    assert "Syntax OK" in result.stderr


def test_apache_reads_the_otel_agent_include_file(config, render, tmp_path):
    # The agent appends to /etc/apache2/httpd.conf; prove our config reads that file.
    cm = find(render("alpha", "prod"), "ConfigMap", "apache-config")["data"]
    result = apache_config_test(tmp_path, cm["ports.conf"], cm["000-default.conf"],
                                document_root=_site(config, "alpha").web_root, httpd_conf="NotADirective on\n")
    assert result.returncode != 0
    assert "NotADirective" in result.stderr


def test_apache_listens_on_8080_only(render):
    cm = find(render("alpha", "prod"), "ConfigMap", "apache-config")["data"]
    assert [line for line in cm["ports.conf"].splitlines() if line.startswith("Listen")] == ["Listen 8080"]
    assert "<VirtualHost *:8080>" in cm["000-default.conf"]


def test_vhost_has_no_rewrite_base_and_allows_overrides(render):
    # Source problem 3: RewriteBase is per-directory; at vhost scope it stops Apache.
    for tenant in ("alpha", "beta"):
        vhost = find(render(tenant, "prod"), "ConfigMap", "apache-config")["data"]["000-default.conf"]
        assert "RewriteBase" not in vhost
        assert "AllowOverride All" in vhost


def test_settings_php_passes_php_lint(render, tmp_path):
    path = tmp_path / "settings.php"
    path.write_text(find(render("alpha", "prod"), "ConfigMap", "drupal-settings")["data"]["settings.php"])
    result = php_lint(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_settings_php_starts_with_php_open_tag(render):
    # Source problem 4: without it Apache serves the file as text.
    assert find(render("alpha", "prod"), "ConfigMap", "drupal-settings")["data"]["settings.php"].startswith("<?php\n")


def test_settings_php_builds_databases_and_trusted_hosts_from_environment(render, tmp_path):
    path = tmp_path / "settings.php"
    path.write_text(find(render("alpha", "dev"), "ConfigMap", "drupal-settings")["data"]["settings.php"])
    env = {"DB_HOST": "db.example.internal", "DB_PORT": "3307", "DB_NAME": "drupal", "DB_USER": "app",
           "DB_PASSWORD": "s3cr'et", "DB_DRIVER": "mysql", "DRUPAL_HASH_SALT": "salt-123"}
    out = php_eval_settings(path, env, tmp_path)
    db = out["databases"]["default"]["default"]
    assert (db["host"], db["port"], db["database"], db["username"], db["password"], db["driver"]) == \
        ("db.example.internal", "3307", "drupal", "app", "s3cr'et", "mysql")
    settings = out["settings"]
    assert settings["hash_salt"] == "salt-123"
    assert settings["trusted_host_patterns"] == ["^alpha\\.dev\\.sites\\.example\\.com$"]
    assert settings["reverse_proxy"] is True
    assert settings["config_sync_directory"] == "../config/sync"
    assert settings["file_public_path"] == "sites/default/files"


def test_trusted_host_pattern_rejects_a_lookalike_host(config):
    import re

    patterns = files.trusted_host_patterns(_site(config, "alpha", "prod"))
    assert any(re.match(p, "alpha.sites.example.com") for p in patterns)
    assert not any(re.match(p, "alphaxsites.example.com") for p in patterns)
    assert not any(re.match(p, "alpha.sites.example.com.evil.org") for p in patterns)


def test_wildcard_host_allows_exactly_one_label():
    import re

    from drupal_platform.contracts import trusted_host_pattern

    pattern = trusted_host_pattern("*.shop.example.org")
    assert re.match(pattern, "eu.shop.example.org")
    assert not re.match(pattern, "a.b.shop.example.org")
    assert not re.match(pattern, "shop.example.org")
    re.compile(pattern)  # a valid expression (a bare '*' at the start would not be)


@pytest.mark.parametrize(("stage", "scheme", "host", "port", "user"), [
    ("prod", "smtps", "email-smtp.eu-west-1.amazonaws.com", 465, "AKIAEXAMPLE"),
    ("dev", "smtp", "mailpit.mail-catcher.svc.cluster.local", 1025, "alpha"),
], ids=["ses", "catch"])
def test_settings_php_selects_symfony_mailer_with_the_stage_modes_dsn(render, tmp_path, stage, scheme, host, port, user):
    manifests = render("alpha", stage)
    path = tmp_path / "settings.php"
    path.write_text(find(manifests, "ConfigMap", "drupal-settings")["data"]["settings.php"])
    env = dict(find(manifests, "ConfigMap", "mail-connection")["data"])
    if stage == "prod":  # the ExternalSecret's keys, from the site's SES SMTP secret
        secret = find(manifests, "ExternalSecret", "mail-credentials")["spec"]["data"]
        assert [(d["secretKey"], d["remoteRef"]["key"], d["remoteRef"]["property"]) for d in secret] == [
            ("MAIL_USER", "drupal/prod/alpha/mail", "username"),
            ("MAIL_PASSWORD", "drupal/prod/alpha/mail", "password")]
        env |= {"MAIL_USER": user, "MAIL_PASSWORD": "smtp-pass"}
    else:
        assert not [m for m in manifests if m["kind"] == "ExternalSecret" and m["metadata"]["name"] == "mail-credentials"]
    out = php_eval_settings(path, env, tmp_path)
    mail = out["config"]["system.mail"]
    assert mail["interface"]["default"] == "symfony_mailer"
    dsn = mail["mailer_dsn"]
    assert (dsn["scheme"], dsn["host"], dsn["port"], dsn["user"]) == (scheme, host, port, user)
    assert dsn["password"] == ("smtp-pass" if stage == "prod" else None)
    assert out["config"]["system.site"]["mail"] == f"noreply@alpha.mail.{'dev.' if stage == 'dev' else ''}sites.example.com"


def test_drupal_containers_get_the_mail_environment(render):
    for stage in ("dev", "prod"):
        manifests = render("alpha", stage)
        deployment = find(manifests, "Deployment", "drupal")
        env_from = deployment["spec"]["template"]["spec"]["containers"][0]["envFrom"]
        refs = [e.get("configMapRef", e.get("secretRef"))["name"] for e in env_from]
        assert "mail-connection" in refs
        assert ("mail-credentials" in refs) == (stage == "prod")
        # A missing SES secret costs mail, never the site's pods.
        assert all(e["secretRef"].get("optional") is True for e in env_from
                   if e.get("secretRef", {}).get("name") == "mail-credentials")
    for kind, name in (("CronJob", "drupal-cron"),):
        spec = find(render("alpha", "prod"), kind, name)["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        mail = [e for c in spec["containers"] for e in c.get("envFrom", [])
                if e.get("secretRef", {}).get("name") == "mail-credentials"]
        assert mail == [{"secretRef": {"name": "mail-credentials", "optional": True}}]


def test_a_tenant_may_opt_into_real_sending_in_a_non_production_stage(config, render):
    alpha = config.tenants["alpha"]
    platform = alpha.platform.model_copy(update={"mail": alpha.platform.mail.model_copy(update={"real_sending_stages": ["dev"]})})
    tenant = alpha.model_copy(update={"platform": platform})
    data = find(render(tenant, "dev"), "ConfigMap", "mail-connection")["data"]
    assert (data["MAIL_SCHEME"], data["MAIL_HOST"]) == ("smtps", "email-smtp.eu-west-1.amazonaws.com")
