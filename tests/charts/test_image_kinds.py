"""Standard (official image) and custom (client codebase) sites differ exactly where they should."""

from .conftest import find


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


def _install_script(manifests):
    job = next(m for m in manifests if m["kind"] == "Job" and m["metadata"]["name"].startswith("install-"))
    return job["spec"]["template"]["spec"]["containers"][0]["command"][-1]


def test_standard_image_install_gets_drush_through_composer(render):
    script = _install_script(render("alpha", "prod"))
    assert "composer require" in script and "cp -a /opt/drupal/." in script


def test_custom_image_install_uses_vendor_drush_without_composer(render):
    script = _install_script(render("beta", "prod"))
    assert "composer" not in script
    assert "cp -a /var/www/html/." in script and 'ROOT="$WORK/web"' in script
    assert "$WORK/vendor/bin/drush" in script


def test_install_is_idempotent_and_copies_the_codebase_first(render):
    # Source problem 6: drush runs from a writable copy; a second run installs nothing.
    script = _install_script(render("alpha", "prod"))
    assert script.index("mktemp -d") < script.index("cp -a") < script.index("site:install")
    assert "status --field=bootstrap" in script and "exit 0" in script
