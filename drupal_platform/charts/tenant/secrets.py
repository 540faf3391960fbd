"""Secrets plumbing: a namespaced SecretStore read with the tenant's own IRSA role, and ExternalSecrets.

All database credentials are generated in Secrets Manager by the tenant stack; ESO creates
both the application's Secret and the Percona users Secret from them, so nobody copies a
password by hand (DESIGN 7) and no cluster-wide store can read another tenant's secrets.
"""

from __future__ import annotations

import cdk8s
from constructs import Construct

from drupal_platform import contracts
from drupal_platform.charts.imports import externalsecret as es
from drupal_platform.charts.imports import secretstore as ss
from drupal_platform.charts.tenant.k8s import plus
from drupal_platform.charts.tenant.site import (
    APP_SECRET, DB_CONFIG, DB_NAME, DB_SECRET, MAIL_CONFIG, MAIL_SECRET, SA_SECRETS_READER, SECRET_STORE, USERS_SECRET, Site,
)

REFRESH = f"{contracts.EXTERNAL_SECRET_REFRESH_HOURS}h"
USERS_MATERIAL_KEY = "passwords"


def users_template() -> dict[str, str]:
    """Go template (ESO engine v2, sprig) per user: its 32-character slot of the generated string."""
    out = {}
    for user in contracts.MYSQL_SYSTEM_USERS:
        start, end = contracts.mysql_password_range(user)
        out[user] = f"{{{{ .{USERS_MATERIAL_KEY} | substr {start} {end} }}}}"
    return out


def secret_store(scope: Construct, site: Site) -> ss.SecretStore:
    return ss.SecretStore(
        scope, "secret-store", metadata=cdk8s.ApiObjectMetadata(name=SECRET_STORE),
        spec=ss.SecretStoreSpec(provider=ss.SecretStoreSpecProvider(aws=ss.SecretStoreSpecProviderAws(
            service=ss.SecretStoreSpecProviderAwsService.SECRETS_MANAGER,
            region=site.stage.region,
            # The role comes from the service account's IRSA annotation; setting `role` as well
            # would make ESO assume a second role from the first.
            auth=ss.SecretStoreSpecProviderAwsAuth(jwt=ss.SecretStoreSpecProviderAwsAuthJwt(
                service_account_ref=ss.SecretStoreSpecProviderAwsAuthJwtServiceAccountRef(name=SA_SECRETS_READER))),
        ))),
    )


def _external_secret(scope: Construct, cid: str, target: str, data: list[tuple[str, str, str | None]],
                     template: dict[str, str] | None = None) -> es.ExternalSecret:
    return es.ExternalSecret(
        scope, cid, metadata=cdk8s.ApiObjectMetadata(name=target),
        spec=es.ExternalSecretSpec(
            refresh_interval=REFRESH,
            secret_store_ref=es.ExternalSecretSpecSecretStoreRef(
                name=SECRET_STORE, kind=es.ExternalSecretSpecSecretStoreRefKind.SECRET_STORE),
            target=es.ExternalSecretSpecTarget(
                name=target, creation_policy=es.ExternalSecretSpecTargetCreationPolicy.OWNER,
                template=es.ExternalSecretSpecTargetTemplate(
                    engine_version=es.ExternalSecretSpecTargetTemplateEngineVersion.V2,
                    merge_policy=es.ExternalSecretSpecTargetTemplateMergePolicy.REPLACE, data=template) if template else None),
            data=[es.ExternalSecretSpecData(
                secret_key=key, remote_ref=es.ExternalSecretSpecDataRemoteRef(key=remote, property=prop))
                for key, remote, prop in data],
        ),
    )


def external_secrets(scope: Construct, site: Site) -> None:
    stage, name = site.stage.name, site.name
    db = contracts.db_secret_name(stage, name)
    # Only the credentials are secret; the endpoint is configuration (db_config), so switching
    # a site to HA changes no secret.
    _external_secret(scope, "db-secret", DB_SECRET, [("DB_USER", db, "username"), ("DB_PASSWORD", db, "password")])
    # Every user operator v1.2.0 manages, each its own slot of the one mysql secret (the template
    # output replaces the fetched data: the Secret holds exactly the user keys).
    _external_secret(scope, "users-secret", USERS_SECRET, [
        (USERS_MATERIAL_KEY, contracts.mysql_users_secret_name(stage, name), contracts.MYSQL_PASSWORDS_PROPERTY)],
        template=users_template())
    _external_secret(scope, "app-secret", APP_SECRET, [
        ("DRUPAL_HASH_SALT", contracts.app_secret_name(stage, name), contracts.APP_SECRET_HASH_SALT_PROPERTY)])
    if site.mail_mode == "ses":
        # The SES SMTP user of this site only (tenant stack, README "Mail").
        mail = contracts.mail_secret_name(stage, name)
        _external_secret(scope, "mail-secret", MAIL_SECRET, [("MAIL_USER", mail, "username"), ("MAIL_PASSWORD", mail, "password")])


def db_config(scope: Construct, site: Site) -> plus.ConfigMap:
    return plus.ConfigMap(scope, "db-config", metadata=cdk8s.ApiObjectMetadata(name=DB_CONFIG), data={
        "DB_HOST": site.db_host,
        "DB_PORT": str(site.db_port),
        "DB_NAME": DB_NAME,
        "DB_DRIVER": "mysql",
    })


def mail_config(scope: Construct, site: Site) -> plus.ConfigMap:
    """Where the site's mail goes (the stage's mode): scheme, host, port and From address."""
    return plus.ConfigMap(scope, "mail-config", metadata=cdk8s.ApiObjectMetadata(name=MAIL_CONFIG),
                          data=site.mail_connection)
