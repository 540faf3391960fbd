"""The backup job's S3 rights: streamed dumps land under a temporary prefix, and only there may
the tenant's role delete (promotion is copy + delete); the backups themselves cannot be deleted."""

from __future__ import annotations

from drupal_platform import contracts
from drupal_platform.constructs.tenant_role import tenant_policy_statements


def _statements(config):
    stage = config.stages["prod"]
    return [s.to_statement_json() for s in tenant_policy_statements(
        partition="aws", stage=stage, tenant="alpha", key_arn="arn:aws:kms:eu-west-1:222222222222:key/k", bucket="b")]


def test_delete_only_on_the_incomplete_dumps_prefix(config):
    statements = _statements(config)
    deleting = [s for s in statements if "s3:DeleteObject" in (s["Action"] if isinstance(s["Action"], list) else [s["Action"]])]
    assert [s["Resource"] for s in deleting] == [f"arn:aws:s3:::b/{contracts.incomplete_backup_prefix('prod', 'alpha')}*"]
    backups = f"arn:aws:s3:::b/{contracts.backup_prefix('prod', 'alpha')}*"
    (rw,) = [s for s in statements if s["Resource"] == backups]
    assert "s3:DeleteObject" not in rw["Action"] and "s3:PutObject" in rw["Action"] and "s3:GetObject" in rw["Action"]


def test_incomplete_prefix_never_collides_with_a_tenant_prefix():
    # Stage names cannot contain '-', so <stage>/<tenant>/ never starts with incomplete-dumps/.
    assert "-" in contracts.INCOMPLETE_DUMPS_PREFIX
    assert contracts.incomplete_backup_prefix("prod", "alpha") == "incomplete-dumps/prod/alpha/"
