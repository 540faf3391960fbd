"""Standard (official image) and custom (client codebase) sites differ exactly where they should."""

import pytest

from drupal_platform import platform_image

from .conftest import find, make_refs


def _mounts(manifest_pod_spec):
    return {m["mountPath"]: m for m in manifest_pod_spec["containers"][0]["volumeMounts"]}


def _deploy_spec(manifests):
    return find(manifests, "Deployment", "drupal")["spec"]["template"]["spec"]


def test_standard_image_mounts_settings_php_from_a_config_map(render):
    manifests = render("alpha", "prod")
    mount = _mounts(_deploy_spec(manifests))["/var/www/html/sites/default/settings.php"]
    assert mount["subPath"] == "settings.php" and mount["readOnly"] is True
    assert find(manifests, "ConfigMap", "drupal-settings")


def test_custom_image_has_no_settings_config_map_or_mount(render):
    manifests = render("beta", "prod")
    assert not [m for m in manifests if m["kind"] == "ConfigMap" and m["metadata"]["name"] == "drupal-settings"]
    assert not any(p.endswith("settings.php") for p in _mounts(_deploy_spec(manifests)))


def test_files_are_mounted_under_web_root_for_both_kinds(render):
    # Source problem 5: the files path follows webRoot.
    assert "/var/www/html/sites/default/files" in _mounts(_deploy_spec(render("alpha", "prod")))
    assert "/var/www/html/web/sites/default/files" in _mounts(_deploy_spec(render("beta", "prod")))


def test_custom_image_vhost_document_root_is_web_root(render):
    vhost = find(render("beta", "prod"), "ConfigMap", "apache-config")["data"]["000-default.conf"]
    assert "DocumentRoot /var/www/html/web\n" in vhost


def _deploy_script(manifests):
    job = next(m for m in manifests if m["kind"] == "Job" and m["metadata"]["name"].startswith("deploy-"))
    (deploy,) = [c for c in job["spec"]["template"]["spec"]["containers"] if c["name"] == "deploy"]
    return deploy["command"][-1]


@pytest.mark.parametrize("tenant, drush", [("alpha", "/opt/drupal/vendor/bin/drush --root=/opt/drupal/web"),
                                           ("beta", "/var/www/html/vendor/bin/drush --root=/var/www/html/web")])
def test_jobs_run_drush_from_the_image_and_copy_nothing(render, tenant, drush):
    """Issue 15, items 4 and 5: no `cp -a` of the codebase (and the files under it), no
    composer at run time; drush is the image's own."""
    manifests = render(tenant, "prod")
    cron = find(manifests, "CronJob", "drupal-cron")["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    for script in (_deploy_script(manifests), cron["command"][-1]):
        assert "composer" not in script and "cp -a" not in script and "mktemp" not in script
        assert f"DRUSH='{drush} --yes'" in script


def test_install_decides_from_the_database_and_never_installs_over_tables(render):
    # Behaviour proven by tests/runtime/test_deploy_step.py; here: the order of the decisions.
    script = _deploy_script(render("alpha", "prod"))
    assert script.index("information_schema.TABLES") < script.index('if [ "$TABLES" -eq 0 ]') < script.index("site:install")
    assert script.index("site:install") < script.index("step updatedb")


def test_standard_tenants_run_the_platform_image(config, render):
    for tenant in ("alpha", "gamma"):
        t = config.tenants[tenant]
        assert t.runs_platform_image
        image = find(render(tenant, "prod"), "Deployment", "drupal")["spec"]["template"]["spec"]["containers"][0]["image"]
        # pinned by prod's digest for that platform image tag (tests/charts/test_pinned_images.py)
        digest = config.stages["prod"].platform_image.digests[platform_image.image_tag(t.image_tag("prod"))]
        assert image == f'{platform_image.image_reference(make_refs().image_registry, t.image_tag("prod"))}@{digest}'
    assert not config.tenants["beta"].runs_platform_image


