"""The tenant chart's ExternalSecrets read exactly what the tenant stack's secrets hold: every
remoteRef names a secret of that tenant's stack and a key that secret's generator writes, and the
system users' password slots lie inside the generated string without overlapping."""

from __future__ import annotations

import json
import re
import secrets
import string

import pytest

from drupal_platform import contracts
from drupal_platform.charts.tenant import render_tenant
from drupal_platform.charts.tenant.site import MAIL_SECRET
from tests.charts.conftest import make_refs
from tests.tenant.helpers import of_type

CASES = [("alpha", "prod"), ("beta", "prod"), ("gamma", "prod"), ("alpha", "dev")]
SLOT = re.compile(r"^\{\{ \.(\w+) \| substr (\d+) (\d+) \}\}$")


def generated_keys(template: dict) -> dict[str, tuple[set[str], int]]:
    """{secret name: (JSON keys its value will have, generated length)} from the tenant template."""
    out = {}
    for res in of_type(template, "AWS::SecretsManager::Secret").values():
        gen = res["Properties"]["GenerateSecretString"]
        keys = set(json.loads(gen.get("SecretStringTemplate", "{}"))) | {gen["GenerateStringKey"]}
        out[res["Properties"]["Name"]] = (keys, gen["PasswordLength"])
    return out


@pytest.mark.parametrize("tenant,stage", CASES)
def test_every_external_secret_reads_a_key_its_secret_has(config, tenants_assembly, tenant, stage):
    held = generated_keys(tenants_assembly.template(f"{stage}/Tenant-{tenant}"))
    manifests = render_tenant(config.tenants[tenant], config.stages[stage], make_refs(config.stages[stage].account))
    refs = [(es["metadata"]["name"], d["remoteRef"]) for es in manifests if es["kind"] == "ExternalSecret" for d in es["spec"]["data"]]
    assert refs, "no ExternalSecret rendered"
    for name, ref in refs:
        if name == MAIL_SECRET:
            # The SES SMTP credentials: created by the tenant stack, written by the stage's
            # mail-credentials function ({username, password}; tests/tenant/test_mail_credentials.py).
            assert ref["key"] == contracts.mail_secret_name(stage, tenant)
        assert ref["key"] in held, f"{name}: {ref['key']} is not a secret of the tenant stack"
        assert ref.get("property") in held[ref["key"]][0], f"{name}: {ref['key']} has no key {ref.get('property')!r}"
    # Every secret the stack creates is read by the chart (no orphan secret that costs $0.40 for nothing).
    assert {ref["key"] for name, ref in refs} == set(held)


def test_two_secrets_hold_the_database_users(tenants_assembly):
    held = generated_keys(tenants_assembly.template("prod/Tenant-alpha"))
    db_users = [n for n in held if n.endswith(("/db", "/mysql"))]
    assert len(held) == 4 and len(db_users) == 2  # db, mysql, app, and mail (prod sends through SES)


def test_user_slots_cover_every_operator_user_without_overlap(config, tenants_assembly):
    held = generated_keys(tenants_assembly.template("prod/Tenant-alpha"))
    _, length = held[contracts.mysql_users_secret_name("prod", "alpha")]
    manifests = render_tenant(config.tenants["alpha"], config.stages["prod"], make_refs())
    (users,) = [m for m in manifests if m["kind"] == "ExternalSecret" and m["metadata"]["name"] == "mysql-users"]
    template = users["spec"]["target"]["template"]["data"]
    assert set(template) == set(contracts.MYSQL_SYSTEM_USERS)
    # What ESO's sprig `substr start end` does to a value generated like Secrets Manager's.
    value = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(length))
    passwords = {}
    for user, expr in template.items():
        key, start, end = SLOT.match(expr).groups()
        assert key == users["spec"]["data"][0]["secretKey"]
        assert int(end) - int(start) == 32 and int(end) <= length, user
        passwords[user] = value[int(start):int(end)]
    taken = sorted(contracts.mysql_password_range(u) for u in contracts.MYSQL_SYSTEM_USERS)
    assert all(a[1] <= b[0] for a, b in zip(taken, taken[1:])), "slots overlap"
    assert len(set(passwords.values())) == len(passwords) and all(len(p) == 32 for p in passwords.values())


def test_slots_are_pinned():
    """A slot that moves changes a live password: the operator would apply it to MySQL at once."""
    assert contracts.MYSQL_USER_SLOTS == {"clusterset": 0, "heartbeat": 1, "monitor": 2, "operator": 3, "orchestrator": 4,
                                          "replication": 5, "root": 6, "xtrabackup": 7}
    assert contracts.MYSQL_PASSWORD_SLOTS * contracts.MYSQL_PASSWORD_LENGTH == 384
