"""Which certificate serves each of a tenant's hosts, checked at synth time.

Hosts exactly one label under the stage's base domain use the platform's wildcard
certificate. Every other host needs an ACM certificate that the platform team requested
and validated outside the stack (an unvalidated certificate would hold the stack in
CREATE_IN_PROGRESS; see README "Certificates for client domains") and listed in the
tenant's `platform.certificateArns`. A load balancer can only use certificates in its own
account and region, so only those count. The rule itself is the configuration rule
`certificates-cover-the-hosts` (config.py), which every entry point runs; the tenant stack
asks it again so that a caller that skipped validation cannot build a broken listener.
"""

from __future__ import annotations

from drupal_platform.config import Problem, StageConfig, TenantConfig, certificates_cover_the_hosts
from drupal_platform.rules import RuleContext


def certificate_problems(tenant: TenantConfig, stage: StageConfig, file: str = "tenants.yaml") -> list[Problem]:
    ctx = RuleContext(stages={stage.name: stage}, tenants={tenant.name: tenant}, known_stages=[stage.name],
                      stages_file="cdk.json", tenants_file=file)
    return list(certificates_cover_the_hosts(tenant, ctx))

