"""`mail-dns`: the DNS records one site's SES sender domains need, as zone-file lines.

For a domain in the stage's hosted zone the tenant stack creates them (printed for reference);
for a client's own domain the client publishes them. The Easy DKIM tokens exist only once SES
has created the identity: they print as <token1>..<token3> with the command that reads them
(drupal_platform/mail_dns.py).
"""

from __future__ import annotations

from drupal_platform import mail_dns
from drupal_platform.cli import common
from drupal_platform.cli.common import DEFAULT_CONTEXT_FILE, DEFAULT_TENANTS_FILE, ContextFileOption, TenantsOption
from drupal_platform.cli.manifests import StageArg, TenantArg


def mail_dns_command(
    stage: StageArg,
    tenant: TenantArg,
    context_file: ContextFileOption = DEFAULT_CONTEXT_FILE,
    tenants: TenantsOption = DEFAULT_TENANTS_FILE,
) -> None:
    """Print the DNS records of one site's mail domains in one stage (DKIM, MAIL FROM MX and SPF, DMARC).

    Zone-file lines on stdout; comment lines (';') say who publishes each domain's records
    and how to read the three DKIM tokens once the tenant stack is deployed. A site that does
    not send through SES in the stage (catch mode) has none.
    """
    config = common.load(context_file, tenants)
    s = common.pick_stage(config, stage)
    t = common.pick_tenant(config, tenant, s)
    for line in mail_dns.tenant_lines(t, s):
        common.say(line)
