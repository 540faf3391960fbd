"""A new digest is a change to that tenant's stack and to nothing else (issue 19 item 1).

With the image pinned by digest, new code is a template change exactly where the code runs:
CloudFormation updates that tenant's stack (and so its deploy step runs), and every other
tenant stack - and every shared stack - stays byte-identical, so a client's release never
touches another site.
"""

from __future__ import annotations

import copy
import re

import pytest

from tests.conftest import Assembly, synth
from tests.tenant.helpers import config_from, template_bytes, tenants_data

NEW_DIGEST = "sha256:" + "c0ffee" * 10 + "c0de"
JOB_NAME = re.compile(r"\b(?:install|deploy)-[0-9a-f]{8}\b")


@pytest.fixture(scope="module")
def redigested(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("redigested")
    data = copy.deepcopy(tenants_data())
    old = data["tenants"]["beta"]["client"]["image"]["digest"]
    data["tenants"]["beta"]["client"]["image"]["digest"] = NEW_DIGEST  # same tag, new image behind it
    return old, Assembly(synth(config_from(data, tmp), tmp / "cdk.out"), tmp / "cdk.out")


def test_a_new_digest_changes_that_tenants_stacks_and_nothing_else(assembly, redigested):
    old, changed_app = redigested
    assert changed_app.names() == assembly.names()
    changed = [n for n in assembly.names() if template_bytes(assembly, n) != template_bytes(changed_app, n)]
    # beta runs in dev and prod without a tag override there: its base digest pins both
    assert changed == ["dev/Tenant-beta", "prod/Tenant-beta"]
    for name in changed:
        before, after = template_bytes(assembly, name).decode(), template_bytes(changed_app, name).decode()
        assert old in before and old not in after and NEW_DIGEST in after
        # the digest is the whole difference, and the name of the Job that runs new code, which
        # hashes its spec (install-/deploy-<hash>): a new digest is a new Job, so it runs again
        jobs = JOB_NAME.findall(before), JOB_NAME.findall(after)
        assert jobs[0] and len(jobs[0]) == len(jobs[1]) and jobs[0] != jobs[1]
        assert JOB_NAME.sub("<job>", after.replace(NEW_DIGEST, old)) == JOB_NAME.sub("<job>", before)


def test_the_deployment_pulls_the_new_digest_if_not_present(redigested):
    import json

    _, app = redigested
    manifests = [r["Properties"]["Manifest"] for r in app.template("prod/Tenant-beta")["Resources"].values()
                 if r["Type"] == "Custom::AWSCDK-EKS-KubernetesResource"]
    text = json.dumps(manifests)
    assert f"drupal-site-beta:2026.11.20-1@{NEW_DIGEST}" in text
    assert '\\"imagePullPolicy\\":\\"Always\\"' not in text  # pinned: nothing to re-check with the registry
