"""cfn-lint (0 errors, 0 warnings) and cdk-nag (0 unacknowledged findings) on tenant stacks in every state."""

from __future__ import annotations

import json
import subprocess

import pytest

from drupal_platform.summary import unacknowledged_findings
from tests.foundation.test_validators import CFN_LINT, IGNORED_WARNINGS
from tests.tenant.helpers import synth_tenants, with_state


@pytest.fixture(scope="module", params=["active", "suspended", "decommissioned"])
def variant(request, tmp_path_factory, tenants_assembly):
    if request.param == "active":
        return tenants_assembly
    tmp = tmp_path_factory.mktemp(request.param)
    # beta exercises the most: dedicated nodes, custom image, operate access, own certificate.
    return synth_tenants(with_state(tmp, "beta", request.param), tmp / "cdk.out")


def test_cdk_nag_has_no_unacknowledged_findings(variant):
    # synth_tenants registers AwsSolutions per stage; app.synth() fails on findings, and the report stays empty.
    assert unacknowledged_findings(variant.outdir) == []


def test_cfn_lint_reports_nothing(variant):
    paths = [str(variant.template_path(n)) for n in variant.names()]
    run = subprocess.run([CFN_LINT, "--format", "json", "--ignore-checks", *IGNORED_WARNINGS, "--", *paths], capture_output=True, text=True)
    findings = json.loads(run.stdout or "[]")
    assert [f"{f['Rule']['Id']} {f['Filename']}: {f['Message']}" for f in findings] == []
