"""Which certificate serves each of a tenant's hosts, checked at synth time.

Hosts exactly one label under the stage's base domain use the platform's wildcard
certificate. Every other host needs an ACM certificate that the platform team requested
and validated outside the stack (an unvalidated certificate would hold the stack in
CREATE_IN_PROGRESS; see README "Certificates for client domains") and listed in the
tenant's `platform.certificateArns`. A load balancer can only use certificates in its own
account and region, so only those count. The ARN does not say which names a certificate
covers; the check makes sure there is one to cover them, and the load balancer controller
reports a certificate that does not match a host.
"""

from __future__ import annotations

from drupal_platform import contracts
from drupal_platform.config import PlatformConfig, Problem, StageConfig, TenantConfig


def certificate_problems(tenant: TenantConfig, stage: StageConfig, file: str = "tenants.yaml") -> list[Problem]:
    _, own = contracts.split_hosts_by_certificate(tenant.hosts(stage.name), stage.dns.base_domain)
    usable = tenant.certificate_arns_in(stage)
    if not own or usable:
        return []
    elsewhere = [a for a in tenant.platform.certificate_arns if a not in usable]
    hint = (
        f" (the listed certificates are in other accounts or regions: {', '.join(elsewhere)})" if elsewhere else ""
    )
    return [
        Problem(
            file,
            f"tenant '{tenant.name}'",
            "platform.certificateArns",
            host,
            f"host is not under *.{stage.dns.base_domain} and no certificate in stage '{stage.name}' "
            f"(account {stage.account}, region {stage.region}) covers it{hint}: request and validate one in ACM "
            f"and add its ARN, or give the tenant a host under {stage.dns.base_domain} for this stage with client.overrides.{stage.name}.ingress.hosts",
        )
        for host in own
    ]


def all_certificate_problems(config: PlatformConfig) -> list[Problem]:
    return [
        prob
        for stage in config.stages.values()
        for tenant in config.tenants_in(stage.name)
        if tenant.platform.state != "decommissioned"
        for prob in certificate_problems(tenant, stage, config.tenants_file)
    ]
