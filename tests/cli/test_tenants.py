"""`tenants list | add | set-tag`: the table, and edits that keep every other byte of the file."""

from __future__ import annotations

import difflib
import os
import re
import shutil

import pytest
import yaml

from drupal_platform.cli.tenants_file import CUSTOM_APP_PATH, CUSTOM_WEB_ROOT, OFFICIAL_TAG

from .conftest import DATA, no_traceback

CERT = "arn:aws:acm:eu-west-1:222222222222:certificate/11111111-2222-3333-4444-555555555555"
DIGEST = "sha256:" + "5" * 64
OTHER_DIGEST = "sha256:" + "6" * 64


def inserted_only(old: str, new: str) -> list[str]:
    """The one block of lines `new` adds to `old`; fails when any line of `old` changed or went away."""
    a, b = old.splitlines(True), new.splitlines(True)
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        assert op in ("equal", "insert"), f"{op}: {a[i1:i2]!r} -> {b[j1:j2]!r}"
    (j1, j2), = [(j1, j2) for op, _, _, j1, j2 in ops if op == "insert"]
    # Cut the block out again: what remains is the original, byte for byte.
    assert "".join(b[:j1] + b[j2:]) == old
    return b[j1:j2]


# --- list -------------------------------------------------------------------------------
def test_list_shows_every_tenant_with_its_shape(cli, ws):
    config = ws.config()
    result = cli("tenants", "list")
    assert result.exit_code == 0
    out = result.stdout
    for col in ("Name", "Stages", "Tier", "Placement", "Image", "Database", "State", "Hosts"):
        assert col in out
    rows = {name: [line for line in out.splitlines() if f" {name} " in line][0] for name in config.tenants}
    for name, t in config.tenants.items():
        row = rows[name]
        assert f" {t.platform.tier.value} " in row and f" {t.platform.state} " in row
        assert (" custom " if t.custom_image else " official ") in row
        assert (" dedicated " if t.platform.placement.dedicated else " shared ") in row
        db = t.platform.database
        assert (f"HA 3x{db.storage}" if db.high_availability else f"single {db.storage}") in row
        for stage in config.stages:
            if t.in_stage(stage):
                assert t.hosts(stage)[0] in out
    assert out.strip().endswith(f"{len(config.tenants)} tenants")


def test_list_for_one_stage_has_its_tenants_tags_and_hosts(cli, ws):
    config = ws.config()
    result = cli("tenants", "list", "--stage", "dev")
    assert result.exit_code == 0
    names = {t.name for t in config.tenants_in("dev")}
    for name, t in config.tenants.items():
        present = any(f" {name} " in line for line in result.stdout.splitlines())
        assert present == (name in names)
        if name in names:
            assert f":{t.image_tag('dev')}" in result.stdout
            assert t.hosts("dev")[0] in result.stdout


# --- add --------------------------------------------------------------------------------
def test_add_keeps_every_existing_line_of_the_example_registry(cli, ws):
    old = ws.tenants.read_text()
    result = cli("tenants", "add", "delta", "--host", "delta.sites.example.com", "--tier", "small", "--stage", "prod")
    assert result.exit_code == 0, result.output
    new = ws.tenants.read_text()
    added = inserted_only(old, new)
    assert new.startswith(old)  # appended after the last tenant
    assert added[0] == "\n" and added[1].startswith("  # Added by `drupal-platform tenants add`")
    t = ws.config().tenants["delta"]
    assert t.platform.tier.value == "small" and not t.custom_image and not t.platform.placement.dedicated
    assert t.client.image.tag == OFFICIAL_TAG and t.hosts("prod") == ["delta.sites.example.com"]
    assert "".join(added) in result.stdout


def test_add_keeps_comments_quotes_and_flow_style_of_a_commented_registry(cli, ws):
    shutil.copyfile(DATA / "commented-tenants.yaml", ws.tenants)
    old = ws.tenants.read_text()
    result = cli("tenants", "add", "three", "--host", "three.sites.example.com", "--host", "www.three.example.org",
                 "--custom-image", "ecr", "--tag", "2026.11.25-1", "--digest", DIGEST, "--dedicated", "--stage", "prod",
                 "--certificate-arn", CERT)
    assert result.exit_code == 0, result.output
    new = ws.tenants.read_text()
    added = "".join(inserted_only(old, new))
    for comment in ("# name -> tenant", "# flow mapping with a comment", "# single quotes stay single",
                    "# block sequence", "# flow override", "# A comment after the last tenant."):
        assert new.count(comment) == 1
    entry = yaml.safe_load(new)["tenants"]["three"]
    assert entry["stages"] == ["prod"]
    assert entry["platform"]["image"] == {"appPath": CUSTOM_APP_PATH, "webRoot": CUSTOM_WEB_ROOT}
    assert entry["platform"]["placement"] == {"dedicated": True}
    assert "repository" not in entry["client"]["image"]  # 'ecr': the tenant's own repository
    assert f'tag: "2026.11.25-1"\n        digest: "{DIGEST}"\n' in added  # production: pinned from the start
    assert "hosts: [three.sites.example.com, www.three.example.org]" in added
    assert entry["platform"]["certificateArns"] == [CERT]
    assert ws.config().tenants["three"].custom_image


def test_add_with_ha_needs_a_tier_that_allows_it(cli, ws):
    old = ws.tenants.read_bytes()
    result = cli("tenants", "add", "delta", "--host", "delta.sites.example.com", "--ha", "--stage", "prod")
    assert result.exit_code == 1
    assert ws.tenants.read_bytes() == old
    assert cli("tenants", "add", "delta", "--host", "delta.sites.example.com", "--ha", "--tier", "large", "--stage", "prod").exit_code == 0
    assert ws.config().tenants["delta"].platform.database.high_availability
    # The refused entry was the same but for its tier: the problem named the line highAvailability was on.
    lines = ws.tenants.read_text().splitlines()
    ha_line = next(i for i, line in enumerate(lines, 1) if i > len(old.splitlines()) and "highAvailability" in line)
    assert f"{ws.tenants}:{ha_line}: tenant 'delta': platform.database.highAvailability = True: " in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["alpha", "--host", "new.sites.example.com"], "tenant 'alpha': name = 'alpha': a tenant with this name already exists"),
        (["delta", "--host", "alpha.sites.example.com", "--stage", "prod"],
         "tenant 'delta': client.ingress.hosts[0] = 'alpha.sites.example.com': host is already used by tenant 'alpha' in stage 'prod'"),
        (["Delta_1", "--host", "delta.sites.example.com"], "tenant 'Delta_1': name = 'Delta_1': tenant names are DNS-1123 labels"),
        (["delta", "--host", "Not A Host"], "tenant 'delta': client.ingress.hosts[0] = 'Not A Host': 'Not A Host' is not a lower-case DNS host name"),
        # The README's own first example once passed here and failed in synth: dev's certificate is *.dev.sites.example.com.
        (["delta", "--host", "delta.sites.example.com"],
         "tenant 'delta': client.ingress.hosts[0] = 'delta.sites.example.com': host is not under *.dev.sites.example.com"),
        (["delta", "--host", "delta.sites.example.com", "--stage", "qa"], "tenant 'delta': stages = 'qa': unknown stage"),
    ],
    ids=["taken name", "taken host", "bad name", "bad host", "host without certificate", "unknown stage"],
)
def test_a_rejected_add_leaves_the_file_untouched(cli, ws, args, message):
    before = ws.tenants.read_bytes()
    mtime = os.stat(ws.tenants).st_mtime_ns
    result = cli("tenants", "add", *args)
    assert result.exit_code == 1
    no_traceback(result)
    assert re.search(rf"{re.escape(str(ws.tenants))}(:\d+)?: {re.escape(message)}", result.stderr), result.stderr
    assert ws.tenants.read_bytes() == before
    assert os.stat(ws.tenants).st_mtime_ns == mtime
    assert not [p.name for p in ws.dir.iterdir() if p.name.startswith(".tenants.yaml.")]  # no temp file left


def test_an_add_that_breaks_capacity_is_refused(cli, ws):
    hosts = sum(len(t.hosts("prod")) for t in ws.config().tenants_in("prod"))
    ws.edit_stages(lambda s: s["prod"]["loadBalancers"].update(groups=1, rulesPerLoadBalancer=hosts))
    before = ws.tenants.read_bytes()
    assert cli("validate").exit_code == 0  # one listener rule per host: fits exactly
    result = cli("tenants", "add", "delta", "--host", "delta.sites.example.com", "--stage", "prod")
    assert result.exit_code == 1
    assert (f"capacity of load-balancer group shared-1: ALB listener rules would need {hosts + 1} rules "
            f"but the limit is {hosts} rules") in result.stderr
    assert ws.tenants.read_bytes() == before


def test_custom_image_needs_a_tag(cli, ws):
    before = ws.tenants.read_bytes()
    result = cli("tenants", "add", "delta", "--host", "delta.sites.example.com", "--custom-image", "ecr")
    assert result.exit_code == 2
    assert "--tag" in result.output
    assert ws.tenants.read_bytes() == before


def test_dry_run_writes_nothing(cli, ws):
    before = ws.tenants.read_bytes()
    result = cli("tenants", "add", "delta", "--host", "delta.sites.example.com", "--stage", "prod", "--dry-run")
    assert result.exit_code == 0
    assert "  delta:\n" in result.stdout
    assert ws.tenants.read_bytes() == before


def test_a_file_that_would_be_reformatted_is_refused(cli, ws):
    # Extra spaces after a colon: ruamel would write one.
    ws.tenants.write_text(ws.tenants.read_text().replace("tier: medium", "tier:    medium", 1))
    before = ws.tenants.read_bytes()
    result = cli("tenants", "add", "delta", "--host", "delta.sites.example.com")
    assert result.exit_code == 1
    assert "cannot reproduce byte for byte" in result.stderr
    assert ws.tenants.read_bytes() == before


# --- set-tag ----------------------------------------------------------------------------
def test_set_tag_changes_exactly_one_line(cli, ws):
    old = ws.tenants.read_text()
    before = ws.config().tenants["alpha"]
    result = cli("tenants", "set-tag", "alpha", "11.3.2-php8.4-apache")
    assert result.exit_code == 0, result.output
    new = ws.tenants.read_text()
    diff = [(a, b) for a, b in zip(old.splitlines(), new.splitlines()) if a != b]
    assert len(old.splitlines()) == len(new.splitlines())
    assert diff == [(f'        tag: "{before.client.image.tag}"', '        tag: "11.3.2-php8.4-apache"')]
    after = ws.config().tenants["alpha"]
    for stage in ws.config().stages:
        overridden = stage in after.client.overrides and after.client.overrides[stage].image
        assert after.image_tag(stage) == (before.image_tag(stage) if overridden else "11.3.2-php8.4-apache")


def test_set_tag_for_one_stage_adds_an_override(cli, ws):
    old = ws.tenants.read_text()
    before = ws.config().tenants["beta"]
    result = cli("tenants", "set-tag", "beta", "v1.4.0", "--stage", "prod", "--digest", DIGEST)
    assert result.exit_code == 0, result.output
    new = ws.tenants.read_text()
    after = ws.config().tenants["beta"]
    assert after.image_tag("prod") == "v1.4.0" and after.image_digest("prod") == DIGEST
    assert after.image_tag("dev") == before.image_tag("dev") and after.image_digest("dev") == before.image_digest("dev")
    assert len(difflib.SequenceMatcher(a=old.splitlines(), b=new.splitlines()).get_opcodes()) <= 3  # one place changed


def test_a_registry_in_another_indentation_style_is_edited_in_that_style(cli, ws):
    ws.tenants.write_text(yaml.safe_dump(yaml.safe_load(ws.tenants.read_text()), sort_keys=False, width=4096))
    old = ws.tenants.read_text()
    assert cli("tenants", "add", "delta", "--host", "delta.sites.example.com", "--stage", "prod").exit_code == 0
    inserted_only(old, ws.tenants.read_text())


def test_set_tag_edits_the_client_file_when_the_client_block_lives_there(cli, ws):
    data = yaml.safe_load(ws.tenants.read_text())
    client = data["tenants"]["beta"].pop("client")
    ws.tenants.write_text(yaml.safe_dump(data, sort_keys=False, width=4096, indent=2))
    (ws.dir / "clients").mkdir()
    client_file = ws.dir / "clients" / "beta.yaml"
    client_file.write_text("# beta's client block, owned by the client team\n" + yaml.safe_dump({"client": client}, sort_keys=False, width=4096))
    tenants_before = ws.tenants.read_bytes()
    result = cli("tenants", "set-tag", "beta", "2026.12.01-1", "--digest", DIGEST)
    assert result.exit_code == 0, result.output
    assert ws.tenants.read_bytes() == tenants_before
    assert client_file.read_text().startswith("# beta's client block, owned by the client team\n")
    assert ws.config().tenants["beta"].client.image.tag == "2026.12.01-1"
    assert ws.config().tenants["beta"].client.image.digest == DIGEST


# --- digests (README "Pinned images") ----------------------------------------------------
def test_set_tag_with_a_digest_changes_exactly_the_tag_and_digest_lines(cli, ws):
    old = ws.tenants.read_text()
    result = cli("tenants", "set-tag", "beta", "2026.12.01-1", "--digest", DIGEST)
    assert result.exit_code == 0, result.output
    assert f"client.image = tag '2026.12.01-1', digest '{DIGEST}'" in result.stdout
    new = ws.tenants.read_text()
    diff = [(a, b) for a, b in zip(old.splitlines(), new.splitlines()) if a != b]
    assert len(old.splitlines()) == len(new.splitlines())
    assert [b for _, b in diff] == ['        tag: "2026.12.01-1"',
                                    f'        digest: "{DIGEST}"  # set by the client CI (README "Pinned images")']
    beta = ws.config().tenants["beta"]
    assert (beta.image_tag("prod"), beta.image_digest("prod")) == ("2026.12.01-1", DIGEST)


def test_a_new_tag_without_a_digest_is_refused_where_production_needs_one(cli, ws):
    before = ws.tenants.read_bytes()
    result = cli("tenants", "set-tag", "beta", "2026.12.01-1")
    assert result.exit_code == 1
    no_traceback(result)
    # Reported at beta's `image:` mapping, where the digest is missing (the line above its tag).
    image_line = before.decode().splitlines().index('        tag: "2026.11.20-1"')
    assert (f"{ws.tenants}:{image_line}: tenant 'beta': client.image.digest: stage 'prod' is a production stage: pin the image of tag "
            "'2026.12.01-1' by digest (`drupal-platform tenants set-tag beta 2026.12.01-1 --digest sha256:...`") in result.stderr
    assert ws.tenants.read_bytes() == before


def test_a_new_tag_drops_the_old_tags_digest_and_the_same_tag_keeps_it(cli, ws):
    # dev is not a production stage: an override may be a bare tag, but never the wrong digest
    assert cli("tenants", "set-tag", "beta", "v2", "--stage", "dev", "--digest", DIGEST).exit_code == 0
    assert ws.config().tenants["beta"].image_digest("dev") == DIGEST
    assert '}, image: {tag: "v2", digest: "%s"}}\n' % DIGEST in ws.tenants.read_text()  # flow style kept
    assert cli("tenants", "set-tag", "beta", "v2", "--stage", "dev").exit_code == 0
    assert ws.config().tenants["beta"].image_digest("dev") == DIGEST  # same tag: the digest still describes it
    result = cli("tenants", "set-tag", "beta", "v3", "--stage", "dev")
    assert result.exit_code == 0, result.output
    beta = ws.config().tenants["beta"]
    assert (beta.image_tag("dev"), beta.image_digest("dev")) == ("v3", None)  # never v3@<v2's digest>
    assert beta.image_digest("prod") == "sha256:f203859894618414fdbc7bf72e46a447a9e0b460c7c1efe4c277261d606a42b4"  # untouched
    assert cli("tenants", "set-tag", "beta", "v3", "--stage", "dev", "--digest", OTHER_DIGEST).exit_code == 0
    assert ws.config().tenants["beta"].image_digest("dev") == OTHER_DIGEST


@pytest.mark.parametrize(
    "args, message",
    [
        (["beta", "2026.12.01-1", "--digest", "sha256:ABC"], "client.image.digest = 'sha256:ABC': must be an image digest"),
        (["alpha", "11.3.2-php8.4-apache", "--digest", DIGEST], "client.image.digest = '%s': the tenant runs the platform's image" % DIGEST),
    ],
    ids=["not a digest", "platform image"],
)
def test_set_tag_rejects_a_digest_that_cannot_apply(cli, ws, args, message):
    before = ws.tenants.read_bytes()
    result = cli("tenants", "set-tag", *args)
    assert result.exit_code == 1
    no_traceback(result)
    assert message in result.stderr and ws.tenants.read_bytes() == before


def test_add_to_a_production_stage_needs_a_digest_for_a_custom_image(cli, ws):
    args = ["tenants", "add", "delta", "--host", "delta.sites.example.com", "--custom-image", "ecr", "--tag", "1.0", "--stage", "prod"]
    before = ws.tenants.read_bytes()
    result = cli(*args)
    assert result.exit_code == 1 and "client.image.digest: stage 'prod' is a production stage" in result.stderr
    assert ws.tenants.read_bytes() == before
    assert cli(*args, "--digest", DIGEST).exit_code == 0
    assert ws.config().tenants["delta"].image_digest("prod") == DIGEST


def test_set_tag_rejects_an_invalid_tag_and_leaves_the_file(cli, ws):
    before = ws.tenants.read_bytes()
    result = cli("tenants", "set-tag", "alpha", "bad tag!")
    assert result.exit_code == 1
    assert f"{ws.tenants}:24: tenant 'alpha': client.image.tag = 'bad tag!': must be an image tag" in result.stderr
    assert ws.tenants.read_bytes() == before


@pytest.mark.parametrize("args", [["nobody", "1.0"], ["alpha", "1.0", "--stage", "qa"]], ids=["unknown tenant", "unknown stage"])
def test_set_tag_usage_errors(cli, ws, args):
    before = ws.tenants.read_bytes()
    result = cli("tenants", "set-tag", *args)
    assert result.exit_code == 2
    assert ws.tenants.read_bytes() == before
